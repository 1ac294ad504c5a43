"""funding.analysis: exact figures on small hand-checked tables and on the real award list."""

from __future__ import annotations

from fractions import Fraction
from itertools import product

import pandas as pd
import pytest

from funding import analysis


@pytest.fixture(scope="module")
def award_tables():
    from funding.pipeline import award_tables as build_award_tables

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
    assert (s.awards, s.bids, s.total_pence, s.initiatives) == (25, 29, 1_133_438_469, 53)  # 53 bullets: West Yorkshire's third names two programmes
    assert s.strands is None  # not counted without the initiatives
    assert s.smallest_pence == 20_000_000 and s.smallest_areas == ("Humberside", "Warwickshire")
    assert s.largest_areas == ("Metropolitan Police",)
    assert s.median_pence == 34_531_900  # Lancashire, the 13th of 25
    assert s.multi_bid_areas == ("Greater Manchester", "Hampshire", "Metropolitan Police")


def test_a_bullet_continuing_the_one_before_is_not_a_strand(award_tables):
    """7 of the 53 bullets only say more about the strand above them: 46 strands of work."""
    s = analysis.round_summary(award_tables["awards"], "2021-22", award_tables["initiatives"])
    assert (s.initiatives, s.strands) == (53, 46)
    per_award = analysis.strands_per_award(award_tables["initiatives"], "2021-22")
    assert len(per_award) == 25 and min(per_award.values()) == 1
    assert per_award[("2021-22", "E23000002")] == 1  # Cumbria: two bullets, one strand
    assert per_award[("2021-22", "E23000001")] == 3  # Metropolitan Police: three strands
    continuing = {code for (_, code), n in per_award.items()
                  if n < int(award_tables["awards"].set_index("pfa_code").loc[code, "initiatives"])}
    assert len(continuing) == 7


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
    from funding.parse.programme_types import PROGRAMME_TYPES

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
    assert set(t["pfa_code"]) == {"E23000019", "E23000021"} == set(analysis.local_release_areas(full_tables["funding_timeline"]))
    notts = t[(t["pfa_code"] == "E23000019") & (t["round"] == "2021-22")].iloc[0]
    # The flag's wording belongs to funding.tables.releases; here only that it is flagged.
    assert notts["amount_pence"] == 13_669_200 and notts["flag"] and notts["in_national_list"] == False  # noqa: E712
    exact = t[t["amount_qualifier"] == "exact"]
    assert (exact["low_pence"] == exact["amount_pence"]).all() and (exact["high_pence"] == exact["amount_pence"]).all()


def test_local_components_gather_every_release(full_tables):
    c = analysis.local_components(full_tables["programme_components"], "E23000021").set_index("component")
    assert c.loc["one_to_one", "durations"] == "12 weeks"
    assert c.loc["group_programme", "releases"] == 2
    assert "text" not in c.columns


def test_local_conflicts_match_split_area_codes(full_tables):
    both = analysis.local_conflicts(full_tables["source_conflicts"], "E23000019")
    assert "duration_differs_between_areas" in set(both["kind"])  # its pfa_code is "E23000021;E23000019"


def test_local_money_says_where_each_field_was_read():
    row = {"funding_role": "grant", "funder": "Home Office", "funder_basis": "lent", "amount_pence": 100_000_00,
           "amount_qualifier": "exact", "period_start": "2024-25", "period_end": "2025-26", "period_basis": "clause",
           "part_of": None, "area_basis": "release", "source_id": "r1", "source_line": 4, "shared_by": ""}
    frame = pd.DataFrame([{**row, "pfa_code": "E23000019"},
                          {**row, "pfa_code": None, "shared_by": "E23000021;E23000019", "funder_basis": "clause"},
                          {**row, "pfa_code": "E23000021"}])
    money = analysis.local_money(frame, "E23000019")
    assert list(money["funder_basis"]) == ["lent", "clause"]
    assert list(money["period_basis"]) == ["clause", "clause"] and list(money["area_basis"]) == ["release", "release"]
    assert list(money.columns[:3]) == ["funding_role", "funder", "funder_basis"]


@pytest.fixture(scope="module")
def full_tables(built_tables):
    """The session's build (conftest), copied: this module's tests cannot change another's."""
    return {name: frame.copy() for name, frame in built_tables.items()}


# --- concentration over every area -------------------------------------------------------------


def _coverage(rows: list[tuple[str, str, int, int]], region: str = "R") -> pd.DataFrame:
    """rows: (pfa_code, pfa_name, amount_pence, population); amount 0 means not funded."""
    return pd.DataFrame(
        [
            {"round": "2021-22", "pfa_code": code, "pfa_name": name, "region_name": region, "funded": pence > 0,
             "amount_pence": pence, "population": pop, "population_year": 2021}
            for code, name, pence, pop in rows
        ]
    )


