"""Who pays an amount whose own clause names no payer (README "funder", "part", "Funder of a context figure", "Unnamed
forces in a round-up", "Council money", "Money added to a grant", "Headings naming a funder"), and the commissioner's own
money told from the Home Office's: invented texts in several house styles, each with the values the conventions give.

Round A was written before the fixes (15 of 20 right at first sight; one of the five, a17, was a mislabel of mine: "a
further £X of his own … into the programme" is own funding in the corpus); round B after them, in wordings not used
before (6 of 11 right at first sight; 10 of 11 after the fixes that followed).  The
exploration probes vary how a text says the money is the commissioner's (the office by acronym, the clause it is an
adjunct of, money named by its holder).
"""

import re

import pytest

from release_probe import award_errors

ROUND_A: dict[str, tuple[str, dict]] = {}
# A1 press release: grant, then commissioner adding from the precept
ROUND_A["a01_precept_match"] = ("Kent's Police and Crime Commissioner has been awarded £412,000 by the Home Office for 2025-26 to run a perpetrator programme.\n"
    "The commissioner is adding £60,000 from the policing precept to the grant.\n",
    {(1, 412000): dict(role="grant", funder="Home Office"), (2, 60000): dict(role="match_funding", funder="PCC")})
# A2 decision record: grant then table rows under a total that name no funder
ROUND_A["a02_table_rows_keep_total"] = ("Decision 2025/14: the Commissioner accepts a Home Office grant of £255,000 for 2025-26, spent as follows.\n\n"
    "| Item | Cost |\n|---|---|\n| Group programme | £210,000 |\n| Partner support | £45,000 |\n| Total | £255,000 |\n",
    {(5, 210000): dict(role="part", funder="Home Office", part=7), (6, 45000): dict(role="part", funder="Home Office", part=7)})
# A3 news story: parts of a grant keep its funder
ROUND_A["a03_parts_keep_whole"] = ("Durham is to get £180,000 from the Home Office for 2025-26 for its work with abusers.\n"
    "Of that, £120,000 will pay for a group course and £60,000 for one-to-one sessions.\n",
    {(1, 180000): dict(role="grant", funder="Home Office"), (2, 120000): dict(role="part", funder="Home Office", part=1),
     (2, 60000): dict(role="part", funder="Home Office", part=1)})
# A4 round-up: unnamed force takes the round's funder
ROUND_A["a04_unnamed_force_roundup"] = ("The Home Office has published its allocations for the two years from April 2025.\n"
    "Avon and Somerset will receive £350,000 and Devon and Cornwall £420,000.\n"
    "Dorset gets £210,000.\n"
    "A fourth force, which asked not to be named, will get about £150,000.\n",
    {(2, 350000): dict(funder="Home Office"), (3, 210000): dict(funder="Home Office"), (4, 150000): dict(role="grant", funder="Home Office")})
# A5 not a round: a neighbouring force's money keeps null
ROUND_A["a05_neighbour_null"] = ("Cheshire's commissioner has secured £300,000 from the Home Office for 2025-26.\n"
    "A neighbouring force told us it spends about £90,000 a year on similar work.\n",
    {(1, 300000): dict(funder="Home Office"), (2, 90000): dict(funder=None)})
# A6 context with the Home Office as its clause's subject
ROUND_A["a06_context_subject"] = ("The Home Office is spending £40 million nationally on the round.\n"
    "Lancashire's share is £510,000 for 2025-26.\n",
    {(1, 40000000): dict(role="context", funder="Home Office"), (2, 510000): dict(role="grant", funder="Home Office")})
# A7 context with no payer in its clause: null
ROUND_A["a07_context_null"] = ("Nottinghamshire has been awarded £280,000 by the Home Office for 2025-26.\n"
    "The money comes out of a national pot of £36 million shared between forces.\n",
    {(1, 280000): dict(funder="Home Office"), (2, 36000000): dict(role="context", funder=None)})
