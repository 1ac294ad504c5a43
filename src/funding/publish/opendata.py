"""Open data outputs: a Frictionless data package and a 360Giving export.

:func:`write_datapackage` writes ``datapackage.json`` beside the CSVs in
``data/processed``.  It is built from ``data/table_schemas.toml`` (through
:func:`funding.reference.schemas.schemas`) and the CSV files actually present, so a new
table is described as soon as it is written, and a CSV without a documented
schema stops the build.  The register of the 43 police force areas is written
beside them as ``pfa_register.csv``, the target of every ``pfa_code`` foreign key.

:func:`export_360giving` writes the award list in the 360Giving Data Standard:
one JSON package (``{"grants": [...]}``) and its flat CSV form (one sheet of
grants, one of classifications, joined on ``Identifier``).  Titles and
descriptions are written by this project from the programme-type tags; no
sentence of a source is copied.  Amounts are pounds made exactly from integer
pence (:class:`decimal.Decimal`), never through ``float``.

Both outputs are deterministic: the same tables give the same bytes.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pandas as pd

from funding.analysis import strands_per_award
from funding.core.money import pence_to_pounds_str
from funding.core.packagedata import data_csv, data_toml
from funding.errors import SourceError
from funding.parse.programme_types import PROGRAMME_TYPES, short_type_labels, type_labels
from funding.reference.register import register
from funding.reference.rounds import fund_config, round_config
from funding.reference.schemas import schemas, typed_frame
from funding.sources import ManifestEntry, manifest
from funding.core.fileio import write_file, write_files
from funding.tables.writing import csv_text, spreadsheet_safe

__all__ = [
    "reference_split_sources",
    "PACKAGE_NAME",
    "GRANT_PREFIX",
    "HOME_OFFICE",
    "CLASSIFICATION_VOCABULARY",
    "GRANT_COLUMNS",
    "CLASSIFICATION_COLUMNS",
    "register_frame",
    "write_register",
    "REFERENCE_TABLES",
    "reference_frames",
    "write_reference_tables",
    "package_metadata",
    "field_constraints",
    "BudgetHolder",
    "budget_holder_on",
    "beneficiary_locations",
    "planned_dates",
    "field_descriptors",
    "table_schema",
    "datapackage_descriptor",
    "write_datapackage",
    "grants_360",
    "grants_package",
    "flat_grants",
    "grant_id",
    "recipient_id",
    "pounds",
    "export_360giving",
    "write_360giving_workbook",
    "json_text",
]

def package_metadata() -> dict:
    """The package's name, version, release date, publisher and licence (``open_data.toml``)."""
    return data_toml("open_data.toml")["package"]


PACKAGE_NAME = package_metadata()["name"]
REGISTER_TABLE = "pfa_register"

#: The reference tables written beside the tidy tables (documented in
#: table_schemas.toml); every code column points to one of them.
REFERENCE_TABLES = ("pfa_register", "sources", "regions", "programme_types")

OGL_V3 = {
    "name": package_metadata()["licence_name"],
    "title": package_metadata()["licence_title"],
    "path": package_metadata()["licence_url"],
}

#: The prefix of every identifier this project mints.  "360G-" marks an
#: identifier made by a publisher rather than taken from a register; this
#: project has not been issued a prefix by 360Giving (see docs/open-data.md).
GRANT_PREFIX = "360G-dapfunding"

#: The funder.  GB-GOR is the org-id.guide list for the UK government
#: organisation register, keyed by GOV.UK's organisation code; the Home Office
#: is D16 there (see docs/open-data.md for how this was checked).
HOME_OFFICE = {"id": "GB-GOR-D16", "name": "Home Office"}

#: The classification vocabulary: this project's programme types
#: (funding/data/programme_types.toml), code = the type's key, title = its label.
CLASSIFICATION_VOCABULARY = f"{GRANT_PREFIX}-programme-type"

#: Units of generated columns.
_POUNDS_UNIT = "pounds"
_PENCE_UNIT = "pence"


# --------------------------------------------------------------------------
# The register, as a table
# --------------------------------------------------------------------------


def register_frame() -> pd.DataFrame:
    """The 43 police force areas as a typed table (documented in ``[pfa_register]``)."""
    return typed_frame(REGISTER_TABLE, register().to_frame().to_dict("records"))


def write_register(out_dir: Path | str) -> Path:
    """Write ``pfa_register.csv`` in ``out_dir``."""
    return write_file(Path(out_dir) / f"{REGISTER_TABLE}.csv", csv_text(REGISTER_TABLE, register_frame()).encode("utf-8"))


def _sources_frame() -> pd.DataFrame:
    rows = []
    for e in manifest().values():
        d = _source_descriptor(e)
        rows.append(
            {
                "source_id": e.source_id, "kind": e.kind, "title": d["title"], "publisher": e.publisher,
                "published": e.published, "url": d.get("path", ""), "licence": e.licence, "round": e.round,
                "sha256": e.sha256,
            }
        )
    return typed_frame("sources", rows)


