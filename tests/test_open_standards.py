"""The open data against the standards and tools that read it: the official 360Giving
schema, 360Giving's own converter (flattentool), Frictionless constraints, and the
Excel workbook; the licence and citation files."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from decimal import Decimal
from pathlib import Path

import frictionless
import pandas as pd
import pytest

from funding.parse.awards import parse_award_list
from funding.pipeline import award_tables as build_award_tables
from funding.publish.opendata import (
    budget_holder_on,
    export_360giving,
    field_constraints,
    package_metadata,
    planned_dates,
    write_datapackage,
)
from funding.publish.workbook import write_workbook
from funding.reference.register import register
from funding.reference.schemas import schemas
from funding.tables import write_tables

ROOT = Path(__file__).resolve().parents[1]
PROCESSED = ROOT / "data" / "processed"
STANDARD = ROOT.parent / "shared" / "standards" / "360giving"
GRANT_SCHEMA = STANDARD / "360-giving-schema.json"
PACKAGE_SCHEMA = STANDARD / "360-giving-package-schema.json"

SMALL = (
    "Awards of £0.9m\n\n"
    "Kent (1) £611,250.01 • A stalking clinic.\n\n"
    "- Sessions in schools.\n\n"
    "Cumbria (2) £200,000 • Targeting serial perpetrators.\n"
)
SMALL_LOOKUP = pd.DataFrame(
    {
        "lad_code": ["E06000063", "E06000064", "E07000105"],
        "lad_name": ["Cumberland", "Westmorland and Furness", "Ashford"],
        "pfa_code": ["E23000002", "E23000002", "E23000032"],
        "pfa_name": ["Cumbria", "Cumbria", "Kent"],
    }
)


def _standard():
    """The official 360Giving schema folder, or skip (fail under FUNDING_REQUIRE_SOURCES=1)."""
    if not (GRANT_SCHEMA.is_file() and PACKAGE_SCHEMA.is_file()):
        reason = f"the 360Giving schema is not at {STANDARD} (it is read from the shared folder, not copied here)"
        if os.environ.get("FUNDING_REQUIRE_SOURCES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return STANDARD


def _package_validator():
    """A draft 2020-12 validator of the package schema, its grant $ref resolved to the local file."""
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    _standard()
    package = json.loads(PACKAGE_SCHEMA.read_text(encoding="utf-8"))
    grant = json.loads(GRANT_SCHEMA.read_text(encoding="utf-8"))
    url = package["properties"]["grants"]["items"]["$ref"]
    registry = Registry().with_resource(url, Resource(contents=grant, specification=DRAFT202012))
    cls = jsonschema.Draft202012Validator
    return cls(package, registry=registry, format_checker=cls.FORMAT_CHECKER)


def _errors(validator, data) -> list[str]:
    """Each error's path and message, and those of the sub-errors of a oneOf/anyOf."""
    found = []
    for e in validator.iter_errors(data):
        found.append(f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}")
        found += [f"{'/'.join(map(str, c.absolute_path))}: {c.message[:200]}" for c in e.context]
    return found


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    # a round of its own, so that the hand overrides of the real 2021-22 list do not apply
    tables = build_award_tables(parse_award_list(SMALL, "ho-2021-08-11-awards", "2030-31"))
    out = tmp_path_factory.mktemp("small")
    write_tables(tables, out)
    export_360giving(out / "360giving", tables, SMALL_LOOKUP)
    write_datapackage(out)
    return out


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)


# --------------------------------------------------------------------------
# 360Giving: the official schema
# --------------------------------------------------------------------------


def test_committed_360giving_package_has_no_error_against_the_official_schema():
    validator = _package_validator()
    data = json.loads((PROCESSED / "360giving" / "grants.json").read_text(encoding="utf-8"))
    assert _errors(validator, data) == []
    assert len(data["grants"]) == 25


def test_the_schema_check_catches_a_broken_grant(small):
    validator = _package_validator()
    data = json.loads((small / "360giving" / "grants.json").read_text(encoding="utf-8"))
    assert _errors(validator, data) == []
    data["grants"][0]["awardDate"] = "11/08/2021"
    data["grants"][1]["plannedDates"] = [{"startDate": "April 2021"}]
    data["version"] = "1.4.3"  # the package schema asks for major.minor
    del data["grants"][1]["currency"]
    found = "\n".join(_errors(validator, data))
    assert "grants/0/awardDate" in found and "grants/1/plannedDates/0/startDate" in found
    assert "version: '1.4.3' does not match" in found and "grants/1: 'currency' is a required property" in found


