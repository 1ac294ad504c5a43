"""Rules of the thirty-fifth round's tuning (tuner "an"): a safe-accommodation report's "£" column, a grants list
exported as tab-separated values, and what its rows and notes say.  Every case is an invented text; the near misses
are texts the rule must leave as it was."""

import pytest

from release_probe import award_errors, awards, read


# --- A table aligned with spaces whose heading row labels its figure column with a bare "£" ("Item      £") prints
# its figures in pounds, bare ------------------------------------------------------------------------------------------

_USE_OF_GRANT = (
    "Westshire Council: safe accommodation report\n\n"
    "1.1 In 2025-26 the council received £700,000 of safe accommodation grant in Kent from the Ministry of "
    "Housing, Communities and Local Government.\n\n"
    "Table 1: Use of the grant, 2025-26\n"
    "{heading}\n"
    "Refuge rooms (nine units)                 420,000\n"
    "Target hardening for homes                180,000\n"
    "Group course for men (council share)       60,000\n"
    "Outreach worker                            40,000\n"
    "Total                                     700,000\n"
)


def test_a_bare_pound_sign_heading_gives_the_column_pounds():
    text = _USE_OF_GRANT.format(heading="Item                                         £")
    assert award_errors(text, {
        (7, 420000): dict(role="part", part=11, start="2025-26", end="2025-26", funder=None),
        (9, 60000): dict(role="part", part=11, funder="local authority"),
        (11, 700000): dict(role="total", start="2025-26"),
    }) == []


def test_a_heading_of_words_alone_reads_no_bare_figures():
    text = _USE_OF_GRANT.format(heading="Item                                     Cost")
    assert {a.source_line for a in awards(text)} == {3}


# --- A grants list exported as tab-separated values: its title naming a grant-maker, a note quoting another payer's
# sum, a refund printed with a minus sign and an "of which" line naming one fund -----------------------------------------

_EXPORT = (
    "Weald Valley Foundation - Grants to Kent groups - spring panel\n"
    "Exported from the grants system | Amounts in pounds\n"
    "Ref\tRecipient\tProject\tFund\tAmount (£)\tStart\tEnd\tNotes\n"
    "WV-1\tOakham Bowls Club\tNew mower\tCommunity Life\t3,000\t01/04/2026\t31/03/2027\t\n"
    "WV-2\tStour Change CIC\tGroup course for men who abuse a partner\tSafer Homes\t30,000\t01/04/2026\t31/03/2027\t"
    "Match to the Home Office grant of £250,000 held by the commissioner for 2026/27\n"
    "WV-3\tMedway Women's Aid\tAdvocate for partners of men on the course\tSafer Homes\t12,000\t01/04/2026\t31/03/2028\t\n"
    "WV-4\tDeal Lifeboat Friends\tOral history project\tCommunity Life\t2,500\t01/01/2026\t31/12/2026\t\n"
    "WV-0\tStour Change CIC\tUnspent balance of last year's grant returned\tSafer Homes\t-900\t01/04/2024\t31/03/2025\t\n"
    "TOTAL\tWeald Valley Foundation, spring panel\t\t\t47,500\t\t\t4 awards\n"
    "\tof which Safer Homes (domestic abuse)\t\t\t42,000\t\t\t2 awards\n"
)


