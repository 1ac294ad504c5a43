"""Properties of the award-list parser (and the local-release reader), with hypothesis.

Three kinds of property:

* award lists rendered from generated records, in each published form (plain text
  with the quirks of the real file, an HTML list, an HTML table), parse back to
  the same records;
* amounts round-trip exactly between pence and their printed form;
* arbitrary and mutated input never raises anything but :class:`SourceError`.

The hypothesis profile (derandomized, no database) is set in conftest.py.
"""

from __future__ import annotations

import csv
import html as htmllib
import string
import warnings
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from importlib import resources

from funding.core.packagedata import data_text

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from funding.parse.awards import AwardList, parse_award_list
from funding.errors import SourceError
from funding.core.money import EXACT_AMOUNT, format_pounds, parse_amount, parse_exact_pence
from funding.reference.register import register
from funding.core.text import decode

# ---- generated records --------------------------------------------------------------


def _names_by_code() -> dict[str, list[str]]:
    """Every printed form the register knows for each area: ONS name, budget holder, aliases."""
    names: dict[str, set[str]] = {}
    for area in register():
        names.setdefault(area.pfa_code, set()).add(area.pfa_name)
        if area.budget_holder:
            names[area.pfa_code].add(area.budget_holder)
    text = data_text("pfa_aliases.csv")
    for row in csv.DictReader(text.splitlines()):
        names[row["pfa_code"]].add(row["alias"])
    return {code: sorted(n) for code, n in sorted(names.items())}


NAMES = _names_by_code()
CODES = sorted(NAMES)

# Words that would turn a generated strand into one of the boilerplate lines
# (award_list_boilerplate.csv) are left out: those lines are meant to be dropped.
_RESERVED = {"published", "last", "from", "share", "contents", "home", "print", "explore", "related", "open"}
word = st.text(alphabet=string.ascii_lowercase, min_size=2, max_size=9).filter(lambda w: w not in _RESERVED)


@st.composite
def sentence(draw) -> str:
    words = draw(st.lists(word, min_size=1, max_size=8))
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


@dataclass(frozen=True)
class Rec:
    code: str
    name: str
    bids: int
    pence: int
    strands: tuple[str, ...]


@st.composite
def records(draw, min_size: int = 1, max_size: int = 8) -> list[Rec]:
    codes = draw(st.lists(st.sampled_from(CODES), min_size=min_size, max_size=max_size, unique=True))
    out = []
    for code in codes:
        pence = draw(
            st.one_of(
                st.integers(1, 10**11),  # odd pence included
                st.integers(1, 10**9).map(lambda p: p * 100),  # whole pounds
                st.sampled_from([1, 99, 100, 101, 99_999, 100_000, 100_001, 99_999_999]),
            )
        )
        out.append(
            Rec(
                code=code,
                name=draw(st.sampled_from(NAMES[code])),
                bids=draw(st.integers(1, 9)),
                pence=pence,
                strands=tuple(draw(st.lists(sentence(), min_size=1, max_size=4))),
            )
        )
    return out


def expected(recs: list[Rec]) -> list[tuple]:
    return [(r.code, r.bids, r.pence, list(r.strands)) for r in recs]


def got(al: AwardList) -> list[tuple]:
    return [(a.pfa_code, a.bids, a.amount_pence, [i.text for i in a.initiatives]) for a in al.awards]


# ---- rendering in the published forms ----------------------------------------------------


