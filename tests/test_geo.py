"""Reference data: the manifest, the loaders, and the checks against the register."""

from __future__ import annotations

import csv
import sys
from importlib import resources

from funding.core.packagedata import data_text
from pathlib import Path

import pytest

from funding.reference import geo
from funding import sources
from funding.sources import manifests as manifest_module, mirror
from funding.errors import SourceError

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def _manifest_rows(name):
    text = data_text(name)
    return list(csv.DictReader(text.splitlines()))


def test_reference_manifest_has_the_columns_of_sources_csv():
    ref = data_text("reference_data.csv")
    src = data_text("sources.csv")
    assert ref.splitlines()[0] == src.splitlines()[0]


@pytest.mark.sources  # the mirror's reference files
def test_reference_manifest_lists_each_shared_file_with_its_hash():
    rows = _manifest_rows("reference_data.csv")
    kinds = {r["file"]: r["kind"] for r in rows}
    assert kinds == {
        "pfa_dec2020_ew_buc.geojson": "boundaries",
        "lad23_csp23_pfa23_lookup_ew.csv": "lookup",
        "lad23_to_pfa23_ew.csv": "lookup",
        "lad23_population_mid2011_to_mid2023_ew.csv": "population",
        "pfa23_population_mid2019_to_mid2023_ew.csv": "population",
        "stalking_offences_by_force_2015-16_to_2020-21_apr-dec.csv": "recorded-crime",
        "pfa_crime_severity_score_ye_mar2021_mar2022.csv": "crime-severity",
    }
    for r in rows:
        assert len(r["sha256"]) == 64
        assert r["licence"].startswith("Open Government Licence v3.0")
        path, data = sources.read_bytes(r["source_id"])  # hash-checked
        assert sources.sha256_of(data) == r["sha256"]


def test_data_files_are_not_in_the_package():
    data_dir = resources.files("funding.reference").joinpath("data")
    for r in _manifest_rows("reference_data.csv"):
        assert not data_dir.joinpath(r["file"]).is_file()


def test_boundaries_are_43_areas_in_british_national_grid():
    b = geo.load_boundaries()
    assert list(b.columns) == ["pfa_code", "pfa_name", "geometry"]
    assert b.crs.to_epsg() == 27700
    assert len(b) == 43 and b["pfa_code"].is_unique
    assert b.geometry.is_valid.all()
    area_km2 = b.geometry.area.sum() / 1e6
    assert 150_000 < area_km2 < 153_000
    city = b.loc[b["pfa_code"] == "E23000034"].geometry.iloc[0].area / 1e6
    assert 2 < city < 4


def test_population_long_form_mid2019_to_mid2023():
    p = geo.load_population()
    assert list(p.columns) == ["pfa_code", "year", "population"]
    assert len(p) == 43 * 5
    assert sorted(set(p["year"])) == [2019, 2020, 2021, 2022, 2023]
    totals = p.groupby("year")["population"].sum().to_dict()
    assert totals[2021] == 59_660_524  # ONS England and Wales total, mid-2021
    assert totals[2023] == 60_854_727
    city = p[(p["pfa_code"] == "E23000034") & (p["year"] == 2021)]["population"].iloc[0]
    assert city == 8_689


@pytest.mark.sources  # the mirror's reference files
def test_area_population_equals_sum_of_its_districts():
    import pandas as pd

    _, data = sources.read_bytes("ons-lad23-population-mye23")
    import io

    lad = pd.read_csv(io.BytesIO(data), dtype={"LAD23CD": str})
    lookup = geo.load_lad_lookup()
    joined = lad.merge(lookup, left_on="LAD23CD", right_on="lad_code", how="inner", validate="one_to_one")
    assert len(joined) == 318
    summed = joined.groupby("pfa_code")["mid2021"].sum()
    p = geo.load_population()
    mid2021 = p[p["year"] == 2021].set_index("pfa_code")["population"]
    assert {k: int(v) for k, v in summed.items()} == {k: int(v) for k, v in mid2021.items()}


