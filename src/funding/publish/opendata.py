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
from decimal import Decimal
from pathlib import Path

import pandas as pd

from funding.core.money import pence_to_pounds_str
from funding.parse.programme_types import PROGRAMME_TYPES, type_labels
from funding.reference.register import register
from funding.reference.rounds import round_config
from funding.reference.schemas import schemas, typed_frame
from funding.sources import ManifestEntry, manifest
from funding.tables.writing import csv_text

__all__ = [
    "PACKAGE_NAME",
    "GRANT_PREFIX",
    "HOME_OFFICE",
    "CLASSIFICATION_VOCABULARY",
    "GRANT_COLUMNS",
    "CLASSIFICATION_COLUMNS",
    "register_frame",
    "write_register",
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
    "json_text",
]

PACKAGE_NAME = "uk-domestic-abuse-perpetrator-funding"
REGISTER_TABLE = "pfa_register"

OGL_V3 = {
    "name": "OGL-UK-3.0",
    "title": "Open Government Licence v3.0",
    "path": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
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
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{REGISTER_TABLE}.csv"
    path.write_bytes(csv_text(REGISTER_TABLE, register_frame()).encode("utf-8"))
    return path


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
    fields: list[dict] = []
    for column in spec["columns"]:
        name = column["name"]
        field = {"name": name, "type": column["type"], "description": column.get("description", "")}
        unit = column.get("unit") or (_PENCE_UNIT if name.endswith("_pence") else "")
        if unit:
            field["unit"] = unit
        fields.append(field)
        if name.endswith("_pence"):
            if column["type"] != "integer":
                raise ValueError(f"table_schemas.toml [{table}]: {name} ends in _pence but is typed {column['type']!r}, not integer")
            fields.append(
                {
                    "name": name[: -len("_pence")] + "_pounds",
                    "type": "number",
                    "description": f"{field['description']}; in pounds with two decimals (exactly {name} / 100)",
                    "unit": re.sub(r"\bpence\b", _POUNDS_UNIT, unit),
                }
            )
    return fields


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
    if foreign:
        schema["foreignKeys"] = foreign
    return schema


# --------------------------------------------------------------------------
# The data package
# --------------------------------------------------------------------------


def _is_open(e: ManifestEntry) -> bool:
    return "Open Government Licence" in e.licence


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


def _resource(name: str, path: Path, rel: str, title: str, schema: dict) -> dict:
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
    if REGISTER_TABLE not in tables:
        raise ValueError(f"{out}: {REGISTER_TABLE}.csv is missing (write_datapackage writes it)")
    present = set(tables)
    resources = [
        _resource(t, out / f"{t}.csv", f"{t}.csv", schemas()[t].get("title", t), table_schema(t, present)) for t in tables
    ]
    giving = out / "360giving"
    for sheet, columns, title in (
        ("grants", GRANT_COLUMNS, "The award list in the 360Giving Data Standard, flat form: one row per grant"),
        ("classifications", CLASSIFICATION_COLUMNS, "360Giving flat form: the programme-type classifications of each grant"),
    ):
        path = giving / f"{sheet}.csv"
        if path.is_file():
            resources.append(_resource(f"threesixtygiving_{sheet}", path, f"360giving/{sheet}.csv", title, _schema_360(sheet, columns)))
    return {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
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
        "sources": [_source_descriptor(e) for e in manifest().values()],
        "resources": resources,
    }


def write_datapackage(out_dir: Path | str) -> Path:
    """Write ``pfa_register.csv`` and ``datapackage.json`` in ``out_dir``; returns the descriptor's path."""
    out = Path(out_dir)
    write_register(out)
    path = out / "datapackage.json"
    text = json.dumps(datapackage_descriptor(out), indent=2, ensure_ascii=False) + "\n"
    path.write_bytes(text.encode("utf-8"))
    return path


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
    ("Recipient Org:Identifier", "recipientOrganization/0/id", "string"),
    ("Recipient Org:Name", "recipientOrganization/0/name", "string"),
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
    "Recipient Org:Identifier": "Identifier minted by this project for the policing body of the area (no registered org-id is known)",
    "Beneficiary Location:Geographic Code": "ONS police force area code",
    "Classifications:Code": "Programme type (funding/data/programme_types.toml)",
}