@st.composite
def plain_text(draw, recs: list[Rec]) -> str:
    """The text extract's form, with its quirks: entries that begin mid-line after the
    previous entry's last bullet, bold heads, '•' and '-' bullets, blank lines between
    strands, a first strand on the line after the head, a strand broken over a blank line."""
    lines: list[str] = []
    if draw(st.booleans()):
        millions = (Decimal(sum(r.pence for r in recs)) / 10**8).quantize(Decimal("0.1"), ROUND_HALF_UP)
        lines.append(f"Awards worth £{millions}m for {len(recs)} areas")
    for r in recs:
        bold = draw(st.booleans())
        head = f"**{r.name} ({r.bids})**" if bold else f"{r.name} ({r.bids})"
        head = f"{head} {format_pounds(r.pence)} •"
        first, *rest = r.strands
        first_apart = draw(st.booleans())  # the "Dyfed Powys" layout: head ends with "•"
        if not first_apart:
            head = f"{head} {first}"
        inline = lines and not lines[-1].endswith("•") and lines[-1].endswith(".") and draw(st.booleans())
        # An entry that begins mid-line is bold in the real file; a plain one needs the
        # previous sentence's full stop to show where the name begins.
        if inline:
            lines[-1] = f"{lines[-1]} {head}"
        else:
            lines.append(head)
        if first_apart:
            lines.append(first)
        for strand in rest:
            bullet = draw(st.sampled_from(["-", "•"]))
            words = strand.split()
            cut = draw(st.integers(0, len(words) - 1))
            if cut:  # broken over a blank line; the continuation starts in lower case
                lines.append(f"{bullet} {' '.join(words[:cut])}")
                lines.append(" ".join(words[cut:]))
            else:
                lines.append(f"{bullet} {strand}")
    sep = draw(st.sampled_from(["\n\n", "\r\n\r\n", "\n \n"]))
    return sep.join(lines) + draw(st.sampled_from(["", "\n", "\n\n"]))


def _money_html(pence: int, entity: bool) -> str:
    text = format_pounds(pence)
    return text.replace("£", "&pound;") if entity else text


@st.composite
def html_list(draw, recs: list[Rec]) -> str:
    """``<ul><li><strong>Area (1)</strong> £… – …</li>`` with further strands as nested or sibling items."""
    nl = draw(st.sampled_from(["", "\n"]))
    dash = draw(st.sampled_from(["–", "&ndash;", "-", "—"]))
    items = []
    for r in recs:
        name = htmllib.escape(r.name)
        money = _money_html(r.pence, draw(st.booleans()))
        first, *rest = (htmllib.escape(s) for s in r.strands)
        head = f"<strong>{name} ({r.bids})</strong> {money} {dash} {first}"
        if rest and draw(st.booleans()):
            sub = nl.join(f"<li>{s}</li>" for s in rest)
            items.append(f"<li>{head}{nl}<ul>{nl}{sub}{nl}</ul></li>")
        else:
            items.append(nl.join([f"<li>{head}</li>"] + [f"<li>{s}</li>" for s in rest]))
    body = f"<ul>{nl}{nl.join(items)}{nl}</ul>"
    return f"<html><head><title>Awards</title><style>li {{ color: red }}</style></head><body>{nl}{body}{nl}</body></html>"


@st.composite
def html_table(draw, recs: list[Rec]) -> str:
    """A ``<table>`` with area, bids, amount and description cells."""
    nl = draw(st.sampled_from(["", "\n"]))
    rows = [f"<tr><th>Area</th><th>Bids</th><th>Amount</th><th>Description</th></tr>"]
    for r in recs:
        name = htmllib.escape(r.name)
        if draw(st.booleans()):
            name = f"<strong>{name}</strong>"
        bids = draw(st.sampled_from([str(r.bids), f"({r.bids})"]))
        strands = [htmllib.escape(s) for s in r.strands]
        layout = draw(st.sampled_from(["p", "li", "br"]))
        if len(strands) == 1 and draw(st.booleans()):
            description = strands[0]
        elif layout == "p":
            description = "".join(f"<p>{s}</p>" for s in strands)
        elif layout == "li":
            description = "<ul>" + "".join(f"<li>{s}</li>" for s in strands) + "</ul>"
        else:
            description = "<br>".join(strands)
        money = _money_html(r.pence, draw(st.booleans()))
        rows.append(f"<tr><td>{name}</td><td>{bids}</td><td>{money}</td><td>{description}</td></tr>")
    return f"<table>{nl}<thead>{rows[0]}</thead>{nl}<tbody>{nl}{nl.join(rows[1:])}{nl}</tbody></table>"


# ---- round trips -------------------------------------------------------------------------


@given(st.data(), records())
def test_plain_text_list_parses_back_to_its_records(data, recs):
    text = data.draw(plain_text(recs))
    al = parse_award_list(text, "gen.txt", "2021-22", html=False)
    assert got(al) == expected(recs)
    assert al.unassigned == ()
    assert al.total_pence == sum(r.pence for r in recs)
    assert all(a.round == "2021-22" and a.source_id == "gen.txt" for a in al.awards)
    if text.startswith("Awards worth"):
        assert al.stated_total is not None and al.stated_total_line == 1
        assert al.stated_total.qualifier == "rounded" and al.stated_total.precision_pence == 10**7
        assert al.stated_total.allows(al.total_pence)


