"""The figures the notebooks and the findings report: rankings, concentration,
money per resident and money by programme type.

Every function takes tidy tables (see :func:`funding.tables.build_tables`) and
returns a tidy DataFrame or a small frozen record.  Money stays in integer
pence; shares and the Gini coefficient are computed exactly with
:class:`fractions.Fraction` and only turned into floats for display.

Money by programme type
-----------------------
The award list gives one amount per PCC and describes one or more strands of
work ("initiatives") for it, without saying how the amount is divided between
them.  Any split by programme type is therefore an *attribution*, and this
module states its method:

``equal split`` (:func:`money_by_type`)
    each award is divided equally between its initiatives, and each
    initiative's share equally between the programme types it is tagged with.
    An initiative with no tag keeps its share under ``untagged``.  Shares are
    exact fractions of a penny, rounded to whole pence at the end by the
    largest-remainder method, so the types sum to the round's total exactly.

``upper bound`` (:func:`money_by_type_upper_bound`)
    the full amount of an award is counted under every type present in any of
    its initiatives: the most money that could have gone to that type.  These
    figures overlap and do not sum to the total.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import pandas as pd

from funding.parse.programme_types import PROGRAMME_TYPES, type_labels
from funding.reference.rounds import featured_round, round_config

__all__ = [
    "UNTAGGED",
    "category_labels",
    "Concentration",
    "ranked_awards",
    "round_summary",
    "strands_per_award",
    "amount_distribution",
    "amount_per_resident",
    "areas_without_award",
    "coverage_sentence",
    "bids_vs_amount",
    "concentration",
    "AreaConcentration",
    "area_concentration",
    "concentration_sentences",
    "areas_without_budget_holder_caveat",
    "lorenz_points",
    "gini",
    "type_matrix",
    "money_by_type",
    "money_by_type_upper_bound",
    "category_of_type",
    "reference_comparison",
    "reference_comparison_sentences",
    "line_roles",
    "tag_audit",
    "LOCAL_AREAS",
    "local_components",
    "local_partners",
    "local_outcomes",
    "local_money",
    "local_people",
    "local_timeline",
    "local_figure_sentences",
    "financial_years",
    "FUNDER_NOT_STATED",
    "local_conflicts",
    "largest_remainder",
]

#: The bucket for initiatives that no rule tagged.
UNTAGGED = "untagged"

def category_labels(round_name: str | None = None) -> dict[str, str]:
    """Readable names of the reference split's categories (fund.toml), and of ``untagged``."""
    split = round_config(round_name or featured_round())["reference_split"]
    return {**split["labels"], UNTAGGED: split["untagged_label"]}


def _round_awards(awards: pd.DataFrame, round_name: str | None) -> pd.DataFrame:
    if round_name is not None:
        awards = awards[awards["round"] == round_name]
    return awards


def ranked_awards(awards: pd.DataFrame, round_name: str | None = None) -> pd.DataFrame:
    """Awards from largest to smallest with rank, share of the round and cumulative share.

    Ties keep the same rank (``min`` method) and are ordered by area name.
    """
    a = _round_awards(awards, round_name)
    a = a.sort_values(["amount_pence", "pfa_name"], ascending=[False, True], kind="mergesort").reset_index(drop=True)
    total = int(a["amount_pence"].sum())
    out = a[["round", "pfa_code", "pfa_name", "bids", "initiatives", "amount_pence"]].copy()
    out.insert(0, "rank", a["amount_pence"].rank(method="min", ascending=False).astype("Int64"))
    out["share"] = [float(Fraction(int(v), total)) for v in a["amount_pence"]]
    out["cumulative_share"] = [float(Fraction(int(v), total)) for v in a["amount_pence"].cumsum()]
    return out


@dataclass(frozen=True)
class RoundSummary:
    """Headline facts of one round's award list."""

    round: str
    awards: int
    bids: int
    total_pence: int
    largest_pence: int
    largest_areas: tuple[str, ...]  # every area with the largest amount (ties)
    smallest_pence: int
    smallest_areas: tuple[str, ...]  # every area with the smallest amount (ties)
    median_pence: int
    initiatives: int  # the bullets (rows of ``initiatives``), one strand or more about a strand
    multi_bid_areas: tuple[str, ...]
    strands: int | None = None  # the strands of work: bullets that do not continue the one before


def strands_per_award(initiatives: pd.DataFrame, round_name: str | None = None) -> dict[tuple[str, str], int]:
    """How many strands of work each award describes, by (round, pfa_code): its initiatives that
    do not continue the one before (``continues_previous``: a bullet that only says more about
    the strand above it is part of that strand, not a strand of its own)."""
    i = _round_awards(initiatives, round_name)
    own = i[~i["continues_previous"].fillna(False).astype(bool)]
    counts = own.groupby(["round", "pfa_code"], sort=True).size()
    return {(str(r), str(c)): int(n) for (r, c), n in counts.items()}


