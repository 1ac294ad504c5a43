"""Rules added while tuning on the twenty-ninth round's second writer's releases (tuner S): invented sentences in the
genres' wording (show notes, a trust's grants table, a slide deck's text, a board paper), with the facts the corpus
README's conventions give them (never the corpus text)."""

import pytest

from funding.parse.releases import extract_release
from release_probe import award_errors, awards, read


def _html(body: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<title>Episode 12 | Practice Talk</title>\n</head>\n"
            "<body>\n<main>\n<article>\n" + body + "\n</article>\n</main>\n</body>\n</html>\n")


def _html_awards(body: str) -> list:
    return list(read(_html(body), "invented.html").awards)


# --- A list of an episode's chapter time stamps is page furniture ----------------------------------------------------

@pytest.mark.parametrize("items", [
    ['<li><a href="#t=0">00:00</a> Welcome</li>', '<li><a href="#t=300">05:00</a> Why Durham put in £80,000 more</li>',
     '<li><a href="#t=900">15:00</a> Partner support and the 30 women it reached</li>'],
    ['<li>[02:10] How the £412,000 was split</li>', '<li>[1:02:45] Questions from listeners</li>'],
    ['<li>(11:05) The council&#8217;s £25k for a family worker</li>', '<li>(24:40) What comes next</li>'],
])
def test_a_list_of_chapter_time_stamps_is_furniture(items):
    body = ("<p>Norfolk's commissioner has awarded £120,000 for a group course for men in 2025-26.</p>\n"
            "<h2>Chapters</h2>\n<ol class=\"episode-list\">\n" + "\n".join(items) + "\n</ol>")
    assert [a.amount.pence for a in _html_awards(body)] == [12_000_000]


def test_a_timetable_list_of_sentences_is_read():
    body = ("<p>Norfolk's commissioner has awarded £120,000 for a group course for men in 2025-26.</p>\n<ul>\n"
            "<li>10:00 The commissioner will add £15,000 of her own budget for a helpline.</li>\n"
            "<li>11:00 Questions from the floor.</li>\n</ul>")
    assert 1_500_000 in [a.amount.pence for a in _html_awards(body)]


def test_a_list_with_one_time_stamp_among_other_items_is_read():
    body = ("<p>Norfolk's commissioner has awarded £120,000 for a group course for men in 2025-26.</p>\n<ul>\n"
            "<li>09:30 Arrival</li>\n<li>The council pays £18,000 towards a family worker</li>\n</ul>")
    assert 1_800_000 in [a.amount.pence for a in _html_awards(body)]


# --- The links under "Mentioned in this episode" are page furniture -------------------------------------------------

@pytest.mark.parametrize("heading", ["Mentioned in this episode", "Links from the show", "Show links",
                                     "Discussed in today's episode"])
def test_links_under_an_episodes_mentioned_heading_are_furniture(heading):
    text = ("Episode 12: paying for perpetrator work\n\nNorfolk's commissioner has awarded £120,000 for a group "
            "course for men in 2025-26.\n\n" + heading + "\n- Home Office: £36m perpetrator fund guidance\n"
            "- Norfolk OPCC: £120,000 commissioning intentions\n")
    assert [a.amount.pence for a in awards(text)] == [12_000_000]


def test_a_list_under_another_heading_is_read():
    text = ("Episode 12: paying for perpetrator work\n\nNorfolk's commissioner has awarded £120,000 for a group "
            "course for men in 2025-26.\n\nMentioned in the report\n- The council pays £18,000 towards a family worker\n")
    assert 1_800_000 in [a.amount.pence for a in awards(text)]


# --- "From the same fund" after a council's money means the department's grant before it ----------------------------

@pytest.mark.parametrize("same", ["from the same fund", "under the same round", "from the same national scheme"])
def test_the_same_fund_after_council_money_is_the_departments(same):
    text = ("Perpetrator money in the north\n\n"
            "Norfolk's bid landed: £640,000 from the Home Office for 2025-26 and 2026-27.\n"
            "Norwich City Council separately pays £20,000 a year towards a family worker.\n"
            f"Suffolk's award {same} is £512,000 over the same two years.\n")
    assert award_errors(text, {(5, 512000): dict(funder="Home Office")}) == []


