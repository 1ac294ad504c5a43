"""The release reader on invented paraphrases of mechanisms seen in its first-sight misses on the thirteenth round's
tune releases (amounts: funder, role, parts, periods).  Each sentence is new; each is asserted both ways."""

from __future__ import annotations

import warnings

import pytest

from funding.parse.releases import extract_release
from release_probe import awards_by_key as _awards




# ---- 'its'/'their' fund whose owner is the grantor named as the sentence's subject (README: funder) ----

@pytest.mark.parametrize("text, key, funder", [
    ("The Home Office has granted Lancashire £212,000 for 2025-26, out of its Stalking Perpetrator Fund.",
     (1, 212000), "Home Office"),
    ("Norfolk has been given £175,500 by the Home Office for 2025-26, from its perpetrator intervention fund.",
     (1, 175500), "Home Office"),
    ("The Ministry of Justice has awarded Dorset £64,000 from its victims' fund for 2025-26.",
     (1, 64000), "Ministry of Justice"),
    ("Through its Domestic Abuse Perpetrator Fund, the Home Office will pay Gwent £230,000 in 2025-26.",
     (1, 230000), "Home Office"),
])
def test_pronoun_fund_of_the_grantor_is_the_grantors_grant(text, key, funder):
    a = _awards(text)[key]
    assert (a.funding_role, a.funder) == ("grant", funder)


@pytest.mark.parametrize("text, key", [
    # the pronoun's referent is the commissioner (the subject), not a grantor named later
    ("The commissioner's office will pay £40,000 for a helpline from its Community Safety Fund.", (1, 40000)),
    ("Commissioner Ada Holt has given Kent £38,000 from her own budget, as well as the Home Office money.",
     (1, 38000)),
])
def test_pronoun_fund_of_the_commissioner_stays_own_funding(text, key):
    a = _awards(text)[key]
    assert (a.funding_role, a.funder) == ("own_funding", "PCC")


# ---- a council that 'puts in' money for a service, not said to be added to a grant, gives a grant (README: council
# money) ----

@pytest.mark.parametrize("text, key", [
    ("Kent has a Home Office grant of £300,000 for 2025-26.\n"
     "Medway Council has put in £15,000 for 2025-26 to pay for a children's worker.", (2, 15000)),
    ("Essex's Home Office award is £280,000.\n"
     "Southend City Council will put in £12,000 this year towards the cost of a family therapist.", (2, 12000)),
    ("Durham has £250,000 from the Home Office for 2025-26.\n"
     "Darlington Borough Council is putting in £22,000 for the same year for an outreach worker.", (2, 22000)),
])
def test_council_putting_in_money_for_a_service_is_a_council_grant(text, key):
    a = _awards(text)[key]
    assert (a.funding_role, a.funder) == ("grant", "local authority")


@pytest.mark.parametrize("text, key", [
    ("Durham has £250,000 from the Home Office for 2025-26.\n"
     "Darlington Borough Council has also put in £22,000 to the grant.", (2, 22000)),
    ("Durham has £250,000 from the Home Office for 2025-26.\n"
     "Darlington Borough Council has put in a further £22,000.", (2, 22000)),
    ("Northumbria, Durham and Cleveland will share £1.5 million of Home Office funding for 2024-25.\n"
     "Hartlepool Borough Council is also putting in £18,000.", (2, 18000)),
])
def test_money_put_in_on_top_of_a_grant_is_still_match_funding(text, key):
    a = _awards(text)[key]
    assert (a.funding_role, a.funder) == ("match_funding", "local authority")


# ---- 'of her own' after a word that is not money ('an adviser of her own') is no own budget (README: own_funding) ----

@pytest.mark.parametrize("text, key, whole_line", [
    ("Kent will receive £500,000 over the two years from April 2026.\nOf that, £300,000 will pay for a group course.\n"
     "The remaining £200,000 goes to a refuge, so that each partner has an adviser of her own.", (3, 200000), 1),
    # (its pieces being listed: "a further £X" after a sum in its own right is more money, not a piece of it)
    ("Surrey's Home Office grant is £250,000 for 2025-26. £150,000 of it pays for the groups. A further £40,000 pays "
     "for a worker, so that every child has a key worker of their own.", (1, 40000), 1),
    ("Norfolk has £260,000 from the Home Office for 2025-26. £200,000 of that pays for the course. Another £35,000 "
     "buys sessions for men, each with a caseworker of his own.", (1, 35000), 1),
])
def test_of_her_own_after_a_non_money_word_is_not_own_funding(text, key, whole_line):
    a = _awards(text)[key]
    assert a.funding_role == "part" and a.part_of_line == whole_line and a.funder != "PCC"


