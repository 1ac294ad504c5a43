"""Where a part's funder comes from (README: funding_role ``part``, "A part keeps the whole's funder and area,
unless its own clause or table row names another … rows that name no funder keep the total's null"): a piece
whose own words name no payer takes its whole's, not the release's funder or a payer named for the figure before
it; a piece naming its own payer keeps it. Invented texts, several layouts."""

from release_probe import award_errors


def test_pieces_of_the_commissioners_budget_naming_no_payer_are_hers():
    # a Home Office release: the commissioner's £75,000 split in a clause after a semicolon, each piece naming no
    # payer, is her money, not the release's Home Office grant
    text = (
        "Gloucestershire has been awarded £410,000 by the Home Office for 2025-26.\n\n"
        "The commissioner will fund a helpline and training from her own budget at a cost of £75,000 in 2025-26; "
        "the helpline takes £45,000 and the training £30,000.\n"
    )
    assert award_errors(text, {
        (1, 410000): dict(role="grant", funder="Home Office", start="2025-26", end="2025-26"),
        (3, 75000): dict(role="own_funding", funder="PCC"),
        (3, 45000): dict(role="part", funder="PCC", part=3, start="2025-26", end="2025-26"),
        (3, 30000): dict(role="part", funder="PCC", part=3, start="2025-26", end="2025-26"),
    }) == []


def test_piece_naming_the_home_office_keeps_it_under_a_commissioners_whole():
    # the Home Office is named in the first piece's clause only: the second piece ("is for a helpline") is the
    # whole's, the commissioner's
    text = (
        "The commissioner has committed £300,000 from her own budget to perpetrator work in Suffolk over 2025-26.\n\n"
        "Of that sum, £200,000 is paid from the Home Office grant passed to the office and £100,000 is for a "
        "helpline.\n"
    )
    assert award_errors(text, {
        (1, 300000): dict(role="own_funding", funder="PCC"),
        (3, 200000): dict(role="part", funder="Home Office", part=1, start="2025-26", end="2025-26"),
        (3, 100000): dict(role="part", funder="PCC", part=1, start="2025-26", end="2025-26"),
    }) == []


def test_pieces_of_a_total_across_funders_naming_no_payer_have_none():
    # "made up of" three bracketed pieces: the grant's and the council's keep their payers; money brought forward
    # names none, so it keeps the total's null (not the release's Home Office, nor the council named after it)
    text = (
        "Leicestershire has been awarded £412,000 by the Home Office for perpetrator work over 2025-26.\n\n"
        "The sum available to the provider for 2025-26 is £470,500, made up of the Home Office grant (£412,000), an "
        "underspend brought forward from last year (£23,500) and the council's contribution (£35,000).\n"
    )
    assert award_errors(text, {
        (3, 470500): dict(role="total", funder=None, start="2025-26", end="2025-26"),
        (3, 412000): dict(role="part", funder="Home Office", part=3),
        (3, 23500): dict(role="part", funder=None, part=3, start="2025-26", end="2025-26"),
        (3, 35000): dict(role="part", funder="local authority", part=3),
    }) == []


def test_bracketed_pieces_of_a_jointly_funded_sum_have_no_payer():
    # a sum two bodies put in together, "divided between" bracketed items naming no payer: across funders, so null
    text = (
        "Lancashire will receive £500,000 from the Home Office for perpetrator work over 2025-26 and 2026-27.\n\n"
        "Of the £180,000 that the county council and the commissioner are jointly spending on family work, £120,000 "
        "would pay for a family worker and the remainder is divided between training for teachers (£40,000) and a "
        "parenting course (£20,000).\n"
    )
    assert award_errors(text, {
        (3, 180000): dict(role="total", funder=None),
        (3, 40000): dict(role="part", funder=None, part=3, start="2025-26", end="2026-27"),
        (3, 20000): dict(role="part", funder=None, part=3, start="2025-26", end="2026-27"),
    }) == []


def test_table_row_naming_no_payer_under_a_total_across_funders_has_none():
    # rows headed by their payers keep them; a row naming none keeps the TOTAL row's null (README, 'part')
    text = (
        "The Home Office has awarded Kent £500,000 for 2025-26.\n\n"
        "| Funding source | 2025-26 |\n"
        "|---|---|\n"
        "| Home Office grant | £500,000 |\n"
        "| Commissioner's budget | £75,000 |\n"
        "| Partner support | £25,000 |\n"
        "| Total | £600,000 |\n"
    )
    assert award_errors(text, {
        (5, 500000): dict(role="part", funder="Home Office", part=8, start="2025-26"),
        (6, 75000): dict(role="part", funder="PCC", part=8),
        (7, 25000): dict(role="part", funder=None, part=8, start="2025-26", end="2025-26"),
        (8, 600000): dict(role="total", funder=None),
    }) == []