def test_the_same_grant_after_council_money_keeps_the_last_grant():
    text = ("Perpetrator money in Norfolk\n\n"
            "Norwich City Council has given £60,000 for 2025-26 towards the course.\n"
            "A further £20,000 from the same grant pays for a creche.\n")
    got = [a for a in awards(text) if a.amount.pence == 2_000_000]
    assert [(a.funding_role, a.funder) for a in got] == [("grant", "local authority")]  # the council's, not the Home Office's


# --- A slide's title in a slide deck's text export is a heading -----------------------------------------------------

@pytest.mark.parametrize("title", ["Slide 3 – What the £1.2m buys", "Slide 12: Where the £640k goes",
                                   "SLIDE 4 - £80,000 for partner support"])
def test_a_slide_title_is_a_heading(title):
    text = ("[Exported from PowerPoint]\n\nSlide 1 – Perpetrator funding in Norfolk\n\n" + title + "\n"
            "• Norfolk's commissioner has awarded £120,000 for a group course for men in 2025-26\n")
    got = read(text)
    assert [a.amount.pence for a in got.awards] == [12_000_000]
    assert (5, "heading") in got.set_aside


def test_a_sentence_naming_a_slide_is_read():
    text = ("Norfolk perpetrator work\n\nSlide 3 shows that the commissioner has added £15,000 of her own budget "
            "for a helpline.\n")
    assert [a.amount.pence for a in awards(text)] == [1_500_000]


# --- A package of money is a total with no payer of its own ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "(a) note the perpetrator funding package of £480,000 for 2025-27 set out in Table 2;",
    "Together these give a package of £480,000 for Norfolk over the two years.",
    "• Total package: £480,000 over the two years",
    "The package is worth £480,000 over 2025-27.",
])
def test_a_package_of_money_is_a_total(sentence):
    text = ("Norfolk perpetrator work\n\nThe Home Office will pay £400,000 for 2025-26 and 2026-27 for the group "
            "course.\n" + sentence + "\n")
    got = [a for a in awards(text) if a.amount.pence == 48_000_000]
    assert [(a.funding_role, a.funder or None) for a in got] == [("total", None)]


def test_a_package_of_support_without_a_sum_word_stays_a_grant():
    text = "Norfolk perpetrator work\n\nThe Home Office will pay £400,000 for 2025-26 for a package of support for men.\n"
    assert [a.funding_role for a in awards(text)] == ["grant"]


# --- A bulleted list closed by a Total item: its items' lead figures are its parts ----------------------------------

def test_listed_items_with_sub_items_are_parts_of_the_total_item():
    text = ("Where the money comes from\n"
            "• Home Office grant: £500,000 across 2025-27\n"
            "     – £240,000 in year 1 (2025-26)\n"
            "     – £260,000 in year 2 (2026-27)\n"
            "• Commissioner's match funding: £80,000 over the same two years (£40,000 a year)\n"
            "• Norwich City Council grant: £60,000 for 2025-27 for the family strand\n"
            "• Total package: £640,000 over the two years\n")
    assert award_errors(text, {
        (2, 500000): dict(role="part", part=7), (3, 240000): dict(role="part", part=2),
        (4, 260000): dict(role="part", part=2), (5, 80000): dict(role="part", part=7),
        (6, 60000): dict(role="part", part=7), (7, 640000): dict(role="total", funder=None),
    }) == []


def test_listed_items_that_do_not_sum_to_the_total_item_are_left():
    text = ("Where the money comes from\n"
            "• Home Office grant: £500,000 across 2025-27\n"
            "• Commissioner's match funding: £80,000 over the same two years (£40,000 a year)\n"
            "• Total package: £700,000 over the two years\n")
    got = {a.amount.pence // 100: a for a in awards(text)}
    assert got[500000].part_of_line != 4 and got[80000].part_of_line != 4


# --- A yearly rate after a listed piece is that piece's ------------------------------------------------------------

@pytest.mark.parametrize("rate", ["£30,000 in each of the two years", "£30,000 for each of those years",
                                  "£30,000 in each of the years"])
def test_a_yearly_rate_after_a_listed_piece_is_its_part(rate):
    text = ("<p>A package worth £400,000 over 2025-27 will pay for perpetrator work in Norfolk.</p>\n"
            "<p>The money is made up of two pieces:</p>\n<ul>\n"
            "<li>£340,000 from the Home Office;</li>\n"
            f"<li>£60,000 from the Commissioner's own budget, {rate}.</li>\n</ul>")
    got = [a for a in read(_html(text), "invented.html").awards if a.amount.pence == 3_000_000]
    assert len(got) == 2 and all(a.part_of_line == 13 and a.funder == "PCC" for a in got)


# --- A council's own team said to pay is the council ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Council's public health team will pay for the family service at £45,000 a year in 2025-26.",
    "The County Council's commissioning service has funded the helpline with £12,000 in 2025-26.",
    "Norwich City Council's adult social care department will provide £20,000 in 2025-26 for the course.",
])
def test_a_councils_team_that_pays_is_the_council(sentence):
    text = "Norfolk perpetrator work\n\nThe Home Office grant is £300,000 for 2025-26.\n" + sentence + "\n"
    got = [a for a in awards(text) if a.source_line == 4]
    assert [a.funder for a in got] == ["local authority"]


