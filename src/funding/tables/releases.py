"""The release tables, reconciled with each other and with the national award list.

:func:`build_local_tables` takes extracted releases (:mod:`funding.parse.releases`)
and the national ``awards`` table and returns ``local_awards``,
``programme_components``, ``outcomes``, ``organisations``, ``local_diagnostics``,
``source_conflicts`` and ``funding_timeline``.  Their columns, types and row
order are declared once, in ``reference/data/table_schemas.toml``; no sentence
of a source is copied into them, only names, tags, numbers and dates.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from funding.parse.releases import LocalRelease
from funding.core.money import Amount, format_pounds, qualifier_words
from funding.reference.register import normalise_name, register
from funding.reference.schemas import PANDAS_DTYPES, columns_of, schemas, typed_frame

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "SourceConflict",
    "json_value",
    "describe_amount",
    "release_frames",
    "recognise_awards",
    "award_conflicts",
    "component_conflicts",
    "partner_conflicts",
    "outcome_inconsistencies",
    "national_conflicts",
    "funding_timeline",
    "build_local_tables",
    "release_tables",
    "within_release_conflicts",
    "timeline_conflicts",
]

def _frame(name: str, rows: list[dict], award_ids: bool = False):
    """A table as declared in table_schemas.toml; missing text is the empty string.

    With ``award_ids``, the ``award_id`` column is assigned as :func:`recognise_awards`
    assigns it.  The same frame as ``typed_frame`` applied to ``pd.DataFrame(rows)`` with
    the empty string for missing text, built faster: the rows are sorted as plain values
    and each column is made once with its dtype (``typed_frame`` converts and sorts a
    frame column by column, a fixed cost that made up most of reading one release).
    Rows holding a value of another type than the plain ones the declared type takes
    (``str``; ``int``; ``int`` or ``float``; ``bool``; or None) take the general path, and so
    do tables of more than :data:`_PLAIN_ROWS` rows, where pandas' vectorised conversion is faster.
    (One difference, in the fast path's favour: an integer column holding a value above 2**53
    beside a missing value keeps the value exactly; ``typed_frame`` goes through float64 there.)
    """
    import numpy as np
    import pandas as pd

    spec = schemas()[name]
    found = _plain_columns(spec["columns"], rows) if len(rows) <= _PLAIN_ROWS else None
    if found is None:
        df = pd.DataFrame(rows, columns=columns_of(name))
        for c in spec["columns"]:
            if c["type"] == "string":
                df[c["name"]] = df[c["name"]].fillna("")
        return typed_frame(name, recognise_awards(df)) if award_ids else typed_frame(name, df)
    plain, missing = found
    if award_ids:
        fields = ("pfa_code", "round", "funder", "funding_role", "award_id")
        plain["award_id"] = _award_ids([dict(zip(fields, r)) for r in zip(*(plain[f] for f in fields))])
    kinds = {c["name"]: c["type"] for c in spec["columns"]}
    # Each key column as it sorts: its plain values, or (0,) / (1, value) where a value may be missing.
    keys = [[_sort_value(v, kinds[k] == "number") for v in plain[k]] if k in missing or kinds[k] == "number"
            else plain[k] for k in spec.get("row_order") or spec.get("primary_key", [])]
    rows_keys = list(zip(*keys)) if keys else []
    order = sorted(range(len(rows)), key=rows_keys.__getitem__) if keys else list(range(len(rows)))
    ordered = order != list(range(len(rows)))
    take = np.asarray(order, dtype=np.intp)
    columns = {}
    for c in spec["columns"]:
        array = pd.array(plain[c["name"]], dtype=PANDAS_DTYPES.get(c["type"], "string"))
        columns[c["name"]] = array.take(take) if ordered else array
    return pd.DataFrame(columns)


#: Up to this many rows a table is built from plain values (measured on source_conflicts, twelve
#: columns: 0.9 ms against 5.5 ms at 50 rows, 26 against 28 ms at 10,000, 101 against 82 ms at 30,000).
_PLAIN_ROWS = 10_000

#: The plain Python types each declared column type takes on the fast path (None is missing).
_PLAIN_TYPES = {"string": {str}, "date": {str}, "integer": {int}, "number": {int, float}, "boolean": {bool}}


def _sort_value(v, nan: bool) -> tuple:
    """A cell's place in ``sort_values(..., na_position="first")``: missing first, then by value."""
    return (0,) if v is None or (nan and v != v) else (1, v)


def _plain_columns(columns: list[dict], rows: list[dict]) -> tuple[dict[str, list], set[str]] | None:
    """Each declared column's values (missing text as the empty string) and the columns with a
    missing value (None), or None when a value is not of a plain type its column takes (exact
    types: no subclasses, no ``bool`` as a number)."""
    out, missing = {}, set()
    for c in columns:
        name, kind = c["name"], c["type"]
        types = _PLAIN_TYPES.get(kind)
        if types is None:
            return None
        values = [r.get(name) for r in rows]
        seen = set(map(type, values))
        if type(None) in seen:
            seen.discard(type(None))
            if kind == "string":
                values = ["" if v is None else v for v in values]
            else:
                missing.add(name)
        if not seen <= types:
            return None
        out[name] = values
    return out, missing


