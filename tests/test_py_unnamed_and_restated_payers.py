"""Who pays a figure whose area or payer its own clause leaves to the text around it (README: funder; area_basis
none): invented paraphrases."""

from release_probe import award_errors

ROUND = ("The Home Office has told the region's police areas what they will get from its perpetrator fund for "
         "2025-26.\n\n"
         "Dorset has been given £210,000 for a group course.\n\n")


def test_grant_to_an_area_the_text_does_not_name_is_the_rounds_money():
    # an award to an unnamed area has no area but is the round's money: the round's funder (README, area_basis none)
    text = ROUND + (
        "Another £118,000 went to a force which asked us not to name it.\n\n"
        "A seventh force in the south-west, which did not want its share published before its panel sits, will get "
        "£205,000.\n\n"
        "A neighbouring county, which has not yet said what it will buy, received £176,400 in the same round.\n"
    )
    assert award_errors(text, {
        (5, 118000): dict(funder="Home Office", role="grant"),
        (7, 205000): dict(funder="Home Office", role="grant"),
        (9, 176400): dict(funder="Home Office", role="grant"),
    }) == []


def test_award_named_again_by_its_noun_keeps_its_payer():
    # "The grant is profiled …: £A, £B": the pieces of the award stated before keep its payer, even where the
    # release says elsewhere that the commissioner's own budget pays for something (README: part keeps the funder)
    text = ("The helpline is paid for from the commissioner's own budget.\n\n"
            "The Home Office has confirmed a grant to Lincolnshire of £600,000 for 2025-26 and 2026-27.\n\n"
            "The grant is profiled evenly: £300,000 in 2025-26 and £300,000 in 2026-27.\n")
    assert award_errors(text, {
        (5, 300000, "2025-26"): dict(funder="Home Office", role="part", part=3),
        (5, 300000, "2026-27"): dict(funder="Home Office", role="part", part=3),
    }) == []


def test_pieces_after_a_colon_keep_the_payer_of_the_figure_before_it():
    # a body off the funder list pays the figure; its instalments listed after a colon are its money too, not the
    # release's grantor's (README: funder null for a payer outside the list)
    text = ("The Home Office has awarded Suffolk £350,000 for 2025-26 for a perpetrator programme.\n\n"
            "For 2025-26 the Fenland Health Board's £40,000 will be paid to the commissioner in two parts: £25,000 in May 2025 "
            "and £15,000 in November 2025.\n")
    assert award_errors(text, {
        (3, 25000): dict(funder=None, role="part", part=3),
        (3, 15000): dict(funder=None, role="part", part=3),
    }) == []


def test_figure_from_the_budget_of_a_body_off_the_funder_list_has_no_listed_funder():
    # "from the ICB's … allocation" after the figure's years: that body pays it, not the release's grantor
    text = ("The Home Office has awarded Derbyshire £420,000 for a perpetrator programme.\n\n"
            "The board is asked to approve £60,000 (£30,000 a year) for 2025/26 and 2026/27 from the health board's "
            "prevention budget, added to the Home Office grant.\n")
    assert award_errors(text, {
        (3, 60000): dict(funder=None),
    }) == []


def test_owner_named_around_the_figure_pays_it():
    # "£X of my match funding" after a grantor's figure in a list, "the Commissioner's combined contribution of £X",
    # "the Royal Borough of …" adding to the grant: the body named as the money's owner pays it (README: funder)
    text = ("The Home Office gave Dorset £500,000 for 2025-26.\n\n"
            "This year the Home Office grant, £250,000, and £60,000 of my match funding pay for the same service.\n\n"
            "Finance note: the Commissioner's combined contribution of £95,500 in 2025-26 is within budget.\n\n"
            "The London Borough of Merton and the Royal Borough of Kingston will each add £15,000 a year to the grant.\n")
    assert award_errors(text, {
        (3, 250000): dict(funder="Home Office"),
        (3, 60000): dict(funder="PCC", role="match_funding"),
        (5, 95500): dict(funder="PCC"),
        (7, 15000): dict(funder="local authority", role="match_funding"),
    }) == []


def test_council_named_as_owner_of_a_post_or_a_share_is_not_the_payer():
    # "X Council's cabinet member asked about the grant of £A", "the £B is this council's part of the allocation":
    # the council is an office-holder's body or the money's recipient; its deciding body agreeing to pay is the
    # council paying, and its named budget its money (README: funder)
    text = ("The Home Office has given Norfolk £480,000 for 2025-26.\n\n"
            "Cllr Jo Hale, Breckland District Council's cabinet member for housing, asked about the report, which gave "
            "the 2025-26 grant as £480,000.\n\n"
            "Norwich City Council's cabinet agreed to contribute £20,000 to the match funding.\n\n"
            "The helpline is paid for from the county council's adult services budget, at £14,000 a year.\n")
    assert award_errors(text, {
        (3, 480000): dict(funder="Home Office"),
        (5, 20000): dict(funder="local authority"),
        (7, 14000): dict(funder="local authority"),
    }) == []
