"""Open data outputs: the Frictionless data package and the 360Giving export."""

import csv
import json
import re
from decimal import Decimal
from pathlib import Path

import frictionless
import pandas as pd
import pytest

from funding.parse.awards import parse_award_list
from funding.publish.opendata import (
    CLASSIFICATION_COLUMNS,
    GRANT_COLUMNS,
    HOME_OFFICE,
    budget_holder_on,
    datapackage_descriptor,
    export_360giving,
    field_descriptors,
    grants_360,
    json_text,
    write_datapackage,
    write_register,
)
from funding.parse.programme_types import PROGRAMME_TYPES, type_labels
from funding.reference.register import register
from funding.pipeline import award_tables as build_award_tables
from funding.tables import schemas, write_tables

ROOT = Path(__file__).resolve().parents[1]
PROCESSED = ROOT / "data" / "processed"
AWARD_LIST = "ho-2021-08-11-awards"

SMALL = (
    "Awards of £0.9m\n\n"
    "Kent (1) £611,250.01 • A stalking clinic.\n\n"
    "- Sessions in schools.\n\n"
    "Dorset (2) £200,000 • Targeting serial perpetrators.\n"
)

#: A district lookup for the small list's two areas (the real one is the ONS file in the mirror).
SMALL_LOOKUP = pd.DataFrame(
    {
        "lad_code": ["E06000059", "E07000105", "E07000110"],
        "lad_name": ["Dorset", "Ashford", "Maidstone"],
        "pfa_code": ["E23000039", "E23000032", "E23000032"],
        "pfa_name": ["Dorset", "Kent", "Kent"],
    }
)

REQUIRED = ("id", "title", "description", "currency", "amountAwarded", "awardDate", "recipientOrganization", "fundingOrganization")
ISO_DATE = re.compile(r"^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$")


@pytest.fixture(scope="module")
def small():
    # a round of its own, so that the overrides of the real 2021-22 list do not apply
    return build_award_tables(parse_award_list(SMALL, AWARD_LIST, "2030-31"))


@pytest.fixture()
def small_dir(small, tmp_path):
    write_tables(small, tmp_path)
    export_360giving(tmp_path / "360giving", small, SMALL_LOOKUP)
    write_datapackage(tmp_path)
    return tmp_path


def _errors(report) -> list[tuple]:
    """(resource, error type, field, row, note) for every error of a validation report."""
    found = [("", e.type, None, None, e.note) for e in report.errors]
    for task in report.tasks:
        found += [(task.name, e.type, getattr(e, "field_name", None), getattr(e, "row_number", None), e.note) for e in task.errors]
    return found


def load_grants(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)


def check_grant(g: dict) -> None:
    """Every required field of the 360Giving standard, with its type and code."""
    missing = [k for k in REQUIRED if k not in g]
    assert not missing, f"{g.get('id')}: missing {missing}"
    for k in ("id", "title", "description", "currency", "awardDate"):
        assert isinstance(g[k], str) and g[k], (g["id"], k)
    assert g["id"].startswith("360G-dapfunding-")
    assert len(g["title"]) < 140
    assert g["currency"] == "GBP"
    assert isinstance(g["amountAwarded"], Decimal) and g["amountAwarded"] > 0
    assert g["amountAwarded"] == g["amountAwarded"].quantize(Decimal("0.01"))
    assert ISO_DATE.match(g["awardDate"])
    for org_key in ("recipientOrganization", "fundingOrganization"):
        orgs = g[org_key]
        assert isinstance(orgs, list) and len(orgs) == 1
        assert isinstance(orgs[0]["id"], str) and isinstance(orgs[0]["name"], str) and orgs[0]["id"] and orgs[0]["name"]
    assert g["fundingOrganization"] == [HOME_OFFICE] == [{"id": "GB-GOR-D16", "name": "Home Office"}]
    loc, region, *districts = g["beneficiaryLocation"]
    assert loc["geoCodeType"] == "PFA" and loc["countryCode"] == "GB"
    area = register().by_code(loc["geoCode"])
    assert loc["name"] == area.pfa_name
    # the English region, or Wales, and at least one local authority district
    assert (region["geoCode"], region["name"]) == (area.region_code, area.region_name)
    assert region["geoCodeType"] == ("CTRY" if area.country == "Wales" else "RGN/GOR")
    assert districts and all(d["geoCodeType"] in ("UA", "NMD", "MD", "LONB") and d["countryCode"] == "GB" for d in districts)
    assert [d["geoCode"] for d in districts] == sorted({d["geoCode"] for d in districts})
    assert all(d["geoCode"][:3] in ("E06", "E07", "E08", "E09", "W06") for d in districts)
    holder = budget_holder_on(area.pfa_code, g["awardDate"])
    (recipient,) = g["recipientOrganization"]
    if holder.org_name:
        assert recipient == {"id": holder.org_id, "name": holder.org_name, "department": holder.title}
    else:
        assert recipient == {"id": f"360G-dapfunding-policing-body-{area.pfa_code}", "name": holder.title}
    assert g["id"].endswith("-" + area.pfa_code)
    (programme,) = g["grantProgramme"]
    assert isinstance(programme["code"], str) and isinstance(programme["title"], str)
    labels = type_labels()
    for c in g.get("classifications", []):
        assert c["vocabulary"] == "360G-dapfunding-programme-type"
        assert c["code"] in PROGRAMME_TYPES and c["title"] == labels[c["code"]]
    assert g["dataSource"].startswith("https://www.gov.uk/")


