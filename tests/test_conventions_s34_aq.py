"""Rules of the thirty-fourth session's tuning (tuner aq) on a patient-voice listening report, a police federation
magazine feature, a council's corporate risk register extract and a combined authority's written answers.
Every case is an invented sentence; the near misses are sentences the rule must leave as it was."""

import pytest

from release_probe import award_errors, awards_by_key, kinds_on_line, organisation_facts, read


# --- A table aligned with spaces and set in from the left as a whole (a register's field value: the field's name in
# the left column, the table under it in the value column) has its labels' heading as far in as its rows' labels:
# "Funding (£)" over the labels heads its year columns in pounds, as it does at the left margin ----------------------

_INDENTED_TABLE = (
    "The Dorset commissioner funds a perpetrator course run by Harbourside Change.\n"
    "\n"
    "             Money for the course (£)     2025/26     2026/27\n"
    "             Home Office grant             150,000     140,000\n"
    "             Commissioner's budget          40,000      40,000\n"
    "             Total                         190,000     180,000\n"
)


def test_an_indented_tables_pounds_heading_over_its_labels_heads_its_year_columns():
    errors = award_errors(_INDENTED_TABLE, {
        (4, 150000): dict(role="part", funder="Home Office", part=6, start="2025-26", end="2025-26"),
        (4, 140000): dict(role="part", funder="Home Office", part=6, start="2026-27", end="2026-27"),
        (5, 40000, "2026-27"): dict(role="part", funder="PCC", part=6),
        (6, 190000): dict(role="total", start="2025-26"),
        (6, 180000): dict(role="total", start="2026-27"),
    })
    assert not errors, errors


def test_a_heading_standing_in_over_the_figures_alone_still_heads_no_labels():
    # (near miss: a heading row indented over the figure columns, with its rows' labels at the margin, keeps its
    # first heading over the figures)
    text = (
        "The Dorset commissioner funds a perpetrator course.\n"
        "\n"
        "                      2025/26 (£)     2026/27 (£)\n"
        "Home Office grant       150,000         140,000\n"
    )
    got = awards_by_key(text)
    assert got[(4, 150000)].period_start == "2025-26" and got[(4, 140000)].period_start == "2026-27", got


# --- A register's field row, its name in the left column and after a gap a sentence holding the figure ("Mitigation
# (a) The commissioner adds £X a year in … to the grant"), is read as prose: the sentence's verb, payer and years
# give the figure's role, not a table row's label ---------------------------------------------------------------------

_REGISTER = (
    "Risk register extract: the Kent perpetrator course.\n"
    "Cause        The Home Office grant of £300,000 pays for most of the course.\n"
    "Mitigation   (a) The commissioner adds £25,000 a year in 2025/26 and 2026/27 to the\n"
    "                 grant as match funding.\n"
)


def test_a_register_fields_sentence_is_read_as_prose():
    errors = award_errors(_REGISTER, {
        (3, 25000, "2025-26"): dict(role="match_funding", funder="PCC", start="2025-26", end="2025-26"),
        (3, 25000, "2026-27"): dict(role="match_funding", funder="PCC", start="2026-27", end="2026-27"),
    })
    assert not errors, errors


def test_a_label_and_figures_row_stays_a_table_row():
    # (near miss: a row of a label and bare figures under a heading is no field sentence)
    text = (
        "The Kent commissioner funds a perpetrator course.\n"
        "\n"
        "Source (£)              2025/26     2026/27\n"
        "Home Office grant       150,000     140,000\n"
    )
    got = awards_by_key(text)
    assert got[(4, 150000)].period_start == "2025-26" and got[(4, 140000)].period_start == "2026-27", got


# --- A commissioner named by the initials PFCC as the subject adding money to the grant is the payer of that match
# funding, as "the commissioner" is ----------------------------------------------------------------------------------

@pytest.mark.parametrize("subject", ["The Dorset PFCC", "The Dorset commissioner"])
def test_match_funding_added_by_a_pfcc_is_the_commissioners(subject):
    text = ("The Dorset council funds a perpetrator course.\n"
            f"{subject} adds £30,000 in 2025/26 to the Home Office grant as match funding.\n")
    errors = award_errors(text, {(2, 30000): dict(role="match_funding", funder="PCC", start="2025-26")})
    assert not errors, errors


