"""Fetch checked by facts, against a loopback HTTP server serving pages written in the gov.uk forms.

The pages are written here from the committed ``awards.csv`` (facts: areas, bids,
amounts; the strands are invented words, not the source's): the news page as
HTML, the content API's JSON, a wrong page (one amount changed, one area
dropped), a slow page (a byte at a time), a silent server and an oversized one.
"""

from __future__ import annotations

import csv
import http.server
import importlib
import json
import threading
import time
from pathlib import Path

import pytest

from funding.errors import SourceError
from funding.sources.fetch import FETCHED_RECORD, download, fetched_copy
from funding.sources.manifests import ManifestEntry
from funding.sources.mirror import sha256_of

fetch_module = importlib.import_module("funding.sources.fetch")  # the module (the package re-exports fetch())

ROOT = Path(__file__).resolve().parents[1]
AWARDS = ROOT / "data" / "processed" / "awards.csv"
AWARD_ID = "ho-2021-08-11-awards"


def _rows() -> list[dict[str, str]]:
    with AWARDS.open(encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if r["round"] == "2021-22"]


def _pounds(pence: int) -> str:
    pounds, p = divmod(pence, 100)
    return f"£{pounds:,}" + (f".{p:02d}" if p else "")


def _items(rows) -> str:
    """One entry per award, with as many invented strands of work as the award has initiatives."""
    items = []
    for r in rows:
        items.append(
            f'<li><strong>{r["pfa_name"]} ({r["bids"]})</strong> {_pounds(int(r["amount_pence"]))} – '
            "an invented first strand of work for the test page.</li>"
        )
        items += [f"<li>An invented strand number {k} for the test page.</li>" for k in range(2, int(r["initiatives"]) + 1)]
    return "\n".join(items)


def _page(rows) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><title>Test page - GOV.UK</title></head><body>\n'
        '<a href="#main-content">Skip to main content</a>\n<main id="main-content"><h1>Invented headline</h1>\n'
        '<div class="govspeak"><p>Published 11 August 2021</p>\n<ul>\n' + _items(rows) + "\n</ul></div></main>\n"
        "<footer>All content is available under the Open Government Licence v3.0</footer></body></html>\n"
    )


def _api(rows) -> str:
    body = '<div class="govspeak"><ul>\n' + _items(rows) + "\n</ul></div>"
    return json.dumps({"base_path": "/government/news/test", "document_type": "press_release", "details": {"body": body}})


def _wrong(rows) -> str:
    changed = [dict(r) for r in rows if r["pfa_code"] != "E23000004"]  # Merseyside dropped
    for r in changed:
        if r["pfa_code"] == "E23000002":  # Cumbria's amount changed by a pound
            r["amount_pence"] = str(int(r["amount_pence"]) + 100)
    return _page(changed)


class _Handler(http.server.BaseHTTPRequestHandler):
    pages: dict[str, bytes] = {}

    def log_message(self, *args):  # keep the test output quiet
        pass

    def do_GET(self):  # noqa: N802 - http.server's name
        if self.path == "/silent":
            time.sleep(30)
            return
        if self.path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(300):  # a byte every 0.1 s for 30 s: longer than any deadline below
                try:
                    self.wfile.write(b"<")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.1)
            return
        if self.path == "/announced-huge":
            self.send_response(200)
            self.send_header("Content-Length", str(10**9))
            self.end_headers()
            return
        body = self.pages.get(self.path)
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json" if self.path.endswith("json") else "text/html; charset=utf-8")
        if self.path != "/unannounced":
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    rows = _rows()
    _Handler.pages = {
        "/good": _page(rows).encode("utf-8"),
        "/api.json": _api(rows).encode("utf-8"),
        "/wrong": _wrong(rows).encode("utf-8"),
        "/unannounced": b"x" * 5000,
        "/notes.txt": "An invented local release, written for the test.\n".encode("utf-8"),
    }
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _only(monkeypatch, url: str, sha256: str = "0" * 64, **fields) -> ManifestEntry:
    """Make the manifest one award-list entry whose URL is on the loopback server."""
    from funding.sources.manifests import manifest

    real = manifest()[AWARD_ID]
    e = ManifestEntry(**{**real.__dict__, "url": url, "sha256": sha256, **fields})
    monkeypatch.setattr(fetch_module, "manifest", lambda: {AWARD_ID: e})
    return e