def _regions_frame() -> pd.DataFrame:
    rows: dict[str, dict] = {}
    for a in register().areas:
        r = rows.setdefault(a.region_code, {"region_code": a.region_code, "region_name": a.region_name, "country": a.country, "areas": 0})
        if (r["region_name"], r["country"]) != (a.region_name, a.country):
            raise ValueError(f"pfa_register.csv: region {a.region_code} has two names or countries")
        r["areas"] += 1
    return typed_frame("regions", list(rows.values()))


def _programme_types_frame() -> pd.DataFrame:
    labels, short = type_labels(), short_type_labels()
    split = fund_config()["rounds"].get(fund_config()["featured_round"], {}).get("reference_split", {})
    category = {t: c for c, types in split.get("categories", {}).items() for t in types}
    rows = [
        {"programme_type": t, "label": labels[t], "short_label": short[labels[t]], "reference_category": category.get(t, "")}
        for t in PROGRAMME_TYPES
    ]
    return typed_frame("programme_types", rows)


def reference_frames() -> dict[str, pd.DataFrame]:
    """The reference tables by name: the register, the sources, the regions and the programme-type codebook."""
    return {
        "pfa_register": register_frame(),
        "sources": _sources_frame(),
        "regions": _regions_frame(),
        "programme_types": _programme_types_frame(),
    }


def write_reference_tables(out_dir: Path | str) -> list[Path]:
    """Write the reference tables (:data:`REFERENCE_TABLES`) as CSV in ``out_dir``."""
    return write_files(out_dir, {f"{name}.csv": csv_text(name, frame).encode("utf-8") for name, frame in reference_frames().items()})


# --------------------------------------------------------------------------
# Table Schemas
# --------------------------------------------------------------------------


def field_descriptors(table: str) -> list[dict]:
    """Table Schema fields of one table, in CSV column order.

    Every ``_pence`` column is followed by its ``_pounds`` twin (type number,
    unit pounds), as :func:`funding.tables.writing.to_csv_frame` writes it.  ``unit`` is
    a custom field property (Table Schema allows them; frictionless accepts it).
    """
    spec = _spec(table)
    constraints = field_constraints(table)
    fields: list[dict] = []
    for column in spec["columns"]:
        name = column["name"]
        field = {"name": name, "type": column["type"], "description": column.get("description", "")}
        unit = column.get("unit") or (_PENCE_UNIT if name.endswith("_pence") else "")
        if unit:
            field["unit"] = unit
        if constraints.get(name):
            field["constraints"] = constraints[name]
        fields.append(field)
        if name.endswith("_pence"):
            if column["type"] != "integer":
                raise ValueError(f"table_schemas.toml [{table}]: {name} ends in _pence but is typed {column['type']!r}, not integer")
            twin = {
                "name": name[: -len("_pence")] + "_pounds",
                "type": "number",
                "description": f"{field['description']}; in pounds with two decimals (exactly {name} / 100)",
                "unit": re.sub(r"\bpence\b", _POUNDS_UNIT, unit),
            }
            if "minimum" in constraints.get(name, {}):
                twin["constraints"] = {"minimum": constraints[name]["minimum"]}
            fields.append(twin)
    return fields


def _open_data() -> dict:
    return data_toml("open_data.toml")


def _codes(rule: dict, table: str, column: str) -> list[str]:
    """The codes a constraint rule names: a reference table's keys, or a vocabulary file's values."""
    if "codebook" in rule:
        if rule["codebook"] == "programme_types":
            return list(PROGRAMME_TYPES)
        if rule["codebook"] == "programme_type_rules":  # the rule ids, what they imply, and the two marks of a hand override
            config = data_toml("programme_types.toml")
            ids = []
            for r in config["rules"]:
                ids.append(r["id"])
                ids += [f"{r['id']} (implies {t})" for t in config["types"][r["type"]].get("implies", [])]
            return ids + ["override", "override-remove"]
        raise ValueError(f"table_schemas.toml [{table}.package.constraints] {column}: unknown codebook {rule['codebook']!r}")
    rows = data_csv(rule["enum_file"], ("field", "value"))
    codes = sorted({r["value"] for r in rows if r["field"] == rule["enum_field"]})
    if not codes:
        raise ValueError(f"{rule['enum_file']}: no rows of field {rule['enum_field']!r} for {table}.{column}")
    return codes


def _group(pattern: str) -> str:
    """A pattern whose alternatives stay inside the anchors that validators add
    (frictionless matches ``^pattern$``): one with a top-level ``|`` is bracketed."""
    depth, escaped = 0, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            return f"({pattern})"
    return pattern


