"""Restated figures, corrections dated on their line, unrelated rural kit, and a block of fields stating a sum.

Invented wordings for the eighteenth session's rules, each read as the corpus README's conventions give it:

* "Restated figures": a figure restating money already stated with a year of its own, in a clause that gives none,
  has no period (neither the earlier statement's year nor the release's one span), and its pieces take that null
  period; the first statement keeps its year.
* "Corrected figures": the right figure of a correction note takes the year its line gives the figure it replaces.
* Money for work unrelated to domestic abuse (rural-crime kit) standing alone is no fact.
* A field whose value is a sum ("Award: £530,000") in a block of fields is read, with the payer and the period its
  neighbouring fields give; a headline stating a sum is still not read.
"""

from __future__ import annotations

import pytest

from release_probe import award_errors, awards_by_key

RESTATED = [
    # (text, the restatement's (line, pounds))
    ("North Dale Council accepts a grant of £214,560 for the two years from 1 April 2025 from the Home Office.\n"
     "\n"
     "The commissioner chose to pass part of the county's money to the council. Our share of it is £214,560.\n",
     (3, 214560)),
    ("The Commissioner for Cumbria accepts the Home Office grant of £402,600 for 2025-26.\n"
     "\n"
     "6.1 The grant of £402,600 is allocated in full to the perpetrator programme.\n",
     (3, 402600)),
    ("Essex's commissioner has secured £336,000 from the Ministry of Justice for 2025-26 and 2026-27.\n"
     "\n"
     "I approve the acceptance of the £336,000 described in paragraph 2.\n",
     (3, 336000)),
    ("Dorset will receive £188,500 from the Home Office over the two years from April 2025.\n"
     "\n"
     "The Home Office confirmed in writing that Dorset's allocation is £188,500.\n",
     (3, 188500)),
]


@pytest.mark.parametrize("text, key", RESTATED)
def test_a_bare_restatement_has_no_period_and_the_first_statement_keeps_its_own(text, key):
    got = awards_by_key(text)
    first = next(a for (line, pounds), a in got.items() if pounds == key[1] and line == 1)
    assert first.period_start is not None
    assert award_errors(text, {key: {"start": None, "end": None}}) == []


def test_pieces_of_a_restated_whole_take_its_null_period():
    text = ("Northumbria's commissioner commissioned the course with £386,400 from the Home Office for April 2022 to "
            "March 2024.\n"
            "\n"
            "The evaluator was appointed in April 2022. The evaluation was paid for from the grant: £23,850 of the "
            "£386,400 was set aside for it.\n")
    assert award_errors(text, {(1, 386400): {"start": "2022-23", "end": "2023-24"},
                               (3, 23850): {"role": "part", "part": 3, "start": None, "end": None},
                               (3, 386400): {"start": None, "end": None}}) == []


@pytest.mark.parametrize("note", [
    "A report in the Gazette said Cumbria's Home Office grant for 2025-26 had been cut to £290,000. That figure is not "
    "correct: the grant letter of 2 May gives £312,800.",
    "Decision Report 041/2025 printed the 2025/26 Home Office figure as £290,000. The figure in the grant agreement, "
    "and in this report, is £312,800.",
    "The 2025-26 Home Office grant was shown in error as £290,000 in the draft; the letter says £312,800.",
])
def test_the_right_figure_of_a_correction_takes_the_year_of_the_figure_it_replaces(note):
    text = "For 2025-26 the Home Office has confirmed a grant of £312,800 for Cumbria.\n\n" + note + "\n"
    assert award_errors(text, {(3, 312800): {"start": "2025-26", "end": "2025-26"},
                               (3, 290000): {"start": "2025-26", "end": "2025-26"}}) == []


@pytest.mark.parametrize("sentence", [
    "Commissioner Pellow has allocated £18,500 from his community safety fund for trail cameras and quad-bike marking "
    "kits on farms in the Peak District.",
    "A further £36,000 from the commissioner's budget buys cameras for livestock theft hot spots under the rural crime "
    "plan.",
    "The commissioner has also put £12,000 towards tackling fly-tipping on farm land.",
])
def test_money_for_rural_crime_kit_standing_alone_is_no_fact(sentence):
    text = ("Derbyshire's commissioner has awarded £240,000 of Home Office money to the Change Path course for men "
            "who abuse their partners.\n\n" + sentence + "\n")
    got = awards_by_key(text)
    assert [k for k in got if k[0] == 3] == []
    assert (1, 240000) in got


def test_money_for_a_perpetrator_course_on_farms_is_kept():
    text = "Derbyshire's commissioner has given £18,500 for a perpetrator course for men in farming communities.\n"
    assert (1, 18500) in awards_by_key(text)


@pytest.mark.parametrize("lines, key, funder, period", [
    (["At a glance", "Funder: Ministry of Justice", "Period: April 2025 to March 2027", "Award: £530,000",
      "Provider: Haven Road Services"], (4, 530000), "Ministry of Justice", ("2025-26", "2026-27")),
    (["Kent perpetrator service", "", "Funder: Home Office", "Period: 2025-26", "Amount: £212,000"],
     (5, 212000), "Home Office", ("2025-26", "2025-26")),
    (["Gwent stalking service", "", "Grant: £98,400", "Funded by: Home Office", "Term: 2025-26"],
     (3, 98400), "Home Office", ("2025-26", "2025-26")),
])
def test_a_field_stating_a_sum_in_a_block_of_fields_is_read(lines, key, funder, period):
    text = "\n".join(lines) + "\n"
    assert award_errors(text, {key: {"funder": funder, "start": period[0], "end": period[1]}}) == []


def test_a_headline_stating_a_sum_above_a_dateline_field_is_still_not_read():
    text = ("Kent: £530,000 for perpetrator work\n"
            "Published: 3 June 2025\n"
            "\n"
            "Kent's commissioner has been awarded £530,000 by the Home Office for 2025-26.\n")
    assert sorted(awards_by_key(text)) == [(4, 530000)]


@pytest.mark.parametrize("question", [
    "Question from Cllr Rhiannon Vale: Why has the Home Office grant for the perpetrator course fallen to £250,000?",
    "Question by Councillor Amir Dhillon: Is it true that the Home Office grant is now £250,000?",
    "Question asked by a member of the panel: why is the Home Office grant only £250,000?",
])
def test_a_figure_in_a_question_labelled_with_its_asker_is_read(question):
    text = question + "\n\nAnswer: The Home Office grant is £275,000, the same as last year.\n"
    got = awards_by_key(text)
    assert (1, 250000) in got and got[(1, 250000)].funder == "Home Office"
    assert (3, 275000) in got


@pytest.mark.parametrize("note, lines, period", [
    ("All figures below are for 2025-26.",
     ["- Group course: £120,000 from the Home Office", "- Partner support: £45,000 from Derby City Council"],
     ("2025-26", "2025-26")),
    ("All amounts are for the two years from April 2025.",
     ["Sheffield City Council pays £60,000 for the partner support worker.", "The Home Office pays £310,000."],
     ("2025-26", "2026-27")),
    ("The figures in this list cover 2026-27.",
     ["- Rotherham Council: £38,000 for training", "- Home Office: £250,000 for the course"],
     ("2026-27", "2026-27")),
])
def test_a_period_said_for_every_figure_reaches_the_councils_money_too(note, lines, period):
    text = note + "\n\n" + "\n".join(lines) + "\n"
    got = [a for a in awards_by_key(text).values()]
    assert {(a.funder, a.period_start, a.period_end) for a in got} == {("Home Office", *period),
                                                                     ("local authority", *period)}
