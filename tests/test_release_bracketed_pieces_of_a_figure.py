"""A figure followed by its pieces in brackets ("£X (Home Office grant £A; match funding £B; council £C)") is their
total: the bracketed figures that add up to it exactly are its parts, each keeping the payer its own words name, and
pieces from two or more payers make the figure a total across funders, with no funder of its own (README: part; total
"over several funders").  Invented sentences, not the corpus's."""

from release_probe import award_errors


def test_semicolon_list_in_brackets_after_a_heading_figure():
    text = ("Surrey Police and Crime Commissioner: quarterly update\n"
            "Funding for domestic abuse perpetrator programmes in 2025/26 is £640,000 (Home Office grant £500,000; "
            "the Commissioner's own budget "
            "£90,000; Guildford Borough Council £50,000).\n")
    assert award_errors(text, {
        (2, 640000): dict(role="total", funder=None),
        (2, 500000): dict(role="part", funder="Home Office", part=2),
        (2, 90000): dict(role="part", funder="PCC", part=2),
        (2, 50000): dict(role="part", funder="local authority", part=2),
    }) == []


def test_from_pieces_in_brackets_inside_a_sentence():
    text = ("Norfolk Police and Crime Commissioner\n"
            "The behaviour change service will cost £315,500 in 2025-26 (£280,000 from the Home Office and "
            "£35,500 from Norwich City Council), and referrals open in May.\n")
    assert award_errors(text, {
        (2, 315500): dict(role="total", funder=None),
        (2, 280000): dict(role="part", funder="Home Office", part=2),
        (2, 35500): dict(role="part", funder="local authority", part=2),
    }) == []


def test_comma_list_in_square_brackets_with_match_funding():
    text = ("Cheshire Police and Crime Commissioner: funding for 2025/26\n"
            "Total for the perpetrator strand is £212,000 [Home Office £170,000, match funding from the "
            "Commissioner £42,000].\n")
    assert award_errors(text, {
        (2, 212000): dict(role="total", funder=None),
        (2, 170000): dict(role="part", funder="Home Office", part=2),
        (2, 42000): dict(role="part", funder="PCC", part=2),
    }) == []


def test_bracketed_figures_that_do_not_add_up_stay_their_own():
    text = ("Dorset Police and Crime Commissioner\n"
            "The Home Office granted £300,000 for 2025/26 (last year £250,000; the year before £200,000).\n")
    errors = award_errors(text, {(2, 300000): dict(role="grant", funder="Home Office")})
    assert errors == []


def test_bracketed_payers_a_little_short_of_the_figure_are_still_its_parts():
    text = ("Avon and Somerset Police and Crime Commissioner: panel paper\n"
            "The perpetrator strand is budgeted at £402,000 for 2025/26 (Home Office grant £320,000; Bristol City "
            "Council £78,000), the rest being an unallocated contingency.\n")
    assert award_errors(text, {
        (2, 402000): dict(role="total", funder=None),
        (2, 320000): dict(role="part", funder="Home Office", part=2),
        (2, 78000): dict(role="part", funder="local authority", part=2),
    }) == []