def field_constraints(table: str) -> dict[str, dict]:
    """Table Schema ``constraints`` of each column of ``table`` that has any.

    From, in order (later wins): minimum 0 for amounts (``_pence``) and for
    integer counts (an integer column with a unit); the column-name defaults of
    ``open_data.toml``; the table's ``[<table>.package.constraints]`` in
    table_schemas.toml, where ``codebook``/``enum_file`` rules become an
    ``enum`` (or, with ``list = true``, a pattern of ';'-separated codes).
    """
    spec = _spec(table)
    defaults = _open_data()["column_constraints"]
    own = spec.get("package", {}).get("constraints", {})
    unknown = sorted(set(own) - {c["name"] for c in spec["columns"]})
    if unknown:
        raise ValueError(f"table_schemas.toml [{table}.package.constraints]: {unknown} are not columns of {table}")
    out: dict[str, dict] = {}
    for column in spec["columns"]:
        name = column["name"]
        c: dict = {}
        if column["type"] in ("integer", "number") and (name.endswith("_pence") or (column["type"] == "integer" and column.get("unit"))):
            c["minimum"] = 0
        c.update(defaults.get(name, {}))
        rule = dict(own.get(name, {}))
        if rule:
            c = {k: v for k, v in c.items() if k not in ("enum", "pattern")} if {"enum", "pattern", "codebook", "enum_file"} & set(rule) else c
            listed = rule.pop("list", False)
            if "codebook" in rule or "enum_file" in rule:
                codes = _codes(rule, table, name)
                rule = {k: v for k, v in rule.items() if k not in ("codebook", "enum_file", "enum_field")}
                if listed:
                    one = "(" + "|".join(re.escape(x) for x in codes) + ")"
                    rule["pattern"] = f"{one}(;{one})*"
                else:
                    rule["enum"] = codes
            c.update(rule)
        if "pattern" in c:
            c["pattern"] = _group(c["pattern"])
        if c:
            out[name] = c
    return out


def _spec(table: str) -> dict:
    try:
        return schemas()[table]
    except KeyError:
        raise KeyError(f"table {table!r} has no section in table_schemas.toml") from None


def table_schema(table: str, tables_present: set[str] | frozenset[str] = frozenset()) -> dict:
    """The Table Schema of one table: fields, primary key and foreign keys.

    A ``pfa_code`` column refers to the register (unless the section sets
    ``pfa_code_is_foreign_key = false``); foreign keys listed in the TOML
    section refer to other tables, which must be in ``tables_present``.
    """
    spec = _spec(table)
    fields = field_descriptors(table)
    names = [f["name"] for f in fields]
    schema: dict = {"fields": fields, "missingValues": [""]}
    key = spec.get("primary_key", [])
    if key:
        schema["primaryKey"] = list(key)
    foreign = []
    for fk in spec.get("foreign_keys", []):
        if fk["resource"] not in tables_present:
            raise ValueError(f"table {table}: foreign key to {fk['resource']!r}, which is not in the package")
        foreign.append({"fields": list(fk["fields"]), "reference": {"resource": fk["resource"], "fields": list(fk["reference"])}})
    if "pfa_code" in names and table != REGISTER_TABLE and spec.get("pfa_code_is_foreign_key", True):
        foreign.append({"fields": ["pfa_code"], "reference": {"resource": REGISTER_TABLE, "fields": ["pfa_code"]}})
    several = set(spec.get("package", {}).get("not_foreign_keys", []))
    for column, ref in _open_data()["column_foreign_keys"].items():
        if column in names and column not in several and ref["resource"] != table and ref["resource"] in tables_present:
            foreign.append({"fields": [column], "reference": {"resource": ref["resource"], "fields": [ref["field"]]}})
    if foreign:
        schema["foreignKeys"] = foreign
    return schema


# --------------------------------------------------------------------------
# The data package
# --------------------------------------------------------------------------


def _is_open(e: ManifestEntry) -> bool:
    return "Open Government Licence" in e.licence


def reference_split_sources() -> list[dict]:
    """The published splits of a round by programme type (fund.toml's ``reference_split``) as
    sources: figures the findings compare with, taken second-hand (from the project's brief, as
    its ``citation`` says), not files in the manifest, so with no address, date or hash, and
    their licence not recorded.
    One per round that has a split, in round order."""
    config = fund_config()
    out = []
    for round_name in sorted(config.get("rounds", {})):
        split = config["rounds"][round_name].get("reference_split")
        if not split:
            continue
        out.append({
            "title": f"Split of the {round_name} fund by programme type ({split['note']}), compared in notebook 03",
            "source_id": "",
            "kind": "reference-split",
            "publisher": split["publisher"],
            "published": "",
            "licence": "not recorded (figures quoted second-hand)",
            "description": f"Taken second-hand, not consulted live: {split['citation']}.",
        })
    return out


def _source_descriptor(e: ManifestEntry) -> dict:
    """A source as the package lists it.

    Openly licensed sources keep the manifest's title and URL.  For the others
    (news articles, press releases under the publisher's copyright) the title
    is a description of our own and the URL is left to the manifest
    (funding/data/sources.csv): headlines, and URL slugs made from them, are
    the publisher's prose.
    """
    if _is_open(e):
        d = {"title": e.title}
        if e.url:
            d["path"] = e.url
    else:
        d = {"title": f"{e.publisher}, {e.published}: {e.kind.replace('-', ' ')} (headline and address in the project's source manifest)"}
    d.update(
        {
            "source_id": e.source_id,
            "kind": e.kind,
            "publisher": e.publisher,
            "published": e.published,
            "licence": e.licence,
            "sha256": e.sha256,
        }
    )
    return d


#: Columns that name sources of the manifest (several, ';'-separated, in some rows).
_SOURCE_COLUMNS = ("source_id", "source_ids", "source_a", "source_b")


