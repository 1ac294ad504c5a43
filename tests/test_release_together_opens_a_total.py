"""A sentence opening "Together," (or "Combined,", "Put together,") after a grant passed on and a council's match
funding sums the money stated before it: a total across funders, with no funder of its own (invented texts)."""

from tests.release_probe import awards_by_key

NEWS = """Mid Devon District Council news

The commissioner's office has passed the council £52,000 from the county's Home Office grant for 2025/26.

The council is adding £13,000 of its own money to that grant.

Together, that gives the course £65,000 this year.
"""

HTML = """<html><body><h1>New course for men in Hastings</h1>
<p>Hastings Borough Council has been passed £44,000 of the Sussex Home Office perpetrator grant for 2025/26 by the commissioner's office.</p>
<p>The council is topping this up with £11,000 from its community safety budget.</p>
<p>Together, the course will have £55,000 to spend in its first year.</p>
</body></html>
"""

PLAIN = """Torridge partnership update

Torridge receives £28,000 of Home Office money through the commissioner for 2024-25.
The council puts in a further £7,000 of match funding.
Together, the service has £35,000 for the year.
"""


def test_together_after_a_grant_and_match_funding_is_a_total_across_funders():
    got = awards_by_key(NEWS)
    assert (got[(7, 65000)].funding_role, got[(7, 65000)].funder) == ("total", "")
    assert (got[(3, 52000)].funding_role, got[(3, 52000)].funder) == ("grant", "Home Office")
    assert got[(5, 13000)].funding_role == "match_funding"


def test_together_in_a_served_news_page():
    got = awards_by_key(HTML, "invented.html")
    assert (got[(4, 55000)].funding_role, got[(4, 55000)].funder) == ("total", "")


def test_together_on_its_own_line_in_a_plain_update():
    got = awards_by_key(PLAIN)
    assert (got[(5, 35000)].funding_role, got[(5, 35000)].funder) == ("total", "")