# A8 council money: added to a grant and paying for a service
ROUND_A["a08_council_money"] = ("Suffolk's commissioner has been given £250,000 by the Home Office for 2025-26.\n"
    "Suffolk County Council is adding £40,000 to the grant.\n"
    "The council is also paying £15,000 for a family worker.\n",
    {(2, 40000): dict(role="match_funding", funder="local authority"), (3, 15000): dict(role="grant", funder="local authority")})
# A9 commissioner's reserves
ROUND_A["a09_reserves"] = ("The Home Office has given Wiltshire £330,000 for 2025-26.\n"
    "On top of that, £50,000 is coming from the commissioner's reserves.\n",
    {(1, 330000): dict(funder="Home Office"), (2, 50000): dict(role="match_funding", funder="PCC")})
# A10 letter: instalment part of the grant
ROUND_A["a10_letter_instalment"] = ("Dear Commissioner,\n"
    "I am pleased to confirm that the Home Office will provide £265,000 to Gwent for 2025-26.\n"
    "The first instalment of £132,500 will be paid in April 2025.\n",
    {(2, 265000): dict(funder="Home Office"), (3, 132500): dict(funder="Home Office")})
# A11 per-year bullets of a Ministry of Justice grant
ROUND_A["a11_per_year_bullets"] = ("North Wales receives £500,000 from the Ministry of Justice over 2025-27:\n"
    "- 2025-26: £240,000\n- 2026-27: £260,000\n",
    {(1, 500000): dict(funder="Ministry of Justice"), (2, 240000): dict(role="part", funder="Ministry of Justice", part=1),
     (3, 260000): dict(role="part", funder="Ministry of Justice", part=1)})
# A12 total across funders, one piece with unknown payer
ROUND_A["a12_piece_unknown_payer"] = ("Staffordshire's service will cost £300,000 in all in 2025-26: £200,000 from the Home Office, "
    "£70,000 from the commissioner's own budget and £30,000 whose source has yet to be confirmed.\n",
    {(1, 300000): dict(role="total", funder=None), (1, 200000): dict(role="part", funder="Home Office", part=1),
     (1, 70000): dict(role="part", funder="PCC", part=1), (1, 30000): dict(role="part", funder=None, part=1)})
# A13 total then a list whose last row names no payer
ROUND_A["a13_list_row_null"] = ("The package for Essex is worth £450,000 over 2025-27, made up of:\n"
    "- £300,000 Home Office grant\n- £100,000 from the commissioner's budget\n- £50,000 for an evaluation\n",
    {(1, 450000): dict(role="total", funder=None), (2, 300000): dict(role="part", funder="Home Office", part=1),
     (3, 100000): dict(role="part", funder="PCC", part=1), (4, 50000): dict(role="part", funder=None, part=1)})
# A14 mayor funding a helpline
ROUND_A["a14_mayor_helpline"] = ("West Yorkshire has £600,000 from the Home Office for 2025-26.\n"
    "Separately, the Mayor is funding the perpetrator helpline with £30,000 a year.\n",
    {(2, 30000): dict(role="own_funding", funder="PCC")})
# A15 commissioner's possessive Home Office grant: Home Office
ROUND_A["a15_commissioners_ho_grant"] = ("The commissioner's Home Office grant of £275,000 for 2025-26 pays for a group course in Cumbria.\n",
    {(1, 275000): dict(role="grant", funder="Home Office")})
# A16 commissioner passes on Home Office money to a provider (part of the grant)
ROUND_A["a16_passed_on"] = ("Northumbria has won £480,000 from the Home Office for 2025-26.\n"
    "The commissioner's office will pass £320,000 of it to a local charity to run the course.\n",
    {(2, 320000): dict(role="part", funder="Home Office", part=1)})
# A17 own money phrase: Community Safety Fund (named fund of the commissioner)
ROUND_A["a17_pcc_fund"] = ("Gloucestershire will receive £220,000 from the Home Office for 2025-26.\n"
    "The commissioner will put a further £35,000 from his Community Safety Fund into the programme.\n",
    {(2, 35000): dict(role="own_funding", funder="PCC")})