# --- A sum named as at risk ("Money at risk: £X in 2026/27", "leaving £X at risk") measures what may be lost, and a
# modelled option "saving £X a year" what a budget would no longer spend: context, no area's award ------------------

_SERVICE = "The Kent commissioner has a Home Office grant of £300,000 for a perpetrator course in 2025/26.\n"


@pytest.mark.parametrize("sentence, amount, start", [
    ("Money at risk: £48,000 in 2026/27 if the grant is not renewed.", 48000, "2026-27"),
    ("A late decision would put £48,000 at risk.", 48000, None),
    ("Option 2 runs one group instead of two, saving £40,000 a year.", 40000, None),
])
def test_money_at_risk_or_saved_is_context(sentence, amount, start):
    d = awards_by_key(_SERVICE + sentence + "\n")[(2, amount)]
    assert (d.funding_role, d.pfa_code or None, d.period_start or None) == ("context", None, start), d


def test_money_paid_for_a_risk_is_still_an_award():
    # (near miss: money paid to meet a risk is an award; "risk" without "at risk" reads nothing)
    d = awards_by_key(_SERVICE + "The council adds £48,000 to manage the risk to victims.\n")[(2, 48000)]
    assert d.funding_role != "context", d


# --- A figure glossed just after it as two named payers' money together ("£X in 2026/27 (the Home Office grant and
# the ICB's money)") is a sum across funders: funder null (README, funder) -------------------------------------------

@pytest.mark.parametrize("gloss, funder", [
    ("(the Home Office grant and the health board's money)", None),
    # (near miss: a gloss naming one payer's grant keeps that payer)
    ("(the Home Office grant)", "Home Office"),
])
def test_a_figure_glossed_as_two_payers_money_has_no_one_funder(gloss, funder):
    d = awards_by_key(_SERVICE + f"Money at risk: £48,000 in 2026/27 {gloss}.\n")[(2, 48000)]
    assert (d.funder or None) == funder, d.funder


# --- "its £X" after a body off the funder list named before it in the clause ("ask the health board to confirm its
# £X") is that body's money: no funder the list can name, not the grant's payer lent --------------------------------

@pytest.mark.parametrize("sentence, funder", [
    ("We will ask the ICB to confirm its £20,000 towards the course in 2026/27.", None),
    # (near miss: the pronoun pointing back to a council names the council as payer as before)
    ("We will ask the county council to confirm its £20,000 towards the course in 2026/27.", "local authority"),
])
def test_its_sum_after_a_body_off_the_funder_list_has_no_funder(sentence, funder):
    d = awards_by_key(_SERVICE + sentence + "\n")[(2, 20000)]
    assert (d.funder or None) == funder, d.funder


# --- A leisure operator's fee and a transport authority's bus fares are other business: no fact standing alone, also
# where the figure's own sentence says only "the cap" under a section heading naming the fares -----------------------

def test_a_leisure_operators_fee_is_no_fact():
    got = awards_by_key(_SERVICE + "The leisure contract's operator wants a higher fee (£1.1m a year).\n")
    assert not [k for k in got if k[0] == 2], got


_PAGE = (
    "<html><body><main>\n"
    "<h2>Q1. Perpetrator work</h2>\n"
    "<p>The Mayor has given £90,000 from the police fund to a group course for men in Leeds.</p>\n"
    "<h2>Q2. {topic}</h2>\n"
    "<p>Will the single {words} continue?</p>\n"
    "<p>Yes. Keeping the cap costs £4.2m a year.</p>\n"
    "</main></body></html>\n"
)


@pytest.mark.parametrize("topic, words, kept", [
    ("Bus fares", "fare cap", False),
    # (near miss: a section about this genre's work keeps its figure)
    ("Stalking perpetrators", "stalking clinic", True),
])
def test_a_figure_in_a_section_about_bus_fares_is_no_fact(topic, words, kept):
    got = awards_by_key(_PAGE.format(topic=topic, words=words), "invented.html")
    assert ((6, 4200000) in got) is kept, got


# --- A package's list of items under "£X from three sources:" whose items' first figures add up to it: a later figure
# on an item naming what that piece belongs to ("its share this year of £Y that the area got") is an award of its own, no
# piece; the whole is a total across the items' payers; an item called money added to the grant keeps its own years --

