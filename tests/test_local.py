"""Unit tests of the local-release extractors and their reconciliation, on invented fixtures.

The fixtures (tests/fixtures/local/) copy the *genre* of local releases with
invented wording and layouts: bullets with "-", an inline list in HTML,
"ten-week" and "16 week", "£1.2m", "£240k", "over £7 million", a malformed
amount, a follow-up release that disagrees, and a page with no facts at all.
"""

import warnings
from pathlib import Path

import pandas as pd
import pytest

from funding.errors import SourceError
from funding.parse.releases import (
    as_stated,
    extract_awards,
    extract_components,
    extract_organisations,
    extract_outcomes,
    extract_release,
    financial_year,
    find_areas,
    find_years,
    parse_duration,
)
from funding.pipeline import award_tables
from funding.reference.schemas import PANDAS_DTYPES, schemas
from funding.tables.releases import build_local_tables, compare_amounts, same_organisation
from funding.core.money import Amount, parse_amount

FIXTURES = Path(__file__).parent / "fixtures" / "local"


def text_of(name):
    return (FIXTURES / name).read_text(encoding="utf-8")


def release(name, published=""):
    return extract_release(text_of(name), Path(name).stem, published=published)


@pytest.fixture(scope="module")
def national():
    return award_tables()["awards"]


@pytest.fixture(scope="module")
def tables(national):
    releases = [release(n) for n in ("cumbria_bullets.txt", "cumbria_followup.txt", "leicester_inline.html")]
    return build_local_tables(national, releases=releases)


# --------------------------------------------------------------------------- small parsers


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a ten-week course", (10, "week", "exact")),
        ("a 10 week course", (10, "week", "exact")),
        ("runs for 24 weeks", (24, "week", "exact")),
        ("a twenty-six-week group", (26, "week", "exact")),
        ("support for up to a year", (1, "year", "up_to")),
        ("for at least six months", (6, "month", "at_least")),
        ("group work over 26 weeks", (26, "week", "exact")),
    ],
)
def test_parse_duration_reads_number_words_digits_and_qualifiers(text, expected):
    d = parse_duration(text)
    assert (d.value, d.unit, d.qualifier) == expected


def test_parse_duration_ignores_ages():
    assert parse_duration("for 16-year-old boys") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("between 6 and 10 sessions", (10, "session", 6)),
        ("6-10 sessions of one-to-one work", (10, "session", 6)),
        ("a 9–11 week course", (11, "week", 9)),
        ("up to 4-8 months", (8, "month", 4)),
        ("a twenty-four-week course", (24, "week", None)),  # a number word's own hyphen is no range
    ],
)
def test_parse_duration_reads_a_range_joined_by_a_hyphen_or_a_dash(text, expected):
    d = parse_duration(text)
    assert (d.value, d.unit, d.minimum) == expected


@pytest.mark.parametrize(
    "published, year",
    [("2020-11-19", "2020-21"), ("2021-03-03", "2020-21"), ("2020 (autumn; opens in December)", "2020-21"),
     ("5 May 2022", "2022-23"), ("2020", ""), ("2021 (winter)", "")],
)
def test_financial_year_of_publication(published, year):
    assert financial_year(published) == year


def test_find_years_normalises_and_rejects_non_consecutive():
    assert [y for _, _, y in find_years("in 2021/22, 2022-2023 and 2019-21")] == ["2021-22", "2022-23"]


def test_find_areas_prefers_longest_name_and_knows_towns():
    text = "North West Leicestershire and Coalville, then Notts Police and Cumbria"
    assert [c for _, _, c in find_areas(text)] == ["E23000021", "E23000021", "E23000019", "E23000002"]
    assert text[slice(*find_areas(text)[0][:2])] == "North West Leicestershire"


def test_bare_round_figure_is_rounded_but_exact_figure_stays_exact():
    assert as_stated(parse_amount("£200,000")) == Amount(20000000, 10000000, "rounded", "£200,000")
    assert as_stated(parse_amount("£150,000")).precision_pence == 1000000
    assert as_stated(parse_amount("£207,307")).qualifier == "exact"
    bound = parse_amount("£240,000", before="more than ")
    assert as_stated(bound) is bound


# --------------------------------------------------------------------------- awards


