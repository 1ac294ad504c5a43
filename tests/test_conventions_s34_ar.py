"""Rules of the thirty-fourth session's tuning on a press office's lines to take, a provider's annual-review tribute,
a police and crime panel's agenda page as served HTML and a housing association's board paper. Every case is an
invented sentence; the near misses are sentences the rule must leave as it was."""

import pytest

from release_probe import award_errors, awards_by_key, read


# --- An HTML paragraph written one sentence to a source line keeps each sentence on the line it is written on
# (README: `line` is the physical line of the file, HTML counted as written) -------------------------------------------

_AGENDA = (
    "<html><head><title>Agenda</title></head><body><main>\n"
    "<h2>Items</h2>\n"
    "<ol>\n"
    "<li><h3>5. Perpetrator funding</h3>\n"
    "<p>The Home Office has awarded Norfolk £612,000 for 2026-27 and 2027-28 for work with abusers.\n"
    "The grant is paid as £300,000 in 2026-27 and £312,000 in 2027-28.\n"
    "{fourth}</p></li>\n"
    "</ol>\n"
    "</main></body></html>\n"
)


def test_each_sentence_of_an_html_paragraph_keeps_its_own_source_line():
    text = _AGENDA.format(fourth="The county council is adding £40,000 to the grant in 2026-27.")
    got = awards_by_key(text, "invented.html")
    assert {(5, 612000), (6, 300000), (6, 312000), (7, 40000)} <= set(got), sorted(got)
    assert got[(6, 300000)].funding_role == "part" and got[(6, 300000)].part_of_line == 5
    assert got[(7, 40000)].funding_role == "match_funding" and got[(7, 40000)].funder == "local authority"


def test_a_sentence_wrapped_mid_way_in_html_stays_on_the_line_it_starts_on():
    text = _AGENDA.format(fourth="").replace("for work with abusers.\n", "for work\nwith abusers.\n")
    got = awards_by_key(text, "invented.html")
    assert (5, 612000) in got and (6, 612000) not in got, sorted(got)
    assert (7, 300000) in got, sorted(got)


# --- What a rise in the precept would raise is council tax, not perpetrator money (README: money for other things is
# not a fact) -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kept", [
    ("The Commissioner proposes a Band D rise of £12 a year, which would raise about £3.4 million.", False),
    ("The precept increase raises £1.2m for neighbourhood policing.", False),
    # (near miss: a figure the sentence does not say the rise raises stays)
    ("The precept pays £45,000 towards the course for men.", True),
])
def test_a_precept_rises_yield_is_no_award(sentence, kept):
    text = "The Home Office has awarded Norfolk £500,000 for 2026-27.\n" + sentence + "\n"
    got = {k: v for k, v in awards_by_key(text).items() if k[0] == 2}
    assert bool(got) == kept, got


# --- A newsletter named as the account a figure comes from ("the commissioner's newsletter gave the grant as £X") is a
# sentence of the text, not a newsletter sign-up prompt (README, "Figures quoted in questions") -------------------------

def test_a_figure_a_newsletter_is_said_to_give_is_read():
    text = ("The Home Office has awarded Norfolk £612,000 for 2026-27 and 2027-28.\n"
            "A councillor asks why the Commissioner's spring newsletter gave Norfolk's perpetrator money as "
            "£621,000 when the report gives £612,000.\n")
    got = awards_by_key(text)
    assert (2, 621000) in got and (2, 612000) in got, sorted(got)
    assert got[(2, 621000)].funding_role == "grant" and got[(2, 621000)].funder == "Home Office"
    assert not got[(2, 621000)].period_start


def test_a_newsletter_sign_up_prompt_is_still_furniture():
    text = ("The Home Office has awarded Norfolk £612,000 for 2026-27.\n"
            "Get our newsletter for news of grants like the £612,000 above.\n")
    assert (2, 612000) not in awards_by_key(text)


# --- Pounds given only over a table's row labels ("| Source of money (£) | 2026-27 | 2027-28 | Total |") are the whole
# table's unit, as "(£000)" there is --------------------------------------------------------------------------------------