# --------------------------------------------------------------------------- amounts in words

def describe_amount(amount: Amount) -> str:
    """A short statement of an amount that keeps its precision: "more than £240,000", "£200,000 (round figure)"."""
    figure = format_pounds(amount.pence)
    if amount.qualifier == "exact":
        return figure
    if amount.qualifier == "rounded":
        return f"{figure} (round figure, to {format_pounds(amount.precision_pence)})"
    return f"{qualifier_words(amount.qualifier)} {figure}"


def _range(amount: Amount) -> str:
    """What a statement allows, in words: "£150,000 to £250,000", "anything over £240,000"."""
    figure = format_pounds(amount.pence)
    words = {"more_than": f"anything over {figure}", "at_least": f"{figure} or more",
             "less_than": f"anything under {figure}", "up_to": f"up to {figure}"}
    if amount.qualifier in words:
        return words[amount.qualifier]
    low, high = amount.low_pence, amount.high_pence
    low_s = format_pounds(low) if low else "£0"
    return f"{low_s} to {format_pounds(high) if high is not None else 'no upper limit'}"


# --------------------------------------------------------------------------- releases to frames


def _joined(tags) -> str:
    return ";".join(tags)


def release_frames(releases: list[LocalRelease]) -> dict:
    """The four fact tables and the diagnostics from extracted releases (award ids assigned)."""
    reg = register()

    def pfa_name(code: str) -> str:
        return reg.by_code(code).pfa_name if code else ""

    awards, components, outcomes, organisations, diagnostics, people = [], [], [], [], [], []
    for r in releases:
        for a in r.awards:
            awards.append({
                "award_id": str(a.award_number) if a.award_number > 1 else "", "source_id": a.source_id, "source_line": a.source_line, "pfa_code": a.pfa_code,
                "pfa_name": pfa_name(a.pfa_code), "area_basis": a.area_basis, "round": a.round,
                "round_basis": a.round_basis, "funder": a.funder, "funder_basis": a.funder_basis,
                "funding_role": a.funding_role, "amount_pence": a.amount.pence,
                "amount_precision_pence": a.amount.precision_pence, "amount_qualifier": a.amount.qualifier,
                "amount_low_pence": a.amount.low_pence, "amount_high_pence": a.amount.high_pence,
                "amount_stated": describe_amount(a.amount), "period_start": a.period_start,
                "period_end": a.period_end, "period_basis": a.period_basis, "part_of": a.part_of_line, "shared_by": _joined(a.shared_by),
            })
        for c in r.components:
            components.append({
                "source_id": c.source_id, "source_line": c.source_line, "pfa_code": c.pfa_code,
                "component": c.component, "duration_value": c.duration_value, "duration_unit": c.duration_unit,
                "duration_qualifier": c.duration_qualifier, "duration_weeks": c.duration_weeks,
                "cadence": c.cadence, "cohorts": _joined(c.cohorts), "delivery_modes": _joined(c.delivery_modes),
                "provision": c.provision, "duration_min": c.duration_min, "age_min": c.age_min,
                "age_max": c.age_max, "programme_name": c.programme_name, "in_quote": c.in_quote,
            })
        for o in r.outcomes:
            outcomes.append({k: getattr(o, k) for k in columns_of("outcomes")})
        for g in r.organisations:
            organisations.append({k: getattr(g, k) for k in columns_of("organisations")})
        for d in r.diagnostics:
            diagnostics.append({"source_id": d.source_id, "source_line": d.source_line, "problem": d.problem,
                                "message": d.message})
        for p in r.people:
            people.append({k: getattr(p, k) for k in columns_of("people")})
    return {
        "local_awards": _frame("local_awards", awards, award_ids=True),
        "programme_components": _frame("programme_components", components),
        "outcomes": _frame("outcomes", outcomes),
        "organisations": _frame("organisations", organisations),
        "local_diagnostics": _frame("local_diagnostics", diagnostics),
        "people": _frame("people", people),
    }


# --------------------------------------------------------------------------- one award, several statements

_AWARD_ROLES = ("grant",)


def recognise_awards(local_awards):
    """Give statements of the same award one ``award_id``: same area, same round, same funder.

    A grant that names no funder joins the area's award for that round when there
    is exactly one funder for it; match funding and own funding are kept apart from
    the grant; parts, totals and context figures are not awards (their id is empty).
    A release that states a second, separate award to one area in one round (the
    extractor's ``award_number``, passed in ``award_id`` as "2", "3" …) keeps it
    apart: its id ends ``:2``.  Linear: one pass to collect the funders per
    (area, round), one to assign.
    """
    df = local_awards.copy()
    df["award_id"] = _award_ids(df[["pfa_code", "round", "funder", "funding_role", "award_id"]].to_dict("records"))
    return df