@given(st.data(), records())
def test_html_list_parses_back_to_its_records(data, recs):
    al = parse_award_list(data.draw(html_list(recs)), "gen.html")
    assert got(al) == expected(recs)
    assert al.unassigned == ()


@given(st.data(), records())
def test_html_table_parses_back_to_its_records(data, recs):
    al = parse_award_list(data.draw(html_table(recs)), "gen.html")
    assert got(al) == expected(recs)
    assert al.unassigned == ()


@given(st.data(), records(min_size=1, max_size=4))
def test_the_three_forms_agree(data, recs):
    forms = [
        parse_award_list(data.draw(plain_text(recs)), "t"),
        parse_award_list(data.draw(html_list(recs)), "l"),
        parse_award_list(data.draw(html_table(recs)), "t2"),
    ]
    assert got(forms[0]) == got(forms[1]) == got(forms[2])


@given(st.data(), records())
def test_source_lines_point_at_the_heads(data, recs):
    text = data.draw(plain_text(recs))
    al = parse_award_list(text, "gen.txt", html=False)
    lines = text.replace("\r\n", "\n").split("\n")
    for rec, award in zip(recs, al.awards):
        assert f"{rec.name} ({rec.bids})" in lines[award.source_line - 1]
        for ini in award.initiatives:
            assert award.source_line <= ini.source_line <= ini.source_line_end <= len(lines)


# ---- the other layouts: one entry per line, markdown, CSV, TSV, XLSX, ODS, HTML table by header ----


@dataclass(frozen=True)
class Entry:
    """A generated award in a layout that may omit bids, split years and describe strands in a cell."""

    code: str
    name: str
    bids: int | None
    years: tuple[int, ...]  # pence per financial year; one value for a one-year round
    strands: tuple[str, ...]

    @property
    def pence(self) -> int:
        return sum(self.years)


YEARS = ("2023-24", "2024-25")


@st.composite
def entries(draw, min_size: int = 1, max_size: int = 6, two_year: bool | None = None) -> list[Entry]:
    two = draw(st.booleans()) if two_year is None else two_year
    codes = draw(st.lists(st.sampled_from(CODES), min_size=min_size, max_size=max_size, unique=True))
    amount = st.one_of(st.integers(1, 10**10), st.integers(1, 10**8).map(lambda p: p * 100))
    with_bids = draw(st.booleans())
    return [
        Entry(
            code=code,
            name=draw(st.sampled_from(NAMES[code])),
            bids=draw(st.integers(1, 9)) if with_bids else None,
            years=tuple(draw(amount) for _ in range(2 if two else 1)),
            strands=tuple(draw(st.lists(sentence(), min_size=0, max_size=3))),
        )
        for code in codes
    ]


def expected_entries(es: list[Entry]) -> list[tuple]:
    return [
        (e.code, e.bids, e.pence, [(y, p) for y, p in zip(YEARS, e.years)] if len(e.years) > 1 else [], list(e.strands))
        for e in es
    ]


def got_entries(al: AwardList) -> list[tuple]:
    return [
        (a.pfa_code, a.bids, a.amount_pence, [(y.financial_year, y.amount_pence) for y in a.years], [i.text for i in a.initiatives])
        for a in al.awards
    ]


@st.composite
def line_per_entry(draw, es: list[Entry]) -> str:
    lines = ["Allocations by area", ""]
    for e in es:
        sep = draw(st.sampled_from([" – ", ": ", " - ", " "]))
        if len(e.years) > 1:
            money = " and ".join(f"{format_pounds(p)} in {y}" for y, p in zip(YEARS, e.years))
        else:
            money = format_pounds(e.pence)
        bids = ""
        if e.bids is not None:
            bids = draw(st.sampled_from([f"({e.bids})", f"({e.bids} {'bid' if e.bids == 1 else 'bids'})", f"({e.bids} {'project' if e.bids == 1 else 'projects'})"]))
        before = e.bids is not None and draw(st.booleans())
        head = f"{e.name} {bids}{sep}" if before else f"{e.name}{sep}"
        line = f"{head}{money}" + (f" {bids}" if bids and not before else "")
        if e.strands:
            line += " – " + "; ".join(e.strands)
        lines.append(line)
    if draw(st.booleans()):
        lines += ["", f"Total {format_pounds(sum(e.pence for e in es))}"]
    return "\n".join(lines) + "\n"


