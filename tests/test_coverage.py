"""Coverage of the 43 police force areas: who was funded, how much, per resident."""

from __future__ import annotations

from fractions import Fraction

import pandas as pd
import pytest

from funding.tables.coverage import coverage_table, per_100k_pence, population_year_for_round, regional_coverage
from funding.errors import SourceError
from funding.reference.register import register

UNFUNDED_2021_22 = {
    "E23000007": "Northumbria",
    "E23000009": "North Yorkshire",
    "E23000015": "Staffordshire",
    "E23000019": "Nottinghamshire",
    "E23000020": "Lincolnshire",
    "E23000021": "Leicestershire",
    "E23000022": "Northamptonshire",
    "E23000024": "Norfolk",
    "E23000025": "Suffolk",
    "E23000026": "Bedfordshire",
    "E23000029": "Thames Valley",
    "E23000034": "London, City of",
    "E23000035": "Devon & Cornwall",
    "E23000036": "Avon and Somerset",
    "E23000037": "Gloucestershire",
    "E23000038": "Wiltshire",
    "W15000002": "Gwent",
    "W15000003": "South Wales",
}


def _population(value: int = 1_000_000, years=(2020, 2021, 2022)) -> pd.DataFrame:
    return pd.DataFrame([{"pfa_code": c, "year": y, "population": value} for c in register().codes for y in years])


def _awards(rows) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"round": r, "pcc": "x", "pfa_code": c, "pfa_name": register().by_code(c).pfa_name, "bids": b,
             "amount_pence": a, "source_id": "list-" + r, "source_line": 1}
            for r, c, b, a in rows
        ]
    )


TAGS = pd.DataFrame(
    [
        {"round": "2021-22", "pfa_code": "E23000032", "initiative_no": 1, "programme_type": "stalking", "rule_id": "r1", "matched_text": "stalking", "origin": "rule"},
        {"round": "2021-22", "pfa_code": "E23000032", "initiative_no": 2, "programme_type": "general_adult", "rule_id": "r2", "matched_text": "group", "origin": "rule"},
        {"round": "2021-22", "pfa_code": "E23000032", "initiative_no": 2, "programme_type": "stalking", "rule_id": "r1", "matched_text": "stalkers", "origin": "rule"},
        {"round": "2021-22", "pfa_code": "E23000032", "initiative_no": 2, "programme_type": "high_risk", "rule_id": "r3", "matched_text": "high", "origin": "override-remove"},
        {"round": "2021-22", "pfa_code": "W15000001", "initiative_no": 1, "programme_type": "young_people", "rule_id": "o", "matched_text": "", "origin": "override"},
    ]
)


def test_one_row_per_area_and_round_with_unfunded_as_zero_pence():
    awards = _awards([("2021-22", "E23000032", 1, 37_896_700), ("2021-22", "W15000001", 2, 26_770_500), ("2022-23", "E23000001", 1, 100)])
    cov = coverage_table(awards, TAGS, _population())
    assert len(cov) == 86
    assert cov.groupby("round").size().to_dict() == {"2021-22": 43, "2022-23": 43}
    kent = cov[(cov["round"] == "2021-22") & (cov["pfa_code"] == "E23000032")].iloc[0]
    assert bool(kent["funded"]) and kent["amount_pence"] == 37_896_700 and kent["bids"] == 1
    # sorted, unique, override-remove not counted
    assert kent["programme_types"] == "general_adult;stalking"
    assert kent["region_name"] == "South East" and kent["country"] == "England"
    gwent = cov[(cov["round"] == "2021-22") & (cov["pfa_code"] == "W15000002")].iloc[0]
    assert not bool(gwent["funded"])
    assert gwent["amount_pence"] == 0
    assert pd.isna(gwent["bids"])
    assert gwent["programme_types"] == ""
    assert gwent["amount_per_100k_pence"] == 0
    assert gwent["source_id"] == "list-2021-22"
    assert list(cov["pfa_code"].iloc[:43]) == list(register().codes)


def test_population_year_is_the_year_the_round_starts():
    assert population_year_for_round("2021-22") == 2021
    cov = coverage_table(_awards([("2021-22", "E23000032", 1, 100)]), TAGS, _population())
    assert set(cov["population_year"]) == {2021}
    with pytest.raises(SourceError):
        population_year_for_round("next year")