def _award_ids(records: list[dict]) -> list[str]:
    """The ``award_id`` of each record (:func:`recognise_awards`)."""
    funders: dict[tuple[str, str], set[str]] = {}
    for r in records:
        if r["funding_role"] in _AWARD_ROLES and r["funder"]:
            funders.setdefault((r["pfa_code"], r["round"]), set()).add(r["funder"])
    ids = []
    for r in records:
        role = r["funding_role"]
        if role in _AWARD_ROLES and r["pfa_code"]:
            known = sorted(funders.get((r["pfa_code"], r["round"]), ()))
            funder = r["funder"] or (known[0] if len(known) == 1 else "")
            base = f"{r['pfa_code']}:{r['round']}:{funder or 'funder not stated'}"
            n = int(r["award_id"] or 1)
            ids.append(base if n == 1 else f"{base}:{n}")
        elif role in ("match_funding", "own_funding") and r["pfa_code"]:
            what = "match funding" if role == "match_funding" else "own funding"
            ids.append(f"{r['pfa_code']}:{r['round']}:{what}:{r['funder'] or 'funder not stated'}")
        else:
            ids.append("")
    return ids


def _amount(row) -> Amount:
    return Amount(int(row["amount_pence"]), int(row["amount_precision_pence"]), row["amount_qualifier"], "")


def _width(a: Amount) -> float:
    high = a.high_pence
    return float("inf") if high is None else high - (a.low_pence or 0)


def _best(group: list[dict]) -> dict:
    """The most precise statement in a group of plain records: exact first, then the narrowest,
    then the first printed."""
    return min(group, key=lambda r: (_width(_amount(r)), r["source_id"], r["source_line"]))


def _groups_by(records: list[dict], key: str) -> dict:
    """Records grouped by one column's value, groups in sorted key order, records in table order."""
    out: dict = {}
    for r in records:
        out.setdefault(r[key], []).append(r)
    return dict(sorted(out.items()))


@dataclass(frozen=True)
class SourceConflict:
    subject: str
    pfa_code: str
    source_a: str
    line_a: int | None
    value_a: str
    source_b: str
    line_b: int | None
    value_b: str
    kind: str
    compatible: bool | None
    detail: str
    lines: str = ""  # every line of source_a involved, ';'-separated; line_a when empty


def compare_amounts(a: Amount, b: Amount) -> tuple[str, bool] | None:
    """How two statements of one sum differ: ``(kind, compatible)``, or None when they say the same."""
    if (a.pence, a.qualifier, a.precision_pence) == (b.pence, b.qualifier, b.precision_pence):
        return None
    if a.is_exact and b.is_exact:
        return "different_amount", False
    if a.is_exact or b.is_exact:
        exact, other = (a, b) if a.is_exact else (b, a)
        kind = "rounded_vs_exact" if other.qualifier in ("rounded", "about") else "bound_vs_exact"
        return kind, other.allows(exact.pence)
    lows = [x.low_pence or 0 for x in (a, b)]
    highs = [x.high_pence for x in (a, b)]
    top = min((h for h in highs if h is not None), default=None)
    return "different_statements", top is None or max(lows) <= top


def _amount_detail(kind: str, compatible: bool, a: Amount, b: Amount) -> str:
    if kind == "different_amount":
        diff = abs(a.pence - b.pence)
        return f"two exact figures differ by {format_pounds(diff)} ({diff / max(a.pence, b.pence):.1%} of the larger)"
    if kind in ("rounded_vs_exact", "bound_vs_exact"):
        exact, other = (a, b) if a.is_exact else (b, a)
        what = "the round figure" if kind == "rounded_vs_exact" else "the bound"
        diff = exact.pence - other.pence
        verdict = "the exact figure lies within it" if compatible else "the exact figure lies outside it"
        return (f"{what} {format_pounds(other.pence)} allows {_range(other)}; exact {format_pounds(exact.pence)} is "
                f"{format_pounds(abs(diff))} {'above' if diff >= 0 else 'below'} the stated figure; {verdict}")
    return f"{describe_amount(a)} allows {_range(a)}; {describe_amount(b)} allows {_range(b)}; " + (
        "the ranges overlap" if compatible else "the ranges do not overlap")


def _firm(row) -> bool:
    """A statement firm enough to contradict another in the same release: a grant with a funder (named for it or
    lent by the release) and its year printed beside it, stated exactly or as a plain round figure (not 'up to',
    'about', 'more than')."""
    return (row["funding_role"] == "grant" and row.get("funder_basis") not in (None, "", "none")
            and row.get("round_basis") == "sentence" and row["amount_qualifier"] in ("exact", "rounded"))


def _same_award(a, b) -> bool:
    """Two statements in one release firm enough to contradict each other: both grants whose funder and
    year are printed beside the figure, stated exactly or as a plain round figure, within a quarter of each
    other (a figure twice or half the size is another sum, not a misprint of this one)."""
    return _firm(a) and _firm(b) and abs(a["amount_pence"] - b["amount_pence"]) <= \
        0.25 * max(a["amount_pence"], b["amount_pence"]) and _same_years(a, b)


