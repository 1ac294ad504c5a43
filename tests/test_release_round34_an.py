"""Rules added while tuning the thirty-fourth round's releases (tuner AN): invented sentences, with the facts the corpus
README's conventions give them (never the corpus text)."""

import pytest

from release_probe import awards, awards_by_key


def _facts(text, name="invented.txt"):
    return {k: (a.funding_role, a.funder or None, a.part_of_line, a.period_start or None, a.period_end or None)
            for k, a in awards_by_key(text, name).items()}


# --- An income total "made up as follows:" with its rows set out below it without bullets, each label joined to its
# sum by a dot leader: the rows are the list's items, parts of the total with its year; a row of the charity's own
# fundraising is partners' money; a row a later sentence splits between two payers is neither payer's alone ---------

_ACCOUNTS = """Brackenford Change Project
Annual report for the year ended 31 March 2025

Money
{lead}
{rows}
{after}
"""


@pytest.mark.parametrize("lead", [
    "Our income for 2024-25 came to £120,000, made up as follows:",
    "In 2024-25 we received £120,000 in all, broken down as follows:",
])
@pytest.mark.parametrize("dots", ["....", "........................"])
def test_dot_leader_rows_under_a_breakdown_are_its_parts(lead, dots):
    rows = "\n".join([f"    Sefton Borough Council {dots} £70,000",
                      f"    Northgate Community Trust (bus fares) {dots} £30,000",
                      f"    Donations, quiz nights and sponsored walks {dots} £20,000"])
    got = _facts(_ACCOUNTS.format(lead=lead, rows=rows, after=""))
    assert got[(6, 70000)][0] == "part" and got[(6, 70000)][2] == 5
    assert got[(7, 30000)][:3] == ("part", None, 5)
    assert got[(8, 20000)][:3] == ("part", "partners", 5)
    assert all(got[(n, p)][3] == "2024-25" for n, p in ((6, 70000), (7, 30000), (8, 20000)))


def test_rows_at_the_margin_or_without_a_leader_are_not_read_as_the_list():
    # (near-miss: rows with no indent and no dot leader are not this list's rows; nothing makes them its parts)
    rows = "\n".join(["Sefton Borough Council gave £70,000 for the group.",
                      "Northgate Community Trust gave £30,000 for bus fares.",
                      "Gifts and sponsored walks raised £20,000."])
    got = _facts(_ACCOUNTS.format(lead="Our income for 2024-25 came to £120,000, made up as follows:", rows=rows,
                                  after=""))
    assert got[(8, 20000)][2] != 5


def test_a_row_split_later_between_two_payers_has_no_payer_of_its_own():
    rows = "\n".join(["    Police and Crime Commissioner for Merseyside ........ £70,000",
                      "    Northgate Community Trust ........................... £30,000",
                      "    Donations and fundraising ........................... £20,000"])
    after = "The Commissioner's grant was made up of £50,000 of Home Office money and £20,000 from her own budget."
    got = _facts(_ACCOUNTS.format(lead="Our income for 2024-25 came to £120,000, made up as follows:", rows=rows,
                                  after=after))
    assert got[(6, 70000)][:3] == ("part", None, 5)
    assert got[(8, 20000)][:3] == ("part", "partners", 5)


def test_a_row_a_later_sentence_gives_one_payer_keeps_its_payer():
    # (near-miss: the later sentence names one payer only, so the row's own label still names its payer)
    rows = "\n".join(["    Police and Crime Commissioner for Merseyside ........ £70,000",
                      "    Northgate Community Trust ........................... £30,000",
                      "    Donations and fundraising ........................... £20,000"])
    after = "The Commissioner's grant pays for the group course in Bootle."
    got = _facts(_ACCOUNTS.format(lead="Our income for 2024-25 came to £120,000, made up as follows:", rows=rows,
                                  after=after))
    assert got[(6, 70000)][:3] == ("part", "PCC", 5)


# --- A charity's accounts (a comparative names last year, so "the year" is the year after it): its expenditure for the
# year is context for that year with no area; its reserves, at a date or as a policy level, are context with no period;
# a piece of a longer award said to be received this year, or left unspent at the year end, is that year's ----------

_REPORT = """Marsh Lane Change
Trustees' report

Income for the year was £150,000 (2023-24: £140,000), all of it spent on our group course for men.
{line}
"""