_PACKAGE = (
    "Report on the Leeds perpetrator course.\n"
    "The course is paid for in 2025/26 by £300,000 from three sources:\n"
    "  - £200,000 from the Home Office, being its share this year of £390,000 that West Yorkshire got for "
    "2024/25 and 2025/26;\n"
    "  - £60,000 that the Mayor puts on top of the Home Office grant as match funding;\n"
    "  - £40,000 from Leeds City Council.\n"
)


def test_a_packages_items_first_figures_are_its_pieces_and_a_later_one_is_its_own_award():
    errors = award_errors(_PACKAGE, {
        (2, 300000): dict(role="total", funder=None, start="2025-26"),
        (3, 200000): dict(role="part", funder="Home Office", part=2, start="2025-26", end="2025-26"),
        (3, 390000): dict(role="grant", funder="Home Office", part=None, start="2024-25", end="2025-26"),
        (4, 60000): dict(role="part", funder="PCC", part=2, start=None, end=None),
        (5, 40000): dict(role="part", funder="local authority", part=2, start="2025-26"),
    })
    assert not errors, errors


# --- "has set aside £X in his draft 2026/27 budget": a sum put in the commissioner's or mayor's budget is his own
# money (own funding), not the release's grantor's passed on --------------------------------------------------------

@pytest.mark.parametrize("where, role, funder", [
    ("in her draft 2026/27 budget", "own_funding", "PCC"),
    # (near miss: a sum set aside with no budget named keeps the grant the release is about)
    ("for 2026/27", "grant", "Home Office"),
])
def test_a_sum_set_aside_in_the_commissioners_budget_is_own_funding(where, role, funder):
    text = ("The Kent commissioner's perpetrator course is paid for by a Home Office grant.\n"
            f"The Commissioner, Ann Ray, has set aside £50,000 {where} for a second group.\n")
    errors = award_errors(text, {(2, 50000): dict(role=role, funder=funder, start="2026-27")})
    assert not errors, errors


# --- "none of that money is for <the service>" after a sum: money for other work, no fact standing alone ------------

@pytest.mark.parametrize("after, kept", [
    ("none of that money is for Safe Steps", False),
    ("none of that money is for the course", False),
    # (near miss: money said to be for the service is read)
    ("all of that money is for Safe Steps", True),
])
def test_a_sum_said_to_be_none_of_the_services_money_is_no_fact(after, kept):
    text = ("Safe Steps is the Kent commissioner's perpetrator course, paid for by a Home Office grant.\n"
            f"Separately, the county council pays us £90,000 a year to run our advice line; {after}.\n")
    assert ((2, 90000) in awards_by_key(text)) is kept


# --- "The helpline has its own money: £X from the Ministry of Justice": a service's own money, apart from the rest, paid
# by the grantor its figure's clause names, not the commissioner's own budget ----------------------------------------

@pytest.mark.parametrize("opening, role, funder", [
    ("The helpline has its own money", "grant", "Ministry of Justice"),
    # (near miss: the commissioner's own money keeps its reading)
    ("The commissioner adds money of her own", "own_funding", "PCC"),
])
def test_a_services_own_money_from_a_grantor_is_that_grantors_grant(opening, role, funder):
    text = ("The Kent commissioner funds a perpetrator course with the Home Office grant.\n"
            f"{opening}: £40,000 from the Ministry of Justice for 2025/26.\n")
    d = awards_by_key(text)[(2, 40000)]
    assert (d.funding_role, d.funder) == (role, funder), d


# --- A staff body's welfare or benevolent fund, or a decompression day for its members, is no perpetrator funding ----

def test_a_welfare_fund_grant_for_officers_is_no_fact():
    text = ("The Kent commissioner funds a perpetrator unit with the Home Office grant.\n"
            "From its welfare fund the branch will also pay £1,800 towards a decompression day for the unit's "
            "officers.\n")
    assert not [k for k in awards_by_key(text) if k[0] == 2]