def test_per_100k_is_exact_and_rounds_half_to_even():
    assert per_100k_pence(1, 200_000) == 0  # 0.5 → 0
    assert per_100k_pence(3, 200_000) == 2  # 1.5 → 2
    assert per_100k_pence(5, 200_000) == 2  # 2.5 → 2
    assert per_100k_pence(31_183_600, 897_217) == round(Fraction(31_183_600 * 100_000, 897_217))
    assert per_100k_pence(0, 10) == 0


def test_missing_population_is_na_not_zero():
    pop = _population()
    pop = pop[pop["pfa_code"] != "E23000032"]
    cov = coverage_table(_awards([("2021-22", "E23000032", 1, 100)]), TAGS, pop)
    kent = cov[cov["pfa_code"] == "E23000032"].iloc[0]
    assert pd.isna(kent["population"]) and pd.isna(kent["amount_per_100k_pence"])


def test_unknown_code_or_duplicate_award_raises():
    with pytest.raises(SourceError, match="E23000099"):
        coverage_table(_awards([("2021-22", "E23000032", 1, 100)]).assign(pfa_code="E23000099"), TAGS, _population())
    with pytest.raises(SourceError, match="one award per area"):
        coverage_table(_awards([("2021-22", "E23000032", 1, 100), ("2021-22", "E23000032", 1, 200)]), TAGS, _population())


def test_regional_coverage_sums_regions_and_wales():
    awards = _awards([("2021-22", "E23000032", 1, 40_000_000), ("2021-22", "W15000001", 2, 20_000_000)])
    reg = regional_coverage(coverage_table(awards, TAGS, _population()))
    assert len(reg) == 10
    assert reg["areas"].sum() == 43
    wales = reg[reg["region_name"] == "Wales"].iloc[0]
    assert (wales["areas"], wales["areas_funded"], wales["amount_pence"], wales["population"]) == (4, 1, 20_000_000, 4_000_000)
    assert wales["share_funded"] == 0.25
    assert wales["amount_per_100k_pence"] == 500_000
    assert wales["pence_per_resident"] == 5.0
    london = reg[reg["region_name"] == "London"].iloc[0]
    assert london["areas"] == 2 and london["areas_funded"] == 0 and london["amount_pence"] == 0


@pytest.fixture(scope="module")
def real_coverage():
    from funding.pipeline import read_award_list
    from funding.reference.geo import load_population

    al = read_award_list()
    awards = pd.DataFrame(
        [
            {"round": a.round, "pcc": a.pcc, "pfa_code": a.pfa_code, "pfa_name": a.pfa_name, "bids": a.bids,
             "amount_pence": a.amount_pence, "source_id": a.source_id, "source_line": a.source_line}
            for a in al.awards
        ]
    )
    return coverage_table(awards, TAGS.iloc[:0], load_population())


@pytest.mark.sources
def test_2021_22_round_funded_25_areas_and_named_the_18_it_did_not(real_coverage):
    cov = real_coverage
    assert len(cov) == 43
    assert int(cov["funded"].sum()) == 25
    unfunded = cov[~cov["funded"].astype(bool)]
    assert dict(zip(unfunded["pfa_code"], unfunded["pfa_name"])) == UNFUNDED_2021_22
    assert int(cov["amount_pence"].sum()) == 1_133_438_469
    assert set(cov["population_year"]) == {2021}
    assert int(cov["population"].sum()) == 59_660_524


@pytest.mark.sources
def test_2021_22_regional_coverage(real_coverage):
    reg = regional_coverage(real_coverage)
    assert reg["areas_funded"].sum() == 25
    assert reg["amount_pence"].sum() == 1_133_438_469
    nw = reg[reg["region_name"] == "North West"].iloc[0]
    assert (nw["areas"], nw["areas_funded"]) == (5, 5)
    sw = reg[reg["region_name"] == "South West"].iloc[0]
    assert (sw["areas"], sw["areas_funded"]) == (5, 1)


def test_coverage_from_the_tables_module():
    from funding import pipeline
    from funding.reference.geo import load_population

    t = pipeline.award_tables()
    cov = coverage_table(t["awards"], t["programme_tags"], load_population())
    assert len(cov) == 43 and int(cov["funded"].sum()) == 25
    funded = cov[cov["funded"].astype(bool)]
    assert (funded["programme_types"] != "").all()
