"""HTML definition lists (``dl``: a ``dt`` term and its ``dd`` value, a GOV.UK summary list among them) read as the list
items they are: a term and a sum under a stated whole are that whole's parts, keeping the term's year (README: part,
"a per-year split"; period_start: "a per-year figure has its own year")."""

from release_probe import award_errors


def test_summary_list_of_yearly_amounts_is_the_grants_split():
    text = """<html><body>
<p>Durham has been awarded £900,000 by the Home Office over the three years from April 2025. It is paid yearly:</p>
<dl class="govuk-summary-list">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">2025/26</dt><dd class="govuk-summary-list__value">£280,000</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">2026/27</dt><dd class="govuk-summary-list__value">£300,000</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">2027/28</dt><dd class="govuk-summary-list__value">£320,000</dd></div>
</dl>
</body></html>
"""
    assert award_errors(text, {
        (2, 900000): dict(role="grant", funder="Home Office", start="2025-26", end="2027-28"),
        (4, 280000): dict(role="part", part=2, funder="Home Office", start="2025-26", end="2025-26"),
        (5, 300000): dict(role="part", part=2, start="2026-27", end="2026-27"),
        (6, 320000): dict(role="part", part=2, start="2027-28", end="2027-28"),
    }) == []


def test_plain_definition_list_with_term_and_value_on_their_own_lines():
    text = """<html><body>
<p>Cumbria's commissioner has agreed £150,000 from the Home Office for the Ashbrook programme over two years from April 2024.</p>
<dl>
<dt>2024-25</dt>
<dd>£70,000</dd>
<dt>2025-26</dt>
<dd>£80,000</dd>
</dl>
</body></html>
"""
    assert award_errors(text, {
        (5, 70000): dict(role="part", part=2, start="2024-25", end="2024-25"),
        (7, 80000): dict(role="part", part=2, start="2025-26", end="2025-26"),
        (2, 150000): dict(role="grant", start="2024-25", end="2025-26"),
    }) == []


def test_definition_list_of_pieces_that_do_not_sum_is_no_split():
    text = """<html><body>
<p>Dorset has been awarded £500,000 by the Home Office over two years from April 2025.</p>
<dl>
<dt>2025/26</dt><dd>£120,000</dd>
<dt>2026/27</dt><dd>£130,000</dd>
</dl>
</body></html>
"""
    assert award_errors(text, {
        (4, 120000): dict(role="grant", part=None, start="2025-26", end="2025-26"),
        (5, 130000): dict(role="grant", part=None, start="2026-27", end="2026-27"),
    }) == []
