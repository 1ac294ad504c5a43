"""Programme components and conflicts (branch ``p4``): invented texts, the corpus README's conventions."""

from __future__ import annotations

import pytest

from tests.release_probe import read


def comps(text: str) -> dict[tuple[int, str], object]:
    """The components read from ``text`` outside quotes, keyed by (line, component)."""
    return {(c.source_line, c.component): c for c in read(text).components if not c.in_quote}


# --- a determiner before a programme's noun ("Both courses", "All groups") is no brand --------------------------------

@pytest.mark.parametrize("text, name", [
    ("Both courses follow Kestrel, a 22-week behaviour change group programme for men.\n\n"
     "Partners of men on Kestrel are rung by a worker from Alder House.", "Kestrel"),
    ("All programmes use Waymark, an 18-week group course for fathers.\n\n"
     "The partners of fathers on Waymark get a call within a week.", "Waymark"),
])
def test_a_determiner_is_no_programme_name(text, name):
    got = comps(text)
    assert got[(1, "named_programme")].programme_name == name
    assert got[(3, "named_programme")].programme_name == name  # the name again where people are said to be on it


# --- a short line putting people on a named programme describes it, with or without a full stop ------------------------

@pytest.mark.parametrize("text, cohorts", [
    ("Tidewater, a 24-week group course for men, is run by Harl Change.\n\n- Case worker: each man on Tidewater.",
     ("men",)),
    ("<p>Tidewater is a 24-week group course for men.</p>\n<ul>\n<li>help for the partners of men on Tidewater</li>\n</ul>",
     ("men",)),
    ("Tidewater is a 24-week group course for men.\n\nEach person on Tidewater has a named worker.", ()),
])
def test_people_put_on_a_named_programme_in_a_short_line(text, cohorts):
    got = [c for c in read(text, "invented.html" if text.startswith("<") else "invented.txt").components
           if c.component == "named_programme" and c.source_line > 1]
    assert [(c.programme_name, c.cohorts) for c in got] == [("Tidewater", cohorts)]


def test_a_labelled_title_line_naming_a_programme_is_still_not_described():
    text = "Tidewater is a 24-week group course for men.\n\nContact: Tidewater"
    assert (3, "named_programme") not in comps(text)


# --- a sentence opening "Named X," names the service it describes ------------------------------------------------------

@pytest.mark.parametrize("opening", ["Named Northstar", "Called Northstar", "Known as Northstar"])
def test_a_name_given_by_an_opening_participle(opening):
    got = comps(f"{opening}, the service offers each man referred up to 14 one-to-one sessions.")
    assert got[(1, "named_programme")].programme_name == "Northstar"


# --- a case manager's own length is not the named programme's -----------------------------------------------------------

def test_a_case_managers_length_is_not_the_named_programmes():
    text = ("Northstar is a 20-week group course for men.\n\n"
            "Everyone on Northstar will also get a case manager from the local force, who will stay with them for up to "
            "ten months.")
    got = comps(text)
    assert got[(3, "case_management")].duration_value == 10
    assert got[(3, "named_programme")].duration_value is None


# --- a programme named as what is evaluated is not a service described --------------------------------------------------

def test_a_named_programme_being_evaluated_is_no_component():
    text = ("Northstar Way is a 20-week group course for men.\n\n"
            "7. Fellgate Research will evaluate Northstar Way over its second year.")
    assert (3, "named_programme") not in comps(text)


# --- a list item labelling a count of partners is a result --------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "* Partners offered support: 140; accepted: 97",
    "- Partners given support: 88 (61 took it up)",
    "Partners offered support: 61",
])
def test_a_labelled_count_of_partners_is_no_partner_support(line):
    text = "Alder House supports the partners of men on the group course.\n\nResults\n\n" + line
    got = comps(text)
    assert (1, "partner_support") in got
    assert (5, "partner_support") not in got


# --- case management for high-harm people over a stated time is high-harm work too --------------------------------------