# A18 partners contributing
ROUND_A["a18_grant_from_commissioner_alone"] = ("Derbyshire's commissioner has paid for a stalking service out of her own police budget since 2023.\n"
    "This year it costs £48,000.\n",
    {(2, 48000): dict(role="own_funding", funder="PCC")})
# A19 MoJ and HO in one text; a piece with no payer after HO
ROUND_A["a19_two_funders_unnamed"] = ("Cleveland gets £310,000 from the Home Office for 2025-26 and £90,000 from the Ministry of Justice for advocates.\n"
    "A further £25,000 for training has been found, though the office did not say from where.\n",
    {(1, 310000): dict(funder="Home Office"), (1, 90000): dict(funder="Ministry of Justice"), (2, 25000): dict(funder=None)})
# A20 heading names the funder; amount below
ROUND_A["a20_heading_funder"] = ("HOME OFFICE GRANT\n\nSurrey will receive £390,000 for 2025-26 for a high-harm service.\n",
    {(3, 390000): dict(role="grant", funder="Home Office")})


ROUND_B: dict[str, tuple[str, dict]] = {}
ROUND_B["b01_qa_bankrolls_at_a_rate"] = ("Cheshire's share of the Home Office fund is £350,000 for 2025-26.\n"
    "Q: Does that pay for the phone line?\n"
    "A: No. The Commissioner bankrolls the phone line separately, at £19,000 a year.\n",
    {(1, 350000): dict(funder="Home Office"), (3, 19000): dict(role="own_funding", funder="PCC")})
ROUND_B["b02_sources_table_unconfirmed_row"] = ("Funding for the Exeter course in 2025-26 comes from three sources:\n\n"
    "| Source | Amount |\n|---|---|\n| Home Office grant | £200,000 |\n| Devon County Council match funding | £40,000 |\n"
    "| Evaluation (source to be confirmed) | £15,000 |\n| Total | £255,000 |\n",
    {(5, 200000): dict(role="part", funder="Home Office", part=8), (6, 40000): dict(role="part", funder="local authority", part=8),
     (7, 15000): dict(role="part", funder=None, part=8), (8, 255000): dict(role="total", funder=None)})
ROUND_B["b03_council_chipped_in"] = ("Gwent has won £280,000 from the Home Office for 2025-26.\n"
    "Torfaen council, not to be outdone, has chipped in £22,000 towards the grant.\n",
    {(2, 22000): dict(role="match_funding", funder="local authority")})
ROUND_B["b04_unnamed_fourth_force_moj"] = ("Ministry of Justice money for advocates has been shared among four Welsh forces for 2025-26.\n"
    "South Wales has £95,000, Gwent £61,000 and Dyfed-Powys £48,000.\n"
    "The fourth force did not want its share published, but it is thought to be about £50,000.\n",
    {(2, 95000): dict(funder="Ministry of Justice"), (2, 61000): dict(funder="Ministry of Justice"),
     (3, 50000): dict(role="grant", funder="Ministry of Justice")})
ROUND_B["b05_letter_fund_defined_as_precept"] = ("Dear Ms Okafor,\n"
    "I write to confirm the Commissioner's award to your charity in Leicestershire of £42,500 from the Safer Communities Fund for 2025-26.\n"
    "The Safer Communities Fund is financed from the policing precept.\n",
    {(2, 42500): dict(funder="PCC")})
ROUND_B["b06_city_hall_its_own_on_top"] = ("London's deputy mayor said City Hall would find £75,000 of its own for the evaluation, "
    "on top of the £1.1m the Home Office is giving London for 2025-26.\n",
    {(1, 75000): dict(role="match_funding", funder="PCC"), (1, 1100000): dict(role="grant", funder="Home Office")})