def test_a_councils_team_that_runs_the_work_pays_nothing():
    text = ("Norfolk perpetrator work\n\nThe Home Office grant of £300,000 for 2025-26 pays for the course, which "
            "the Council's early help team will run.\n")
    assert [a.funder for a in awards(text)] == ["Home Office"]


# --- A body off the funder list offering or pledging money pays it --------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "NHS Norfolk and Waveney Integrated Care Board has offered £60,000 in 2025-26 only, to pilot a GP route.",
    "The local health board has pledged £25,000 for 2025-26 towards the clinical supervision.",
    "A housing association, Broadland Homes, is offering £8,000 in 2025-26 for tenancy work.",
])
def test_an_outside_body_offering_money_leaves_no_funder(sentence):
    text = "Norfolk perpetrator work\n\nThe Home Office grant is £300,000 for 2025-26.\n" + sentence + "\n"
    got = [a for a in awards(text) if a.source_line == 4]
    assert got and all(not a.funder for a in got)


def test_an_outside_body_offered_money_is_its_recipient():
    text = ("Norfolk perpetrator work\n\nThe Home Office grant is £300,000 for 2025-26.\n"
            "The local university has been offered £19,500 from the grant for an evaluation.\n")
    got = [a for a in awards(text) if a.source_line == 4]
    assert got and all(a.funder == "Home Office" for a in got)


# --- A nought beside the row's pounds under a (£) heading is £0 -----------------------------------------------------

def test_a_nought_in_an_aligned_pounds_table_is_nothing_that_year():
    text = ("Norfolk perpetrator work\n\nTable 2: Funding for Norfolk\n"
            "Funding partner                       2025-26 (£)   2026-27 (£)\n"
            "Home Office perpetrator fund              120,000       130,000\n"
            "Norfolk and Waveney ICB                    40,000             0\n"
            "Total                                     160,000       130,000\n")
    got = [a for a in awards(text) if a.source_line == 6]
    assert sorted(a.amount.pence for a in got) == [0, 4_000_000]


def test_a_nought_in_a_pipe_pounds_table_is_nothing_that_year():
    text = ("Norfolk perpetrator work\n\n| Funder | 2025-26 (£) | 2026-27 (£) |\n|---|---|---|\n"
            "| Home Office | 120,000 | 130,000 |\n| ICB | 40,000 | 0 |\n| Total | 160,000 | 130,000 |\n")
    got = [a for a in awards(text) if a.source_line == 6]
    assert sorted(a.amount.pence for a in got) == [0, 4_000_000]


def test_a_count_of_nought_in_a_table_without_pounds_is_no_sum():
    text = ("Norfolk perpetrator work\n\nThe Home Office grant is £300,000 for 2025-26.\n\n"
            "Quarter        Referrals   Completions\n"
            "Q1                   40             0\n"
            "Q2                   38            12\n")
    assert [a.amount.pence for a in awards(text)] == [30_000_000]


# --- A span tied to the calendar in a grants table's term cell is no service length ---------------------------------

@pytest.mark.parametrize("term", ["3 years from April 2023", "2 years (2023-25)", "12 months from January 2024",
                                  "two years from September 2024"])
def test_a_grants_term_is_not_the_services_length(term):
    text = ("Grants awarded\n\n| Grantee | Purpose | Amount | Term |\n|---|---|---|---|\n"
            f"| Ouse Change CIC | Support for the partners of men on the course | £40,000 | {term} |\n")
    got = [c for c in read(text).components if c.component == "partner_support"]
    assert got and all(c.duration_value is None for c in got)


