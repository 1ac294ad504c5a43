"""The release reader on invented paraphrases of mechanisms seen in its first-sight misses on the fourteenth round's
tune releases (amounts: funder, role, parts, periods; amounts not found).  Each text is new; each is asserted both
ways."""

from __future__ import annotations

import warnings

import pytest

from funding.parse.releases import extract_release
from release_probe import awards_by_key as _awards




# ---- a collapsed accordion or tab panel ('hidden' until the reader opens it) is the page's content ----

@pytest.mark.parametrize("page, key, code", [
    ('<html><body><main>\n<h1>Changing Paths</h1>\n'
     '<h2 class="accordion-heading"><button aria-expanded="false" aria-controls="p1">How is it funded?</button></h2>\n'
     '<div class="accordion-panel" id="p1" hidden>\n'
     '<p>Greater Manchester gave the council a Home Office grant of £120,000 for 2025-26.</p>\n'
     '</div>\n</main></body></html>', (5, 120000), "E23000005"),
    ('<html><body><main>\n<h1>Fresh Start</h1>\n<div class="govuk-accordion__section">\n'
     '<button aria-expanded="false">Money</button>\n<div class="govuk-accordion__section-content" hidden="until-found">\n'
     '<p>The Home Office has given Kent £98,500 for 2025-26 for the course.</p>\n'
     '</div></div>\n</main></body></html>', (6, 98500), "E23000032"),
    ('<html><body><main>\n<h1>Safe Steps</h1>\n'
     '<h3><button class="collapsible" aria-expanded="false">Funding</button></h3>\n<section class="collapse" hidden>\n'
     '<p>Lancashire received £77,000 from the Home Office for 2025-26.</p>\n</section>\n</main></body></html>',
     (5, 77000), "E23000003"),
    ('<html><body><main>\n<h1>Our money</h1>\n<div role="tabpanel" id="tab-2" hidden>\n'
     '<p>Dorset was given £64,000 by the Home Office for 2025-26.</p>\n</div>\n</main></body></html>',
     (4, 64000), "E23000039"),
])
def test_collapsed_panel_content_is_read(page, key, code):
    a = _awards(page, "invented.html")[key]
    assert (a.pfa_code, a.funder, a.funding_role) == (code, "Home Office", "grant")


def test_hidden_content_that_is_no_panel_stays_unread():
    page = ('<html><body><main>\n<p>Dorset was given £64,000 by the Home Office for 2025-26.</p>\n'
            '<div class="modal" hidden><p>Win £500 in our prize draw.</p></div>\n'
            '<div hidden><p>Kent was given £12,000 by the Home Office.</p></div>\n</main></body></html>')
    awards = _awards(page, "invented.html")
    assert (2, 64000) in awards
    assert (3, 500) not in awards and (4, 12000) not in awards


# ---- a table of recipients under money columns headed by their payer: the councils receive, the heading pays ----

@pytest.mark.parametrize("text, keys, funder", [
    ("| District | Home Office 2025-26 | Home Office 2026-27 | Total |\n|---|---|---|---|\n"
     "| Wigan Council | £50,000 | £52,000 | £102,000 |\n| Bolton Council | £40,000 | £41,000 | £81,000 |\n"
     "| Total | £90,000 | £93,000 | £183,000 |",
     [(3, 50000), (3, 52000), (3, 102000), (4, 41000), (4, 81000), (5, 90000), (5, 183000)], "Home Office"),
    ("The Home Office grant for Lancashire is passed to the councils as follows.\n\n"
     "| Council | Home Office money (£) |\n|---|---|\n"
     "| Blackburn with Darwen Borough Council | £60,000 |\n| Blackpool Council | £55,000 |",
     [(5, 60000), (6, 55000)], "Home Office"),
    ("| Recipient | Ministry of Justice 2025/26 |\n|---|---|\n"
     "| Oldham Metropolitan Borough Council | £33,000 |\n| Stockport Metropolitan Borough Council | £31,000 |",
     [(3, 33000), (4, 31000)], "Ministry of Justice"),
])
def test_recipient_rows_under_a_payers_columns_keep_the_payer(text, keys, funder):
    awards = _awards(text)
    assert all(awards[k].funder == funder for k in keys)
    assert all(awards[k].funding_role != "match_funding" for k in keys)


def test_a_councils_own_row_in_a_funding_table_still_pays():
    text = ("| Funding source | 2025-26 |\n|---|---|\n| Home Office grant | £200,000 |\n"
            "| Wigan Council match funding | £20,000 |")
    awards = _awards(text)
    assert (awards[(3, 200000)].funder, awards[(4, 20000)].funder) == ("Home Office", "local authority")
    assert awards[(4, 20000)].funding_role == "match_funding"


