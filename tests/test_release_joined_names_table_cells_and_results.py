"""Mechanisms behind the reader's misses on components, outcomes, organisations and people in
the round's new tune releases, each checked on invented paraphrases (never a corpus sentence), both ways."""

from __future__ import annotations

import pytest

from funding.parse.releases import extract_organisations, extract_release


def roles(text: str) -> set[tuple[int, str, str]]:
    return {(o.source_line, o.organisation, o.role) for o in extract_organisations(text, "invented.txt")}


GRANT = "Cumbria's commissioner has been given £300,000 by the Home Office for 2025-26 for a perpetrator programme.\n"


# --- a council or combined authority named by places joined by "and" is one body ------------------------------------

@pytest.mark.parametrize("sentence, name, role", [
    ("Cheshire West and Chester Council has put in a further £18,000 for the same year for a family worker.",
     "Cheshire West and Chester Council", "match_funder"),
    ("Telford and Wrekin Council has added £15,000 to the grant to pay for a family worker.",
     "Telford and Wrekin Council", "match_funder"),
    ("Redcar and Cleveland Borough Council will refer families to the service.",
     "Redcar and Cleveland Borough Council", "referrer"),
    ("Schools and Cheshire West and Chester Council's social workers can refer families.",
     "Cheshire West and Chester Council", "referrer"),
    ("Cambridgeshire and Peterborough Combined Authority holds the grant and commissions the course.",
     "Cambridgeshire and Peterborough Combined Authority", "commissioner"),
    ("The grant will be managed by York and North Yorkshire Combined Authority, which took over the commissioner's work.",
     "York and North Yorkshire Combined Authority", "commissioner"),
])
def test_an_authority_named_by_places_joined_by_and_is_one_body(sentence, name, role):
    got = roles(GRANT + sentence)
    assert (2, name, role) in got
    halves = {n for _, n, _ in got if n != name and n in name}  # no half of the name as a body of its own
    assert not halves, halves


def test_two_councils_joined_by_and_are_still_two_bodies():
    got = roles(GRANT + "Barrow Borough Council and Carlisle City Council will each add £10,000 to the grant.")
    assert {n for line, n, _ in got if line == 2} == {"Barrow Borough Council", "Carlisle City Council"}


# --- a table row's provider cell: the work described in sentence case, then its body in brackets or after a colon ----

TABLE = """Cumbria's commissioner has been given £415,000 by the Home Office for 2025-26 for perpetrator work.

| Work (provider) | 2025-26 |
|---|---|
| Partner support (Tarn Women's Aid) | £90,000 |
| Stalking work, one to one (Kent Valley Clinic) | £60,000 |
| Evaluation (Kendal Research Unit) | £15,000 |
| **Total** | **£165,000** |

| Work and provider | Home Office | Council | Total |
|---|---:|---:|---:|
| Group course for men, 26 weeks: Eden Change CIC | £200,000 | £20,000 | £220,000 |
| Independent evaluation, 2025-26: Solway Evidence Partnership | £30,000 | – | £30,000 |
| **Total** | **£230,000** | **£20,000** | **£250,000** |
| Staff posts (FTE) | 3.5 | 0.5 | 4.0 |
| Men expected to start | | | 180 |
"""


def test_a_row_cell_describing_the_work_names_only_the_body_it_brackets_or_follows_with_a_colon():
    got = {(line, name, role) for line, name, role in roles(TABLE)}
    for line, name in ((5, "Tarn Women's Aid"), (6, "Kent Valley Clinic"), (7, "Kendal Research Unit"),
                       (12, "Eden Change CIC"), (13, "Solway Evidence Partnership")):
        assert (line, name, "recipient") in got
    # the evaluation rows' bodies evaluate as well as receive (the corpus's 'Evaluation money' convention)
    assert {(7, "Kendal Research Unit", "evaluator"), (13, "Solway Evidence Partnership", "evaluator")} <= got
    # the description's opening word and a row of posts or people are no body
    assert not {n for _, n, _ in got} & {"Partner", "Stalking", "Evaluation", "Group", "Independent", "Staff", "FTE", "Men"}
    assert not {line for line, _, _ in got} & {15, 16}


def test_a_body_cell_with_its_place_in_brackets_keeps_the_body():
    text = ("Cumbria's commissioner has been given £100,000 by the Home Office for 2025-26.\n\n"
            "| Provider | 2025-26 |\n|---|---|\n| Eden Change CIC (Penrith) | £60,000 |\n| Solway Women's Aid | £40,000 |\n")
    got = roles(text)
    assert (5, "Eden Change CIC", "recipient") in got and (6, "Solway Women's Aid", "recipient") in got


# --- a grant schedule's clause codes and defined terms are no part of a body's name, nor bodies ----------------------

def test_a_clause_code_before_a_body_and_a_defined_term_are_not_names():
    text = GRANT + (
        "B2  Carlisle City Council will add £25,000 to the grant in 2025-26.\n"
        "D4  Eden Research Unit will evaluate the programme, paid £15,000 from the commissioner's own budget.\n"
        "B1  The Commissioner will pay Kendal Change CIC a Grant Sum of £90,000 over the Grant Period, made up of "
        "£45,000 for 2025-26 and £45,000 for 2026-27.\n")
    got = roles(text)
    assert (2, "Carlisle City Council", "match_funder") in got
    assert {(3, "Eden Research Unit", "evaluator"), (3, "Eden Research Unit", "recipient")} <= got
    assert (4, "Kendal Change CIC", "recipient") in got
    names = {n for _, n, _ in got}
    assert not {n for n in names if n[:2] in ("B2", "D4", "B1")}
    assert not names & {"Grant Period", "Grant Sum", "Funding Period"}


