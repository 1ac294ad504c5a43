"""The command line: output, unassigned lines on stderr, errors without a traceback."""

import json
import subprocess
import sys

import pytest

from funding.cli import main


def run(*args):
    return subprocess.run([sys.executable, "-m", "funding.cli", *args], capture_output=True, text=True, timeout=120)


def test_parse_awards_prints_awards_and_reports_unassigned_lines(tmp_path):
    f = tmp_path / "list.txt"
    f.write_text("Awards £0.8m\n\n- stray bullet\n\nKent (1) £611,250 • A group.\n\nDorset (2) £200,000.50 • More.\n", encoding="utf-8")
    result = run("parse-awards", str(f))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert "E23000032" in lines[0] and "£611,250" in lines[0]
    assert lines[-1] == "2 awards, 3 bids, total £811,250.50"
    assert result.stderr.splitlines() == [f"{f}: read as inline_bullets", f"{f}:3: unassigned (a bullet before the first award): - stray bullet"]


def test_parse_awards_json(tmp_path, capsys):
    f = tmp_path / "list.txt"
    f.write_text("Kent (1) £611,250 • A group.\n- Another.\n", encoding="utf-8")
    assert main(["parse-awards", str(f), "--json", "--round", "2030-31"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["amount_pence"] == 61125000 and data[0]["round"] == "2030-31"
    assert [i["source_line"] for i in data[0]["initiatives"]] == [1, 2]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"Kent (1) \xa3200,000 \x95 Work.\n", "expected UTF-8 text"),
        (b"", "empty file"),
        (b"Kent (1) \xc2\xa3200,00 \xe2\x80\xa2 Work.\n", "expected an exact amount"),
        (b"\x00\x01\x02binary", "not a binary file"),
    ],
)
def test_bad_input_prints_one_line_without_traceback(tmp_path, content, message):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    result = run("parse-awards", str(f))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"funding: error: {f}")
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_file(tmp_path):
    result = run("parse-awards", str(tmp_path / "nope.txt"))
    assert result.returncode == 2 and "no such file" in result.stderr and "Traceback" not in result.stderr


def test_a_directory_is_named_as_such(tmp_path):
    result = run("parse-awards", str(tmp_path))
    assert result.returncode == 2 and "found 'a directory'" in result.stderr and "Traceback" not in result.stderr
