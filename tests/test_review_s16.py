"""Review of the sixteenth session's reader changes: each case read wrongly (or, for the heading, for minutes) by the
merged tuners' rules, before the fix beside it.  Invented texts."""

from __future__ import annotations

from release_probe import awards_by_key, read


def _orgs(text: str) -> set[tuple[str, str]]:
    return {(o.organisation, o.role) for o in read(text).organisations}


def test_an_all_capitals_heading_is_read_and_not_taken_for_a_name_only_line():
    # (organisations._NAME_ONLY tried every split of a capitalised word: this heading took minutes)
    text = ("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR KENT: FUNDING NEWS.\n\n"
            "The Kent Commissioner's Office has awarded £90,000 to Safe Steps CIC for a course.\n")
    assert ("Safe Steps CIC", "recipient") in _orgs(text)


def test_the_last_grant_received_is_an_earlier_sum_not_the_rest_of_this_one():
    got = awards_by_key("Kent has been awarded £100,000 by the Home Office for 2025-26.\n"
                        "Of that, £60,000 pays for the groups and £40,000 for partner support.\n"
                        "The last £20,000 grant Kent received, in 2022, paid for a pilot.\n")
    assert got[(3, 20000)].funding_role != "part" and got[(3, 20000)].part_of_line is None


def test_a_year_in_a_new_clause_is_not_the_figure_befores():
    got = awards_by_key("Kent has been awarded £90,000 by the Home Office for its perpetrator work in 2025/26. "
                        "£40,000 was spent and in 2026/27 the council will add £20,000.\n")
    assert (got[(1, 20000)].period_start, got[(1, 20000)].period_end) == ("2026-27", "2026-27")


def test_a_grant_that_has_more_than_last_year_holds_no_piece():
    got = awards_by_key("Kent has been awarded £90,000 by the Home Office for its perpetrator work in 2025/26.\n"
                        "The council's grant has £25,000 more than last year's.\n")
    assert got[(2, 25000)].part_of_line is None


def test_a_service_seen_by_an_inspectorate_gives_no_delivery_partner():
    orgs = _orgs("Kent has £90,000 from the Home Office for a course for men.\n"
                 "The service was seen by HM Inspectorate of Probation as good.\n")
    assert not any(name == "HM Inspectorate of Probation" for name, _ in orgs)


def test_an_inspectorates_report_is_not_the_evaluation():
    orgs = _orgs("Kent has £90,000 from the Home Office for a course for men. An independent evaluation is planned.\n"
                 "A report from HM Inspectorate of Probation in 2024 praised Kent Police.\n")
    assert ("HM Inspectorate of Probation", "evaluator") not in orgs


def test_a_sentence_with_dashes_and_a_date_is_not_a_byline():
    orgs = _orgs("Kent has £90,000 from the Home Office for a course for men.\n"
                 "The Office of the Police and Crime Commissioner for Kent - which commissioned the course on "
                 "2 April 2025 - says every place on it is now full.\n")
    assert ("Office of the Police and Crime Commissioner for Kent", "commissioner") in orgs