def test_area_concentration_counts_unfunded_areas_as_zero():
    cov = _coverage([("E23000002", "A", 100, 1), ("E23000003", "B", 100, 1), ("E23000004", "C", 0, 1), ("E23000006", "D", 0, 1)])
    c = analysis.area_concentration(cov, "2021-22", top_n=1)
    # Of the 4×4 ordered pairs, 8 differ by 100; mean 50: 800 / (2 · 16 · 50) = 1/2.
    assert c.gini == Fraction(1, 2)
    assert (c.areas, c.funded_areas, c.total_pence) == (4, 2, 200)
    assert c.top_share == Fraction(1, 2) and c.equal_share == Fraction(1, 4)
    assert c.top_areas == ("A",)  # ties by name
    # Among the two awards made, the money is shared equally.
    funded = analysis.concentration(_awards({"A": 100, "B": 100}), top_n=1)
    assert funded.gini == 0 and funded.top_share == Fraction(1, 2)


def test_area_concentration_can_leave_out_areas_that_could_not_bid():
    # E23000034 is the City of London: budget_holder_type "none" in the register.
    cov = _coverage([("E23000002", "A", 300, 1), ("E23000003", "B", 0, 1), ("E23000034", "London, City of", 0, 1)])
    assert analysis.area_concentration(cov, "2021-22").gini == Fraction(2, 3)  # like [0, 0, 1]
    only = analysis.area_concentration(cov, "2021-22", with_budget_holder_only=True)
    assert only.areas == 2 and only.gini == Fraction(1, 2)  # [0, 300]: 2 · 300 / (2 · 4 · 150)


def test_area_concentration_of_the_real_round(full_tables):
    funded = analysis.concentration(full_tables["awards"], "2021-22")
    areas = analysis.area_concentration(full_tables["coverage"], "2021-22")
    # The funded-only figures the README and other documents cite are unchanged.
    assert round(float(funded.gini), 3) == 0.347 and round(float(funded.top_share), 3) == 0.438
    assert (areas.areas, areas.funded_areas) == (43, 25)
    assert areas.total_pence == funded.total_pence and areas.top_share == funded.top_share
    # Adding zeros to n amounts: G over N = 1 − (n / N)(1 − G over n).
    assert areas.gini == 1 - Fraction(25, 43) * (1 - funded.gini)
    assert round(float(areas.gini), 3) == 0.620
    assert areas.equal_share == Fraction(5, 43)


def test_concentration_sentences_name_both_figures():
    funded = analysis.concentration(_awards({"A": 100, "B": 100}), top_n=1)
    areas = analysis.area_concentration(_coverage([("E1", "A", 100, 1), ("E2", "B", 100, 1), ("E3", "C", 0, 1), ("E4", "D", 0, 1)]), top_n=1)
    text = analysis.concentration_sentences(funded, areas)
    assert "Among the 2 awards made" in text and "Gini coefficient of the awards is **0.000**" in text
    assert "Among all 4 police force areas" in text and "2 unfunded, counted as £0" in text
    assert "over the areas is **0.500**" in text and "so it is higher" in text


def test_caveat_on_areas_without_a_pcc():
    cov = _coverage([("E23000001", "Metropolitan Police", 500, 8_796_080), ("E23000034", "London, City of", 0, 8_689)], region="London")
    text = analysis.areas_without_budget_holder_caveat(cov, "2021-22")
    assert text.startswith("The City of London has about 8,700 residents (2021)")
    assert "no Police and Crime Commissioner" in text and "counted as unfunded" in text
    assert '"1 of 2 areas funded"' in text and "99.9% of London's residents" in text
    assert analysis.areas_without_budget_holder_caveat(cov.iloc[:1], "2021-22") == ""


def test_caveat_on_the_real_coverage(full_tables):
    text = analysis.areas_without_budget_holder_caveat(full_tables["coverage"], "2021-22")
    assert "The City of London has about 8,700 residents" in text and '"1 of 2 areas funded"' in text


# --- text built from tables -----------------------------------------------------------------------


def _comparison(rows: list[dict]) -> pd.DataFrame:
    out = pd.DataFrame(rows)
    out.attrs["reference_precision_pence"] = 10_000_000  # £100k
    return out


def _cat(category, label, attributed, upper, reference, within, above):
    return {"category": category, "label": label, "attributed_pence": attributed, "upper_bound_pence": upper,
            "reference_pence": reference, "difference_pence": None if reference is None else attributed - reference,
            "within_rounding": within, "reference_above_upper_bound": above}


