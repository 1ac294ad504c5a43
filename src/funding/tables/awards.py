"""The award-list tables: ``awards``, ``award_years``, ``initiatives``, ``programme_tags``,
``reconciliation`` and ``award_list_lines``, from parsed award lists.

Pure: takes :class:`~funding.parse.awards.AwardList` records, returns typed
DataFrames (:func:`funding.reference.schemas.typed_frame`).  Reading the lists
from the mirror is :mod:`funding.pipeline`'s job.
"""

from __future__ import annotations


import pandas as pd

from funding.parse.awards import AwardList
from funding.parse.programme_types import apply_overrides, load_overrides, programme_risk, programme_tags, read_risk, tag_text
from funding.reference.schemas import typed_frame
from funding.tables.checks import reconcile_award_list

def _clip_words(text: str, n: int = 8) -> str:
    words = text.split()
    return text if len(words) <= n else " ".join(words[:4]) + " … " + " ".join(words[-3:])


def build_award_tables(lists: AwardList | list[AwardList]) -> dict[str, pd.DataFrame]:
    """``awards``, ``initiatives`` (with ``text`` in memory), ``programme_tags``,
    ``reconciliation`` and ``award_list_lines``.

    Each table carries the round and the source id of every row.
    """
    if isinstance(lists, AwardList):
        lists = [lists]
    awards, initiatives, lines, tag_rows, reconciliation, years = [], [], [], [], [], []
    tags: dict[tuple[str, str, int], list] = {}
    for al in lists:
        for a in al.awards:
            for i in a.initiatives:
                tags[(a.round, a.pfa_code, i.initiative_no)] = tag_text(i.text)
    tags = apply_overrides(tags, load_overrides())
    # A bullet that continues the programme of the one before carries the programme's types and risk.
    strands = [((a.round, a.pfa_code, i.initiative_no), i.continues_previous) for al in lists for a in al.awards for i in a.initiatives]
    tags = programme_tags(strands, tags)
    risks = programme_risk(strands, {key: read_risk(i.text) for al in lists for a in al.awards for i in a.initiatives for key in [(a.round, a.pfa_code, i.initiative_no)]})
    for al in lists:
        for a in al.awards:
            awards.append(
                {
                    "round": a.round, "pfa_code": a.pfa_code, "pfa_name": a.pfa_name, "pcc": a.pcc, "bids": a.bids,
                    "amount_pence": a.amount_pence, "initiatives": len(a.initiatives), "source_id": a.source_id,
                    "source_line": a.source_line,
                }
            )
            years.extend(
                {"round": a.round, "pfa_code": a.pfa_code, "pfa_name": a.pfa_name, "financial_year": y.financial_year,
                 "amount_pence": y.amount_pence, "source_id": a.source_id, "source_line": a.source_line}
                for y in a.years
            )
            for i in a.initiatives:
                key = (a.round, a.pfa_code, i.initiative_no)
                risk = risks[key]
                kept = [t for t in tags[key] if t.origin != "override-remove"]
                initiatives.append(
                    {
                        "round": a.round, "pfa_code": a.pfa_code, "pfa_name": a.pfa_name, "initiative_no": i.initiative_no,
                        "programme_types": ";".join(t.programme_type for t in kept), "continues_previous": i.continues_previous,
                        "risk_level": risk.risk_level,
                        "risk_evidence": risk.evidence, "risk_set_aside": risk.ignored, "word_count": len(i.text.split()),
                        "source_id": a.source_id, "source_line": i.source_line, "source_line_end": i.source_line_end,
                        "text": i.text,
                    }
                )
                for t in tags[key]:
                    tag_rows.append(
                        {
                            "round": a.round, "pfa_code": a.pfa_code, "pfa_name": a.pfa_name, "initiative_no": i.initiative_no,
                            "programme_type": t.programme_type, "rule_id": t.rule_id, "matched_text": _clip_words(t.matched_text),
                            "origin": t.origin, "reason": t.reason, "source_id": a.source_id, "source_line": i.source_line,
                        }
                    )
        for l in al.lines:
            lines.append({"source_id": al.source_id, "line": l.line, "role": l.role, "pfa_code": l.pfa_code, "note": l.note})
        reconciliation.extend(reconcile_award_list(al).to_dict("records"))
    built = {
        "awards": awards,
        "initiatives": initiatives,
        "programme_tags": tag_rows,
        "award_list_lines": lines,
        "award_years": years,
        "reconciliation": reconciliation,
    }
    return {name: typed_frame(name, rows) for name, rows in built.items()}