@pytest.mark.parametrize("text, key, role", [
    ("Essex has £280,000 from the Home Office. The commissioner is adding £30,000 a year of her own.", (1, 30000),
     "match_funding"),
    ("Essex has £280,000 from the Home Office. The commissioner is paying £30,000 of his own for a helpline.",
     (1, 30000), "own_funding"),
    ("Essex has £280,000 from the Home Office.\nThe commissioner has found money of her own: £30,000 for a helpline.",
     (2, 30000), "own_funding"),
])
def test_money_of_her_own_is_still_the_commissioners(text, key, role):
    a = _awards(text)[key]
    assert (a.funding_role, a.funder) == (role, "PCC")


# ---- a sum its sentence puts outside the release's scheme is not lent the release's period (README: periods) ----

@pytest.mark.parametrize("text, key", [
    ("Shropshire Council has £168,750 of the Home Office grant for January 2025 to March 2026.\n"
     "Telford and Wrekin Council, which is not part of this scheme, has received £95,000 from the Commissioner for a "
     "similar course of its own.", (2, 95000)),
    ("Lincolnshire has £320,000 of Home Office money for 2025-26.\n"
     "North Lincolnshire Council, outside this partnership, has been given £60,000.", (2, 60000)),
    ("Lincolnshire has £320,000 of Home Office money for the two years from April 2025.\n"
     "Boston Borough Council was given £25,000 for a separate project of its own.", (2, 25000)),
])
def test_money_outside_the_scheme_takes_no_release_period(text, key):
    a = _awards(text)[key]
    assert a.funding_role == "grant" and not a.period_start and not a.period_end


def test_money_inside_the_scheme_keeps_the_release_period():
    a = _awards("Lincolnshire has £320,000 of Home Office money for the two years from April 2025.\n"
                "Boston Borough Council was given £25,000 for the same project.")[(2, 25000)]
    assert (a.period_start, a.period_end) == ("2025-26", "2026-27")


# ---- a list of sums whose verb and payer are left out takes the payer of the sum before it (README: funder) ----

@pytest.mark.parametrize("text, keys, funder", [
    ("The alliance has £900,000 from the Home Office. The commissioners add £60,000 from their own budgets.\n"
     "Each commissioner also pays for advocates from their Ministry of Justice victims' funding for 2025-26: £58,000 in "
     "Avon and Somerset, £34,500 in Gloucestershire and £29,000 in Wiltshire and Swindon.",
     [(2, 58000), (2, 34500), (2, 29000)], "Ministry of Justice"),
    ("Kent has £400,000 from the Home Office. The council gives £20,000.\n"
     "Ministry of Justice victims' money also reaches three charities in 2025-26: £40,000 to Rise, £25,500 to Haven and "
     "£18,000 to Oak House.", [(2, 40000), (2, 25500), (2, 18000)], "Ministry of Justice"),
    ("York has £468,900 from the Home Office for April 2025 to March 2027. The council gives £18,000.\n"
     "The Mayor would top up the grant with £55,000 from the policing budget in 2025/26 and a further £35,000 in "
     "2026/27.", [(2, 55000), (2, 35000)], "PCC"),
    ("Norfolk has £300,000 from the Home Office for 2025-27. Norwich City Council pays £15,000.\n"
     "The commissioner is adding £40,000 from her own budget to the grant in 2025-26, then £30,000 in 2026-27.",
     [(2, 40000), (2, 30000)], "PCC"),
])
def test_elided_list_of_sums_keeps_one_payer(text, keys, funder):
    got = _awards(text)
    assert [got[k].funder for k in keys] == [funder] * len(keys)
    assert len({got[k].funding_role for k in keys}) == 1


def test_a_second_payer_named_in_the_list_is_its_own():
    got = _awards("Norfolk has £300,000 from the Home Office for 2025-27.\n"
                  "The commissioner is adding £40,000 from her own budget to the grant, and Norwich City Council £15,000.")
    assert (got[(2, 40000)].funder, got[(2, 15000)].funder) == ("PCC", "local authority")


# ---- a body off the funder list paying 'a further' sum pays its own money, not more of the grant (README: funder) ----

@pytest.mark.parametrize("text, key", [
    ("Kent has £300,000 from the Home Office for 2025-26.\n"
     "NHS Kent and Medway Integrated Care Board pays a further £20,000 a year for a family therapist.", (2, 20000)),
    ("Essex has a Home Office grant of £280,000.\n"
     "A local housing association is giving a further £12,500 towards a refuge worker.", (2, 12500)),
    ("Surrey's Home Office grant is £250,000.\nThe Rowan Trust has given an extra £15,000 for staff training.",
     (2, 15000)),
])
def test_a_further_sum_from_an_outside_body_is_its_own_grant(text, key):
    a = _awards(text)[key]
    assert (a.funding_role, a.funder or None, a.part_of_line) == ("grant", None, None)