def test_package_metadata_version_publisher_licence_and_dates(small):
    data = _load(small / "360giving" / "grants.json")
    meta = package_metadata()
    assert data["version"] == "1.4"
    assert data["publisher"] == {"name": meta["publisher"]}
    assert data["license"] == "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
    assert data["issued"] == meta["issued"] == "2026-12-01"


def test_geo_code_types_come_from_360givings_codelist():
    """Every geoCodeType written is a code of the standard's codelist, except CTRY for Wales (none there)."""
    _standard()
    with (STANDARD / "geoCodeType.csv").open(encoding="utf-8", newline="") as fh:
        codes = {row["Code"] for row in csv.DictReader(fh)}
    grants = _load(PROCESSED / "360giving" / "grants.json")["grants"]
    used = {loc["geoCodeType"] for g in grants for loc in g["beneficiaryLocation"]}
    assert used - codes == {"CTRY"}
    assert {"PFA", "RGN/GOR", "UA", "NMD", "MD", "LONB"} <= used
    wales = [loc for g in grants for loc in g["beneficiaryLocation"] if loc["geoCodeType"] == "CTRY"]
    assert {(loc["geoCode"], loc["name"]) for loc in wales} == {("W92000004", "Wales")}


def test_small_grants_carry_region_districts_dates_and_the_title_on_the_award_date(small):
    kent, cumbria = sorted(_load(small / "360giving" / "grants.json")["grants"], key=lambda g: g["id"], reverse=True)
    assert [(loc["geoCode"], loc["geoCodeType"]) for loc in cumbria["beneficiaryLocation"]] == [
        ("E23000002", "PFA"), ("E12000002", "RGN/GOR"), ("E06000063", "UA"), ("E06000064", "UA"),
    ]
    assert [loc["name"] for loc in kent["beneficiaryLocation"]] == ["Kent", "South East", "Ashford"]
    assert cumbria["recipientOrganization"] == [
        {"id": "360G-dapfunding-policing-body-E23000002", "name": "Police and Crime Commissioner for Cumbria"}
    ]
    assert register().by_code("E23000002").budget_holder == "Police, Fire and Crime Commissioner for Cumbria"  # today's title
    assert "plannedDates" not in cumbria  # fund.toml states no period for the 2030-31 round
    committed = {g["id"]: g for g in _load(PROCESSED / "360giving" / "grants.json")["grants"]}
    assert committed["360G-dapfunding-2021-22-E23000002"]["plannedDates"] == [{
        "startDate": "2021-04-01", "endDate": "2022-03-31", "duration": 12,
        "description": "Planned dates: the round's financial year (2021-22); the award list gives no dates for single projects",
    }]


def test_budget_holder_titles_follow_the_date():
    assert budget_holder_on("E23000002", "2021-08-11").title == "Police and Crime Commissioner for Cumbria"
    assert budget_holder_on("E23000002", "2024-06-01").title == "Police, Fire and Crime Commissioner for Cumbria"
    assert budget_holder_on("E23000010", "2021-05-09").title == "Police and Crime Commissioner for West Yorkshire"
    assert budget_holder_on("E23000010", "2021-08-11").title == "Mayor of West Yorkshire"
    gm = budget_holder_on("E23000005", "2021-08-11")
    assert (gm.org_id, gm.org_name, gm.title) == ("GB-LAE-GMCA", "Greater Manchester Combined Authority", "Mayor of Greater Manchester")
    kent = budget_holder_on("E23000032", "2021-08-11")
    assert (kent.org_id, kent.title) == ("360G-dapfunding-policing-body-E23000032", "Police and Crime Commissioner for Kent")
    with pytest.raises(ValueError, match="no row valid on 2010-01-01"):
        budget_holder_on("E23000002", "2010-01-01")


def test_each_areas_latest_budget_holder_is_the_registers():
    from funding.core.packagedata import data_csv

    rows = data_csv("budget_holders.csv", ("pfa_code", "valid_from", "budget_holder_type", "budget_holder"))
    for code in {r["pfa_code"] for r in rows}:
        latest = max((r for r in rows if r["pfa_code"] == code), key=lambda r: r["valid_from"])
        area = register().by_code(code)
        assert (latest["budget_holder_type"], latest["budget_holder"]) == (area.budget_holder_type, area.budget_holder), code


