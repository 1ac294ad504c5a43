"""Bodies named in brackets in a table row's label, in tables with no provider column, and evaluation rows.

A spending table whose rows name the work and then its body in brackets ("Group course (X CIC)") pays the row's sum to
that body (role ``recipient``); a row for an evaluation ("Evaluation", "Regional evaluation", "Area evaluation") makes
the body ``evaluator`` too (the corpus README's 'Evaluation money' convention), also when the table is in £000 or £k and
its cells are bare figures.  A space-aligned row whose only commas are thousands separators is not comma-separated text.
"""

from __future__ import annotations

from release_probe import read


def _roles(text: str) -> set[tuple[int, str, str]]:
    return {(o.source_line, o.organisation, o.role) for o in read(text).organisations}


def test_bracketed_body_in_a_spaced_table_with_thousands_commas():
    got = _roles("The Thames Valley commissioner has accepted the grant.\n\n"
                 "    Item                                   Funder        2025-26     2026-27\n"
                 "    Group course (Kennet Change CIC)         Home Office   £80,400    £82,100\n"
                 "    Evaluation (Loddon Research Unit)        Home Office   £19,600    £20,300\n")
    assert (4, "Kennet Change CIC", "recipient") in got
    assert (5, "Loddon Research Unit", "recipient") in got
    assert (5, "Loddon Research Unit", "evaluator") in got
    assert not any(name == "Kennet Change CIC" and role == "evaluator" for _, name, role in got)


def test_qualified_evaluation_row_in_a_thousands_table():
    got = _roles("The Thames Valley commissioner has accepted the grant.\n\n"
                 "| Area | Home Office (£000) | Total (£000) |\n|---|---|---|\n"
                 "| Oxfordshire | 310.0 | 310.0 |\n"
                 "| Area evaluation (Vale Insight Research) | 22.0 | 22.0 |\n")
    assert (6, "Vale Insight Research", "recipient") in got
    assert (6, "Vale Insight Research", "evaluator") in got


def test_evaluation_row_under_a_paid_to_column_in_k():
    got = _roles("The Thames Valley commissioner has spent the grant.\n\n"
                 "Item                Paid to                     2025/26 (£k)\n"
                 "Group course        Kennet Change CIC                  40.0\n"
                 "Evaluation          Cherwell Research Unit             20.0\n")
    assert (4, "Kennet Change CIC", "recipient") in got
    assert (5, "Cherwell Research Unit", "recipient") in got
    assert (5, "Cherwell Research Unit", "evaluator") in got
    assert (4, "Kennet Change CIC", "evaluator") not in got


def test_bracket_describing_the_payer_is_no_recipient():
    got = _roles("The Thames Valley commissioner has put the package together.\n\n"
                 "  Source                                     What it pays for                         Amount\n"
                 "  Home Office grant                          Group course for men                     £218,200\n"
                 "  Wey Homes Group (housing association)      Move-on housing officer                   £18,500\n")
    assert (4, "Wey Homes Group", "recipient") not in got