def _same_years(a, b) -> bool:
    """Whether two statements cover the same years, when both print theirs: a grant "for 2025-26" and one "for the same
    two years" from April 2025 are two sums, whatever their round."""
    if not (a.get("period_start") and b.get("period_start")):
        return True
    return (a["period_start"], a.get("period_end")) == (b["period_start"], b.get("period_end"))


def _measured_against(row, best, group):
    """The statement of an award that ``row`` is measured against: the most precise one (``best``), except inside the
    release that states both, where a figure repeating another line's statement of it agrees with that one (None: "the
    figure in the agreement is £330,000" twice, beside "rises from £330,000 to £397,000")."""
    if row["source_id"] != best["source_id"]:
        return best
    others = [r for r in group if r["source_id"] == row["source_id"] and r["source_line"] != row["source_line"]]
    # (two lines each printing both figures, "£298,500 on the list against £289,500 in the letter", state the
    # disagreement twice)
    beside_best = {r["source_line"] for r in group if r["source_id"] == row["source_id"]
                   and r["amount_pence"] == best["amount_pence"]}
    if any(r["amount_pence"] == row["amount_pence"] and not {r["source_line"], row["source_line"]} <= beside_best
           for r in others):
        return None
    return best


def award_conflicts(local_awards) -> list[SourceConflict]:
    """Every statement of an award that differs from its most precise statement, classified."""
    out = []
    records = [r for r in local_awards.to_dict("records") if r["award_id"] != ""]
    for award_id, group in _groups_by(records, "award_id").items():
        best = _best(group)
        b = _amount(best)
        seen = set()
        for row in sorted(group, key=lambda r: (r["source_id"], r["source_line"])):
            if row is not best and (row["source_id"], row["source_line"]) == (best["source_id"], best["source_line"]):
                continue  # one line does not restate one award twice: two figures on it are two sums
            a = _amount(row)
            key = (row["source_id"], a.pence, a.qualifier, a.precision_pence)
            if key in seen:
                continue
            seen.add(key)
            other = _measured_against(row, best, group)
            if other is None:
                continue  # (it repeats another statement of the award in its release: it agrees with that one)
            b = _amount(other)
            compared = compare_amounts(a, b)
            if compared is None:
                continue
            kind, compatible = compared
            if compatible is False and row["source_id"] == other["source_id"] and not _same_award(row, other):
                continue  # inside one release a disagreement needs two firm statements of the same award
            out.append(SourceConflict(
                f"award {row['round']}".strip(), row["pfa_code"], row["source_id"],
                int(row["source_line"]), describe_amount(a), other["source_id"], int(other["source_line"]),
                describe_amount(b), kind, compatible, _amount_detail(kind, compatible, a, b),
            ))
    return out


# --------------------------------------------------------------------------- programmes and partners

_DELIVERY_ROLES = ("delivery_partner", "survivor_support_provider", "parent_organisation")
_GENERIC_WORDS = {"the", "of", "and", "for", "in", "ltd", "cic", "charity"}


def _org_words(name: str) -> list[str]:
    return [w for w in normalise_name(name).split() if w not in _GENERIC_WORDS]


def same_organisation(a: str, b: str) -> bool:
    """Names of one organisation: equal once normalised, or one is the start of the other ("Juno" / "Juno Women's Aid")."""
    return _same_words(_org_words(a), _org_words(b))


def _same_words(wa: list[str], wb: list[str]) -> bool:
    """:func:`same_organisation` on two names' :func:`_org_words`."""
    if not wa or not wb:
        return False
    short, long_ = sorted((wa, wb), key=len)
    return long_[: len(short)] == short


def _delivery_by_area(organisations) -> dict[str, list[str]]:
    """Every area's delivery organisations (names as printed, first-named order), in one pass."""
    out: dict[str, dict[str, None]] = {}
    for r in organisations[organisations["role"].isin(_DELIVERY_ROLES)][["pfa_code", "organisation"]].to_dict("records"):
        out.setdefault(r["pfa_code"], {})[r["organisation"]] = None
    return {k: list(v) for k, v in out.items()}


def _show_duration(r) -> str:
    qual = "" if r["duration_qualifier"] == "exact" else r["duration_qualifier"].replace("_", " ") + " "
    return f"{qual}{int(r['duration_value'])} {r['duration_unit']}s"


def _show_cadence(r) -> str:
    return r["cadence"]


def _same_cohort(a, b) -> bool:
    """Two statements can be of one programme: the same cohorts, or one of them names none
    (a fathers' 10-week course and a 24-week programme for men and women are two programmes)."""
    return not a["cohorts"] or not b["cohorts"] or a["cohorts"] == b["cohorts"]


