"""The findings stated in prose are the findings the tables give.

Every number in README.md's "What it finds" (or "Findings") section, and in the
same section of docs/findings.md, is parsed out and must be one of the figures
computed here from the tables, in one of the forms the project writes money,
shares and rates.  A number that matches nothing computed (typed from memory, or
left stale after the data changed) fails the test, and so does a findings file
that has lost its key figures.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from funding import analysis
from funding.core.money import format_pounds, format_pounds_short

ROOT = Path(__file__).resolve().parents[1]
SECTION = re.compile(r"^## (?:What it finds|Findings)\s*$(?P<body>.*?)(?=^## |\Z)", re.MULTILINE | re.DOTALL)

#: Numbers in prose: £ amounts (£1.2m, £200,000.50, £450k), percentages, pence, plain numbers.
NUMBER = re.compile(r"£\d[\d,]*(?:\.\d+)?(?:m|k|bn)?|\d[\d,]*(?:\.\d+)?(?:%|p\b)?")

#: Not figures: rounds and years, notebook numbers, comment markers.
NOT_FIGURES = re.compile(r"\b(?:19|20)\d\d(?:-\d\d)?\b|notebooks? \d\d(?:[–-]\d\d)?|<!--.*?-->", re.DOTALL)


def _section(text: str) -> str | None:
    m = SECTION.search(text)
    return m.group("body") if m else None


def _numbers(section: str) -> list[str]:
    text = re.sub(r"```.*?```|`[^`]*`|\]\([^)]*\)", " ", section, flags=re.DOTALL)
    text = NOT_FIGURES.sub(" ", text)
    return [n.rstrip(".,") for n in NUMBER.findall(text)]


def _money_forms(pence: int) -> set[str]:
    pence = abs(int(pence))
    return {format_pounds(pence), format_pounds_short(pence), f"£{pence / 100_000_000:.1f}m", f"£{pence / 100_000_000:.2f}m"}


def _share_forms(x) -> set[str]:
    return {f"{float(x):.0%}", f"{float(x):.1%}"}


@pytest.fixture(scope="module")
def facts() -> dict[str, set[str]]:
    """Every figure the findings may state, by name, in every accepted written form."""
    from funding.pipeline import build_tables

    t = build_tables()
    awards = t["awards"][t["awards"]["round"] == "2021-22"]
    s = analysis.round_summary(awards, "2021-22")
    c = analysis.concentration(awards, top_n=5)
    f: dict[str, set[str]] = {
        "awards": {str(s.awards)},
        "bids": {str(s.bids)},
        "initiatives": {str(s.initiatives)},
        "total": _money_forms(s.total_pence),
        # The headline the publisher states, as the reconciliation table records it ("£11.3m (stated, …)").
        "stated_total": {t["reconciliation"].set_index("check").loc["total amount", "expected"].split(" ")[0]},
        "largest": _money_forms(s.largest_pence),
        "smallest": _money_forms(s.smallest_pence),
        "median": _money_forms(s.median_pence),
        "multi_bid_areas": {str(len(s.multi_bid_areas))},
        "top_n": {str(c.top_n)},
        "top_pence": _money_forms(c.top_pence),
        "top_share": _share_forms(c.top_share),
        "equal_share": _share_forms(c.equal_share),
        "gini": {f"{float(c.gini):.2f}", f"{float(c.gini):.3f}"},
    }
    for name, pence in zip(awards["pfa_name"], awards["amount_pence"]):
        f[f"award {name}"] = _money_forms(pence)
    if "coverage" in t:
        every_area = analysis.area_concentration(t["coverage"], "2021-22", top_n=5)
        f["gini_all_areas"] = {f"{float(every_area.gini):.2f}", f"{float(every_area.gini):.3f}"}
        cov = t["coverage"][t["coverage"]["round"] == "2021-22"]
        f["areas"] = {str(len(cov))}
        f["areas_without_award"] = {str(int((~cov["funded"].astype(bool)).sum()))}
        for _, row in analysis.amount_per_resident(t["coverage"], "2021-22").iterrows():
            f[f"per resident {row['pfa_name']}"] = {f"{row['pence_per_resident']:.0f}p"}
    if "regional_coverage" in t:
        for _, row in t["regional_coverage"].iterrows():
            f[f"region {row['region_name']}"] = {str(int(row["areas"])), str(int(row["areas_funded"]))}
    for _, row in analysis.reference_comparison(awards, t["initiatives"], "2021-22").iterrows():
        for col in ("attributed_pence", "upper_bound_pence", "reference_pence", "difference_pence"):
            if row[col] is not None and str(row[col]) != "<NA>":
                f[f"{row['category']} {col}"] = _money_forms(row[col])
    if "area_context" in t:
        from funding.analysis import need

        frame = need.need_by_area(t["coverage"], t["awards"], t["initiatives"], t["area_context"], "2021-22")
        rows, _ = need.comparison_rows(frame, "stalking_rate")
        for label, group in (("with", rows[rows["stalking_work"]]), ("without", rows[~rows["stalking_work"]])):
            f[f"need stalking {label}"] = {str(len(group)), f"{float(group['stalking_rate'].median()):.1f}"}
        f["need per"] = {"100,000"}
        for name, rc in need.need_correlations(frame).items():
            f[f"need {name}"] = {str(rc.n), f"{rc.rho:.2f}", f"{abs(rc.low):.2f}", f"{abs(rc.high):.2f}", f"{rc.confidence:.0%}"}
    if "funding_timeline" in t:
        for _, row in analysis.local_timeline(t["funding_timeline"]).iterrows():
            f[f"local {row['pfa_name']} {row['round']}"] = _money_forms(row["amount_pence"])
    return f


#: Figures the full findings (docs/findings.md) must state.
REQUIRED = ("total", "stated_total", "top_share", "gini", "stalking attributed_pence", "stalking reference_pence", "stalking upper_bound_pence")


def _documents():
    docs = []
    readme = ROOT / "README.md"
    if readme.exists() and _section(readme.read_text(encoding="utf-8")) is not None:
        docs.append(readme)
    findings = ROOT / "docs" / "findings.md"
    if findings.exists():
        docs.append(findings)
    return docs


def test_there_are_findings_to_check():
    docs = _documents()
    assert docs, "neither README.md nor docs/findings.md has a 'What it finds' section"
    for doc in docs:
        assert _section(doc.read_text(encoding="utf-8")) is not None, f"{doc.name}: no '## What it finds' section"


@pytest.mark.parametrize("doc", _documents(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_number_in_the_findings_is_computed(doc, facts):
    section = _section(doc.read_text(encoding="utf-8"))
    numbers = _numbers(section)
    assert numbers, f"{doc.name}: the findings state no figures"
    known = set().union(*facts.values())
    unknown = [n for n in numbers if n not in known]
    assert not unknown, f"{doc.name}: {unknown} match no figure computed from the tables (stale, or typed from memory)"


def test_the_findings_state_the_key_figures(facts):
    section = _section((ROOT / "docs" / "findings.md").read_text(encoding="utf-8"))
    numbers = set(_numbers(section))
    missing = [name for name in REQUIRED if not facts[name] & numbers]
    assert not missing, f"docs/findings.md does not state {missing}"


def test_a_wrong_figure_is_caught(facts):
    known = set().union(*facts.values())
    wrong = _numbers("The list sums to £11,334,384.70 and the Gini is 0.348; 44.8% went to the top five.")
    assert [n for n in wrong if n not in known] == ["£11,334,384.70", "0.348", "44.8%"]
    assert _numbers("In 2021-22 (notebook 03) the `make 2` target, [x](http://a/1)") == []
