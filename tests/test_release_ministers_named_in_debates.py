"""Ministers named with their office in a debate's speaker heading ("The Minister for X (Name)") or with the office run
in before the name and a speech verb after ("Minister for Safeguarding Name said"): officials under the README's
"Officials" convention.  Invented sentences, not the corpus's."""

from release_probe import read


def people(text):
    return {(p.source_line, p.name): p.role for p in read(text).people}


def test_speaker_heading_office_then_name_in_brackets():
    text = ("Westminster Hall debate on perpetrator programmes.\n"
            "**The Minister of State for Victims and Violence Reduction (Priya Thornbury)**\n"
            "I thank the honourable Member for securing this debate.\n"
            "The Parliamentary Under-Secretary of State for the Ministry of Justice (Owen Castellane): The grant will run for two years.\n"
            "The Minister for Crime and Policing (Deborah Fairlie-Stone)\n")
    got = people(text)
    assert got.get((2, "Priya Thornbury")) == "official"
    assert got.get((4, "Owen Castellane")) == "official"
    assert got.get((5, "Deborah Fairlie-Stone")) == "official"


def test_run_in_office_before_name_and_speech_verb():
    text = ("The Home Office published the allocations on Monday.\n"
            "Minister for Policing and Crime Rhodri Abernant said the money would reach every area.\n"
            "Under-Secretary of State for Safeguarding Nadia Kettleworth told MPs that the round was open.\n"
            "Minister of State for Victims Colm Ashdown added: \"Areas can now plan ahead.\"\n")
    got = people(text)
    assert got.get((2, "Rhodri Abernant")) == "official"
    assert got.get((3, "Nadia Kettleworth")) == "official"
    assert got.get((4, "Colm Ashdown")) == "official"


def test_portfolio_words_alone_are_no_person():
    text = ("The Minister for Domestic Abuse and Violence Against Women said the fund would grow.\n"
            "The Minister for Safeguarding (Home Office) answered the question.\n")
    assert people(text) == {}
