"""The labelled release corpus is consistent with its own README (``check_corpus.py``).

The checker is the corpus writers' tool (standard library only, run as a script); these tests run it
the same way, on the corpus and on small invented folders that show it can fail.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus" / "releases"
CHECKER = CORPUS / "check_corpus.py"

# An invented decision table: two funders' rows under a TOTAL across funders (lines 3-5).
TABLE = "\n".join([
    "Decision: perpetrator programme funding, Testshire",
    "",
    "| Home Office grant | £60,000 |",
    "| Commissioner's own budget | £40,000 |",
    "| TOTAL | £100,000 |",
    "",
])


def _award(line, role, funder, pence, evidence, part_of=None):
    return {"line": line, "pfa_code": "E23000008", "area_basis": "release", "funder": funder,
            "funding_role": role, "part_of_line": part_of, "amount_pence": pence,
            "amount_qualifier": "rounded" if pence % 1_000_000 == 0 else "exact",  # (README: whole £10,000s are rounded)
            "period_start": None, "period_end": None, "evidence": evidence}


def _pair(folder: Path, awards, conflicts=(), text: str = TABLE) -> None:
    (folder / "testshire-2024-01-decision.md").write_text(text, encoding="utf-8")
    expected = {"published": "2024-01-10", "split": "tune", "layout": "decision_notice", "tests": "invented",
                "local_awards": awards, "programme_components": [], "outcomes": [], "organisations": [],
                "people": [], "conflicts": list(conflicts), "diagnostics": [], "set_aside": []}
    (folder / "testshire-2024-01-decision.expected.json").write_text(json.dumps(expected), encoding="utf-8")


def _check(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(CHECKER), str(folder)], capture_output=True, text=True, timeout=120)


def test_the_corpus_passes_its_checker():
    out = _check(CORPUS)
    assert out.returncode == 0, out.stdout
    assert out.stdout.strip().endswith("corpus OK")
    files = next(line for line in out.stdout.splitlines() if line.startswith("files"))
    tune, holdout, total = (int(x) for x in files.split()[1:])
    assert tune + holdout == total == len(list(CORPUS.glob("*.expected.json")))


def test_parts_naming_their_own_funders_sum_to_a_total_across_funders(tmp_path):
    # The README: a part keeps the whole's funder unless it names its own.
    _pair(tmp_path, [_award(3, "part", "Home Office", 6_000_000, "£60,000", 5),
                     _award(4, "part", "PCC", 4_000_000, "£40,000", 5),
                     _award(5, "total", None, 10_000_000, "£100,000")])
    out = _check(tmp_path)
    assert out.returncode == 0, out.stdout


def test_parts_that_do_not_sum_to_their_total_need_a_conflict(tmp_path):
    awards = [_award(3, "part", "Home Office", 6_000_000, "£60,000", 5),
              _award(4, "part", "PCC", 4_000_000, "£40,000", 5),
              _award(5, "total", None, 11_000_000, "£110,000")]
    text = TABLE.replace("£100,000", "£110,000")
    _pair(tmp_path, awards, text=text)
    out = _check(tmp_path)
    assert out.returncode == 1
    assert out.stdout.splitlines() == [
        "testshire-2024-01-decision.md: line 5: parts sum to 10000000 but total is 11000000 and no conflict is listed"]

    _pair(tmp_path, awards, conflicts=[{"kind": "parts_do_not_sum", "lines": [3, 4, 5]}], text=text)
    assert _check(tmp_path).returncode == 0


# Two funders' columns, each with a TOTAL on the same row (lines 3-5): the Home Office's sums, the
# commissioner's does not.
TWO_COLUMNS = "\n".join([
    "Decision: perpetrator programme funding, Testshire",
    "",
    "| 2024-25 | £60,000 | £30,000 |",
    "| 2025-26 | £40,000 | £30,000 |",
    "| TOTAL | £100,000 | £65,000 |",
    "",
])


def test_a_conflict_needs_one_unsummed_total_among_its_lines_not_every_total(tmp_path):
    awards = [_award(3, "part", "Home Office", 6_000_000, "£60,000", 5),
              _award(3, "part", "PCC", 3_000_000, "£30,000", 5),
              _award(4, "part", "Home Office", 4_000_000, "£40,000", 5),
              _award(4, "part", "PCC", 3_000_000, "£30,000", 5),
              _award(5, "total", "Home Office", 10_000_000, "£100,000"),
              _award(5, "total", "PCC", 6_500_000, "£65,000")]
    conflict = {"kind": "parts_do_not_sum", "lines": [3, 4, 5]}
    _pair(tmp_path, awards, conflicts=[conflict], text=TWO_COLUMNS)
    out = _check(tmp_path)
    assert out.returncode == 0, out.stdout

    # the same conflict where both columns sum is refused
    awards[-1] = _award(5, "total", "PCC", 6_000_000, "£60,000")
    _pair(tmp_path, awards, conflicts=[conflict], text=TWO_COLUMNS.replace("£65,000", "£60,000"))
    out = _check(tmp_path)
    assert out.returncode == 1
    assert out.stdout.splitlines() == [
        "testshire-2024-01-decision.md: lines [3, 4, 5]: parts do sum but a parts_do_not_sum conflict is listed"]


def test_a_label_that_misreads_its_evidence_is_refused(tmp_path):
    _pair(tmp_path, [_award(3, "grant", "Home Office", 600_000, "£60,000")])
    out = _check(tmp_path)
    assert out.returncode == 1
    assert "line 3: '£60,000' is 6000000 pence, expected says 600000" in out.stdout


def test_the_readme_describes_tune_releases_only_and_holdout_files_the_rest():
    """What a held-out release tests is kept out of the README that tuners read (HOLDOUT_FILES.md)."""
    import re

    def described(path):
        return {m.group(1): m.group(2) for m in
                re.finditer(r"^\| `([^`]+)` \| \w+ \| (tune|holdout) \|", path.read_text(encoding="utf-8"), re.M)}

    readme, holdout = described(CORPUS / "README.md"), described(CORPUS / "HOLDOUT_FILES.md")
    splits = {}
    for exp in CORPUS.glob("*.expected.json"):
        stem = exp.name[: -len(".expected.json")]
        text = next(p.name for p in CORPUS.glob(stem + ".*") if p.suffix in (".txt", ".md", ".html"))
        splits[text] = json.loads(exp.read_text(encoding="utf-8"))["split"]
    assert set(readme.values()) == {"tune"} and set(holdout.values()) == {"holdout"}
    assert readme.keys() == {f for f, s in splits.items() if s == "tune"}
    assert holdout.keys() == {f for f, s in splits.items() if s == "holdout"}


def test_a_bare_figure_in_thousands_is_checked_by_its_scale(tmp_path):
    text = "\n".join(["Decision: perpetrator programme funding, Testshire", "",
                      "| Funding source | 2024-25 (£000) |", "|---|---|", "| Home Office grant | 250 |", ""])
    award = _award(5, "grant", "Home Office", 25_000_000, "250")
    award.update(amount_qualifier="rounded", scale=1000)
    _pair(tmp_path, [award], text=text)
    out = _check(tmp_path)
    assert out.returncode == 0, out.stdout
    award.update(amount_pence=2_500_000)  # read as pounds, not thousands
    _pair(tmp_path, [award], text=text)
    out = _check(tmp_path)
    assert out.returncode == 1 and "'250' is 25000000 pence, expected says 2500000" in out.stdout


# A two-way table (lines 3-5): a Total column and a TOTAL row (README, "Two-way tables").
TWO_WAY = "\n".join([
    "Decision: perpetrator programme funding, Testshire",
    "",
    "| 2024-25 | £60,000 | £40,000 | £100,000 |",
    "| 2025-26 | £50,000 | £30,000 | £80,000 |",
    "| TOTAL | £110,000 | £70,000 | £180,000 |",
    "",
])


def test_a_two_way_tables_row_total_is_a_part_and_the_whole_of_its_row(tmp_path):
    awards = [_award(3, "part", "Home Office", 6_000_000, "£60,000", 3),
              _award(3, "part", "PCC", 4_000_000, "£40,000", 3),
              _award(3, "part", None, 10_000_000, "£100,000", 5),
              _award(4, "part", "Home Office", 5_000_000, "£50,000", 4),
              _award(4, "part", "PCC", 3_000_000, "£30,000", 4),
              _award(4, "part", None, 8_000_000, "£80,000", 5),
              _award(5, "total", None, 18_000_000, "£180,000"),
              _award(5, "total", "Home Office", 11_000_000, "£110,000"),
              _award(5, "total", "PCC", 7_000_000, "£70,000")]
    _pair(tmp_path, awards, text=TWO_WAY)
    out = _check(tmp_path)
    assert out.returncode == 0, out.stdout

    # the cells are checked against their own row's total: more than it is refused
    text = TWO_WAY.replace("| £80,000 |", "| £75,000 |").replace("£180,000", "£175,000")
    awards[5] = _award(4, "part", None, 7_500_000, "£75,000", 5)
    awards[6] = _award(5, "total", None, 17_500_000, "£175,000")
    _pair(tmp_path, awards, text=text)
    out = _check(tmp_path)
    assert out.returncode == 1
    assert "line 4: parts (8000000) exceed the whole (7500000)" in out.stdout


# A TOTAL line holding two figures with the same funder (lines 3-5): the year's and the grand total.
TWO_ON_A_LINE = "\n".join([
    "Decision: perpetrator programme funding, Testshire",
    "",
    "| Group course | £60,000 |",
    "| Partner support | £50,000 |",
    "| TOTAL | £45,000 in 2024-25 | £110,000 over both years |",
    "",
])


def test_parts_are_checked_against_the_one_figure_on_their_wholes_line_they_add_up_to(tmp_path):
    awards = [_award(3, "part", "Home Office", 6_000_000, "£60,000", 5),
              _award(4, "part", "Home Office", 5_000_000, "£50,000", 5),
              _award(5, "total", "Home Office", 4_500_000, "£45,000"),
              _award(5, "total", "Home Office", 11_000_000, "£110,000")]
    _pair(tmp_path, awards, text=TWO_ON_A_LINE)
    out = _check(tmp_path)
    assert out.returncode == 0, out.stdout

    # parts adding up to neither figure are still refused, against the first
    text = TWO_ON_A_LINE.replace("£50,000", "£55,000")
    awards[1] = _award(4, "part", "Home Office", 5_500_000, "£55,000", 5)
    _pair(tmp_path, awards, text=text)
    out = _check(tmp_path)
    assert out.returncode == 1
    assert "line 5: parts sum to 11500000 but total is 4500000 and no conflict is listed" in out.stdout


# A TOTAL row with one figure per year column and no total column (lines 3-5; README, "Two-way tables": with a
# TOTAL row and no total column, body cells are parts of the TOTAL row).
YEAR_COLUMNS = "\n".join([
    "Decision: perpetrator programme funding, Testshire",
    "",
    "| Group course | £60,000 | £65,000 |",
    "| Partner support | £50,000 | £52,000 |",
    "| TOTAL | £110,000 | £117,000 |",
    "",
])


def _in_year(award, year):
    return {**award, "period_start": year, "period_end": year}


def test_parts_under_a_total_row_of_year_columns_are_checked_year_by_year(tmp_path):
    awards = [_in_year(_award(3, "part", "Home Office", 6_000_000, "£60,000", 5), "2024-25"),
              _in_year(_award(3, "part", "Home Office", 6_500_000, "£65,000", 5), "2025-26"),
              _in_year(_award(4, "part", "Home Office", 5_000_000, "£50,000", 5), "2024-25"),
              _in_year(_award(4, "part", "Home Office", 5_200_000, "£52,000", 5), "2025-26"),
              _in_year(_award(5, "total", "Home Office", 11_000_000, "£110,000"), "2024-25"),
              _in_year(_award(5, "total", "Home Office", 11_700_000, "£117,000"), "2025-26")]
    _pair(tmp_path, awards, text=YEAR_COLUMNS)
    out = _check(tmp_path)
    assert out.returncode == 0, out.stdout

    # a year whose cells do not add up to that year's total is still refused
    text = YEAR_COLUMNS.replace("£52,000", "£58,000")
    awards[3] = _in_year(_award(4, "part", "Home Office", 5_800_000, "£58,000", 5), "2025-26")
    _pair(tmp_path, awards, text=text)
    out = _check(tmp_path)
    assert out.returncode == 1
    assert "parts (" in out.stdout and "exceed the whole (11000000)" in out.stdout


def test_an_amount_in_thousands_written_as_a_word_is_read_by_the_checker(tmp_path):
    text = "Decision: Testshire\n\nThe Home Office gives Testshire £250 thousand and £1.2 billion nationally.\n"
    award = {**_award(3, "grant", "Home Office", 25_000_000, "£250 thousand"), "amount_qualifier": "rounded"}
    _pair(tmp_path, [award], text=text)
    assert _check(tmp_path).returncode == 0
    award["amount_pence"] = 25_000  # £250 read without its unit
    _pair(tmp_path, [award], text=text)
    out = _check(tmp_path)
    assert out.returncode == 1 and "'£250 thousand' is 25000000 pence, expected says 25000" in out.stdout


def test_a_share_in_tenths_is_an_outcome_in_per_cent_for_the_checker(tmp_path):
    text = "Results: Testshire\n\nSeven in ten men who started finished the course, and nine out of ten partners felt safer.\n"
    _pair(tmp_path, [], text=text)
    path = tmp_path / "testshire-2024-01-decision.expected.json"
    expected = json.loads(path.read_text(encoding="utf-8"))
    outcome = {"line": 3, "value": 70, "base": None, "unit": "percent", "about": "perpetrators", "period": None,
               "status": "reported", "evidence": "Seven in ten men"}
    expected["outcomes"] = [outcome, {**outcome, "value": 90, "about": "partners", "evidence": "nine out of ten partners"}]
    path.write_text(json.dumps(expected), encoding="utf-8")
    assert _check(tmp_path).returncode == 0, _check(tmp_path).stdout
    expected["outcomes"][0]["value"] = 60
    path.write_text(json.dumps(expected), encoding="utf-8")
    assert _check(tmp_path).returncode == 1


def test_shares_in_fifths_quarters_and_thirds_are_outcomes_in_whole_per_cent_for_the_checker(tmp_path):
    text = ("Results: Testshire\n\nFour in five men finished the course, three out of four partners felt safer "
            "and two in three practitioners rated the training.\n")
    _pair(tmp_path, [], text=text)
    path = tmp_path / "testshire-2024-01-decision.expected.json"
    expected = json.loads(path.read_text(encoding="utf-8"))
    outcome = {"line": 3, "value": 80, "base": None, "unit": "percent", "about": "perpetrators", "period": None,
               "status": "reported", "evidence": "Four in five men"}
    expected["outcomes"] = [outcome, {**outcome, "value": 75, "about": "partners", "evidence": "three out of four"},
                            {**outcome, "value": 67, "about": "practitioners", "evidence": "two in three"}]
    path.write_text(json.dumps(expected), encoding="utf-8")
    assert _check(tmp_path).returncode == 0, _check(tmp_path).stdout
    expected["outcomes"][2]["value"] = 66  # two thirds is 67 in whole per cent, as the reader gives it
    path.write_text(json.dumps(expected), encoding="utf-8")
    assert _check(tmp_path).returncode == 1


def test_a_bare_figure_under_a_pounds_heading_has_scale_one(tmp_path):
    text = "\n".join(["Decision: perpetrator programme funding, Testshire", "",
                      "| Funding source | Home Office (£) |", "|---|---|", "| Group programme | 120,000 |", ""])
    award = {**_award(5, "grant", "Home Office", 12_000_000, "120,000"), "scale": 1}
    _pair(tmp_path, [award], text=text)
    out = _check(tmp_path)
    assert out.returncode == 0, out.stdout
    award.update(scale=100)  # no heading gives a unit of £100
    _pair(tmp_path, [award], text=text)
    out = _check(tmp_path)
    assert out.returncode == 1 and "scale 100 is not 1, 1000 or 1000000" in out.stdout


def test_the_checker_holds_labels_to_the_readmes_rounded_rule(tmp_path):
    text = "Decision: Testshire\n\nThe Home Office gives Testshire £350,000, £1.2m nationally and £45,500 for an evaluation.\n"
    awards = [_award(3, "grant", "Home Office", 35_000_000, "£350,000"),
              {**_award(3, "context", "Home Office", 120_000_000, "£1.2m"), "pfa_code": None, "area_basis": "none"},
              _award(3, "grant", "Home Office", 4_550_000, "£45,500")]
    awards[0]["amount_qualifier"] = awards[1]["amount_qualifier"] = "rounded"
    _pair(tmp_path, awards, text=text)
    assert _check(tmp_path).returncode == 0, _check(tmp_path).stdout
    awards[0]["amount_qualifier"] = "exact"  # a whole multiple of £10,000 is rounded
    awards[2]["amount_qualifier"] = "rounded"  # and a figure neither round nor in unit form is exact
    _pair(tmp_path, awards, text=text)
    out = _check(tmp_path)
    assert out.returncode == 1
    assert "'£350,000' is rounded by the README's amount_qualifier rule, expected says exact" in out.stdout
    assert "'£45,500' is exact by the README's amount_qualifier rule, expected says rounded" in out.stdout


def test_a_bare_figure_under_a_pounds_heading_is_exact_unless_round(tmp_path):
    # README, "Figures in thousands or millions": a figure under a pounds heading has scale 1, "its qualifier read as
    # for any figure (exact unless its own cell says otherwise)"; one under a "(£000)" heading is rounded
    text = "\n".join(["Decision: perpetrator programme funding, Testshire", "",
                      "| Funding source | Home Office (£) |", "|---|---|", "| Group programme | 123,450 |", ""])
    award = {**_award(5, "grant", "Home Office", 12_345_000, "123,450"), "scale": 1}
    _pair(tmp_path, [award], text=text)
    out = _check(tmp_path)
    assert out.returncode == 0, out.stdout
    award["amount_qualifier"] = "rounded"
    _pair(tmp_path, [award], text=text)
    out = _check(tmp_path)
    assert out.returncode == 1 and "'123,450' is exact by the README's amount_qualifier rule" in out.stdout


def test_a_part_may_name_its_wholes_amount_on_a_line_of_several(tmp_path):
    # README, funding_role `part`: "part_of_pence may name the whole's amount as well" where the whole's line holds
    # several figures; the checker sums the part into that figure only
    text = ("Decision: Testshire\n\nThe Home Office gives Testshire £400,000.\n"
            "Of it, £300,000 pays for the course, of which £20,000 is for interpreters, and £100,000 for partners.\n")
    awards = [_award(3, "grant", "Home Office", 40_000_000, "£400,000"),
              _award(4, "part", "Home Office", 30_000_000, "£300,000", part_of=3),
              {**_award(4, "part", "Home Office", 2_000_000, "£20,000", part_of=4), "part_of_pence": 30_000_000},
              _award(4, "part", "Home Office", 10_000_000, "£100,000", part_of=3)]
    _pair(tmp_path, awards, text=text)
    out = _check(tmp_path)
    assert out.returncode == 0, out.stdout
    awards[2]["part_of_pence"] = 10_000_000 + 1  # no such figure on line 4
    _pair(tmp_path, awards, text=text)
    out = _check(tmp_path)
    assert out.returncode == 1 and "part_of_pence 10000001 is no amount on line 4" in out.stdout
