"""The report opens in a real browser: every page loads, every image and link resolves,
nothing is fetched from the web, and the console stays clean.

The site is built once per run from the committed, executed notebooks
(``build_report(execute=False)``: nbval checks that they equal a fresh run) and the
session's figures (drawn once and shared, see conftest), by whichever of ``make test``'s
workers asks first (the other uses the same files), served on 127.0.0.1 and opened
in headless Chromium.  A screenshot of the front page is
saved to ``test-output/report-index.png``.

The front page is checked as a journalist would use it: the README's findings are
on it, every chart card links its SVG, PNG, chart-ready CSV and notebook section,
the interactive charts open offline, the page and its images weigh under 1.5 MB,
nothing scrolls sideways on a 390 px phone, and axe-core (the npm package,
installed by ``npm ci`` from package-lock.json into node_modules/) finds no serious
or critical accessibility violation on the front page or any notebook page.
"""

from __future__ import annotations

import re
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
def site(shared_folder, drawn_figures):
    """The report site, built once per run (see conftest's shared_folder: the worker that asks
    first builds it, under a lock; the other serves the same files), served on 127.0.0.1."""
    from filelock import FileLock

    # Every figure first, outside the site's lock: two workers asking at once draw half each.
    drawn = drawn_figures.files()
    out, built = shared_folder / "report", shared_folder / "report.built"
    with FileLock(shared_folder / "report.lock", timeout=600):  # bounded: a stuck builder fails, not stalls
        if not built.is_file():
            if out.exists():  # a build that failed in the other worker: start again
                shutil.rmtree(out)
            _build_site(out, drawn_figures, drawn)
            built.write_text("built\n", encoding="utf-8")
    server = _Server(("127.0.0.1", 0), partial(_QuietHandler, directory=str(out)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield {"root": out, "index": out / "index.html", "base": f"http://127.0.0.1:{server.server_address[1]}/"}
    finally:
        server.shutdown()
        server.server_close()


def _build_site(out: Path, drawn_figures, drawn: Path) -> None:
    from funding.pipeline import load_shapes, load_tables
    from funding.publish import report
    from funding.publish.report import build_report
    from funding.sources.mirror import PROJECT_ROOT

    shapes = {g: load_shapes(g) for g in ("boundaries", "hex")}
    # The figures are the session's (every one of the registry, with thumbnails), drawn from the
    # built tables (the committed tables are those, test_tables) by the same write_figures call
    # as the report's figure stage, which copies them in instead of drawing them again.

    def session_figures(stage, tables, shapes):
        shutil.copytree(drawn, stage / "figures", dirs_exist_ok=True)
        return dict(drawn_figures.texts)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(report, "_figures", session_figures)  # raises if the stage is renamed
        build_report(out, load_tables(), shapes, notebook_dir=PROJECT_ROOT / "notebooks", execute=False)


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


def _open(browser, url: str, width: int = 1200):
    """Open ``url``; returns (page, problems) where problems lists console errors, page
    errors, failed requests and any request that left 127.0.0.1 (:func:`_watch`)."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    problems = _watch(page, urlparse(url).netloc)
    _goto(page, url)
    return page, problems


def _watch(page, host: str) -> list[str]:
    """The list that ``page``'s console errors, page errors, failed requests and requests
    leaving ``host`` are added to, as they happen."""
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
    page.on("request", lambda r: problems.append(f"left the site: {r.url}") if urlparse(r.url).scheme in ("http", "https") and urlparse(r.url).netloc != host else None)
    page.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
    return problems


def _goto(page, url: str) -> None:
    response = page.goto(url, wait_until="load")
    assert response is not None and response.status == 200, url


AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

#: The front page and its images may weigh this much in all (bytes).
INDEX_BUDGET = 1_500_000


def _site_pages(site) -> list[str]:
    return ["index.html", "method.html"] + sorted(p.relative_to(site["root"]).as_posix() for p in (site["root"] / "notebooks").glob("*.html"))


def test_site_has_the_expected_pages(site):
    pages = _site_pages(site)
    assert {"notebooks/01_award_list.html", "notebooks/02_allocations.html", "notebooks/03_programme_types.html"} <= set(pages)
    assert (site["root"] / "figures" / "awards_ranked.svg").is_file()
    assert (site["root"] / "data" / "awards.csv").is_file()


#: The phone width nothing may scroll sideways at.
PHONE_WIDTH = 390


@pytest.fixture(scope="module")
def visited(site, browser) -> dict[str, dict]:
    """Every page of the site, opened once, in turn, in one tab (a new tab per page cost twice
    the time: 5.7 s of Chromium's CPU against 3.1 s for the eight pages): per page, what it
    loads and links (tag, attribute, resolved URL), the ids it has, the images that did not
    load, the problems seen while it loaded (:func:`_watch`), and how far it scrolls sideways
    once the tab is narrowed to a phone's width (laid out again, not loaded again), and the
    alt text of its images.  Each page
    is left only once it has loaded and every image on it has decoded, so nothing of one page
    is pending when the next one opens.

    axe-core runs on each page in the same visit (:func:`_axe`, for
    :func:`test_axe_finds_no_serious_or_critical_violation`), on the page as it loaded, before
    anything on it is scrolled, resized or waited for: what a second visit of every page in a
    fresh tab gave it, without loading each page once more (0.8 s of Chromium's CPU: 2.7 s
    instead of 3.5 s for the eight pages, loaded, scrolled, resized and checked by axe)."""
    out: dict[str, dict] = {}
    axe = AXE.read_text(encoding="utf-8") if AXE.is_file() else None  # else the axe test fails, saying so
    checked_styles: set[str] = set()
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    try:
        problems = _watch(page, urlparse(site["base"]).netloc)
        for rel in _site_pages(site):
            problems.clear()
            page.set_viewport_size({"width": 1200, "height": 900})
            _goto(page, site["base"] + rel)
            refs = page.evaluate(
                "() => Array.from(document.querySelectorAll('[href],[src]')).map(e => [e.tagName, e.getAttribute('href') ?? e.getAttribute('src'), e.href || e.src])"
            )
            ids = page.evaluate("() => Array.from(document.querySelectorAll('[id]')).map(e => e.id)")
            axe_result, contrast = _axe(page, axe, checked_styles) if axe is not None else (None, False)
            # Lazy images load when they come into view: bring each one into view first.
            page.evaluate("async () => { for (const i of Array.from(document.images)) { i.loading = 'eager'; i.scrollIntoView(); try { await i.decode(); } catch (e) {} } }")
            broken = page.evaluate("() => Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src.slice(0, 80))")
            alts = page.eval_on_selector_all("img", "els => els.map(e => e.getAttribute('alt'))")
            page.set_viewport_size({"width": PHONE_WIDTH, "height": 900})
            overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
            out[rel] = {"url": site["base"] + rel, "refs": refs, "ids": set(ids), "broken": broken,
                        "problems": list(problems), "overflow": overflow, "alts": alts,
                        "axe": axe_result, "contrast_checked": contrast}
    finally:
        page.close()
    return out


def test_every_page_loads_cleanly_and_every_link_resolves(visited):
    checked: dict[str, int] = {}
    for rel, seen in visited.items():
        url = seen["url"]
        for tag, raw, absolute in seen["refs"]:
            if raw.startswith("data:") or raw.startswith("mailto:"):
                continue
            target, fragment = urldefrag(absolute)
            parsed = urlparse(target)
            if parsed.netloc != urlparse(url).netloc:
                assert tag == "A", f"{rel}: {tag} loads {raw} from outside the site"
                continue
            if target == urldefrag(url)[0] and fragment:
                assert fragment in seen["ids"], f"{rel}: no anchor #{fragment}"
                continue
            if target not in checked:
                checked[target] = _status(target)
            assert checked[target] == 200, f"{rel}: {raw} → HTTP {checked[target]}"
        assert not seen["broken"], f"{rel}: images that did not load: {seen['broken']}"
        assert not seen["problems"], f"{rel}: {seen['problems']}"
    # The front page links every notebook, figure and table; all were fetched.
    assert any(u.endswith(".svg") for u in checked) and any(u.endswith(".csv") for u in checked)


def test_nothing_scrolls_sideways_on_a_phone(visited):
    assert len(visited) >= 8
    wide = {rel: seen["overflow"] for rel, seen in visited.items() if seen["overflow"] > 0}
    assert not wide, f"scroll sideways at {PHONE_WIDTH} px (px): {wide}"


@pytest.fixture(scope="module")
def front_page(site, browser):
    """The front page, opened once for the tests that read it (they only read it): the page and
    the problems seen on it (:func:`_watch`), loading it and since."""
    page, problems = _open(browser, site["base"] + "index.html")
    try:
        yield page, problems
    finally:
        page.close()


def test_index_screenshot(front_page):
    page, problems = front_page
    assert page.title().startswith("funding")
    links = page.eval_on_selector_all("ol.notebooks a[href$='.html']", "els => els.map(e => e.textContent)")
    assert links and links[0].startswith("01")
    shot = ROOT / "test-output" / "report-index.png"
    shot.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
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
    first = {k: v for k, v in first.items() if not k.startswith(("figures/", "interactive/")) and k not in listings}
    assert set(second) - listings == set(first)
    assert [k for k in first if first[k] != second[k]] == []


def test_front_page_tells_the_story(front_page):
    """The findings (the README's, checked by test_readme_findings), each chart card linked to
    its SVG, PNG, CSV and notebook section, the sources, how to cite, the method page."""
    from funding.publish.report import readme_findings
    from funding.viz.figures import FIGURES

    page, problems = front_page
    shown = page.eval_on_selector_all(".finding > p", "els => els.map(e => e.textContent.replace(/\\s+/g, ' ').trim())")
    findings = readme_findings()
    assert len(findings) >= 5 and len(shown) == len(findings)
    for (text, chart), seen in zip(findings, shown):
        assert seen.startswith(text.replace("**", "")[:40]), (seen, text)
    assert "Four in ten areas got nothing" in " ".join(shown)
    cards = page.eval_on_selector_all(
        ".cards figure.card",
        "els => els.map(e => ({id: e.id, h: e.querySelector('h3').textContent, p: e.querySelector('p').textContent,"
        " links: Array.from(e.querySelectorAll('a')).map(a => a.getAttribute('href')),"
        " alt: e.querySelector('img').getAttribute('alt'), loading: e.querySelector('img').getAttribute('loading')}))",
    )
    assert sorted(c["id"] for c in cards) == sorted(f"chart-{n}" for n in FIGURES)
    for card in cards:
        name = card["id"][len("chart-"):]
        assert card["h"] and card["h"] != name.replace("_", " "), f"{name}: no real title"
        assert len(card["p"]) > 20, f"{name}: no sentence on what it shows"
        assert {f"figures/{name}.svg", f"figures/{name}.png", f"figures/data/{name}.csv"} <= set(card["links"]), name
        assert any(l.startswith("notebooks/") and "#" in l for l in card["links"]), f"{name}: no notebook section"
        assert card["alt"].split(":")[0] and card["alt"] != name.replace("_", " ") and len(card["alt"]) > 40, f"{name}: alt {card['alt']!r}"
        assert card["loading"] == "lazy"
    ranked = next(c for c in cards if c["id"] == "chart-awards_ranked")
    assert "Metropolitan Police £1.56m, Greater Manchester £1.52m" in ranked["alt"]
    text = page.inner_text("body")
    for needed in ("Sources and licences", "How to cite", "Open Government Licence", "Home Office", "<iframe"):
        assert needed in text, needed
    assert page.eval_on_selector_all("section[aria-labelledby=sources] a[href^='https://www.gov.uk/']", "els => els.length") >= 1
    assert page.eval_on_selector_all("a[href='method.html']", "els => els.length") >= 1
    assert page.eval_on_selector_all("main", "els => els.length") == 1
    assert not problems, problems


def test_chart_csv_holds_the_numbers_drawn(site):
    import csv

    rows = list(csv.DictReader((site["root"] / "figures" / "data" / "amount_per_resident.csv").open(encoding="utf-8")))
    first, last = rows[0], rows[-1]
    assert (first["Police force area"], round(float(first["Award per resident (pence)"]))) == ("Dyfed-Powys", 81)
    assert (last["Police force area"], round(float(last["Award per resident (pence)"]))) == ("West Midlands", 7)
    ranked = list(csv.DictReader((site["root"] / "figures" / "data" / "awards_ranked.csv").open(encoding="utf-8")))
    assert ranked[0] == {"Rank": "1", "Police force area": "Metropolitan Police", "Amount awarded (£)": "1563547.00", "Bids": "3"}
    for path in (site["root"] / "figures" / "data").glob("*.csv"):
        header = path.read_text(encoding="utf-8").splitlines()[0]
        assert "pfa_code" not in header and "_pence" not in header, f"{path.name}: codes in the header {header}"


def test_interactive_charts_open_offline(site, browser):
    for name in ("award_map", "awards_ranked"):
        path = site["root"] / "interactive" / f"{name}.html"
        assert path.is_file(), name
        page, problems = _open(browser, site["base"] + f"interactive/{name}.html")
        try:
            page.wait_for_selector("svg.marks, canvas.marks, .vega-embed svg, .vega-embed canvas", timeout=15_000)
            marks = page.evaluate("() => document.querySelectorAll('.vega-embed path, .vega-embed canvas').length")
            assert marks > 0, name
        finally:
            page.close()
        assert not problems, f"{name}: {problems}"


def test_index_and_its_images_weigh_under_the_budget(site, front_page):
    page, _ = front_page
    srcs = page.eval_on_selector_all("img", "els => els.map(e => e.getAttribute('src'))")
    files = [site["root"] / "index.html"] + [site["root"] / s for s in sorted(set(srcs)) if not s.startswith("data:")]
    total = sum(f.stat().st_size for f in files)
    assert srcs and all(s.startswith("figures/thumbs/") for s in srcs)
    assert total < INDEX_BUDGET, f"index and images: {total:,} bytes"
    for svg in (site["root"] / "figures").glob("*.svg"):
        assert svg.stat().st_size < 1_000_000, f"{svg.name}: {svg.stat().st_size:,} bytes"


def test_svgs_have_live_text_title_and_desc(site):
    svg = (site["root"] / "figures" / "awards_ranked.svg").read_text(encoding="utf-8")
    assert '<title id="title">Who got what</title>' in svg
    assert "Metropolitan Police £1.56m" in svg.split("</desc>")[0]
    assert ">Metropolitan Police</text>" in svg and "DejaVu Sans" in svg


def test_notebook_images_have_alt_text_from_the_data(visited):
    alts = visited["notebooks/02_allocations.html"]["alts"]
    assert alts and not [a for a in alts if not a or "No description" in a]
    assert any("Metropolitan Police £1.56m" in a for a in alts)


@pytest.fixture(scope="session")
def axe_source():
    if not AXE.is_file():
        import shutil

        if shutil.which("npm") is None:  # as with Chromium: a laptop without Node runs the rest
            pytest.skip("no npm installed (apt-get install nodejs npm); the accessibility test needs axe-core from it")
        pytest.fail("axe-core is not installed: run `npm ci` (make test does) to install it from package-lock.json")
    return AXE.read_text(encoding="utf-8")


#: Each text style of a page (colour, the background behind it, size, weight, opacity, shadow):
#: what axe's color-contrast rule compares, element by element.
_TEXT_STYLES = """() => {
  const behind = e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor;
    if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c; } return 'none'; };
  const styles = new Set();
  for (const e of document.body.querySelectorAll('*')) {
    if (!Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const s = getComputedStyle(e);
    styles.add([s.color, behind(e), s.fontSize, s.fontWeight, s.opacity, s.textShadow].join('|'));
  }
  return Array.from(styles);
}"""


def _axe(page, source: str, checked_styles: set[str]) -> tuple[dict, bool]:
    """axe-core's violations on the open page, and whether its color-contrast rule ran there: on
    a page with a text style (:data:`_TEXT_STYLES`) no page before it had (``checked_styles``,
    updated), else every rule but that one."""
    styles = set(page.evaluate(_TEXT_STYLES))
    contrast = bool(styles - checked_styles)
    checked_styles |= styles
    rules = {} if contrast else {"color-contrast": {"enabled": False}}
    page.add_script_tag(content=source)
    # Without CSS selectors for the nodes found (an eighth of axe's time): the rules and
    # what they find are the same; a page with a serious violation is run again with them.
    result = page.evaluate("async rules => await axe.run(document, {resultTypes: ['violations'], rules, selectors: false})", rules)
    serious = [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")]
    if serious:
        result = page.evaluate(
            "async only => await axe.run(document, {resultTypes: ['violations'], runOnly: only})", serious)
    return result, contrast


def test_axe_finds_no_serious_or_critical_violation(visited, axe_source):
    """axe-core's default rules on every page of the site, in one tab (run as each page is
    visited: :func:`visited`, :func:`_axe`).  The one exception is
    color-contrast (half of axe's time): it runs on every page that has a text style (colour,
    background, size, weight) no page checked before it has; a page whose every text style was
    already checked elsewhere (three of the six notebook pages, whose template and code colours
    the others share) gets every other rule, so each page is checked and each colour pair on
    the site is checked at least once."""
    report = []
    results = {rel: seen["axe"] for rel, seen in visited.items()}
    contrast_checked = [rel for rel, seen in visited.items() if seen["contrast_checked"]]
    assert all(r is not None for r in results.values()), "axe did not run on every page"
    assert len(results) >= 8
    # A notebook page's styles (code, outputs) differ from the front page's: one must get the contrast rule.
    assert any(r.startswith("notebooks/") for r in contrast_checked), contrast_checked
    for rel, result in results.items():
        for v in result["violations"]:
            if v["impact"] in ("serious", "critical"):
                targets = [n["target"] for n in v["nodes"][:3]]
                report.append(f"{rel}: {v['id']} ({v['impact']}, {len(v['nodes'])} nodes, e.g. {targets})")
    assert not report, "\n".join(report)


def test_interactive_pages_are_deterministic_and_self_contained(site, tmp_path):
    from funding.pipeline import load_shapes, load_tables
    from funding.publish.interactive import write_interactive

    again = write_interactive(tmp_path, load_tables(), {"boundaries": load_shapes("boundaries")})
    for path in again:
        published = (site["root"] / "interactive" / path.name).read_bytes()
        assert path.read_bytes() == published, f"{path.name} differs between two builds"
        text = published.decode("utf-8")
        assert not re.search(r"<script[^>]+src=|<link[^>]+href=\"https?:", text), f"{path.name} loads something from outside"
        assert "Metropolitan Police" in text and "Per resident" in text and "Programme types" in text


def test_the_session_figures_are_what_the_report_figure_stage_writes(tmp_path, monkeypatch, drawn_figures):
    """The site above takes the session's figures in place of the report's figure stage: for one
    chart, that stage writes the same files (SVG, PNG, thumbnail) and the same texts."""
    from funding.publish import report
    from funding.viz import figures as registry

    name = "lorenz_curve"
    session = drawn_figures.files([name])
    monkeypatch.setattr(registry, "FIGURES", {name: registry.FIGURES[name]})
    texts = report._figures(tmp_path, drawn_figures.tables, None)
    written = {p.relative_to(tmp_path / "figures").as_posix(): p.read_bytes() for p in sorted((tmp_path / "figures").rglob("*")) if p.is_file()}
    assert sorted(written) == [f"{name}.png", f"{name}.svg", f"thumbs/{name}.png"]
    assert {rel: (session / rel).read_bytes() for rel in written} == written
    assert texts == {name: drawn_figures.texts[name]} and texts[name]["title"]