def _csv_header_and_source_ids(path: Path) -> tuple[list[str], list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, [])
        cols = [header.index(c) for c in _SOURCE_COLUMNS if c in header]
        ids = {s for row in reader for i in cols if len(row) > i for s in row[i].split(";") if s}
    return header, sorted(ids)


def _resource(name: str, path: Path, rel: str, title: str, schema: dict, description: str = "") -> dict:
    header, source_ids = _csv_header_and_source_ids(path)
    documented = [f["name"] for f in schema["fields"]]
    if header != documented:
        raise ValueError(
            f"{path}: columns {header} differ from the documented {documented}; "
            "rebuild the tables (`funding tables`) or correct table_schemas.toml"
        )
    resource = {
        "name": name,
        "path": rel,
        "title": title,
        "description": description,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        # The CSV's sha256: a clone without the sources builds from these files, checked (funding.pipeline).
        "hash": "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest(),
        "schema": schema,
    }
    if source_ids:
        known = manifest()
        unknown = [s for s in source_ids if s not in known]
        if unknown:
            raise ValueError(f"{path}: source ids {unknown} are not in the source manifest")
        resource["sources"] = [_source_descriptor(known[s]) for s in source_ids]
    return resource


def datapackage_descriptor(out_dir: Path | str) -> dict:
    """The data package descriptor for the CSVs in ``out_dir`` (and its ``360giving/``).

    Raises :class:`ValueError` when a CSV has no section in table_schemas.toml,
    or its header differs from the documented columns.
    """
    out = Path(out_dir)
    tables = sorted(p.stem for p in out.glob("*.csv"))
    undocumented = [t for t in tables if t not in schemas()]
    if undocumented:
        raise ValueError(
            f"{out}: {', '.join(t + '.csv' for t in undocumented)} has no section in "
            "funding/data/table_schemas.toml; document its columns before it is published"
        )
    missing = [t for t in REFERENCE_TABLES if t not in tables]
    if missing:
        raise ValueError(f"{out}: {', '.join(t + '.csv' for t in missing)} missing (write_datapackage writes them)")
    present = set(tables)
    undescribed = [t for t in tables if not schemas()[t].get("package", {}).get("description")]
    if undescribed:
        raise ValueError(f"table_schemas.toml: {undescribed} have no [<table>.package] description")
    resources = [
        _resource(
            t, out / f"{t}.csv", f"{t}.csv", schemas()[t].get("title", t), table_schema(t, present),
            schemas()[t]["package"]["description"],
        )
        for t in tables
    ]
    giving = out / "360giving"
    for sheet, columns, title, description in (
        (
            "grants", GRANT_COLUMNS, "The award list in the 360Giving Data Standard, flat form: one row per grant",
            "The grants of 360giving/grants.json, one row each, with the first beneficiary location (the police force "
            "area); the regions and districts are in grants.json and grants.xlsx.",
        ),
        (
            "classifications", CLASSIFICATION_COLUMNS, "360Giving flat form: the programme-type classifications of each grant",
            "One row per programme type tagged on a grant, joined to it on Identifier; codes from the programme_types codebook.",
        ),
    ):
        path = giving / f"{sheet}.csv"
        if path.is_file():
            resources.append(
                _resource(f"threesixtygiving_{sheet}", path, f"360giving/{sheet}.csv", title, _schema_360(sheet, columns), description)
            )
    meta = package_metadata()
    return {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "version": meta["version"],
        "created": f"{meta['issued']}T00:00:00Z",
        "contributors": [{"title": meta["publisher"], "role": "publisher"}],
        "title": "UK domestic abuse perpetrator funding: Home Office awards to police and crime commissioners, and local programme releases",
        "description": (
            "Tidy tables built by the `funding` package from the Home Office's published list of awards "
            "and from local releases about the programmes funded. Money is integer pence, with an exact "
            "pounds column beside it. Every row carries the id of its source in the manifest (`sources`) and "
            "the line it was read from. No sentence of a source is republished: tables carry facts, tags and "
            "short matched phrases. See docs/open-data.md."
        ),
        "keywords": ["domestic abuse", "perpetrator programmes", "police and crime commissioners", "grants", "Home Office", "360Giving"],
        "licenses": [OGL_V3],
        "sources": [_source_descriptor(e) for e in manifest().values()]
        + [{k: v for k, v in r.items() if v} for r in reference_split_sources()],
        "resources": resources,
    }


def write_datapackage(out_dir: Path | str) -> Path:
    """Write the reference tables (``pfa_register.csv``, ``sources.csv``, ``regions.csv``,
    ``programme_types.csv``) and ``datapackage.json`` in ``out_dir``; returns the descriptor's path."""
    out = Path(out_dir)
    write_reference_tables(out)
    text = json.dumps(datapackage_descriptor(out), indent=2, ensure_ascii=False) + "\n"
    return write_file(out / "datapackage.json", text.encode("utf-8"))


# --------------------------------------------------------------------------
# 360Giving
# --------------------------------------------------------------------------

