"""A programme's one-word brand with its description in apposition ("Harbour, our 20-week group course for men"):
a ``named_programme`` fact carrying the length and people of its line, beside its kind (README "Named programmes").
Invented sentences, not the corpus's."""

from release_probe import read


def named(text):
    return {(c.source_line, c.programme_name): (c.duration_value, c.duration_unit, tuple(c.cohorts))
            for c in read(text).components if c.component == "named_programme"}


def test_one_word_brand_before_its_description():
    text = ("3.1 Lantern, our 22-week group behaviour change programme for men, is delivered in four towns.\n"
            "Since 2023 the borough's main course has been Keystone, a 30-week group programme for fathers run by a local charity.\n"
            "4.4 Brightwater, the 16-week behaviour change course for women, runs in Hove and Worthing.\n")
    got = named(text)
    assert got.get((1, "Lantern")) == (22, "week", ("men",))
    assert got.get((2, "Keystone")) == (30, "week", ("fathers",))
    assert got.get((3, "Brightwater")) == (16, "week", ("women",))


def test_opening_words_and_places_before_a_description_are_no_name():
    text = ("However, the 24-week group programme for men will continue.\n"
            "Currently, a 12-week course for women runs in Dover.\n"
            "Medway, the area's 26-week group programme for men, has a waiting list.\n")
    assert named(text) == {}


def test_an_adverb_or_the_last_word_of_a_place_is_no_name():
    text = ("Mostly, a proper group course for men, twenty weeks long, run by a local charity.\n"
            "North Somerset, a 26-week group course for men, is full.\n"
            "Largely, the 12-week behaviour change programme is paid for by the council.\n")
    assert named(text) == {}
