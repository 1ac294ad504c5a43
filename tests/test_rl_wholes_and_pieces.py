"""Amounts' roles and wholes (funding_role, part_of_line) read from the structure around a figure: pieces of a sum
named back by a pronoun, shares of a stated grant, and a figure said to be part of a sum stated after it.  Invented
texts; the facts are the corpus README's conventions (part, "a piece of another stated amount")."""

from tests.release_probe import award_errors


def test_pieces_of_a_sum_the_next_sentence_says_is_split():
    text = ("In Rutland the Home Office grant is £300,000 for 2025-26.\n"
            "The commissioner split it into two lots: lot 1 went to Oakham Change for £180,000, and lot 2 to Uppingham "
            "Advocacy for £100,000.\n"
            "The remaining £20,000 pays for managing the contracts.\n")
    assert award_errors(text, {
        (2, 180000): dict(role="part", part=1, funder="Home Office", start="2025-26"),
        (2, 100000): dict(role="part", part=1, funder="Home Office"),
        (3, 20000): dict(role="part", part=1),
    }) == []


def test_pieces_split_between_that_miss_the_sum_by_a_little_are_still_its_parts():
    text = ("Here is what each county in the south west gets this year.\n\n"
            "**Dorset** – £500,000 from the Home Office for 2025-26\n"
            "The office says this is divided between a £300,000 group course, £150,000 for one-to-one work and "
            "£55,000 for a helpline.\n")
    assert award_errors(text, {
        (4, 300000): dict(role="part", part=3),
        (4, 150000): dict(role="part", part=3),
        (4, 55000): dict(role="part", part=3),
    }) == []


def test_a_share_of_the_grant_stated_before_is_its_part():
    text = ("Northumbria has been given £800,000 by the Home Office for 2025-26.\n"
            "Gateshead Council's share of that grant is £120,000, and the council is adding £20,000 of its own.\n")
    assert award_errors(text, {
        (2, 120000): dict(role="part", part=1, funder="Home Office", start="2025-26"),
    }) == []


def test_a_sum_of_an_areas_allocation_in_a_later_paragraph_is_a_part_of_that_allocation():
    text = ("The fund gives each area a sum for the two years from April 2025.\n\n"
            "| Area | Allocation |\n|---|---|\n| Cumbria | £400,000 |\n| Lancashire | £900,000 |\n\n"
            "Cumbria has put £50,000 of its allocation towards an evaluation.\n")
    assert award_errors(text, {(8, 50000): dict(role="part", part=5)}) == []


def test_a_figure_said_in_the_next_sentence_to_be_part_of_a_larger_sum_is_its_part():
    text = ("The four Home Office lines in the table come to £210,000 for 2025-26.\n"
            "That is the council's part of £700,000 awarded to Surrey by the Home Office for 2025-26.\n")
    assert award_errors(text, {(1, 210000): dict(role="part", part=2, funder="Home Office")}) == []


def test_a_sum_of_an_areas_match_funding_is_a_part_of_the_match_funding_row():
    text = ("The perpetrator service in Essex is funded as follows in 2025-26:\n\n"
            "    Source                                   Amount\n"
            "    Home Office grant                        £200,000\n"
            "    Borough council match funding             £40,000\n"
            "    TOTAL                                    £240,000\n\n"
            "The borough council adds £40,000 a year to the grant.\n"
            "Action 3: training for GPs. Funding: £15,000 of the council's match funding.\n")
    assert award_errors(text, {(9, 15000): dict(role="part", part=5, funder="local authority")}) == []


def test_a_budget_naming_no_payer_is_a_total_not_the_releases_funders_grant():
    text = ("The Home Office has given Gwent £300,000 for perpetrator work in 2025-26.\n"
            "The budget for all of these services in 2025-26 is £410,000.\n")
    assert award_errors(text, {(2, 410000): dict(role="total", funder=None)}) == []
    # (a budget whose pieces are all one funder's money stays that funder's grant)
    text = ("The Home Office has given Gwent £300,000 for perpetrator work in 2025-26.\n"
            "So the 2025-26 budget for the service is £320,000, including £20,000 carried forward from last year.\n")
    assert award_errors(text, {(2, 320000): dict(role="grant", funder="Home Office")}) == []


def test_a_second_councils_sum_with_its_verb_left_out_is_match_funding_too():
    text = ("The Home Office has given Humberside £500,000 for 2025-26.\n"
            "East Riding of Yorkshire Council is adding £30,000 and Kingston upon Hull City Council £25,000 to the grant.\n")
    assert award_errors(text, {
        (2, 30000): dict(role="match_funding", funder="local authority"),
        (2, 25000): dict(role="match_funding", funder="local authority"),
    }) == []


def test_a_later_sum_of_one_area_after_the_shares_that_add_up_to_a_joint_award_is_its_own_grant():
    text = ("Here is what each force in the north west gets from the Home Office for 2026-27.\n\n"
            "LANCASHIRE and CUMBRIA: £500,000 between them\n"
            "The two forces bid together for a joint stalking service. Lancashire's share is £320,000 and Cumbria's "
            "is £180,000.\n\n"
            "CUMBRIA – £150,000 for its own course\n"
            "Cumbria gets £150,000 for a course for young people who are abusive towards a parent.\n")
    assert award_errors(text, {
        (4, 320000): dict(role="part", part=3),
        (6, 150000): dict(role="grant", part=None),
        (7, 150000): dict(role="grant", part=None),
    }) == []
