"""Pieces found by their sum (``amounts/sums.py``): a run of figures lying next to a stated sum, in its sentence, the
sentence after it, a list or a table under it, that adds up to it exactly is its breakdown (README: funding_role
``part``, "a piece of another stated amount"), whatever words join them; and a sum that holds by chance (separate
areas' awards, another section's figures, other years' money, another payer's money) joins nothing.

All texts are invented. Keys are (line, whole pounds); fields as in :func:`release_probe.award_errors`.
"""

from __future__ import annotations

from release_probe import award_errors, awards


def test_pieces_in_the_sentence_after_the_sum_are_its_parts():
    text = ("The Lincolnshire service will cost £164,000 in 2025-26. The group course takes £120,500, the partner "
            "worker £31,500 and the helpline £12,000.\n")
    assert award_errors(text, {
        (1, 164000): dict(role="grant", part=None, start="2025-26", end="2025-26"),
        (1, 120500): dict(role="part", part=1, funder=None, start="2025-26", end="2025-26"),
        (1, 31500): dict(role="part", part=1, funder=None, start="2025-26"),
        (1, 12000): dict(role="part", part=1, funder=None, start="2025-26"),
    }) == []


def test_bracketed_pieces_after_a_home_office_grant_keep_its_funder():
    text = ("The Home Office grant to Warwickshire is worth £164,000 for 2025-26. It pays for a group course "
            "(£120,500), a partner worker (£31,500) and a helpline (£12,000).\n")
    assert award_errors(text, {
        (1, 164000): dict(role="grant", funder="Home Office"),
        (1, 120500): dict(role="part", part=1, funder="Home Office", start="2025-26"),
        (1, 31500): dict(role="part", part=1, funder="Home Office"),
        (1, 12000): dict(role="part", part=1, funder="Home Office"),
    }) == []


def test_pieces_naming_two_payers_make_their_sum_a_total_across_funders():
    text = ("The Essex service costs £160,000 in 2025-26. The Home Office pays £120,000 and the county council "
            "£40,000.\n")
    assert award_errors(text, {
        (1, 160000): dict(role="total", funder=None, part=None, start="2025-26"),
        (1, 120000): dict(role="part", part=1, funder="Home Office", start="2025-26"),
        (1, 40000): dict(role="part", part=1, funder="local authority", start="2025-26"),
    }) == []


def test_a_dot_leader_list_under_a_sum_is_its_breakdown():
    text = ("The Lincolnshire commissioner has approved £164,000 for 2025-26.\n\n"
            "Group course ........ £120,500\nPartner worker ...... £31,500\nHelpline ............ £12,000\n")
    assert award_errors(text, {
        (1, 164000): dict(part=None),
        (3, 120500): dict(role="part", part=1, start="2025-26", end="2025-26"),
        (4, 31500): dict(role="part", part=1, start="2025-26"),
        (5, 12000): dict(role="part", part=1, start="2025-26"),
    }) == []


def test_a_dashed_list_under_a_lead_in_line_is_the_breakdown_of_the_sum_above():
    text = ("Warwickshire's commissioner has £205,000 for the service in 2025-26.\n\nWhere it goes:\n\n"
            "Group sessions — £140,000\nPartner advocate — £45,000\nTraining — £20,000\n")
    assert award_errors(text, {
        (5, 140000): dict(role="part", part=1, start="2025-26"),
        (6, 45000): dict(role="part", part=1),
        (7, 20000): dict(role="part", part=1),
    }) == []