@pytest.mark.parametrize("line", [
    "Expenditure for the year was £146,200, most of it on the wages of group facilitators.",
    "Total expenditure in the year came to £146,200 against that income.",
])
def test_expenditure_for_the_year_is_context_for_the_accounts_year(line):
    got = {k: a for k, a in awards_by_key(_REPORT.format(line=line)).items()}
    d = got[(5, 146200)]
    assert d.funding_role == "context" and not d.pfa_code and d.period_start == "2024-25"


def test_spending_on_one_service_in_the_year_is_not_expenditure_context():
    # (near-miss: money the text says a named body paid for the year is a grant, not the charity's expenditure)
    got = awards_by_key(_REPORT.format(line="The county council gave £20,000 for the year towards the group course."))
    assert got[(5, 20000)].funding_role != "context"


@pytest.mark.parametrize("line", [
    "At 31 March 2025 unrestricted reserves stood at £31,400, below the level the trustees want.",
    "Our policy is to hold free reserves equal to four months' running costs, roughly £50,000 at present.",
])
def test_reserves_are_context_with_no_period(line):
    got = awards_by_key(_REPORT.format(line=line))
    d = next(a for (n, _), a in got.items() if n == 5)
    assert d.funding_role == "context" and not d.period_start and not d.pfa_code


def test_money_added_from_reserves_is_not_a_balance():
    # (near-miss: a body putting its reserves into the work is match money, not a balance)
    got = awards_by_key(_REPORT.format(line="The charity will add £8,000 from its own reserves to the group course."))
    assert got[(5, 8000)].funding_role != "context"


@pytest.mark.parametrize("verb", ["was received this year", "was paid to us during the year"])
def test_a_piece_of_a_longer_award_received_this_year_is_the_accounts_year(verb):
    line = (f"The Ferris Trust award is £90,000 over the three years April 2023 to March 2026. £30,000 of it {verb}, "
            "and £4,500 of that was unspent at 31 March.")
    got = awards_by_key(_REPORT.format(line=line))
    assert (got[(5, 90000)].period_start, got[(5, 90000)].period_end) == ("2023-24", "2025-26")
    assert (got[(5, 30000)].period_start, got[(5, 30000)].period_end) == ("2024-25", "2024-25")
    assert (got[(5, 4500)].period_start, got[(5, 4500)].period_end) == ("2024-25", "2024-25")


def test_a_piece_with_no_year_words_keeps_the_awards_span():
    # (near-miss: a piece its clause does not place in the accounts' year takes its award's span)
    line = "The Ferris Trust award is £90,000 over the three years April 2023 to March 2026. £30,000 of it pays for a worker."
    got = awards_by_key(_REPORT.format(line=line))
    assert (got[(5, 30000)].period_start, got[(5, 30000)].period_end) == ("2023-24", "2025-26")


# --- A figure its own sentence calls a mix of two payers' money with no split is neither payer's ---------------------

@pytest.mark.parametrize("tail", ["a mix of Home Office money and her own", "again a combination of Home Office and "
                                                                           "commissioner funding"])
def test_a_mix_of_payers_names_no_funder(tail):
    text = f"Tyne Valley Change\n\nThe Home Office and the Northumbria commissioner fund us.\n\nThe Commissioner has offered £175,000 for 2025-26, {tail}.\n"
    got = awards_by_key(text)
    assert not got[(5, 175000)].funder


def test_one_payers_money_is_not_a_mix():
    # (near-miss: "mix" about the work, not the money's payers)
    text = ("Tyne Valley Change\n\nThe Home Office funds us.\n\nThe Home Office has offered £175,000 for 2025-26 for a "
            "group course for men.\n")
    got = awards_by_key(text)
    assert got[(5, 175000)].funder == "Home Office"


def test_a_mix_of_kinds_of_work_is_not_a_mix_of_payers():
    text = ("Tyne Valley Change\n\nThe Home Office funds us.\n\nThe Home Office has offered £175,000 for 2025-26, a "
            "mix of group and one-to-one work with men.\n")
    got = awards_by_key(text)
    assert got[(5, 175000)].funder == "Home Office"


# --- "council tax" names the tax a commissioner's precept is raised from, not a council paying --------------------------

