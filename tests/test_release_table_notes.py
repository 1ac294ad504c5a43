"""A note under a table giving the payer of all its rows, and of one excepted row ("Every line in Table 2 is paid from
the Home Office grant except the evaluation, which is the council's match funding"): each row takes that payer
(README: part, "rows that name no funder keep the total's null" unless a note names theirs)."""

from release_probe import award_errors

PIPE = """Cumbria County Council will run the Fellside programme in 2025-26.

| Item | Cost |
|---|---|
| Group course | £120,000 |
| Partner support | £30,000 |
| Evaluation | £10,000 |
| Total | £160,000 |

Every line in the table above is paid from the Home Office grant except the evaluation, which is the council's match funding.
"""

ALIGNED = """Table 2: Dorset spending plan 2025/26

  Item                         Cost
  One-to-one work          £64,000
  Case manager             £40,000
  Total                   £104,000

All items in Table 2 are funded by the Home Office, apart from the case manager, which the council pays for.
"""

HTML = """<html><body>
<p>Durham's commissioner has set out the service's costs for 2025-26.</p>
<table>
<tr><th>Item</th><th>Cost</th></tr>
<tr><td>Group sessions</td><td>£90,000</td></tr>
<tr><td>Helpline</td><td>£15,000</td></tr>
<tr><td>Total</td><td>£105,000</td></tr>
</table>
<p>Each line of the table is met from the Ministry of Justice grant except the helpline, which the council pays for.</p>
</body></html>
"""


def test_pipe_table_rows_take_the_payers_of_a_note_under_it():
    assert award_errors(PIPE, {
        (5, 120000): dict(funder="Home Office"),
        (6, 30000): dict(funder="Home Office"),
        (7, 10000): dict(funder="local authority"),
    }) == []


def test_aligned_table_rows_take_the_payers_of_a_note_under_it():
    assert award_errors(ALIGNED, {
        (4, 64000): dict(funder="Home Office"),
        (5, 40000): dict(funder="local authority"),
    }) == []


def test_html_table_rows_take_the_payer_of_a_note_under_it():
    from release_probe import awards
    got = {(a.source_line, a.amount.pence // 100): a for a in awards(HTML, "invented.html")}
    assert got[(5, 90000)].funder == "Ministry of Justice"
    assert got[(6, 15000)].funder == "local authority"