_POUNDS_TABLE = (
    "# Board paper\n"
    "\n"
    "| Source of money {unit} | 2026-27 | 2027-28 | Total |\n"
    "|---|---:|---:|---:|\n"
    "| Home Office grant | 30,000 | 30,000 | 60,000 |\n"
    "| Harrow Vale Council | 10,000 | 10,000 | 20,000 |\n"
    "| **Total** | **40,000** | **40,000** | **80,000** |\n"
)


def test_pounds_over_the_row_labels_read_every_figure_column():
    errors = award_errors(_POUNDS_TABLE.format(unit="(£)"), {
        (5, 30000, "2026-27"): dict(role="part", funder="Home Office", part=5, start="2026-27", end="2026-27"),
        (5, 60000): dict(role="part", funder="Home Office", part=7, start="2026-27", end="2027-28"),
        (6, 20000): dict(role="part", funder="local authority", part=7),
        (7, 80000): dict(role="total", funder=None, start="2026-27", end="2027-28"),
    })
    assert not errors, errors


def test_a_table_with_no_unit_over_its_labels_gives_no_bare_figure():
    got = awards_by_key(_POUNDS_TABLE.format(unit=""))
    assert not any(line >= 5 for line, _ in got), sorted(got)


# --- A per-year split in brackets straight after a figure ("£60,000 over the two years (£30,000 in each year), paid as
# match funding to the grant") is an aside: the words after the bracket are the first figure's own; and the office
# named as holding the grant matched is not the payer of the money added to it -----------------------------------------

_CONTRIBUTION = ("2.1 The Board is asked to approve a contribution by Kestrel Homes of £60,000 over 2026-27 and 2027-28 "
                 "(£30,000 in each year), paid as match funding to the Home Office grant{held}.\n")


@pytest.mark.parametrize("held", ["", " held by the Office of the Police and Crime Commissioner for Norfolk"])
def test_a_bracketed_split_leaves_the_match_funding_words_to_the_figure_before_it(held):
    errors = award_errors("# Paper\n\n" + _CONTRIBUTION.format(held=held), {
        (3, 60000): dict(role="match_funding", funder=None, start="2026-27", end="2027-28"),
        (3, 30000, "2026-27"): dict(role="part", funder=None, part=3, start="2026-27", end="2026-27"),
        (3, 30000, "2027-28"): dict(role="part", funder=None, part=3, start="2027-28", end="2027-28"),
    })
    assert not errors, errors


def test_a_bracket_after_other_words_keeps_the_figure_its_own_reading():
    # (near miss: "£96,000 of council money to the grant as match funding (£48,000 in each of the two years)": the
    # words before the bracket are the figure's own already, and the split stays its parts)
    text = ("The council will accept a grant of £700,000 for 2025-26 and 2026-27 from the commissioner, "
            "and add £96,000 of council money to the grant as match funding (£48,000 in each of the two years).\n")
    errors = award_errors(text, {
        (1, 96000): dict(role="match_funding", funder="local authority"),
        (1, 48000): dict(role="part", funder="local authority", part=1),
    })
    assert not errors, errors


# --- A landlord's upkeep of its homes (kitchens, bathrooms, boiler replacements) is work unrelated to domestic abuse
# (README: money for other things is not a fact when it stands alone) ---------------------------------------------------

@pytest.mark.parametrize("sentence, kept", [
    ("For comparison, the Board approved £1.2m for kitchen and bathroom replacements in 2026-27.", False),
    ("The Board also approved £300,000 for boiler replacements next year.", False),
    # (near miss: money for the pilot's own flats stays)
    ("The Board approved £30,000 for two flats for men on the perpetrator housing pilot.", True),
])
def test_money_for_a_landlords_repairs_is_no_award(sentence, kept):
    text = "The Home Office has awarded Norfolk £500,000 for 2026-27 for perpetrator work.\n" + sentence + "\n"
    got = {k: v for k, v in awards_by_key(text).items() if k[0] == 2}
    assert bool(got) == kept, got