#: The flat (one row per grant) columns, with the 360Giving titles and the
#: JSON path each comes from.
GRANT_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("Identifier", "id", "string"),
    ("Title", "title", "string"),
    ("Description", "description", "string"),
    ("Currency", "currency", "string"),
    ("Amount Awarded", "amountAwarded", "number"),
    ("Award Date", "awardDate", "date"),
    ("Planned Dates:Start Date", "plannedDates/0/startDate", "date"),
    ("Planned Dates:End Date", "plannedDates/0/endDate", "date"),
    ("Recipient Org:Identifier", "recipientOrganization/0/id", "string"),
    ("Recipient Org:Name", "recipientOrganization/0/name", "string"),
    ("Recipient Org:Department", "recipientOrganization/0/department", "string"),
    ("Beneficiary Location:Name", "beneficiaryLocation/0/name", "string"),
    ("Beneficiary Location:Country Code", "beneficiaryLocation/0/countryCode", "string"),
    ("Beneficiary Location:Geographic Code", "beneficiaryLocation/0/geoCode", "string"),
    ("Beneficiary Location:Geographic Code Type", "beneficiaryLocation/0/geoCodeType", "string"),
    ("Funding Org:Identifier", "fundingOrganization/0/id", "string"),
    ("Funding Org:Name", "fundingOrganization/0/name", "string"),
    ("Grant Programme:Code", "grantProgramme/0/code", "string"),
    ("Grant Programme:Title", "grantProgramme/0/title", "string"),
    ("Data Source", "dataSource", "string"),
)

#: The classifications sheet: one row per classification, joined on Identifier.
CLASSIFICATION_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("Identifier", "id", "string"),
    ("Classifications:Vocabulary", "vocabulary", "string"),
    ("Classifications:Code", "code", "string"),
    ("Classifications:Title", "title", "string"),
)

_360_DESCRIPTIONS = {
    "Identifier": "Grant identifier: 360G-dapfunding-<round>-<pfa_code>",
    "Amount Awarded": "Amount awarded, pounds (exact: the award list's pence / 100)",
    "Award Date": "Publication date of the award list (the decision date is not published)",
    "Recipient Org:Identifier": "The recipient's registered org-id where one is known (GB-LAE-GMCA), else one minted by this project for the policing body of the area",
    "Recipient Org:Name": "The recipient as titled on the award date (budget_holders.csv)",
    "Planned Dates:Start Date": "Start of the round's funding period (fund.toml); empty where the round states none",
    "Planned Dates:End Date": "End of the round's funding period (fund.toml); empty where the round states none",
    "Beneficiary Location:Geographic Code": "ONS police force area code",
    "Classifications:Code": "Programme type (funding/data/programme_types.toml)",
}


_360_CONSTRAINTS = {
    "Identifier": {"pattern": f"{GRANT_PREFIX}-[0-9]{{4}}-[0-9]{{2}}-(E23|W15)[0-9]{{6}}"},
    "Currency": {"enum": ["GBP"]},
    "Amount Awarded": {"minimum": 0},
    "Beneficiary Location:Country Code": {"enum": ["GB"]},
    "Beneficiary Location:Geographic Code": {"pattern": "(E23|W15)[0-9]{6}"},
    "Beneficiary Location:Geographic Code Type": {"enum": ["PFA"]},
    "Funding Org:Identifier": {"enum": [HOME_OFFICE["id"]]},
}


def _schema_360(sheet: str, columns) -> dict:
    fields = []
    for title, _path, ftype in columns:
        field = {"name": title, "type": ftype, "description": _360_DESCRIPTIONS.get(title, f"360Giving field {title}")}
        if title == "Amount Awarded":
            field["unit"] = _POUNDS_UNIT
        if title in _360_CONSTRAINTS:
            field["constraints"] = _360_CONSTRAINTS[title]
        if sheet == "classifications" and title == "Classifications:Vocabulary":
            field["constraints"] = {"enum": [CLASSIFICATION_VOCABULARY]}
        fields.append(field)
    schema: dict = {"fields": fields, "missingValues": [""]}
    if sheet == "grants":
        schema["primaryKey"] = ["Identifier"]
        schema["foreignKeys"] = [
            {"fields": ["Beneficiary Location:Geographic Code"], "reference": {"resource": REGISTER_TABLE, "fields": ["pfa_code"]}}
        ]
    else:
        schema["primaryKey"] = ["Identifier", "Classifications:Code"]
        schema["foreignKeys"] = [
            {"fields": ["Identifier"], "reference": {"resource": "threesixtygiving_grants", "fields": ["Identifier"]}},
            {"fields": ["Classifications:Code"], "reference": {"resource": "programme_types", "fields": ["programme_type"]}},
        ]
    return schema


@dataclass(frozen=True)
class BudgetHolder:
    """The body that held an area's policing budget on a date, as a 360Giving recipient."""

    pfa_code: str
    budget_holder_type: str
    title: str  # its title on that date
    org_id: str  # its registered org-id, or one minted by this project
    org_name: str  # the registered body's name ("" where it is the title itself)