@pytest.mark.parametrize("sentence, value, unit", [
    ("The 24-week group course for men starts in April 2024.", 24, "week"),
    ("Each man is offered case management for up to 12 months from referral.", 12, "month"),
])
def test_a_services_own_length_is_still_read(sentence, value, unit):
    got = [c for c in read("Norfolk perpetrator work\n\n" + sentence + "\n").components if c.duration_value]
    assert [(c.duration_value, c.duration_unit) for c in got][:1] == [(value, unit)]


# --- A sum noted as a request still to be taken to a meeting is context ---------------------------------------------

@pytest.mark.parametrize("item", [
    "• A contribution of £18,000 in 2026-27 towards creche costs (request to be taken to the budget meeting in May)",
    "• £12,500 for interpreters in 2026-27 (a request still to be considered by the board)",
    "• Help with venue hire, about £4,000 (request to be put to the partnership in June)",
])
def test_a_sum_noted_as_a_request_is_context(item):
    text = "What we need from the partnership\n• Referrals from housing teams\n" + item + "\n"
    got = [a for a in awards(text) if a.source_line == 3]
    assert [(a.funding_role, a.pfa_code or None) for a in got] == [("context", None)]


def test_a_sum_agreed_after_a_request_is_money():
    text = ("Norfolk perpetrator work\n\nFollowing our request in March, Norwich City Council has agreed to pay "
            "£18,000 in 2026-27 towards creche costs.\n")
    assert [(a.funding_role, a.funder, a.period_start) for a in awards(text)] == [("grant", "local authority", "2026-27")]


# --- A grant-maker's grant-making as a whole is context, in the report's year when its clause says "in the year" ---

@pytest.mark.parametrize("sentence", [
    "The Ouse Valley Trust's grant-making across all five programmes came to £2.4m in the year.",
    "Our grant-making totalled £1.2m in the year.",
    "The foundation's grant-making in all its funds amounted to £950,000 in the year.",
])
def test_grant_making_as_a_whole_is_context_for_the_reports_year(sentence):
    text = ("# The Ouse Valley Trust\n## Annual Report 2023-24\n\n" + sentence
            + " Safer Families, our smallest programme, gave £48,000 to Ouse Change CIC for a group course for men.\n")
    got = {a.amount.pence: a for a in awards(text)}
    context = [a for a in got.values() if a.funding_role == "context"]
    assert len(context) == 1 and (context[0].period_start, context[0].period_end) == ("2023-24", "2023-24")


def test_a_grant_made_in_the_year_is_no_grant_making_total():
    text = ("# The Ouse Valley Trust\n## Annual Report 2023-24\n\n"
            "Trustees made a grant of £48,000 to Ouse Change CIC in the year for a group course for men.\n")
    # a trust is outside the funder vocabulary: a grant with no funder, in the report's year
    assert [(a.funding_role, a.funder, a.period_start) for a in awards(text)] == [("grant", "", "2023-24")]


# --- A council paying "a further" sum towards a named group pays for it -------------------------------------------

@pytest.mark.parametrize("towards", ["towards the Keswick group", "towards the Selby course",
                                     "towards a family worker post"])
def test_a_council_paying_a_further_sum_towards_a_named_service_is_its_grant(towards):
    text = ("Norfolk perpetrator work\n\nThe groups are mainly paid for by the commissioner's office, which gives "
            "£110,000 from its Home Office grant in 2024-25. Norwich City Council pays a further £25,000 " + towards + ".\n")
    got = [a for a in awards(text) if a.amount.pence == 2_500_000]
    assert [(a.funding_role, a.funder) for a in got] == [("grant", "local authority")]


def test_a_council_paying_a_further_sum_towards_the_grant_adds_to_it():
    text = ("Norfolk perpetrator work\n\nThe Home Office gives £110,000 in 2024-25 for the course, and the commissioner "
            "adds £20,000 of match funding. Norwich City Council pays a further £25,000 towards it.\n")
    got = [a for a in awards(text) if a.amount.pence == 2_500_000]
    assert [a.funding_role for a in got] == ["match_funding"]


