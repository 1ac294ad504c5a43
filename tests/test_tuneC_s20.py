"""Structures of the twenty-third round's tune releases that the reader misread, fixed in the twentieth session (tuner
C) as general mechanisms: each test states several invented wordings of one structure.

Corpus README: `part` (a piece of another stated amount; `part_of_line` the whole's line), "Payer said once",
"Parts on another line", "Divisions that do not add up".  Every text here is invented.
"""

from __future__ import annotations

import pytest

from release_probe import award_errors


# --------------------------------------------------------------------------- a division goes on past a later total

@pytest.mark.parametrize("second, third", [
    ("Another £90,000 funds an advocate at the Brook Women's Centre for the partners of men on the course.",
     "The remaining £60,000 covers case management and an evaluation."),
    ("A further £90,000 of it pays for an advocate who supports the partners of men on the course.",
     "The last £60,000 is for case management."),
    ("£90,000 goes to the Brook Women's Centre for an advocate supporting partners.",
     "The other £60,000 covers the evaluation."),
])
def test_pieces_after_a_piece_naming_its_whole_continue_that_division(second, third):
    # "Of the Home Office money, £250,000 pays for …" names the grant as its whole past the total stated after the
    # grant; the sentences that follow with more pieces go on dividing the grant, not the total
    text = ("Cumbria's commissioner has won Home Office money for a perpetrator course for the two years from April 2026.\n\n"
            "The award is £400,000, and the commissioner adds £50,000 from his own budget as match funding.\n"
            "In total £450,000 will be spent over the two years.\n\n"
            "Of the Home Office money, £250,000 pays for the group course run by Fellside Change.\n"
            f"{second}\n"
            f"{third}\n")
    assert award_errors(text, {
        (3, 400000): dict(role="grant", funder="Home Office", start="2026-27", end="2027-28"),
        (4, 450000): dict(role="total"),
        (6, 250000): dict(role="part", part=3, funder="Home Office"),
        (7, 90000): dict(role="part", part=3, funder="Home Office", start="2026-27", end="2027-28"),
        (8, 60000): dict(role="part", part=3, funder="Home Office", start="2026-27", end="2027-28"),
    }) == []


# --------------------------------------------------------------------------- a piece "of the county's share"

@pytest.mark.parametrize("piece", [
    "In Cumbria, Fellside Women's Aid, which supports the partners of the men, gets £40,000 of the county's share.",
    "Fellside Women's Aid will receive £40,000 of Cumbria's share for its work with partners.",
    "In Cumbria £40,000 out of the force's share pays for an advocate for partners.",
])
def test_a_figure_of_an_areas_share_is_a_part_of_that_share(piece):
    # "£X of the county's share": a piece of the area's share stated before, its payer and years
    text = ("Two northern counties have learned what they get from the Home Office's perpetrator fund for the two years "
            "from April 2025.\n\n"
            "Cumbria's share is £300,000, for a course for high-harm perpetrators.\n\n"
            "In Durham, the allocation is £250,000, for a group course for men.\n\n"
            f"{piece}\n")
    assert award_errors(text, {
        (3, 300000): dict(role="grant", funder="Home Office"),
        (7, 40000): dict(role="part", part=3, funder="Home Office", start="2025-26", end="2026-27"),
    }) == []


# --------------------------------------------------------------------------- "between them, the counties will have"

@pytest.mark.parametrize("together", [
    "Between them, over the two years, the counties will have £550,000 of Home Office money.",
    "Between them the two counties will get £550,000.",
    "Between them, the areas receive £550,000 from the fund.",
])
def test_what_the_areas_get_between_them_is_a_total_of_no_one_area(together):
    # a sentence opening "Between them" that names no area: a sum over the areas whose shares were stated before,
    # of no one area (pfa_code null), not the last-named area's grant; the shares stay grants
    text = ("Two northern counties have learned what they get from the Home Office's perpetrator fund for the two years "
            "from April 2025.\n\n"
            "Cumbria's share is £300,000, for a course for high-harm perpetrators.\n\n"
            "In Durham, the allocation is £250,000, for a group course for men.\n\n"
            f"{together}\n")
    assert award_errors(text, {
        (3, 300000): dict(role="grant", part=None),
        (5, 250000): dict(role="grant", part=None),
        (7, 550000): dict(role="total", funder="Home Office"),
    }) == []
    from release_probe import awards_by_key
    assert awards_by_key(text)[(7, 550000)].pfa_code in ("", None)