@pytest.mark.parametrize("text, cohorts", [
    ("3. Women assessed as high-harm will get a case manager who works with each of them for up to nine months.",
     ("high_harm", "women")),
    ("The extra money buys case management for high-harm perpetrators, with a case manager working with each man for up "
     "to a year.", ("high_harm",)),
    ("The office pairs every high-harm perpetrator with a case manager for up to 14 months.", ("high_harm",)),
])
def test_harm_named_people_case_managed_for_a_time_are_high_harm_work(text, cohorts):
    got = comps(text)
    assert got[(1, "high_harm")].cohorts == cohorts
    assert got[(1, "high_harm")].duration_value is None  # (the length is the case manager's)
    assert got[(1, "case_management")].duration_value is not None


@pytest.mark.parametrize("text", [
    "Each man assessed as high risk also has a case manager.",
    "A case manager for each man judged to pose a high risk, based at the police station.",
    "£40,000 pays for case management for the highest-risk perpetrators.",
])
def test_case_managers_for_risky_people_alone_are_no_high_harm_work(text):
    got = comps(text)
    assert (1, "case_management") in got
    assert (1, "high_harm") not in got


# corpus README, "High-harm components": case management for people named by the harm they do is high-harm work, with
# or without a length, in prose or a table's label cell; the length stays the case manager's
@pytest.mark.parametrize("text, cohorts", [
    ("A case manager for each high-harm perpetrator, based at the police station.", ("high_harm",)),
    ("The grant pays for three case managers for men rated as high harm in the north of the county.", ("high_harm", "men")),
    ("Men assessed as posing high harm will have a case manager for up to 15 months.", ("high_harm", "men")),
    ("Case managers stay with men the police assess as high harm for up to 18 months.", ("high_harm", "men")),
    ("| Case management (high harm) | £118,900 |", ("high_harm",)),
    ("It adds a second case manager for high-harm perpetrators in the east of the county.", ("high_harm",)),
])
def test_case_management_for_harm_named_people_is_high_harm_work(text, cohorts):
    got = comps(text)
    assert (1, "case_management") in got
    assert got[(1, "high_harm")].cohorts == cohorts
    assert got[(1, "high_harm")].duration_value is None


def test_a_high_harm_service_named_after_its_people_is_kept():
    got = comps("Men judged as high risk get a case manager through the county's high-harm service.")
    assert (1, "high_harm") in got


def test_a_high_harm_worker_is_high_harm_work():
    got = comps("The top-up pays for a high-harm worker who acts as case manager for a small caseload.")
    assert (1, "high_harm") in got


# --- sessions counted after the noun: "sessions, up to 12 of them" -------------------------------------------------------

def test_a_count_of_sessions_after_the_noun_with_of_them():
    got = comps("The money goes on one-to-one sessions, up to 14 of them, for women who cannot join a group.")
    assert (got[(1, "one_to_one")].duration_value, got[(1, "one_to_one")].duration_unit) == (14, "session")


# --- a round's or pot's purpose is not a component -----------------------------------------------------------------------

def test_a_rounds_purpose_is_no_component():
    got = comps("The ministry has named the shares of its £41 million round for domestic abuse perpetrator programmes.")
    assert (1, "behaviour_change_programme") not in got


# === conflicts ==========================================================================================================
# Where a rule guards against pieces the amount reader may give the wrong whole, the awards are stated directly and only
# the conflict layer is run (as tests/test_cf_conflicts.py does).

from dataclasses import replace as _replace  # noqa: E402

from funding.core.money import Amount  # noqa: E402
from funding.parse.releases.conflicts import release_conflicts  # noqa: E402
from funding.parse.releases.records import LocalAward, LocalRelease  # noqa: E402
from funding.parse.releases.text import prepare  # noqa: E402
from funding.tables.releases import award_conflicts, release_frames  # noqa: E402

WEST = "E23000033"
EAST = "E23000034"


def _award(line, pounds, role, text, part_of=None, funder="Home Office", area=WEST, years=("2025-26", "2025-26"),
           shared_by=(), funder_basis="sentence", rounded=False):
    amount = Amount(pounds * 100, 1_000_000, "rounded", text) if rounded else Amount(pounds * 100, 100, "exact", text)
    return LocalAward("invented.txt", line, area, "clause", years[0], "sentence", funder, funder_basis, role,
                      amount, years[0], years[1], part_of, shared_by)