# --------------------------------------------------------------------------
# 360Giving, on a small award list
# --------------------------------------------------------------------------


def test_small_grants_carry_every_required_field_and_exact_amounts(small_dir):
    package = load_grants(small_dir / "360giving" / "grants.json")
    grants = package["grants"]
    for g in grants:
        check_grant(g)
    assert [g["id"] for g in grants] == ["360G-dapfunding-2030-31-E23000032", "360G-dapfunding-2030-31-E23000039"]
    assert [g["amountAwarded"] for g in grants] == [Decimal("611250.01"), Decimal("200000.00")]
    assert sum(g["amountAwarded"] for g in grants) == Decimal("811250.01")
    kent, dorset = grants
    assert [c["code"] for c in kent["classifications"]] == ["young_people", "stalking"]
    assert [c["code"] for c in dorset["classifications"]] == ["high_risk"]
    assert kent["recipientOrganization"][0]["name"] == "Police and Crime Commissioner for Kent"
    assert kent["awardDate"] == "2021-08-11"
    # a round missing from fund.toml gets a generic programme title
    assert kent["grantProgramme"] == [{"code": "360G-dapfunding-2030-31", "title": "Home Office domestic abuse perpetrator funding, 2030-31"}]
    assert "from 1 bid, for 2 strands" in kent["description"] and "from 2 bids, for 1 strand of" in dorset["description"]


def test_amounts_are_written_as_exact_decimals_not_floats(small_dir):
    text = (small_dir / "360giving" / "grants.json").read_text(encoding="utf-8")
    assert '"amountAwarded": 611250.01,' in text and '"amountAwarded": 200000.00,' in text
    with pytest.raises(TypeError):
        json_text({"amountAwarded": 0.1})


def test_360giving_bytes_are_deterministic_sorted_and_lf(small, small_dir, tmp_path):
    again = export_360giving(tmp_path / "again", small, SMALL_LOOKUP)
    assert [p.name for p in again] == ["grants.json", "grants.csv", "classifications.csv", "grants.xlsx"]
    for path in again:
        first = (small_dir / "360giving" / path.name).read_bytes()
        assert path.read_bytes() == first, path.name
        if path.suffix != ".xlsx":
            assert b"\r" not in first and first.endswith(b"\n")
    text = (small_dir / "360giving" / "grants.json").read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False).replace("200000.0,", "200000.00,") + "\n"


