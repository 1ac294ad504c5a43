"""Funding beside need: the 2021-22 awards set against recorded stalking and crime severity.

Three comparisons, each over police force areas (settings in ``area_context.toml``,
section ``comparison``):

1. **Stalking money and recorded stalking.**  Each area's stalking money is the
   part of its award attributed to stalking work by the equal split of
   :func:`funding.analysis.money_by_type` (the award divided equally between its
   initiatives, and each initiative between its programme types), per 100,000
   residents (mid-2021); 0 where the award has no stalking work or there is no
   award.  Set against police recorded stalking offences per 100,000 residents in
   2019-20, the last full year before the April 2020 change in counting rules.
2. **Stalking money and the growth in recorded stalking**, 2015-16 to 2019-20 (the
   ratio of the counts).  Much of that growth is recording practice.
3. **All the money and violence.**  Each area's award per 100,000 residents (0 when
   unfunded) against the ONS Crime Severity Score for violence against the person in
   2020-21 (the year ending March 2021), a measure of pressure on police.

Areas with no figure are left out of a comparison and named; areas that could not
bid (no PCC or equivalent: the City of London) are left out of every comparison,
because their zero is not a decision.  Each comparison is a Spearman rank
correlation with a percentile bootstrap interval (:func:`rank_correlation`,
seeded: the same tables give the same interval), and each sentence carries its
caveats: recording practice, the part year, not domestic-abuse specific, association
not cause.  No sentence says more than the interval allows.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import pandas as pd

from funding.analysis import _tagged_initiatives
from funding.reference.context import config
from funding.reference.register import register
from funding.reference.rounds import featured_round

__all__ = [
    "STALKING",
    "comparison_settings",
    "stalking_money_by_area",
    "need_by_area",
    "RankCorrelation",
    "rank_correlation",
    "COMPARISONS",
    "comparison_rows",
    "need_correlations",
    "strength_words",
    "correlation_sentence",
    "stalking_groups_sentence",
    "need_sentences",
    "no_figure_sentence",
    "context_contents",
    "part_year_sentence",
]

#: The programme type of stalking work (programme_types.toml).
STALKING = "stalking"
PER_RESIDENTS = 100_000


def comparison_settings() -> dict:
    """Periods, offence group, confidence and bootstrap settings (``area_context.toml``)."""
    return dict(config()["comparison"])


def _half_even(x: Fraction) -> int:
    return int(round(x))


def stalking_money_by_area(awards: pd.DataFrame, initiatives: pd.DataFrame, round_name: str | None = None) -> pd.DataFrame:
    """Per funded area: initiatives with stalking work and the money attributed to stalking (equal split).

    Columns ``pfa_code``, ``stalking_initiatives``, ``stalking_attributed_pence``
    (the exact share, rounded half to even to whole pence).
    """
    round_name = round_name or featured_round()
    a = awards[awards["round"] == round_name]
    i = _tagged_initiatives(initiatives, round_name)
    rows = []
    for code, amount in zip(a["pfa_code"], a["amount_pence"]):
        group = i[i["pfa_code"] == code]
        share = Fraction(0)
        n = 0
        for types in group["types"]:
            if STALKING in types:
                n += 1
                share += Fraction(int(amount), len(group)) / len(types)
        rows.append({"pfa_code": str(code), "stalking_initiatives": n, "stalking_attributed_pence": _half_even(share)})
    return pd.DataFrame(rows, columns=["pfa_code", "stalking_initiatives", "stalking_attributed_pence"])


def _context_values(area_context: pd.DataFrame, measure: str, offence_group: str, period: str) -> dict[str, float]:
    rows = area_context[
        (area_context["measure"] == measure) & (area_context["offence_group"] == offence_group)
        & (area_context["period"] == period) & (area_context["status"] == "figure")
    ]
    if rows.empty:
        raise ValueError(f"area_context has no {measure} ({offence_group}) figures for {period!r}")
    return {str(c): float(v) for c, v in zip(rows["pfa_code"], rows["value"])}


#: Results already computed in this process, by the content of their inputs (see :func:`_memo_key`).
_MEMO: dict = {}


def _memo_key(name: str, *parts):
    """A key for :data:`_MEMO` from the arguments' content: a hash of each table's pickle (its
    columns, dtypes, index and every value), so a table changed in place is a new key.  (Equal
    tables pickled differently would only miss the memo.)  Pickling is a tenth of the time
    pandas' row hashing took (1.7 ms against 12 ms for the four tables of a need frame, asked
    for by every need figure).  None when an argument cannot be pickled (no memo then)."""
    import hashlib
    import pickle

    key = [name]
    for part in parts:
        if isinstance(part, pd.DataFrame):
            try:
                data = pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:  # noqa: BLE001 - not memoised
                return None
            key.append(hashlib.sha256(data).hexdigest())
        else:
            key.append(part)
    return tuple(key)


def _remember(key, value) -> None:
    if len(_MEMO) >= 64:  # a long session with many inputs: start again rather than grow
        _MEMO.clear()
    _MEMO[key] = value


def need_by_area(
    coverage: pd.DataFrame, awards: pd.DataFrame, initiatives: pd.DataFrame, area_context: pd.DataFrame, round_name: str | None = None
) -> pd.DataFrame:
    """One row per police force area (all 43): the round's money beside recorded stalking and severity.

    Columns: ``pfa_code``, ``pfa_name``, ``could_bid`` (the area has a PCC or
    equivalent), ``funded``, ``amount_pence``, ``population`` and
    ``population_year`` (the coverage table's, mid-2021 for 2021-22),
    ``amount_per_100k_pence``, ``stalking_work`` (the award has an initiative
    tagged stalking), ``stalking_attributed_pence``, ``stalking_per_100k_pence``
    (attributed stalking money per 100,000 residents, 0 without stalking work),
    ``stalking_offences_from`` and ``stalking_offences_to`` (the counts of the
    growth years), ``stalking_growth`` (their ratio), ``stalking_rate``
    (offences per 100,000 residents in the stalking period) and ``severity``
    (the crime severity score of the group and period in the settings).  NA where
    the context has no figure.
    """
    round_name = round_name or featured_round()
    # A notebook and the report ask for the same frame many times (each need figure, its alt
    # text and its chart data): computed once per process and inputs, a copy handed out each time.
    key = _memo_key("need_by_area", coverage, awards, initiatives, area_context, round_name)
    if key is not None and key in _MEMO:
        return _MEMO[key].copy()
    out = _need_by_area(coverage, awards, initiatives, area_context, round_name)
    if key is not None:
        _remember(key, out.copy())
    return out


def _need_by_area(coverage, awards, initiatives, area_context, round_name: str) -> pd.DataFrame:
    s = comparison_settings()
    cov = coverage[coverage["round"] == round_name]
    money = stalking_money_by_area(awards, initiatives, round_name).set_index("pfa_code")
    rate = _context_values(area_context, "stalking_offences_per_100k", STALKING, s["stalking_period"])
    first = _context_values(area_context, "stalking_offences", STALKING, s["growth_from"])
    last = _context_values(area_context, "stalking_offences", STALKING, s["growth_to"])
    severity = _context_values(area_context, "crime_severity_score", s["severity_group"], s["severity_period"])
    reg = register()
    rows = []
    for r in cov.itertuples(index=False):
        code = str(r.pfa_code)
        attributed = int(money["stalking_attributed_pence"].get(code, 0))
        n_stalking = int(money["stalking_initiatives"].get(code, 0))
        people = int(r.population)
        growth = last[code] / first[code] if code in first and code in last and first[code] > 0 else pd.NA
        rows.append(
            {
                "pfa_code": code,
                "pfa_name": str(r.pfa_name),
                "could_bid": reg.by_code(code).budget_holder_type != "none",
                "funded": bool(r.funded),
                "amount_pence": int(r.amount_pence),
                "population": people,
                "population_year": int(r.population_year),
                "amount_per_100k_pence": int(r.amount_per_100k_pence),
                "stalking_work": n_stalking > 0,
                "stalking_attributed_pence": attributed,
                "stalking_per_100k_pence": _half_even(Fraction(attributed * PER_RESIDENTS, people)),
                "stalking_offences_from": int(first[code]) if code in first else pd.NA,
                "stalking_offences_to": int(last[code]) if code in last else pd.NA,
                "stalking_growth": growth,
                "stalking_rate": rate.get(code, pd.NA),
                "severity": severity.get(code, pd.NA),
            }
        )
    out = pd.DataFrame(rows)
    out = out.astype(
        {"stalking_offences_from": "Int64", "stalking_offences_to": "Int64", "stalking_growth": "Float64",
         "stalking_rate": "Float64", "severity": "Float64"}
    )
    out.attrs.update({"round": round_name, **s})
    return out.sort_values("pfa_code", kind="mergesort").reset_index(drop=True)


@dataclass(frozen=True)
class RankCorrelation:
    """A Spearman rank correlation with its percentile bootstrap interval."""

    n: int
    rho: float
    low: float
    high: float
    confidence: float
    resamples: int
    seed: int
    undefined_resamples: int  # resamples in which one variable was constant (no rank correlation): left out

    @property
    def includes_zero(self) -> bool:
        return self.low <= 0 <= self.high


def _average_ranks(a, axis=-1):
    """Ranks along ``axis``, ties given the mean of their ranks (1-based): scipy.stats.rankdata's
    ``method="average"``.  The ranks are whole numbers or halves, so they are exactly scipy's."""
    import numpy as np

    a = np.moveaxis(np.asarray(a, dtype=float), axis, -1)
    n = a.shape[-1]
    order = np.argsort(a, axis=-1, kind="mergesort")
    ordered = np.take_along_axis(a, order, axis=-1)
    position = np.broadcast_to(np.arange(n), a.shape)
    starts = np.ones(a.shape, dtype=bool)  # a value differs from the one before it
    starts[..., 1:] = ordered[..., 1:] != ordered[..., :-1]
    ends = np.ones(a.shape, dtype=bool)  # … from the one after it
    ends[..., :-1] = starts[..., 1:]
    first = np.maximum.accumulate(np.where(starts, position, 0), axis=-1)
    last = np.flip(np.minimum.accumulate(np.flip(np.where(ends, position, n - 1), axis=-1), axis=-1), axis=-1)
    ranks = np.empty(a.shape, dtype=float)
    np.put_along_axis(ranks, order, (first + last) / 2 + 1, axis=-1)
    return np.moveaxis(ranks, -1, axis)


def _spearman(x, y, axis=-1):
    """Spearman's rho along ``axis`` (vectorised for the bootstrap): Pearson's r of the ranks, ties averaged."""
    import numpy as np

    rx = _average_ranks(x, axis=axis)
    ry = _average_ranks(y, axis=axis)
    rx = rx - rx.mean(axis=axis, keepdims=True)
    ry = ry - ry.mean(axis=axis, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (rx * ry).sum(axis=axis) / np.sqrt((rx * rx).sum(axis=axis) * (ry * ry).sum(axis=axis))


def _paired_bootstrap(xs, ys, statistic, resamples: int, rng):
    """The statistic of each paired resample, as :func:`scipy.stats.bootstrap` draws them with
    ``paired=True, vectorized=True`` and no batches (one draw of ``resamples`` rows of indices
    from ``rng``): its ``bootstrap_distribution``, value for value, without importing
    scipy.stats (1.6 s) into the notebook and the report for one resampling loop."""
    import numpy as np

    n = len(xs)
    i = rng.integers(0, n, size=(resamples, n), dtype=np.int64, endpoint=False)
    return statistic(xs[..., i], ys[..., i], axis=-1)


def rank_correlation(x, y, *, confidence: float | None = None, resamples: int | None = None, seed: int | None = None) -> RankCorrelation:
    """Spearman's rho of paired values, with a percentile bootstrap interval over the pairs.

    The bootstrap resamples the pairs as :func:`scipy.stats.bootstrap` does (paired,
    percentile; :func:`_paired_bootstrap` draws the same resamples from the same generator),
    with a generator seeded from ``seed``, so the same values give the same interval.
    A resample in which one variable is constant has no rank correlation; such
    resamples are left out of the percentiles and counted.  Defaults come from
    ``area_context.toml``.
    """
    import numpy as np

    s = comparison_settings()
    confidence = float(s["confidence"] if confidence is None else confidence)
    resamples = int(s["bootstrap_resamples"] if resamples is None else resamples)
    seed = int(s["bootstrap_seed"] if seed is None else seed)
    xs = np.asarray([float(v) for v in x], dtype=float)
    ys = np.asarray([float(v) for v in y], dtype=float)
    if len(xs) != len(ys) or len(xs) < 3:
        raise ValueError("a rank correlation needs at least three pairs")
    if np.isnan(xs).any() or np.isnan(ys).any():
        raise ValueError("drop the pairs with a missing value first (and name them)")
    key = ("rank_correlation", xs.tobytes(), ys.tobytes(), confidence, resamples, seed)
    if key in _MEMO:  # the notebook's sentences and the figure's note ask for the same interval
        return _MEMO[key]
    rho = float(_spearman(xs, ys))
    with np.errstate(invalid="ignore", divide="ignore"):
        dist = np.asarray(_paired_bootstrap(xs, ys, _spearman, resamples, np.random.default_rng(seed)))
    defined = dist[~np.isnan(dist)]
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(defined, [tail, 100 - tail])
    _remember(key, RankCorrelation(
        n=len(xs), rho=rho, low=float(low), high=float(high), confidence=confidence, resamples=resamples, seed=seed,
        undefined_resamples=int(np.isnan(dist).sum()),
    ))
    return _MEMO[key]


#: The comparisons: (x column, y column, what x is, what y is).
COMPARISONS = {
    "stalking_rate": ("stalking_rate", "stalking_per_100k_pence"),
    "stalking_growth": ("stalking_growth", "stalking_per_100k_pence"),
    "severity": ("severity", "amount_per_100k_pence"),
}


def comparison_rows(need: pd.DataFrame, name: str) -> tuple[pd.DataFrame, list[str]]:
    """The areas in one comparison, and the names of those left out (with the reason)."""
    x, y = COMPARISONS[name]
    left_out = []
    keep = []
    for _, r in need.iterrows():
        if not bool(r["could_bid"]):
            left_out.append(f"{_display(r['pfa_name'])}, which has no PCC or equivalent and could not bid")
        elif pd.isna(r[x]):
            left_out.append(f"{_display(r['pfa_name'])}, which has no figure")
        else:
            keep.append(True)
            continue
        keep.append(False)
    return need[keep].reset_index(drop=True), left_out


def need_correlations(need: pd.DataFrame) -> dict[str, RankCorrelation]:
    """The rank correlation of each comparison of :data:`COMPARISONS`."""
    out = {}
    for name, (x, y) in COMPARISONS.items():
        rows, _ = comparison_rows(need, name)
        out[name] = rank_correlation(rows[x], rows[y])
    return out


def _display(name: str) -> str:
    if ", " in name:
        head, tail = name.split(", ", 1)
        return f"the {tail} {head}"
    return name


def strength_words(rc: RankCorrelation) -> str:
    """What the interval allows one to say, and no more."""
    level = f"{rc.confidence:.0%}"
    interval = f"{level} bootstrap interval {rc.low:.2f} to {rc.high:.2f}"
    if rc.includes_zero:
        return f"{interval}, which includes zero: the data show no clear association in either direction"
    size = abs(rc.rho)
    word = "weak" if size < 0.3 else "moderate" if size < 0.6 else "strong"
    direction = "positive" if rc.rho > 0 else "negative"
    return f"{interval}: a {word} {direction} association"


RECORDING = (
    "recorded stalking reflects how forces record it (practice changed over these years) as well as how much stalking there is"
)
NOT_DA = "none of these figures is specific to domestic abuse"
NOT_CAUSE = "an association, or its absence, says nothing about cause"


def correlation_sentence(need: pd.DataFrame, name: str, rc: RankCorrelation | None = None) -> str:
    """One comparison in a sentence: the areas, rho, its interval and its caveats."""
    s = need.attrs
    rows, left_out = comparison_rows(need, name)
    rc = rc or rank_correlation(rows[COMPARISONS[name][0]], rows[COMPARISONS[name][1]])
    round_name = s.get("round", featured_round())
    year = int(need["population_year"].iloc[0])
    out = "; ".join(left_out)
    with_money = int((rows[COMPARISONS[name][1]] > 0).sum())
    if name in ("stalking_rate", "stalking_growth"):
        ties = (
            f"only {with_money} of the {rc.n} areas have any stalking money, so this mostly sets those {with_money} "
            f"against the rest"
        )
    if name == "stalking_rate":
        return (
            f"Across the {rc.n} police force areas compared (left out: {out}), the {round_name} money attributed to "
            f"stalking work per resident (mid-{year}) and police recorded stalking offences per resident in "
            f"{s['stalking_period']} have a Spearman rank correlation of **{rc.rho:.2f}** ({strength_words(rc)}); "
            f"{ties}, {RECORDING}, {NOT_DA}, and {NOT_CAUSE}."
        )
    if name == "stalking_growth":
        smallest = rows.sort_values(["stalking_offences_from", "pfa_name"], kind="mergesort").iloc[0]
        rose = int((rows["stalking_growth"] > 1).sum())
        median = float(rows["stalking_growth"].median())
        return (
            f"Recorded stalking rose from {s['growth_from']} to {s['growth_to']} in {rose} of the {rc.n} areas compared "
            f"(left out: {out}), by a median factor of {median:.1f}. That growth and the stalking money per resident "
            f"have a rank correlation of "
            f"**{rc.rho:.2f}** ({strength_words(rc)}); {ties}, much of that growth is a change in recording, not in "
            f"stalking, and it starts from as few as {int(smallest['stalking_offences_from'])} offences "
            f"({smallest['pfa_name']}, {s['growth_from']}); {NOT_DA}, and {NOT_CAUSE}."
        )
    if name == "severity":
        return (
            f"Across the {rc.n} areas compared (left out: {out}), the whole {round_name} award per resident (£0 where "
            f"unfunded) and the ONS Crime Severity Score for violence against the person in {s['severity_period']} have "
            f"a rank correlation of **{rc.rho:.2f}** ({strength_words(rc)}); the score weights all police recorded "
            f"violence by seriousness, an experimental statistic and a measure of pressure on police, "
            f"{NOT_DA}, and {NOT_CAUSE}."
        )
    raise KeyError(name)


def stalking_groups_sentence(need: pd.DataFrame) -> str:
    """Median recorded stalking per 100,000 in areas whose award has stalking work, and in the others."""
    s = need.attrs
    rows, _ = comparison_rows(need, "stalking_rate")
    with_work = rows[rows["stalking_work"]]
    without = rows[~rows["stalking_work"]]
    med_with = float(with_work["stalking_rate"].median())
    med_without = float(without["stalking_rate"].median())
    return (
        f"The {len(with_work)} areas whose {s.get('round', featured_round())} award includes stalking work recorded a "
        f"median of {med_with:.1f} stalking offences per 100,000 residents in {s['stalking_period']}, against "
        f"{med_without:.1f} in the other {len(without)} areas compared; police recorded figures, which reflect recording "
        f"practice as well as stalking, and not specific to domestic abuse."
    )


def no_figure_sentence(area_context: pd.DataFrame) -> str:
    """Which areas have no figure for which measure, and why (the ``no_figure`` rows), in sentences."""
    rows = area_context[area_context["status"] == "no_figure"]
    sentences = []
    for (name, measure), g in rows.groupby(["pfa_name", "measure"], sort=True):
        if measure == "stalking_offences_per_100k":
            continue
        periods = ", ".join(dict.fromkeys(g["period"].astype(str)))
        reason = str(g["no_figure_reason"].iloc[0])
        what = "recorded stalking" if measure == "stalking_offences" else "the crime severity score"
        sentences.append(f"{_display(str(name))[0].upper() + _display(str(name))[1:]} has no figure for {what} in {periods}: {reason}.")
    return " ".join(sentences)


def part_year_sentence(area_context: pd.DataFrame) -> str:
    """What the part-year stalking column is, and why no comparison uses it, with its total computed."""
    s = comparison_settings()
    counts = area_context[(area_context["measure"] == "stalking_offences") & (area_context["status"] == "figure")]
    part = counts[counts["part_year"].astype(bool)]
    full = counts[counts["period"] == s["stalking_period"]]
    label = str(part["period"].iloc[0])
    start, end = pd.Timestamp(part["period_start"].iloc[0]), pd.Timestamp(part["period_end"].iloc[0])
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    return (
        f"The stalking file's last column, **{label}**, covers {start:%B %Y} to {end:%B %Y} only ({months} months) and "
        f"comes after the April 2020 change in how stalking and harassment are counted: its "
        f"{int(part['value'].sum()):,} offences across the forces with a figure, against {int(full['value'].sum()):,} in "
        f"the whole of {s['stalking_period']}, cannot be read as more stalking. No comparison here uses it; the "
        f"area_context table keeps it, labelled part year."
    )


def need_sentences(need: pd.DataFrame, correlations: dict[str, RankCorrelation] | None = None) -> str:
    """Markdown bullets: the stalking groups and the three comparisons, each with its caveats."""
    correlations = correlations or need_correlations(need)
    lines = [f"* {stalking_groups_sentence(need)}"]
    lines += [f"* {correlation_sentence(need, name, correlations[name])}" for name in COMPARISONS]
    return "\n".join(lines)


def context_contents(area_context: pd.DataFrame) -> pd.DataFrame:
    """What ``area_context`` holds, by measure, offence group and period: the areas it has a row
    for, how many of them have a figure (``status`` "figure") and the unit."""
    return (
        area_context.assign(with_figure=area_context["status"] == "figure")
        .groupby(["measure", "offence_group", "period"], sort=True)
        .agg(areas=("pfa_code", "nunique"), with_figure=("with_figure", "sum"), unit=("unit", "first"))
    )
