"""Reconcile an award list with what its publisher states.

Every figure is computed from the parsed records and set against the figure
the source states (its headline, its count of PCCs) or a rule of the round
(each area once, amounts in a plausible range, every line accounted for).
The result is a table of check, expected, found, status.
"""

from __future__ import annotations

from collections import Counter

from funding.parse.awards import AwardList
from funding.core.money import format_pounds
from funding.reference.register import register
from funding.reference.rounds import round_config, stated_facts

COLUMNS = ["source_id", "check", "expected", "found", "status", "basis"]


def reconcile_award_list(al: AwardList):
    """The reconciliation table for one parsed award list (a DataFrame)."""
    import pandas as pd

    rows: list[dict[str, str]] = []

    def add(check: str, expected: str, found: str, ok: bool | None, basis: str) -> None:
        status = "ok" if ok else ("not checked" if ok is None else "MISMATCH")
        rows.append({"source_id": al.source_id, "check": check, "expected": expected, "found": found, "status": status, "basis": basis})

    total = al.total_pence
    if al.stated_total is not None:
        add(
            "total amount",
            f"{al.stated_total.text} (stated, to the nearest {format_pounds(al.stated_total.precision_pence)})",
            format_pounds(total),
            al.stated_total.allows(total),
            f"headline at line {al.stated_total_line}; summed over {len(al.awards)} awards",
        )
    else:
        add("total amount", "a stated total", format_pounds(total), None, "the source states no total")

    stated_pccs, basis = al.stated_pcc_count, f"stated at line {al.stated_pcc_count_line}"
    if stated_pccs is None:
        fact = stated_facts().get((al.source_id, "pcc_count"))
        if fact:
            stated_pccs, basis = int(fact["value"]), fact["basis"]
    add(
        "number of PCCs",
        str(stated_pccs) if stated_pccs is not None else "a stated count",
        str(len(al.awards)),
        (stated_pccs == len(al.awards)) if stated_pccs is not None else None,
        basis if stated_pccs is not None else "the source states no count",
    )

    cfg = round_config(al.round)
    most = cfg.get("max_bids_per_award")
    printed = [a for a in al.awards if a.bids is not None]  # bids are null where the list prints none
    outside = [f"{a.pfa_name} ({a.bids})" for a in printed if a.bids < 1 or (most is not None and a.bids > most)]
    add(
        "number of bids",
        f"1 to {most} per award" if most is not None else "at least one per award",
        (f"{al.total_bids} bids, {min(a.bids for a in printed)} to {max(a.bids for a in printed)} per award" if printed else "no bids printed")
        + (f"; outside: {', '.join(outside)}" if outside else "")
        + (f"; not printed for {len(al.awards) - len(printed)} awards" if printed and len(printed) < len(al.awards) else ""),
        (not outside) if printed else None,
        "the number in parentheses after each area" + (f"; the limit: {cfg['max_bids_basis']}" if most is not None else ""),
    )

    codes = Counter(a.pfa_code for a in al.awards)
    dupes = sorted(c for c, n in codes.items() if n > 1)
    add("duplicate areas", "0", str(len(dupes)) + (f" ({', '.join(dupes)})" if dupes else ""), not dupes, "each police force area at most once in a round")

    valid = set(register().codes)
    bad = [a.pfa_code for a in al.awards if a.pfa_code not in valid]
    add("valid area codes", f"{len(al.awards)} of {len(al.awards)}", f"{len(al.awards) - len(bad)} of {len(al.awards)}", not bad, "ONS police force area codes (E23…/W15…) from the register")

    low, high = cfg.get("plausible_min_pence"), cfg.get("plausible_max_pence")
    if low is not None and high is not None and al.awards:
        outside = [f"{a.pfa_name} {format_pounds(a.amount_pence)}" for a in al.awards if not low <= a.amount_pence <= high]
        smallest = min(a.amount_pence for a in al.awards)
        largest = max(a.amount_pence for a in al.awards)

        def holders(pence: int) -> str:  # every area with that amount: ties are named, not one of them
            names = sorted(a.pfa_name for a in al.awards if a.amount_pence == pence)
            return " and ".join(filter(None, [", ".join(names[:-1]), names[-1]]))

        add(
            "amounts in plausible range",
            f"each between {format_pounds(low)} and {format_pounds(high)}",
            f"{format_pounds(smallest)} ({holders(smallest)}) to {format_pounds(largest)} ({holders(largest)})"
            + (f"; outside: {', '.join(outside)}" if outside else ""),
            not outside,
            "project assumption in fund.toml, not a published rule",
        )

    roles = Counter(l.role for l in al.lines)
    accounted = sum(roles.values())
    add(
        "lines accounted for",
        "every non-blank line assigned to an award, heading, preamble, postamble or boilerplate",
        ", ".join(f"{n} {role}" for role, n in sorted(roles.items())) + f" ({accounted} lines)",
        roles.get("unassigned", 0) == 0,
        "unassigned lines are listed by `funding parse-awards`",
    )
    return pd.DataFrame(rows, columns=COLUMNS)
