"""The README's numbers about the release reader (Method, step 6) are what the scorers print.

Every number the README states about the reader's corpus scores is checked here against
``benchmarks/score_releases.py`` (the whole corpus scored once, with its breakdown by layout) and
``benchmarks/history.json`` (what ``make history`` wrote): a change in the reader or the corpus that
moves a number moves the README in the same commit.  Failures name the number, never the held-out
scores themselves, which whoever is tuning the reader must not see.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import readme_reader  # noqa: E402
import score_agreement  # noqa: E402
import score_history  # noqa: E402
import score_releases  # noqa: E402

README = (ROOT / "README.md").read_text(encoding="utf-8")
NAMES = {"amounts": "local_awards", "programme components": "programme_components", "outcomes": "outcomes",
         "organisations": "organisations", "people": "people", "conflicts": "conflicts", "diagnostics": "diagnostics"}


def _shown(s: dict) -> str:
    return f"{s['recall']:.0%} / {s['precision']:.0%}"


def _one(pattern: str) -> tuple[str, ...]:
    found = re.findall(pattern, " ".join(README.split()))  # sentences wrap across lines
    assert len(found) == 1, f"README should state this once: {pattern}"
    return found[0] if isinstance(found[0], tuple) else (found[0],)


@pytest.fixture(scope="module")
def scored():
    return score_releases.score(by="layout")


def test_the_score_table_is_what_the_scorer_prints(scored):
    both = scored["scores"]
    assert all(s["expected"] for half in both.values() for s in half.values())  # every fact type in both halves
    rows = dict(re.findall(r"^\s*\| ([a-z ]+) \| (\d+% / \d+% \| \d+% / \d+%) \|$", README, re.MULTILINE))
    stale = sorted(name for name, kind in NAMES.items()
                   if rows.get(name) != f"{_shown(both['tune'][kind])} | {_shown(both['holdout'][kind])}")
    assert not stale, f"README's release-score rows differ from score_releases.py for {stale}"


def test_the_corpus_counts_are_the_corpus():
    splits = [json.loads(p.read_text(encoding="utf-8"))["split"]
              for p in score_releases.CORPUS.glob("*.expected.json")]
    tune, holdout = splits.count("tune"), splits.count("holdout")
    assert _one(r"\| fact \| tune \((\d+) releases\) \| holdout \((\d+) releases\) \|") == (str(tune), str(holdout))
    assert _one(r"corpus of (\d+) invented releases") == (str(len(splits)),)
    assert _one(r"(\d+) are held out from tuning") == (str(holdout),)
    assert _one(r"10 of the first 40, and (\d+) written by writers") == (str(holdout - 10),)


def test_which_targets_each_half_meets(scored):
    def met(half):
        return [name for name, kind in NAMES.items()
                if (half[kind]["recall"] or 0) >= score_releases.TARGET_RECALL
                and (half[kind]["precision"] if half[kind]["precision"] is not None else 1)
                >= score_releases.TARGET_PRECISION]

    for half, pattern in (("tune", r"On the tune half the reader meets both targets for ([a-z ,]+?);"),
                          ("holdout", r"; on the holdout half for ([a-z ,]+?)\.")):
        stated = _one(pattern)[0]
        names = [n.strip() for n in re.split(r",| and ", stated) if n.strip() and n.strip() != "none"]
        assert names == met(scored["scores"][half]), f"README's list of targets the {half} half meets is stale"


def test_the_held_out_amounts_found_and_wrong(scored):
    amounts = scored["scores"]["holdout"]["local_awards"]
    found, expected = _one(r"\((\d+) of the (\d+) held-out amounts' lines and figures\)")
    assert (int(found), int(expected)) == (amounts["key_found"], amounts["expected"]), "held-out amounts found"
    assert _one(r"wrong for (\d+) of those") == (str(amounts["key_found"] - amounts["right"]),), "held-out wrong"
    fields = sorted(((n, f[6:]) for f, n in amounts.items() if f.startswith("wrong ")), reverse=True)
    top = _one(r"most often `(\w+)`, `(\w+)` and `(\w+)`")
    assert list(top) == [f for _, f in fields[:3]], "README's most frequent wrong fields are stale"


def test_the_layout_range(scored):
    rates = {layout: kinds["local_awards"]["recall"] for layout, kinds in scored["groups"]["holdout"].items()
             if kinds["local_awards"]["expected"]}
    low, high = min(rates.values()), max(rates.values())
    lo, lo_names, hi, hi_names = _one(r"from (\d+)% of the held-out amounts right in ((?:`\w+`(?:, | and )?)+) "
                                      r"to (\d+)% in ((?:`\w+`(?:, | and )?)+)")
    assert (int(lo), int(hi)) == (round(low * 100), round(high * 100)), "README's layout range is stale"
    assert set(re.findall(r"`(\w+)`", lo_names)) == {k for k, v in rates.items() if round(v * 100) == round(low * 100)}
    assert set(re.findall(r"`(\w+)`", hi_names)) == {k for k, v in rates.items() if round(v * 100) == round(high * 100)}


@pytest.fixture(scope="module")
def history():
    return json.loads((ROOT / "benchmarks" / "history.json").read_text(encoding="utf-8"))


def test_the_history_covers_every_batch_in_git(history):
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: no history to compare")
    import subprocess

    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    # a batch is scored by the reader before its commit, so the commit adding it cannot hold its own history:
    # batches added by the newest commit may wait for the next one (make history, then commit)
    batches = [(c[:7], s, len(names)) for (c, s), names in score_history.batches().items()]
    recorded = [(r["commit"], r["split"], r["files"]) for r in history]
    assert recorded == batches or recorded == [b for b in batches if b[0] != head[:7]], \
        "benchmarks/history.json is stale: run make history after adding corpus releases"


def test_the_first_sight_tables_and_words_are_the_history(history, scored):
    today = scored["scores"]["holdout"]
    assert score_history.readme_tables(history, indent="   ", today=today) in README, \
        "README's first-sight tables are stale"
    series = [r["holdout_then"]["local_awards"] for r in history if r.get("holdout_then")]
    first = round(100 * series[0]["right"] / series[0]["expected"])
    last = round(100 * today["local_awards"]["right"] / today["local_awards"]["expected"])
    assert _one(r"held-out amounts went from (\d+)% right to (\d+)%") == (str(first), str(last))
    sight = [round(100 * r["first_sight"]["local_awards"]["right"] / r["first_sight"]["local_awards"]["expected"])
             for r in history if r["first_sight"] and r["first_sight"].get("local_awards", {}).get("expected")]
    assert _one(r"amounts right at first sight stayed between (\d+)% and (\d+)%") == (str(min(sight)), str(max(sight)))
    skipped = sum(1 for r in history if r["first_sight"] is None)
    assert _one(r"older than the scorer's interface \(the first (\d+) batches\) are skipped") == (str(skipped),)
    assert all(r["first_sight"] is None for r in history[:skipped])  # the skipped ones are the oldest


def test_the_first_sight_sums(history):
    f = score_history.first_sight_fields(history)
    assert _one(r"found the line and figure of (\d+) of (\d+) amounts and got every field right for (\d+)") == \
        (str(f["key_found"]), str(f["expected"]), str(f["right"]))
    assert _one(r"the role was wrong on (\d+), the funder on (\d+), the whole a part belongs to on (\d+) and the "
                r"period on (\d+)") == tuple(str(f["wrong " + k]) for k in ("funding_role", "funder", "part_of_line",
                                                                            "period_start"))


@pytest.fixture(scope="module")
def agreement():
    return score_agreement.agreement()


def test_the_paragraph_is_what_readme_reader_builds(scored, history, agreement):
    built = readme_reader.START + readme_reader.paragraph(scored, history, agreement) + readme_reader.END
    assert built in README, "README's paragraph on the reader's scores is stale: run make readme-numbers"


def test_the_second_labelling_agreement(scored, agreement):
    ag = agreement
    assert _one(r"(\d+) releases labelled a second time") == (str(sum(v["files"] for v in ag.values())),)
    amounts = (f"{ag['tune']['local_awards']['agreement']:.0%}", f"{ag['holdout']['local_awards']['agreement']:.0%}")
    assert _one(r"agree with the first labels on (\d+%) \(tune\) and (\d+%) \(holdout\) of amounts") == amounts
    others = [t["agreement"] for split in ag.values() for kind, t in split.items()
              if kind not in ("files", "local_awards") and t["agreement"] is not None]
    assert _one(r"and on (\d+%) to (\d+%) of the other facts") == (f"{min(others):.0%}", f"{max(others):.0%}")
    # "most of these misses are not labels two readers would disagree on": the labellers' disagreement on
    # held-out amounts is under half the reader's misses there
    held = scored["scores"]["holdout"]["local_awards"]
    assert 1 - ag["holdout"]["local_awards"]["agreement"] < 0.5 * (1 - held["recall"])


def test_the_basis_table_is_what_the_scorer_counts(scored):
    rows = re.findall(r"^\s*\| (funder|period|area) \| `(\w+)` \| ([^|]+) \| ([^|]+) \|$", README, re.MULTILINE)
    assert rows, "README should have the table of fields by where they were read"
    shown = {(f, b): (t.strip(), h.strip()) for f, b, t, h in rows}
    bases = scored["bases"]

    def cell(half, key):
        c = bases[half].get(key)
        return "-" if not c else f"{c['right']} / {c['matched']} ("

    stale = sorted(k for k, (t, h) in shown.items()
                   if not t.startswith(cell("tune", " ".join(k))) or not h.startswith(cell("holdout", " ".join(k))))
    assert not stale, f"README's rows of fields by basis differ from score_releases.py for {stale}"
    counted = {tuple(k.split(" ", 1)) for half in bases.values() for k in half}
    assert counted == set(shown), "README's table should have one row for each field and basis the scorer counts"