def test_awards_from_bullets_release_keep_qualifier_precision_and_role():
    awards, diags = extract_awards(text_of("cumbria_bullets.txt"), "cb")
    got = [(a.source_line, a.pfa_code, a.round, a.funder, a.funding_role, a.amount.pence, a.amount.qualifier,
            a.amount.precision_pence) for a in awards]
    assert got == [
        (5, "E23000002", "2021-22", "Home Office", "grant", 120000000, "rounded", 10000000),
        (7, "E23000002", "2021-22", "partners", "match_funding", 24000000, "rounded", 100000),  # "over the same year"
        (9, "", "", "", "context", 700000000, "more_than", 100000000),
    ]
    # a national figure is no area's money: kept, with no area, and said so
    assert (awards[2].area_basis, awards[0].period_start, awards[0].period_end) == ("none", "2021-22", "2021-22")
    assert diags == ()


def test_awards_from_html_use_clause_area_sentence_year_and_adjective_figure():
    awards, _ = extract_awards(text_of("leicester_inline.html"), "li")
    first, second = awards
    assert (first.source_line, first.pfa_code, first.area_basis, first.round, first.funding_role) == (
        5, "E23000021", "clause", "2022-23", "grant")
    assert (first.funder, first.amount.low_pence, first.amount.high_pence) == ("Ministry of Justice", 14500000, 15500000)
    assert (second.source_line, second.amount.pence, second.amount.qualifier, second.funding_role) == (
        7, 15125000, "exact", "grant")


def test_round_falls_back_to_release_year_then_publication_date():
    text = "Rutland bid for funding in 2020-21.\n\nThe grant is worth £99,999 to Rutland.\n"
    (a,), _ = extract_awards(text, "t")
    assert (a.round, a.round_basis, a.period_start, a.period_end) == ("2020-21", "sentence", "2020-21", "2020-21")
    text = "The Home Office grant is worth £99,999 to Rutland.\n"
    (a,), _ = extract_awards(text, "t", published="2020-11-19")
    assert (a.round, a.round_basis, a.funder, a.funder_basis) == ("2020-21", "publication_date", "Home Office",
                                                                  "clause")
    # the publication date groups statements of one award; it is never given as the money's period
    assert (a.period_start, a.period_end) == ("", "")


def test_two_figures_in_one_sentence_take_their_own_years():
    text = "Kent's PCC secured £100,001 in 2021-22 and £90,001 in 2022-23.\n"
    awards, _ = extract_awards(text, "t")
    assert [(a.amount.pence, a.round) for a in awards] == [(10000100, "2021-22"), (9000100, "2022-23")]


def test_malformed_amount_is_a_diagnostic_with_file_and_line():
    awards, diags = extract_awards(text_of("malformed_amount.txt"), "malformed_amount.txt")
    assert [d.message for d in diags] == [
        "malformed_amount.txt:3: found '£2OO,000'; expected an amount such as £200,000, £1.2m or £240k"
    ]
    assert [(a.amount.pence, a.funding_role, a.funder) for a in awards] == [(5000000, "match_funding", "partners")]


def test_strict_release_raises_the_source_error():
    with pytest.raises(SourceError, match=r"malformed_amount:3: found '£2OO,000'"):
        extract_release(text_of("malformed_amount.txt"), "malformed_amount", strict=True)


# --------------------------------------------------------------------------- components


def test_components_from_bullets():
    got = [(c.source_line, c.component, c.duration_value, c.duration_unit, c.duration_qualifier, c.cadence, c.cohorts)
           for c in extract_components(text_of("cumbria_bullets.txt"), "cb")]
    assert got == [
        (15, "group_programme", 26, "week", "exact", "", ("men",)),
        (16, "one_to_one", 12, "week", "exact", "", ("non_english_speakers", "women")),
        (17, "group_programme", 10, "week", "exact", "", ("fathers",)),
        (18, "group_programme", None, "", "", "fortnightly", ()),
        (19, "partner_support", 6, "month", "up_to", "", ()),
        (20, "practitioner_training", None, "", "", "", ()),
    ]


def test_partner_support_for_up_to_a_year_is_52_weeks():
    (c,) = extract_components("Integrated partner support is offered for up to a year.\n", "t")
    assert (c.component, c.duration_value, c.duration_unit, c.duration_qualifier, c.duration_weeks) == (
        "partner_support", 1, "year", "up_to", 52)


@pytest.mark.parametrize("text, expected", [
    ("It runs a 10 to 12 week course for men.", (12, "week", 10)),
    ("It offers twenty-four sessions of group work.", (24, "session", None)),
    ("It offers 22 weekly group sessions.", (22, "session", None)),
    ("It offers one-to-one sessions.", None),
    ("The group meets two sessions a week.", None),
])
def test_durations_in_sessions_words_and_ranges(text, expected):
    d = parse_duration(text)
    assert (None if d is None else (d.value, d.unit, d.minimum)) == expected