def component_conflicts(components, organisations) -> list[SourceConflict]:
    """Components whose duration or cadence differs between statements.

    Within one area a different duration is a conflict.  Between two areas it
    is reported only when the same organisation delivers in both, and as a
    difference between two local programmes, not a contradiction.

    Linear in the number of statements: statements are grouped by (component,
    unit) and, inside a group, by area and value; each statement is compared with
    the first later statement of every other value (and a compatible cohort), in its
    own area and in each area that shares a delivery organisation with it, never
    with every other row.  Each organisation's name is split into words once, the
    areas a statement's area reaches are listed once per group, a value's first later
    statement is found by bisection, and each statement is described once.
    """
    new = components[(components["provision"] == "new") & ~components["in_quote"].fillna(False).astype(bool)]
    delivery = _delivery_by_area(organisations)
    words = {name: tuple(_org_words(name)) for names in delivery.values() for name in names}
    # per area, its delivery organisations' names as words, whole and every start of them: two names are of one
    # organisation (_same_words) when one's words are a start of the other's
    whole = {area: {words[y] for y in names if words[y]} for area, names in delivery.items()}
    starts = {area: {w[:k] for w in found for k in range(1, len(w) + 1)} for area, found in whole.items()}
    shared_cache: dict[tuple[str, str], list[str]] = {}

    def shared(a: str, b: str) -> list[str]:
        key = (a, b)
        if key not in shared_cache:
            their_whole, their_starts = whole.get(b, set()), starts.get(b, set())
            shared_cache[key] = sorted(
                x for x in delivery.get(a, ()) if words[x] and (
                    words[x] in their_starts or any(words[x][:k] in their_whole for k in range(1, len(words[x]) + 1))))
        return shared_cache[key]

    shared_names_cache: dict[tuple[str, str], str] = {}

    def shared_names(a: str, b: str) -> str:
        key = (a, b)
        if key not in shared_names_cache:
            shared_names_cache[key] = ", ".join(shared(a, b))
        return shared_names_cache[key]

    out = []
    for field, unit_col in (("duration_value", "duration_unit"), ("cadence", None)):
        rows = new[new[field].notna() & (new[field] != "")] if field == "cadence" else new[new[field].notna()]
        firsts = rows.drop_duplicates(["source_id", "component", field] + ([unit_col] if unit_col else []))
        records = firsts.to_dict("records")
        groups: dict[tuple, list[tuple[int, dict]]] = {}
        for pos, r in enumerate(records):
            groups.setdefault((r["component"], r[unit_col] if unit_col else ""), []).append((pos, r))
        show = _show_cadence if field == "cadence" else _show_duration
        what = "duration" if field == "duration_value" else "cadence"
        shown = [show(r) for r in records]  # each statement described once
        for members in groups.values():
            # per area and value, the positions of its statements in table order
            by_area: dict[str, dict[object, list[int]]] = {}
            for pos, r in members:
                by_area.setdefault(r["pfa_code"], {}).setdefault(r[field], []).append(pos)
            # per area, the areas (in by_area's order) its statements are compared in: its own, and those sharing
            # a delivery organisation with it
            reach: dict[str, list[tuple[str, dict[object, list[int]]]]] = {}
            for pos, a in members:
                a_code = a["pfa_code"]
                areas = reach.get(a_code)
                if areas is None:
                    areas = reach[a_code] = [(area, values) for area, values in by_area.items()
                                             if area == a_code or shared(a_code, area)]
                a_value, a_source = a[field], a["source_id"]
                for area, values in areas:
                    for value, positions in values.items():
                        if value == a_value:
                            continue
                        later = next((positions[k] for k in range(bisect_right(positions, pos), len(positions))
                                      if _same_cohort(a, records[positions[k]])), None)
                        if later is None:
                            continue
                        b = records[later]
                        if b["source_id"] == a_source:
                            continue  # one release describing two programmes of one kind is not a contradiction
                        if a_code == b["pfa_code"]:
                            kind, compatible = f"different_{what}", False
                            detail = (f"{a['component']} in {a_code}: {shown[pos]} in {a_source} but "
                                      f"{shown[later]} in {b['source_id']}; the same area's programme described two ways")
                        else:
                            kind, compatible = f"{what}_differs_between_areas", True
                            detail = (f"{a['component']}: {shown[pos]} in {a_code}, {shown[later]} in {b['pfa_code']}; "
                                      f"different police force areas, so different local programmes, though "
                                      f"{shared_names(a_code, b['pfa_code'])} deliver(s) in both; "
                                      f"not a contradiction")
                        out.append(SourceConflict(
                            f"{a['component']} {what}", a_code if a_code == b["pfa_code"] else
                            f"{a_code};{b['pfa_code']}", a_source, int(a["source_line"]), shown[pos],
                            b["source_id"], int(b["source_line"]), shown[later], kind, compatible, detail,
                        ))
    return out


