"""The one reader of package data: a bad data file is a SourceError naming the file and line,
and the command line prints it in one line (exit 2), never a traceback."""

from __future__ import annotations

import pytest

from funding.core import packagedata
from funding.errors import SourceError


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """Point the loader at a temporary folder (and forget what it cached)."""
    monkeypatch.setattr(packagedata, "data_file", lambda name: tmp_path / name)
    for fn in (packagedata.data_text, packagedata._csv_rows, packagedata.data_toml, packagedata.data_json):
        fn.cache_clear()
    yield tmp_path
    for fn in (packagedata.data_text, packagedata._csv_rows, packagedata.data_toml, packagedata.data_json):
        fn.cache_clear()


def test_csv_rows_are_read_with_their_columns(data_dir):
    (data_dir / "a.csv").write_text("alias,pfa_code\nDyfed Powys,W15000004\n", encoding="utf-8")
    assert packagedata.data_csv("a.csv", ("alias", "pfa_code")) == [{"alias": "Dyfed Powys", "pfa_code": "W15000004"}]


def test_a_missing_column_names_the_file_and_the_header(data_dir):
    (data_dir / "a.csv").write_text("alias,code\nKent,E23000032\n", encoding="utf-8")
    with pytest.raises(SourceError) as info:
        packagedata.data_csv("a.csv", ("alias", "pfa_code"))
    assert (info.value.source, info.value.line) == ("a.csv", 1)
    assert "pfa_code" in info.value.expected


def test_a_short_row_names_its_line(data_dir):
    (data_dir / "a.csv").write_text("alias,pfa_code\nKent,E23000032\nSurrey\n", encoding="utf-8")
    with pytest.raises(SourceError) as info:
        packagedata.data_csv("a.csv", ("alias",))
    assert info.value.line == 3 and "2 fields" in info.value.expected


def test_an_empty_required_value_names_its_line(data_dir):
    (data_dir / "a.csv").write_text("alias,pfa_code\nKent,E23000032\nSurrey,\n", encoding="utf-8")
    with pytest.raises(SourceError) as info:
        packagedata.data_csv("a.csv", ("alias", "pfa_code"))
    assert info.value.line == 3 and "pfa_code" in info.value.expected


def test_bad_toml_json_and_patterns_name_their_line(data_dir):
    (data_dir / "a.toml").write_text('x = 1\ny = "open\n', encoding="utf-8")
    (data_dir / "a.json").write_text('{\n  "a": 1,\n}\n', encoding="utf-8")
    (data_dir / "p.csv").write_text("pattern\nfine\n(unclosed\n", encoding="utf-8")
    with pytest.raises(SourceError) as toml_error:
        packagedata.data_toml("a.toml")
    with pytest.raises(SourceError) as json_error:
        packagedata.data_json("a.json")
    with pytest.raises(SourceError) as pattern_error:
        packagedata.data_patterns("p.csv")
    assert toml_error.value.line == 2 and json_error.value.line == 3 and pattern_error.value.line == 3


def test_text_that_is_not_utf8_names_its_line(data_dir):
    (data_dir / "a.csv").write_bytes(b"alias,pfa_code\nYnys M\xf4n,W15000001\n")
    with pytest.raises(SourceError) as info:
        packagedata.data_text("a.csv")
    assert info.value.line == 2 and info.value.expected == "UTF-8 text"


def test_a_missing_file_is_a_source_error(data_dir):
    with pytest.raises(SourceError, match="a data file of the funding package"):
        packagedata.data_text("absent.csv")


def test_the_real_package_data_reads_cleanly():
    """Every CSV, TOML and JSON file the package ships parses through the one loader."""
    from importlib import resources

    names = [p.name for p in resources.files(packagedata.DATA_PACKAGE).joinpath("data").iterdir()]
    for name in names:
        if name.endswith(".csv"):
            assert packagedata.data_csv(name), name
        elif name.endswith(".toml"):
            assert packagedata.data_toml(name), name
        elif name.endswith((".json", ".hexjson")):
            assert packagedata.data_json(name), name


def test_a_bad_register_alias_reaches_the_command_line_as_one_line(data_dir, capsys):
    """A wrong row in pfa_aliases.csv: `funding parse-awards` prints one line naming it and exits 2."""
    from importlib import resources

    from funding.cli import main
    from funding.reference import register as register_module

    real = resources.files(packagedata.DATA_PACKAGE).joinpath("data")
    for name in ("pfa_register.csv", "award_list_boilerplate.csv", "award_list_end_markers.csv"):
        (data_dir / name).write_bytes(real.joinpath(name).read_bytes())
    (data_dir / "pfa_aliases.csv").write_text("alias,pfa_code\nKent Police,E23999999\n", encoding="utf-8")
    (data_dir / "list.txt").write_text("**Kent (1)** – £200,000 • work\n", encoding="utf-8")
    register_module.register.cache_clear()
    try:
        status = main(["parse-awards", str(data_dir / "list.txt")])
    finally:
        register_module.register.cache_clear()
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and err.startswith("funding: error: pfa_aliases.csv:2: found 'Kent Police,E23999999'")
