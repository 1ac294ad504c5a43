"""Tag each initiative with programme types, by a transparent rule table.

The rules are package data (``data/programme_types.toml``): a regular
expression per rule, and an optional ``unless`` pattern read in the text just
before a match.  Each tag records the rule and the words it matched.  Single
tags are corrected in ``data/programme_type_overrides.csv``, whose reason is
kept beside the tag.  Risk level is read on its own, with the same care.
"""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from funding.core.packagedata import data_text, data_toml
from funding.errors import SourceError

__all__ = [
    "Rule",
    "Tag",
    "RiskReading",
    "PROGRAMME_TYPES",
    "rules",
    "type_labels",
    "tag_text",
    "read_risk",
    "load_overrides",
    "apply_overrides",
    "programme_tags",
    "programme_risk",
]

_WINDOW = 80
_SENTENCE_WINDOW = 300
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
#: Earlier in the same sentence: the risk phrase describes another, existing service.
_OTHER_SERVICE = re.compile(r"\b(?:alongside|complement\w*|beside)\b[^.]*\bexisting\b|\bexisting (?:work|service|provision)\b", re.I)


@dataclass(frozen=True)
class Rule:
    rule_id: str
    programme_type: str
    pattern: re.Pattern
    unless: re.Pattern | None
    note: str


@dataclass(frozen=True)
class Tag:
    programme_type: str
    rule_id: str
    matched_text: str
    origin: str = "rule"  # "rule" or "override"
    reason: str = ""


@dataclass(frozen=True)
class RiskReading:
    """The risk level(s) an initiative names for its own perpetrators."""

    risk_level: str  # e.g. "high", "medium", "low/medium", "all levels", "not stated"
    evidence: str  # the words read
    ignored: str  # risk words that describe another service, and were set aside


@lru_cache(maxsize=1)
def _config() -> dict:
    return data_toml("programme_types.toml")


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The rule table, compiled, in file order."""
    config = _config()
    known = set(config["types"])
    compiled = []
    for row in config["rules"]:
        if row["type"] not in known:
            raise SourceError("programme_types.toml", None, f"rule {row['id']}: type {row['type']!r}", "one of the [types.*] declared in the file")
        compiled.append(
            Rule(
                rule_id=row["id"],
                programme_type=row["type"],
                pattern=re.compile(row["pattern"], re.I),
                unless=re.compile(row["unless"], re.I) if row.get("unless") else None,
                note=row.get("note", ""),
            )
        )
    return tuple(compiled)


def type_labels() -> dict[str, str]:
    """Programme type → readable label, in the order of the rule file."""
    return {name: spec["label"] for name, spec in _config()["types"].items()}


def short_type_labels() -> dict[str, str]:
    """Readable label → short axis label (``short`` in the rule file, else the label before any bracket)."""
    return {spec["label"]: spec.get("short", spec["label"].split(" (")[0]) for spec in _config()["types"].values()}


PROGRAMME_TYPES: tuple[str, ...] = tuple(data_toml("programme_types.toml")["types"])


def tag_text(text: str) -> list[Tag]:
    """Tags for one initiative: at most one per programme type (the first rule and match that fire)."""
    tags: dict[str, Tag] = {}
    for rule in rules():
        if rule.programme_type in tags:
            continue
        for m in rule.pattern.finditer(text):
            before = text[max(0, m.start() - _WINDOW) : m.start()]
            if rule.unless is not None and rule.unless.search(before):
                continue
            tags[rule.programme_type] = Tag(rule.programme_type, rule.rule_id, m.group(0))
            break
    # A type whose work is always also another's (child-to-parent abuse is abuse by young
    # people) brings that type with it: `implies` in the rule file.
    for tag in list(tags.values()):
        for implied in _config()["types"][tag.programme_type].get("implies", []):
            if implied not in tags:
                tags[implied] = Tag(implied, f"{tag.rule_id} (implies {implied})", tag.matched_text)
    order = {t: i for i, t in enumerate(PROGRAMME_TYPES)}
    return sorted(tags.values(), key=lambda t: order[t.programme_type])


def read_risk(text: str) -> RiskReading:
    """The risk level an initiative's text gives for its own perpetrators."""
    spec = _config()["risk"]
    pattern = re.compile(spec["pattern"], re.I)
    context = re.compile(spec["context"], re.I)
    levels: list[str] = []
    evidence: list[str] = []
    ignored: list[str] = []
    for m in pattern.finditer(text):
        # The whole sentence before the phrase (up to _SENTENCE_WINDOW characters): "works
        # alongside the existing work of X, which sits within a suite of interventions for
        # perpetrators posing all levels of risk" describes X, however far the phrase is.
        start = max(0, m.start() - _SENTENCE_WINDOW)
        before = _SENTENCE_START.split(text[start : m.start()])[-1]
        if context.search(before) or _OTHER_SERVICE.search(before):
            ignored.append(m.group(0))
            continue
        level = "all levels" if m.group("all") else re.sub(r"\s*/\s*", "/", m.group("level").lower())
        if level not in levels:
            levels.append(level)
        evidence.append(m.group(0))
    return RiskReading(
        risk_level="; ".join(levels) if levels else "not stated",
        evidence="; ".join(evidence),
        ignored="; ".join(ignored),
    )


@dataclass(frozen=True)
class Override:
    round: str
    pfa_code: str
    initiative_no: int
    programme_type: str
    action: str  # "add" or "remove"
    reason: str
    line: int