def _copy_with(tmp_path, monkeypatch, name, transform):
    """A changed copy of a shared file, found through FUNDING_DATA_DIR, with its manifest hash updated."""
    src = sources.locate(
        {"pfa_dec2020_ew_buc.geojson": geo.BOUNDARIES_ID, "pfa23_population_mid2019_to_mid2023_ew.csv": geo.POPULATION_ID}[name]
    )
    changed = transform(src.read_bytes())
    (tmp_path / name).write_bytes(changed)
    monkeypatch.setenv("FUNDING_DATA_DIR", str(tmp_path))
    entries = dict(sources.manifest())
    for sid, e in entries.items():
        if e.file == name:
            from dataclasses import replace

            entries[sid] = replace(e, sha256=sources.sha256_of(changed))
    monkeypatch.setattr(manifest_module, "manifest", lambda: entries)
    geo._boundaries.cache_clear()
    geo._population.cache_clear()


@pytest.fixture
def clear_caches():
    yield
    geo._boundaries.cache_clear()
    geo._population.cache_clear()


@pytest.mark.sources  # the mirror's reference files
def test_boundary_file_with_an_area_twice_raises_source_error(tmp_path, monkeypatch, clear_caches):
    import json

    def duplicate_kent(data):
        doc = json.loads(data)
        kent = next(f for f in doc["features"] if f["properties"]["PFA20CD"] == "E23000032")
        sussex = next(f for f in doc["features"] if f["properties"]["PFA20CD"] == "E23000033")
        sussex["properties"]["PFA20CD"] = "E23000032"
        sussex["properties"]["PFA20NM"] = kent["properties"]["PFA20NM"]
        return json.dumps(doc).encode()

    _copy_with(tmp_path, monkeypatch, "pfa_dec2020_ew_buc.geojson", duplicate_kent)
    with pytest.raises(SourceError) as err:
        geo.load_boundaries()
    assert "pfa_dec2020_ew_buc.geojson" in str(err.value)
    assert "E23000032" in str(err.value)


@pytest.mark.sources  # the mirror's reference files
def test_boundary_file_with_a_renamed_area_raises_source_error(tmp_path, monkeypatch, clear_caches):
    _copy_with(tmp_path, monkeypatch, "pfa_dec2020_ew_buc.geojson", lambda d: d.replace(b'"Devon & Cornwall"', b'"Devon and Cornwall"'))
    with pytest.raises(SourceError, match=r"pfa_dec2020_ew_buc\.geojson.*E23000035"):
        geo.load_boundaries()


@pytest.mark.sources  # the mirror's reference files
def test_population_file_missing_an_area_raises_source_error(tmp_path, monkeypatch, clear_caches):
    def drop_gwent(data):
        return b"\n".join(l for l in data.split(b"\n") if not l.startswith(b"W15000002"))

    _copy_with(tmp_path, monkeypatch, "pfa23_population_mid2019_to_mid2023_ew.csv", drop_gwent)
    with pytest.raises(SourceError) as err:
        geo.load_population()
    assert "pfa23_population_mid2019_to_mid2023_ew.csv" in str(err.value)
    assert "W15000002 Gwent" in str(err.value)


@pytest.mark.sources  # the mirror's reference files
def test_changed_file_fails_the_hash_check(tmp_path, monkeypatch, clear_caches):
    src = sources.locate(geo.POPULATION_ID)
    (tmp_path / src.name).write_bytes(src.read_bytes() + b"\n")
    monkeypatch.setenv("FUNDING_DATA_DIR", str(tmp_path))
    geo._population.cache_clear()
    with pytest.raises(SourceError, match="sha256"):
        geo.load_population()


def test_importing_funding_does_not_import_geopandas_or_matplotlib():
    """One fresh interpreter for every module that must not load them (the coverage table's
    module among them: test_coverage had a second interpreter for that one alone)."""
    import subprocess

    code = (
        "import sys, funding, funding.reference.geo, funding.tables.coverage, funding.reference.hexlayout, funding.viz.figures;"
        "bad = [m for m in ('geopandas', 'matplotlib', 'mapclassify') if m in sys.modules];"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
