"""Hostile and large input: each case is read correctly or rejected with SourceError.

Huge files, binary files, hostile HTML, mixed line endings, byte-order marks,
no-break spaces, typographic quotes and Windows-1252 bytes.  Speed targets live in
benchmarks/run.py; the few time limits here are generous and guard only against
the parser going quadratic again (a regression that turns seconds into hours).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from funding.parse.awards import parse_award_list
from funding.errors import SourceError
from funding.core.text import MAX_SOURCE_BYTES, decode, html_to_lines

KENT = "Kent (1) £611,250 • A made-up weekly group.\n\n- A second strand.\n\n"
ESSEX = "**Essex (2)** £200,000.05 • An invented helpline.\n"


def records(al):
    return [(a.pfa_code, a.bids, a.amount_pence, [i.text for i in a.initiatives]) for a in al.awards]


EXPECTED = [
    ("E23000032", 1, 61125000, ["A made-up weekly group.", "A second strand."]),
    ("E23000028", 2, 20000005, ["An invented helpline."]),
]


def test_the_plain_fixture_reads_as_expected():
    assert records(parse_award_list(KENT + ESSEX, "k.txt")) == EXPECTED


# ---- size ----------------------------------------------------------------------------------


def _write_big(path: Path, size: int) -> None:
    block = (KENT * 50).encode()
    with path.open("wb") as f:
        written = 0
        while written < size:
            f.write(block)
            written += len(block)


def test_a_50_mb_file_is_rejected_before_it_is_decoded(tmp_path):
    big = tmp_path / "big.txt"
    _write_big(big, 50 * 1024 * 1024)
    data = big.read_bytes()
    tracemalloc.start()
    try:
        with pytest.raises(SourceError) as err:
            decode(data, str(big))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert err.value.line is None and err.value.source == str(big)
    assert f"{len(data):,} bytes" in err.value.message
    assert f"at most {MAX_SOURCE_BYTES:,} bytes" in err.value.message
    assert peak < 1024 * 1024  # no decoded copy of the 50 MB was made


def test_text_over_the_limit_is_rejected_by_the_parser_too():
    text = KENT + "x" * MAX_SOURCE_BYTES
    with pytest.raises(SourceError) as err:
        parse_award_list(text, "big.txt")
    assert err.value.line is None and "characters" in err.value.message


def test_text_at_the_limit_is_read():
    body = ESSEX + "\n" * (MAX_SOURCE_BYTES - len(ESSEX))
    assert len(body) == MAX_SOURCE_BYTES
    assert records(parse_award_list(body, "edge.txt")) == EXPECTED[1:]
    data = ESSEX.encode() + b"\n" * (MAX_SOURCE_BYTES - len(ESSEX.encode()))
    assert len(data) == MAX_SOURCE_BYTES
    assert decode(data, "edge.txt") == data.decode()
    with pytest.raises(SourceError):
        decode(data + b"\n", "edge.txt")


@pytest.mark.parametrize(
    "name, text",
    [
        # The name-run, '(1)', continuation, '<a' and '<!--' cases took from half a minute to
        # hours before the parser was made linear; the others guard the neighbouring paths.
        ("a name-run of 60,000 words", "word " * 60_000 + "(1) £5 • x."),
        ("40,000 '(1)' on one line", "Kent (1) £5 • " + "x (1) - " * 40_000),
        ("80,000 continuation lines", "Kent (1) £5 • start\n" + "more words\n" * 80_000),
        ("40,000 amounts in a headline", "£1m " * 40_000 + "\nKent (1) £5 • x."),
        ("unclosed '<a' 300,000 times", "<html>" + "<a" * 300_000),
        ("unclosed '<!--' 200,000 times", "<html>" + "<!--" * 200_000),
        ("'<li>' 40,000 times", "<ul>" + "<li>x (1) y" * 40_000),
        # The layouts of issue 11: the detector and each reader stay linear.
        ("100,000 '(1) £' on one line", "Kent (1) £5 • x.\n" + "(1) £" * 100_000),
        ("150,000 pipe rows", "| Area | Bids | Amount |\n|---|---|---|\n| Kent | 1 | £5 |\n" + "| x | y |\n" * 150_000),
        ("100,000 CSV rows", "Area,Bids,Amount\nKent,1,£5\n" + ",,\n" * 100_000 + "note\n"),
        ("100,000 entry lines of prose", "Kent – £5 (1)\n" + "a b c d e f g h i j k l m n – £5 (1)\n" * 50_000),
        ("a 300,000-character name before an amount", "Kent – £5 (1)\n" + "word " * 60_000 + "– £5 (1)"),
        ("<table> with 50,000 rows", "<table><tr><th>Area</th><th>Amount</th></tr><tr><td>Kent</td><td>£5</td></tr>" + "<tr><td></td></tr>" * 50_000 + "</table>"),
    ],
)
def test_adversarial_input_is_read_in_linear_time(name, text):
    assert len(text) <= MAX_SOURCE_BYTES
    start = time.perf_counter()
    try:
        al = parse_award_list(text, "adv.txt")
    except SourceError:
        al = None
    elapsed = time.perf_counter() - start
    # Linear work is well under a second here; quadratic work took from half a minute to hours.
    assert elapsed < 20, f"{name}: {elapsed:.1f} s"
    if al is not None:
        assert [a.pfa_code for a in al.awards] == ["E23000032"]


# ---- binary and encodings ----------------------------------------------------------------------


def test_nul_bytes_are_rejected_naming_the_line():
    with pytest.raises(SourceError) as err:
        decode(KENT.encode() + b"abc\x00def", "nul.bin")
    assert err.value.line == KENT.count("\n") + 1
    assert err.value.found == "a NUL byte"


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_random_bytes_are_rejected(seed):
    data = random.Random(seed).randbytes(64 * 1024)
    with pytest.raises(SourceError) as err:
        decode(data, "random.bin")
    assert err.value.line is not None and err.value.line >= 1
    assert "UTF-8" in err.value.expected or "binary" in err.value.expected


def test_a_png_is_rejected():
    with pytest.raises(SourceError):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "figure.png")


def test_windows_1252_bytes_are_rejected_naming_the_line_and_the_fix():
    text = "Title\n\nKent (1) £611,250 • It’s made up.\n"
    data = text.encode("cp1252")
    with pytest.raises(SourceError) as err:
        decode(data, "cp1252.txt")
    assert err.value.line == 3
    assert "b'\\xa3'" in err.value.found  # the pound sign in Windows-1252
    assert "iconv -f windows-1252 -t utf-8" in err.value.hint


def test_utf16_is_rejected():
    with pytest.raises(SourceError) as err:
        decode(KENT.encode("utf-16"), "u16.txt")
    assert err.value.line == 1 and "UTF-16" in err.value.found


def test_a_utf8_byte_order_mark_is_dropped():
    text = decode(b"\xef\xbb\xbf" + (KENT + ESSEX).encode(), "bom.txt")
    assert not text.startswith("\ufeff")
    al = parse_award_list(text, "bom.txt")
    assert records(al) == EXPECTED and al.awards[0].source_line == 1


def test_a_byte_order_mark_inside_the_text_is_folded():
    al = parse_award_list("\ufeff" + KENT + "\ufeff" + ESSEX, "bom.txt")
    assert records(al) == EXPECTED


# ---- line endings, spaces and quotes ---------------------------------------------------------


@pytest.mark.parametrize("ending", ["\r\n", "\r", "mixed"])
def test_line_endings_give_the_same_records_and_line_numbers(ending):
    lf = parse_award_list(KENT + ESSEX, "lf.txt")
    lines = (KENT + ESSEX).split("\n")
    if ending == "mixed":
        text = "".join(l + ("\r\n", "\r", "\n")[i % 3] for i, l in enumerate(lines[:-1])) + lines[-1]
    else:
        text = ending.join(lines)
    other = parse_award_list(text, "x.txt")
    assert records(other) == records(lf) == EXPECTED
    assert [(a.source_line, [(i.source_line, i.source_line_end) for i in a.initiatives]) for a in other.awards] == [
        (a.source_line, [(i.source_line, i.source_line_end) for i in a.initiatives]) for a in lf.awards
    ]
    assert [(r.line, r.role) for r in other.lines] == [(r.line, r.role) for r in lf.lines]


def test_no_break_spaces_and_typographic_quotes_in_names_and_amounts():
    text = (
        "Mayor\u2019s\u00a0Office for Police and Crime (London)\u00a0(3)\u00a0£1,563,547\u00a0•\u00a0A\u202fmade-up “quoted” scheme.\n\n"
        "**Avon\u00a0&\u00a0Somerset (1)** £\u00a0200,000 • Another ‘invented’ one.\n"
    )
    al = parse_award_list(text, "nbsp.txt")
    assert records(al) == [
        ("E23000001", 3, 156354700, ["A made-up “quoted” scheme."]),
        ("E23000036", 1, 20000000, ["Another 'invented' one."]),
    ]
    assert al.awards[0].pcc == "Mayor's Office for Police and Crime (London)"


@pytest.mark.parametrize("amount", ["£200\u00a0000", "£200 000", "£1 200 000.50"])
def test_space_grouped_thousands_are_rejected_not_misread(amount):
    with pytest.raises(SourceError) as err:
        parse_award_list(f"Kent (1) {amount} • x.", "s.txt")
    assert err.value.line == 1 and "commas between thousands" in err.value.expected


@pytest.mark.parametrize("digits", ["٢٠٠,٠٠٠", "２００,０００"])
def test_non_ascii_digits_are_rejected_not_read(digits):
    with pytest.raises(SourceError) as err:
        parse_award_list(f"Kent (1) £{digits} • x.", "d.txt")
    assert err.value.line == 1


def test_zero_bids_is_rejected():
    with pytest.raises(SourceError) as err:
        parse_award_list("Kent (0) £5 • x.", "z.txt")
    assert err.value.line == 1 and "1 or more" in err.value.expected


def test_a_fraction_of_a_penny_in_the_headline_is_a_source_error():
    with pytest.raises(SourceError) as err:
        parse_award_list("Awards of £1.234 and £2m\n\n" + KENT, "h.txt")
    assert err.value.line == 1 and "£1.234" in err.value.found


# ---- hostile HTML -----------------------------------------------------------------------------

HOSTILE_HTML = """<!DOCTYPE html>
<html><head><title>Kent (9) £9 • not an entry</title>
<style>li::before { content: "Essex (9) £9 • not an entry"; }</style>
<script>document.write("<li>Surrey (1) £5 • fake</li>"); if (a < b && c > d) {}</script>
</head><body>
<!-- <li>Sussex (1) £5 • commented out</li> -->
<![if !IE]><p>conditional</p><![endif]>
<ul>
<li><strong><em>Kent</em> (1)</strong> &pound;611,250 &ndash; A made-up weekly <b>group</b>.
<ul><li>A second strand.</li></ul>
<li><STRONG>Essex (2)</STRONG>&nbsp;&#163;200,000.05 &#x2013; An invented helpline.
</ul>
<p>Cafés &amp; more <unknown-tag attr="x>y">text</unknown-tag></p>
</body></html>
"""


def test_hostile_html_reads_only_the_real_entries():
    al = parse_award_list(HOSTILE_HTML, "hostile.html")
    # A paragraph after the last entry is read as a further strand of it (text is never
    # dropped silently); the unknown tag's text is kept, its attribute's ">" is not a tag end.
    assert records(al) == [EXPECTED[0], ("E23000028", 2, 20000005, ["An invented helpline.", "Cafés & more text"])]
    assert [a.source_line for a in al.awards] == [9, 11]
    assert al.awards[1].initiatives[1].source_line == 13
    assert {r.line: r.role for r in al.lines}[7] == "preamble"  # the conditional-comment paragraph
    texts = " ".join(i.text for a in al.awards for i in a.initiatives)
    for hidden in ("Surrey", "Sussex", "not an entry", "fake", "commented"):
        assert hidden not in texts


@pytest.mark.parametrize(
    "hidden",
    [
        "<title>Essex (1) £9</title>",
        "<textarea>Essex (1) £9</textarea>",
        "<li hidden>Essex (1) £9 • x.</li>",
        '<li style="display:none">Essex (1) £9 • x.</li>',
        '<li style="color: red; display: none !important">Essex (1) £9 • x.</li>',
        '<div style="visibility:hidden"><p>Essex (1) £9 • x.</p></div>',
        '<script type="application/ld+json">{"name": "Essex (1) £9"}</script>',
        "<template><li>Essex (1) £9 • x.</li></template>",
        "<!-- <li>Essex (1) £9 • x.</li> -->",
    ],
)
def test_hidden_html_is_never_read(hidden):
    page = f"<html><head></head><body><ul><li><strong>Kent (1)</strong> £611,250 – A made-up weekly group.</li>{hidden}</ul></body></html>"
    al = parse_award_list(page, "h.html")
    assert [a.pfa_code for a in al.awards] == ["E23000032"]
    assert all("Essex" not in i.text and "£9" not in i.text for a in al.awards for i in a.initiatives)


def test_html_entities_are_decoded():
    lines = html_to_lines("<p>&pound;5 &amp; &nbsp;x&#8217;s &lt;b&gt; &unknown; &#xZZ;</p>")
    assert [l.text for l in lines] == ["£5 & x's <b> &unknown; &#xZZ;"]


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><ul><li>Kent (1) £611,250 – A made-up weekly group.<li>A second strand.",  # unclosed everything
        "<html><body><table><tr><td>Kent<td>1<td>£611,250<td><p>A made-up weekly group.<p>A second strand.</table>",
        "<html><body><div><div><div><ul><li><span><strong>Kent (1)</strong></span> £611,250 – A made-up weekly group.</li><li>A second strand.</li></ul></div></div></div>",
        "<html><body><p>Kent (1) £611,250 – A made-up weekly group.<br/>- A second strand.</p><!-- unclosed comment",
    ],
)
def test_unclosed_and_nested_markup(page):
    assert records(parse_award_list(page, "p.html"))[0] == EXPECTED[0]


@pytest.mark.parametrize(
    "page",
    [
        "<html><![",
        "<html><![if x]>",
        "<html><!DOCTYPE x [<!foo",
        "<html><script>",
        "<html><a href='",
        "<html>" + "</" * 1000,
        "<html><?xml",
        "<html><svg><li>Kent (1) £5 • x</li>",
    ],
)
def test_broken_html_is_a_source_error_not_a_crash(page):
    with pytest.raises(SourceError) as err:
        parse_award_list(page, "b.html")
    assert err.value.found == "no award entries"


# ---- the command line ------------------------------------------------------------------------


def _funding(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("funding")
    if not exe.exists():
        pytest.skip("the funding command is not installed in this environment")
    return subprocess.run([str(exe), *args], cwd=cwd, capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONHASHSEED": "0"})


@pytest.mark.parametrize(
    "name, content, where",
    [
        ("cp1252.txt", "Title\n\nKent (1) £611,250 • x.\n".encode("cp1252"), "cp1252.txt:3"),
        ("nul.txt", b"Kent (1) \x00", "nul.txt:1"),
        ("nothing.txt", b"no entries here\n", "nothing.txt"),
        ("unknown.txt", "Atlantis (1) £5 • x.\n".encode(), "unknown.txt:1"),
        ("big.txt", None, "big.txt"),
    ],
)
def test_cli_reports_bad_files_without_a_traceback(tmp_path, name, content, where):
    path = tmp_path / name
    if content is None:
        _write_big(path, MAX_SOURCE_BYTES + 1)
    else:
        path.write_bytes(content)
    result = _funding("parse-awards", str(path), cwd=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert where in result.stderr
    assert result.stdout == ""


def test_cli_reads_a_good_file(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(KENT + ESSEX, encoding="utf-8")
    result = _funding("parse-awards", str(path), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    import json

    out = json.loads(result.stdout)
    assert [(a["pfa_code"], a["amount_pence"]) for a in out] == [("E23000032", 61125000), ("E23000028", 20000005)]
