"""The award-list corpus (tests/corpus/awards): every list in every layout is read to
its expected records or refused at its expected line, naming what was found.

Tune and holdout fixtures are tested alike here; benchmarks/score_awards.py reports
their scores separately."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from funding.errors import SourceError
from funding.parse.awards import award_record, parse_award_list

CORPUS = Path(__file__).parent / "corpus" / "awards"
EXPECTED = sorted(CORPUS.glob("*.expected.json"))


def _source(expected: Path) -> Path:
    stem = expected.name[: -len(".expected.json")]
    (path,) = [p for p in CORPUS.glob(stem + ".*") if not p.name.endswith(".json")]
    return path


def _records(al, inexact: bool = False) -> list[dict]:
    return [award_record(a, inexact=inexact) for a in al.awards]


ACCEPTED = [p for p in EXPECTED if "refused" not in json.loads(p.read_text())]
REFUSED = [p for p in EXPECTED if "refused" in json.loads(p.read_text())]


def test_the_corpus_is_complete():
    assert len(ACCEPTED) == 21 and len(REFUSED) == 17
    layouts = {json.loads(p.read_text())["layout"] for p in ACCEPTED}
    assert layouts == {"inline_bullets", "line_per_entry", "markdown_table", "csv", "tsv", "xlsx", "ods", "html_list", "html_table"}


@pytest.mark.parametrize("expected", ACCEPTED, ids=lambda p: p.name.split(".")[0])
def test_accepted_list_reads_to_its_records(expected):
    exp = json.loads(expected.read_text())
    al = parse_award_list(_source(expected).read_bytes(), str(_source(expected)), exp["round"])
    assert al.layout == exp["layout"]
    assert _records(al) == exp["awards"]
    assert al.stated_total_pence == exp["stated_total_pence"]
    assert all(a.round == exp["round"] for a in al.awards)


@pytest.mark.parametrize("expected", REFUSED, ids=lambda p: p.name.split(".")[0])
def test_refused_list_names_line_and_token(expected):
    exp = json.loads(expected.read_text())
    refused = exp["refused"]
    with pytest.raises(SourceError) as err:
        parse_award_list(_source(expected).read_bytes(), str(_source(expected)), "2021-22")
    assert err.value.line == refused["line"]
    assert refused["found"] in err.value.found
    if "suggest" in refused:
        assert refused["suggest"] in err.value.message
        if refused["suggest_pfa_code"] and "local authority" in refused["reason"]:
            assert refused["suggest_pfa_code"] in err.value.message
    if "allow_inexact" in exp:
        kept = exp["allow_inexact"]
        al = parse_award_list(_source(expected).read_bytes(), str(_source(expected)), kept["round"], allow_inexact=True)
        assert al.layout == kept["layout"]
        assert _records(al, inexact=True) == kept["awards"]


def test_no_layout_names_every_layout_tried():
    with pytest.raises(SourceError) as err:
        parse_award_list((CORPUS / "refuse_no_layout.txt").read_bytes(), "n.txt")
    for words in ("inline bullets", "one entry per line", "markdown table", "CSV", "TSV", "XLSX", "ODS", "HTML list", "HTML table"):
        assert words in err.value.expected


@pytest.mark.parametrize(
    "text, found",
    [
        ("Kent – £200,\n000 (1)\n", "£200,"),
        ("Kent – £200, 000 (1)\n", "£200, 000"),
        ("Kent – £2OO,000 (1)\n", "£2OO,000"),
        ("Kent – £1.2m (1)\n", "£1.2m"),
        ("Kent – about £300,000 (1)\n", "£300,000"),
        ("Kent (1 bid): £0\n", "£0"),
        ("North East Lincolnshire – £204,000 (1)\n", "North East Lincolnshire"),
        ("Not Kent – £300,000 (1)\n", "Not Kent"),
        ("Kent (٢) – £300,000\n", "٢"),
        ("| Area | Bids | Amount |\n|---|---|---|\n| Kent | 1 | £300,000 |\n| **Total** | 1 | £300,001 |\n", "£300,001"),
    ],
)
def test_no_input_gives_a_wrong_amount(text, found):
    with pytest.raises(SourceError) as err:
        parse_award_list(text, "w.txt")
    assert found in err.value.found


def test_a_broken_amount_with_its_own_separator_is_joined():
    al = parse_award_list("**Merseyside (3)** £1,\n482,906 • A hub.\n", "j.txt")
    assert al.awards[0].amount_pence == 148290600 and al.awards[0].source_line == 1


def test_control_and_bidirectional_characters_are_removed_from_the_name():
    al = parse_award_list("\u202eKent\u202c\u200e – £300,000 (1)\n", "b.txt")
    assert al.awards[0].pcc == "Kent" and al.awards[0].pfa_code == "E23000032"


# ---- the command line: the --json contract other tools read ----------------------------------------


def test_cli_json_contract(capsys):
    from funding.cli import main

    src = CORPUS / "lines_two_year.txt"
    assert main(["parse-awards", str(src), "--round", "2023-25", "--json"]) == 0
    out, err = capsys.readouterr()
    awards = json.loads(out)
    assert err.strip() == f"{src}: read as line_per_entry"
    first = awards[0]
    for key in ("pcc", "pfa_code", "pfa_name", "bids", "amount_pence", "amount_qualifier", "years", "source_line", "initiatives"):
        assert key in first
    assert first["bids"] is None and first["amount_qualifier"] == "exact" and first["layout"] == "line_per_entry"
    assert first["years"] == [{"financial_year": "2023-24", "amount_pence": 24500000}, {"financial_year": "2024-25", "amount_pence": 25150000}]
    assert first["amount_pence"] == 49650000 and first["source_line"] == 5 and first["initiatives"] == []


def test_cli_allow_inexact_keeps_the_qualifier_and_bounds(capsys):
    from funding.cli import main

    src = CORPUS / "refuse_million.txt"
    assert main(["parse-awards", str(src), "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1
    assert err.startswith(f"funding: error: {src}:4: found '£2 million'; expected ")
    assert main(["parse-awards", str(src), "--json", "--allow-inexact"]) == 0
    norfolk = json.loads(capsys.readouterr()[0])[1]
    assert (norfolk["amount_qualifier"], norfolk["low_pence"], norfolk["high_pence"]) == ("rounded", 150000000, 250000000)


@pytest.mark.parametrize("name", ["xlsx_basic.xlsx", "ods_basic.ods", "html_table_two_year.html", "tsv_preamble.tsv"])
def test_cli_reads_every_kind_of_file(name, capsys):
    from funding.cli import main

    assert main(["parse-awards", str(CORPUS / name), "--json"]) == 0
    out, err = capsys.readouterr()
    exp = json.loads((CORPUS / name.rsplit(".", 1)[0]).with_suffix(".expected.json").read_text())
    assert [a["amount_pence"] for a in json.loads(out)] == [a["amount_pence"] for a in exp["awards"]]
    assert f"read as {exp['layout']}" in err
