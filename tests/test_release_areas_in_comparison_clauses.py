"""An area named only in a comparison before a figure ("Dyfed-Powys, which covers more ground than the whole of the
West Midlands region, will receive £253,450") is what the figure's area is compared with, not the area taking it: the
figure is the area its clause's subject names (README: area, by clause).  Invented sentences, not the corpus's."""

from release_probe import awards


def area_of(text, line, pounds):
    found = [a for a in awards(text) if a.source_line == line and a.amount.pence // 100 == pounds]
    assert found, (line, pounds)
    return found[0].pfa_code


INTRO = "Second tranche of the Home Office perpetrator fund: the areas compared\n"


def test_than_in_a_relative_clause_before_the_verb():
    text = INTRO + ("Cumbria will receive £410,000 over the two years. Norfolk, which has a larger rural population "
                    "than Cumbria, will receive £275,000.\n")
    assert area_of(text, 2, 275000) == "E23000024"  # Norfolk
    assert area_of(text, 2, 410000) == "E23000002"  # Cumbria


def test_as_large_as_comparison_in_a_whose_clause():
    text = INTRO + ("Gwent, whose caseload is now as large as that of South Wales, is to get £140,000 in 2026-27.\n")
    assert area_of(text, 2, 140000) == "W15000002"  # Gwent


def test_compared_with_two_areas_before_the_figure():
    text = INTRO + ("Lincolnshire, which has fewer referrals compared with Nottinghamshire or Leicestershire, "
                    "has been offered £198,000.\n")
    assert area_of(text, 2, 198000) == "E23000020"  # Lincolnshire


def test_an_area_whose_own_figure_is_compared_keeps_it():
    text = INTRO + "Kent will receive £500,000, more than Essex's £400,000.\n"
    assert area_of(text, 2, 500000) == "E23000032"  # Kent
    assert area_of(text, 2, 400000) == "E23000028"  # Essex


def test_than_in_an_appositive_before_the_figure():
    text = INTRO + "Dorset, a smaller force than Devon and Cornwall, has been offered £120,000 for 2026-27.\n"
    assert area_of(text, 2, 120000) == "E23000039"  # Dorset


def test_than_naming_two_areas_in_a_with_phrase():
    text = INTRO + ("North Wales, with more ground to cover than both Gwent and South Wales, will receive £210,000.\n")
    assert area_of(text, 2, 210000) == "W15000001"  # North Wales


def test_unlike_two_areas_in_a_relative_clause():
    text = INTRO + ("Northumbria, which is unlike Durham and Cleveland in having no group programme, will get £88,000 "
                    "for 2026-27.\n")
    assert area_of(text, 2, 88000) == "E23000007"  # Northumbria