# --- "Over the same two years" straight after a figure is its own, not that of a later payer's figure -------------

@pytest.mark.parametrize("second", [
    ", and by the Norfolk and Waveney Integrated Care Board, which provides £20,000 towards clinical supervision.",
    ", and from Norwich City Council, which gives £20,000 towards the creche.",
    "; the council pays £20,000 towards the creche.",
])
def test_the_same_years_after_a_figure_stay_with_it(second):
    text = ("Norfolk perpetrator work\n\nOur own grant to the project runs for 2023-24 and 2024-25.\n"
            "The project is also funded by Norfolk's Police and Crime Commissioner, who has given £54,000 over the "
            "same two years from the Ministry of Justice victims' grant" + second + "\n")
    got = {a.amount.pence: a for a in awards(text)}
    assert (got[5_400_000].period_start, got[5_400_000].period_end) == ("2023-24", "2024-25")
    # (not dated by the other figure's "same two years"; the release's own span may still be lent it)
    assert got[2_000_000].period_basis != "same"


def test_the_same_years_in_the_later_figures_own_clause_are_its_own():
    text = ("Norfolk perpetrator work\n\nThe Home Office gave £300,000 for 2023-24 and 2024-25.\n"
            "The commissioner has given £54,000 from the victims' grant, and the council gives £20,000 over the same "
            "two years.\n")
    got = {a.amount.pence: a for a in awards(text)}
    assert (got[2_000_000].period_start, got[2_000_000].period_end) == ("2023-24", "2024-25")


# --- A named body's grant matched "over the same two years": that body's grant's years -----------------------------

def test_a_named_bodys_grant_matched_over_the_same_years_takes_its_rows_span():
    text = ("Grants awarded\n\n| Grantee | Purpose | Amount | Term |\n|---|---|---|---|\n"
            "| Ouse Change CIC | Group course for men | £96,000 | 2023-24 to 2024-25 |\n"
            "| Wensum Women's Aid | Support for partners | £62,000 | 2024-25 to 2025-26 |\n"
            "| **Total** | | **£158,000** | |\n\n"
            "Ouse Change CIC is also funded by the commissioner, who has given £54,000 over the same two years.\n\n"
            "Wensum Women's Aid's grant is matched by £31,000 from Norwich City Council over the same two years.\n")
    got = {a.amount.pence: a for a in awards(text)}
    assert (got[3_100_000].period_start, got[3_100_000].period_end) == ("2024-25", "2025-26")


# --- Components: a biography, high-harm case management's cohorts and length ---------------------------------------

def _components(text: str) -> dict:
    return {(c.source_line, c.component): c for c in read(text).components}


@pytest.mark.parametrize("sentence", ["He trained as a probation officer.", "She originally trained as a social worker.",
                                      "They later retrained as a counsellor."])
def test_a_guests_training_is_a_biography(sentence):
    text = ("Norfolk perpetrator work\n\nJo Bell manages the men's programmes at Ouse Change, a charity that runs "
            "group work with men who abuse their partners. " + sentence + "\n")
    assert (3, "practitioner_training") not in _components(text)


def test_training_that_a_service_runs_is_still_practitioner_training():
    text = "Norfolk perpetrator work\n\nOuse Change also runs practitioner training for probation officers.\n"
    assert (3, "practitioner_training") in _components(text)


@pytest.mark.parametrize("sentence", [
    "Suffolk is piloting a case manager for each high-harm man referred by the police, for up to 12 months.",
    "The pilot gives a case manager to every high-harm man, for up to nine months.",
])
def test_the_high_harm_fact_beside_case_managers_for_high_harm_men_has_men(sentence):
    got = _components("Norfolk perpetrator work\n\n" + sentence + "\n")
    assert set(got[(3, "high_harm")].cohorts) == {"high_harm", "men"}
    assert set(got[(3, "case_management")].cohorts) == {"high_harm", "men"}


def test_a_high_harm_service_for_perpetrators_keeps_high_harm_alone():
    got = _components("Norfolk perpetrator work\n\nA Drive-style service for high-harm perpetrators, in which each man "
                      "has a case manager, runs across the county.\n")
    assert set(got[(3, "high_harm")].cohorts) == {"high_harm"}