def _strands_cell(e: Entry) -> str:
    return "; ".join(e.strands)


def _header_and_rows(draw, es: list[Entry], money=format_pounds) -> tuple[list[str], list[list]]:
    two = len(es[0].years) > 1
    area = draw(st.sampled_from(["Police force area", "Area", "PCC", "Recipient"]))
    columns = [area] + (["Bids"] if es[0].bids is not None else []) + (list(YEARS) + ["Total"] if two else [draw(st.sampled_from(["Amount", "Award", "Funding awarded (£)"]))])
    columns.append("Description")
    rows = []
    for e in es:
        row = [e.name] + ([e.bids] if e.bids is not None else []) + ([money(p) for p in e.years] + [money(e.pence)] if two else [money(e.pence)])
        rows.append(row + [_strands_cell(e)])
    # the columns in another order: meaning comes from the header
    order = draw(st.permutations(range(len(columns))))
    return [columns[i] for i in order], [[r[i] for i in order] for r in rows]


@st.composite
def markdown_table(draw, es: list[Entry]) -> str:
    header, rows = _header_and_rows(draw, es)
    out = ["# Awards", "", "| " + " | ".join(header) + " |", "|" + "|".join(draw(st.sampled_from(["---", ":--", "--:", ":-:"])) for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out) + "\n"


@st.composite
def delimited(draw, es: list[Entry], delimiter: str) -> str:
    import io

    header, rows = _header_and_rows(draw, es)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=draw(st.sampled_from(["\n", "\r\n"])))
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


