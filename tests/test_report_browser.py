"""The report opens in a real browser: every page loads, every image and link resolves,
nothing is fetched from the web, and the console stays clean.

The site is built once per session from the committed, executed notebooks
(``build_report(execute=False)``: nbval checks that they equal a fresh run), served
on 127.0.0.1 and opened in headless Chromium.  A screenshot of the front page is
saved to ``test-output/report-index.png``.
"""

from __future__ import annotations

import shutil
import threading
import urllib.error
import urllib.request
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urldefrag, urlparse

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output clean
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # the browser closing a connection early is not an error
        import sys

        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


@pytest.fixture(scope="session")
def site(tmp_path_factory, drawn_figures):
    from funding.publish.report import build_report

    from funding.pipeline import load_tables
    from funding.sources.mirror import PROJECT_ROOT

    out = tmp_path_factory.mktemp("report")
    # Every figure, as write_figures draws it for the report, drawn once for the session (conftest).
    index = build_report(out, load_tables(), None, notebook_dir=PROJECT_ROOT / "notebooks", execute=False,
                         figures=drawn_figures.files())
    server = _Server(("127.0.0.1", 0), partial(_QuietHandler, directory=str(out)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield {"root": out, "index": index, "base": f"http://127.0.0.1:{server.server_address[1]}/"}
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser():
    if CHROMIUM is None:
        pytest.skip("no Chromium installed (apt-get install chromium); the report's browser test needs one")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code


def _open(browser, url: str):
    """Open ``url``; returns (page, problems) where problems lists console errors, page
    errors, failed requests and any request that left 127.0.0.1."""
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    problems: list[str] = []
    host = urlparse(url).netloc
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
    page.on("request", lambda r: problems.append(f"left the site: {r.url}") if urlparse(r.url).scheme in ("http", "https") and urlparse(r.url).netloc != host else None)
    page.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
    response = page.goto(url, wait_until="load")
    assert response is not None and response.status == 200, url
    return page, problems


def _site_pages(site) -> list[str]:
    return ["index.html"] + sorted(p.relative_to(site["root"]).as_posix() for p in (site["root"] / "notebooks").glob("*.html"))


def test_site_has_the_expected_pages(site):
    pages = _site_pages(site)
    assert {"notebooks/01_award_list.html", "notebooks/02_allocations.html", "notebooks/03_programme_types.html"} <= set(pages)
    assert (site["root"] / "figures" / "awards_ranked.svg").is_file()
    assert (site["root"] / "data" / "awards.csv").is_file()


def test_every_page_loads_cleanly_and_every_link_resolves(site, browser):
    checked: dict[str, int] = {}
    for rel in _site_pages(site):
        url = site["base"] + rel
        page, problems = _open(browser, url)
        try:
            refs = page.evaluate(
                "() => Array.from(document.querySelectorAll('[href],[src]')).map(e => [e.tagName, e.getAttribute('href') ?? e.getAttribute('src'), e.href || e.src])"
            )
            for tag, raw, absolute in refs:
                if raw.startswith("data:") or raw.startswith("mailto:"):
                    continue
                target, fragment = urldefrag(absolute)
                parsed = urlparse(target)
                if parsed.netloc != urlparse(url).netloc:
                    assert tag == "A", f"{rel}: {tag} loads {raw} from outside the site"
                    continue
                if target == urldefrag(url)[0] and fragment:
                    assert page.evaluate("id => document.getElementById(id) !== null", fragment), f"{rel}: no anchor #{fragment}"
                    continue
                if target not in checked:
                    checked[target] = _status(target)
                assert checked[target] == 200, f"{rel}: {raw} → HTTP {checked[target]}"
            broken = page.evaluate("() => Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src.slice(0, 80))")
            assert not broken, f"{rel}: images that did not load: {broken}"
        finally:
            page.close()
        assert not problems, f"{rel}: {problems}"
    # The front page links every notebook, figure and table; all were fetched.
    assert any(u.endswith(".svg") for u in checked) and any(u.endswith(".csv") for u in checked)


def test_index_screenshot(site, browser):
    page, problems = _open(browser, site["base"] + "index.html")
    try:
        assert page.title().startswith("funding")
        links = page.eval_on_selector_all("ol.notebooks a[href$='.html']", "els => els.map(e => e.textContent)")
        assert links and links[0].startswith("01")
        shot = ROOT / "test-output" / "report-index.png"
        shot.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
    finally:
        page.close()
    assert not problems


def test_report_is_deterministic(site, tmp_path):
    """A second build gives the same bytes in every file.  The figures are left out of the
    second build to keep the test quick; test_charts checks that a saved chart's bytes repeat."""
    from funding.publish.report import build_report

    from funding.pipeline import load_tables
    from funding.sources.mirror import PROJECT_ROOT

    build_report(tmp_path, load_tables(), None, notebook_dir=PROJECT_ROOT / "notebooks", execute=False, figures=False)
    first = {p.relative_to(site["root"]).as_posix(): p.read_bytes() for p in site["root"].rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path).as_posix(): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    # index.html and the list of written files (.funding-report.json) name the figures.
    listings = {"index.html", ".funding-report.json"}
    first = {k: v for k, v in first.items() if not k.startswith("figures/") and k not in listings}
    assert set(second) - listings == set(first)
    assert [k for k in first if first[k] != second[k]] == []
