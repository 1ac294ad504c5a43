"""Rules added while tuning on the twenty-seventh round's releases (tuner L): invented sentences in the genre's
wording, with the facts the corpus README's conventions give them."""

from release_probe import award_errors, awards_by_key


# --- A sentence telling how a budget is shared between payers does not make the release's money own money -----

SHARES_OF_THE_BUDGET = """Perpetrator money in Durham

About 38% of the force's budget comes from the precept and the rest from central government, mostly the Home Office.

In April 2026 the Home Office awarded the commissioner £300,000 for the two years 2026-27 and 2027-28.

That money pays for:

- a group course for men (£240,000);
- partner support (£60,000).
"""

SHARES_OF_THE_BUDGET_2 = """Perpetrator money in Durham

Policing is partly funded from council tax, with the remainder paid from the Home Office's police grant.

In April 2026 the Home Office awarded the commissioner £300,000 for the two years 2026-27 and 2027-28.

That money pays for:

- a group course for men (£240,000);
- partner support (£60,000).
"""

#: near miss: one payer said once for the release's money, no share and no other payer named
OWN_MONEY_SAID_ONCE = """Perpetrator money in Durham

The money below comes from the commissioner's own budget.

In 2026-27 the commissioner is spending £90,000 on a group course for men in Durham.
"""


def test_a_budget_shared_between_payers_leaves_the_grants_pieces_to_their_grant():
    for text in (SHARES_OF_THE_BUDGET, SHARES_OF_THE_BUDGET_2):
        assert award_errors(text, {
            (5, 300000): dict(role="grant", funder="Home Office"),
            (9, 240000): dict(role="part", funder="Home Office", part=5),
            (10, 60000): dict(role="part", funder="Home Office", part=5),
        }) == []


def test_the_commissioners_own_money_said_once_still_pays_for_the_release():
    got = awards_by_key(OWN_MONEY_SAID_ONCE)
    assert got[(5, 90000)].funder == "PCC"


# --- A table under a lead-in and caption naming the commissioner's own budget is her own money -----------------

OWN_BUDGET_TABLE = """<html><body><main>
<h1>Perpetrator services in Durham</h1>
<p>In March 2026 the Home Office awarded the commissioner £400,000 from its perpetrator fund for 2026-27.</p>
<h3>What the commissioner pays for</h3>
<p>From the commissioner's own budget we pay for what the Home Office grant does not cover:</p>
<table>
<caption>Commissioner's own budget: perpetrator services</caption>
<thead><tr><th>Service</th><th>2026-27</th><th>2027-28</th></tr></thead>
<tbody>
<tr><th>Stalking intervention</th><td>£30,000</td><td>£32,000</td></tr>
<tr><th>Helpline</th><td>£10,000</td><td>£10,000</td></tr>
<tr><th>Total</th><td>£40,000</td><td>£42,000</td></tr>
</tbody>
</table>
</main></body></html>
"""

#: the caption alone, with no lead-in above it, names the commissioner's own budget
OWN_BUDGET_CAPTION_ONLY = OWN_BUDGET_TABLE.replace(
    "<p>From the commissioner's own budget we pay for what the Home Office grant does not cover:</p>\n", "")

#: near miss: a caption naming no payer under a lead-in about something else leaves the rows the grant's
PLAIN_CAPTION = OWN_BUDGET_TABLE.replace(
    "<p>From the commissioner's own budget we pay for what the Home Office grant does not cover:</p>",
    "<p>The grant is spent as the table shows.</p>").replace(
    "Commissioner's own budget: perpetrator services", "Perpetrator services")


def _cells(text, line):
    got = awards_by_key(text)
    return {k: (a.funding_role, a.funder, a.period_start) for k, a in got.items() if k[0] >= line}


def test_rows_under_an_own_budget_lead_in_and_caption_are_the_commissioners():
    for text in (OWN_BUDGET_TABLE,):
        cells = _cells(text, 10)
        assert cells and all(funder == "PCC" for _, funder, _ in cells.values()), cells
        assert cells[(12, 40000)][0] == "total" and cells[(10, 30000)][0] == "part"


def test_a_caption_naming_the_own_budget_says_so_without_a_lead_in():
    cells = _cells(OWN_BUDGET_CAPTION_ONLY, 9)
    assert cells and all(funder == "PCC" for _, funder, _ in cells.values()), cells


def test_a_caption_naming_no_payer_leaves_the_rows_to_the_release_payer():
    cells = _cells(PLAIN_CAPTION, 10)
    assert cells and all(funder != "PCC" for _, funder, _ in cells.values()), cells
