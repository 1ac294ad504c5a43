"""In a correction or update note, the figure given as right ("The correct figure is £18,000", "The right amount is
£25,000", "…; it is £9,000") is the same money as the figure it corrects: it takes that figure's role, funder and
area (a council's or the commissioner's match funding stays match funding), not the release's Home Office grant,
and has a year only when its own clause gives one (README, "A figure stated and later corrected")."""

from release_probe import awards

COUNCIL = """Norfolk has been awarded £400,000 by the Home Office for 2025/26.
Norwich City Council is adding £18,000 to the grant in 2025/26.

Correction, 3 May 2025: an earlier version of this story said Norwich City Council was adding £81,000. The correct figure is £18,000.
"""

COMMISSIONER = """Norfolk has been awarded £400,000 by the Home Office for 2025/26.
The commissioner is adding £25,000 from her own budget to the grant.

Update: we previously said the commissioner was adding £52,000. The right amount is £25,000.
"""

SEMICOLON = """Norfolk has been awarded £400,000 by the Home Office for 2025/26.
Broadland District Council is giving £9,000 to the grant.

Correction: this article originally gave the district council's contribution as £90,000; it is £9,000.
"""

GRANT = """Norfolk has been awarded £400,000 by the Home Office for 2025/26.

Correction: an earlier version of this story gave the grant as £440,000. The correct figure is £400,000.
"""


def _on(text, line):
    return [(a.amount.pence // 100, a.funding_role, a.funder, a.period_start or None)
            for a in awards(text) if a.source_line == line]


def test_the_corrected_council_and_commissioner_money_stays_match_funding():
    assert _on(COUNCIL, 4) == [(81000, "match_funding", "local authority", None),
                               (18000, "match_funding", "local authority", None)]
    assert _on(COMMISSIONER, 4) == [(52000, "match_funding", "PCC", None), (25000, "match_funding", "PCC", None)]
    assert _on(SEMICOLON, 4) == [(90000, "match_funding", "local authority", None),
                                 (9000, "match_funding", "local authority", None)]


def test_a_corrected_grant_stays_the_home_office_grant():
    got = _on(GRANT, 3)
    assert [g[:3] for g in got] == [(440000, "grant", "Home Office"), (400000, "grant", "Home Office")]