def partner_conflicts(organisations) -> list[SourceConflict]:
    """Delivery partners one source names that another source on the same area names differently or not at all.

    Linear: per area, every later source (by id) is compared with the area's first
    source, on plain records; not every pair of sources.
    """
    out = []
    delivery = organisations[organisations["role"].isin(_DELIVERY_ROLES) & (organisations["provision"] == "new")]
    by_area: dict[str, dict[str, list[dict]]] = {}
    for r in delivery[["pfa_code", "source_id", "source_line", "organisation", "role"]].to_dict("records"):
        rows = by_area.setdefault(r["pfa_code"], {}).setdefault(r["source_id"], [])
        if all(x["organisation"] != r["organisation"] for x in rows):
            rows.append(r)
    for pfa_code in sorted(by_area):
        by_source = by_area[pfa_code]
        ordered = sorted(by_source)
        if len(ordered) < 2:
            continue
        sa = ordered[0]
        for sb in ordered[1:]:
            a_rows, b_rows = by_source[sa], by_source[sb]
            only_a = [r for r in a_rows if not any(same_organisation(r["organisation"], x["organisation"]) for x in b_rows)]
            only_b = [r for r in b_rows if not any(same_organisation(r["organisation"], x["organisation"]) for x in a_rows)]
            paired_b = set()
            for ra in only_a:
                for rb in only_b:
                    common = [w for w in _org_words(ra["organisation"]) if w in _org_words(rb["organisation"])]
                    if len(common) >= 2 and rb["organisation"] not in paired_b:
                        paired_b.add(rb["organisation"])
                        out.append(SourceConflict(
                            "delivery partner", pfa_code, sa, int(ra["source_line"]),
                            f"{ra['organisation']} ({ra['role'].replace('_', ' ')})", sb, int(rb["source_line"]),
                            f"{rb['organisation']} ({rb['role'].replace('_', ' ')})", "different_partner_name", None,
                            f"both names contain '{' '.join(common)}'; the texts do not say whether this is one "
                            f"organisation under two names or a change of partner",
                        ))
                        break
                else:
                    out.append(SourceConflict(
                        "delivery partner", pfa_code, sa, int(ra["source_line"]), ra["organisation"], sb, None, "",
                        "partner_named_by_one_source", True, f"{sb} does not name {ra['organisation']}",
                    ))
            for rb in only_b:
                if rb["organisation"] not in paired_b:
                    out.append(SourceConflict(
                        "delivery partner", pfa_code, sb, int(rb["source_line"]), rb["organisation"], sa, None, "",
                        "partner_named_by_one_source", True, f"{sa} does not name {rb['organisation']}",
                    ))
    return out


# --------------------------------------------------------------------------- numbers inside one source

_NEAR_LINES = 3


def _num(x: float) -> str:
    return f"{x:g}" if x == int(x) else f"{x:.1f}"


def outcome_inconsistencies(outcomes) -> list[SourceConflict]:
    """A count that should follow from a percentage of an earlier count, but does not.

    For "more than N …", "P per cent", "C of these": P% of N is computed and
    compared with C; the base C implies (C / P%) is given too, and when several
    counts on one line could be "these", their sum is tried as well.
    """
    out = []
    for source_id, rows in _groups_by(outcomes.to_dict("records"), "source_id").items():
        percents = [r for r in rows if r["unit"] == "percent"]
        counts = [r for r in rows if r["unit"] == "count"]
        for c in [r for r in counts if r["refers_back"]]:
            low = c["source_line"] - _NEAR_LINES
            near = [r for r in percents if low <= r["source_line"] <= c["source_line"]]
            bases = [r for r in counts if not r["refers_back"] and low <= r["source_line"] <= c["source_line"]
                     and r["value"] > c["value"]]
            if not near or not bases:
                continue
            p = near[-1]
            base_line = max(r["source_line"] for r in bases)
            bases = [r for r in bases if r["source_line"] == base_line]
            share = p["value"] / 100
            for value, same in _groups_by(bases, "value").items():
                qual = same[0]["value_qualifier"]
                expected = value * share
                if abs(expected - c["value"]) < 1:
                    continue
                implied = c["value"] / share
                qual_words = qualifier_words(qual) if qual != "exact" else ""
                stated = f"'{qual_words} {_num(value)}'"
                if qual in ("more_than", "at_least"):
                    compatible = implied >= value
                    verdict = "allows but does not state" if compatible else "rules out"
                elif qual in ("up_to", "less_than"):
                    compatible = implied <= value
                    verdict = "allows but does not state" if compatible else "rules out"
                else:
                    compatible, verdict = False, ""
                bound = qual in ("more_than", "at_least")
                subjects = ", ".join(sorted({r["about"] for r in same}))
                qual_words = qual_words + " " if qual_words else ""
                detail = (f"{_num(p['value'])}% (line {p['source_line']}) of {_num(value)} is {_num(expected)}, not "
                          f"{_num(c['value'])}; {_num(c['value'])} is {_num(p['value'])}% of {implied:.1f}")
                if verdict:
                    detail += f", which {stated} {verdict}"
                total = sum(r["value"] for r in bases)
                if len(bases) > 1:
                    groups = " and ".join(r["about"] for r in bases)
                    detail += (f"; if 'these {c['about'] or 'cases'}' meant the {groups} together "
                               f"({_num(total)}{' or more' if bound else ''}), {_num(p['value'])}% would be "
                               f"{_num(total * share)}{' or more' if bound else ''}")
                # the statement measured against is the percentage; the base's line is listed too
                lines = sorted({int(base_line), int(p["source_line"]), int(c["source_line"])})
                out.append(SourceConflict(
                    f"{c['metric']} {c['status']}".strip(), c["pfa_code"], source_id, int(p["source_line"]),
                    f"{_num(p['value'])}% of {qual_words}{_num(value)} {subjects} (line {int(base_line)})", source_id,
                    int(c["source_line"]), f"{_num(c['value'])} {c['about']}".strip(),
                    "count_not_implied_by_percentage", compatible, detail, ";".join(str(x) for x in lines),
                ))
    return out