@st.composite
def html_table_by_header(draw, es: list[Entry]) -> str:
    header, rows = _header_and_rows(draw, es)
    nl = draw(st.sampled_from(["", "\n"]))
    head = "<tr>" + "".join(f"<th>{htmllib.escape(h)}</th>" for h in header) + "</tr>"
    body = nl.join("<tr>" + "".join(f"<td>{htmllib.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    hidden = "<tr hidden><td>Kent</td><td>1</td><td>£1</td></tr>"
    return f"<html><head><title>Kent (1) £9</title></head><body><table>{nl}<thead>{head}</thead>{nl}<tbody>{body}{hidden}</tbody></table></body></html>"


def _pounds_number(pence: int):
    return pence // 100 if pence % 100 == 0 else float(Decimal(pence) / 100)


@st.composite
def spreadsheet(draw, es: list[Entry], kind: str) -> bytes:
    import io

    header, rows = _header_and_rows(draw, es, money=_pounds_number if draw(st.booleans()) else format_pounds)
    table = [["Awards by police force area"], [], header, *rows]
    buf = io.BytesIO()
    if kind == "xlsx":
        import openpyxl

        wb = openpyxl.Workbook()
        for r in table:
            wb.active.append(r)
        wb.save(buf)
    else:
        from odf.opendocument import OpenDocumentSpreadsheet
        from odf.table import Table, TableCell, TableRow
        from odf.text import P

        doc = OpenDocumentSpreadsheet()
        t = Table(name="Awards")
        for r in table:
            tr = TableRow()
            for v in r:
                if isinstance(v, (int, float)):
                    cell = TableCell(valuetype="float", value=repr(v) if isinstance(v, float) else str(v))
                else:
                    cell = TableCell(valuetype="string")
                cell.addElement(P(text=str(v)))
                tr.addElement(cell)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
        doc.write(buf)
    return buf.getvalue()


LAYOUT_RENDERERS = {
    "line_per_entry": lambda draw, es: draw(line_per_entry(es)),
    "markdown_table": lambda draw, es: draw(markdown_table(es)),
    "csv": lambda draw, es: draw(delimited(es, ",")),
    "tsv": lambda draw, es: draw(delimited(es, "\t")),
    "html_table": lambda draw, es: draw(html_table_by_header(es)),
}


@pytest.mark.parametrize("layout", sorted(LAYOUT_RENDERERS))
@given(data=st.data())
def test_each_layout_parses_back_to_its_records(layout, data):
    es = data.draw(entries())
    text = LAYOUT_RENDERERS[layout](data.draw, es)
    al = parse_award_list(text, "gen", "2023-25" if len(es[0].years) > 1 else "2022-23")
    assert al.layout == layout
    assert got_entries(al) == expected_entries(es)
    assert al.unassigned == ()
    assert all(a.amount_qualifier == "exact" for a in al.awards)


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
@given(data=st.data())
def test_spreadsheets_parse_back_to_their_records(kind, data):
    es = data.draw(entries(max_size=4))
    al = parse_award_list(data.draw(spreadsheet(es, kind)), "gen." + kind, "2022-23")
    assert al.layout == kind
    assert got_entries(al) == expected_entries(es)
    assert [a.source_line for a in al.awards] == list(range(4, 4 + len(es)))  # title, blank, header rows


@given(data=st.data())
def test_every_layout_gives_the_same_records(data):
    es = data.draw(entries(max_size=4))
    forms = [parse_award_list(render(data.draw, es), "gen") for render in LAYOUT_RENDERERS.values()]
    forms.append(parse_award_list(data.draw(spreadsheet(es, "xlsx")), "gen.xlsx"))
    assert all(got_entries(f) == expected_entries(es) for f in forms)


# ---- amounts --------------------------------------------------------------------------------


@given(st.integers(0, 10**14), st.booleans())
@example(20033333, False).via("Cleveland's award")
@example(1, True)
def test_amounts_round_trip_exactly(pence, always_pence):
    printed = format_pounds(pence, always_pence=always_pence)
    assert parse_exact_pence(printed) == pence
    assert EXACT_AMOUNT.fullmatch(printed)
    assert parse_amount(printed).pence == pence
    assert parse_amount(printed).qualifier == "exact"
    # the printed form is canonical: parse then print gives it back
    assert format_pounds(parse_exact_pence(printed), always_pence=always_pence) == printed


@given(st.from_regex(r"£(0|[1-9][0-9]{0,2}(,[0-9]{3}){0,4})(\.[0-9][0-9])?", fullmatch=True))
def test_printed_amounts_parse_to_the_digits_they_show(printed):
    pence = parse_exact_pence(printed)
    digits = printed[1:].replace(",", "")
    pounds, _, p = digits.partition(".")
    assert pence == int(pounds) * 100 + int(p or 0)
    assert format_pounds(pence, always_pence=True) == f"£{int(pounds):,}.{int(p or 0):02d}"


# ---- never anything but SourceError ------------------------------------------------------------


def _parse_or_source_error(text: str, **kw) -> AwardList | None:
    try:
        al = parse_award_list(text, "fuzz.txt", **kw)
    except SourceError as exc:
        assert exc.source == "fuzz.txt"
        assert exc.line is None or exc.line >= 1
        assert exc.expected
        return None
    _check_invariants(al, text)
    return al


def _check_invariants(al: AwardList, text: str) -> None:
    codes = [a.pfa_code for a in al.awards]
    assert al.awards and len(codes) == len(set(codes))
    assert set(codes) <= set(register().codes)
    n_lines = text.count("\n") + text.count("\r") + 1
    for a in al.awards:
        assert (a.bids is None or 1 <= a.bids <= 9999) and a.amount_pence > 0
        assert 1 <= a.source_line <= n_lines
        assert [i.initiative_no for i in a.initiatives] == list(range(1, len(a.initiatives) + 1))
        assert all(i.text and i.text == " ".join(i.text.split()) for i in a.initiatives)
    assert all(1 <= r.line <= n_lines for r in al.lines)
    assert {r.role for r in al.lines} <= {"award", "heading", "preamble", "boilerplate", "unassigned", "total", "postamble"}


# Characters that matter to the parser, so that fuzzing reaches its branches.
_SPICY = st.sampled_from(list("£()•-–*<>&;#.\n\r\t 0123456789,") + ["**", "(1)", "£1", "<li>", "</li>", "<tr>", "<td>", "<!--", "<![", "&pound;", "\u00a0", "\ufeff", "’"])
fuzz_text = st.one_of(
    st.text(),
    st.text(alphabet=st.one_of(st.characters(), st.sampled_from("£()•-*<>\n"))),
    st.lists(st.one_of(_SPICY, st.sampled_from(["Kent", "Cheshire", "Mayor's Office for Police and Crime (London)"]), word), max_size=60).map("".join),
)


@given(fuzz_text, st.sampled_from([None, True, False]))
@example("Title £1.234 and £2m\nKent (1) £5 • x.", None).via("fractions of a penny in the headline")
@example("<html><![if x]>", None).via("html.parser raised AssertionError here")
@example("Kent (1) £5 • a.\nKent (2) £6 • b.", None).via("an area listed twice")
def test_arbitrary_text_raises_only_source_error(text, html):
    _parse_or_source_error(text, html=html)


@given(st.binary(max_size=2000))
def test_arbitrary_bytes_raise_only_source_error(data):
    try:
        text = decode(data, "fuzz.bin")
    except SourceError as exc:
        assert exc.source == "fuzz.bin"
        return
    _parse_or_source_error(text)


@st.composite
def mutated(draw, text: str) -> str:
    """A few edits of a well-formed text: deletions, insertions, duplications, swaps."""
    for _ in range(draw(st.integers(1, 4))):
        if not text:
            break
        i = draw(st.integers(0, len(text) - 1))
        j = draw(st.integers(i, min(len(text), i + 40)))
        op = draw(st.sampled_from(["delete", "insert", "duplicate", "replace", "swap_lines"]))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "insert":
            text = text[:i] + draw(st.one_of(_SPICY, st.text(max_size=5))) + text[i:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "replace":
            text = text[:i] + draw(st.characters()) + text[i + 1 :]
        else:
            lines = text.split("\n")
            a, b = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[a], lines[b] = lines[b], lines[a]
            text = "\n".join(lines)
    return text


@given(st.data(), records(max_size=5), st.sampled_from(["plain", "list", "table"]))
def test_mutated_generated_lists_raise_only_source_error(data, recs, form):
    render = {"plain": plain_text, "list": html_list, "table": html_table}[form]
    _parse_or_source_error(data.draw(mutated(data.draw(render(recs)))))


@pytest.fixture(scope="module")
def real_award_list() -> str:
    from funding.sources import read_text

    return read_text("ho-2021-08-11-awards")[1]


@pytest.mark.integration
@given(data=st.data())
def test_mutated_real_list_raises_only_source_error(real_award_list, data):
    text = data.draw(mutated(real_award_list))
    al = _parse_or_source_error(text)
    if text == real_award_list:
        assert al is not None and len(al.awards) == 25


# ---- the local-release reader -----------------------------------------------------------------

@pytest.fixture(scope="module")
def local():
    from funding.parse import releases as module

    return module


def _extract_or_source_error(local, text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "no facts recognised" is a documented warning
        try:
            release = local.extract_release(text, "fuzz.txt")
        except SourceError as exc:
            assert exc.source == "fuzz.txt"
            return
    for fact in (*release.awards, *release.components, *release.outcomes, *release.organisations):
        assert fact.source_id == "fuzz.txt"
        assert fact.source_line >= 1


_LOCAL_SPICY = st.sampled_from(
    ["£240,000", "£1.2m", "£1.2.3m", "£", "more than", "£12k", "24-week", "twenty-four", "%", "Nottinghamshire",
     "Rutland", "per cent", "up to a year", "perpetrators", "programme", "\n", ". ", ", and ", " | ", "\t", "   "]
)


@given(st.one_of(st.text(), st.lists(st.one_of(_LOCAL_SPICY, word, st.text(max_size=3)), max_size=50).map(" ".join)))
def test_local_release_arbitrary_text_raises_only_source_error(local, text):
    _extract_or_source_error(local, text)


@given(st.data())
def test_local_release_mutated_raises_only_source_error(local, data):
    seed = (
        "A new programme in Nottinghamshire will work with perpetrators of domestic abuse.\n\n"
        "The Police and Crime Commissioner secured more than £240,000 from the Home Office fund.\n\n"
        "The 24-week group programme will take up to 60 referrals, with support for partners for up to a year.\n"
    )
    _extract_or_source_error(local, data.draw(mutated(seed)))
