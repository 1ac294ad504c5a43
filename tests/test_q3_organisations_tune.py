"""A commissioning body named as receiving a sum is its recipient (README "organisations role": ``recipient`` is "named
as receiving a sum, including table-row recipients"), not the commissioner on that line: the label of a money row in an
allocations table (the whole first cell, or in brackets after the area) and a body after "£X to" or "paid to".  A body
that routes the money ("via the OPCC") or sits in another cell stays the commissioner.  Invented texts."""

from __future__ import annotations

import pytest

from release_probe import read


def _roles(text: str) -> dict[tuple[int, str], set[str]]:
    got: dict[tuple[int, str], set[str]] = {}
    for o in read(text).organisations:
        got.setdefault((o.source_line, o.organisation), set()).add(o.role)
    return got


MARKDOWN_ALLOCATIONS = """Home Office shares of the fund, 2025-26

| Recipient | Allocation |
|---|---|
| Office of the Police and Crime Commissioner for Durham | £412,000 |
| Dorset Police and Crime Commissioner's Office | £388,500 |
"""

HTML_ALLOCATIONS = """<h2>What each area receives</h2>
<table><tr><th>Area</th><th>2025-26</th><th>2026-27</th></tr>
<tr><td>Kent (Office of the Police and Crime Commissioner for Kent)</td><td>£601,000</td><td>£588,000</td></tr>
<tr><td>Greater Manchester (Greater Manchester Combined Authority)</td><td>£1,204,000</td><td>£1,150,000</td></tr>
</table>"""

PROSE_SHARES = """The Home Office has confirmed each area's share of the fund for 2025-26.

Gwent: £276,300 to the Office of the Police and Crime Commissioner for Gwent
The council's £40,000 will be paid to the Office of the Police and Crime Commissioner for Cumbria in April.
"""


@pytest.mark.parametrize("text, line, name", [
    (MARKDOWN_ALLOCATIONS, 5, "Office of the Police and Crime Commissioner for Durham"),
    (MARKDOWN_ALLOCATIONS, 6, "Dorset Police and Crime Commissioner's Office"),
    (HTML_ALLOCATIONS, 3, "Office of the Police and Crime Commissioner for Kent"),
    (HTML_ALLOCATIONS, 4, "Greater Manchester Combined Authority"),
    (PROSE_SHARES, 3, "Office of the Police and Crime Commissioner for Gwent"),
    (PROSE_SHARES, 4, "Office of the Police and Crime Commissioner for Cumbria"),
])
def test_commissioning_body_paid_a_sum_is_its_recipient(text, line, name):
    assert _roles(text).get((line, name)) == {"recipient"}


def test_commissioning_body_routing_the_money_stays_commissioner():
    text = ("Funding for the Stepping Stones course, 2025-26\n\n"
            "| Service | Source | Amount |\n|---|---|---|\n"
            "| Group course for men | Home Office grant, via the Office of the Police and Crime Commissioner for Durham "
            "| £96,000 |\n")
    roles = _roles(text).get((5, "Office of the Police and Crime Commissioner for Durham"), set())
    assert "recipient" not in roles and "commissioner" in roles


def test_commissioning_body_in_prose_without_a_sum_stays_commissioner():
    text = "The Office of the Police and Crime Commissioner for Durham commissioned the course in 2024.\n"
    assert _roles(text).get((1, "Office of the Police and Crime Commissioner for Durham")) == {"commissioner"}


# Conflicts (README "conflicts": ``amounts_differ`` is two statements of the same award disagreeing): two rows of one
# table each state their own sum, so figures whose digits are another row's in another order are no misprint.

def _differ(text: str) -> list[tuple[int, ...]]:
    return [c.lines for c in read(text).conflicts if c.kind == "different_amount"]