def budget_holder_on(pfa_code: str, on_date: str) -> BudgetHolder:
    """The recipient of an area's grant on ``on_date`` (YYYY-MM-DD).

    ``budget_holders.csv`` lists the areas whose budget holder changed title,
    or has a registered identifier, with the date each row is valid from; the
    other areas' holder is the register's.  A date before an area's first row
    is refused rather than guessed.
    """
    every = data_csv("budget_holders.csv", ("pfa_code", "valid_from", "budget_holder_type", "budget_holder"))
    for line, r in enumerate(every, start=2):
        if not _ISO_DATE.match(r["valid_from"]):
            raise SourceError("budget_holders.csv", line, r["valid_from"], "valid_from as YYYY-MM-DD")
    rows = [r for r in every if r["pfa_code"] == pfa_code]
    area = register().by_code(pfa_code)
    if not rows:
        if not area.budget_holder:
            raise ValueError(f"{pfa_code} ({area.pfa_name}) has no budget holder in the register to receive a grant")
        return BudgetHolder(pfa_code, area.budget_holder_type, area.budget_holder, recipient_id(pfa_code), "")
    valid = sorted((r for r in rows if r["valid_from"] <= on_date), key=lambda r: r["valid_from"])
    if not valid:
        first = min(r["valid_from"] for r in rows)
        raise ValueError(f"budget_holders.csv: {pfa_code} has no row valid on {on_date} (the first is from {first})")
    r = valid[-1]
    return BudgetHolder(pfa_code, r["budget_holder_type"], r["budget_holder"], r.get("org_id") or recipient_id(pfa_code), r.get("org_name", ""))


def _geo_code_type(code: str) -> str:
    types = _open_data()["threesixtygiving"]["geo_code_types"]
    try:
        return types[code[:3]]
    except KeyError:
        raise ValueError(f"no geoCodeType for the ONS code {code} (open_data.toml [threesixtygiving.geo_code_types])") from None


def beneficiary_locations(pfa_code: str, lad_lookup: pd.DataFrame) -> list[dict]:
    """The grant's beneficiary locations: the police force area, its English
    region (or Wales), and the local authority districts of the area from the
    ONS lookup, in that order (districts by code)."""
    area = register().by_code(pfa_code)
    districts = lad_lookup[lad_lookup["pfa_code"] == pfa_code].drop_duplicates("lad_code").sort_values("lad_code")
    if districts.empty:
        raise ValueError(f"the district lookup has no district in {pfa_code} ({area.pfa_name})")
    places = [(area.pfa_name, pfa_code), (area.region_name, area.region_code)]
    places += [(str(n), str(c)) for n, c in zip(districts["lad_name"], districts["lad_code"])]
    return [{"name": n, "countryCode": "GB", "geoCode": c, "geoCodeType": _geo_code_type(c)} for n, c in places]


def planned_dates(round_name: str) -> list[dict]:
    """The round's funding period as 360Giving ``plannedDates``, or [] where fund.toml states none."""
    cfg = round_config(round_name)
    start, end = cfg.get("planned_start_date", ""), cfg.get("planned_end_date", "")
    if not (start and end):
        return []
    for d in (start, end):
        if not _ISO_DATE.match(d):
            raise ValueError(f"fund.toml [rounds.{round_name!r}]: planned date {d!r} is not YYYY-MM-DD")
    if end < start:
        raise ValueError(f"fund.toml [rounds.{round_name!r}]: planned end {end} is before the start {start}")
    event: dict = {"startDate": start, "endDate": end}
    first, after = date.fromisoformat(start), date.fromisoformat(end) + timedelta(days=1)
    if after.day == first.day:  # whole months only
        event["duration"] = (after.year - first.year) * 12 + after.month - first.month
    if cfg.get("planned_dates_basis"):
        event["description"] = f"Planned dates: {cfg['planned_dates_basis']}"
    return [event]


def grant_id(round_name: str, pfa_code: str) -> str:
    return f"{GRANT_PREFIX}-{round_name}-{pfa_code}"


def recipient_id(pfa_code: str) -> str:
    return f"{GRANT_PREFIX}-policing-body-{pfa_code}"


def pounds(pence: int) -> Decimal:
    """Exact pounds from integer pence: ``20033333`` → ``Decimal('200333.33')``."""
    return Decimal(pence_to_pounds_str(int(pence)))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


_ISO_DATE = re.compile(r"^\d{4}-(0[1-9]|1[012])-(0[1-9]|[12]\d|3[01])$")


def _award_types(initiatives: pd.DataFrame) -> dict[tuple[str, str], list[str]]:
    """(round, pfa_code) → the programme types tagged on any of its strands, in rule-file order."""
    order = {t: i for i, t in enumerate(PROGRAMME_TYPES)}
    found: dict[tuple[str, str], set[str]] = {}
    for row in initiatives.itertuples(index=False):
        types = found.setdefault((row.round, row.pfa_code), set())
        text = "" if pd.isna(row.programme_types) else str(row.programme_types)
        types.update(t for t in text.split(";") if t)
    unknown = sorted({t for ts in found.values() for t in ts} - set(order))
    if unknown:
        raise ValueError(f"programme types {unknown} are not in programme_types.toml")
    return {k: sorted(v, key=order.__getitem__) for k, v in found.items()}