def test_rows_a_lead_in_says_are_one_funders_keep_it():
    # nothing changes: the sentence over the table names the rows' payer ("All are Home Office funding … unless a
    # note says otherwise"), and the footnoted row is the commissioner's
    text = (
        "The Home Office has awarded Essex £480,000 for 2025-26.\n\n"
        "These are the services members told us about. All are Home Office funding for 2025-26 unless a note says "
        "otherwise.\n\n"
        "| Area | Provider | Amount |\n"
        "|---|---|---|\n"
        "| Essex | Chelmer Change | £300,000 |\n"
        "| Essex | Colne Families | £180,000 |\n"
        "| Essex | Stour Advocates* | £40,000 |\n"
        "| **Total** | | **£520,000** |\n\n"
        "* Stour Advocates is paid from the commissioner's own budget.\n"
    )
    assert award_errors(text, {
        (7, 300000): dict(role="part", funder="Home Office", part=10),
        (8, 180000): dict(role="part", funder="Home Office", part=10),
        (9, 40000): dict(role="part", funder="PCC", part=10),
        (10, 520000): dict(role="total", funder=None),
    }) == []


def test_pieces_of_one_funders_grant_keep_its_payer():
    # nothing changes: pieces and per-year shares of a Home Office grant are the Home Office's; money added to it
    # keeps its own payer and no period
    text = (
        "Norfolk has been given £280,000 by the Home Office for 2025-26. Of this, £200,000 pays for a group course "
        "and £80,000 for partner support.\n\n"
        "Merseyside will receive £612,000 from the Home Office over the two years from April 2025, £306,000 in each "
        "year.\n\n"
        "The commissioner is adding £50,000 from her own budget to the grant.\n"
    )
    assert award_errors(text, {
        (1, 200000): dict(role="part", funder="Home Office", part=1, start="2025-26"),
        (1, 80000): dict(role="part", funder="Home Office", part=1),
        (3, 306000, "2025-26"): dict(role="part", funder="Home Office", part=3, end="2025-26"),
        (3, 306000, "2026-27"): dict(role="part", funder="Home Office", part=3, end="2026-27"),
        (5, 50000): dict(role="match_funding", funder="PCC", start=None, end=None),
    }) == []


def test_commissioners_budget_made_up_of_pieces_stays_hers():
    # nothing changes: pieces "made up of" in the sentence of the commissioner's own money are hers
    text = (
        "The Home Office has given Wiltshire £320,000 for a perpetrator programme in 2025-26.\n\n"
        "The commissioner has also put £90,000 of her own budget into the service in 2025-26, made up of £60,000 for "
        "a stalking service and £30,000 for a helpline.\n"
    )
    assert award_errors(text, {
        (3, 90000): dict(role="own_funding", funder="PCC"),
        (3, 60000): dict(role="part", funder="PCC", part=3),
        (3, 30000): dict(role="part", funder="PCC", part=3),
    }) == []


def _draft(line, pounds, role, funder, basis=""):
    from funding.core.money import find_amounts
    from funding.parse.releases.amounts.figures import _Draft

    amount = find_amounts(f"£{pounds:,}")[0][2]
    return _Draft(line, 0, amount, role, funder, "E23000001", "release", None, funder_basis=basis)


def test_a_payer_changed_without_a_reason_drops_the_old_basis():
    # a later pass that sets another payer ("d.funder = named") says nothing of a default: the basis recorded for
    # the release's funder must not make the new payer overridable
    d = _draft(3, 45000, "grant", "Home Office", "default")
    d.funder = "Home Office"
    assert d.funder_basis == "default"
    d.funder = "local authority"
    assert d.funder_basis == ""


def test_a_piece_of_a_piece_follows_its_wholes_settled_payer():
    # the commissioner's £90,000 (her clause) → a £60,000 piece lent the release's Home Office → a £20,000 piece of
    # that piece inheriting it: both become hers; a piece naming its own payer keeps it
    from funding.parse.releases.amounts.wholes import _parts_take_their_wholes_payer

    whole = _draft(3, 90000, "own_funding", "PCC", "clause")
    piece = _draft(4, 60000, "part", "Home Office", "default")
    piece.whole, piece.part_of = whole, whole.line
    small = _draft(5, 20000, "part", "Home Office", "whole")
    small.whole, small.part_of = piece, piece.line
    named = _draft(6, 30000, "part", "Ministry of Justice", "clause")
    named.whole, named.part_of = whole, whole.line
    _parts_take_their_wholes_payer([small, named, piece, whole])
    assert (piece.funder, small.funder, named.funder) == ("PCC", "PCC", "Ministry of Justice")