def test_a_component_only_in_a_quote_is_marked_and_a_fund_title_is_not_a_component():
    text = ("The money comes from the Domestic Abuse Perpetrator Intervention Fund.\n"
            'The PCC said: "We would like a helpline next."\n'
            "A stalking intervention will start in May.\n")
    got = [(c.source_line, c.component, c.in_quote) for c in extract_components(text, "t")]
    assert got == [(2, "helpline", True), (3, "stalking_intervention", False)]


def test_components_from_an_inline_list_split_at_articles():
    got = [(c.source_line, c.component, c.duration_weeks, c.cadence, c.cohorts)
           for c in extract_components(text_of("leicester_inline.html"), "li")]
    assert got == [
        (6, "group_programme", 16, "", ("men",)),  # one fact per line and component: the weekly group joins it
        (6, "one_to_one", 12, "", ("same_sex_relationships", "women")),
    ]


def test_existing_provision_and_case_studies_are_told_apart():
    text = ("Currently, the county council funds a perpetrator programme in schools.\n"
            "One client was offered one-to-one work after his arrest.\n"
            "A new 20-week group programme will open.\n")
    got = [(c.source_line, c.component, c.provision) for c in extract_components(text, "t")]
    assert got == [(1, "behaviour_change_programme", "existing"), (1, "schools_prevention", "existing"),
                   (3, "group_programme", "new")]


# --------------------------------------------------------------------------- outcomes


def test_outcomes_targets_baselines_and_back_references():
    got = [(o.source_line, o.metric, o.value, o.unit, o.value_qualifier, o.about, o.status, o.refers_back)
           for o in extract_outcomes(text_of("cumbria_bullets.txt"), "cb")]
    assert got == [
        (24, "people_helped", 200.0, "count", "up_to", "perpetrators", "expected", False),
        (25, "outcome_rate", 40.0, "percent", "exact", "perpetrators", "baseline", False),
        (25, "sustained_reduction_in_abuse", 90.0, "count", "exact", "perpetrators", "expected", True),
    ]


def test_outcome_periods_explicit_since_launch_and_same_period():
    text = ("Since launch, 61% of victims reported feeling safer.\n"
            "From March to June 2023, 77 per cent of clients felt they got the support they needed.\n"
            "During the same period 50 per cent of clients completed the programme.\n")
    got = [(o.metric, o.value, o.about, o.period, o.status) for o in extract_outcomes(text, "t")]
    assert got == [
        ("feeling_safer", 61.0, "survivors", "since launch", "reported"),
        ("offered_support_needed", 77.0, "perpetrators", "March to June 2023", "reported"),
        ("completed_programme", 50.0, "perpetrators", "March to June 2023", "reported"),
    ]


def test_x_of_y_gives_a_base_and_impossible_percentages_are_diagnostics():
    text = ("Of the 120 men who started the course, 77 finished it.\n"
            "38 of 52 families said violence had fallen.\n"
            "It worked with 45 perpetrators, of whom 31 completed.\n"
            "104% of referrals were screened in a week, and -5% dropped out.\n"
            "The top 40 perpetrators are managed by the police.\n")
    r = extract_release(text, "t")
    assert [(o.source_line, o.value, o.base, o.about) for o in r.outcomes] == [
        (1, 77.0, 120.0, "perpetrators"), (2, 38.0, 52.0, "families"), (3, 31.0, 45.0, "perpetrators")]
    assert [(d.source_line, d.problem, d.found) for d in r.diagnostics] == [
        (4, "impossible_percentage", "104%"), (4, "impossible_percentage", "-5%")]


def test_years_and_sessions_are_not_outcomes():
    text = "Funding for 2021-22 to deliver perpetrator work; he attended 13 sessions.\n"
    assert extract_outcomes(text, "t") == ()


# --------------------------------------------------------------------------- organisations


def test_organisations_with_roles_places_left_out():
    got = [(o.source_line, o.organisation, o.role) for o in extract_organisations(text_of("cumbria_bullets.txt"), "cb")]
    # the commissioner's title is an office, not an organisation; "partners" is not one either
    assert got == [
        (5, "Home Office", "funder"),
        (11, "Respect", "accreditor"),
        (11, "Cumbria Women's Refuge", "delivery_partner"),
        (11, "Safer Lives CIC", "delivery_partner"),
        (22, "Cumbria Constabulary", "referrer"),
    ]