@pytest.mark.parametrize("line", [
    "• High-harm case management – a case manager for each man, for up to 12 months – £214,000",
    "• High-harm case management, with a case manager for each man for up to 12 months",
    "• Case management (high harm): a case manager for each man, for up to 12 months",
])
def test_high_harm_case_management_gives_its_length_to_the_case_managers(line):
    got = _components("The commissioner has set out what the money buys.\n" + line + "\n")
    assert (got[(2, "case_management")].duration_value, got[(2, "case_management")].duration_unit) == (12, "month")
    assert got[(2, "high_harm")].duration_value is None


def test_high_harm_case_managements_own_length_stays_on_the_high_harm_fact():
    got = _components("The commissioner has set out what the money buys.\nHigh-harm case management (18 mths)   "
                      "£120,000\n")
    assert (got[(2, "high_harm")].duration_value, got[(2, "high_harm")].duration_unit) == (18, "month")


def test_a_high_harm_service_keeps_its_own_length():
    got = _components("The commissioner has set out what the money buys.\n• A high-harm service lasting up to 18 "
                      "months, with a case manager for each man\n")
    assert (got[(2, "high_harm")].duration_value, got[(2, "high_harm")].duration_unit) == (18, "month")


# --- Organisations: lettered notes, bodies funded by a payer, bodies offering a sum --------------------------------

def _organisations(text: str) -> set:
    return {(o.source_line, o.organisation, o.role) for o in read(text).organisations}


@pytest.mark.parametrize("mark", ["(c) ", "c) ", "(iii) "])
def test_a_body_opening_a_lettered_note_is_read_as_its_subject(mark):
    text = "Notes to the table\n\n" + mark + "Ouse Change CIC receives £36,500 from the commissioner in 2023-24.\n"
    assert (3, "Ouse Change CIC", "recipient") in _organisations(text)


@pytest.mark.parametrize("sentence", [
    "Ouse Change CIC is also funded by Norfolk's Police and Crime Commissioner, who has given £54,000 over two years.",
    "Ouse Change CIC's groups are mainly paid for by the commissioner's office, which gives £110,000 a year.",
    "Ouse Change CIC's grant is matched by £31,000 from Norwich City Council.",
])
def test_a_body_said_to_be_funded_with_a_sum_receives_it(sentence):
    assert (3, "Ouse Change CIC", "recipient") in _organisations("Notes\n\n" + sentence + "\n")


def test_a_body_funded_with_no_sum_in_its_sentence_is_not_read_as_a_recipient():
    got = _organisations("Notes\n\nOuse Change CIC is funded by several local trusts.\n")
    assert (3, "Ouse Change CIC", "recipient") not in got


@pytest.mark.parametrize("sentence, body", [
    ("Norfolk and Waveney Integrated Care Board has offered £60,000 in 2025-26 only.",
     "Norfolk and Waveney Integrated Care Board"),
    ("The project is also paid for by the Broadland Community Trust, which provides £20,000 towards supervision.",
     "Broadland Community Trust"),
])
def test_a_body_offering_or_providing_a_sum_pays_it(sentence, body):
    assert (3, body, "funder") in _organisations("Norfolk perpetrator work\n\n" + sentence + "\n")


def test_a_body_providing_a_service_is_no_funder():
    got = _organisations("Norfolk perpetrator work\n\nOuse Change CIC provides a 26-week group course for men, "
                         "paid for with £96,000 from the Home Office.\n")
    assert (3, "Ouse Change CIC", "funder") not in got


# --- A table's label column headed as who pays: its bodies are funders --------------------------------------------

@pytest.mark.parametrize("heading", ["Funding partner", "Funding partners", "Funder", "Contributor"])
def test_a_label_column_headed_as_the_payer_names_funders(heading):
    text = ("Norfolk perpetrator work\n\nTable 1: Perpetrator funding for Norfolk, 2025-27\n"
            f"{heading:<40}2025-26 (£)   2026-27 (£)\n"
            "Norwich City Council – public health     85,000        85,000\n"
            "Norfolk and Waveney ICB                  60,000             0\n"
            "Total                                   145,000        85,000\n")
    got = _organisations(text)
    assert (5, "Norwich City Council", "funder") in got and (5, "Norwich City Council", "recipient") not in got