def _schema_360(sheet: str, columns) -> dict:
    fields = []
    for title, _path, ftype in columns:
        field = {"name": title, "type": ftype, "description": _360_DESCRIPTIONS.get(title, f"360Giving field {title}")}
        if title == "Amount Awarded":
            field["unit"] = _POUNDS_UNIT
        fields.append(field)
    schema: dict = {"fields": fields, "missingValues": [""]}
    if sheet == "grants":
        schema["primaryKey"] = ["Identifier"]
        schema["foreignKeys"] = [
            {"fields": ["Beneficiary Location:Geographic Code"], "reference": {"resource": REGISTER_TABLE, "fields": ["pfa_code"]}}
        ]
    else:
        schema["primaryKey"] = ["Identifier", "Classifications:Code"]
        schema["foreignKeys"] = [{"fields": ["Identifier"], "reference": {"resource": "threesixtygiving_grants", "fields": ["Identifier"]}}]
    return schema


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


def grants_360(awards: pd.DataFrame, initiatives: pd.DataFrame) -> list[dict]:
    """The awards as 360Giving grant records, sorted by id.

    ``amountAwarded`` is a :class:`~decimal.Decimal`; use :func:`json_text`
    to write it without passing through ``float``.
    """
    reg = register()
    labels = type_labels()
    types = _award_types(initiatives)
    grants = []
    for a in awards.itertuples(index=False):
        src = manifest()[a.source_id]
        if not _ISO_DATE.match(src.published):
            raise ValueError(f"source {a.source_id}: published date {src.published!r} is not YYYY-MM-DD, so it cannot be an award date")
        area = reg.by_code(a.pfa_code)
        if not area.budget_holder:
            raise ValueError(f"{a.pfa_code} ({area.pfa_name}) has no budget holder in the register to receive a grant")
        fund = round_config(a.round).get("fund", "Home Office domestic abuse perpetrator funding")
        tagged = types.get((a.round, a.pfa_code), [])
        type_text = "; ".join(labels[t].lower() if i else labels[t] for i, t in enumerate(tagged)) if tagged else "none tagged"
        description = (
            f"Home Office funding for the {area.budget_holder} (police force area: {area.pfa_name}), "
            f"{a.round} round, from {_plural(int(a.bids), 'bid')}, for {_plural(int(a.initiatives), 'strand')} of work "
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
            "recipientOrganization": [{"id": recipient_id(a.pfa_code), "name": area.budget_holder}],
            "fundingOrganization": [dict(HOME_OFFICE)],
            "beneficiaryLocation": [
                {"name": area.pfa_name, "countryCode": "GB", "geoCode": a.pfa_code, "geoCodeType": "PFA"}
            ],
            "grantProgramme": [{"code": f"{GRANT_PREFIX}-{a.round}", "title": f"{fund}, {a.round}"}],
            "classifications": [{"vocabulary": CLASSIFICATION_VOCABULARY, "code": t, "title": labels[t]} for t in tagged],
            "dataSource": src.url,
        }
        if not grant["classifications"]:
            del grant["classifications"]
        if not src.url:
            del grant["dataSource"]
        grants.append(grant)
    ids = [g["id"] for g in grants]
    if len(set(ids)) != len(ids):
        raise ValueError("two awards would get the same 360Giving id")
    return sorted(grants, key=lambda g: g["id"])


def grants_package(grants: list[dict]) -> dict:
    """A 360Giving data package: the grants and what they are."""
    return {
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
    writer.writerows(rows)
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


def export_360giving(out_dir: Path | str, tables: dict[str, pd.DataFrame]) -> list[Path]:
    """Write ``grants.json``, ``grants.csv`` and ``classifications.csv`` in ``out_dir``,
    from the ``awards`` and ``initiatives`` tables."""
    grants = grants_360(tables["awards"], tables["initiatives"])
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    grants_csv, classes_csv = flat_grants(grants)
    written = []
    for name, text in (
        ("grants.json", json_text(grants_package(grants))),
        ("grants.csv", grants_csv),
        ("classifications.csv", classes_csv),
    ):
        path = out / name
        path.write_bytes(text.encode("utf-8"))
        written.append(path)
    return written
