"""A clone with no source mirror: committed tables checked by sha256, committed reference copies.

The mirror is hidden by pointing the search at an empty folder; the real mirror
is used where a test compares against it (marked ``sources``).
"""

from __future__ import annotations

import importlib
import json
import runpy
import shutil
from pathlib import Path

import pandas as pd
import pytest

from funding.errors import SourceError
from funding.reference import geo
from funding.sources import mirror

ROOT = Path(__file__).resolve().parents[1]
PROCESSED = ROOT / "data" / "processed"
REFERENCE = ROOT / "data" / "reference"


def _clear_geo():
    geo._boundaries.cache_clear()
    geo._population.cache_clear()
    geo._lookup.cache_clear()


@pytest.fixture
def no_mirror(tmp_path, monkeypatch):
    """No published text and no reference file anywhere the mirror is searched."""
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(mirror, "search_dirs", lambda shelf: [empty])
    for variable in mirror.MIRROR_VARIABLES.values():  # a mirror named in the environment is hidden too
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("FUNDING_USER_MANIFEST", str(tmp_path / "no_user_sources.csv"))
    monkeypatch.delenv("FUNDING_REQUIRE_SOURCES", raising=False)
    monkeypatch.setattr(importlib.import_module("funding.sources.fetch"), "raw_dir", lambda: empty)
    _clear_geo()
    yield empty
    _clear_geo()


def test_without_sources_the_tables_are_the_committed_ones(no_mirror):
    from funding.pipeline import build_tables, load_tables, sources_available, sources_status

    assert not sources_available()
    assert set(sources_status().values()) == {None}
    built = build_tables()
    committed = load_tables()
    assert sorted(built) == sorted(committed)
    for name, frame in committed.items():
        pd.testing.assert_frame_equal(built[name], frame)