def test_flat_csv_matches_the_json(small_dir):
    grants = load_grants(small_dir / "360giving" / "grants.json")["grants"]
    with (small_dir / "360giving" / "grants.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == [title for title, _, _ in GRANT_COLUMNS]
    assert [r["Identifier"] for r in rows] == [g["id"] for g in grants]
    first = rows[0]
    assert first["Amount Awarded"] == "611250.01"
    assert first["Recipient Org:Name"] == "Police and Crime Commissioner for Kent"
    assert first["Beneficiary Location:Geographic Code"] == "E23000032"
    assert first["Beneficiary Location:Geographic Code Type"] == "PFA"
    assert first["Funding Org:Identifier"] == "GB-GOR-D16"
    assert first["Grant Programme:Title"] == "Home Office domestic abuse perpetrator funding, 2030-31"
    with (small_dir / "360giving" / "classifications.csv").open(encoding="utf-8", newline="") as fh:
        classes = list(csv.reader(fh))
    assert classes[0] == [title for title, _, _ in CLASSIFICATION_COLUMNS]
    assert [row[0] + " " + row[2] for row in classes[1:]] == [
        "360G-dapfunding-2030-31-E23000032 young_people",
        "360G-dapfunding-2030-31-E23000032 stalking",
        "360G-dapfunding-2030-31-E23000039 high_risk",
    ]


def test_a_round_whose_source_has_no_exact_date_is_refused(small):
    awards = small["awards"].copy()
    awards["source_id"] = "newark-advertiser-2020-notts"  # published "2020 (autumn; …)"
    with pytest.raises(ValueError, match="not YYYY-MM-DD"):
        grants_360(awards, small["initiatives"])


# --------------------------------------------------------------------------
# The data package, on the small tables
# --------------------------------------------------------------------------


def test_small_package_is_valid_with_frictionless(small_dir):
    report = frictionless.validate(small_dir / "datapackage.json")
    assert report.valid, _errors(report)
    names = [t.name for t in report.tasks]
    assert names == [
        "award_list_lines", "award_years", "awards", "initiatives", "pfa_register", "programme_tags", "programme_types",
        "reconciliation", "regions", "sources", "threesixtygiving_grants", "threesixtygiving_classifications",
    ]
    rows = {t.name: t.stats.get("rows", 0) for t in report.tasks}  # award_years is empty (a one-year round)
    assert rows["pfa_register"] == 43 and rows["awards"] == 2 and rows["threesixtygiving_classifications"] == 3


def test_validation_catches_a_broken_foreign_key(small_dir):
    path = small_dir / "awards.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("E23000039", "E23000099"), encoding="utf-8")
    report = frictionless.validate(small_dir / "datapackage.json")
    assert not report.valid
    assert ("awards", "foreign-key", 3) in {(e[0], e[1], e[3]) for e in _errors(report)}


def test_validation_catches_a_value_of_the_wrong_type(small_dir):
    path = small_dir / "awards.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",61125001,", ",611250.01p,"), encoding="utf-8")
    report = frictionless.validate(small_dir / "datapackage.json")
    assert ("awards", "type-error", "amount_pence", 2) in {e[:4] for e in _errors(report)}


def test_a_csv_without_a_schema_section_stops_the_build(small_dir):
    (small_dir / "mystery.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="mystery.csv has no section in funding/data/table_schemas.toml"):
        write_datapackage(small_dir)


def test_a_csv_whose_columns_differ_from_its_schema_stops_the_build(small_dir):
    path = small_dir / "reconciliation.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("status,basis", "status,reason"), encoding="utf-8")
    with pytest.raises(ValueError, match="differ from the documented"):
        datapackage_descriptor(small_dir)


def test_pence_fields_have_a_pounds_twin_with_units():
    for table in schemas():
        fields = field_descriptors(table)
        names = [f["name"] for f in fields]
        for i, f in enumerate(fields):
            if f["name"].endswith("_pence"):
                assert f["type"] == "integer" and "pence" in f["unit"], (table, f)
                twin = fields[i + 1]
                assert twin["name"] == f["name"][:-6] + "_pounds" and twin["type"] == "number"
                assert twin["unit"] == f["unit"].replace("pence", "pounds")
        assert len(names) == len(set(names)), table
    awards = {f["name"]: f for f in field_descriptors("awards")}
    assert awards["amount_pounds"]["unit"] == "pounds" and awards["amount_pence"]["unit"] == "pence"


def test_package_metadata_licence_sources_and_keys(small_dir):
    d = json.loads((small_dir / "datapackage.json").read_text(encoding="utf-8"))
    assert d["licenses"][0]["name"] == "OGL-UK-3.0"
    by_id = {s["source_id"]: s for s in d["sources"] if "source_id" in s}
    # the College of Policing's split, which a finding compares with: listed, and said to be second-hand
    [college] = [s for s in d["sources"] if "source_id" not in s]
    assert college["publisher"] == "College of Policing" and college["kind"] == "reference-split"
    assert "£2.7m stalking" in college["title"] and college["description"].startswith("Taken second-hand, not consulted live")
    assert "path" not in college and "published" not in college  # none recorded
    assert college["licence"] == "not recorded (figures quoted second-hand)"
    assert by_id[AWARD_LIST]["path"].startswith("https://www.gov.uk/") and by_id[AWARD_LIST]["licence"] == "Open Government Licence v3.0"
    assert "copyright" in by_id["newark-advertiser-2020-notts"]["licence"]
    res = {r["name"]: r for r in d["resources"]}
    assert res["awards"]["schema"]["primaryKey"] == ["round", "pfa_code"]
    assert {"fields": ["pfa_code"], "reference": {"resource": "pfa_register", "fields": ["pfa_code"]}} in res["awards"]["schema"]["foreignKeys"]
    assert res["programme_tags"]["schema"]["foreignKeys"][0]["reference"]["resource"] == "initiatives"
    assert res["pfa_register"]["schema"]["foreignKeys"] == [
        {"fields": ["region_code"], "reference": {"resource": "regions", "fields": ["region_code"]}}
    ]
    assert {"fields": ["source_id"], "reference": {"resource": "sources", "fields": ["source_id"]}} in res["awards"]["schema"]["foreignKeys"]
    assert {"fields": ["programme_type"], "reference": {"resource": "programme_types", "fields": ["programme_type"]}} in res[
        "programme_tags"
    ]["schema"]["foreignKeys"]
    assert all(r["description"] for r in d["resources"])
    assert d["version"] == "0.1.0" and d["created"] == "2026-12-01T00:00:00Z"
    assert [s["source_id"] for s in res["awards"]["sources"]] == [AWARD_LIST]


def test_register_csv_lists_the_43_areas_with_their_budget_holders(tmp_path):
    rows = list(csv.DictReader(write_register(tmp_path).open(encoding="utf-8", newline="")))
    assert len(rows) == 43 and list(rows[0]) == [c["name"] for c in schemas()["pfa_register"]["columns"]]
    holders = {r["pfa_code"]: r["budget_holder"] for r in rows}
    assert holders["E23000001"] == "Mayor's Office for Policing and Crime"
    assert holders["E23000005"] == "Mayor of Greater Manchester"
    assert holders["E23000010"] == "Mayor of West Yorkshire"


# --------------------------------------------------------------------------
# The real award list and every table of the suite
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def full_dir(tmp_path_factory, built_tables):
    out = tmp_path_factory.mktemp("processed")
    tables = {name: frame.copy() for name, frame in built_tables.items()}  # the session's build, copied
    write_tables(tables, out)
    export_360giving(out / "360giving", tables)
    write_datapackage(out)
    return out


@pytest.mark.integration
def test_full_package_is_valid_with_frictionless(full_dir):
    report = frictionless.validate(full_dir / "datapackage.json")
    assert report.valid, _errors(report)
    described = {t.name for t in report.tasks}
    assert {p.stem for p in full_dir.glob("*.csv")} <= described
    assert {"awards", "initiatives", "programme_tags", "reconciliation", "award_list_lines", "pfa_register"} <= described


@pytest.mark.integration
def test_real_grants_sum_exactly_to_the_award_list_total(full_dir):
    grants = load_grants(full_dir / "360giving" / "grants.json")["grants"]
    for g in grants:
        check_grant(g)
    assert len(grants) == 25 and len({g["id"] for g in grants}) == 25
    assert sum(g["amountAwarded"] for g in grants) == Decimal("11334384.69")
    by_area = {g["beneficiaryLocation"][0]["geoCode"]: g for g in grants}
    assert by_area["E23000001"]["recipientOrganization"][0]["name"] == "Mayor's Office for Policing and Crime"
    assert by_area["E23000001"]["amountAwarded"] == Decimal("1563547.00")
    # Greater Manchester's recipient is the combined authority, a registered local authority body
    assert by_area["E23000005"]["recipientOrganization"] == [
        {"id": "GB-LAE-GMCA", "name": "Greater Manchester Combined Authority", "department": "Mayor of Greater Manchester"}
    ]
    # titles as on the award date (2021-08-11): West Yorkshire's mayor from May 2021, Cumbria's PFCC only from 2024
    assert by_area["E23000010"]["recipientOrganization"][0]["name"] == "Mayor of West Yorkshire"
    assert by_area["E23000002"]["recipientOrganization"][0]["name"] == "Police and Crime Commissioner for Cumbria"
    assert "Police and Crime Commissioner for Cumbria (police force area: Cumbria)" in by_area["E23000002"]["description"]
    # strands, not bullets: Cumbria's second bullet only says more about its first
    assert "from 1 bid, for 1 strand of work" in by_area["E23000002"]["description"]
    assert sum(int(re.search(r"for (\d+) strands? of work", g["description"]).group(1)) for g in grants) == 46
    assert {g["plannedDates"][0]["startDate"] for g in grants} == {"2021-04-01"}
    assert {g["plannedDates"][0]["endDate"] for g in grants} == {"2022-03-31"}
    assert {g["plannedDates"][0]["duration"] for g in grants} == {12}
    # every district of the 25 funded areas, once, from the ONS lookup
    from funding.reference.geo import load_lad_lookup

    lookup = load_lad_lookup()
    funded = set(by_area)
    placed = [loc["geoCode"] for g in grants for loc in g["beneficiaryLocation"][2:]]
    assert sorted(placed) == sorted(lookup.loc[lookup["pfa_code"].isin(funded), "lad_code"])
    assert len(placed) == len(set(placed))
    wales = by_area["W15000001"]["beneficiaryLocation"]  # North Wales: Wales and unitary authorities
    assert wales[1] == {"name": "Wales", "countryCode": "GB", "geoCode": "W92000004", "geoCodeType": "CTRY"}
    assert {loc["geoCodeType"] for loc in wales[2:]} == {"UA"}
    assert {g["grantProgramme"][0]["title"] for g in grants} == {"Domestic Abuse Perpetrator Interventions Fund (Home Office), 2021-22"}
    with (full_dir / "360giving" / "grants.csv").open(encoding="utf-8", newline="") as fh:
        flat = sum(Decimal(r["Amount Awarded"]) for r in csv.DictReader(fh))
    assert flat == Decimal("11334384.69")


@pytest.mark.integration
def test_titles_and_descriptions_share_no_run_of_words_with_the_source():
    tables = build_award_tables()
    words = re.compile(r"[a-z0-9£%']+")
    n = 8
    source = set()
    for text in tables["initiatives"]["text"]:
        w = words.findall(text.lower())
        source |= {" ".join(w[i : i + n]) for i in range(len(w) - n + 1)}
    for g in grants_360(tables["awards"], tables["initiatives"]):
        w = words.findall((g["title"] + " " + g["description"]).lower())
        shared = {" ".join(w[i : i + n]) for i in range(len(w) - n + 1)} & source
        assert not shared, (g["id"], shared)


@pytest.mark.integration
def test_committed_open_data_equals_what_the_code_builds(full_dir):
    stale = []
    for rel in (
        "datapackage.json", "pfa_register.csv", "sources.csv", "regions.csv", "programme_types.csv",
        "360giving/grants.json", "360giving/grants.csv", "360giving/classifications.csv", "360giving/grants.xlsx",
    ):
        committed = PROCESSED / rel
        if not committed.is_file() or committed.read_bytes() != (full_dir / rel).read_bytes():
            stale.append(rel)
    assert not stale, f"data/processed is out of date for {stale}: run `funding tables`, `funding export-360giving` and `funding datapackage`"


@pytest.mark.integration
def test_local_release_tables_are_documented_and_valid(tmp_path):
    """The local-release tables validate in the package."""
    from funding.tables import releases as local

    tables = build_award_tables()
    from funding.pipeline import read_local_releases

    tables.update(local.build_local_tables(tables["awards"], read_local_releases()))
    write_tables(tables, tmp_path)
    write_datapackage(tmp_path)
    report = frictionless.validate(tmp_path / "datapackage.json")
    assert report.valid, _errors(report)
    names = {t.name for t in report.tasks}
    assert {"local_awards", "programme_components", "outcomes", "organisations", "source_conflicts", "funding_timeline"} <= names
    d = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    timeline = next(r for r in d["resources"] if r["name"] == "funding_timeline")
    assert [f["name"] for f in timeline["schema"]["fields"]][4:8] == ["amount_pence", "amount_pounds", "amount_precision_pence", "amount_precision_pounds"]
    assert {"ho-2021-08-11-awards", "coalville-nub-2020-leics"} <= {s["source_id"] for s in timeline["sources"]}