# --------------------------------------------------------------------------- national list and timeline


def _national_amount(pence: int) -> Amount:
    return Amount(int(pence), 1 if int(pence) % 100 else 100, "exact", "")


def _local_award_groups(local_awards):
    """``(award_id, statements, most precise)`` per award, on plain records."""
    grants = [r for r in local_awards.to_dict("records") if r["funding_role"] in _AWARD_ROLES and r["award_id"] != ""]
    for award_id, group in _groups_by(grants, "award_id").items():
        yield award_id, group, _best(group)


def national_conflicts(local_awards, awards) -> list[SourceConflict]:
    """Local statements of an award that the national list also gives, where the two differ."""
    out = []
    national = {}
    for n in awards.to_dict("records"):
        national.setdefault((n["round"], n["pfa_code"]), n)
    for _, group, best in _local_award_groups(local_awards):
        n = national.get((best["round"], best["pfa_code"]))
        if n is None:
            continue
        b = _national_amount(n["amount_pence"])
        a = _amount(best)
        compared = compare_amounts(a, b)
        if compared is None:
            continue
        kind, compatible = compared
        out.append(SourceConflict(
            f"award {best['round']}", best["pfa_code"], best["source_id"], int(best["source_line"]), describe_amount(a),
            n["source_id"], int(n["source_line"]), describe_amount(b), kind, compatible,
            "local release against the national list: " + _amount_detail(kind, compatible, a, b),
        ))
    return out


def funding_timeline(local_awards, awards) -> pd.DataFrame:
    """Every award known per area and round: the national list, and local releases' awards.

    A local award in a round the national list covers, for an area the list
    does not name, is kept and flagged ``not_in_national_list`` (or ``not_in_national_list_funder_not_stated``
    when the release names no funder: the money may come from another budget).
    """
    reg = register()
    national_rounds = set(awards["round"])
    rows = []
    local_by_key = {}
    for award_id, group, best in _local_award_groups(local_awards):
        local_by_key.setdefault((best["pfa_code"], best["round"]), []).append((award_id, group, best))
    used = set()
    listed: dict[str, set[str]] = {}
    for n in awards.to_dict("records"):
        listed.setdefault(n["round"], set()).add(n["pfa_code"])
        sources = {n["source_id"]}
        for award_id, group, _ in local_by_key.get((n["pfa_code"], n["round"]), []):
            sources |= {r["source_id"] for r in group}
            used.add(award_id)
        a = _national_amount(n["amount_pence"])
        rows.append({
            "pfa_code": n["pfa_code"], "pfa_name": n["pfa_name"], "round": n["round"], "funder": "Home Office",
            "amount_pence": a.pence, "amount_precision_pence": a.precision_pence, "amount_qualifier": a.qualifier,
            "origin": "national_list", "source_id": n["source_id"], "source_line": int(n["source_line"]),
            "source_ids": ";".join(sorted(sources)), "n_sources": len(sources), "in_national_list": True, "flag": "",
        })
    for (pfa_code, round_), items in local_by_key.items():
        for award_id, group, best in items:
            if award_id in used:
                continue
            in_list = (pfa_code in listed.get(round_, set())) if round_ in national_rounds else None
            sources = sorted({r["source_id"] for r in group})
            funder = award_id.split(":", 2)[2] if not award_id.endswith("funder not stated") else ""
            # Absent from the national list: a gap in the Home Office list only if the release says the
            # Home Office paid; when it names no funder, the money may come from another budget.
            flag = ""
            if in_list is False:
                flag = "not_in_national_list" if funder == "Home Office" else "not_in_national_list_funder_not_stated"
            rows.append({
                "pfa_code": pfa_code, "pfa_name": reg.by_code(pfa_code).pfa_name if pfa_code else "",
                "round": round_, "funder": funder,
                "amount_pence": int(best["amount_pence"]), "amount_precision_pence": int(best["amount_precision_pence"]),
                "amount_qualifier": best["amount_qualifier"], "origin": "local_release", "source_id": best["source_id"],
                "source_line": int(best["source_line"]), "source_ids": ";".join(sources), "n_sources": len(sources),
                "in_national_list": in_list, "flag": flag,
            })
    return _frame("funding_timeline", rows)