def test_a_label_column_headed_as_the_provider_names_recipients():
    text = ("Norfolk perpetrator work\n\nTable 1: Perpetrator funding for Norfolk, 2025-27\n"
            "Delivery partner                        2025-26 (£)   2026-27 (£)\n"
            "Ouse Change CIC                          85,000        85,000\n"
            "Total                                    85,000        85,000\n")
    assert (5, "Ouse Change CIC", "recipient") in _organisations(text)


# --- A portfolio's words are no person's name ------------------------------------------------------------------------

@pytest.mark.parametrize("portfolio", ["Adult Social Care and Public Health", "Housing and Health",
                                       "Education and Wellbeing"])
def test_a_portfolios_words_are_no_person(portfolio):
    text = (f"Norfolk perpetrator work\n\nBoard sponsor: Cllr Jan Cole, Cabinet Member for {portfolio}\n\n"
            "The council will pay £20,000 for 2025-26 towards a family worker.\n")
    names = {p.name for p in read(text).people}
    assert "Jan Cole" in names and len(names) == 1


# --- List items: a partner-support item's bracketed body, a body leading an item with its sum ----------------------

@pytest.mark.parametrize("item", ["• Partner support (Wensum Women's Aid) – £138,000",
                                  "- Support for partners (Wensum Women's Aid): £138,000"])
def test_a_partner_support_items_bracketed_body_is_its_recipient_only(item):
    got = _organisations("Where the money goes.\n" + item + "\n")
    assert (2, "Wensum Women's Aid", "recipient") in got
    assert (2, "Wensum Women's Aid", "survivor_support_provider") not in got


def test_partner_support_given_through_a_body_keeps_its_provider():
    got = _organisations("Norfolk perpetrator work\n\nPartners are offered support through Wensum Women's Aid, "
                         "which is paid £40,000 a year.\n")
    assert (3, "Wensum Women's Aid", "survivor_support_provider") in got


@pytest.mark.parametrize("item, contract", [
    ("• Ouse Change CIC – 26-week group programme for men – £512,000 (contract awarded after tender, 2025-27)", True),
    ("- Ouse Change CIC – one-to-one work with men – £96,000", False),
    ("• Ouse Change CIC – helpline for men, following a competitive tender – £30,000", True),
])
def test_a_body_leading_a_list_item_with_a_sum_is_its_recipient(item, contract):
    got = _organisations("Where the money goes.\n" + item + "\n")
    assert (2, "Ouse Change CIC", "recipient") in got
    assert ((2, "Ouse Change CIC", "commissioned_service") in got) == contract


def test_a_council_leading_a_list_item_is_not_read_as_its_recipient():
    got = _organisations("Where the money goes.\n• Norwich City Council – family worker – £45,000\n")
    assert (2, "Norwich City Council", "recipient") not in got


# --- A body named as the subcontractor for support to partners gives that support ----------------------------------

@pytest.mark.parametrize("sentence", [
    "Wensum Women's Aid is their subcontractor for support to partners and ex-partners.",
    "Wensum Women's Aid will be the provider for the support of partners.",
])
def test_a_subcontractor_for_partner_support_gives_it(sentence):
    got = _organisations("Norfolk perpetrator work\n\nOuse Change CIC won the contract. " + sentence + "\n")
    assert (3, "Wensum Women's Aid", "survivor_support_provider") in got


def test_a_subcontractor_for_the_group_work_is_no_survivor_support():
    got = _organisations("Norfolk perpetrator work\n\nOuse Change CIC won the contract. Wensum Change is their "
                         "subcontractor for the group work with men.\n")
    assert (3, "Wensum Change", "survivor_support_provider") not in got


# --- A deputy mayor's office with its area before the name; a person opening a sentence is no recipient -----------

@pytest.mark.parametrize("sentence, name", [
    ("The Deputy Mayor for Policing and Crime in West Yorkshire, Alwyn Haigh, visited the group in May.", "Alwyn Haigh"),
    ("The Deputy Mayor for Policing and Crime in Greater Manchester, Kate Fell, opened the service.", "Kate Fell"),
])
def test_a_deputy_mayors_office_in_an_area_before_the_name_is_read(sentence, name):
    got = read("Norfolk grants\n\n" + sentence + " The trust gave £20,000 in 2024-25.\n").people
    assert [(p.name, p.role) for p in got] == [(name, "official")]