# ---- 'Metropolitan Borough Council' is a council's style: it does not name London ----

@pytest.mark.parametrize("text, key, code", [
    ("| Council | Grant 2025-26 |\n|---|---|\n| Oldham Metropolitan Borough Council | £33,000 |", (3, 33000), "E23000005"),
    ("| Provider | Borough | Amount |\n|---|---|---|\n| Deeside Change | Wirral Metropolitan Borough Council | £45,500 |",
     (3, 45500), "E23000004"),
    ("Allocations for 2025-26:\n\n| Area | Home Office grant |\n|---|---|\n"
     "| Barnsley Metropolitan Borough Council | £29,000 |\n| Doncaster Council | £31,000 |", (5, 29000), "E23000011"),
])
def test_metropolitan_borough_council_places_its_borough(text, key, code):
    assert _awards(text)[key].pfa_code == code


def test_the_metropolitan_police_area_is_still_london():
    a = _awards("The Metropolitan Police area has been given £500,000 by the Home Office for 2025-26.")[(1, 500000)]
    assert a.pfa_code == "E23000001"


# ---- a commissioner writing in the first person: 'my budget', 'my £X' are the commissioner's own money ----

@pytest.mark.parametrize("text, key, role", [
    ("Kent has been given £300,000 by the Home Office for 2025-26.\n"
     "Separately, our helpline for men worried about their behaviour continues with £24,000 a year from my budget.",
     (2, 24000), "own_funding"),
    ("Norfolk's Home Office grant is £190,000 for 2025-26.\n"
     "A stalking clinic in King's Lynn is paid for with £31,000 from my policing budget.", (2, 31000), "own_funding"),
    ("Essex received £280,000 from the Home Office for 2025-26.\n"
     "On top of that I have put £40,000 from my budget into the grant so we can run a second group.",
     (2, 40000), "match_funding"),
])
def test_first_person_budget_is_the_commissioners(text, key, role):
    a = _awards(text)[key]
    assert (a.funder, a.funding_role) == ("PCC", role)


@pytest.mark.parametrize("text, funders", [
    ("That means £859,800 in all is going into this work in 2025-26: the Home Office's £742,300, my £95,000 and "
     "the council's £22,500.", {742300: "Home Office", 95000: "PCC", 22500: "local authority"}),
    ("We will spend £400,000 in 2025-26: the Home Office's £330,000 and my £70,000.",
     {330000: "Home Office", 70000: "PCC"}),
    ("So £263,000 in total goes to the service this year: the Ministry of Justice's £200,000, my £48,000 and "
     "the council's £15,000.", {200000: "Ministry of Justice", 48000: "PCC", 15000: "local authority"}),
])
def test_each_piece_of_an_in_all_sum_keeps_the_holder_named_before_it(text, funders):
    awards = _awards(text)
    assert {k[1]: awards[k].funder for k in awards if k[1] in funders} == funders
    total = next(a for k, a in awards.items() if a.funding_role == "total")
    assert total.funder in (None, "")


# ---- a yearly share said 'in each of the two years' after its whole: one part for each year of the whole ----

@pytest.mark.parametrize("text, line, whole, share", [
    ("Durham has a Home Office grant of £400,000 for 2025-26 and 2026-27.\n"
     "The council is adding £30,000 to the grant over the same two years.\n"
     "The council's £30,000 is paid as £15,000 in each of the two years.", 3, 30000, 15000),
    ("Leicestershire has a Home Office grant of £360,000 for 2025-26 and 2026-27.\n"
     "The commissioner's £60,000 top-up over the same period is split as £30,000 for each of the two years.",
     2, 60000, 30000),
    ("Northumbria has a Home Office grant of £500,000 for 2025-26 and 2026-27.\n"
     "Newcastle City Council is adding £24,000 to the grant across the same two years, paid as £12,000 in each of "
     "the two years.", 2, 24000, 12000),
    ("West Yorkshire has a Home Office grant of £700,000 from April 2025 to March 2027.\n"
     "The mayor is adding £80,000 to it over the same period. The mayor's £80,000 is paid as £40,000 in each of "
     "those two years.", 2, 80000, 40000),
])
def test_share_in_each_of_the_years_is_one_part_a_year(text, line, whole, share):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        release = extract_release(text, "invented.txt", published="2025-06")
    parts = sorted((a.period_start, a.period_end) for a in release.awards
                   if a.source_line == line and a.amount.pence // 100 == share)
    assert parts == [("2025-26", "2025-26"), ("2026-27", "2026-27")]
    assert all(a.funding_role == "part" for a in release.awards if a.amount.pence // 100 == share)
    assert any(a.amount.pence // 100 == whole and a.period_start == "2025-26" and a.period_end == "2026-27"
               for a in release.awards if a.source_line == line)