@pytest.mark.parametrize("words", ["of council tax payers' money", "of council-tax money", "from council tax"])
def test_council_tax_is_no_councils_money(words):
    text = (f"Letters\n\nOur Police and Crime Commissioner has spent £900,000 {words} on courses for men who abuse "
            "their partners.\n")
    got = awards_by_key(text)
    assert got[(3, 900000)].funder != "local authority"


def test_a_council_named_as_payer_is_still_a_council():
    # (near-miss: the county council itself paying)
    text = "Letters\n\nThe county council pays £45,000 a year for support for the partners of men on the course.\n"
    got = awards_by_key(text)
    assert got[(3, 45000)].funder == "local authority"


# --- A yearly rate naming its payer, stated just after that payer's share of a sum, is that share's per-year profile --

@pytest.mark.parametrize("rate", [
    "The Home Office pays its share as £150,000 in each of the two years.",
    "The Home Office money comes as £150,000 in each of the two years.",
])
def test_a_payers_yearly_rate_profiles_its_share(rate):
    text = ("Perpetrator work in Rutland\n\n"
            "The programme costs £400,000 over the two years 2025-26 and 2026-27. Of that, £300,000 is Home Office "
            f"grant and the remaining £100,000 comes from my own budget.\n{rate}\n")
    pieces = [a for a in awards(text) if a.source_line == 4 and a.amount.pence == 15000000]
    assert len(pieces) == 2 and {a.period_start for a in pieces} == {"2025-26", "2026-27"}
    assert all(a.funding_role == "part" and a.part_of_line == 3 and a.funder == "Home Office" for a in pieces)


def test_another_payers_yearly_rate_is_not_the_share_profile():
    # (near-miss: the rate's own clause names a different payer from the share it would add up to)
    text = ("Perpetrator work in Rutland\n\n"
            "The programme costs £400,000 over the two years 2025-26 and 2026-27. Of that, £300,000 is Home Office "
            "grant and the remaining £100,000 comes from my own budget.\n"
            "The county council pays £150,000 in each of the two years for a refuge.\n")
    got = awards_by_key(text)
    assert all(a.part_of_line != 3 for (n, p), a in got.items() if n == 4)


# --- Money raised for another charity's cause (a hospice) standing alone is no fact of this work ----------------------

def test_money_raised_for_a_hospice_is_not_read():
    text = ("Letters\n\nThe commissioner funds a £300,000 course for men who abuse their partners.\n\n"
            "Thank you\nOur quiz night for Marram Bay Hospice raised £2,340. Thanks to all who came.\n")
    got = awards_by_key(text)
    assert (6, 2340) not in got


def test_money_raised_for_abuse_work_is_still_read():
    # (near-miss: the same wording about the domestic abuse service keeps the figure)
    text = ("Letters\n\nThe commissioner funds a £300,000 course for men who abuse their partners.\n\n"
            "Thank you\nOur quiz night for the domestic abuse refuge raised £2,340. Thanks to all who came.\n")
    got = awards_by_key(text)
    assert (6, 2340) in got


# --- "support for the men's partners": partner support named with whose partners they are ----------------------------

def _components(text):
    from release_probe import read
    return {(c.source_line, c.component) for c in read(text).components}


@pytest.mark.parametrize("words", ["support for the men's partners", "help for the perpetrators' partners",
                                   "advice offered to the participants' former partners"])
def test_support_for_whose_partners_is_partner_support(words):
    text = f"Perpetrator work in Rutland\n\nThe county council pays £30,000 a year for {words}, run by Oakhill Haven.\n"
    assert (3, "partner_support") in _components(text)


def test_support_for_partner_agencies_is_not_partner_support():
    # (near-miss: partners as agencies, not the people harmed)
    text = "Perpetrator work in Rutland\n\nThe county council pays £30,000 a year for support for partner agencies.\n"
    assert (3, "partner_support") not in _components(text)


# --- A year the money is said to change in ("shows how that rises in 2026-27") is not the figure's year; money said to
# be this year's, a few words after the figure, takes the year a table restating it gives -----------------------------

_PLAN = """# Rutland plan

Rutland's Home Office allocation for 2025-26 is £512,000. I have added £120,000 from my own budget this year, and the table below shows how that {verb} in 2026-27.

| Funding source | 2025-26 £000 | 2026-27 £000 |
|---|---|---|
| Home Office perpetrator grant | 512.0 | 512.0 |
| Commissioner's own budget | 120.0 | 140.0 |
"""