def _layer(text, awards):
    """The disagreements the conflict layer finds among ``awards`` stated directly for ``text``."""
    return [(c.kind, c.lines) for c in release_conflicts(prepare(text, "invented.txt"), awards, (), "2025-06")
            if c.kind in ("different_amount", "parts_do_not_sum")]


def test_one_stated_piece_of_a_total_is_a_share_not_a_division():
    text = ("A new service for people who stalk will open in Norfolk, backed by £412,000 in all across 2026-27 and "
            "2027-28.\nThe Home Office is paying £330,000 of that, and the Commissioner is adding £82,000 from her own "
            "budget to the grant.\n")
    assert [c for c in read(text).conflicts if c.kind == "parts_do_not_sum"] == []


def test_a_remainder_left_over_is_no_division_of_the_total():
    text = "By our count the sums named so far come to £612,500 in all, leaving about £480,000 for later.\n"
    awards = [_award(1, 612_500, "total", "£612,500", funder=""),
              _award(1, 480_000, "part", "£480,000", part_of=1, funder="")]
    assert _layer(text, awards) == []


def test_pieces_adding_up_to_another_stated_sum_divide_that_sum():
    text = ("The commissioner is spending £900,000 of her own budget on the work.\n"
            "Westshire has also been given £687,200 by the Home Office.\n"
            "Of the commissioner's money, £700,000 pays for the group course and £200,000 for advocates.\n")
    awards = [_award(1, 900_000, "own_funding", "£900,000", funder="PCC"),
              _award(2, 687_200, "grant", "£687,200"),
              _award(3, 700_000, "part", "£700,000", part_of=2),
              _award(3, 200_000, "part", "£200,000", part_of=2)]
    assert _layer(text, awards) == []


def test_a_yearly_split_of_another_sum_is_not_short_of_the_total():
    text = ("The package comes to £500,000 in all.\nThe grant is £400,000.\n"
            "The grant is profiled as £190,000 for 2026/27 and £210,000 for 2027/28.\n"
            "A further £25,000 is set aside for interpreters.\n")
    awards = [_award(1, 500_000, "total", "£500,000", funder=""),
              _award(2, 400_000, "grant", "£400,000"),
              _award(3, 190_000, "part", "£190,000", part_of=1),
              _award(3, 210_000, "part", "£210,000", part_of=1),
              _award(4, 25_000, "part", "£25,000", part_of=1)]
    assert _layer(text, awards) == []


def test_pieces_that_really_fall_short_still_disagree():
    text = ("The package comes to £500,000 in all.\n"
            "It is made up of £300,000 for the group course, £150,000 for partner support and £40,000 for training.\n")
    awards = [_award(1, 500_000, "total", "£500,000", funder=""),
              _award(2, 300_000, "part", "£300,000", part_of=1),
              _award(2, 150_000, "part", "£150,000", part_of=1),
              _award(2, 40_000, "part", "£40,000", part_of=1)]
    assert _layer(text, awards) == [("parts_do_not_sum", (1, 2))]


def test_a_share_of_a_joint_award_is_not_the_areas_whole_award():
    text = ("Westshire and Eastshire will share £600,000 for a joint stalking service.\n"
            "Westshire's share is £290,000 and Eastshire's is £310,000.\n\n"
            "On top of its share, Eastshire gets £295,000 for a child-to-parent programme.\n")
    awards = [_award(1, 600_000, "grant", "£600,000", area="", shared_by=(WEST, EAST)),
              _award(2, 290_000, "part", "£290,000", part_of=1),
              _award(2, 310_000, "part", "£310,000", part_of=1, area=EAST),
              _award(4, 295_000, "grant", "£295,000", area=EAST)]
    assert _layer(text, awards) == []


def test_restating_words_bind_to_the_figure_they_name():
    text = ("Lancaster will put £1.2m into the work over 2026-28.\n"
            "The Home Office grant provides £940,000 of that, the commissioner's fund £200,000 and the councils £80,000 "
            "between them.\n"
            "The Ministry of Justice is paying £92,000 for an advocate in 2026/27, separate from the package above.\n")
    awards = [_award(2, 940_000, "part", "£940,000", part_of=1, years=("2026-27", "2027-28")),
              _award(2, 200_000, "grant", "£200,000", funder="PCC", years=("", "")),
              _award(2, 80_000, "grant", "£80,000", funder="", years=("", "")),
              _award(3, 92_000, "grant", "£92,000", funder="Ministry of Justice", years=("2026-27", "2026-27"))]
    assert _layer(text, awards) == []