def test_the_gov_uk_page_is_accepted_by_its_facts(server, tmp_path, monkeypatch):
    from funding.pipeline import fetch_checked

    _only(monkeypatch, server + "/good")
    lines: list[str] = []
    [r] = fetch_checked(tmp_path, progress=lines.append)
    assert r.status == "checked", r
    assert r.detail == "25 awards, 29 bids, £11,334,384.69: equal to awards.csv (area, bids, pence)"
    assert r.path == tmp_path / "home-office-2021-08-11-perpetrator-fund-awards.txt.html"
    assert not (tmp_path / "home-office-2021-08-11-perpetrator-fund-awards.txt").exists()  # the extract is not faked
    assert fetched_copy(AWARD_ID, tmp_path) == r.path
    [row] = list(csv.DictReader((tmp_path / FETCHED_RECORD).read_text(encoding="utf-8").splitlines()))
    assert row["sha256"] == sha256_of(r.path.read_bytes()) and row["url"] == server + "/good"
    assert len(lines) == 1 and lines[0].startswith(f"[1/1] {AWARD_ID}: checked, ")


def test_the_content_api_json_is_accepted_by_its_facts(server, tmp_path, monkeypatch):
    from funding.pipeline import fetch_checked

    _only(monkeypatch, server + "/api.json")
    [r] = fetch_checked(tmp_path)
    assert r.status == "checked" and r.path.suffix == ".json"
    assert r.detail.startswith("25 awards, 29 bids, £11,334,384.69: equal")


def test_a_wrong_page_is_reported_row_by_row_and_nothing_is_replaced(server, tmp_path, monkeypatch):
    from funding.pipeline import fetch_checked

    _only(monkeypatch, server + "/wrong")
    [r] = fetch_checked(tmp_path)
    assert r.status == "differs"
    assert r.detail == "24 awards, 28 bids, £10,713,992.69: 2 area(s) differ from awards.csv"
    assert r.differences == (
        "E23000002 Cumbria: downloaded 1 bid(s) £200,353; awards.csv 1 bid(s) £200,352",
        "E23000004 Merseyside: downloaded no award; awards.csv 1 bid(s) £620,393",
    )
    assert r.path.name.endswith(".download")
    assert not (tmp_path / FETCHED_RECORD).exists() and fetched_copy(AWARD_ID, tmp_path) is None


def test_a_changed_accepted_page_is_no_longer_used(server, tmp_path, monkeypatch):
    from funding.pipeline import fetch_checked

    _only(monkeypatch, server + "/good")
    [r] = fetch_checked(tmp_path)
    r.path.write_bytes(r.path.read_bytes() + b"\n")
    assert fetched_copy(AWARD_ID, tmp_path) is None


def test_a_page_with_the_manifest_hash_is_verified_by_its_bytes(server, tmp_path, monkeypatch):
    from funding.pipeline import fetch_checked

    _only(monkeypatch, server + "/good", sha256=sha256_of(_page(_rows()).encode("utf-8")))
    [r] = fetch_checked(tmp_path)
    assert r.status == "verified" and r.path == tmp_path / "home-office-2021-08-11-perpetrator-fund-awards.txt"


def test_a_page_that_is_not_an_award_list_differs(server, tmp_path, monkeypatch):
    from funding.pipeline import fetch_checked

    _only(monkeypatch, server + "/unannounced")
    [r] = fetch_checked(tmp_path)
    assert r.status == "differs" and r.detail.startswith("not read as an award list: ")


def test_a_trickling_server_ends_at_the_deadline(server):
    with pytest.raises(SourceError) as err:
        download(server + "/slow", deadline=1.0, stall=5.0)
    assert err.value.source == server + "/slow"
    assert err.value.expected == "the whole file within 1 s"
    assert err.value.found.endswith(" s") and "bytes after" in err.value.found


def test_a_silent_server_ends_at_the_deadline(server):
    with pytest.raises(SourceError) as err:
        download(server + "/silent", deadline=1.0, stall=5.0)
    assert err.value.found.startswith("0 bytes after") and err.value.expected == "the whole file within 1 s"


def test_a_download_over_the_cap_is_refused(server):
    with pytest.raises(SourceError) as err:
        download(server + "/announced-huge", max_bytes=1000)
    assert err.value.found == "1,000,000,000 bytes announced" and err.value.expected == "at most 1,000 bytes"
    with pytest.raises(SourceError) as err:
        download(server + "/unannounced", max_bytes=1000)
    assert err.value.found == "more than 1,000 bytes"