def test_a_table_with_no_total_row_under_a_sum_is_its_breakdown():
    text = ("<html><body><main><p>Warwickshire's commissioner has committed £205,000 to the service for 2025-26.</p>\n"
            "<table>\n<tr><th>Element</th><th>Cost</th></tr>\n<tr><td>Group sessions</td><td>£140,000</td></tr>\n"
            "<tr><td>Partner advocate</td><td>£45,000</td></tr>\n"
            "<tr><td>Practitioner training</td><td>£20,000</td></tr>\n"
            "</table>\n<p>Referrals open in June.</p></main></body></html>\n")
    got = {(a.source_line, a.amount.pence // 100): a for a in awards(text, "invented.html")}
    whole = got[(1, 205000)]
    for line, pounds in ((4, 140000), (5, 45000), (6, 20000)):
        piece = got[(line, pounds)]
        assert (piece.funding_role, piece.part_of_line) == ("part", 1)
        assert piece.funder == whole.funder  # (a row naming no payer keeps the whole's)
        assert piece.period_start == "2025-26"


def test_per_year_lines_under_match_funding_over_two_years_are_its_parts():
    text = ("Lincolnshire's commissioner is adding £70,000 of match funding over the two years from April 2025.\n\n"
            "2025-26 ........ £30,000\n2026-27 ........ £40,000\n")
    assert award_errors(text, {
        (1, 70000): dict(role="match_funding", funder="PCC", start="2025-26", end="2026-27"),
        (3, 30000): dict(role="part", part=1, funder="PCC", start="2025-26", end="2025-26"),
        (4, 40000): dict(role="part", part=1, funder="PCC", start="2026-27", end="2026-27"),
    }) == []


def test_areas_shares_after_a_sum_said_to_be_between_them_keep_their_areas():
    text = ("Three forces in the region will get £400,000 between them in 2025-26. Kent will get £100,000, Essex "
            "£120,000 and Surrey £180,000.\n")
    got = {(a.source_line, a.amount.pence // 100): a for a in awards(text)}
    assert got[(1, 400000)].funding_role == "total" and not got[(1, 400000)].pfa_code
    for pounds, code in ((100000, "E23000032"), (120000, "E23000028"), (180000, "E23000031")):
        assert (got[(1, pounds)].funding_role, got[(1, pounds)].part_of_line, got[(1, pounds)].pfa_code) == \
            ("part", 1, code)


# Sums that hold by chance: nothing joins.

def _related(text: str, name: str = "invented.txt") -> list:
    return [(a.source_line, a.amount.pence // 100) for a in awards(text, name) if a.part_of_line is not None]


def test_three_areas_separate_awards_are_not_pieces_of_the_one_equal_to_the_others_sum():
    assert _related("The Home Office has published its list. Kent will get £220,000 in 2025-26. Essex will get "
                    "£100,000 and Surrey £120,000.\n") == []
    assert _related("The Home Office has announced its allocations for 2025-26:\n\n- Surrey: £250,000\n"
                    "- Kent: £100,000\n- Essex: £150,000\n") == []


def test_figures_in_other_sections_are_not_pieces():
    assert _related("## Surrey\n\nThe Surrey commissioner has £250,000 from the Home Office for 2025-26.\n\n## Group "
                    "course\n\nThe group course costs £100,000.\n\n## Helpline\n\nThe helpline costs £150,000.\n",
                    "invented.md") == []


def test_last_years_money_is_not_a_piece_of_this_years_sum():
    assert _related("Lincolnshire will get £250,000 this time. Last year it had £100,000 for the course and "
                    "£150,000 for the helpline.\n") == []


def test_a_list_going_on_past_the_sum_is_not_its_breakdown():
    text = ("The Lincolnshire commissioner has approved £164,000 for 2025-26.\n\n"
            "Group course ........ £120,500\nPartner worker ...... £43,500\nHelpline ............ £12,000\n")
    assert _related(text) == []


def test_other_payers_money_after_a_home_office_grant_is_not_its_pieces():
    text = ("Essex's Home Office grant for 2025-26 is £200,000. The commissioner adds £150,000 and the county council "
            "£50,000.\n")
    assert award_errors(text, {
        (1, 200000): dict(role="grant", funder="Home Office"),
        (1, 150000): dict(role="match_funding", funder="PCC", part=None),
        (1, 50000): dict(role="match_funding", funder="local authority", part=None),
    }) == []


def test_money_said_to_be_given_besides_the_sum_is_not_its_pieces():
    assert _related("The Kent commissioner has given £250,000 to the perpetrator programme for 2025-26. She has also "
                    "given £100,000 to victims' services and £150,000 to a youth project.\n") == []


def test_areas_shares_after_an_award_the_forces_will_share_are_its_parts_and_it_stays_a_grant():
    text = ("The three forces bid together this time and will share £1,000,000 from the Home Office.\n"
            "Essex takes £450,000 of it, Kent £350,000 and Surrey £200,000.\n")
    got = {(a.source_line, a.amount.pence // 100): a for a in awards(text)}
    assert (got[(1, 1000000)].funding_role, got[(1, 1000000)].funder) == ("grant", "Home Office")
    for pounds, code in ((450000, "E23000028"), (350000, "E23000032"), (200000, "E23000031")):
        piece = got[(2, pounds)]
        assert (piece.funding_role, piece.part_of_line, piece.pfa_code, piece.funder) == \
            ("part", 1, code, "Home Office")