def test_a_restated_grant_with_no_year_still_disagrees():
    text = ("Westshire's Home Office grant for 2024-25 is £358,400.\n"
            "An earlier version of this page said the grant was £385,000.\n")
    awards = [_award(1, 358_400, "grant", "£358,400", years=("2024-25", "2024-25")),
              _award(2, 385_000, "grant", "£385,000", years=("", ""))]
    assert ("different_amount", (1, 2)) in _layer(text, awards)


def _award_rows(awards):
    release = LocalRelease("invented.txt", WEST, tuple(awards), (), (), (), ())
    return [(c.line_a, c.line_b) for c in award_conflicts(release_frames([release])["local_awards"])
            if c.compatible is False]


def test_two_firm_grants_for_different_years_are_two_sums():
    awards = [_award(1, 236_500, "grant", "£236,500", years=("2025-26", "2026-27")),
              _award(3, 298_000, "grant", "£298,000", years=("2025-26", "2025-26"))]
    assert _award_rows(awards) == []


def test_two_firm_grants_for_the_same_years_still_disagree():
    awards = [_award(1, 286_500, "grant", "£286,500"), _award(3, 268_500, "grant", "£268,500")]
    assert len(_award_rows(awards)) == 1


def test_a_figure_repeating_another_lines_statement_agrees_with_it():
    # "rises from £300,000 to £361,000" (line 1), "An earlier report printed the figure as £283,000. The figure in the
    # agreement is £300,000." (line 4): the £300,000 on line 4 repeats line 1's, and does not disagree with £361,000
    awards = [_award(1, 300_000, "grant", "£300,000", years=("2026-27", "2026-27"), rounded=True),
              _award(1, 361_000, "grant", "£361,000", years=("2026-27", "2026-27")),
              _award(4, 283_000, "grant", "£283,000", years=("2026-27", "2026-27")),
              _award(4, 300_000, "grant", "£300,000", years=("2026-27", "2026-27"), rounded=True)]
    assert _award_rows(awards) == [(4, 1)]  # (the £283,000 still disagrees)


def test_two_lines_each_printing_both_figures_still_disagree():
    awards = [_award(2, 298_500, "grant", "£298,500"), _award(2, 289_500, "grant", "£289,500"),
              _award(6, 298_500, "grant", "£298,500"), _award(6, 289_500, "grant", "£289,500")]
    assert _award_rows(awards)


# === components: what a line says that is not a service described (second round) =======================================

def test_a_family_support_team_names_who_delivers_not_whole_family_work():
    got = comps("The council's family support teams deliver one-to-one work with young people aged 13 to 16 who are "
                "violent towards a parent.")
    assert (1, "whole_family") not in got
    assert (1, "child_adolescent_to_parent") in got


@pytest.mark.parametrize("text", [
    "The stalking advocate supported 84 victims during 2025.",
    "Our two IDVAs helped 112 survivors last year.",
])
def test_a_count_of_victims_supported_is_a_result(text):
    assert (1, "idva_or_advocate") not in comps(text)


def test_a_count_of_those_counted_before_is_a_result():
    text = "Advocates reported that the stalking had stopped in 17 of those 21 cases."
    assert (1, "idva_or_advocate") not in comps(text)


def test_a_grants_purpose_naming_two_kinds_of_people_is_no_component():
    text = ("Westshire's commissioner has been awarded £655,000 by the Home Office to work with serial domestic abuse "
            "perpetrators and people who stalk, from April 2025.")
    got = comps(text)
    assert (1, "high_harm") not in got and (1, "stalking_intervention") not in got


def test_a_body_overseeing_a_programme_is_no_component():
    assert (1, "behaviour_change_programme") not in comps(
        "The deputy commissioner chairs the perpetrator programme board, which meets in March.")


def test_a_budget_line_named_after_its_payer_is_no_helpline():
    text = "3.1 The 2025/26 Home Office line now includes the money carried forward from last year."
    assert (1, "helpline") not in comps(text)