def _conflict_frame(conflicts: list[SourceConflict]):
    rows = [c.__dict__ if c.lines else {**c.__dict__, "lines": "" if c.line_a is None else str(c.line_a)}
            for c in conflicts]  # (the rows are only read: a conflict's own fields serve as its row)
    return _frame("source_conflicts", rows)


def within_release_conflicts(releases: list[LocalRelease], compared: list[SourceConflict] = ()) -> list[SourceConflict]:
    """The discrepancies each release carries (:func:`funding.parse.releases.release_conflicts`) as rows, less the
    disagreements between two figures that ``compared`` (:func:`award_conflicts`' rows) already reports: two lines of
    one release stating one grant differently, found by both, are one disagreement and are listed once."""
    pairs: dict[str, list[set[int]]] = {}
    for c in compared:
        if c.compatible is False and c.source_a == c.source_b and c.line_b is not None:
            pairs.setdefault(c.source_a, []).append({c.line_a, c.line_b})
    out = []
    for r in releases:
        for c in r.conflicts:
            if c.kind in ("different_amount", "bound_vs_exact") and \
                    any(set(c.lines) & lines for lines in pairs.get(c.source_id, ())):
                continue
            first, last = c.lines[0], c.lines[-1]
            out.append(SourceConflict(c.subject, c.pfa_code, c.source_id, first, c.value_a, c.source_id,
                                      last if len(c.lines) > 1 else None, c.value_b, c.kind, c.compatible, c.detail,
                                      ";".join(str(x) for x in c.lines)))
    return out


def timeline_conflicts(timeline) -> list[SourceConflict]:
    """A local award the round's national list does not name, as a row of ``source_conflicts``."""
    out = []
    flagged = timeline[timeline["flag"] != ""]
    for r in flagged.to_dict("records"):
        a = Amount(int(r["amount_pence"]), int(r["amount_precision_pence"]), r["amount_qualifier"], "")
        funder = r["funder"] or "funder not stated"
        out.append(SourceConflict(
            f"award {r['round']}", r["pfa_code"], r["source_id"], int(r["source_line"]), describe_amount(a),
            "", None, f"no {r['round']} award in the national list", r["flag"], None,
            f"the release states {describe_amount(a)} for {r['round']} ({funder}); the national list for "
            f"{r['round']} has no award for {r['pfa_name']}"
            + ("" if r["funder"] == "Home Office" else "; the release names no funder, so the money may come "
               "from another budget"),
        ))
    return out


def release_tables(release: LocalRelease) -> dict:
    """The release tables of one release on its own (what ``funding read-release`` prints):
    the fact tables, ``people``, the diagnostics, and ``source_conflicts`` inside the release."""
    tables = release_frames([release])
    compared = award_conflicts(tables["local_awards"])
    conflicts = compared + within_release_conflicts([release], compared) + outcome_inconsistencies(tables["outcomes"])
    tables["source_conflicts"] = _conflict_frame(conflicts)
    return tables


def build_local_tables(awards, releases: list[LocalRelease]) -> dict:
    """The release tables (this module's docstring) from extracted ``releases`` and the
    national ``awards`` table (``round, pcc, pfa_code, pfa_name, bids, amount_pence,
    source_id, source_line``)."""
    tables = release_frames(releases)
    compared = award_conflicts(tables["local_awards"])
    conflicts = (
        compared
        + national_conflicts(tables["local_awards"], awards)
        + component_conflicts(tables["programme_components"], tables["organisations"])
        + partner_conflicts(tables["organisations"])
        + outcome_inconsistencies(tables["outcomes"])
        + within_release_conflicts(releases, compared)
    )
    tables["funding_timeline"] = funding_timeline(tables["local_awards"], awards)
    tables["source_conflicts"] = _conflict_frame(conflicts + timeline_conflicts(tables["funding_timeline"]))
    return tables


def json_value(x):
    """A table cell as a plain JSON value: missing (None, NA, NaN) as ``None``, numpy scalars as Python ones."""
    if x is None:
        return None
    try:
        import pandas as pd

        if pd.isna(x):
            return None
    except (TypeError, ValueError):  # lists and other non-scalars
        pass
    return x.item() if hasattr(x, "item") else x


def release_json(tables: dict) -> dict:
    """The release tables as plain JSON values: ``{table: [row, …]}``, columns in their declared order,
    missing values as ``null`` (what ``funding read-release --json`` prints)."""
    out = {}
    for name in ("local_awards", "programme_components", "outcomes", "organisations", "people", "local_diagnostics",
                 "source_conflicts"):
        frame = tables[name]
        cols = columns_of(name)
        out[name] = [{c: json_value(r[c]) for c in cols} for r in frame[cols].to_dict("records")]
    return out
