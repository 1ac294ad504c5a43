"""funding.analysis: exact figures on small hand-checked tables and on the real award list."""

from __future__ import annotations

from fractions import Fraction
from itertools import product

import pandas as pd
import pytest

from funding import analysis


@pytest.fixture(scope="module")
def award_tables():
    from funding.tables import build_award_tables

    return build_award_tables()


def _awards(amounts: dict[str, int], bids: dict[str, int] | None = None) -> pd.DataFrame:
    rows = []
    for i, (name, pence) in enumerate(amounts.items()):
        rows.append({"round": "2021-22", "pfa_code": f"E2300{i:04d}", "pfa_name": name, "bids": (bids or {}).get(name, 1),
                     "amount_pence": pence, "initiatives": 1})
    return pd.DataFrame(rows)


def _initiatives(awards: pd.DataFrame, types: dict[str, list[str]]) -> pd.DataFrame:
    """types: area name → one ';'-joined type string per initiative."""
    code = dict(zip(awards["pfa_name"], awards["pfa_code"]))
    rows = [
        {"round": "2021-22", "pfa_code": code[name], "pfa_name": name, "initiative_no": n, "programme_types": t}
        for name, ts in types.items() for n, t in enumerate(ts, start=1)
    ]
    return pd.DataFrame(rows)


def test_gini_small_cases():
    assert analysis.gini([5, 5, 5]) == 0
    assert analysis.gini([0, 0, 1]) == Fraction(2, 3)
    assert analysis.gini([1, 2, 3]) == Fraction(2, 9)
    with pytest.raises(ValueError):
        analysis.gini([0, 0])


def test_gini_matches_the_definition_on_the_real_awards(award_tables):
    xs = [int(v) for v in award_tables["awards"]["amount_pence"]]
    n = len(xs)
    by_definition = Fraction(sum(abs(a - b) for a, b in product(xs, xs)), 2 * n * sum(xs))
    assert analysis.gini(xs) == by_definition
    assert round(float(by_definition), 3) == 0.347


def test_concentration_of_the_real_awards(award_tables):
    c = analysis.concentration(award_tables["awards"], "2021-22")
    assert c.total_pence == 1_133_438_469
    assert c.top_areas == ("Metropolitan Police", "Greater Manchester", "Derbyshire", "Merseyside", "Hertfordshire")
    assert c.top_pence == 156_354_700 + 151_654_900 + 65_948_821 + 62_039_300 + 59_918_500
    assert c.top_share == Fraction(c.top_pence, 1_133_438_469)
    assert c.equal_share == Fraction(1, 5)


def test_lorenz_points_run_from_zero_to_one():
    pts = analysis.lorenz_points([300, 100, 600])
    assert list(pts["money_share"]) == [0.0, 0.1, 0.4, 1.0]
    assert list(pts["award_share"]) == [0.0, 1 / 3, 2 / 3, 1.0]


def test_ranked_awards_ties_and_shares():
    r = analysis.ranked_awards(_awards({"B": 100, "A": 100, "C": 300}))
    assert list(r["pfa_name"]) == ["C", "A", "B"]
    assert list(r["rank"]) == [1, 2, 2]
    assert list(r["share"]) == [0.6, 0.2, 0.2]
    assert r["cumulative_share"].iloc[-1] == 1.0


def test_round_summary_of_the_real_awards(award_tables):
    s = analysis.round_summary(award_tables["awards"], "2021-22")
    assert (s.awards, s.bids, s.total_pence, s.initiatives) == (25, 29, 1_133_438_469, 52)
    assert s.smallest_pence == 20_000_000 and s.smallest_areas == ("Humberside", "Warwickshire")
    assert s.largest_areas == ("Metropolitan Police",)
    assert s.median_pence == 34_531_900  # Lancashire, the 13th of 25
    assert s.multi_bid_areas == ("Greater Manchester", "Hampshire", "Metropolitan Police")


def test_median_of_an_even_number_rounds_half_up():
    assert analysis.round_summary(_awards({"A": 100, "B": 201})).median_pence == 151


def test_amount_distribution_counts_every_award(award_tables):
    d = analysis.amount_distribution(award_tables["awards"])
    assert d["awards"].sum() == 25
    assert d["amount_pence"].sum() == 1_133_438_469
    assert list(d["awards"]) == [8, 10, 5, 0, 2]


def test_bids_vs_amount():
    b = analysis.bids_vs_amount(_awards({"A": 100, "B": 300, "C": 1000}, {"C": 2}))
    assert list(b["bids"]) == [1, 2]
    assert list(b["mean_pence"]) == [200, 1000]
    assert list(b["areas"]) == ["A, B", "C"]


def test_largest_remainder_keeps_the_total():
    shares = {"a": Fraction(100, 3), "b": Fraction(100, 3), "c": Fraction(100, 3)}
    assert analysis.largest_remainder(shares) == {"a": 34, "b": 33, "c": 33}
    with pytest.raises(ValueError):
        analysis.largest_remainder({"a": Fraction(1, 2)})