# --- an evaluator paid by a pronoun in the next sentence of its line is also a recipient -----------------------------

@pytest.mark.parametrize("sentence, name", [
    ("Eden Research Unit will evaluate the course. The commissioner is paying it £15,000 from his own budget.",
     "Eden Research Unit"),
    ("Kendal Evidence Partnership has been appointed to evaluate the service; it will receive £12,000 over the two years.",
     "Kendal Evidence Partnership"),
    ("Solway Research Ltd will evaluate the pilot. It will be paid £9,500 from the grant.", "Solway Research Ltd"),
])
def test_an_evaluator_paid_by_a_pronoun_on_its_line_is_recipient_and_evaluator(sentence, name):
    got = roles(GRANT + sentence)
    assert {(2, name, "evaluator"), (2, name, "recipient")} <= got


def test_an_evaluator_is_not_the_recipient_of_a_sum_paid_to_another_body():
    got = roles(GRANT + "Tarn Research Unit will evaluate the course. The commissioner has paid £20,000 to Eden Change "
                        "CIC for the groups.")
    assert (2, "Tarn Research Unit", "evaluator") in got and (2, "Tarn Research Unit", "recipient") not in got
    assert (2, "Eden Change CIC", "recipient") in got


# --- outcomes ---------------------------------------------------------------------------------------------------------

def results(text: str, suffix: str = "md") -> set[tuple]:
    release = extract_release(text, f"invented.{suffix}", published="2025-06")
    return {(o.source_line, o.value, o.base, o.about, o.status) for o in release.outcomes}


OUTPUT_TABLES = GRANT + """
| Measure | 2025-26 | 2026-27 |
|---|---|---|
| Men referred (at least) | 220 | 240 |
| Men expected to complete the course | 80 | 90 |

| Measure | Target | Actual |
|---|---|---|
| Men completing the course | 200 | 184 |

| Outputs | 2025-26 | 2026-27 |
|---|---|---|
| Partners offered support | 120 | 130 |

| Measure | 2024-25 |
|---|---|
| Men who completed the course | 61 |
"""


def test_a_table_row_or_column_stating_an_aim_gives_expected_figures_and_the_rest_stay_reported():
    got = {(line, value): status for line, value, _, _, status in results(OUTPUT_TABLES)}
    for key in ((5, 220.0), (5, 240.0), (6, 80.0), (6, 90.0), (10, 200.0), (14, 120.0), (14, 130.0)):
        assert got.get(key) == "expected", key
    assert got.get((10, 184.0)) == "reported"  # the 'Actual' column
    assert got.get((18, 61.0)) == "reported"  # a results table with no aim in it


@pytest.mark.parametrize("sentence", [
    "High-risk case management is paid from the commissioner's own budget. Each case manager holds about 15 men.",
    "Every caseworker carries up to 12 cases at once, the report says.",
    "A key worker will work with no more than 10 families.",
])
def test_a_workers_caseload_is_no_outcome(sentence):
    assert not {o for o in results(GRANT + sentence, "txt") if o[0] == 2}


def test_a_count_of_what_was_done_beside_a_caseload_stays():
    got = results(GRANT + "Last year the service worked with 58 men, and 36 of them completed the course.", "txt")
    assert (2, 36.0, 58.0, "perpetrators", "reported") in got


def test_bare_figures_in_a_table_in_thousands_of_pounds_are_no_counts():
    text = GRANT + """
| Service | Home Office (£000) | Own budget (£000) | Total (£000) |
|---|---|---|---|
| Group course for men | 248.6 | 30.0 | 278.6 |
| One-to-one work for women | 41.5 | – | 41.5 |
"""
    assert not {o for o in results(text) if o[0] in (5, 6)}


@pytest.mark.parametrize("text, line, value", [
    (GRANT + "In 2024-25 the police and the probation service referred 143 men to the course.", 2, 143.0),
    (GRANT + "Children's services referred about 60 young people to the family programme last year.", 2, 60.0),
    (GRANT + "\n| Measure | 2024-25 |\n|---|---|\n| People referred | 98 |\n", 5, 98.0),
])
def test_a_count_of_people_referred_is_a_count_of_referrals(text, line, value):
    assert (line, value, None, "referrals", "reported") in results(text)


def test_a_count_of_people_who_completed_is_still_about_perpetrators():
    text = GRANT + "Last year 52 men completed the course.\n\n| Measure | 2024-25 |\n|---|---|\n| Men who completed | 50 |\n"
    got = results(text)
    assert (2, 52.0, None, "perpetrators", "reported") in got and (6, 50.0, None, "perpetrators", "reported") in got


# --- components: support given to each partner, the partner as the indirect object -----------------------------------

def kinds(text: str) -> set[tuple[int, str]]:
    return {(c.source_line, c.component) for c in extract_release(text, "invented.txt", published="2025-06").components}


@pytest.mark.parametrize("sentence", [
    "Solway Women's Aid will give each partner and ex-partner a named support worker while the man is on the course.",
    "The charity assigns every current or former partner of a man on the programme a support worker.",
    "Eden Outreach offers support to his partner or ex-partner for as long as he attends.",
])
def test_support_given_to_each_partner_is_partner_support(sentence):
    assert (2, "partner_support") in kinds(GRANT + sentence)


def test_a_support_worker_for_each_man_is_no_partner_support():
    got = kinds(GRANT + "The service gives each man a named support worker while he is on the course.")
    assert (2, "partner_support") not in got
