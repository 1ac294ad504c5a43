"""A round-up's framing: the funder and period its opening gives the round, read into each area's figure.

Invented texts about several areas at once; the facts follow the corpus README's conventions.
"""

from __future__ import annotations

from release_probe import awards_by_key


def test_another_funders_own_figure_does_not_hide_the_rounds_funder():
    # "£41,000 of Ministry of Justice victims' funding" names whose that one figure is: the round stays the Home Office's
    got = awards_by_key(
        "The Home Office's perpetrator programme is worth £40 million over 2025-26 and 2026-27.\n"
        "Here is what the Midlands areas have been given by the department.\n"
        "Warwickshire has been allocated £310,000 over the two years.\n"
        "West Mercia has been allocated £455,500 over the two years.\n"
        "Staffordshire also gets £41,000 of Ministry of Justice victims' funding for 2025-26 for a partner support worker.\n"
        "Leicestershire has been allocated £402,000 over the two years.\n")
    assert got[(3, 310000)].funder == "Home Office"
    assert got[(4, 455500)].funder == "Home Office"
    assert got[(6, 402000)].funder == "Home Office"
    assert got[(5, 41000)].funder == "Ministry of Justice"


def test_from_the_ministry_on_the_same_line_is_that_figures_own():
    got = awards_by_key(
        "Allocations from the Home Office fund for 2025/26 were published this week.\n"
        "Durham receives £288,000.\n"
        "Cleveland receives £301,500.\n"
        "Northumbria receives £512,000, and also £27,500 from the Ministry of Justice for an advocate.\n")
    assert [got[k].funder for k in ((2, 288000), (3, 301500), (4, 512000))] == ["Home Office"] * 3
    assert got[(4, 27500)].funder == "Ministry of Justice"


def test_funders_each_named_only_with_their_own_figures_frame_nothing():
    # a provider's round-up where each service has its own funders: no figure takes a funder it is not given
    got = awards_by_key(
        "Each of our services has its own funders.\n"
        "Kent's commissioner has given us £182,000 of Home Office money for 2025-26.\n"
        "Sussex's Ministry of Justice victims' funding pays £31,000 for a partner support worker.\n"
        "Surrey's council has given us £50,000 for the year.\n")
    assert got[(2, 182000)].funder == "Home Office"
    assert got[(4, 50000)].funder != "Home Office"
    assert got[(4, 50000)].funder != "Ministry of Justice"


def test_the_two_forces_under_a_heading_share_one_award_and_the_elided_shares_are_its_parts():
    got = awards_by_key(
        "The Home Office has published its allocations for 2025-26.\n"
        "\n"
        "CLEVELAND AND DURHAM\n"
        "The two forces bid jointly and will share £780,000.\n"
        "Durham gets £350,000 of it and Cleveland £430,000.\n")
    whole = got[(4, 780000)]
    assert whole.funding_role == "grant" and whole.pfa_code == ""
    assert set(whole.shared_by) == {"E23000008", "E23000013"}
    assert (got[(5, 350000)].pfa_code, got[(5, 350000)].funding_role, got[(5, 350000)].part_of_line) == ("E23000008", "part", 4)
    assert (got[(5, 430000)].pfa_code, got[(5, 430000)].funding_role, got[(5, 430000)].part_of_line) == ("E23000013", "part", 4)


def test_both_areas_of_a_bold_run_in_share_one_award():
    got = awards_by_key(
        "Money from the Home Office fund for 2025-26:\n"
        "- **Dorset and Devon and Cornwall.** Both areas will share £900,000 under one contract. "
        "Devon and Cornwall receives £600,000 of it, Dorset £300,000.\n")
    assert set(got[(2, 900000)].shared_by) == {"E23000035", "E23000039"}
    assert got[(2, 900000)].pfa_code == ""
    assert got[(2, 300000)].funding_role == "part" and got[(2, 300000)].part_of_line == 2
    assert got[(2, 300000)].pfa_code == "E23000039"


def test_three_shares_listed_with_their_verb_left_out_are_all_parts():
    got = awards_by_key(
        "Lancashire, Cumbria and Merseyside\n"
        "The three commissioners applied together and will share £1,200,000 of Home Office money for 2025-26.\n"
        "Of that, Lancashire takes £500,000, Merseyside £450,000 and Cumbria £250,000.\n")
    assert set(got[(2, 1200000)].shared_by) == {"E23000002", "E23000003", "E23000004"}
    for pounds in (500000, 450000, 250000):
        assert got[(3, pounds)].funding_role == "part" and got[(3, pounds)].part_of_line == 2
    assert got[(3, 450000)].funding_role != "grant"


def test_the_two_forces_with_no_areas_named_before_share_nothing_invented():
    # no heading or run-in names the areas: no shared award is made up
    got = awards_by_key(
        "The Home Office has published its allocations for 2025-26.\n"
        "The two forces bid jointly and will share £780,000.\n")
    assert got[(2, 780000)].shared_by == ()


