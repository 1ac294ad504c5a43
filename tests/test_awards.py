"""Unit tests of the award-list parser on fixtures written for the purpose.

The fixtures (tests/fixtures/awards/) copy the *format* of the published list,
with invented wording: entries that begin mid-line after a bullet, bold heads,
`•` and `-` bullets, pence, a strand split over lines, roman-numbered sub-items,
and the HTML page form as a list and as a table.
"""

import json
from pathlib import Path

import pytest

from funding.parse.awards import parse_award_list
from funding.errors import SourceError

FIXTURES = Path(__file__).parent / "fixtures" / "awards"


def parse_fixture(name, **kw):
    return parse_award_list((FIXTURES / name).read_text(encoding="utf-8"), name, "2030-31", **kw)


@pytest.fixture(scope="module")
def quirks():
    return parse_fixture("quirks.txt")


def test_quirks_every_entry_with_code_bids_and_exact_pence(quirks):
    got = [(a.pfa_code, a.pcc, a.bids, a.amount_pence, a.source_line) for a in quirks.awards]
    assert got == [
        ("E23000032", "Kent", 1, 61125000, 5),
        ("E23000002", "Cumbria", 2, 20000050, 9),
        ("W15000004", "Dyfed Powys", 1, 41750900, 11),
        ("E23000035", "Devon and Cornwall", 3, 100000000, 17),
        ("E23000001", "Mayor's Office for Police and Crime (London)", 1, 57000000, 23),
    ]
    assert all(a.round == "2030-31" and a.source_id == "quirks.txt" for a in quirks.awards)
    assert quirks.total_pence == 279875950
    assert quirks.total_bids == 8


def test_entry_beginning_mid_line_closes_the_previous_strand(quirks):
    kent = quirks.awards[0]
    assert [(i.initiative_no, i.source_line) for i in kent.initiatives] == [(1, 5), (2, 7), (3, 9)]
    assert kent.initiatives[2].text.endswith("about respect.")
    assert "Cumbria" not in kent.initiatives[2].text


def test_head_with_no_text_takes_the_next_paragraph_as_first_strand(quirks):
    dyfed = quirks.awards[2]
    assert dyfed.pfa_name == "Dyfed-Powys"
    assert [(i.source_line, i.text.split()[0]) for i in dyfed.initiatives] == [(13, "Expanding"), (15, "Delivery")]


def test_strand_split_over_lines_and_roman_sub_items_stay_one_strand(quirks):
    devon = quirks.awards[3]
    assert len(devon.initiatives) == 2
    first, second = devon.initiatives
    assert (first.source_line, first.source_line_end) == (17, 18)
    assert first.text.endswith("housing and debt.")
    assert (second.source_line, second.source_line_end) == (20, 23)
    assert "i. spotting early signs" in second.text and second.text.endswith("ii. referring on.")


def test_round_bullet_and_bold_head_with_parenthesised_name(quirks):
    london = quirks.awards[4]
    assert london.pfa_name == "Metropolitan Police"
    assert [i.text.split()[0] for i in london.initiatives] == ["A", "A"]
    assert london.initiatives[1].source_line == 25


