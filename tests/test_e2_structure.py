"""Money restated on a later line keeps what the text said it was (README: match_funding, own_funding, "Payer said
once"; a figure stated and corrected is labelled on each line as the same money). Invented texts."""

from release_probe import award_errors


def test_match_funding_restated_in_a_later_sentence_stays_match_funding():
    text = ("The Police and Crime Commissioner for Dorset has been awarded £310,000 by the Home Office for 2025-26.\n\n"
            "Bournemouth Council is adding £27,500 a year to the grant to pay for a family worker.\n\n"
            "The £27,500 a year is already set aside in the community safety budget for 2025-26 and needs no new "
            "money.\n")
    assert award_errors(text, {(5, 27500): dict(role="match_funding", funder="local authority")}) == []


def test_corrected_contribution_and_the_figure_it_corrects_are_the_match_funding():
    text = ("Suffolk's commissioner has been given £254,000 by the Home Office for the two years from April 2025.\n\n"
            "Ipswich Borough Council tops up the grant with £31,000.\n\n"
            "Note: an earlier version of this page gave the contribution as £13,000. The right figure, agreed in May, "
            "is £31,000.\n")
    assert award_errors(text, {(5, 31000): dict(role="match_funding", funder="local authority"),
                               (5, 13000): dict(role="match_funding", funder="local authority", start=None)}) == []


def test_numbered_report_line_correcting_the_commissioners_top_up():
    text = ("1. Cumbria receives £402,000 of Home Office grant for 2025-26.\n"
            "2. The Commissioner adds £44,000 from the police fund to the grant.\n"
            "3. Last quarter's report showed this line as £40,000; £44,000 is correct.\n")
    assert award_errors(text, {(3, 44000): dict(role="match_funding", funder="PCC"),
                               (3, 40000): dict(role="match_funding", funder="PCC")}) == []


def test_a_grant_of_the_same_size_whose_clause_names_its_payer_is_not_restated():
    text = ("Wiltshire's commissioner has been awarded £300,000 by the Home Office for 2025-26.\n\n"
            "Swindon Borough Council adds £25,000 to the grant for partner support.\n\n"
            "Separately, the Ministry of Justice has given £25,000 for advocates.\n")
    assert award_errors(text, {(5, 25000): dict(role="grant", funder="Ministry of Justice")}) == []


def test_own_budget_sum_of_another_year_is_not_the_match_funding_of_the_same_size():
    text = ("The Lancashire commissioner ran the pilot in 2024-25 with £55,000 from her own budget for that year.\n\n"
            "For 2025-26 the Home Office has awarded £380,000, and the commissioner adds £55,000 to the grant in "
            "2025-26.\n")
    assert award_errors(text, {(1, 55000): dict(role="own_funding", funder="PCC")}) == []


def test_a_council_paying_a_further_sum_for_a_service_is_its_grant_not_match_funding():
    text = ("Humberside's commissioner has been given £350,000 by the Home Office for 2025-26.\n\n"
            "Hull City Council funds another £30,000 to pay for two advocates for partners.\n\n"
            "East Riding of Yorkshire Council pays a further £12,000 each year for an evening group.\n")
    assert award_errors(text, {(3, 30000): dict(role="grant", funder="local authority"),
                               (5, 12000): dict(role="grant", funder="local authority")}) == []


def test_a_further_sum_after_a_package_whose_pieces_are_all_stated_is_beyond_it():
    text = ("Derbyshire's commissioner has brought together £700,000 in all: £500,000 from the Home Office for "
            "2025-26, £120,000 from her own budget and £80,000 from Derby City Council.\n\n"
            "The council's £80,000 is a one-off payment.\n"
            "A further £15,000 has been set aside for an evaluation by a university team.\n")
    assert award_errors(text, {(4, 15000): dict(role="grant", funder=None, part=None)}) == []


def test_a_later_restatement_of_a_package_across_funders_is_that_total():
    text = ("The Commissioner is asked to commit £640,000 over the two years from April 2025 to perpetrator work in "
            "Cumbria, of which £500,000 is Home Office grant and the remaining £140,000 comes from her own budget.\n\n"
            "Signed: I approve the spending of £640,000 set out above.\n")
    assert award_errors(text, {(3, 640000): dict(role="total", funder=None)}) == []