def grants_360(awards: pd.DataFrame, initiatives: pd.DataFrame, lad_lookup: pd.DataFrame | None = None) -> list[dict]:
    """The awards as 360Giving grant records, sorted by id.

    ``amountAwarded`` is a :class:`~decimal.Decimal`; use :func:`json_text`
    to write it without passing through ``float``.  ``lad_lookup`` is the ONS
    district → police force area lookup
    (:func:`funding.reference.geo.load_lad_lookup`, read when not given).
    """
    if lad_lookup is None:
        from funding.reference.geo import load_lad_lookup

        lad_lookup = load_lad_lookup()
    reg = register()
    labels = type_labels()
    types = _award_types(initiatives)
    strands = strands_per_award(initiatives)
    grants = []
    for a in awards.itertuples(index=False):
        src = manifest()[a.source_id]
        if not _ISO_DATE.match(src.published):
            raise ValueError(f"source {a.source_id}: published date {src.published!r} is not YYYY-MM-DD, so it cannot be an award date")
        area = reg.by_code(a.pfa_code)
        holder = budget_holder_on(a.pfa_code, src.published)
        fund = round_config(a.round).get("fund", "Home Office domestic abuse perpetrator funding")
        tagged = types.get((a.round, a.pfa_code), [])
        type_text = "; ".join(labels[t].lower() if i else labels[t] for i, t in enumerate(tagged)) if tagged else "none tagged"
        description = (
            f"Home Office funding for the {holder.title} (police force area: {area.pfa_name}), "
            f"{a.round} round, from {_plural(int(a.bids), 'bid')}, for {_plural(strands[(a.round, a.pfa_code)], 'strand')} of work "
            f"with people who cause domestic abuse. Programme types, as tagged by this project from the published "
            f"award list: {type_text}. The tags are the project's own reading, not the funder's classification."
        )
        grant = {
            "id": grant_id(a.round, a.pfa_code),
            "title": f"Domestic abuse perpetrator interventions in the {area.pfa_name} area, {a.round}",
            "description": description,
            "currency": "GBP",
            "amountAwarded": pounds(a.amount_pence),
            "awardDate": src.published,
            "plannedDates": planned_dates(a.round),
            "recipientOrganization": [
                {"id": holder.org_id, "name": holder.org_name, "department": holder.title}
                if holder.org_name
                else {"id": holder.org_id, "name": holder.title}
            ],
            "fundingOrganization": [dict(HOME_OFFICE)],
            "beneficiaryLocation": beneficiary_locations(a.pfa_code, lad_lookup),
            "grantProgramme": [{"code": f"{GRANT_PREFIX}-{a.round}", "title": f"{fund}, {a.round}"}],
            "classifications": [{"vocabulary": CLASSIFICATION_VOCABULARY, "code": t, "title": labels[t]} for t in tagged],
            "dataSource": src.url,
        }
        for key in ("classifications", "plannedDates"):
            if not grant[key]:
                del grant[key]
        if not src.url:
            del grant["dataSource"]
        grants.append(grant)
    ids = [g["id"] for g in grants]
    if len(set(ids)) != len(ids):
        raise ValueError("two awards would get the same 360Giving id")
    return sorted(grants, key=lambda g: g["id"])


def grants_package(grants: list[dict]) -> dict:
    """A 360Giving data package: the grants and what they are."""
    meta = package_metadata()
    return {
        "version": _open_data()["threesixtygiving"]["standard_version"],
        "issued": meta["issued"],
        "publisher": {"name": meta["publisher"]},
        "identifier": f"{GRANT_PREFIX}-{meta['version']}",
        "title": "Home Office domestic abuse perpetrator funding awards, in the 360Giving Data Standard",
        "description": (
            "Built by the `funding` project from the Home Office's published award list. Not published by the "
            "Home Office or registered with 360Giving. Titles, descriptions and classifications are the project's own."
        ),
        "license": OGL_V3["path"],
        "grants": grants,
    }


def json_text(obj) -> str:
    """JSON with sorted keys, two-space indent, LF and a final newline; Decimals written exactly.

    The layout is that of ``json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False)``.
    """

    def write(o, depth: int) -> str:
        pad, inner = "  " * depth, "  " * (depth + 1)
        if isinstance(o, dict):
            if not o:
                return "{}"
            items = [f"{inner}{json.dumps(str(k), ensure_ascii=False)}: {write(o[k], depth + 1)}" for k in sorted(o)]
            return "{\n" + ",\n".join(items) + "\n" + pad + "}"
        if isinstance(o, (list, tuple)):
            if not o:
                return "[]"
            return "[\n" + ",\n".join(inner + write(v, depth + 1) for v in o) + "\n" + pad + "]"
        if isinstance(o, Decimal):
            if not o.is_finite():
                raise ValueError(f"not a finite amount: {o}")
            return format(o, "f")
        if isinstance(o, float):
            raise TypeError("floats are not written: pass money as Decimal")
        return json.dumps(o, ensure_ascii=False)

    return write(obj, 0) + "\n"


def _get(record: dict, path: str):
    value = record
    for part in path.split("/"):
        value = value[int(part)] if part.isdigit() else value.get(part, "")
        if value == "":
            return ""
    return value