@pytest.mark.parametrize("sentence", [
    "Jo Bell walks through how Norfolk's bid landed: £640,000 from the Home Office for 2025-26.",
    "Sam Reed explains what the grant pays for: £96,000 for a group course.",
])
def test_a_person_opening_a_sentence_that_runs_to_a_colon_is_no_recipient(sentence):
    got = _organisations("Episode notes\n\n" + sentence + "\n")
    assert not any(role == "recipient" for _n, _name, role in got)


def test_a_body_labelling_a_sum_is_still_its_recipient():
    got = _organisations("Where the money goes.\n- Ouse Change CIC: £96,000\n- Wensum Women's Aid (partner support): "
                         "£40,000\n")
    assert {(2, "Ouse Change CIC", "recipient"), (3, "Wensum Women's Aid", "recipient")} <= got


# --- An action plan's owner column: the body doing the work the action describes -----------------------------------

_PLAN = ("Action plan\n\n| No. | Action | Owner | Due | Status |\n|---|---|---|---|---|\n"
         "| 1 | IDVA presence at the Cromer hub two days a week | Wensum Women's Aid | Oct 2025 | Complete |\n"
         "| 2 | Partner support offered to the partner of every man referred | Wensum Women's Aid | Dec 2025 | Complete |\n"
         "| 3 | Training for frontline staff on responding to disclosures | North Norfolk District Council | Mar 2026 | "
         "On track |\n"
         "| 4 | Commission a 26-week group programme for men | OPCC Norfolk | Dec 2025 | Complete |\n"
         "| 5 | Publish a guide for employers | Broadland Community Trust | Nov 2025 | Complete |\n"
         "| 6 | Coercive control briefing for GP practices | Designated Nurse, Safeguarding | Sep 2025 | Complete |\n")


def test_an_action_plans_owner_of_work_done_is_read():
    got = _organisations(_PLAN)
    assert {(5, "Wensum Women's Aid", "survivor_support_provider"), (6, "Wensum Women's Aid", "survivor_support_provider"),
            (7, "North Norfolk District Council", "delivery_partner")} <= got


def test_an_action_plans_commissioning_and_publishing_rows_give_no_delivery():
    got = _organisations(_PLAN)
    assert not any(line in (8, 9) and role in ("delivery_partner", "survivor_support_provider")
                   for line, _n, role in got)
    assert not any(line == 10 for line, _n, _r in got)


def test_a_table_without_an_action_and_owner_column_is_no_action_plan():
    from funding.parse.releases.organisations import _action_owner
    seen = []
    assert _action_owner(["Partner support", "Wensum Women's Aid", "Running"], ["service", "provider", "status"], 5,
                         lambda *a: seen.append(a)) is None
    assert seen == []


# --- A housing body in a funding partners' column pays; a body employing the caseworker delivers the work ----------

def test_a_housing_body_in_a_funding_partner_column_is_a_funder():
    text = ("Norfolk perpetrator work\n\nProposed contributions by funding partner (£):\n\n"
            "Funding partner                              2026-27    2027-28      Total\n"
            "Norwich City Council                          18,000     18,000     36,000\n"
            "Broadland Homes                               16,750     17,250     34,000\n"
            "TOTAL                                         34,750     35,250     70,000\n")
    got = _organisations(text)
    assert (7, "Broadland Homes", "funder") in got and (6, "Norwich City Council", "funder") in got


def test_a_ministry_named_in_a_funder_column_is_not_read_as_a_housing_body():
    from funding.parse.releases.organisations import _PAID_HEADER
    assert _PAID_HEADER.fullmatch("funding partner") and not _PAID_HEADER.fullmatch("delivery partner")


@pytest.mark.parametrize("sentence", [
    "Ouse Change CIC will employ the caseworker, who will be a named worker for each tenant referred.",
    "Ouse Change CIC employs the two case managers for the pilot.",
    "Ouse Change CIC will host the new facilitators for the group course.",
])
def test_a_body_employing_the_works_caseworkers_delivers_it(sentence):
    assert (3, "Ouse Change CIC", "delivery_partner") in _organisations("Norfolk perpetrator work\n\n" + sentence + "\n")


def test_a_body_employing_staff_for_other_things_is_no_delivery_partner():
    got = _organisations("Norfolk perpetrator work\n\nOuse Homes employs 40 staff across the county.\n")
    assert (3, "Ouse Homes", "delivery_partner") not in got