# --------------------------------------------------------------------------- a row marked "(*)" under a lead-in's payer

@pytest.mark.parametrize("lead, mark, note", [
    ("All figures are paid from the Home Office grant unless marked with an asterisk.", "(*)",
     "(*) Paid from the Commissioner's own budget, not the Home Office grant."),
    ("All payments were made from the Home Office grant except where marked.", "(†)",
     "(†) Met from the commissioner's own budget."),
    ("All the sums are Home Office perpetrator funding unless a note says otherwise.", "(*)",
     "(*) This row is paid from the Police and Crime Commissioner's own budget."),
])
def test_a_row_marked_with_a_bracketed_note_mark_takes_the_notes_payer(lead, mark, note):
    # the lead-in names the rows' payer; a row marked "(*)" takes the payer its note names, and the TOTAL over rows of
    # two payers has none (README: total across funders); the unmarked rows keep the lead-in's payer
    text = ("Cumbria Commissioner's Office\n\n"
            "You asked how much of the Home Office perpetrator funding for 2024-25 and 2025-26 went to each provider.\n"
            f"{lead}\n\n"
            "Provider                             2024-25     2025-26\n"
            "Fellside Change (group course)       £150,000    £160,000\n"
            "Eden Women's Aid                     £40,000     £40,000\n"
            f"Kendal Family Hub {mark}               £20,000     £20,000\n"
            "TOTAL                                £210,000    £220,000\n\n"
            f"{note}\n")
    assert award_errors(text, {
        (7, 150000): dict(role="part", part=10, funder="Home Office", start="2024-25"),
        (8, 40000, "2025-26"): dict(role="part", part=10, funder="Home Office"),
        (9, 20000, "2024-25"): dict(role="part", part=10, funder="PCC"),
        (9, 20000, "2025-26"): dict(role="part", part=10, funder="PCC"),
        (10, 210000): dict(role="total", funder=None, start="2024-25"),
    }) == []


# --------------------------------------------------------------------------- a charity's funders table

def _orgs(text, name="invented.md"):
    from release_probe import read
    return {(o.source_line, o.organisation, o.role) for o in read(text, name).organisations}


@pytest.mark.parametrize("own_row, trust", [
    ("| Our own fundraising | Helpline for men worried about their behaviour | £10,000 |", "Eskdale Lottery Trust"),
    ("| Donations and fundraising | Helpline | £10,000 |", "Brampton Community Foundation"),
    ("| Charitable reserves | Helpline for anyone worried about their behaviour | £10,000 |", "Solway Charitable Trust"),
])
def test_a_charitys_funders_table_reads_its_own_money_and_a_trust_in_the_funder_column(own_row, trust):
    # the provider's own money (fundraising, donations, charitable reserves) has funder `partners` (README, "Partners'
    # money"); a trust or foundation in the first column headed "Funder" is an organisation with role `funder`, as a
    # council there is
    text = ("# Our funders\n\n"
            "Fellside Change is a small Cumbrian charity. We thank every one of the organisations below.\n\n"
            "## Funding for 2025-26\n\n"
            "| Funder | What it pays for | Amount |\n"
            "|---|---|---|\n"
            "| Home Office (through the Police and Crime Commissioner) | Our 24-week group course for men | £200,000 |\n"
            "| Cumberland Council | Family support workers | £50,000 |\n"
            f"| {trust} | Partner support service | £30,000 |\n"
            f"{own_row}\n"
            "| **Total** | | **£290,000** |\n")
    assert award_errors(text, {
        (12, 10000): dict(role="part", part=13, funder="partners", start="2025-26"),
        (11, 30000): dict(role="part", part=13, funder=None),
        (13, 290000): dict(role="total", funder=None),
    }) == []
    orgs = _orgs(text)
    assert (11, trust, "funder") in orgs
    assert (10, "Cumberland Council", "funder") in orgs