# --- One group named by its place where money keeps it running or a modelled service has it ("would keep one group
# running in each of Leek and Stone", "a smaller service with one group in Hull"): a group_programme fact (README,
# "Named and numbered groups") -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, found", [
    ("£80,000 keeps one group running in each of Leek and Stone.", True),
    ("A smaller service with one group in Hull is one option.", True),
    # (near miss: a group of people in a place is no course's group)
    ("We met one group of residents in Hull.", False),
])
def test_one_group_named_by_its_place_is_group_work(sentence, found):
    text = "The Kent commissioner funds a perpetrator course.\n" + sentence + "\n"
    assert ("group_programme" in kinds_on_line(text, 2)) is found


# --- The wait before a first session ("the wait from referral to a first group session ran to nine weeks") describes no
# group, and its length is no course's length ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, found", [
    ("Last year the wait from referral to a first group session ran to nine weeks.", False),
    # (near misses: a group's own length is read; waiting times for the course still name it)
    ("The group course for men lasts nine weeks.", True),
    ("Waiting times for the group course are now up to nine weeks.", True),
])
def test_the_wait_for_a_group_is_no_group(sentence, found):
    text = "The Kent commissioner funds a perpetrator course.\n" + sentence + "\n"
    assert ("group_programme" in kinds_on_line(text, 2)) is found


# --- "N months into a two-year secondment": time already spent, and a secondment's length, are no length of the work -

@pytest.mark.parametrize("sentence, length", [
    ("Two detectives are ten months into a one-year secondment with a unit working with serial perpetrators.",
     None),
    # (near miss: the work's own length is read)
    ("The team works with serial perpetrators for up to two years.", (2, "year")),
])
def test_time_into_a_secondment_is_no_length_of_the_work(sentence, length):
    text = "The Kent commissioner funds a perpetrator course.\n" + sentence + "\n"
    got = {c.component: c for c in read(text).components if c.source_line == 2}
    c = got["high_harm"]
    assert ((c.duration_value, c.duration_unit) if c.duration_value else None) == length, c


# --- A one-word brand with a Drive-style service in apposition ("Keel, a Drive-style service for the most harmful
# men") is a named programme, with the length its line gives (README, "Named programmes") ----------------------------

def test_a_brand_described_as_a_drive_style_service_is_a_named_programme():
    text = ("The Kent commissioner funds a perpetrator course.\n"
            "Referrals also go to Keel, a Drive-style service for men who pose the greatest risk, giving each man a "
            "case manager for up to 12 months.\n")
    got = {c.component: c for c in read(text).components if c.source_line == 2}
    assert got["named_programme"].programme_name == "Keel"
    assert (got["named_programme"].duration_value, got["named_programme"].duration_unit) == (12, "month")


# --- Partners and the worker who reaches them ("Partners praised the worker who called them each week") describe
# partner support, the sentence opening on "Partners" with a capital too ------------------------------------------------

@pytest.mark.parametrize("sentence, found", [
    ("Partners praised the worker who called them each week.", True),
    ("Ex-partners said the advocate who visited them was a lifeline.", True),
    # (near miss: a worker named with no partners reached is no partner support)
    ("Men valued the worker who rang them every week.", False),
])
def test_partners_and_the_worker_who_rings_them_are_partner_support(sentence, found):
    text = "The Kent commissioner funds a perpetrator course.\n" + sentence + "\n"
    assert ("partner_support" in kinds_on_line(text, 2)) is found


# --- A brand named only as what other money is not for ("none of that money is for Safe Steps") is not described -----

@pytest.mark.parametrize("which, found", [
    ("none", False),
    # (near miss: money said to be for the brand names it as what it pays for)
    ("all", True),
])
def test_a_brand_named_as_what_money_is_not_for_is_no_named_programme(which, found):
    text = ("We spoke to men who had used Safe Steps, the county's service for men who harm a partner.\n"
            f"Separately, the county council pays us £90,000 a year for our advice line; {which} of that money is "
            "for Safe Steps.\n")
    assert ("named_programme" in kinds_on_line(text, 2)) is found


# --- The people a report's authors spoke to ("We spoke to 20 men, 8 partners and 11 referrers") are
# who was asked, no outcome; a finding about them with its base in words ("three of the eight partners we spoke to")
# is a count with that base --------------------------------------------------------------------------------------------

def _outcomes(text: str) -> dict:
    return {(o.source_line, o.value): o for o in read(text).outcomes}