@pytest.mark.parametrize("verb", ["rises", "grows", "changes"])
def test_a_year_the_money_changes_in_is_not_its_own(verb):
    got = awards_by_key(_PLAN.format(verb=verb))
    d = got[(3, 120000)]
    assert (d.period_start, d.period_end) == ("2025-26", "2025-26")


def test_a_later_figure_with_its_year_keeps_that_year():
    # (near-miss: "rises to £140,000 in 2026-27" names the later figure's own year)
    text = ("# Rutland plan\n\nMy own budget adds £140,000 to the Home Office grant in 2026-27, and it rises to £160,000 "
            "in 2027-28.\n")
    got = awards_by_key(text)
    assert got[(3, 160000)].period_start == "2027-28"


# --- Organisations: an imperative verb opening a plan's numbered commitment is no body; a publication footer is set
# aside; a department named only as the holder of a figure, on a line with no sum, is no funder ----------------------

def _orgs(text):
    from release_probe import read
    return {(o.source_line, o.organisation, o.role) for o in read(text).organisations}


@pytest.mark.parametrize("verb", ["Pay", "Fund", "Open"])
def test_a_plans_imperative_verb_is_no_body(verb):
    text = (f"# What we will do\n\n1. {verb} for three independent domestic violence advisers for the partners of men "
            "on the course.\n")
    assert not any(name == verb for _, name, _ in _orgs(text))


def test_a_named_provider_in_a_plan_item_is_still_read():
    # (near-miss: a body named by its own name in the same kind of item)
    text = ("# What we will do\n\n1. Fund three advisers for the partners of men on the course.\n\n"
            "Partner support is provided by Elmstead Haven.\n")
    assert any(name == "Elmstead Haven" for _, name, _ in _orgs(text))


@pytest.mark.parametrize("footer", [
    "Published by the Rutland commissioner's office. Braille copies are available on request.",
    "*Produced by the Rutland Safer Homes Partnership. Contact: info@example.org*",
])
def test_a_publication_footer_gives_no_organisation(footer):
    text = ("# Rutland plan\n\nThe Home Office gave Rutland £300,000 for 2025-26 for a group course for men.\n\n"
            f"{footer}\n")
    assert not any(n == 5 for n, _, _ in _orgs(text))


def test_published_by_with_a_sum_is_not_a_footer():
    # (near-miss: a line with money on it is a statement)
    text = "# Rutland plan\n\nPublished by the commissioner today, the plan gives £300,000 to the course for 2025-26.\n"
    got = awards_by_key(text)
    assert (3, 300000) in got


@pytest.mark.parametrize("line", ["The Home Office figure for 2026-27 takes this year's allocation as given.",
                                  "The Home Office lines follow the grant agreement."])
def test_a_departments_figure_named_without_a_sum_gives_no_funder(line):
    text = f"# Rutland plan\n\nRutland has £300,000 of Home Office money for 2025-26.\n\n{line}\n"
    assert (5, "Home Office", "funder") not in _orgs(text)


def test_a_departments_figure_with_its_sum_gives_the_funder():
    # (near-miss: the line gives the sum of the Home Office figure)
    text = "# Rutland plan\n\nThe 2026-27 Home Office figure of £300,000 assumes the same allocation as this year.\n"
    assert (3, "Home Office", "funder") in _orgs(text)


# --- "Its … fund" just after a sentence whose subject is the Home Office: the department's fund --------------------

@pytest.mark.parametrize("first", ["The Home Office has confirmed money for 2026-27 only.",
                                   "4.2 The Home Office has said it will decide later years in the spring."])
def test_its_fund_after_the_department_is_the_departments(first):
    text = (f"Rutland perpetrator work\n\nThe Rutland commissioner has £300,000 for 2026-27.\n{first} Its national "
            "perpetrator fund for that year is about £30 million.\n")
    got = awards_by_key(text)
    assert got[(4, 30000000)].funder == "Home Office" and got[(4, 30000000)].funding_role == "context"


def test_its_fund_after_another_subject_keeps_no_funder():
    # (near-miss: the sentence before is about the council, so "its" is not the department's)
    text = ("Rutland perpetrator work\n\nThe Rutland commissioner has £300,000 for 2026-27.\nThe county council has "
            "confirmed its share. Its national perpetrator fund for that year is about £30 million.\n")
    got = awards_by_key(text)
    assert got[(4, 30000000)].funder != "Home Office"