def round_summary(awards: pd.DataFrame, round_name: str | None = None, initiatives: pd.DataFrame | None = None) -> RoundSummary:
    """Counts, total, largest, smallest and median award of a round; with ``initiatives``, also
    the strands of work they describe (:func:`strands_per_award`; else ``strands`` is None).

    The median of an even number of awards is the mean of the middle two,
    rounded half-up to a whole penny.
    """
    round_name = round_name or featured_round()
    a = ranked_awards(awards, round_name)
    values = sorted(int(v) for v in a["amount_pence"])
    n = len(values)
    if n == 0:
        raise ValueError(f"no awards in round {round_name!r}")
    mid = n // 2
    median = values[mid] if n % 2 else (values[mid - 1] + values[mid] + 1) // 2
    multi = tuple(a.loc[a["bids"] > 1].sort_values("pfa_name")["pfa_name"])
    return RoundSummary(
        round=round_name,
        awards=n,
        bids=int(a["bids"].sum()),
        total_pence=sum(values),
        largest_pence=values[-1],
        largest_areas=tuple(sorted(a.loc[a["amount_pence"] == values[-1], "pfa_name"])),
        smallest_pence=values[0],
        smallest_areas=tuple(sorted(a.loc[a["amount_pence"] == values[0], "pfa_name"])),
        median_pence=median,
        initiatives=int(a["initiatives"].sum()),
        multi_bid_areas=multi,
        strands=None if initiatives is None else sum(strands_per_award(initiatives, round_name).values()),
    )


#: Bands for the distribution of award sizes (lower bounds in pence; the last is open).
AMOUNT_BANDS_PENCE = (0, 25_000_000, 50_000_000, 75_000_000, 100_000_000)


def amount_distribution(awards: pd.DataFrame, round_name: str | None = None, bands: tuple[int, ...] = AMOUNT_BANDS_PENCE) -> pd.DataFrame:
    """How many awards fall in each band of size (``band_low_pence`` ≤ amount < ``band_high_pence``)."""
    from funding.core.money import format_pounds_short

    a = _round_awards(awards, round_name)
    rows = []
    for i, low in enumerate(bands):
        high = bands[i + 1] if i + 1 < len(bands) else None
        inside = a[(a["amount_pence"] >= low) & ((a["amount_pence"] < high) if high is not None else True)]
        label = f"{format_pounds_short(low)} to under {format_pounds_short(high)}" if high is not None else f"{format_pounds_short(low)} or more"
        rows.append(
            {"band": label, "band_low_pence": low, "band_high_pence": high, "awards": len(inside),
             "amount_pence": int(inside["amount_pence"].sum())}
        )
    out = pd.DataFrame(rows)
    out["band_high_pence"] = out["band_high_pence"].astype("Int64")
    return out


