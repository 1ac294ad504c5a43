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