def test_organisation_cues_before_names_and_aliases():
    text = ("Eastshire Borough Council Is Backing A New Scheme\n"
            "Currently, Westshire County Council funds a service through Juno.\n")
    got = [(o.source_line, o.organisation, o.role, o.provision) for o in extract_organisations(text, "t")]
    assert got == [
        (1, "Eastshire Borough Council", "supporter", "new"),
        (2, "Juno Women's Aid", "delivery_partner", "existing"),
        (2, "Westshire County Council", "existing_funder", "existing"),
    ]


def test_same_organisation_by_prefix_not_by_shared_words():
    assert same_organisation("Juno", "Juno Women's Aid")
    assert same_organisation("The Jenkins Centre", "Jenkins Centre")
    assert not same_organisation("Cumbria Women's Refuge", "Women's Refuge West")


# --------------------------------------------------------------------------- bad input


def test_release_with_no_facts_is_empty_and_warns_naming_the_file():
    with pytest.warns(UserWarning, match=r"no_facts\.txt: no funding"):
        r = extract_release(text_of("no_facts.txt"), "no_facts.txt")
    assert r.is_empty and r.diagnostics == () and r.pfa_code == ""


def test_release_with_facts_does_not_warn():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert not release("cumbria_bullets.txt").is_empty


# --------------------------------------------------------------------------- reconciliation


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (Amount(24000000, 100, "more_than", ""), Amount(24679200, 100, "exact", ""), ("bound_vs_exact", True)),
        (Amount(25000000, 100, "up_to", ""), Amount(24679200, 100, "exact", ""), ("bound_vs_exact", True)),
        (Amount(26000000, 100, "more_than", ""), Amount(24679200, 100, "exact", ""), ("bound_vs_exact", False)),
        (Amount(20000000, 10000000, "rounded", ""), Amount(20730700, 100, "exact", ""), ("rounded_vs_exact", True)),
        (Amount(100, 100, "exact", ""), Amount(200, 100, "exact", ""), ("different_amount", False)),
        (Amount(24000000, 100, "more_than", ""), Amount(20000000, 10000000, "rounded", ""),
         ("different_statements", True)),
    ],
)
def test_compare_amounts(a, b, expected):
    assert compare_amounts(a, b) == expected


def test_compare_amounts_same_statement_is_no_conflict():
    a = Amount(24000000, 100, "more_than", "")
    assert compare_amounts(a, a) is None


def test_tables_have_documented_columns_and_dtypes(tables):
    for name, df in tables.items():
        declared = schemas()[name]["columns"]
        assert list(df.columns) == [c["name"] for c in declared], name
        for c in declared:
            assert df[c["name"]].dtype == pd.Series([], dtype=PANDAS_DTYPES[c["type"]]).dtype, (name, c["name"])


def test_one_award_many_statements_recognised(tables):
    la = tables["local_awards"]
    cumbria = la[la["award_id"] == "E23000002:2021-22:Home Office"]
    assert list(zip(cumbria["source_id"], cumbria["source_line"])) == [("cumbria_bullets", 5), ("cumbria_followup", 5)]


def _plain(x):
    return None if pd.isna(x) else (bool(x) if isinstance(x, (bool,)) or str(x) in ("True", "False") else int(x))


def test_conflicts_are_computed_and_classified(tables):
    c = tables["source_conflicts"]
    got = [(k, sa, _plain(la), sb, _plain(lb), _plain(ok))
           for k, sa, la, sb, lb, ok in zip(c["kind"], c["source_a"], c["line_a"], c["source_b"], c["line_b"],
                                            c["compatible"])]
    assert got == [
        # the percentage's line first (the base's line is in ``lines``)
        ("count_not_implied_by_percentage", "cumbria_bullets", 25, "cumbria_bullets", 25, False),
        ("different_amount", "cumbria_followup", 5, "ho-2021-08-11-awards", 15, False),
        # the 26-week group against the follow-up's 24 weeks; the fathers' 10-week group is another programme
        ("different_duration", "cumbria_bullets", 15, "cumbria_followup", 7, False),
        ("different_duration", "cumbria_bullets", 17, "cumbria_followup", 7, False),
        ("different_partner_name", "cumbria_bullets", 11, "cumbria_followup", 9, None),
        ("rounded_vs_exact", "cumbria_bullets", 5, "cumbria_followup", 5, False),
        ("rounded_vs_exact", "leicester_inline", 5, "leicester_inline", 7, True),
    ]