def amount_per_resident(coverage: pd.DataFrame, round_name: str | None = None) -> pd.DataFrame:
    """Funded areas with their award in pence per resident, largest first.

    ``coverage`` is :func:`funding.tables.coverage.coverage_table` (the ``coverage``
    table), which holds the population and the exact amount per 100,000
    residents in integer pence; pence per resident is that over 100,000.
    """
    c = _round_awards(coverage, round_name)
    c = c[c["funded"].astype(bool)]
    out = c[["round", "pfa_code", "pfa_name", "region_name", "amount_pence", "population", "amount_per_100k_pence"]].copy()
    out["pence_per_resident"] = [int(v) / 100_000 for v in out["amount_per_100k_pence"]]
    return out.sort_values(["amount_per_100k_pence", "pfa_name"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


def areas_without_award(coverage: pd.DataFrame, round_name: str | None = None) -> pd.DataFrame:
    """The police force areas a round did not fund, by region, with their population."""
    c = _round_awards(coverage, round_name)
    c = c[~c["funded"].astype(bool)]
    cols = ["pfa_code", "pfa_name", "region_name", "country", "population"]
    return c[cols].sort_values(["country", "region_name", "pfa_name"], kind="mergesort").reset_index(drop=True)


def coverage_sentence(coverage: pd.DataFrame, round_name: str | None = None) -> str:
    """How many police force areas a round funded, of all of them, and how many it did not:
    "25 of the 43 police force areas received an award; 18 did not."."""
    c = _round_awards(coverage, round_name)
    funded = int(c["funded"].astype(bool).sum())
    return f"{funded} of the {len(c)} police force areas received an award; {len(c) - funded} did not."


def bids_vs_amount(awards: pd.DataFrame, round_name: str | None = None) -> pd.DataFrame:
    """Awards grouped by their number of bids: how many areas, total, mean and range."""
    a = _round_awards(awards, round_name)
    rows = []
    for bids, group in a.groupby("bids", sort=True):
        amounts = [int(v) for v in group["amount_pence"]]
        rows.append(
            {
                "bids": int(bids), "awards": len(amounts), "amount_pence": sum(amounts),
                "mean_pence": int(Fraction(sum(amounts), len(amounts)) + Fraction(1, 2)),
                "smallest_pence": min(amounts), "largest_pence": max(amounts),
                "areas": ", ".join(sorted(group["pfa_name"])),
            }
        )
    return pd.DataFrame(rows)


def gini(amounts_pence) -> Fraction:
    """The Gini coefficient of the amounts, exactly: Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄).

    Computed from the sorted values as (2 Σ i·x₍ᵢ₎) / (n Σ x) − (n + 1) / n.
    0 when every award is the same; it approaches 1 as one award takes everything.
    """
    xs = sorted(int(v) for v in amounts_pence)
    n = len(xs)
    if n == 0 or sum(xs) == 0:
        raise ValueError("the Gini coefficient needs at least one non-zero amount")
    weighted = sum(i * x for i, x in enumerate(xs, start=1))
    return Fraction(2 * weighted, n * sum(xs)) - Fraction(n + 1, n)


def lorenz_points(amounts_pence) -> pd.DataFrame:
    """The Lorenz curve: after the k smallest awards, their share of awards and of money.

    Starts at (0, 0) and ends at (1, 1).
    """
    xs = sorted(int(v) for v in amounts_pence)
    n, total = len(xs), sum(xs)
    rows = [{"awards": 0, "award_share": 0.0, "money_share": 0.0}]
    running = 0
    for k, x in enumerate(xs, start=1):
        running += x
        rows.append({"awards": k, "award_share": float(Fraction(k, n)), "money_share": float(Fraction(running, total))})
    return pd.DataFrame(rows)


@dataclass(frozen=True)
class Concentration:
    """How concentrated a round's money is."""

    awards: int
    total_pence: int
    top_n: int
    top_pence: int
    top_share: Fraction
    top_areas: tuple[str, ...]
    gini: Fraction
    equal_share: Fraction  # the share top_n awards would take if all were equal


def concentration(awards: pd.DataFrame, round_name: str | None = None, top_n: int = 5) -> Concentration:
    """Share of the largest ``top_n`` awards and the Gini coefficient, exactly."""
    r = ranked_awards(awards, round_name)
    amounts = [int(v) for v in r["amount_pence"]]
    return Concentration(awards=len(amounts), **_concentration_of(amounts, list(r["pfa_name"]), top_n))


def _concentration_of(amounts: list[int], names: list[str], top_n: int) -> dict:
    """Total, top-``top_n`` share, Gini and equal-share benchmark of some amounts, exactly.

    The largest come first; ties are broken by name, so the top areas are stable.
    """
    order = sorted(zip(amounts, names), key=lambda t: (-t[0], t[1]))
    top = order[:top_n]
    total = sum(amounts)
    top_pence = sum(v for v, _ in top)
    return {
        "total_pence": total,
        "top_n": top_n,
        "top_pence": top_pence,
        "top_share": Fraction(top_pence, total),
        "top_areas": tuple(name for _, name in top),
        "gini": gini(amounts),
        "equal_share": Fraction(min(top_n, len(amounts)), len(amounts)),
    }


@dataclass(frozen=True)
class AreaConcentration:
    """How concentrated a round's money is across *every* police force area,
    the areas it did not fund counted with zero."""

    areas: int  # every police force area in the coverage table for the round (43)
    funded_areas: int
    total_pence: int
    top_n: int
    top_pence: int
    top_share: Fraction
    top_areas: tuple[str, ...]
    gini: Fraction
    equal_share: Fraction  # the share top_n areas would take if every area had the same


def area_concentration(
    coverage: pd.DataFrame, round_name: str | None = None, top_n: int = 5, *, with_budget_holder_only: bool = False
) -> AreaConcentration:
    """Share of the ``top_n`` largest amounts and the Gini coefficient over every police force
    area of the round (the ``coverage`` table: one row per area, unfunded areas with amount 0).

    :func:`concentration` measures inequality among the awards made; this measures it among
    the areas, so that an area with nothing counts as the poorest, not as absent.
    ``with_budget_holder_only`` leaves out the areas with no PCC or equivalent
    (``budget_holder_type`` ``none`` in the register), which could not bid.
    """
    c = _round_awards(coverage, round_name)
    if with_budget_holder_only:
        from funding.reference.register import register

        reg = register()
        c = c[[reg.by_code(code).budget_holder_type != "none" for code in c["pfa_code"]]]
    if c.empty:
        raise ValueError(f"no coverage rows for round {round_name!r}")
    if c["pfa_code"].duplicated().any():
        raise ValueError("the coverage table has more than one row for an area in the round; pass round_name")
    amounts = [int(v) if bool(f) else 0 for v, f in zip(c["amount_pence"], c["funded"])]
    return AreaConcentration(
        areas=len(amounts),
        funded_areas=sum(1 for v in amounts if v > 0),
        **_concentration_of(amounts, list(c["pfa_name"]), top_n),
    )


def concentration_sentences(funded: Concentration, areas: AreaConcentration) -> str:
    """Markdown saying which concentration figure is which: among the awards made
    (``funded``, :func:`concentration`) and among every area, unfunded as zero
    (``areas``, :func:`area_concentration`)."""
    from funding.core.money import format_pounds_short

    unfunded = areas.areas - areas.funded_areas
    same_top = funded.top_pence == areas.top_pence and funded.total_pence == areas.total_pence
    lines = [
        f"* **Among the {funded.awards} awards made** (funded areas only): the {funded.top_n} largest "
        f"({', '.join(funded.top_areas)}) took **{format_pounds_short(funded.top_pence)}, {float(funded.top_share):.1%}** "
        f"of the {format_pounds_short(funded.total_pence)}, against {float(funded.equal_share):.0%} had every award been "
        f"equal; the Gini coefficient of the awards is **{float(funded.gini):.3f}**.",
        f"* **Among all {areas.areas} police force areas** ({unfunded} unfunded, counted as £0): the {areas.top_n} largest "
        f"took {float(areas.top_share):.1%}"
        + (" (the same money out of the same total)" if same_top else "")
        + f", against {float(areas.equal_share):.1%} had every area received the same; the Gini coefficient over "
        f"the areas is **{float(areas.gini):.3f}**.",
    ]
    if areas.gini != funded.gini:
        lines.append(
            f"\nThe first measures how unevenly the money was divided between the areas that got some; the second "
            f"also counts the {unfunded} areas that got none, so it is higher."
            if areas.gini > funded.gini else
            "\nThe first measures how unevenly the money was divided between the areas that got some; the second "
            "also counts the areas that got none."
        )
    return "\n".join(lines)


def areas_without_budget_holder_caveat(coverage: pd.DataFrame, round_name: str | None = None) -> str:
    """Caveat sentences on the police force areas with no PCC or equivalent budget holder
    (``budget_holder_type`` ``none`` in the register: the City of London), which could
    not have bid to a fund for PCCs but are counted in every "areas funded" figure.

    One sentence per such area: its population (``coverage``, rounded to the nearest
    hundred), and its region's count of areas funded with the share of the region's
    residents who live in a funded area.  Empty string when every area has a budget holder.
    """
    from funding.reference.register import register

    c = _round_awards(coverage, round_name)
    if c["pfa_code"].duplicated().any():
        raise ValueError("the coverage table has more than one row for an area; pass round_name")
    reg = register()
    none = c[[reg.by_code(code).budget_holder_type == "none" for code in c["pfa_code"]]]
    sentences = []
    for _, row in none.sort_values("pfa_name", kind="mergesort").iterrows():
        people = int(Fraction(int(row["population"]), 100) + Fraction(1, 2)) * 100
        region = c[c["region_name"] == row["region_name"]]
        funded = region[region["funded"].astype(bool)]
        share = Fraction(int(funded["population"].sum()), int(region["population"].sum()))
        counted = "counted as unfunded" if not bool(row["funded"]) else "counted as funded"
        sentences.append(
            f"{_display_area_name(row['pfa_name'])} has about {people:,} residents ({int(row['population_year'])}) "
            f"and no Police and Crime Commissioner or equivalent, so it could not have bid to this fund; it is "
            f"{counted} all the same. {row['region_name']}'s \"{len(funded)} of {len(region)} areas funded\" includes it: "
            f"{float(share):.1%} of {row['region_name']}'s residents live in a funded area."
        )
    return " ".join(sentences)


def _display_area_name(name: str) -> str:
    """'London, City of' → 'The City of London' (register names put the qualifier last)."""
    if ", " in name:
        head, tail = name.split(", ", 1)
        return f"The {tail} {head}"
    return name


def _tagged_initiatives(initiatives: pd.DataFrame, round_name: str | None) -> pd.DataFrame:
    i = _round_awards(initiatives, round_name)
    return i.assign(types=[[t for t in str(v).split(";") if t] if pd.notna(v) else [] for v in i["programme_types"]])


def type_matrix(initiatives: pd.DataFrame, round_name: str | None = None, *, labels: bool = False) -> pd.DataFrame:
    """Number of initiatives of each PCC (rows, by area name) tagged with each type
    (columns, in the rule file's order, plus ``untagged``).  Zeros are kept."""
    i = _tagged_initiatives(initiatives, round_name)
    columns = list(PROGRAMME_TYPES) + [UNTAGGED]
    areas = sorted(i["pfa_name"].unique())
    counts = {area: dict.fromkeys(columns, 0) for area in areas}
    for area, types in zip(i["pfa_name"], i["types"]):
        for t in types or [UNTAGGED]:
            counts[area][t] += 1
    out = pd.DataFrame.from_dict(counts, orient="index", columns=columns)
    out = out.loc[:, out.sum() > 0]
    out.index.name = "pfa_name"
    if labels:
        names = type_labels() | {UNTAGGED: "Not tagged"}
        out = out.rename(columns=names)
    return out


def largest_remainder(shares: dict[str, Fraction]) -> dict[str, int]:
    """Round exact shares (in pence) to whole pence so that they keep their exact sum.

    The sum of ``shares`` must be a whole number of pence.  Each share is rounded
    down, and the pence left over go to the largest remainders (ties by key).
    """
    total = sum(shares.values(), Fraction(0))
    if total.denominator != 1:
        raise ValueError("the shares do not sum to a whole number of pence")
    floors = {k: v.numerator // v.denominator for k, v in shares.items()}
    left = int(total) - sum(floors.values())
    order = sorted(shares, key=lambda k: (-(shares[k] - floors[k]), k))
    for k in order[:left]:
        floors[k] += 1
    return floors


def _exact_by_type(awards: pd.DataFrame, initiatives: pd.DataFrame, round_name: str | None) -> dict[str, Fraction]:
    a = _round_awards(awards, round_name)
    i = _tagged_initiatives(initiatives, round_name)
    shares: dict[str, Fraction] = {t: Fraction(0) for t in list(PROGRAMME_TYPES) + [UNTAGGED]}
    by_award = {key: group for key, group in i.groupby(["round", "pfa_code"], sort=True)}
    for rnd, code, amount in zip(a["round"], a["pfa_code"], a["amount_pence"]):
        group = by_award.get((rnd, code))
        if group is None or group.empty:
            shares[UNTAGGED] += int(amount)
            continue
        per_initiative = Fraction(int(amount), len(group))
        for types in group["types"]:
            for t in types or [UNTAGGED]:
                shares[t] += per_initiative / len(types or [UNTAGGED])
    return shares


def money_by_type(awards: pd.DataFrame, initiatives: pd.DataFrame, round_name: str | None = None) -> pd.DataFrame:
    """Money attributed to each programme type by the equal-split method (see module doc),
    with the upper bound beside it; largest first, ``untagged`` last."""
    exact = _exact_by_type(awards, initiatives, round_name)
    rounded = largest_remainder(exact)
    upper = money_by_type_upper_bound(awards, initiatives, round_name).set_index("programme_type")
    total = sum(rounded.values())
    names = type_labels() | {UNTAGGED: "Not tagged"}
    rows = []
    for t, pence in rounded.items():
        if pence == 0 and t != UNTAGGED:
            continue
        rows.append(
            {
                "programme_type": t, "label": names[t], "category": category_of_type(t),
                "attributed_pence": pence, "attributed_share": float(Fraction(pence, total)),
                "upper_bound_pence": int(upper["upper_bound_pence"].get(t, 0)),
                "awards_with_type": int(upper["awards_with_type"].get(t, 0)),
            }
        )
    out = pd.DataFrame(rows)
    out["_last"] = out["programme_type"] == UNTAGGED
    out = out.sort_values(["_last", "attributed_pence", "programme_type"], ascending=[True, False, True], kind="mergesort")
    return out.drop(columns="_last").reset_index(drop=True)


def money_by_type_upper_bound(awards: pd.DataFrame, initiatives: pd.DataFrame, round_name: str | None = None) -> pd.DataFrame:
    """For each type: the total of every award with at least one initiative of that type."""
    a = _round_awards(awards, round_name)
    i = _tagged_initiatives(initiatives, round_name)
    present: dict[tuple[str, str], set[str]] = {}
    for rnd, code, types in zip(i["round"], i["pfa_code"], i["types"]):
        present.setdefault((rnd, code), set()).update(types or [UNTAGGED])
    rows = []
    for t in list(PROGRAMME_TYPES) + [UNTAGGED]:
        hit = [int(amt) for rnd, code, amt in zip(a["round"], a["pfa_code"], a["amount_pence"]) if t in present.get((rnd, code), {UNTAGGED})]
        rows.append({"programme_type": t, "upper_bound_pence": sum(hit), "awards_with_type": len(hit)})
    return pd.DataFrame(rows)


def category_of_type(programme_type: str, round_name: str | None = None) -> str:
    """The College of Policing category (``fund.toml``) a programme type falls in."""
    round_name = round_name or featured_round()
    if programme_type == UNTAGGED:
        return UNTAGGED
    cats = round_config(round_name)["reference_split"]["categories"]
    for cat, types in cats.items():
        if programme_type in types:
            return cat
    raise ValueError(f"programme type {programme_type!r} is in no category of the {round_name} reference split (fund.toml)")


def reference_comparison(awards: pd.DataFrame, initiatives: pd.DataFrame, round_name: str | None = None) -> pd.DataFrame:
    """Our attribution by category set against the College of Policing's split.

    Columns: ``category``, ``label``, ``attributed_pence`` (equal split),
    ``upper_bound_pence`` (the full amount of every award with a type in the
    category), ``reference_pence`` (the published figure, given to the nearest
    ``reference_precision_pence``), ``difference_pence`` (attributed − reference)
    ``within_rounding`` (whether the difference is no more than half the
    reference's precision) and ``reference_above_upper_bound`` (the published
    figure is more than even the upper bound: no way of dividing the awards
    listed can reach it).
    """
    round_name = round_name or featured_round()
    ref = round_config(round_name)["reference_split"]
    exact = _exact_by_type(awards, initiatives, round_name)
    cats = list(ref["categories"]) + [UNTAGGED]
    by_cat_exact = {c: Fraction(0) for c in cats}
    for t, v in exact.items():
        by_cat_exact[category_of_type(t, round_name)] += v
    by_cat = largest_remainder(by_cat_exact)

    a = _round_awards(awards, round_name)
    i = _tagged_initiatives(initiatives, round_name)
    present: dict[str, set[str]] = {}
    for code, types in zip(i["pfa_code"], i["types"]):
        present.setdefault(code, set()).update(category_of_type(t, round_name) for t in (types or [UNTAGGED]))
    precision = int(ref["precision_pence"])
    rows = []
    for c in cats:
        reference = ref.get(f"{c}_pence")
        upper = sum(int(amt) for code, amt in zip(a["pfa_code"], a["amount_pence"]) if c in present.get(code, {UNTAGGED}))
        diff = None if reference is None else by_cat[c] - int(reference)
        rows.append(
            {
                "category": c, "label": category_labels(round_name)[c], "attributed_pence": by_cat[c], "upper_bound_pence": upper,
                "reference_pence": None if reference is None else int(reference),
                "difference_pence": diff,
                "within_rounding": None if diff is None else abs(diff) <= precision // 2,
                "reference_above_upper_bound": None if reference is None else int(reference) - precision // 2 > upper,
            }
        )
    out = pd.DataFrame(rows)
    for c in ("reference_pence", "difference_pence"):
        out[c] = out[c].astype("Int64")
    for c in ("within_rounding", "reference_above_upper_bound"):
        out[c] = out[c].astype("boolean")
    out.attrs["reference_precision_pence"] = precision
    out.attrs["publisher"] = ref["publisher"]
    return out


def reference_comparison_sentences(comparison: pd.DataFrame) -> str:
    """Markdown bullets saying, for each category of :func:`reference_comparison`, how the
    equal split differs from the published figure and whether rounding or a different
    division of the same awards could explain it."""
    from funding.core.money import format_pounds_short as short

    precision = int(comparison.attrs["reference_precision_pence"])
    lines = []
    for _, row in comparison.iterrows():
        label, attributed = row["label"], int(row["attributed_pence"])
        if row["category"] == UNTAGGED:
            lines.append(
                f"* **{label}**: {short(attributed)} of initiatives carry no type, "
                f"so they fall in none of the College's categories."
            )
            continue
        if pd.isna(row["reference_pence"]):
            lines.append(f"* **{label}**: the equal split gives {short(attributed)}; the College gives no figure to compare.")
            continue
        diff, reference, upper = int(row["difference_pence"]), int(row["reference_pence"]), int(row["upper_bound_pence"])
        if diff == 0:
            line = f"* **{label}**: the equal split gives {short(attributed)}, the same as the College's {short(reference)}"
        else:
            direction = "more" if diff > 0 else "less"
            line = (
                f"* **{label}**: the equal split gives {short(attributed)}, "
                f"{short(abs(diff))} {direction} than the College's {short(reference)}"
            )
        if bool(row["within_rounding"]):
            line += f", within the College's rounding (to the nearest {short(precision)})."
        elif bool(row["reference_above_upper_bound"]):
            line += (
                f". Even the upper bound, every award with any {label.lower()} work counted in full, comes to only "
                f"{short(upper)}: no division of these awards reaches the College's figure, "
                f"so it must count work that the award list does not describe as {label.lower()}."
            )
        else:
            line += (
                f"; the upper bound is {short(upper)}, so a different division of the "
                f"same awards could reach the College's figure."
            )
        lines.append(line)
    return "\n".join(lines)


def line_roles(award_list_lines: pd.DataFrame) -> pd.DataFrame:
    """How many lines of each source were read as each role (award, heading, …, unassigned).

    ``unassigned`` is always listed, with 0 when every line was accounted for.
    """
    counts = award_list_lines.groupby(["source_id", "role"], sort=True).size().rename("lines")
    out = counts.reset_index()
    for source in sorted(award_list_lines["source_id"].unique()):
        if not ((out["source_id"] == source) & (out["role"] == "unassigned")).any():
            out = pd.concat([out, pd.DataFrame([{"source_id": source, "role": "unassigned", "lines": 0}])], ignore_index=True)
    return out.sort_values(["source_id", "role"], kind="mergesort").reset_index(drop=True)


def tag_audit(programme_tags: pd.DataFrame, round_name: str | None = None) -> pd.DataFrame:
    """Why each initiative carries each tag: the rule and the words it matched
    (at most eight, as stored), or the override and its reason.  No source prose."""
    t = _round_awards(programme_tags, round_name)
    cols = ["pfa_name", "initiative_no", "programme_type", "rule_id", "matched_text", "origin", "reason"]
    return t[cols].sort_values(["pfa_name", "initiative_no", "programme_type"], kind="mergesort").reset_index(drop=True)


# --- local programmes (the local-release tables of funding.parse.releases) ------------------------------

def local_release_areas(funding_timeline: pd.DataFrame) -> tuple[str, ...]:
    """The areas some local release gives an amount for, by ONS code: its own row of the
    timeline, or a national award it was matched to (the row's ``source_ids`` then name more
    than the list itself)."""
    t = funding_timeline
    local = (t["origin"] == "local_release") | (t["source_ids"].fillna("") != t["source_id"].fillna(""))
    return tuple(sorted(set(t.loc[local & (t["pfa_code"].fillna("") != ""), "pfa_code"])))


def _has_area(codes: pd.Series, pfa_code: str) -> pd.Series:
    return codes.fillna("").str.split(";").map(lambda cs: pfa_code in cs)


def _joined(values) -> str:
    seen: list[str] = []
    for v in values:
        for part in str(v).split(";") if pd.notna(v) else []:
            if part and part not in seen:
                seen.append(part)
    return "; ".join(sorted(seen))


def _duration(value, unit, qualifier) -> str:
    if pd.isna(value):
        return ""
    from funding.core.money import qualifier_words

    words = qualifier_words(qualifier) if qualifier and qualifier != "exact" else ""
    plural = "" if int(value) == 1 else "s"
    return f"{words + ' ' if words else ''}{int(value)} {unit}{plural}"


def local_components(components: pd.DataFrame, pfa_code: str) -> pd.DataFrame:
    """What an area's releases say it bought: one row per component, across every release,
    with the durations, cadence, cohorts and delivery modes stated, and the releases that say so.
    A mention inside quoted speech (``in_quote``) is never the evidence: it is left out."""
    c = components[(components["pfa_code"] == pfa_code) & ~components["in_quote"].fillna(False).astype(bool)]
    rows = []
    for component, g in c.groupby("component", sort=True):
        rows.append(
            {
                "component": component,
                "durations": "; ".join(sorted({_duration(v, u, q) for v, u, q in zip(g["duration_value"], g["duration_unit"], g["duration_qualifier"])} - {""})),
                "cadence": _joined(g["cadence"]),
                "cohorts": _joined(g["cohorts"]),
                "delivery_modes": _joined(g["delivery_modes"]),
                "provision": _joined(g["provision"]),
                "releases": g["source_id"].nunique(),
                "mentions": len(g),
            }
        )
    return pd.DataFrame(rows)


def local_partners(organisations: pd.DataFrame, pfa_code: str) -> pd.DataFrame:
    """The organisations an area's releases name, with their roles and how many releases name them."""
    o = organisations[organisations["pfa_code"] == pfa_code]
    rows = [
        {"organisation": name, "roles": _joined(g["role"]), "provision": _joined(g["provision"]), "releases": g["source_id"].nunique()}
        for name, g in o.groupby("organisation", sort=True)
    ]
    return pd.DataFrame(rows)


def local_outcomes(outcomes: pd.DataFrame, pfa_code: str) -> pd.DataFrame:
    """The outcome figures an area's releases give, expected or reported ("x of y": ``base`` is y)."""
    cols = ["metric", "value", "base", "unit", "value_qualifier", "about", "period", "status", "source_id", "source_line"]
    return outcomes.loc[outcomes["pfa_code"] == pfa_code, cols].reset_index(drop=True)


def local_money(local_awards: pd.DataFrame, pfa_code: str) -> pd.DataFrame:
    """Every statement of money about an area, with its role (grant, part, match or own funding,
    total), funder, period as stated and the line it is on; parts name the line of their whole.  Beside the
    funder, period and area, where the reader read each (``funder_basis``, ``period_basis``, ``area_basis``:
    the amount's own clause, a heading, its whole, or lent from elsewhere in the release), because on text
    the reader was not tuned on a lent field is much less often right than one from the figure's own clause
    (README, "Where a field was read")."""
    cols = ["funding_role", "funder", "funder_basis", "amount_pence", "amount_qualifier", "period_start", "period_end",
            "period_basis", "part_of", "area_basis", "source_id", "source_line"]
    a = local_awards[(local_awards["pfa_code"] == pfa_code) | _has_area(local_awards["shared_by"], pfa_code)]
    return a[cols].reset_index(drop=True)


def local_people(people: pd.DataFrame, pfa_code: str) -> pd.DataFrame:
    """The commissioners and officials an area's releases name, with their office and line."""
    cols = ["name", "office", "role", "source_id", "source_line"]
    return people.loc[people["pfa_code"] == pfa_code, cols].reset_index(drop=True)


def local_timeline(funding_timeline: pd.DataFrame, pfa_codes: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Every amount known for the areas (default: those some local release covers), round by round:
    the national list and local releases, with the range each figure allows (``low_pence``,
    ``high_pence``; NA when unbounded)."""
    from funding.core.money import Amount

    if pfa_codes is None:
        pfa_codes = local_release_areas(funding_timeline)

    t = funding_timeline[funding_timeline["pfa_code"].isin(pfa_codes)].copy()
    bounds = [
        Amount(int(p), int(prec), str(q), "") for p, prec, q in zip(t["amount_pence"], t["amount_precision_pence"], t["amount_qualifier"])
    ]
    t["low_pence"] = pd.array([b.low_pence for b in bounds], dtype="Int64")
    t["high_pence"] = pd.array([b.high_pence for b in bounds], dtype="Int64")
    cols = ["pfa_code", "pfa_name", "round", "funder", "amount_pence", "amount_qualifier", "low_pence", "high_pence", "origin", "in_national_list", "flag", "source_ids"]
    return t[cols].sort_values(["pfa_name", "round"], kind="mergesort").reset_index(drop=True)


#: How a chart or sentence names an award whose release does not say who paid.
FUNDER_NOT_STATED = "funder not stated"


def financial_years(rounds) -> list[str]:
    """Every financial year ("YYYY-YY") from the earliest to the latest of ``rounds``, gaps included.

    ``["2023-24", "2020-21"]`` → ``["2020-21", "2021-22", "2022-23", "2023-24"]``.
    """
    starts = []
    for r in rounds:
        text = str(r)
        head, sep, tail = text.partition("-")
        if not (sep and len(head) == 4 and len(tail) == 2 and head.isdigit() and tail.isdigit()):
            raise ValueError(f"found {text!r}; expected a financial year such as 2021-22")
        start = int(head)
        if int(tail) != (start + 1) % 100:
            raise ValueError(f"found {text!r}; expected the second year to follow the first, as in {start}-{(start + 1) % 100:02d}")
        starts.append(start)
    if not starts:
        return []
    return [f"{y}-{(y + 1) % 100:02d}" for y in range(min(starts), max(starts) + 1)]


def local_figure_sentences(timeline: pd.DataFrame) -> str:
    """Markdown on how the local releases' figures in :func:`local_timeline` stand against
    the national award list: figures for a round whose list does not name the area (the
    table's ``flag``), figures matched to a national award, and figures for rounds no
    national list here covers.  Says so plainly when there is no local figure at all.
    """
    from funding.core.money import format_pounds

    if timeline.empty:
        return "The sources give no amount for these areas."
    local = timeline[timeline["origin"] != "national_list"]
    confirmed = timeline[(timeline["origin"] == "national_list") & (timeline["source_ids"].astype(str).str.contains(";"))]
    if local.empty and confirmed.empty:
        return "No local release states an amount for these areas; every figure here is from the national award list."
    flagged = local[local["flag"].fillna("").astype(str) != ""]
    lines = []
    for _, row in flagged.iterrows():
        funder = str(row["funder"]) if pd.notna(row["funder"]) else ""
        paid = f"paid by {funder}, " if funder else "with no funder named in the release, "
        lines.append(
            f"* {row['pfa_name']}, {row['round']}: {format_pounds(int(row['amount_pence']))} according to a local release, "
            f"{paid}but the national award list for that round does not name the area."
        )
    uncovered = local[local["in_national_list"].isna()]
    parts = []
    if len(flagged):
        parts.append(f"{len(flagged)} for a round whose national list does not name the area (above)")
    if len(confirmed):
        parts.append(f"{len(confirmed)} matching an award in the national list")
    if len(uncovered):
        rounds = ", ".join(sorted(set(uncovered["round"])))
        parts.append(
            f"{len(uncovered)} for rounds no national award list read here covers ({rounds}), "
            f"so there is nothing national to check {'it' if len(uncovered) == 1 else 'them'} against"
        )
    other = len(local) - len(flagged) - len(uncovered)
    if other:
        parts.append(f"{other} otherwise not matched")
    n = len(local) + len(confirmed)
    lines.append(("\n" if lines else "") + f"Of the {n} figure{'s' if n != 1 else ''} from local releases: " + "; ".join(parts) + ".")
    return "\n".join(lines)


def local_conflicts(source_conflicts: pd.DataFrame, pfa_code: str) -> pd.DataFrame:
    """Where the sources about an area disagree, or seem to: the two statements, the kind,
    whether both can be true, and why."""
    c = source_conflicts[_has_area(source_conflicts["pfa_code"], pfa_code)]
    cols = ["subject", "source_a", "line_a", "value_a", "source_b", "line_b", "value_b", "kind", "compatible", "detail",
            "lines"]
    return c[cols].reset_index(drop=True)
