"""Entries set out as fields ("Annual value: £80,000", "Term: …", "Source of funding: …"): the funding field names
the payer of the entry's value, and a funding field stating sums of its own that add up to the value makes the value
their total (invented texts; facts as the corpus README's conventions give them)."""

from release_probe import awards


def _facts(text):
    return {(a.source_line, a.amount.pence // 100): (a.funding_role, a.funder or None, a.part_of_line)
            for a in awards(text)}


CARD = ("Perpetrator services we buy in Cumbria\n\nStalking perpetrator clinic\n"
        "One-to-one work with stalking perpetrators.\nAnnual value: £80,000\nTerm: two years from April 2026\n"
        "Source of funding: {}\n")


def test_a_funding_field_naming_the_commissioners_budget_makes_the_value_his_own_funding():
    assert _facts(CARD.format("the Commissioner's own budget"))[(5, 80000)] == ("own_funding", "PCC", None)


def test_a_funding_field_naming_a_grant_gives_the_value_its_funder():
    assert _facts(CARD.format("the Home Office grant"))[(5, 80000)] == ("grant", "Home Office", None)


def test_lots_in_served_html_take_each_lots_funding_line():
    text = ("<html><body><main>\n<h1>Perpetrator contracts in Hampshire</h1>\n"
            "<p>The Home Office and the Ministry of Justice both pay for parts of this work.</p>\n"
            "<h3>Lot A: group programme</h3>\n<ul>\n<li>Estimated value: £210,000 a year</li>\n"
            "<li>Term: three years</li>\n<li>Funded by: Ministry of Justice</li>\n</ul>\n"
            "<h3>Lot B: case management</h3>\n<ul>\n<li>Estimated value: £95,000 a year</li>\n"
            "<li>Funded by: Home Office grant</li>\n</ul>\n</main></body></html>\n")
    got = {k[1]: v for k, v in _facts(text).items()}
    assert got[210000][:2] == ("grant", "Ministry of Justice")
    assert got[95000][:2] == ("grant", "Home Office")


def test_a_value_whose_funding_field_states_sums_adding_up_to_it_is_their_total():
    text = ("Lot 2 in Durham: partner support\n- Contract value: £90,000\n"
            "- Funding: £60,000 from the Home Office and £30,000 from the Commissioner's own budget\n")
    got = _facts(text)
    assert got[(2, 90000)] == ("total", None, None)
    assert got[(3, 60000)] == ("part", "Home Office", 2)
    assert got[(3, 30000)] == ("part", "PCC", 2)


def test_sums_in_a_funding_field_that_do_not_add_up_to_the_value_are_not_its_parts():
    text = ("Lot 2 in Durham: partner support\n- Contract value: £100,000\n"
            "- Funding: £60,000 from the Home Office and £30,000 from the Commissioner's own budget\n")
    got = _facts(text)
    assert got[(3, 60000)][0] != "part" and got[(3, 30000)][0] != "part"