def test_a_missing_page_and_a_refused_connection_are_errors(server):
    with pytest.raises(SourceError, match="HTTP 404"):
        download(server + "/nothing-here")
    port = int(server.rsplit(":", 1)[1])
    with pytest.raises(SourceError) as err:
        download(f"http://127.0.0.1:{port + 1 if port < 65535 else port - 1}/x", deadline=2.0)
    assert err.value.expected == "a server that answers"


def test_fetch_failures_are_results_with_a_progress_line(server, tmp_path, monkeypatch):
    from funding.pipeline import fetch_checked

    _only(monkeypatch, server + "/slow")
    lines: list[str] = []
    [r] = fetch_checked(tmp_path, deadline=0.5, progress=lines.append)
    assert r.status == "failed" and "within 0.5 s" in r.detail
    assert lines[0].startswith(f"[1/1] {AWARD_ID}: failed, -, ")


def test_the_command_prints_the_differences_and_exits_2(server, tmp_path, monkeypatch, capsys):
    from funding.cli import main

    _only(monkeypatch, server + "/wrong")
    assert main(["fetch", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "E23000004 Merseyside: downloaded no award; awards.csv 1 bid(s) £620,393" in err
    assert err.splitlines()[-1] == "funding: error: 1 download(s) differ from the manifest or failed; nothing was replaced"


# --- a researcher's own sources -----------------------------------------------------------


@pytest.fixture
def user_manifest(tmp_path, monkeypatch):
    path = tmp_path / "user_sources.csv"
    monkeypatch.setenv("FUNDING_USER_MANIFEST", str(path))
    return path


def test_add_source_copies_the_file_and_records_it(tmp_path, user_manifest):
    from funding.sources import manifest
    from funding.sources.fetch import add_source

    page = ROOT / "tests" / "fixtures" / "awards" / "list.html"
    raw = tmp_path / "raw"
    e = add_source(str(page), kind="award-list", publisher="Invented Office", published="2030-04-01",
                   round="2022-23", licence="Open Government Licence v3.0", out_dir=raw)
    assert e.source_id == "user-invented-office-2030-04-01-list"
    assert (raw / e.file).read_bytes() == page.read_bytes()
    [row] = list(csv.DictReader(user_manifest.read_text(encoding="utf-8").splitlines()))
    assert row == {
        "source_id": e.source_id, "file": "user-invented-office-2030-04-01-list.html", "kind": "award-list",
        "title": "list", "publisher": "Invented Office", "published": "2030-04-01", "url": "",
        "licence": "Open Government Licence v3.0", "sha256": sha256_of(page.read_bytes()), "round": "2022-23",
        "notes": "added with funding add-source from list.html", "credit": "",
    }
    assert manifest()[e.source_id].shelf == "sources"
    assert AWARD_ID in manifest()  # beside the package's, not instead of it


def test_add_source_downloads_a_url(server, tmp_path, user_manifest):
    from funding.sources.fetch import add_source

    e = add_source(server + "/notes.txt", kind="local-release", publisher="Invented Radio", published="2031-01-02",
                   out_dir=tmp_path)
    assert e.url == server + "/notes.txt" and e.file == "user-invented-radio-2031-01-02-notes.txt"
    assert (tmp_path / e.file).read_bytes() == _Handler.pages["/notes.txt"]


def test_add_source_refuses_what_it_cannot_record(tmp_path, user_manifest):
    from funding.sources.fetch import add_source

    with pytest.raises(SourceError, match="--round"):
        add_source(str(tmp_path), kind="award-list", publisher="P", published="2030")
    with pytest.raises(SourceError) as err:
        add_source(str(tmp_path / "absent.txt"), kind="local-release", publisher="P", published="2030")
    assert err.value.found == "no such file"
    assert not user_manifest.exists()


@pytest.mark.sources
def test_an_added_award_list_is_in_the_next_tables(tmp_path, user_manifest, monkeypatch):
    from funding.pipeline import build_tables
    from funding.sources import mirror
    from funding.sources.fetch import add_source

    raw = tmp_path / "raw"
    e = add_source(str(ROOT / "tests" / "fixtures" / "awards" / "list.html"), kind="award-list",
                   publisher="Invented Office", published="2030-04-01", round="2022-23", out_dir=raw)
    search = mirror.search_dirs
    monkeypatch.setattr(mirror, "search_dirs", lambda shelf: search(shelf) + [raw])
    awards = build_tables()["awards"]
    added = awards[awards["source_id"] == e.source_id]
    assert added[["round", "pfa_code", "amount_pence"]].values.tolist() == [
        ["2022-23", "E23000032", 61125000], ["2022-23", "E23000034", 20000050], ["2022-23", "E23000036", 57000000],
    ]
    assert len(awards[awards["source_id"] == AWARD_ID]) == 25


def test_sources_lists_every_source_with_its_status(tmp_path, user_manifest, capsys):
    from funding.cli import main
    from funding.sources.fetch import add_source

    add_source(str(ROOT / "tests" / "fixtures" / "local" / "no_facts.txt"), kind="local-release",
               publisher="Invented", published="2030", out_dir=tmp_path)  # not in data/raw: missing
    assert main(["sources"]) == 0
    lines = capsys.readouterr().out.splitlines()
    from funding.sources import manifest

    assert len(lines) == len(manifest())
    by_id = {line.split()[2]: line.split()[0] for line in lines}
    assert by_id["user-invented-2030-no-facts"] == "missing"
    assert set(by_id.values()) <= {"verified", "found", "missing", "changed"}


@pytest.mark.sources
def test_after_fetch_the_tables_are_rebuilt_from_the_accepted_page(server, tmp_path, monkeypatch):
    """The award list from the fetched page, the releases from the mirror: the same awards, new source lines."""
    import pandas as pd

    from funding.pipeline import build_tables, fetch_checked, load_tables, sources_status
    from funding.sources import mirror

    real = {shelf: mirror.search_dirs(shelf) for shelf in ("sources", "data")}
    hidden = tmp_path / "mirror"
    hidden.mkdir()
    for e in [e for e in fetch_module.manifest().values() if e.kind == "local-release"]:
        (hidden / e.file).write_bytes(mirror.locate(e.source_id).read_bytes())
    monkeypatch.setattr(mirror, "search_dirs", lambda shelf: [hidden] if shelf == "sources" else real["data"])
    raw = tmp_path / "raw"
    monkeypatch.setattr(fetch_module, "raw_dir", lambda: raw)
    assert sources_status()[AWARD_ID] is None
    _only(monkeypatch, server + "/good")
    [r] = fetch_checked()
    assert r.status == "checked" and sources_status()[AWARD_ID] == r.path
    monkeypatch.undo()  # the whole manifest again; keep the mirror hidden and the fetched page
    monkeypatch.setattr(mirror, "search_dirs", lambda shelf: [hidden] if shelf == "sources" else real["data"])
    monkeypatch.setattr(fetch_module, "raw_dir", lambda: raw)
    # the overrides correct tags of the real strands; the test page's strands are invented words
    monkeypatch.setattr("funding.tables.awards.load_overrides", lambda: [])
    rebuilt = build_tables()["awards"]
    committed = load_tables(names=["awards"])["awards"]
    cols = ["round", "pfa_code", "pfa_name", "bids", "amount_pence"]
    pd.testing.assert_frame_equal(rebuilt[cols], committed[cols])
    assert list(rebuilt["source_line"]) != list(committed["source_line"])  # read from the page, not the extract


@pytest.mark.sources
def test_an_added_local_release_is_in_the_next_release_tables(tmp_path, user_manifest, monkeypatch):
    from funding.pipeline import build_tables
    from funding.sources import mirror
    from funding.sources.fetch import add_source

    raw = tmp_path / "raw"
    e = add_source(str(ROOT / "tests" / "fixtures" / "local" / "cumbria_bullets.txt"), kind="local-release",
                   publisher="Invented Cumbria News", published="2021-10-01", out_dir=raw)
    search = mirror.search_dirs
    monkeypatch.setattr(mirror, "search_dirs", lambda shelf: search(shelf) + [raw])
    tables = build_tables()
    local = tables["local_awards"]
    assert e.source_id in set(local["source_id"])
    assert set(local[local["source_id"] == e.source_id]["pfa_code"]) - {""} == {"E23000002"}  # Cumbria (and amounts no area can be told for)
    assert "notts-pcc-2022-06-01-your-choice" in set(local["source_id"])  # the package's releases still there
