"""The findings stated in prose are the findings the tables give.

Every number in README.md's "What it finds" (or "Findings") section, and in the
same section of docs/findings.md, is parsed out and must be one of the figures
computed here from the tables, in one of the forms the project writes money,
shares and rates.  A number that matches nothing computed (typed from memory, or
left stale after the data changed) fails the test, and so does a findings file
that has lost its key figures.

The words must fit the numbers too: every quantifier ("most", "a third", "four in
ten", "almost all" …) is checked against the first proportion stated after it in
the same finding ("18 of the 43", "42%"): "most" must be above half, "a third"
within :data:`TOLERANCE` of one third, and so on (:data:`QUANTIFIERS`).  A
quantifier with no proportion after it fails: the reader must be able to check it.
The report's front page shows the README's findings, so this test checks it too.
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


#: How far a stated fraction ("a third", "four in ten") may be from the figure it describes.
TOLERANCE = 0.05

_FRACTIONS = {"half": 1 / 2, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "a quarter": 1 / 4,
              "one quarter": 1 / 4, "three quarters": 3 / 4, "a fifth": 1 / 5, "one in five": 1 / 5}
_TENS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}

#: Quantifier words and the proportions they may describe: (pattern, test, what it means).
QUANTIFIERS: list[tuple[re.Pattern, object, str]] = [
    (re.compile(r"\b(?:almost|nearly|virtually) (?:all|every)\b", re.I), lambda x: 0.9 <= x < 1, "at least 90% and not all"),
    (re.compile(r"(?<!the )\bmost\b(?! of all)|\bthe majority\b|\ba majority\b", re.I), lambda x: x > 0.5, "above half"),
    (re.compile(r"\b(?:a )?minority\b|\bfew(?:er)?\b", re.I), lambda x: x < 0.5, "below half"),
    (re.compile(r"\bnone\b|\bno area\b", re.I), lambda x: x == 0, "zero"),
    *[(re.compile(rf"\b(?:about |around |roughly |nearly |almost )?{w}\b(?! (?:the|a|an) (?:largest|smallest))", re.I),
       (lambda v: lambda x: abs(x - v) <= TOLERANCE)(v), f"within {TOLERANCE:.0%} of {v:.0%}") for w, v in _FRACTIONS.items()],
    *[(re.compile(rf"\b{w} in ten\b", re.I), (lambda v: lambda x: abs(x - v) <= TOLERANCE)(n / 10), f"within {TOLERANCE:.0%} of {n * 10}%")
      for w, n in _TENS.items()],
]

#: A stated proportion: "18 of the 43", "1 of 5", "42%", "43.8%".
PROPORTION = re.compile(r"\b(\d[\d,]*) of (?:the |its |their )?(\d[\d,]*)\b|(\d+(?:\.\d+)?)%")


def _bullets(section: str) -> list[str]:
    text = re.sub(r"<!--.*?-->", " ", section, flags=re.DOTALL)
    return [" ".join(b.split()) for b in re.split(r"^- ", text, flags=re.MULTILINE)[1:]]


def quantifier_errors(section: str) -> list[str]:
    """Each quantifier that does not fit the first proportion stated after it in its finding."""
    errors = []
    for bullet in _bullets(section):
        plain = bullet.replace("**", "")
        for pattern, fits, meaning in QUANTIFIERS:
            for m in pattern.finditer(plain):
                p = PROPORTION.search(plain, m.end())
                if p is None:
                    errors.append(f"'{m.group(0)}' states no proportion after it: {plain[:70]}…")
                    continue
                if p.group(3):
                    value = float(p.group(3)) / 100
                else:
                    value = int(p.group(1).replace(",", "")) / int(p.group(2).replace(",", ""))
                if not fits(value):
                    errors.append(f"'{m.group(0)}' means {meaning}, but the figure is {p.group(0)} ({value:.0%}): {plain[:70]}…")
    return errors


def _money_forms(pence: int) -> set[str]:
    pence = abs(int(pence))
    return {format_pounds(pence), format_pounds_short(pence), f"£{pence / 100_000_000:.1f}m", f"£{pence / 100_000_000:.2f}m"}


def _share_forms(x) -> set[str]:
    return {f"{float(x):.0%}", f"{float(x):.1%}"}


@pytest.fixture(scope="module")
def facts(built_tables) -> dict[str, set[str]]:
    """Every figure the findings may state, by name, in every accepted written form."""
    t = {name: frame.copy() for name, frame in built_tables.items()}  # the session's build, copied
    awards = t["awards"][t["awards"]["round"] == "2021-22"]
    s = analysis.round_summary(awards, "2021-22", t["initiatives"])
    c = analysis.concentration(awards, top_n=5)
    f: dict[str, set[str]] = {
        "awards": {str(s.awards)},
        "bids": {str(s.bids)},
        "initiatives": {str(s.initiatives)},
        "strands": {str(s.strands)},
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
        without = int((~cov["funded"].astype(bool)).sum())
        f["areas_without_award"] = {str(without)}
        f["share_without_award"] = _share_forms(without / len(cov))
        for _, row in analysis.amount_per_resident(t["coverage"], "2021-22").iterrows():
            f[f"per resident {row['pfa_name']}"] = {f"{row['pence_per_resident']:.0f}p"}
    if "regional_coverage" in t:
        for _, row in t["regional_coverage"].iterrows():
            f[f"region {row['region_name']}"] = {str(int(row["areas"])), str(int(row["areas_funded"]))}
    for _, row in analysis.reference_comparison(awards, t["initiatives"], "2021-22").iterrows():
        for col in ("attributed_pence", "upper_bound_pence", "reference_pence", "difference_pence"):
            if row[col] is not None and str(row[col]) != "<NA>":
                f[f"{row['category']} {col}"] = _money_forms(row[col])
        f[f"{row['category']} share of the round"] = _share_forms(int(row["attributed_pence"]) / s.total_pence)
    for _, row in analysis.money_by_type(awards, t["initiatives"], "2021-22").iterrows():
        f[f"type {row['label']}"] = _money_forms(row["attributed_pence"]) | _money_forms(row["upper_bound_pence"])
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


@pytest.mark.parametrize("doc", _documents(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_the_strands_are_counted_apart_from_the_bullets(doc, built_tables):
    """A bullet that only continues the strand before it is not a strand of its own: the first
    finding gives both counts, each where it belongs (53 bullets, 46 strands in 2021-22)."""
    s = analysis.round_summary(built_tables["awards"], "2021-22", built_tables["initiatives"])
    assert (s.initiatives, s.strands) == (53, 46)
    first = " ".join(_bullets(_section(doc.read_text(encoding="utf-8")))[0].split())
    assert f"{s.initiatives} bullets describing {s.strands} strands of work" in first


def test_a_wrong_figure_is_caught(facts):
    known = set().union(*facts.values())
    wrong = _numbers("The list sums to £11,334,384.70 and the Gini is 0.348; 44.8% went to the top five.")
    assert [n for n in wrong if n not in known] == ["£11,334,384.70", "0.348", "44.8%"]
    assert _numbers("In 2021-22 (notebook 03) the `make 2` target, [x](http://a/1)") == []


@pytest.mark.parametrize("doc", _documents(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_quantifier_words_fit_their_figures(doc):
    errors = quantifier_errors(_section(doc.read_text(encoding="utf-8")))
    assert not errors, f"{doc.name}: " + "; ".join(errors)


def test_a_wrong_quantifier_is_caught():
    wrong = quantifier_errors("- **Most areas got nothing.** 18 of the 43 police force areas had no award.\n"
                              "- **A third of the money went to two areas.** They took 27.2% of it.\n"
                              "- **Four in ten areas got nothing.** 18 of the 43 areas had no award.\n"
                              "- **Most of the money went to few areas.**\n"
                              "- Dyfed-Powys received the most, 81p per resident.\n")
    assert len(wrong) == 4, wrong
    assert "'Most' means above half, but the figure is 18 of the 43 (42%)" in wrong[0]
    assert "'A third'" in wrong[1] and "27.2%" in wrong[1]
    assert "states no proportion" in wrong[2] and "states no proportion" in wrong[3]