def _csv(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows([[spreadsheet_safe(cell) for cell in row] for row in rows])
    return buf.getvalue()


def flat_grants(grants: list[dict]) -> tuple[str, str]:
    """The flat CSV texts: (grants sheet, classifications sheet)."""
    rows = [[title for title, _, _ in GRANT_COLUMNS]]
    for g in grants:
        rows.append([format(v, "f") if isinstance(v, Decimal) else str(v) for v in (_get(g, p) for _, p, _ in GRANT_COLUMNS)])
    classes = [[title for title, _, _ in CLASSIFICATION_COLUMNS]]
    for g in grants:
        for c in g.get("classifications", []):
            classes.append([g["id"], c["vocabulary"], c["code"], c["title"]])
    return _csv(rows), _csv(classes)


def export_360giving(out_dir: Path | str, tables: dict[str, pd.DataFrame], lad_lookup: pd.DataFrame | None = None) -> list[Path]:
    """Write ``grants.json``, ``grants.csv``, ``classifications.csv`` and the
    spreadsheet form ``grants.xlsx`` in ``out_dir``, from the ``awards`` and
    ``initiatives`` tables (and the ONS district lookup, read when not given)."""
    grants = grants_360(tables["awards"], tables["initiatives"], lad_lookup)
    out = Path(out_dir)
    grants_csv, classes_csv = flat_grants(grants)
    package = grants_package(grants)
    files = {"grants.json": json_text(package), "grants.csv": grants_csv, "classifications.csv": classes_csv}
    written = write_files(out, {name: text.encode("utf-8") for name, text in files.items()})
    written.append(write_360giving_workbook(out / "grants.xlsx", package))
    return written


# --------------------------------------------------------------------------
# The spreadsheet form, made with flattentool
# --------------------------------------------------------------------------


def _titles_schema() -> dict:
    """A JSON Schema of the fields this export writes, carrying 360Giving's column
    titles (``open_data.toml``), so that flattentool writes titles, not paths."""
    titles = _open_data()["threesixtygiving"]["titles"]
    props: dict = {}
    for path, title in titles.items():
        head, _, tail = path.partition("/")
        if not tail:
            node = props.setdefault(head, {})
            node["title"] = title
            continue
        node = props.setdefault(head, {})
        node.update({"type": "array", "items": node.get("items", {"type": "object", "properties": {}})})
        node["items"]["properties"][tail] = {"title": title, "type": "number" if tail == "duration" else "string"}
    for key, node in props.items():
        node.setdefault("type", "number" if key == "amountAwarded" else "string")
        if key in _ROLLED_UP:  # one per grant: its columns go in the grants sheet
            node["rollUp"] = list(node["items"]["properties"])
    return {"type": "object", "properties": props}


#: Lists that hold one item per grant, written as columns of the grants sheet
#: (the standard's "roll up"); the others (locations, classifications) get a sheet each.
_ROLLED_UP = ("plannedDates", "recipientOrganization", "fundingOrganization", "grantProgramme")


def _meta_rows(package: dict) -> list[tuple[str, str]]:
    """The Meta sheet: one (360Giving title, value) row per package field."""
    rows = []
    for path, title in _open_data()["threesixtygiving"]["meta_titles"].items():
        value = _get(package, path)
        if value != "":
            rows.append((title, str(value)))
    return rows


def write_360giving_workbook(path: Path | str, package: dict) -> Path:
    """The grants as a 360Giving spreadsheet: sheets made by flattentool
    (360Giving's own converter) with the standard's column titles, and a Meta
    sheet of the package's title, version, publisher and licence.  Bytes are
    deterministic (:func:`funding.publish.workbook.deterministic_xlsx`)."""
    import tempfile

    import flattentool
    from openpyxl import load_workbook
    from openpyxl.styles import Font

    from funding.publish.workbook import deterministic_xlsx

    path = Path(path)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        (tmp_dir / "grants.json").write_text(json_text({"grants": package["grants"]}), encoding="utf-8")
        (tmp_dir / "schema.json").write_text(json.dumps(_titles_schema()), encoding="utf-8")
        flattentool.flatten(
            str(tmp_dir / "grants.json"),
            schema=str(tmp_dir / "schema.json"),
            output_name=str(tmp_dir / "grants.xlsx"),
            output_format="xlsx",
            main_sheet_name="grants",
            root_list_path="grants",
            use_titles=True,
            rollup=True,
            id_name="id",
        )
        book = load_workbook(tmp_dir / "grants.xlsx")
    titles = _open_data()["threesixtygiving"]["titles"]
    for key in _ROLLED_UP:  # flattentool also writes a sheet of each rolled-up list; its columns are in grants
        if titles[key] in book.sheetnames:
            del book[titles[key]]
    meta = book.create_sheet("Meta", 0)
    for row in _meta_rows(package):
        meta.append(row)
    for cell in meta["A"]:
        cell.font = Font(bold=True)
    meta.column_dimensions["A"].width = 18
    meta.column_dimensions["B"].width = 100
    book.active = 1
    return deterministic_xlsx(book, path, package_metadata()["issued"], title=package.get("title", ""))
