"""Figures related by their arithmetic: a figure that is exactly the sum of other stated figures is their total,
and figures stated together after a whole that add up to it exactly are its parts (README: funding_role total,
part; Pieces listed before a prose total are not its parts)."""

from __future__ import annotations

from release_probe import award_errors


def test_a_total_in_a_later_paragraph_sums_the_separate_sums_before_it():
    text = ("Rutland has been given £312,400 by the Home Office for the two years 2025-26 and 2026-27.\n"
            "\n"
            "The commissioner is adding £48,000 from her own budget to the grant over the same two years.\n"
            "\n"
            "Melton Borough Council has also agreed to put £21,600 towards the grant in 2025-26.\n"
            "\n"
            "Put side by side the three sums come to £382,000.\n")
    assert award_errors(text, {
        (7, 382000): dict(role="total", funder=None, part=None),
        (1, 312400): dict(role="grant", funder="Home Office", part=None),
        (3, 48000): dict(role="match_funding", part=None),
    }) == []


def test_a_total_skips_the_parts_of_a_sum_before_it():
    text = ("Dorset was handed £402,300 by the Home Office for 2025-26.\n"
            "\n"
            "Of that money, £350,300 goes to the charity running the course.\n"
            "\n"
            "The remaining £52,000 pays for support for partners.\n"
            "\n"
            "The commissioner is adding £37,700 of her own policing budget to the grant for 2025-26.\n"
            "\n"
            "With her contribution, that makes £440,000 for the work in 2025-26.\n")
    assert award_errors(text, {
        (9, 440000): dict(role="total", funder=None, part=None),
        (3, 350300): dict(role="part", part=1),
        (5, 52000): dict(role="part", part=1),
    }) == []


def test_a_sum_stated_first_then_its_separate_sources_is_their_total():
    text = ("1.1 To approve spending of £806,000 on perpetrator work in 2025-26, drawn from several sources.\n"
            "\n"
            "## 2. Money available\n"
            "\n"
            "2.1 The Home Office grant for 2025-26 is £640,000.\n"
            "2.2 The commissioner adds £96,000 to the grant in 2025-26.\n"
            "2.3 Harrow Council is paying £70,000 from its own budget for a youth worker.\n")
    assert award_errors(text, {
        (1, 806000): dict(role="total", funder=None, part=None),
        (5, 640000): dict(role="grant", part=None),
        (6, 96000): dict(role="match_funding", part=None),
    }) == []


def test_instalments_in_one_sentence_that_add_up_to_an_earlier_sum_are_its_parts():
    text = ("2.1 The three Home Office lines come to £291,000 for 2024-25.\n"
            "\n"
            "2.2 That is the council's part of £1,100,000 awarded to the county by the Home Office for two years.\n"
            "\n"
            "2.3 Our part has been paid in instalments of £70,000, £72,500 and £74,500; the last instalment of "
            "£74,000 is due in March.\n")
    assert award_errors(text, {
        (5, 70000): dict(role="part", part=1),
        (5, 72500): dict(role="part", part=1),
        (5, 74000): dict(role="part", part=1),
    }) == []


def test_a_list_after_a_whole_in_the_sentence_before_the_colon_is_its_parts():
    text = ("The council has set out how its course for men who abuse is funded.\n"
            "\n"
            "How the service is paid for\n"
            "The service costs £274,500 in the 2025/26 financial year. The money is found in three ways:\n"
            "* a Home Office grant of £201,000, passed on by the commissioner's office\n"
            "* £45,000 of the council's own money, added to the grant\n"
            "* £28,500 from the provider's charitable reserves\n")
    assert award_errors(text, {
        (4, 274500): dict(role="total", funder=None, part=None),
        (5, 201000): dict(role="part", part=4),
        (6, 45000): dict(role="part", part=4),
        (7, 28500): dict(role="part", part=4),
    }) == []


def test_sums_in_separate_sentences_that_do_not_add_up_stay_as_they_are():
    text = ("Rutland has been given £312,400 by the Home Office for 2025-26.\n"
            "\n"
            "The commissioner is adding £48,000 from her own budget to the grant.\n"
            "\n"
            "Last year the county was given £350,000.\n")
    assert award_errors(text, {
        (5, 350000): dict(role="grant", part=None),
        (1, 312400): dict(role="grant", part=None),
    }) == []


def test_figures_after_a_sum_in_its_sentence_that_add_up_to_it_are_its_pieces():
    text = ("The Home Office has awarded Cheshire £1,310,000 for perpetrator work over 2025/26 and 2026/27.\n"
            "Of that sum, £1,244,000 goes to the three councils and the balance of £66,000 is kept by the commissioner.\n"
            "The commissioner's £66,000 buys a study by Dee Research, at £39,000, and a phone line run by Weaver Line, "
            "at £27,000.\n")
    assert award_errors(text, {
        (3, 39000): dict(role="part", part=3),
        (3, 27000): dict(role="part", part=3),
        (2, 66000): dict(role="part", part=1),
    }) == []


def test_a_share_broken_down_by_year_in_its_sentence_is_the_whole_of_its_years():
    text = ("3.1 The Home Office confirmed Shropshire's allocation of £990,400 for the two years from April 2025.\n"
            "3.2 The council's share is £231,600, set out as £112,300 for 2025/26 and £119,300 for 2026/27.\n")
    assert award_errors(text, {
        (2, 112300): dict(role="part", part=2, start="2025-26"),
        (2, 119300): dict(role="part", part=2, start="2026-27"),
    }) == []


def test_a_sum_of_the_years_grant_is_a_piece_of_the_sum_stated_for_that_year():
    text = ("2.1 The Home Office awarded the commissioner £540,000 from April 2024 to March 2027.\n"
            "2.2 The profile was £190,000 for 2024-25, £180,000 for 2025-26 and £170,000 for 2026-27.\n"
            "\n"
            "3.1 £12,900 of the 2025-26 allocation has been set aside for an independent evaluation.\n")
    assert award_errors(text, {
        (4, 12900): dict(role="part", part=2, start="2025-26", end="2025-26"),
    }) == []