ROUND_B["b07_police_and_crime_plan_budget"] = ("Northamptonshire has £320,000 from the Home Office for 2025-26.\n"
    "Its commissioner will use £30,000 from her Police and Crime Plan budget to train GPs.\n",
    {(2, 30000): dict(role="own_funding", funder="PCC")})
ROUND_B["b08_pot_nobody_owns_up_to"] = ("Humberside has £400,000 from the Home Office for 2025-26.\n"
    "A £12,000 pot for interpreters has also been agreed; the office has not said who is putting it up.\n",
    {(2, 12000): dict(funder=None)})
ROUND_B["b09_ministers_context_no_funder"] = ("Nationally, ministers have set aside £45m for such schemes.\n"
    "Lincolnshire's slice is £390,000 for 2025-26.\n",
    {(1, 45000000): dict(role="context", funder=None), (2, 390000): dict(funder=None)})
ROUND_B["b10_taken_on_the_cost_dash"] = ("Cumbria has £300,000 from the Home Office for 2025-26.\n"
    "Commissioner Theo Lindqvist has also taken on the cost of a perpetrator phone line — £16,000 for the year.\n",
    {(2, 16000): dict(role="own_funding", funder="PCC")})
ROUND_B["b11_awarded_of_what_she_received"] = ("Wiltshire's commissioner has awarded Ridgeway Change CIC £260,000 of the £330,000 "
    "she received from the Home Office for 2025-26.\n",
    {(1, 260000): dict(role="part", funder="Home Office"), (1, 330000): dict(role="grant", funder="Home Office")})


#: round B probes the reader still misreads, with why: the unnamed area is read in amounts/areas.py, outside this
#: round's files ("The fourth force …" counted on from the named ones, with a definite article)
ROUND_B_STILL_MISREAD = {"b04_unnamed_fourth_force_moj"}

#: figures whose payer the text does not give, or gives only by what they sum, in a Home Office release
NOT_LENT: dict[str, tuple[str, dict]] = {
    "cost_of_a_service": ("Kent has been awarded £400,000 by the Home Office for 2025-26.\n"
                          "The service costs about £450,000 a year to run.\n", {(2, 450000): dict(funder=None)}),
    "lottery_grant": ("Kent has been awarded £400,000 by the Home Office for 2025-26.\n"
                      "A lottery grant of £50,000 pays for the creche.\n", {(2, 50000): dict(funder=None)}),
    "payer_withheld": ("Wiltshire gets £300,000 from the Home Office for 2025-26.\n"
                       "The office has also found £25,000 for training; it has not said where the money comes from.\n",
                       {(2, 25000): dict(funder=None)}),
    "total_after_one_payers_grants": ("The Home Office has announced a new round for 2025-27.\n"
                                      "Kent gets £410,000 and Surrey £380,000.\n"
                                      "The two areas will receive £790,000 in all.\n",
                                      {(3, 790000): dict(role="total", funder="Home Office")}),
    "commissioner_pays_a_piece_of_it": ("Kent has £400,000 from the Home Office for 2025-26.\n"
                                        "The commissioner is paying Rise Up CIC £300,000 of it to run the course.\n",
                                        {(2, 300000): dict(role="part", funder="Home Office", part=1)}),
    "on_top_of_that_is_not_of_that": ("The Home Office has given Wiltshire £330,000 for 2025-26.\n"
                                      "On top of that, £50,000 is coming from the commissioner's own budget.\n",
                                      {(2, 50000): dict(role="match_funding", funder="PCC")}),
}