def test_a_further_sum_with_no_payer_after_a_whole_is_a_sum_of_its_own():
    # (README, "Payer said once": a further sum the text does not tie to money whose payer it names keeps funder null;
    # no tune label makes "a further £X" after a sum in its own right a piece of it. Among listed pieces it is one.)
    a = _awards("Surrey's Home Office grant is £250,000.\nA further £15,000 pays for staff training.")[(2, 15000)]
    assert (a.funding_role, a.funder or None, a.part_of_line) == ("grant", None, None)
    b = _awards("Surrey's Home Office grant is £250,000.\n£200,000 of it pays for the groups.\n"
                "A further £15,000 pays for staff training.")[(3, 15000)]
    assert (b.funding_role, b.funder, b.part_of_line) == ("part", "Home Office", 1)


# ---- after a semicolon, a clause going on by pronoun keeps the payer named before it (README: funder) ----

@pytest.mark.parametrize("text, key, funder", [
    ("Lancashire has £200,000 from the Home Office. The commissioner adds £40,000 from her own budget.\n"
     "Our Merseyside course closed when its Home Office funding came to an end; in its last year, 2024-25, it "
     "received £132,000.", (2, 132000), "Home Office"),
    ("Kent has £400,000 from the Home Office for 2025-26. The council gives £20,000.\n"
     "Cumbria's course ran on Ministry of Justice money until last spring; in 2024-25 it was given £47,000.",
     (2, 47000), "Ministry of Justice"),
    ("Kent has £400,000 from the Home Office for 2025-26. The council gives £20,000.\n"
     "Gwent's advocates were paid from Ministry of Justice funds until March; that year they cost £52,000.",
     (2, 52000), "Ministry of Justice"),
    # the clause after the semicolon names its own payer
    ("Kent has £400,000 from the Home Office for 2025-26. The council gives £20,000.\n"
     "Dorset's helpline had Ministry of Justice money until March; the council now pays £15,000 a year for it.",
     (2, 15000), "local authority"),
])
def test_payer_before_a_semicolon_for_a_clause_going_on_by_pronoun(text, key, funder):
    assert _awards(text)[key].funder == funder


# ---- a table column headed by who pays ('Paid by', 'Who pays', 'Payer') names each row's funder (README: funder) ----

_PAYER_TABLE = ("# Norfolk perpetrator services 2025-26\n\n"
                "| Service | {head} | 2025-26 (£) |\n|---|---|---|\n"
                "| Group programme (Rowan CIC) | Home Office | 150,000 |\n"
                "| Advocates (Haven) | Ministry of Justice | 40,000 |\n"
                "| Helpline | Police and Crime Commissioner | 25,000 |\n"
                "| Family worker | Norfolk County Council | 18,000 |\n"
                "| **Total** | | **233,000** |\n")


@pytest.mark.parametrize("head", ["Who pays", "Paid for by", "Payer", "Paid by"])
def test_payer_column_names_each_rows_funder(head):
    got = _awards(_PAYER_TABLE.format(head=head))
    assert [(got[k].funder, got[k].funding_role, got[k].part_of_line) for k in
            [(5, 150000), (6, 40000), (7, 25000), (8, 18000)]] == [
        ("Home Office", "part", 9), ("Ministry of Justice", "part", 9), ("PCC", "part", 9), ("local authority", "part", 9)]
    assert (got[(9, 233000)].funding_role, got[(9, 233000)].funder or None) == ("total", None)


def test_a_service_column_is_not_a_payer_column():
    got = _awards(_PAYER_TABLE.format(head="Delivered by"))
    assert got[(5, 150000)].funder in ("", None) and got[(6, 40000)].funder in ("", None)


# ---- a council whose place name has 'and' in it is one body (README: organisations) ----

def _orgs(text: str) -> set[tuple[int, str, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        release = extract_release(text, "invented.txt", published="2025-06")
    return {(o.source_line, o.organisation, o.role) for o in release.organisations}


@pytest.mark.parametrize("council", ["Cheshire West and Chester Council", "Cheshire West and Chester Borough Council",
                                     "Bath and North East Somerset Council"])
def test_council_named_by_a_place_with_and_is_one_organisation(council):
    got = _orgs(f"The area has £300,000 from the Home Office for 2025-26.\n{council} is paying £20,000 for a family "
                "worker.")
    names = {n for _, n, _ in got}
    assert council in names and "Cheshire West" not in names and "Chester Council" not in names


def test_two_councils_joined_by_and_are_still_two():
    from funding.parse.releases.organisations import _split_names
    assert _split_names("Bristol City Council and North Somerset Council") == ["Bristol City Council",
                                                                              "North Somerset Council"]