# --- a support worker for the partner ... from X: X supports partners ------------------------------------------------

@pytest.mark.parametrize("item", [
    "c) a support worker for the partner or former partner of each participant, from Elmstead Women's Aid;",
    "- support workers for the partners of participants, from Elmstead Women's Aid.",
])
def test_a_support_worker_for_the_partner_from_a_body(item):
    text = f"Rutland service\n\nThe service offers:\n{item}\n"
    assert (4, "Elmstead Women's Aid", "survivor_support_provider") in _orgs(text)


def test_support_for_partner_agencies_from_a_body_is_not_partner_support():
    # (near-miss: partner agencies are not the people harmed)
    text = "Rutland service\n\nThe service offers:\n- support to partner agencies from Elmstead Training Trust.\n"
    assert (4, "Elmstead Training Trust", "survivor_support_provider") not in _orgs(text)


# --- The Home Office named for its figure with no sum after it in the sentence, or for its data, tables or grant
# agreements, is no funder on that line ----------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "The commissioner also put £90,000 of her own budget into the course, which the Home Office figure leaves out.",
    "Source: Home Office grant agreements, as sent to the researchers in June 2023.",
    "Home Office monitoring data for 2024/25 show that most men who started went on to finish.",
    "We checked the Home Office's own allocation tables for every area.",
])
def test_a_departments_figure_or_data_is_no_funder(line):
    text = f"# Rutland\n\nRutland has a perpetrator programme for men.\n\n{line}\n"
    assert (5, "Home Office", "funder") not in _orgs(text)


@pytest.mark.parametrize("line", [
    "The Home Office figure of £300,000 is taken from the offer letter.",
    "The Home Office grant agreement sets the award at £300,000 for 2025-26.",
    "£20,000 of the 2024/25 grant was carried forward with the Home Office's agreement.",
])
def test_a_departments_figure_with_its_sum_or_its_consent_is_a_funder(line):
    # (near-misses: the figure's sum is given, or the department agrees to money being moved)
    text = f"# Rutland\n\nRutland has a perpetrator programme for men.\n\n{line}\n"
    assert (5, "Home Office", "funder") in _orgs(text)


# --- An accounts-style comparative in brackets, "(2023-24: 94)", reports last year's result -------------------------

def _outcomes(text):
    from release_probe import read
    return {(o.source_line, o.value): o for o in read(text).outcomes}


@pytest.mark.parametrize("bracket", ["(2023-24: 81)", "(2023/24: 81)"])
def test_a_bracketed_comparative_reports(bracket):
    got = _outcomes(f"Annual report\n\nReferrals: 120 {bracket}.\n")
    assert got[(3, 81.0)].status == "reported"


def test_a_bracketed_target_is_not_a_comparative():
    # (near-miss: a bracket naming a target aims; it is not read as last year's result)
    got = _outcomes("Annual report\n\nReferrals: 120 (target for 2025-26: 150).\n")
    assert (3, 150.0) not in got or got[(3, 150.0)].status != "reported"


# --- Labelled counts: "Still attending at …: N" counts people on the course; "Started: y. Completed: x." is x with
# base y, the starters no outcome of their own ---------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Still attending at 31 March: 12.", "Still on the course: 12."])
def test_a_still_attending_label_counts_people_on_the_course(label):
    got = _outcomes(f"Annual report\n\nReferrals: 120. {label}\n")
    assert got[(3, 12.0)].about == "perpetrators" and got[(3, 12.0)].base is None


@pytest.mark.parametrize("chain", ["Started: 70. Completed: 41.", "Started: 70. Finished: 41."])
def test_labelled_starters_then_completers_are_one_outcome(chain):
    got = _outcomes(f"Annual report\n\nReferrals: 120. {chain}\n")
    assert got[(3, 41.0)].base == 70.0 and (3, 70.0) not in got


def test_labelled_counts_in_another_order_keep_their_own():
    # (near-miss: completers labelled before starters are not read as a chain)
    got = _outcomes("Annual report\n\nReferrals: 120. Completed: 41. Started: 70.\n")
    assert got[(3, 41.0)].base is None