def test_money_by_type_equal_split_by_hand():
    awards = _awards({"A": 1200, "B": 900})
    inits = _initiatives(awards, {"A": ["stalking", "stalking;young_people", ""], "B": ["general_adult"]})
    m = analysis.money_by_type(awards, inits).set_index("programme_type")
    # A: 400 per initiative; 400 stalking + 200 stalking + 200 young people + 400 untagged.
    assert m.loc["stalking", "attributed_pence"] == 600
    assert m.loc["young_people", "attributed_pence"] == 200
    assert m.loc[analysis.UNTAGGED, "attributed_pence"] == 400
    assert m.loc["general_adult", "attributed_pence"] == 900
    assert m["attributed_pence"].sum() == 2100
    assert m.loc["stalking", "upper_bound_pence"] == 1200 and m.loc["general_adult", "upper_bound_pence"] == 900
    assert m.index[-1] == analysis.UNTAGGED


def test_money_by_type_sums_to_the_real_total(award_tables):
    m = analysis.money_by_type(award_tables["awards"], award_tables["initiatives"])
    assert m["attributed_pence"].sum() == 1_133_438_469
    assert (m["upper_bound_pence"] >= m["attributed_pence"]).all()


def test_every_type_has_a_reference_category():
    from funding.programme_types import PROGRAMME_TYPES

    cats = {analysis.category_of_type(t) for t in PROGRAMME_TYPES}
    assert cats == {"general", "child_adolescent", "stalking"}
    with pytest.raises(ValueError):
        analysis.category_of_type("no_such_type")


def test_reference_comparison_on_the_real_awards(award_tables):
    c = analysis.reference_comparison(award_tables["awards"], award_tables["initiatives"]).set_index("category")
    assert c["attributed_pence"].sum() == 1_133_438_469
    assert c.loc["stalking", "reference_pence"] == 270_000_000
    assert c.loc["stalking", "difference_pence"] == c.loc["stalking", "attributed_pence"] - 270_000_000
    # Every award with any stalking initiative, in full, is less than the College's stalking figure.
    assert c.loc["stalking", "upper_bound_pence"] == 213_502_600
    assert bool(c.loc["stalking", "reference_above_upper_bound"]) is True
    assert bool(c.loc["general", "reference_above_upper_bound"]) is False
    assert pd.isna(c.loc[analysis.UNTAGGED, "reference_pence"])


def test_type_matrix_counts_initiatives():
    awards = _awards({"A": 1200, "B": 900})
    inits = _initiatives(awards, {"A": ["stalking", "stalking;young_people", ""], "B": ["general_adult"]})
    m = analysis.type_matrix(inits)
    assert m.loc["A", "stalking"] == 2 and m.loc["A", analysis.UNTAGGED] == 1 and m.loc["B", "general_adult"] == 1
    assert "high_risk" not in m.columns  # types nobody has are left out


def test_tag_audit_shows_no_prose(award_tables):
    audit = analysis.tag_audit(award_tables["programme_tags"])
    assert "text" not in audit.columns
    assert len(audit) == len(award_tables["programme_tags"])
    assert audit["matched_text"].str.split().str.len().max() <= 8


def test_line_roles_lists_unassigned(award_tables):
    roles = analysis.line_roles(award_tables["award_list_lines"]).set_index("role")["lines"]
    assert roles["unassigned"] == 0
    assert roles.sum() == len(award_tables["award_list_lines"])


def test_amount_per_resident():
    cov = pd.DataFrame(
        [
            {"round": "2021-22", "pfa_code": "E1", "pfa_name": "A", "region_name": "R", "funded": True, "amount_pence": 100_000,
             "population": 1000, "amount_per_100k_pence": 10_000_000},
            {"round": "2021-22", "pfa_code": "E2", "pfa_name": "B", "region_name": "R", "funded": False, "amount_pence": 0,
             "population": 10, "amount_per_100k_pence": 0},
        ]
    )
    r = analysis.amount_per_resident(cov)
    assert list(r["pfa_name"]) == ["A"] and r["pence_per_resident"].iloc[0] == 100.0


def test_local_timeline_bounds_and_flag(full_tables):
    t = analysis.local_timeline(full_tables["funding_timeline"])
    assert set(t["pfa_code"]) == set(analysis.LOCAL_AREAS)
    notts = t[(t["pfa_code"] == "E23000019") & (t["round"] == "2021-22")].iloc[0]
    assert notts["amount_pence"] == 13_669_200 and notts["flag"] == "not_in_national_list"
    exact = t[t["amount_qualifier"] == "exact"]
    assert (exact["low_pence"] == exact["amount_pence"]).all() and (exact["high_pence"] == exact["amount_pence"]).all()


def test_local_components_gather_every_release(full_tables):
    c = analysis.local_components(full_tables["programme_components"], "E23000021").set_index("component")
    assert c.loc["individual_interventions", "durations"] == "12 weeks"
    assert c.loc["group_programme", "releases"] == 2
    assert "text" not in c.columns


def test_local_conflicts_match_split_area_codes(full_tables):
    both = analysis.local_conflicts(full_tables["source_conflicts"], "E23000019")
    assert "duration_differs_between_areas" in set(both["kind"])  # its pfa_code is "E23000021;E23000019"


@pytest.fixture(scope="module")
def full_tables():
    from funding.tables import build_tables

    return build_tables()