def test_planned_dates_only_where_the_round_states_its_period():
    assert planned_dates("2030-31") == []
    (event,) = planned_dates("2021-22")
    assert (event["startDate"], event["endDate"], event["duration"]) == ("2021-04-01", "2022-03-31", 12)


# --------------------------------------------------------------------------
# 360Giving: the spreadsheet form (flattentool)
# --------------------------------------------------------------------------


def test_spreadsheet_has_a_meta_sheet_and_360giving_titles():
    from openpyxl import load_workbook

    book = load_workbook(PROCESSED / "360giving" / "grants.xlsx")
    assert book.sheetnames == ["Meta", "grants", "Beneficiary Location", "Classifications"]
    meta = {a: b for a, b in book["Meta"].iter_rows(values_only=True)}
    assert meta["Version"] == "1.4" and meta["License"].startswith("https://www.nationalarchives.gov.uk/")
    assert meta["Publisher:Name"] == package_metadata()["publisher"]
    header = [c.value for c in book["grants"][1]]
    assert header[:6] == ["Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date"]
    assert {"Planned Dates:Start Date", "Recipient Org:Identifier", "Funding Org:Identifier", "Grant Programme:Title"} <= set(header)
    assert book["grants"].max_row == 26
    locations = list(book["Beneficiary Location"].iter_rows(values_only=True))
    assert locations[0] == ("Identifier", "Beneficiary Location:Name", "Beneficiary Location:Country Code",
                            "Beneficiary Location:Geographic Code", "Beneficiary Location:Geographic Code Type")
    grants = _load(PROCESSED / "360giving" / "grants.json")["grants"]
    assert len(locations) - 1 == sum(len(g["beneficiaryLocation"]) for g in grants)


def test_spreadsheet_converts_back_to_the_json_with_flattentool(tmp_path):
    """flattentool's unflatten (as 360Giving's tools run it) gives back exactly grants.json, metadata included."""
    import flattentool

    _standard()
    package_schema = PACKAGE_SCHEMA.read_text(encoding="utf-8")
    url = json.loads(package_schema)["properties"]["grants"]["items"]["$ref"]
    # a working copy in tmp whose $ref points to the local grant schema, so nothing is fetched
    local = tmp_path / "package-schema.json"
    local.write_text(package_schema.replace(url, GRANT_SCHEMA.as_uri()), encoding="utf-8")
    flattentool.unflatten(
        str(PROCESSED / "360giving" / "grants.xlsx"),
        input_format="xlsx",
        output_name=str(tmp_path / "back.json"),
        root_list_path="grants",
        schema=str(GRANT_SCHEMA),
        convert_titles=True,
        id_name="id",
        metatab_name="Meta",
        metatab_vertical_orientation=True,
        metatab_schema=str(local),
    )
    back = _load(tmp_path / "back.json")
    original = _load(PROCESSED / "360giving" / "grants.json")
    assert back == original
    assert _errors(_package_validator(), json.loads((tmp_path / "back.json").read_text(encoding="utf-8"))) == []


# --------------------------------------------------------------------------
# Frictionless constraints
# --------------------------------------------------------------------------


def _task_errors(report) -> set[tuple]:
    return {(t.name, e.type, getattr(e, "field_name", None)) for t in report.tasks for e in t.errors}


def test_every_coded_column_has_an_enum_pattern_or_foreign_key():
    d = json.loads((PROCESSED / "datapackage.json").read_text(encoding="utf-8"))
    free_text = {
        "pfa_name", "region_name", "pcc", "note", "funder", "award_id", "amount_stated", "message", "organisation", "period",
        "budget_holder", "risk_evidence", "risk_set_aside", "matched_text", "reason", "expected", "found", "basis",
        "subject", "value_a", "value_b", "detail", "title", "publisher", "published", "url", "licence", "label", "short_label",
        "Title", "Description", "Recipient Org:Identifier", "Recipient Org:Name", "Recipient Org:Department",
        "Beneficiary Location:Name", "Funding Org:Name", "Grant Programme:Code", "Grant Programme:Title", "Data Source",
        "Classifications:Title", "no_figure_reason", "name", "office", "programme_name",
    }
    bare = []
    for r in d["resources"]:
        keyed = {f for k in r["schema"].get("foreignKeys", []) for f in k["fields"]}
        for f in r["schema"]["fields"]:
            if f["type"] == "string" and f["name"] not in free_text and f["name"] not in keyed:
                if not {"enum", "pattern"} & set(f.get("constraints", {})):
                    bare.append(f"{r['name']}.{f['name']}")
            if f.get("unit") and f["type"] in ("integer", "number") and f["unit"] != "fraction":
                assert f.get("constraints", {}).get("minimum") == 0, f"{r['name']}.{f['name']} has a unit but no minimum 0"
    assert bare == []