def test_reference_comparison_sentences_cover_each_case():
    c = _comparison([
        _cat("stalking", "Stalking", 10_000_000, 20_000_000, 50_000_000, False, True),
        _cat("general", "General", 70_000_000, 90_000_000, 60_000_000, False, False),
        _cat("child_adolescent", "Child", 30_000_000, 40_000_000, 30_000_000, True, False),
        _cat("near", "Near", 31_000_000, 40_000_000, 30_000_000, True, False),
        _cat(analysis.UNTAGGED, "Not tagged", 5_000_000, 5_000_000, None, None, None),
    ])
    lines = analysis.reference_comparison_sentences(c).split("\n")
    assert len(lines) == 5 and all(line.startswith("* **") for line in lines)
    assert "£400k less than the College's £500k" in lines[0] and "comes to only £200k" in lines[0]
    assert "describe as stalking" in lines[0]
    assert "£100k more than the College's £600k; the upper bound is £900k, so a different division" in lines[1]
    assert "the same as the College's £300k, within the College's rounding (to the nearest £100k)" in lines[2]
    assert "£10k more than the College's £300k, within the College's rounding" in lines[3]
    assert lines[4] == "* **Not tagged**: £50k of initiatives carry no type, so they fall in none of the College's categories."


def _timeline(rows: list[dict]) -> pd.DataFrame:
    cols = ["pfa_code", "pfa_name", "round", "funder", "amount_pence", "origin", "in_national_list", "flag", "source_ids"]
    return pd.DataFrame(rows, columns=cols)


def test_local_figure_sentences_with_no_figures_say_so():
    assert analysis.local_figure_sentences(_timeline([])) == "The sources give no amount for these areas."
    national = _timeline([{"pfa_code": "E1", "pfa_name": "A", "round": "2021-22", "funder": "Home Office", "amount_pence": 100,
                           "origin": "national_list", "in_national_list": True, "flag": "", "source_ids": "ho"}])
    text = analysis.local_figure_sentences(national)
    assert text.startswith("No local release states an amount") and "agrees" not in text


def test_local_figure_sentences_flagged_confirmed_and_uncovered():
    t = _timeline([
        {"pfa_code": "E1", "pfa_name": "A", "round": "2021-22", "funder": "", "amount_pence": 13_669_200,
         "origin": "local_release", "in_national_list": False, "flag": "any_flag", "source_ids": "x"},
        {"pfa_code": "E1", "pfa_name": "A", "round": "2020-21", "funder": "Home Office", "amount_pence": 100,
         "origin": "local_release", "in_national_list": None, "flag": "", "source_ids": "y"},
        {"pfa_code": "E2", "pfa_name": "B", "round": "2021-22", "funder": "Home Office", "amount_pence": 500,
         "origin": "national_list", "in_national_list": True, "flag": "", "source_ids": "ho;z"},
    ])
    text = analysis.local_figure_sentences(t)
    first, *_, last = text.split("\n")
    assert first == ("* A, 2021-22: £136,692 according to a local release, with no funder named in the release, "
                     "but the national award list for that round does not name the area.")
    assert last.startswith("Of the 3 figures from local releases: 1 for a round whose national list does not name the area")
    assert "1 matching an award in the national list" in last
    assert "1 for rounds no national award list read here covers (2020-21), so there is nothing national to check it against" in last


def test_financial_years_fill_the_gaps():
    assert analysis.financial_years(["2023-24", "2020-21", "2021-22"]) == ["2020-21", "2021-22", "2022-23", "2023-24"]
    assert analysis.financial_years(["2099-00", "2098-99"]) == ["2098-99", "2099-00"]
    assert analysis.financial_years([]) == []
    for bad in ("2021/22", "2021-23", "21-22"):
        with pytest.raises(ValueError, match="financial year|follow"):
            analysis.financial_years([bad])


def test_coverage_sentence_counts_funded_and_unfunded_areas():
    from funding.pipeline import load_tables

    coverage = load_tables(names=["coverage"])["coverage"]
    assert analysis.coverage_sentence(coverage, "2021-22") == "25 of the 43 police force areas received an award; 18 did not."
    one = coverage[coverage["pfa_code"].isin(["E23000001", "E23000021"])]  # the Met (funded), Leicestershire (not)
    assert analysis.coverage_sentence(one, "2021-22") == "1 of the 2 police force areas received an award; 1 did not."


def test_context_contents_counts_areas_with_a_figure():
    from funding.analysis import need
    from funding.pipeline import load_tables

    contents = need.context_contents(load_tables(names=["area_context"])["area_context"])
    assert len(contents) == 26 and set(contents["areas"]) == {43}
    stalking = contents.loc[("stalking_offences", "stalking", "2019-20")]
    assert stalking["with_figure"] == 41 and stalking["unit"] == "offences"  # 41 areas compared in the findings
    assert contents.loc[("stalking_offences", "stalking", "2015-16"), "with_figure"] == 42  # the City of London has none
