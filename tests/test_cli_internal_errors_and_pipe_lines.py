"""Two things a new writer's release found (nineteenth session), both invented texts.

A radio page's link menu, "More from us: Halifax bus station roof repairs to cost £2.4m | Leeds United …", followed by
a footer line of pipes, stopped the release reader with an uncaught ValueError: a pipe line's cells were looked for
after its first pipe, so text before that pipe was never found.  And the command line printed that as a traceback
with exit status 1, where every failure should be one line and status 2.
"""

from __future__ import annotations

import pytest

from funding import cli
from funding.parse.releases import extract_release
from funding.parse.releases.text import _row_cells_spans

MENU_THEN_FOOTER = (
    "Aire Radio news\n\n"
    "West Yorkshire's mayor has been given £310,000 by the Home Office for 2025-26 for a course for men.\n\n"
    "Share this story: Facebook | WhatsApp | Email\n"
    "More from us: Halifax bus station roof repairs to cost £2.4m | Leeds United ticket prices frozen\n"
    "Aire Radio is part of Pennine Sound. Terms | Privacy | Complaints\n"
)


@pytest.mark.parametrize("line, cells", [
    ("| Home Office | £1,000 |", ["Home Office", "£1,000"]),
    ("Home Office | £1,000", ["Home Office", "£1,000"]),
    ("More from us: £2.4m | Leeds United", ["More from us: £2.4m", "Leeds United"]),
    ("  | a || b |  ", ["a", "", "b"]),
])
def test_pipe_line_cells_include_text_before_the_first_pipe(line, cells):
    spans = _row_cells_spans(line)
    assert [c for _s, _e, c in spans] == cells
    assert all(line[s:e].strip() == c for s, e, c in spans)


def test_a_link_menu_with_money_before_a_footer_of_pipes_is_read():
    release = extract_release(MENU_THEN_FOOTER, "radio.txt")
    got = {(a.source_line, a.amount.pence) for a in release.awards}
    assert (3, 31_000_000) in got
    assert all(a.source_line == 3 for a in release.awards)  # the bus station's £2.4m is no award


def test_read_release_reads_the_menu_page(tmp_path, capsys):
    page = tmp_path / "radio.txt"
    page.write_text(MENU_THEN_FOOTER, encoding="utf-8")
    assert cli.main(["read-release", str(page), "--json"]) == 0
    assert '"amount_pence": 31000000' in capsys.readouterr().out


def _broken_reader(*_args, **_kwargs):
    raise ValueError("substring not found\nsecond line")


def test_an_internal_error_is_one_line_naming_the_file_and_status_2(tmp_path, capsys, monkeypatch):
    import funding.parse.releases as releases

    page = tmp_path / "page.txt"
    page.write_text(MENU_THEN_FOOTER, encoding="utf-8")
    monkeypatch.setattr(releases, "extract_release", _broken_reader)
    monkeypatch.delenv("FUNDING_TRACEBACK", raising=False)
    assert cli.main(["read-release", str(page)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"funding: error: {page}: found an internal error (ValueError: substring not found second line)")
    assert "bug in funding" in err


def test_funding_traceback_re_raises_an_internal_error(tmp_path, monkeypatch):
    import funding.parse.releases as releases

    page = tmp_path / "page.txt"
    page.write_text(MENU_THEN_FOOTER, encoding="utf-8")
    monkeypatch.setattr(releases, "extract_release", _broken_reader)
    monkeypatch.setenv("FUNDING_TRACEBACK", "1")
    with pytest.raises(ValueError, match="substring not found"):
        cli.main(["read-release", str(page)])