def test_the_people_a_report_spoke_to_are_no_outcomes():
    text = ("The Kent commissioner funds a perpetrator course.\n"
            "We spoke to 20 men on the course, 8 partners and 11 referrers.\n")
    assert not [k for k in _outcomes(text) if k[0] == 2]


@pytest.mark.parametrize("sentence, want", [
    ("Three of the eight partners we interviewed had never been told about the course.", (3.0, 8.0, "partners")),
    ("Three of the eight men had finished the course.", (3.0, 8.0, "perpetrators")),
])
def test_a_base_written_as_a_word_gives_the_count_its_base(sentence, want):
    got = _outcomes("The Kent commissioner funds a perpetrator course.\n" + sentence + "\n")[(2, want[0])]
    assert (got.value, got.base, got.about) == want, got


# --- "X is commissioned by the OPCC and delivered by Y": the service is commissioned, Y only delivers it (README,
# "Contract holders": no contract wording on Y) ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, role", [
    ("Safe Steps is commissioned by the Kent OPCC and delivered by Harbour Change CIC.", "delivery_partner"),
    # (near miss: a body itself commissioned by the office holds the contract)
    ("Harbour Change CIC was commissioned by the Kent Police and Crime Commissioner in 2024 to run Safe Steps.",
     "commissioned_service"),
])
def test_a_service_commissioned_by_one_body_and_delivered_by_another(sentence, role):
    got = organisation_facts("The Kent commissioner funds a perpetrator course.\n" + sentence + "\n")
    assert (2, "Harbour Change CIC", role) in got, got


# --- "£X from the Ministry of Justice, which the OPCC passes to Y": Y receives that money --------------------------

def test_the_body_a_relative_clause_on_the_sum_passes_it_to_is_a_recipient():
    got = organisation_facts("The Kent commissioner funds a perpetrator course.\n"
                "The clinic is paid for with £40,000 from the Ministry of Justice, which the OPCC passes to Harbour "
                "Change CIC.\n")
    assert (2, "Harbour Change CIC", "recipient") in got, got


# --- A contract's or service's funding table ("Contract funding (£)", "Funding sources") lists where its money comes
# from: a row naming a body off the funder list names that body as a funder, as an income table's row does ------------

_CONTRACT_TABLE = ("The Kent council funds a perpetrator course.\n"
                   "\n"
                   "Contract funding (£)        2025/26    2026/27\n"
                   "Home Office grant            150,000    140,000\n"
                   "North Kent ICB                20,000     20,000\n"
                   "Total                        170,000    160,000\n")


def test_a_contract_funding_tables_body_row_is_a_funder():
    assert (5, "North Kent ICB", "funder") in organisation_facts(_CONTRACT_TABLE)


def test_a_table_row_naming_a_body_off_the_funder_list_keeps_funder_null():
    # (README, funder: a payer outside the list is null; the total's or the release's payer is not lent to its row)
    errors = award_errors(_CONTRACT_TABLE, {
        (4, 150000): dict(role="part", funder="Home Office", part=6),
        (5, 20000, "2025-26"): dict(role="part", funder=None, part=6),
    })
    assert not errors, errors


# --- A body that confirms, renews or keeps its own sum, or is asked to ("ask the health board to confirm its £X"), pays it --

@pytest.mark.parametrize("sentence, name", [
    ("We will ask the ICB to confirm its £20,000 towards the course.", "ICB"),
    ("North Kent ICB has confirmed its £20,000 towards the course.", "North Kent ICB"),
])
def test_a_body_confirming_its_own_sum_is_its_funder(sentence, name):
    got = organisation_facts("The Kent council funds a perpetrator course.\n" + sentence + "\n")
    assert (2, name, "funder") in got, got


# --- A line whose only sum is glossed as two payers' money together names no Home Office funder (README, "Home Office
# money and letters in prose": a line whose only sum is a total across payers) -------------------------------------

@pytest.mark.parametrize("gloss, found", [
    ("(the Home Office grant and the health board's money)", False),
    # (near miss: a sum glossed as the Home Office grant alone names its payer)
    ("(the Home Office grant)", True),
])
def test_a_sum_across_payers_names_no_home_office_funder(gloss, found):
    got = organisation_facts(f"The Kent council funds a perpetrator course.\nMoney at risk: £48,000 in 2026/27 {gloss}.\n")
    assert ((2, "Home Office", "funder") in got) is found, got