def test_the_years_of_a_figure_compared_with_are_not_the_new_awards():
    got = awards_by_key(
        "Durham has been awarded £300,000 by the Home Office, up from £240,000 in 2023-24.\n"
        "Of it, £200,000 goes to a group programme.\n")
    assert (got[(1, 240000)].period_start, got[(1, 240000)].period_end) == ("2023-24", "2023-24")
    assert got[(1, 300000)].period_start == ""  # (not the compared figure's year)
    assert got[(2, 200000)].part_of_line == 1 and got[(2, 200000)].period_start == ""


def test_pieces_after_a_comparison_are_of_the_award_not_the_compared_figure():
    got = awards_by_key(
        "The Home Office grant round covers 2026-27 only.\n"
        "Kent receives £510,000 from the Home Office this time, compared to £620,000 across the 2022-24 round.\n"
        "Most of it, £400,000, pays for group work.\n")
    assert (got[(2, 620000)].period_start, got[(2, 620000)].period_end) == ("2022-23", "2023-24")
    assert (got[(2, 510000)].period_start, got[(2, 510000)].period_end) == ("2026-27", "2026-27")
    assert (got[(3, 400000)].period_start, got[(3, 400000)].period_end) == ("2026-27", "2026-27")


def test_a_sum_several_unnamed_forces_get_between_them_is_a_total_that_frames_the_years():
    got = awards_by_key(
        "Forces in the North East are to be given £1,900,000 between them by the Home Office.\n"
        "This year the money covers 2025/26 only.\n"
        "Durham has been allocated £650,000.\n"
        "Cleveland has been allocated £600,000.\n"
        "Northumbria has been allocated £650,000.\n")
    lead = got[(1, 1900000)]
    assert (lead.funding_role, lead.pfa_code, lead.funder) == ("total", "", "Home Office")
    assert (lead.period_start, lead.period_end) == ("2025-26", "2025-26")
    for line, pounds in ((3, 650000), (4, 600000), (5, 650000)):
        assert got[(line, pounds)].funding_role == "grant"
        assert (got[(line, pounds)].period_start, got[(line, pounds)].period_end) == ("2025-26", "2025-26")


def test_the_funding_is_for_two_years_said_after_the_regional_sum():
    got = awards_by_key(
        "The five commissioners in the South East will get £4,200,000 between them from the Home Office's fund.\n"
        "The funding is for 2025-26 and 2026-27.\n"
        "Kent's share is £900,000.\n")
    assert got[(1, 4200000)].funding_role == "total"
    assert (got[(1, 4200000)].period_start, got[(1, 4200000)].period_end) == ("2025-26", "2026-27")


def test_two_named_areas_between_them_stay_one_shared_grant():
    got = awards_by_key("Cleveland and Durham will receive £780,000 between them from the Home Office for 2025-26.\n")
    assert got[(1, 780000)].funding_role == "grant"
    assert set(got[(1, 780000)].shared_by) == {"E23000008", "E23000013"}


_ROUND = ("The Home Office has shared £3,000,000 between the northern forces for 2025-26 and 2026-27.\n"
          "Durham has been allocated £650,000.\n"
          "Cleveland has been allocated £600,000.\n"
          "Cumbria has been allocated £500,000.\n")


def test_an_unnamed_force_in_the_round_has_no_area_but_the_rounds_funder_and_years():
    got = awards_by_key(_ROUND + "A force just outside the region, which asked not to be named, has been awarded about £300,000.\n")
    x = got[(5, 300000)]
    assert (x.pfa_code, x.area_basis, x.funder) == ("", "none", "Home Office")
    assert (x.period_start, x.period_end) == ("2025-26", "2026-27")


def test_an_unnamed_office_told_us_its_allocation():
    got = awards_by_key(_ROUND + "One commissioner's office, which we have agreed not to name, was allocated £410,000 from the fund.\n")
    x = got[(5, 410000)]
    assert (x.pfa_code, x.funder, x.funding_role) == ("", "Home Office", "grant")


def test_an_unnamed_force_in_a_story_about_one_area_takes_no_area():
    got = awards_by_key(
        "Cheshire has been awarded £700,000 by the Home Office for 2025-26.\n"
        "One other force, which asked us not to name it, has been offered just over £400,000 from the fund.\n")
    assert got[(2, 400000)].pfa_code == "" and got[(2, 400000)].funder == "Home Office"


def test_an_unnamed_forces_money_for_similar_work_or_if_a_bid_succeeds_is_not_the_rounds():
    got = awards_by_key(_ROUND + "A neighbouring force, which asked not to be named, received £150,000 for similar work.\n"
                        "One force in the region, which asked not to be named, will get about £120,000 if a second bid succeeds.\n")
    assert got[(5, 150000)].funder == "" and got[(5, 150000)].period_start == ""
    assert got[(6, 120000)].funder == ""