def test_two_rows_of_one_table_with_swapped_digits_are_two_sums():
    text = ("Report to the Police and Crime Panel\n\n"
            "1. Durham has £900,000 in all for this work across 2025/26 and 2026/27. Table 1 shows who pays.\n\n"
            "Table 1: Funding by payer (£k)\n"
            "                                          25/26      26/27      Total\n"
            "Home Office perpetrator grant             370.0      370.0      740.0\n"
            "Darlington Borough Council (match)         36.0       36.0       72.0\n"
            "Durham County Council (match)              31.5       31.5       63.0\n"
            "Durham Community Fund                      12.5       12.5       25.0\n"
            "TOTAL                                     450.0      450.0      900.0\n")
    assert _differ(text) == []


def test_two_markdown_rows_with_swapped_digits_are_two_sums():
    text = ("Durham has £900,000 in all for this work across 2025/26 and 2026/27:\n\n"
            "| Payer | 2025/26 | 2026/27 | Two years |\n|---|---|---|---|\n"
            "| Home Office perpetrator grant | £370,000 | £370,000 | £740,000 |\n"
            "| Darlington Borough Council (match) | £36,000 | £36,000 | £72,000 |\n"
            "| Durham County Council (match) | £31,500 | £31,500 | £63,000 |\n"
            "| Durham Community Fund | £12,500 | £12,500 | £25,000 |\n"
            "| Total | £450,000 | £450,000 | £900,000 |\n")
    assert _differ(text) == []


def test_one_sum_printed_twice_with_swapped_digits_in_prose_is_still_a_conflict():
    text = ("Darlington Borough Council is adding £36,000 to Durham's Home Office grant as match funding.\n\n"
            "A later paragraph says the council's match funding for Durham is £63,000.\n")
    assert _differ(text) != []


# People (README "people": recorded on lines where the full name appears with the office): a sign-off whose name and
# office one HTML line breaks with <br>, and a quotation's attribution in its blockquote's <footer>.

def _people(text: str, name: str = "invented.html") -> dict[tuple[int, str], tuple[str, str]]:
    return {(p.source_line, p.name): (p.role, p.office) for p in read(text, name).people}


def test_sign_off_broken_by_br_names_the_commissioner():
    text = ("<html><body><main><p>The Home Office grant for Durham is £420,000 for 2025/26.</p>\n"
            "<p>Yours sincerely,</p>\n"
            "<p>Joy Stainsby<br>Police and Crime Commissioner for Durham</p>\n</main></body></html>")
    assert _people(text)[(3, "Joy Stainsby")] == ("commissioner", "Police and Crime Commissioner for Durham")


def test_blockquote_footer_names_the_speaker_and_office():
    text = ("<html><body><main><h1>Course extended</h1>\n"
            "<p>The Home Office has given Gwent £310,000 for 2025/26.</p>\n"
            "<blockquote><p>\"It means more families are safer.\"</p><footer>Owain Pritchard-Lloyd, Deputy Police and "
            "Crime Commissioner for Gwent</footer></blockquote>\n"
            "</main><footer><p>&copy; Office of the Police and Crime Commissioner for Gwent</p></footer>\n</body></html>")
    got = _people(text)
    assert got[(3, "Owain Pritchard-Lloyd")][0] == "official"
    assert not any(line == 4 for line, _ in got)  # (the page's own footer stays furniture)


# Organisations (README "organisations role"): a council named by its kind alone ("the County Council") refers back to
# a body named elsewhere and is no organisation fact; a council named with its place still is.

def test_council_named_by_its_kind_alone_is_no_organisation():
    text = ("Rutland County Council adds £20,000 a year to the Leicestershire grant as match funding.\n\n"
            "The City Council has confirmed its £45,000 a year; the County Council's £30,000 for 2026/27 is subject to "
            "its budget.\n\n"
            "| Source | 2025/26 |\n|---|---|\n| Borough Council match funding | £12,000 |\n")
    names = {(o.source_line, o.organisation) for o in read(text).organisations}
    assert not {n for _, n in names} & {"City Council", "County Council", "Borough Council"}
    assert (1, "Rutland County Council") in names