def test_constraints_are_built_from_the_data_files():
    awards = field_constraints("awards")
    assert awards["amount_pence"] == {"minimum": 0} and awards["bids"] == {"minimum": 0}
    assert awards["pfa_code"] == {"pattern": "(E23|W15)[0-9]{6}"}
    assert field_constraints("coverage")["region_code"] == {"pattern": "(E12[0-9]{6}|W92000004)"}
    tags = field_constraints("programme_tags")
    assert "override-remove" in tags["rule_id"]["enum"] and "capva-named" in tags["rule_id"]["enum"]
    components = field_constraints("programme_components")
    assert "behaviour_change_programme" in components["component"]["enum"]
    assert re.fullmatch(components["cohorts"]["pattern"], "high_harm;prolific")
    assert not re.fullmatch(components["cohorts"]["pattern"], "high_harm;nobody")
    risk = field_constraints("initiatives")["risk_level"]["pattern"]
    for ok in ("not stated", "high", "low/medium", "all levels", "high; low/medium"):
        assert re.fullmatch(risk, ok), ok
    assert not re.fullmatch(risk, "very high")


def test_validation_catches_enum_pattern_and_minimum_violations(small, tmp_path):
    small = Path(shutil.copytree(small, tmp_path / "copy"))

    def edit(name, old, new):
        path = small / f"{name}.csv"
        text = path.read_text(encoding="utf-8")
        assert old in text, (name, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    edit("initiatives", ",not stated,", ",very high,")
    edit("awards", ",61125001,", ",-61125001,")
    edit("pfa_register", "E12000002,North West", "e12000002,North West")
    found = _task_errors(frictionless.validate(small / "datapackage.json"))
    assert ("initiatives", "constraint-error", "risk_level") in found
    assert ("awards", "constraint-error", "amount_pence") in found
    assert ("pfa_register", "constraint-error", "region_code") in found


def test_validation_catches_a_code_missing_from_a_reference_table(small, tmp_path):
    small = Path(shutil.copytree(small, tmp_path / "copy"))
    path = small / "programme_tags.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(",stalking,", ",stalkers,", 1), encoding="utf-8")
    found = _task_errors(frictionless.validate(small / "datapackage.json"))
    assert ("programme_tags", "foreign-key", None) in {(a, b, None) for a, b, _ in found}


def test_reference_tables_hold_the_codes_they_define(small):
    regions = list(csv.DictReader((small / "regions.csv").open(encoding="utf-8", newline="")))
    assert len(regions) == 10 and sum(int(r["areas"]) for r in regions) == 43
    assert {r["region_code"] for r in regions} == {a.region_code for a in register().areas}
    types = list(csv.DictReader((small / "programme_types.csv").open(encoding="utf-8", newline="")))
    assert len(types) == 13 and {t["reference_category"] for t in types} == {"general", "child_adolescent", "stalking"}
    sources = {r["source_id"]: r for r in csv.DictReader((small / "sources.csv").open(encoding="utf-8", newline=""))}
    # copyright sources: described, not quoted; no headline or address
    assert sources["newark-advertiser-2020-notts"]["url"] == ""
    assert "headline and address in the project's source manifest" in sources["newark-advertiser-2020-notts"]["title"]
    assert sources["ho-2021-08-11-awards"]["url"].startswith("https://www.gov.uk/")


def test_every_table_section_has_a_resource_description():
    missing = [t for t, spec in schemas().items() if not spec.get("package", {}).get("description")]
    assert missing == []


@pytest.mark.integration
def test_frictionless_command_validates_the_committed_package():
    exe = shutil.which("frictionless", path=str(Path(sys.executable).parent)) or shutil.which("frictionless")
    assert exe, "the frictionless command is not installed"
    run = subprocess.run([exe, "validate", "--json", "datapackage.json"], cwd=PROCESSED, capture_output=True, text=True)
    report = json.loads(run.stdout)
    assert run.returncode == 0 and report["valid"], run.stdout[-2000:]
    descriptor = json.loads((PROCESSED / "datapackage.json").read_text(encoding="utf-8"))
    assert len(report["tasks"]) == len(descriptor["resources"]) >= 20


# --------------------------------------------------------------------------
# The Excel workbook
# --------------------------------------------------------------------------


def test_workbook_has_a_readme_then_one_sheet_per_table(small, tmp_path):
    from openpyxl import load_workbook

    path = write_workbook(small, tmp_path / "tables.xlsx")
    book = load_workbook(path)
    descriptor = json.loads((small / "datapackage.json").read_text(encoding="utf-8"))
    tables = [r["name"] for r in descriptor["resources"] if "/" not in r["path"]]
    assert book.sheetnames == ["README"] + tables
    readme = [row for row in book["README"].iter_rows(values_only=True)]
    listed = {row[0]: row[1] for row in readme if row and row[0] in tables and isinstance(row[1], int)}
    for name in tables:
        with (small / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        sheet = list(book[name].iter_rows(values_only=True))
        assert [list(sheet[0])] == rows[:1] and len(sheet) == len(rows), name
        assert listed[name] == len(rows) - 1
    awards = list(book["awards"].iter_rows(values_only=True))
    header = awards[0]
    kent = next(dict(zip(header, row)) for row in awards[1:] if row[header.index("pfa_code")] == "E23000032")
    assert kent["amount_pence"] == 61125001 and isinstance(kent["amount_pence"], int)
    assert kent["amount_pounds"] == pytest.approx(611250.01) and kent["bids"] == 1
    assert book["awards"].cell(row=2, column=header.index("amount_pounds") + 1).number_format == "#,##0.00"
    assert book["awards"].cell(row=2, column=header.index("amount_pence") + 1).number_format == "General"


def test_workbook_bytes_are_deterministic_with_fixed_times(small, tmp_path):
    first = write_workbook(small, tmp_path / "a.xlsx").read_bytes()
    second = write_workbook(small, tmp_path / "b.xlsx").read_bytes()
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = z.read("docProps/core.xml").decode("utf-8")
    assert core.count("2026-12-01T00:00:00Z") == 2


@pytest.mark.integration
def test_committed_workbook_equals_what_the_code_builds(tmp_path):
    built = write_workbook(PROCESSED, tmp_path / "funding_tables.xlsx")
    assert (PROCESSED / "funding_tables.xlsx").read_bytes() == built.read_bytes(), "run `make tables`"


# --------------------------------------------------------------------------
# Licence and citation
# --------------------------------------------------------------------------


def test_licence_covers_code_and_data():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert "Open Government Licence v3.0" in text and "does not cover the data" in text


def test_citation_agrees_with_the_package():
    import yaml

    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    meta = package_metadata()
    assert cff["cff-version"] == "1.2.0"
    assert (cff["version"], str(cff["date-released"])) == (meta["version"], meta["issued"])
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == meta["version"]
    assert cff["license"] == meta["licence_name"] == "OGL-UK-3.0"


def test_budget_holders_are_spelt_as_the_offices_spell_themselves():
    """The 360Giving recipients come from the register and budget_holders.csv: 'Police, Fire and
    Crime Commissioner' has its comma, and MOPAC is the Mayor's Office for Policing and Crime."""
    from funding.core.packagedata import data_csv

    titles = [a.budget_holder for a in register()] + [
        r["budget_holder"] for r in data_csv("budget_holders.csv", ("pfa_code", "valid_from", "budget_holder_type", "budget_holder"))
    ]
    assert register().by_code("E23000001").budget_holder == "Mayor's Office for Policing and Crime"
    assert register().by_code("E23000028").budget_holder == "Police, Fire and Crime Commissioner for Essex"
    pfccs = [t for t in titles if "Fire" in t]
    assert len(pfccs) == 6 and all(t.startswith("Police, Fire and Crime Commissioner for ") for t in pfccs)
    assert not [t for t in titles if re.search(r"\b(?:And|Of|For)\b", t)]  # no capitalised joining words