def test_every_non_blank_line_is_accounted_for(quirks):
    text = (FIXTURES / "quirks.txt").read_text(encoding="utf-8")
    non_blank = [n for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
    assert sorted(l.line for l in quirks.lines) == non_blank
    assert {l.line: l.role for l in quirks.lines}[3] == "heading"
    assert quirks.unassigned == ()
    assert quirks.stated_total.pence == 280000000 and quirks.stated_total_line == 3


def test_html_list_form():
    al = parse_fixture("list.html")
    assert [(a.pfa_code, a.bids, a.amount_pence, a.source_line, len(a.initiatives)) for a in al.awards] == [
        ("E23000032", 1, 61125000, 15, 2),
        ("E23000034", 2, 20000050, 17, 1),
        ("E23000036", 1, 57000000, 19, 1),
    ]
    # the script's fake entry is never read; entities and no-break spaces are folded
    assert al.awards[2].initiatives[0].text == "An imaginary school programme about respect."
    assert al.awards[0].initiatives[1].source_line == 16
    roles = {l.line: l.role for l in al.lines}
    assert roles[9] == roles[11] == roles[12] == roles[21] == "boilerplate"
    assert roles[10] == "heading" and roles[13] == "preamble"
    assert al.stated_total.pence == 140000000
    assert al.stated_pcc_count == 3 and al.stated_pcc_count_line == 13
    assert al.unassigned == ()


def test_html_table_form():
    al = parse_fixture("table.html")
    assert [(a.pfa_code, a.bids, a.amount_pence, len(a.initiatives)) for a in al.awards] == [
        ("E23000032", 1, 61125000, 1),
        ("W15000001", 2, 26770505, 1),
    ]
    assert al.awards[1].initiatives[0].text == "An imaginary tasking team."


def test_html_and_text_forms_give_the_same_records():
    text = "Kent (1) £611,250 • A made-up weekly group.\n\n- A second strand.\n"
    html = "<ul><li><strong>Kent (1)</strong> £611,250 – A made-up weekly group.</li><li>A second strand.</li></ul>"
    a, b = parse_award_list(text, "t"), parse_award_list(html, "h")
    strip = lambda al: [(x.pfa_code, x.bids, x.amount_pence, [i.text for i in x.initiatives]) for x in al.awards]
    assert strip(a) == strip(b)


def test_stray_bullet_before_the_first_award_is_reported_unassigned():
    al = parse_award_list("Title £1m\n\n- a loose bullet\n\nKent (1) £200,000 • Work.\n", "f.txt")
    assert [(l.line, l.role) for l in al.unassigned] == [(3, "unassigned")]


# ---- errors: one exception type, with file, line and what was expected


@pytest.mark.parametrize(
    "text, line, found, expected",
    [
        ("Title\n\nKent (1) £2OO,000 • Work.\n", 3, "£2OO,000", "exact amount"),
        ("Kent (1) £200,00 • Work.\n", 1, "£200,00", "exact amount"),
        ("Kent (1) £1.2m • Work.\n", 1, "£1.2m", "exact amount"),
        ("Kent (1) 200,000 • Work.\n", 1, "200,000", "pound sign"),
        ("Kent (1) • Work with no amount.\n", 1, "Kent", "amount such as £200,000"),
        ("Kent (1) £200,000 • Work.\n\nNotingham (1) £300,000 • More.\n", 3, "Notingham", "43 police force areas"),
        ("Kent (1) £200,000 • Work.\n- More. **Kent (2)** £300,000 • Again.\n", 2, "Kent", "already listed at line 1"),
        ("Devon & Cornwall (1) £200,000 • A.\nDevon and Cornwall (1) £1 • B.\n", 2, "Devon and Cornwall", "already listed"),
    ],
)
def test_bad_entries_raise_source_error_with_line(text, line, found, expected):
    with pytest.raises(SourceError) as info:
        parse_award_list(text, "bad.txt")
    err = info.value
    assert err.source == "bad.txt" and err.line == line
    assert found in err.found
    assert expected in err.expected
    assert str(err).startswith(f"bad.txt:{line}: found ")


def test_unknown_area_suggests_closest_names():
    with pytest.raises(SourceError) as info:
        parse_award_list("Notingham (1) £300,000 • More.\n", "bad.txt")
    assert "Nottinghamshire" in info.value.hint
    assert "closest: Nottinghamshire" in str(info.value)


@pytest.mark.parametrize("text", ["", "   \n\n\t\n"])
def test_empty_file(text):
    with pytest.raises(SourceError, match="empty file"):
        parse_award_list(text, "empty.txt")


def test_file_that_is_not_an_award_list():
    with pytest.raises(SourceError) as info:
        parse_award_list("Minutes of the meeting.\n\nApologies were received (2).\n", "minutes.txt")
    # The refusal names the first line and every layout tried.
    assert info.value.found == "" and info.value.line == 1
    for layout in ("inline bullets", "one entry per line", "markdown table", "CSV", "TSV", "XLSX", "ODS", "HTML list", "HTML table"):
        assert layout in info.value.expected


def test_notes_after_the_list_are_postamble_not_a_strand():
    text = (
        "Awards of £0.8m\n\n"
        "Kent (1) £611,250 • A made-up weekly group.\n\n"
        "Notes to editors\n\n"
        "1. An invented note about the fund.\n\n"
        "A paragraph with a phone number.\n"
    )
    al = parse_award_list(text, "notes.txt")
    assert [i.text for i in al.awards[0].initiatives] == ["A made-up weekly group."]
    roles = {l.line: (l.role, l.note) for l in al.lines}
    assert roles[5] == roles[7] == roles[9] == ("postamble", "after the end of the list at line 5")
    assert al.unassigned == ()


def test_an_entry_after_an_end_marker_reopens_the_list():
    text = "Kent (1) £611,250 • A group.\n\nEnds\n\nEssex (1) £200,000 • A helpline.\n\nMore on the helpline.\n"
    al = parse_award_list(text, "f.txt")
    assert [a.pfa_code for a in al.awards] == ["E23000032", "E23000028"]
    assert [i.text for i in al.awards[1].initiatives] == ["A helpline.", "More on the helpline."]
    assert {l.line: l.role for l in al.lines}[3] == "postamble"


# ---- fixture lists in every layout, written for issue 11 (tests/fixtures/awards/layouts) ----------

LAYOUT_FIXTURES = Path(__file__).parent / "fixtures" / "awards" / "layouts"
_LAYOUT_EXPECTED = json.loads((LAYOUT_FIXTURES / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(_LAYOUT_EXPECTED))
def test_layout_fixture(name):
    exp = _LAYOUT_EXPECTED[name]
    data = (LAYOUT_FIXTURES / name).read_bytes()
    if "refused" in exp:
        with pytest.raises(SourceError) as err:
            parse_award_list(data, name)
        assert err.value.line == exp["refused"]["line"] and exp["refused"]["found"] in err.value.found
        assert exp["refused"]["message"] in err.value.message
        return
    al = parse_award_list(data, name, "2023-25")
    assert al.layout == exp["layout"] and al.stated_total_pence == exp["stated_total_pence"]
    assert [
        [a.pfa_code, a.bids, a.amount_pence, [[y.financial_year, y.amount_pence] for y in a.years], a.source_line, len(a.initiatives)]
        for a in al.awards
    ] == exp["awards"]
    assert al.unassigned == ()


def test_layout_fixtures_cover_every_text_layout():
    layouts = {e["layout"] for e in _LAYOUT_EXPECTED.values() if "layout" in e}
    assert layouts == {"inline_bullets", "line_per_entry", "markdown_table", "csv", "tsv", "html_list", "html_table"}


# ---- each wrong reading the issue found, now read right or refused --------------------------------


def test_a_two_year_inline_entry_keeps_both_years():
    al = parse_award_list("**Kent (1)** £100,000 in 2023-24 and £120,000.50 in 2024-25 • A group.\n", "y.txt", "2023-25")
    (kent,) = al.awards
    assert kent.amount_pence == 22_000_050
    assert [(y.financial_year, y.amount_pence) for y in kent.years] == [("2023-24", 10_000_000), ("2024-25", 12_000_050)]
    assert [i.text for i in kent.initiatives] == ["A group."]


def test_a_total_line_is_a_stated_total_reconciled_not_a_strand():
    text = "**Kent (1)** £100,000 • A group.\n**Essex (2)** £50,000.50 • A line.\nTotal £150,000.50\n"
    al = parse_award_list(text, "t.txt")
    assert al.stated_total_pence == 15_000_050 and [len(a.initiatives) for a in al.awards] == [1, 1]
    with pytest.raises(SourceError) as err:
        parse_award_list(text.replace("£150,000.50", "£150,000"), "t.txt")
    assert err.value.line == 3 and err.value.found == "£150,000"


@pytest.mark.parametrize(
    "line, bids",
    [("Kent £200,000 • A group.", None), ("Kent (1 bid) £200,000 • A group.", 1), ("Kent: £200,000 • A group.", None), ("Kent (2 projects) – £200,000 • A group.", 2)],
)
def test_an_entry_whose_bids_are_not_printed_as_n_is_still_an_entry(line, bids):
    al = parse_award_list(f"**Essex (1)** £100,000 • A line.\n{line}\n", "b.txt")
    assert [(a.pfa_code, a.bids, a.amount_pence, len(a.initiatives)) for a in al.awards] == [
        ("E23000028", 1, 10_000_000, 1), ("E23000032", bids, 20_000_000, 1)
    ]


@pytest.mark.parametrize("name", ["North East Lincolnshire", "South Gloucestershire", "Not Kent", "Kent Police Authority Area"])
def test_names_resolve_only_as_a_whole_phrase(name):
    with pytest.raises(SourceError) as err:
        parse_award_list(f"{name} – £200,000 (1)\n", "n.txt")
    assert err.value.found == name


@pytest.mark.parametrize(
    "printed, code",
    [
        ("Police, Fire and Crime Commissioner for Staffordshire", "E23000015"),
        ("Police Fire and Crime Commissioner for Essex", "E23000028"),
        ("Greater Manchester Combined Authority", "E23000005"),
        ("Mayor of West Yorkshire", "E23000010"),
        ("The Mayor of London", "E23000001"),
        ("MOPAC", "E23000001"),
        ("Heddlu Dyfed-Powys", "W15000004"),
        ("Comisiynydd Heddlu a Throseddu De Cymru", "W15000003"),
        ("Sussex's Police and Crime Commissioner", "E23000033"),
        ("Kent's PCC", "E23000032"),
    ],
)
def test_every_form_of_the_recipients_title_resolves(printed, code):
    al = parse_award_list(f"{printed} – £200,000 (1)\n", "t.txt")
    assert al.awards[0].pfa_code == code and al.awards[0].pcc == printed