def load_overrides(path: Path | None = None) -> list[Override]:
    """The committed overrides (or another file), validated line by line."""
    if path is None:
        text, name = data_text("programme_type_overrides.csv"), "programme_type_overrides.csv"
    else:
        text, name = Path(path).read_text(encoding="utf-8"), str(path)
    rows = list(csv.reader(text.splitlines()))
    header = ["round", "pfa_code", "initiative_no", "programme_type", "action", "reason"]
    if not rows or rows[0] != header:
        raise SourceError(name, 1, ",".join(rows[0]) if rows else "", "the header " + ",".join(header))
    out = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise SourceError(name, number, ",".join(row), f"{len(header)} fields: " + ",".join(header))
        rec = dict(zip(header, row))
        if rec["programme_type"] not in PROGRAMME_TYPES:
            raise SourceError(name, number, rec["programme_type"], "a programme type: " + ", ".join(PROGRAMME_TYPES))
        if rec["action"] not in ("add", "remove"):
            raise SourceError(name, number, rec["action"], "'add' or 'remove'")
        if not rec["reason"].strip():
            raise SourceError(name, number, ",".join(row), "a reason for the override")
        if not rec["initiative_no"].isdigit():
            raise SourceError(name, number, rec["initiative_no"], "an initiative number (1, 2, …)")
        out.append(Override(rec["round"], rec["pfa_code"], int(rec["initiative_no"]), rec["programme_type"], rec["action"], rec["reason"], number))
    return out


def apply_overrides(
    tags: dict[tuple[str, str, int], list[Tag]], overrides: list[Override], source: str = "programme_type_overrides.csv"
) -> dict[tuple[str, str, int], list[Tag]]:
    """Tags keyed by (round, pfa_code, initiative_no) with the overrides applied.

    Overrides for rounds not in ``tags`` are left for their own list.  Within a
    round, an override that names no known initiative, removes a tag that is not
    there or adds one that is, is an error: a stale correction must not pass unseen.
    """
    result = {key: list(value) for key, value in tags.items()}
    rounds = {key[0] for key in tags}
    for o in overrides:
        if o.round not in rounds:  # a correction to another round's list
            continue
        key = (o.round, o.pfa_code, o.initiative_no)
        if key not in result:
            raise SourceError(source, o.line, f"{o.round} {o.pfa_code} initiative {o.initiative_no}", "an initiative of the award list")
        present = {t.programme_type for t in result[key]}
        if o.action == "add":
            if o.programme_type in present:
                raise SourceError(source, o.line, f"add {o.programme_type}", "a tag the rules do not already give")
            result[key].append(Tag(o.programme_type, "override", "", "override", o.reason))
        else:
            if o.programme_type not in present:
                raise SourceError(source, o.line, f"remove {o.programme_type}", "a tag the rules give")
            result[key] = [t for t in result[key] if t.programme_type != o.programme_type]
            result[key].append(Tag(o.programme_type, "override-remove", "", "override-remove", o.reason))
    return result


def programme_tags(
    strands: list[tuple[tuple, bool]], tags: dict[tuple, list[Tag]]
) -> dict[tuple, list[Tag]]:
    """Tags with each programme's labels on every bullet of it.

    ``strands`` are ``(key, continues_previous)`` in printed order (keys as in ``tags``,
    with the award in them); a strand that continues the one before belongs to the
    same programme, and both carry the programme's types, as described across its
    bullets.  A type a bullet takes from another bullet of its programme is a Tag
    with origin ``programme``; removed tags (origin ``override-remove``) are kept
    as they are and are not spread."""
    groups: list[list[tuple]] = []
    for key, continues in strands:
        if continues and groups and groups[-1][0][:-1] == key[:-1]:
            groups[-1].append(key)
        else:
            groups.append([key])
    result = {k: list(v) for k, v in tags.items()}
    order = {t: i for i, t in enumerate(PROGRAMME_TYPES)}
    for group in groups:
        if len(group) < 2:
            continue
        for key in group:
            own = {t.programme_type for t in result[key] if t.origin != "override-remove"}
            removed = {t.programme_type: t for t in result[key] if t.origin == "override-remove"}
            for other in group:
                if other == key:
                    continue
                for t in tags[other]:
                    if t.origin == "override-remove" or t.programme_type in own:
                        continue
                    own.add(t.programme_type)
                    reason = f"the programme of strand {other[-1]}, which strand {key[-1]} is part of" if other[-1] < key[-1] else f"the programme continued in strand {other[-1]}"
                    if t.programme_type in removed:  # the programme's type, though not this bullet's words
                        reason += f"; not from this strand's own words ({removed[t.programme_type].reason})"
                        result[key] = [x for x in result[key] if x is not removed[t.programme_type]]
                    result[key].append(Tag(t.programme_type, t.rule_id, t.matched_text, "programme", reason))
        for key in group:
            result[key].sort(key=lambda t: (order[t.programme_type], t.origin))
    return result


def programme_risk(strands: list[tuple[tuple, bool]], risks: dict[tuple, RiskReading]) -> dict[tuple, RiskReading]:
    """Risk readings with a programme's stated level on the bullets of it that state none."""
    result = dict(risks)
    groups: list[list[tuple]] = []
    for key, continues in strands:
        if continues and groups and groups[-1][0][:-1] == key[:-1]:
            groups[-1].append(key)
        else:
            groups.append([key])
    for group in groups:
        stated = [risks[k] for k in group if risks[k].risk_level != "not stated"]
        if not stated or len(group) < 2:
            continue
        levels: list[str] = []
        for r in stated:
            for level in r.risk_level.split("; "):
                if level not in levels:
                    levels.append(level)
        for k in group:
            if risks[k].risk_level == "not stated":
                result[k] = RiskReading("; ".join(levels), "(the programme's) " + "; ".join(r.evidence for r in stated), risks[k].ignored)
    return result
