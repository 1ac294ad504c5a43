"""The command line: output, unassigned lines on stderr, errors without a traceback."""

import json
import subprocess
import sys

import pytest

import forked_cli
from funding.cli import main


def run(*args):
    """The command in a process forked from this one (tests/forked_cli.py): its exit status and two streams, without
    a cold interpreter's second of imports for each case."""
    return forked_cli.run(*args, timeout=120)


def run_fresh(*args):
    """The command as installed, in a fresh interpreter (``python -m funding.cli``)."""
    return subprocess.run([sys.executable, "-m", "funding.cli", *args], capture_output=True, text=True, timeout=120)


def test_parse_awards_prints_awards_and_reports_unassigned_lines(tmp_path):
    f = tmp_path / "list.txt"
    f.write_text("Awards £0.8m\n\n- stray bullet\n\nKent (1) £611,250 • A group.\n\nDorset (2) £200,000.50 • More.\n", encoding="utf-8")
    result = run_fresh("parse-awards", str(f))
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


# ---- read-release: the same bounded, named input as parse-awards ----------------------------------


@pytest.mark.parametrize("command", ["parse-awards", "read-release"])
@pytest.mark.parametrize(
    "content, found",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\nstream", "found 'a PDF document'"),
        (b"PK\x03\x04\x14\x00\x06\x00not really a document", "found 'a ZIP archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "found 'a PNG image'"),
        (b"plain start\nthen \xe2\x80 and a NUL \x00", "found 'a NUL byte'"),
    ],
)
def test_a_binary_file_is_named_as_binary_not_as_another_encoding(tmp_path, command, content, found):
    f = tmp_path / "upload.bin"
    f.write_bytes(content)
    result = run(command, str(f))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert found in result.stderr and "not a binary file" in result.stderr
    assert "Windows-1252" not in result.stderr


def test_read_release_refuses_a_fifo_by_its_kind_without_waiting_for_a_writer(tmp_path):
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this system")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = run("read-release", str(fifo))
    assert result.returncode == 2
    assert result.stderr.strip() == (f"funding: error: {fifo}: found 'a FIFO (named pipe)'; expected a release file "
                                     "(text, Markdown or HTML) (a regular file; for standard input, give '-')")


def test_read_release_refuses_an_oversized_file_from_its_size_before_reading_it(tmp_path):
    big = tmp_path / "sparse.txt"
    with big.open("wb") as fh:
        fh.truncate(3 * 1024 ** 3)  # sparse: no disk used, and reading it would need 3 GiB
    result = run("read-release", str(big))
    assert result.returncode == 2
    assert f"{big}: found '3,221,225,472 bytes'; expected a release file" in result.stderr
    assert "Traceback" not in result.stderr and "memory" not in result.stderr


def test_read_release_reads_standard_input_for_a_dash():
    text = "Testshire news\n\nKent's commissioner has been awarded £123,456 by the Home Office for 2023-24.\n"
    result = subprocess.run([sys.executable, "-m", "funding.cli", "read-release", "-", "--json"], input=text,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["local_awards"]
    assert [(r["source_line"], r["pfa_code"], r["amount_pence"], r["funder"]) for r in rows] == [
        (3, "E23000032", 12345600, "Home Office")]
    assert rows[0]["source_id"] == "standard input"


def test_read_release_prints_a_zero_amount_in_its_text_output(tmp_path):
    f = tmp_path / "zero.txt"
    f.write_text("Testshire news\n\nKent's commissioner put £0 of her own budget into the course in 2023-24.\n",
                 encoding="utf-8")
    result = run("read-release", str(f))
    assert result.returncode == 0, result.stderr
    award = next(line for line in result.stdout.splitlines() if "source_line=3" in line)
    assert "amount_pence=0 " in award + " " and "amount_high_pence=0" in award