def test_the_command_says_so_in_one_line_and_writes_the_same_bytes(no_mirror, tmp_path, capsys):
    from funding.cli import main

    out = tmp_path / "out"
    assert main(["tables", "--out", str(out)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "sources not found: building from the committed tables; to rebuild them, `make fetch` downloads the texts "
        "that have an address, and the local releases with none must be copied into data/raw/ by hand"
    ]
    written = sorted(out.glob("*.csv"))
    reference = {"pfa_register.csv", "sources.csv", "regions.csv", "programme_types.csv"}  # written by `funding datapackage`
    assert {p.name for p in written} == {p.name for p in PROCESSED.glob("*.csv")} - reference
    for path in written:
        assert path.read_bytes() == (PROCESSED / path.name).read_bytes(), path.name


def test_what_the_line_says_fetch_cannot_do_is_so(tmp_path, monkeypatch):
    """The texts with no address, which fetch cannot download, are local releases (two of them)."""
    from funding.sources.manifests import manifest

    monkeypatch.setenv("FUNDING_USER_MANIFEST", str(tmp_path / "no_user_sources.csv"))  # the package's only

    texts = [e for e in manifest().values() if e.shelf == "sources"]
    no_address = [e for e in texts if not e.url.startswith("http")]
    assert len(no_address) == 2 and {e.kind for e in no_address} == {"local-release"}
    assert any(e.url.startswith("http") for e in texts if e.kind == "award-list")  # the award list can be fetched


def test_a_changed_committed_table_is_an_error_naming_it(tmp_path):
    from funding.pipeline import committed_tables

    copy = tmp_path / "processed"
    shutil.copytree(PROCESSED, copy)
    path = copy / "awards.csv"
    path.write_bytes(path.read_bytes().replace(b",156354700,", b",156354701,"))
    with pytest.raises(SourceError) as err:
        committed_tables(copy)
    assert err.value.source == str(path)
    assert err.value.found.startswith("sha256 ") and "as recorded in datapackage.json" in err.value.expected


def test_a_table_without_a_recorded_hash_is_an_error(tmp_path):
    from funding.pipeline import committed_tables

    copy = tmp_path / "processed"
    shutil.copytree(PROCESSED, copy)
    descriptor = json.loads((copy / "datapackage.json").read_text(encoding="utf-8"))
    for r in descriptor["resources"]:
        if r["path"] == "coverage.csv":
            del r["hash"]
    (copy / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    with pytest.raises(SourceError) as err:
        committed_tables(copy)
    assert err.value.found == "no sha256 for coverage.csv"


def test_the_data_package_records_each_committed_csv_sha256():
    from funding.sources import sha256_of

    descriptor = json.loads((PROCESSED / "datapackage.json").read_text(encoding="utf-8"))
    hashes = {r["path"]: r["hash"] for r in descriptor["resources"]}
    assert set(hashes) == {p.relative_to(PROCESSED).as_posix() for p in PROCESSED.rglob("*.csv")}
    for rel, recorded in hashes.items():
        assert recorded == "sha256:" + sha256_of((PROCESSED / rel).read_bytes()), rel


def test_required_sources_missing_is_the_error(no_mirror, monkeypatch):
    from funding.pipeline import build_tables

    monkeypatch.setenv("FUNDING_REQUIRE_SOURCES", "1")
    with pytest.raises(SourceError) as err:
        build_tables()
    assert err.value.found == "no such file" and err.value.source == "home-office-2021-08-11-perpetrator-fund-awards.txt"


def test_without_the_mirror_the_reference_data_are_the_committed_copies(no_mirror):
    b = geo.load_boundaries()
    assert len(b) == 43 and b.crs.to_epsg() == 27700
    pop = geo.load_population()
    assert len(pop) == 43 * 5
    assert pop[(pop["pfa_code"] == "E23000001") & (pop["year"] == 2021)]["population"].tolist() == [8796080]
    lookup = geo.load_lad_lookup()
    assert list(lookup.columns) == ["lad_code", "lad_name", "pfa_code", "pfa_name"]
    assert lookup[lookup["lad_code"] == "E06000001"][["pfa_code", "pfa_name"]].values.tolist() == [["E23000013", "Cleveland"]]


def test_a_changed_reference_copy_is_an_error_naming_it(no_mirror, tmp_path, monkeypatch):
    copy = tmp_path / "reference"
    shutil.copytree(REFERENCE, copy)
    path = copy / "pfa23_population_mid2019_to_mid2023.csv"
    path.write_bytes(path.read_bytes().replace(b",8796080", b",8796081"))
    monkeypatch.setattr(geo, "reference_copies_dir", lambda: copy)
    with pytest.raises(SourceError) as err:
        geo.load_population()
    assert err.value.source == str(path) and "data/reference/copies.csv" in err.value.expected


@pytest.mark.sources
def test_the_copies_are_the_same_data_as_the_mirror(no_mirror, monkeypatch):
    from_copies = (geo.load_boundaries(), geo.load_population(), geo.load_lad_lookup())
    monkeypatch.undo()
    _clear_geo()
    from_mirror = (geo.load_boundaries(), geo.load_population(), geo.load_lad_lookup())
    assert from_copies[0].equals(from_mirror[0])
    pd.testing.assert_frame_equal(from_copies[1], from_mirror[1])
    pd.testing.assert_frame_equal(from_copies[2], from_mirror[2])


@pytest.mark.sources
def test_the_committed_copies_are_what_the_script_builds(tmp_path):
    build = runpy.run_path(str(REFERENCE / "build.py"))
    assert build["main"]([str(tmp_path)]) == 0
    built = sorted(p.name for p in tmp_path.iterdir())
    assert built == sorted(p.name for p in REFERENCE.iterdir() if p.name != "build.py")
    for name in built:
        assert (tmp_path / name).read_bytes() == (REFERENCE / name).read_bytes(), name


_INNER = '''
import pytest

@pytest.mark.sources
def test_needs_texts():
    pass

@pytest.mark.skip(reason="any reason")
def test_skipped():
    pass

@pytest.mark.xfail(reason="known", strict=True)
def test_expected_failure():
    assert False
'''


def _inner_run(pytester, monkeypatch, require: str, search: str):
    """Run a small suite under the project's conftest, in a subprocess with the mirror hidden or not."""
    conftest = (ROOT / "tests" / "conftest.py").read_text(encoding="utf-8")
    hide = (
        "\nfrom pathlib import Path as _P\nimport funding.sources.mirror as _m\n"
        f"_m.search_dirs = lambda shelf: [_P({search!r})]\n"
    )
    pytester.makeconftest(conftest + hide)
    pytester.makepyfile(test_inner=_INNER)
    monkeypatch.setenv("FUNDING_REQUIRE_SOURCES", require)
    monkeypatch.setenv("FUNDING_USER_MANIFEST", str(pytester.path / "none.csv"))
    # What is tested is the project's conftest on pytest itself: the installed plugins (nbval,
    # pytest-mpl, xdist, ...) take no part, and loading them cost 1.5 s of each run's 1.8 s.
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    return pytester.runpytest_subprocess("-p", "no:cacheprovider", "-rs")


pytest_plugins = ["pytester"]


def test_without_the_mirror_a_sources_test_is_skipped_saying_how(pytester, monkeypatch):
    result = _inner_run(pytester, monkeypatch, "", str(pytester.path / "empty"))
    result.assert_outcomes(skipped=2, xfailed=1)
    result.stdout.fnmatch_lines(["*needs the source mirror*FUNDING_SOURCES_DIR*"])


def test_under_require_sources_every_skip_is_a_failure(pytester, monkeypatch):
    result = _inner_run(pytester, monkeypatch, "1", str(pytester.path / "empty"))
    # the marked test runs (and passes here); the plain skip fails (in its setup, so pytest counts an
    # error) and the run fails; an expected failure stays one
    result.assert_outcomes(passed=1, errors=1, xfailed=1)
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*skipped under FUNDING_REQUIRE_SOURCES=1*any reason*"])