EXPLORATION: dict[str, tuple[str, dict]] = {}
_LEAD = "Kent has been awarded £400,000 by the Home Office for 2025-26.\n"
for _name, _sentence, _role in (
    ("office_adds_from_its_budget", "The office is adding £50,000 from its commissioning budget to the grant.", "match_funding"),
    ("paid_from_the_opccs_budget", "A helpline is paid for from the OPCC's commissioning budget at £20,000 a year.", "own_funding"),
    ("office_meets_the_cost", "The commissioner's office will meet the £30,000 cost of training from its budget.", "own_funding"),
    ("set_aside_of_her_budget", "The PCC has set aside £45,000 of her budget for an evaluation.", "own_funding"),
    ("funded_by_the_opcc", "An evaluation will be funded by the OPCC at £15,000.", "own_funding"),
    ("paying_for_it_at_a_rate", "The commissioner is also paying for the helpline, at £22,000 a year.", "own_funding"),
    ("office_agreed_to_meet", "Her office has agreed to meet the shortfall of £12,000.", "own_funding"),
    ("fund_a_group_costing", "The police and crime commissioner will fund a second group, costing £38,000.", "own_funding"),
    ("opcc_contributing_to_the_grant", "The OPCC is contributing £27,000 to the grant.", "match_funding"),
    ("office_of_the_commissioner_added", "The Office of the Police and Crime Commissioner has added £27,000.", "match_funding"),
    ("pledged_of_his_budget", "Mr Hale has pledged £27,000 of his budget to the scheme.", None),
    ("capital_the_mayor_funds", "The Mayor is funding the helpline with £30,000 a year.", "own_funding"),
    ("capital_the_opcc_funds", "The OPCC funds a helpline with £30,000 a year.", "own_funding"),
):
    _amount = int(re.search(r"£([\d,]+)", _sentence).group(1).replace(",", ""))
    _want = dict(funder="PCC") if _role is None else dict(role=_role, funder="PCC")
    EXPLORATION[_name] = (_LEAD + _sentence + "\n", {(2, _amount): _want})


@pytest.mark.parametrize("name", sorted(ROUND_A))
def test_round_a(name):
    text, want = ROUND_A[name]
    assert award_errors(text, want) == []


@pytest.mark.parametrize("name", sorted(EXPLORATION))
def test_commissioners_money_wordings(name):
    text, want = EXPLORATION[name]
    assert award_errors(text, want) == []


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="unnamed area read outside "
                                                                          "this round's files"))
                                  if n in ROUND_B_STILL_MISREAD else n for n in sorted(ROUND_B)])
def test_round_b(name):
    text, want = ROUND_B[name]
    assert award_errors(text, want) == []


@pytest.mark.parametrize("name", sorted(NOT_LENT))
def test_payer_not_lent_or_lent_by_what_is_summed(name):
    text, want = NOT_LENT[name]
    assert award_errors(text, want) == []


def test_a_trust_paying_its_own_figure_leaves_the_grantor_framing_the_release():
    """A payer off the funder list that pays one figure in its own clause does not make the whole release its money
    when the grantor frames the release in a sentence with no figure (README: funder, "Unnamed forces in a round-up")."""
    text = ("The Home Office has confirmed Kent's perpetrator funding for 2025-26.\n"
            "Kent will receive £400,000 to run a group course.\n"
            "Separately, the Harthope Foundation has awarded £20,000 for a creche.\n")
    assert award_errors(text, {(2, 400000): dict(role="grant", funder="Home Office"),
                               (3, 20000): dict(funder=None)}) == []


@pytest.mark.parametrize("sentence,amount,role", [
    ("The commissioner will spend the £400,000 on a group course.", 400000, "grant"),
    ("The commissioner will use the money, £400,000, to run a group course.", 400000, "grant"),
    ("The commissioner will pay the provider £250,000 in the first year.", 250000, "grant"),
    ("The commissioner is using £250,000 to fund a group course and £150,000 for partner support.", 250000, "part"),
])
def test_the_commissioner_spending_the_grant_stated_before_keeps_the_grantor(sentence, amount, role):
    """The commissioner spending the grant just stated (the sum named again, a piece of it, money handed to a provider
    named as the indirect object, money merely used) is the grantor's money, not the commissioner's own."""
    text = "Kent has been awarded £400,000 by the Home Office for 2025-26.\n" + sentence + "\n"
    assert award_errors(text, {(2, amount): dict(role=role, funder="Home Office")}) == []
