"""The programme-type rule table, risk reading and overrides."""

import pytest

from funding.errors import SourceError
from funding.parse.programme_types import (
    PROGRAMME_TYPES,
    Tag,
    apply_overrides,
    load_overrides,
    read_risk,
    rules,
    tag_text,
    type_labels,
)


def types(text):
    return [t.programme_type for t in tag_text(text)]


def test_thirteen_types_each_with_a_label_and_a_rule():
    assert len(PROGRAMME_TYPES) == 13
    assert set(type_labels()) == set(PROGRAMME_TYPES)
    assert {r.programme_type for r in rules()} == set(PROGRAMME_TYPES)


@pytest.mark.parametrize(
    "text, expected",
    [
        # Child-to-parent abuse is abuse by young people: the type implies young_people.
        ("A pilot for adolescent to parent violence in two towns.", ["child_adolescent_to_parent", "young_people"]),
        ("Work where children are violent towards their parents at home.", ["child_adolescent_to_parent", "young_people"]),
        ("Sessions in schools on healthy relationships.", ["young_people"]),
        ("A clinic for stalkers, with an advocate for victims.", ["stalking"]),
        ("Targeting serial perpetrators.", ["high_risk"]),
        ("A 26-week group-based programme for men.", ["general_adult"]),
        ("Support for a Caring Dads course.", ["parenting_fathers"]),
        ("A whole-family approach.", ["whole_family"]),
        ("Courses for first time offenders.", ["early_intervention"]),
        ("Help with drugs and alcohol and housing.", ["complex_needs"]),
        ("A multi-agency tasking meeting.", ["multi_agency"]),
        ("Provision for BAME communities.", ["culturally_specific"]),
        ("An evening helpline.", ["campaigns_helplines"]),
        ("We will train front line practitioners.", ["practitioner_training"]),
        ("Something with no recognisable words.", []),
    ],
)
def test_each_rule_fires_on_its_words(text, expected):
    assert types(text) == expected


def test_every_tag_records_rule_and_matched_words():
    (tag,) = tag_text("Targeting prolific perpetrators.")
    assert tag == Tag("high_risk", "high-risk-harm", "prolific", "rule", "")


def test_high_risk_phrase_about_another_service_is_not_a_high_risk_tag():
    text = "Two low/medium risk programmes which complement an existing service working with high-risk perpetrators."
    assert "high_risk" not in types(text)
    risk = read_risk(text)
    assert risk.risk_level == "low/medium"
    assert risk.evidence == "low/medium risk"
    assert risk.ignored == "high-risk"


def test_risk_of_the_programme_itself_is_read_even_when_it_is_an_existing_one():
    assert read_risk("Expansion of an existing programme for medium-risk perpetrators.").risk_level == "medium"
    assert read_risk("For those posing high risk / high harm.").risk_level == "high"
    assert read_risk("Reducing incidents at all risk levels.").risk_level == "all levels"
    assert read_risk("No risk words here.").risk_level == "not stated"


def test_committed_overrides_load_with_reasons():
    overrides = load_overrides()
    assert overrides, "the committed overrides file should hold at least the documented correction"
    assert all(o.reason.strip() for o in overrides)


def test_override_adds_and_removes_with_reason(tmp_path):
    path = tmp_path / "o.csv"
    path.write_text(
        "round,pfa_code,initiative_no,programme_type,action,reason\n"
        "2021-22,E23000032,1,stalking,add,named programme is a stalking one\n"
        "2021-22,E23000032,2,young_people,remove,schools mentioned only as venues\n",
        encoding="utf-8",
    )
    tags = {("2021-22", "E23000032", 1): [], ("2021-22", "E23000032", 2): [Tag("young_people", "schools", "schools")]}
    result = apply_overrides(tags, load_overrides(path))
    assert result[("2021-22", "E23000032", 1)] == [Tag("stalking", "override", "", "override", "named programme is a stalking one")]
    assert [t.origin for t in result[("2021-22", "E23000032", 2)]] == ["override-remove"]


@pytest.mark.parametrize(
    "row, line, expected",
    [
        ("2021-22,E23000032,1,gardening,add,why", 2, "a programme type"),
        ("2021-22,E23000032,1,stalking,toggle,why", 2, "'add' or 'remove'"),
        ("2021-22,E23000032,1,stalking,add,", 2, "a reason"),
        ("2021-22,E23000032,one,stalking,add,why", 2, "an initiative number"),
    ],
)
def test_bad_override_rows_name_file_and_line(tmp_path, row, line, expected):
    path = tmp_path / "o.csv"
    path.write_text("round,pfa_code,initiative_no,programme_type,action,reason\n" + row + "\n", encoding="utf-8")
    with pytest.raises(SourceError) as info:
        load_overrides(path)
    assert info.value.line == line and expected in info.value.expected


def test_stale_override_is_an_error():
    from funding.parse.programme_types import Override

    stale = [Override("2021-22", "E23000099", 1, "stalking", "add", "x", 2)]
    tags = {("2021-22", "E23000032", 1): []}
    with pytest.raises(SourceError, match="an initiative of the award list"):
        apply_overrides(tags, stale)
    assert apply_overrides({("2030-31", "E23000032", 1): []}, stale) == {("2030-31", "E23000032", 1): []}


def test_family_group_work_is_whole_family_not_a_general_adult_programme():
    assert types("Education work and whole family group work.") == ["whole_family"]
    assert types("Structured group work with individual sessions.") == ["general_adult"]


# ---- the error classes of the review (issue 11), each tested on invented text ----------------------


def _types(text):
    return [t.programme_type for t in tag_text(text)]


def test_a_programme_name_alone_is_not_a_type():
    assert "whole_family" not in _types("Support for Bright Families, an online programme for adolescent perpetrators.")
    assert "whole_family" in _types("A holistic approach to each family's individual needs.")


def test_a_partnership_of_councils_is_not_multi_agency():
    assert "multi_agency" not in _types("Delivered through a new partnership between three district councils.")
    assert "multi_agency" in _types("A multi-agency tasking meeting on repeat perpetrators.")


def test_investment_in_social_care_that_mentions_behaviour_change_is_not_an_adult_programme():
    assert "general_adult" not in _types("Investment in social care teams to improve engagement and the behaviour change opportunities.")
    assert "general_adult" in _types("Places on a behaviour change programme for men.")


def test_a_risk_phrase_about_another_existing_service_is_set_aside_across_the_sentence():
    text = ("The scheme will work alongside the existing work of a county project which sits within a wide "
            "suite of interventions addressing the needs of perpetrators posing all levels of risk.")
    reading = read_risk(text)
    assert reading.risk_level == "not stated" and "all levels of risk" in reading.ignored


def test_a_continuing_bullet_carries_its_programmes_types_and_risk():
    from funding.parse.programme_types import RiskReading, programme_risk, programme_tags

    first, second = ("r", "X", 1), ("r", "X", 2)
    tags = {first: tag_text("A course for high-risk stalkers."), second: tag_text("The programme will also help victims.")}
    spread = programme_tags([(first, False), (second, True)], tags)
    assert {t.programme_type for t in spread[second]} == {"stalking", "high_risk"}
    assert all(t.origin == "programme" for t in spread[second])
    risks = programme_risk([(first, False), (second, True)], {first: read_risk("A course for high-risk stalkers."), second: RiskReading("not stated", "", "")})
    assert risks[second].risk_level == "high"
    # a strand that does not continue keeps its own labels
    alone = programme_tags([(first, False), (second, False)], tags)
    assert alone[second] == tags[second]
