"""The register of the 43 police force areas against the ONS boundary file and lookup."""

from __future__ import annotations

import pytest

from funding.reference.geo import load_lad_lookup
from funding.reference.register import normalise_name, register


def test_register_has_43_areas_each_code_once():
    reg = register()
    assert len(reg) == 43
    assert len(set(reg.codes)) == 43
    assert sum(c.startswith("E23") for c in reg.codes) == 39
    assert sum(c.startswith("W15") for c in reg.codes) == 4


def test_register_matches_boundary_file_codes_and_names():
    pytest.importorskip("geopandas")
    from funding.reference.geo import load_boundaries

    b = load_boundaries()
    assert len(b) == 43
    assert b["pfa_code"].is_unique
    reg = register()
    assert dict(zip(b["pfa_code"], b["pfa_name"])) == {a.pfa_code: a.pfa_name for a in reg}


@pytest.mark.parametrize(
    "source_id", ["ons-lad23-pfa23-lookup", pytest.param("ons-lad23-csp23-pfa23-lookup", marks=pytest.mark.sources)]
)
def test_register_matches_lad_lookup(source_id):
    lookup = load_lad_lookup(source_id)
    areas = lookup.drop_duplicates(["pfa_code", "pfa_name"])
    assert len(areas) == 43
    assert areas["pfa_code"].is_unique
    reg = register()
    assert dict(zip(areas["pfa_code"], areas["pfa_name"])) == {a.pfa_code: a.pfa_name for a in reg}


def test_every_district_lies_in_one_area():
    lookup = load_lad_lookup()
    assert lookup["lad_code"].is_unique
    assert len(lookup) == 318


def test_welsh_areas_are_in_wales_and_english_areas_in_english_regions():
    for area in register():
        if area.pfa_code.startswith("W"):
            assert (area.country, area.region_code, area.region_name) == ("Wales", "W92000004", "Wales")
        else:
            assert area.country == "England"
            assert area.region_code.startswith("E12")


@pytest.mark.parametrize(
    "printed, code",
    [
        ("Devon & Cornwall", "E23000035"),
        ("Devon and Cornwall", "E23000035"),
        ("London, City of", "E23000034"),
        ("City of London", "E23000034"),
        ("Dyfed Powys", "W15000004"),
        ("Dyfed-Powys", "W15000004"),
        ("Cambridgeshire & Peterborough", "E23000023"),
        ("Mayor's Office for Police and Crime (London)", "E23000001"),
        ("Metropolitan Police", "E23000001"),
        ("Avon & Somerset", "E23000036"),
    ],
)
def test_aliases_resolve(printed, code):
    area = register().lookup(printed)
    assert area is not None, printed
    assert area.pfa_code == code


def test_city_of_london_and_the_met_are_kept_apart():
    reg = register()
    assert reg.lookup("City of London").pfa_code != reg.lookup("London").pfa_code
    assert normalise_name("City of London") != normalise_name("London")