# --------------------------------------------------------------------------- "paid direct to X"

@pytest.mark.parametrize("sentence", [
    "Cumberland Council also added £15,000 to the grant in 2025-26 for interpreters, paid direct to Fellside Change.",
    "A further £15,000 from the council, for interpreters, is paid straight to Fellside Change.",
    "The council's £15,000 for interpreters was passed on to Fellside Change in March.",
])
def test_a_sum_paid_direct_to_a_body_makes_it_the_recipient(sentence):
    text = ("The Cumbria commissioner has given Home Office money for a group course for men.\n\n"
            f"{sentence}\n")
    assert (3, "Fellside Change", "recipient") in _orgs(text, "invented.txt")


# --------------------------------------------------------------------------- advocates "hosted by the X"

@pytest.mark.parametrize("sentence, body", [
    ("Cumbria also has a separate £60,000 from the Ministry of Justice for two stalking advocates, hosted by the "
     "Eden Advocacy Service.", "Eden Advocacy Service"),
    ("The £60,000 pays for an IDVA employed by the Solway Women's Centre.", "Solway Women's Centre"),
    ("Two advocates, managed by the Kendal Advocacy Project, are paid from the £60,000.", "Kendal Advocacy Project"),
])
def test_advocates_hosted_by_the_body_make_it_a_survivor_support_provider(sentence, body):
    # README, "Money paid for advocates": a body the line says hosts, employs or manages the advocates gives the
    # support, with or without an article before its name
    text = "The Cumbria commissioner has given Home Office money for a group course for men.\n\n" f"{sentence}\n"
    assert (3, body, "survivor_support_provider") in _orgs(text, "invented.txt")


# --------------------------------------------------------------------------- a heading in capitals is no body

@pytest.mark.parametrize("heading", ["WHAT EACH PROVIDER DELIVERS", "WHICH ORGANISATION RUNS WHAT", "THE SERVICES WE FUND"])
def test_a_heading_in_capitals_names_no_organisation(heading):
    text = ("The Cumbria commissioner paid £200,000 of Home Office money to Fellside Change in 2025-26.\n\n"
            f"{heading}\n"
            "Fellside Change runs a 24-week group programme for men.\n")
    orgs = _orgs(text, "invented.txt")
    assert not any(o[0] == 3 for o in orgs)
    assert (4, "Fellside Change", "delivery_partner") in orgs


# --------------------------------------------------------------------------- a body employing the worker who does the work

@pytest.mark.parametrize("sentence", [
    "Kendal Family Hub employs a family worker who works with children and the non-abusing parent.",
    "Kendal Family Hub also employs two facilitators to run the evening groups.",
    "Kendal Family Hub now employs a part-time practitioner who sees fathers at home.",
])
def test_a_body_employing_the_worker_who_does_the_work_delivers_it(sentence):
    text = ("The Cumbria commissioner paid £200,000 of Home Office money for perpetrator work in 2025-26.\n\n"
            f"{sentence}\n")
    assert (3, "Kendal Family Hub", "delivery_partner") in _orgs(text, "invented.txt")


# --------------------------------------------------------------------------- "; in Suffolk the figure was 205"

@pytest.mark.parametrize("sentence", [
    "Cumbria police referred 300 men to perpetrator services last year; in Durham the figure was 150.",
    "Cumbria police referred 300 men to perpetrator services last year, while for Durham the number was 150.",
    "Cumbria police referred 300 men to perpetrator services last year; Durham's figure was 150.",
])
def test_the_same_count_given_for_another_area_with_its_noun_left_out(sentence):
    from release_probe import read
    text = "The Cumbria commissioner has awarded £90,000 for perpetrator work.\n\n" + sentence + "\n"
    got = {(o.source_line, o.value, o.unit): o for o in read(text).outcomes}
    assert (3, 300, "count") in got and (3, 150, "count") in got
    first, second = got[(3, 300, "count")], got[(3, 150, "count")]
    assert (second.about, second.status, second.base) == (first.about, first.status, None)
    assert first.about == "referrals" and first.status == "reported"