def test_conflict_details_carry_the_computed_numbers(tables):
    c = tables["source_conflicts"].set_index("kind")
    assert c.loc["count_not_implied_by_percentage", "detail"] == (
        "40% (line 25) of 200 is 80, not 90; 90 is 40% of 225.0, which 'up to 200' rules out")
    assert c.loc["count_not_implied_by_percentage", "value_a"] == "40% of up to 200 perpetrators (line 24)"
    assert c.loc["count_not_implied_by_percentage", "lines"] == "24;25"
    rounded = c.loc["rounded_vs_exact"]
    row = rounded[rounded["source_a"] == "cumbria_bullets"].iloc[0]
    assert row["value_a"] == "£1,200,000 (round figure, to £100,000)"
    assert "allows £1,150,000 to £1,250,000" in row["detail"] and "£62,000 above" in row["detail"]
    partner = c.loc["different_partner_name"]
    assert (partner["value_a"], partner["value_b"]) == (
        "Cumbria Women's Refuge (delivery partner)", "Women's Refuge West (survivor support provider)")


def test_timeline_merges_local_statements_into_the_national_award(tables):
    t = tables["funding_timeline"]
    row = t[(t["pfa_code"] == "E23000002") & (t["round"] == "2021-22")]
    assert len(row) == 1
    row = row.iloc[0]
    assert (row["origin"], row["amount_pence"], row["n_sources"], bool(row["in_national_list"])) == (
        "national_list", 20035200, 3, True)
    assert row["source_ids"] == "cumbria_bullets;cumbria_followup;ho-2021-08-11-awards"
    leic = t[t["pfa_code"] == "E23000021"].iloc[0]
    assert (leic["round"], leic["amount_pence"], leic["source_line"], leic["flag"]) == ("2022-23", 15125000, 7, "")
    assert pd.isna(leic["in_national_list"])
    assert len(t) == 26  # 25 national awards and one local award in a round with no national list


def test_timeline_flags_a_local_award_missing_from_the_national_list(national):
    without_cumbria = national[national["pfa_code"] != "E23000002"]
    t = build_local_tables(without_cumbria, releases=[release("cumbria_followup.txt")])["funding_timeline"]
    row = t[t["pfa_code"] == "E23000002"].iloc[0]
    assert (row["origin"], row["round"], row["amount_pence"], row["flag"]) == (
        "local_release", "2021-22", 126200000, "not_in_national_list")
    assert _plain(row["in_national_list"]) is False


def test_match_funding_and_unclassified_money_stay_out_of_the_timeline(tables):
    t = tables["funding_timeline"]
    assert 24000000 not in set(t["amount_pence"]) and 700000000 not in set(t["amount_pence"])
    la = tables["local_awards"]
    assert set(la.loc[la["amount_pence"].isin([24000000, 700000000]), "funding_role"]) == {"match_funding",
                                                                                          "context"}


def test_a_local_award_with_no_funder_named_is_flagged_as_such(national):
    text = "Cumbria Police and Crime Commissioner has secured £1,262,000 in 2021-22 to deliver a perpetrator programme.\n"
    no_funder = extract_release(text, "invented-no-funder", published="2022-05-01")
    without_cumbria = national[national["pfa_code"] != "E23000002"]
    t = build_local_tables(without_cumbria, releases=[no_funder])["funding_timeline"]
    row = t[t["pfa_code"] == "E23000002"].iloc[0]
    assert (row["funder"], row["round"], row["amount_pence"], row["flag"]) == (
        "", "2021-22", 126200000, "not_in_national_list_funder_not_stated")


def test_one_unreadable_figure_is_reported_alone_and_the_others_kept():
    text = "The Home Office gave Kent more than £240,000 and a further £1.234 in 2021-22 to deliver a perpetrator programme.\n"
    r = extract_release(text, "invented-bad-figure", published="2021-06-01")
    assert [(a.amount.pence, a.amount.qualifier) for a in r.awards] == [(24_000_000, "more_than")]
    assert [(d.source_line, d.problem, d.found) for d in r.diagnostics] == [(1, "malformed_amount", "£1.234")]


def test_a_bullet_before_a_percentage_is_not_a_minus_sign():
    # a list item, quoted or not, opens with a dash and a space: the percentage after it is not negative
    text = ("Results this year:\n"
            "- 81% of partners said they felt safer\n"
            "> - 64% of the men finished the course\n"
            "One indicator fell by -12% and was checked.\n")
    r = extract_release(text, "t")
    assert [(d.source_line, d.problem, d.found) for d in r.diagnostics] == [(4, "impossible_percentage", "-12%")]
    assert (2, 81.0, "percent") in [(o.source_line, o.value, o.unit) for o in r.outcomes]