def test_a_grants_export_reads_every_row_as_a_part_of_its_total():
    got = {(a.source_line, a.amount.pence // 100): a for a in awards(_EXPORT)}
    # every awarded row, the bowls club's too, is a piece of the TOTAL line (README: money for unrelated work that is
    # one of the parts of a stated total); the fund's rows are pieces of the "of which" line naming their fund
    assert got[(4, 3000)].part_of_line == 9 and got[(4, 3000)].funding_role == "part"
    assert got[(7, 2500)].part_of_line == 9
    assert got[(5, 30000)].part_of_line == 10 and got[(6, 12000)].part_of_line == 10
    assert got[(10, 42000)].part_of_line == 9 and got[(9, 47500)].funding_role == "total"


def test_a_grant_makers_list_lends_no_grantor_named_in_one_note():
    got = {(a.source_line, a.amount.pence // 100): a for a in awards(_EXPORT)}
    # the list is the foundation's money (a payer outside the funder list): no row takes the Home Office
    assert not got[(5, 30000)].funder and not got[(4, 3000)].funder and not got[(9, 47500)].funder
    assert (got[(6, 12000)].period_start, got[(6, 12000)].period_end) == ("2026-27", "2027-28")


def test_a_notes_cell_quoting_another_payers_grant_is_that_grant():
    got = {(a.source_line, a.amount.pence // 100): a for a in awards(_EXPORT)}
    grant = got[(5, 250000)]
    assert (grant.funding_role, grant.funder, grant.period_start, grant.part_of_line) == (
        "grant", "Home Office", "2026-27", None)
    # the row's own figure keeps the row's dates, not undated by the note's year
    assert (got[(5, 30000)].period_start, got[(5, 30000)].period_end) == ("2026-27", "2026-27")


def test_a_refund_with_a_minus_sign_in_a_tabbed_list_is_a_diagnostic_not_an_award():
    release = read(_EXPORT)
    assert [(d.source_line, d.problem) for d in release.diagnostics] == [(8, "negative_amount")]
    assert not [a for a in release.awards if a.source_line == 8]


def test_an_of_which_line_whose_rows_do_not_add_up_leaves_them_with_the_total():
    text = _EXPORT.replace("\t42,000\t", "\t41,000\t")
    got = {(a.source_line, a.amount.pence // 100): a for a in awards(text)}
    assert got[(5, 30000)].part_of_line == 9 and got[(6, 12000)].part_of_line == 9


def test_a_list_titled_by_a_provider_keeps_the_grantor():
    # a trust's own page about its funding is no grant-maker's list of grants
    text = ("Stour Family Trust - our funding for 2026-27\n\n"
            "The Home Office has awarded the trust £250,000 for 2026-27 in Kent for its group course for men.\n")
    assert award_errors(text, {(3, 250000): dict(funder="Home Office", role="grant")}) == []


# --- The housing ministry, under its long name with "and" in it, pays a council's grant: a payer off the funder
# list, so no grantor named elsewhere is lent to it; and a figure it rose from "the year before" is the year before's --

_MINISTRY = ("Westshire Council: annual report\n\n"
             "The Home Office money for the group course reaches the provider through the commissioner.\n\n"
             "{sentence}\n")


@pytest.mark.parametrize("payer", ["Ministry of Housing, Communities and Local Government", "MHCLG"])
def test_the_housing_ministry_paying_a_council_is_no_grantors_money(payer):
    text = _MINISTRY.format(sentence=f"The {payer} paid the council £960,000 of safe accommodation grant for 2025-26 "
                                     "in Kent, up from £910,500 the year before.")
    assert award_errors(text, {
        (5, 960000): dict(funder=None, role="grant", start="2025-26", end="2025-26"),
        (5, 910500): dict(funder=None, start="2024-25", end="2024-25"),
    }) == []


def test_a_figure_set_against_the_year_before_keeps_no_year():
    # "against £X the year before" sets an earlier level beside the figure: no year (as before this rule)
    text = _MINISTRY.format(sentence="The Home Office paid Kent £212,000 for 2025-26, against £198,000 the year before.")
    assert award_errors(text, {(5, 198000): dict(start=None, end=None)}) == []


def test_a_national_round_after_because_takes_no_year_from_the_clause_before():
    text = _MINISTRY.format(sentence="For 2026-27 the Home Office figure drops, because the national round shrank from "
                                     "£52m to £49m.")
    got = {(a.source_line, a.amount.pence // 100): a for a in awards(text)}
    for key in ((5, 52000000), (5, 49000000)):
        assert got[key].funding_role == "context" and not got[key].period_start and not got[key].funder, got[key]


def test_a_national_fund_over_the_same_two_years_keeps_the_years_before():
    text = _MINISTRY.format(sentence="For 2025-26 and 2026-27 the Home Office offered Kent £800,000, out of a national "
                                     "pot of about £70 million over those two years.")
    got = {(a.source_line, a.amount.pence // 100): a for a in awards(text)}
    assert (got[(5, 70000000)].period_start, got[(5, 70000000)].period_end) == ("2025-26", "2026-27")


# --- A broadcast script: its on-screen graphics and lower thirds in square brackets are captions, not statements; and
# own money put "on top of the Home Office money" is match funding -----------------------------------------------------

_SCRIPT = ("WESTSHIRE TONIGHT  |  18:30\n"
           "V/O: The Home Office has awarded the Kent commissioner £900,000 over two years from April 2026.\n"
           "{cue}\n"
           "V/O: Of that, £600,000 will pay for a group course for men.\n")


@pytest.mark.parametrize("cue", ["[GFX FSG: £900,000 | HOME OFFICE | 2026-28]", "[L3: Jo Reade | £900,000 award]"])
def test_an_on_screen_graphic_is_no_statement(cue):
    text = _SCRIPT.format(cue=cue)
    assert not [a for a in awards(text) if a.source_line == 3]
    assert award_errors(text, {(4, 600000): dict(role="part", part=2, funder="Home Office")}) == []


def test_a_bracketed_line_of_prose_is_still_read():
    text = _SCRIPT.format(cue="[The council has also given £20,000 for 2026-27.]")
    assert [a for a in awards(text) if a.source_line == 3]


@pytest.mark.parametrize("sentence, role", [
    ("SOT COMMISSIONER: An extra £150,000 from my own budget goes on top of the Home Office money, so no one waits.",
     "match_funding"),
    ("SOT COMMISSIONER: An extra £150,000 from my own budget goes into a stalking clinic.", "own_funding"),
])
def test_own_money_on_top_of_the_grantors_money_is_match_funding(sentence, role):
    text = _SCRIPT.format(cue=sentence)
    assert award_errors(text, {(3, 150000): dict(role=role, funder="PCC")}) == []


# --- A sum an office may bid for "a further" time is money asked for, not awarded; money for a study of cyber-crime
# standing alone is no fact -------------------------------------------------------------------------------------------

_STORY = ("Kent course results\n\n"
          "The Home Office gave the Kent commissioner £500,000 for 2025-26 for the group course.\n\n"
          "{sentence}\n")


def test_a_further_sum_an_office_may_bid_for_is_context():
    text = _STORY.format(sentence="The office will decide whether to bid for a further £600,000 from the Home Office in "
                                  "the next round.")
    got = {(a.source_line, a.amount.pence // 100): a for a in awards(text)}
    assert got[(5, 600000)].funding_role == "context" and not got[(5, 600000)].pfa_code


def test_research_money_for_cyber_crime_standing_alone_is_no_fact():
    text = _STORY.format(sentence="Elsewhere, a £15,000 grant from the college's research fund will pay for a study of "
                                  "cyber-crime in small firms.")
    assert not [a for a in awards(text) if a.source_line == 5]
    text = _STORY.format(sentence="Elsewhere, a £15,000 grant will pay for a study of cyber-crime.")
    assert not [a for a in awards(text) if a.source_line == 5]


# --- A grants list closing with a TOTAL line: every row's payee receives a piece of that total, whatever work it pays
# for; the TOTAL line names the grant-maker, the "of which" line a fund ---------------------------------------------------

def _roles(text):
    return {(o.source_line, o.organisation, o.role) for o in read(text).organisations}


def test_payees_of_every_row_over_a_list_total_are_recipients():
    got = _roles(_EXPORT)
    assert (4, "Oakham Bowls Club", "recipient") in got and (7, "Deal Lifeboat Friends", "recipient") in got
    assert (9, "Weald Valley Foundation", "funder") in got
    assert not [o for o in got if o[0] in (9, 10) and o[2] == "recipient"]


def test_payees_of_other_work_in_a_list_with_no_total_are_no_recipients():
    text = "".join(line + "\n" for line in _EXPORT.split("\n")[:8])
    got = _roles(text)
    assert not [o for o in got if o[1] == "Oakham Bowls Club"]
    assert (5, "Stour Change CIC", "recipient") in got


# --- A one-word programme's name is the programme again where it is the subject of its delivery, and in a tabbed
# row where people are put on it (the tab after it ends its cell) ---------------------------------------------------------

def _named_lines(text):
    return {c.source_line for c in read(text).components if c.component == "named_programme"}


def test_a_one_word_programme_delivered_by_a_body_is_named_again():
    text = ("Kent report\n\nThe council co-funds Wayfarer, a 24-week group programme for men who abuse a partner.\n\n"
            "Wayfarer is delivered under contract by Stour Change CIC in three towns.\n\n"
            "Wayfarer Lane is closed for repairs.\n")
    assert _named_lines(text) == {3, 5}


def test_a_one_word_programme_in_a_tabbed_row_before_the_next_cell():
    text = ("Weald Valley Foundation - Grants to Kent groups\n"
            "Ref\tRecipient\tProject\tFund\tAmount (£)\n"
            "WV-1\tStour Change CIC\tWayfarer group programme for men who abuse a partner\tSafer Homes\t30,000\n"
            "WV-2\tMedway Women's Aid\tAdvocate for partners of men on Wayfarer\tSafer Homes\t12,000\n")
    assert 4 in _named_lines(text)


# --- Small widenings: a hyphenated area in an office's full name, sign-language interpreters, a place of two words
# between a count and "were referred" -------------------------------------------------------------------------------------

def test_an_office_for_a_hyphenated_area_keeps_its_whole_name():
    text = ("Kent news\n\nLast month the Office of the Police and Crime Commissioner for Dyfed-Powys paid £40,000 to Stour "
            "Change CIC for 2025-26.\n")
    names = {o.organisation for o in read(text).organisations}
    assert "Office of the Police and Crime Commissioner for Dyfed-Powys" in names, names


@pytest.mark.parametrize("words, cohort", [("BSL interpreters", False), ("sign language interpreters", False),
                                           ("interpreters", True)])
def test_sign_language_interpreters_are_no_non_english_speakers(words, cohort):
    text = ("Kent news\n\nThe commissioner has given £5,600 for 2026-27 for " + words +
            " at the group programme for men who abuse a partner.\n")
    cohorts = {c for comp in read(text).components if comp.component == "group_programme" for c in comp.cohorts}
    assert ("non_english_speakers" in cohorts) is cohort, cohorts


def test_a_count_of_men_from_a_two_word_place_referred_counts_referrals():
    text = ("The Norfolk commissioner has awarded £90,000 for perpetrator work.\n\n"
            "In 2025-26, 131 men from Wensum Vale were referred to the course; 74 started the group and 49 completed it.\n")
    got = {(o.source_line, o.value): o for o in read(text).outcomes}
    assert got[(3, 131.0)].about == "referrals"
    assert (got[(3, 49.0)].base, got[(3, 49.0)].about) == (74.0, "perpetrators")


def test_a_grantors_figure_explained_by_a_national_pot_after_because_names_no_payer():
    text = ("Kent report\n\nThe Home Office gave Kent £212,400 for 2025-26.\n\n"
            "The Home Office figure is down in 2026-27 because the national pot shrank from £40m to £36m.\n")
    assert not [o for o in read(text).organisations if o.source_line == 5 and o.organisation == "Home Office"]


# --- A council's row in a table of payers whose sum the text calls match funding on another line is a match funder's
# row; a council whose row sum the text never calls so stays a funder ----------------------------------------------------

_PAYERS_TABLE = ("Westshire report\n\n"
                 "{sentence}\n\n"
                 "Funder                          2025-26      2026-27        Total\n"
                 "Home Office (via the OPCC)     £150,000     £150,000     £300,000\n"
                 "Westshire Council               £20,000      £20,000      £40,000\n"
                 "Total                          £170,000     £170,000     £340,000\n")


@pytest.mark.parametrize("sentence, role", [
    ("Each year the council puts £20,000 of its own safe accommodation grant beside the Home Office money in Kent as match "
     "funding in 2025-26 and 2026-27, £40,000 over the two years.", "match_funder"),
    ("The Home Office money pays for a group course in Kent in 2025-26 and 2026-27.", "funder"),
])
def test_a_councils_row_called_match_funding_elsewhere(sentence, role):
    roles = {o.role for o in read(_PAYERS_TABLE.format(sentence=sentence)).organisations
             if o.source_line == 7 and o.organisation == "Westshire Council"}
    assert roles == {role}, roles


def test_a_one_word_programme_running_in_named_towns_is_named_again():
    text = ("Kent report\n\nThe council co-funds Wayfarer, a 24-week group programme for men who abuse a partner.\n\n"
            "Wayfarer runs in Dover, Deal and Folkestone.\n\n"
            "Wayfarer runs in the family.\n")
    assert _named_lines(text) == {3, 5}
