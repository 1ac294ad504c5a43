"""The structure of amounts, read by meaning rather than by one wording: pieces of an award named as its remainder or
its largest share, an award broken down in any inflection of the verb, a piece taken from one year's sum named first,
several areas splitting one award, a sum several areas get between them, and list items not lost to a nav bar.

Invented texts; the facts follow the corpus README ("part", "total", Adjudicated conventions "Shared awards").
"""

from release_probe import award_errors

PART_OF_1 = {"role": "part", "part": 1}


def test_the_other_sum_after_a_piece_is_the_rest_of_the_award():
    text = ("Suffolk has been given £600,000 by the Home Office for 2026-27.\n"
            "Of that, £400,000 will pay Orwell Change to run a group course for men.\n"
            "Lowestoft Women's Aid gets the other £200,000 for partner support.\n")
    assert award_errors(text, {(3, 200000): PART_OF_1}) == []


def test_the_other_sum_in_the_passive():
    text = ("Suffolk has been given £600,000 by the Home Office for 2026-27.\n"
            "Of that, £400,000 will pay Orwell Change to run a group course for men.\n"
            "The other £200,000 was won by Lowestoft Women's Aid for partner support.\n")
    assert award_errors(text, {(3, 200000): PART_OF_1}) == []


def test_the_last_and_the_final_sum_are_the_rest_of_the_award():
    for word, verb in (("last", "takes"), ("final", "receives")):
        text = ("Dorset has been awarded £500,000 by the Home Office for 2026-27.\n"
                "Of that, £350,000 goes to Purbeck Pathways for a group programme.\n"
                f"Wessex Women's Aid {verb} the {word} £150,000 for partner support.\n")
        assert award_errors(text, {(3, 150000): {**PART_OF_1, "funder": "Home Office"}}) == [], word


def test_the_largest_share_named_before_its_figure_is_a_piece():
    texts = ("In Dorset the award is £500,000 from the Home Office for 2026-27.\n"
             "Purbeck Pathways gets the lion's share, £350k, to run a group course for men.\n",
             "In Dorset the award is £500,000 from the Home Office for 2026-27.\n"
             "Tamar Pathways receives the greater part, £350,000, for a group course for men.\n")
    for text in texts:
        assert award_errors(text, {(2, 350000): PART_OF_1}) == [], text


def test_pieces_that_do_not_sum_are_still_pieces_when_the_verb_breaks_the_sum_down():
    # the pieces come to £10,000 less than the whole: only the verb says they are its pieces
    texts = ("The Home Office has given Wiltshire £310,000 for 2026-27.\n"
             "It breaks down as £200,000 for group work and £100,000 for partner support.\n",
             "The Home Office has given Wiltshire £310,000 for 2026-27.\n"
             "That sum was broken down into £200,000 for group work and £100,000 for partner support.\n")
    for text in texts:
        assert award_errors(text, {(2, 200000): PART_OF_1, (2, 100000): PART_OF_1}) == [], text


def test_pieces_that_do_not_sum_after_splits_into_on_the_whole_s_line():
    text = ("The Home Office has given Wiltshire £310,000 for 2026-27, which splits into £200,000 for group work and "
            "£100,000 for partner support.\n")
    assert award_errors(text, {(1, 200000): PART_OF_1, (1, 100000): PART_OF_1}) == []


def test_a_sentence_opening_on_one_years_sum_takes_its_piece_from_that_year():
    lead = ("Cleveland was awarded £615,000 from April 2024 to March 2027 by the Home Office.\n"
            "It was split £210,000 in 2024/25, £205,000 in 2025/26 and £200,000 in 2026/27.\n")
    unspent = lead + "Of the 2024/25 allocation, £23,480 was left unspent and moves into 2025/26.\n"
    assert award_errors(unspent, {(3, 23480): {"role": "part", "part": 2, "start": "2024-25"}}) == []
    kept = lead + "Out of the 2025/26 grant, £12,000 was kept back for an evaluation.\n"
    assert award_errors(kept, {(3, 12000): {"role": "part", "part": 2, "start": "2025-26"}}) == []


def test_the_areas_a_heading_names_splitting_one_award_have_its_shares_as_pieces():
    text = ("BEDFORDSHIRE, CAMBRIDGESHIRE AND HERTFORDSHIRE\n"
            "The three forces put in a joint bid and will split £1,500,000 from the Home Office in 2026-27.\n"
            "Of that, £700,000 goes to Hertfordshire, £500,000 to Cambridgeshire and £300,000 to Bedfordshire.\n")
    want = {(2, 1500000): {"role": "grant"}}
    want.update({(3, share): {"role": "part", "part": 2} for share in (700000, 500000, 300000)})
    assert award_errors(text, want) == []


def test_between_them_opening_the_sentence_makes_a_total_over_the_areas():
    texts = ("Between them, the police forces of the North East are getting £2,400,000 from the Home Office for "
             "2026-27.\nNorthumbria has £900,000.\n",
             "Between them the forces of the South West will receive £3,100,000 from the Home Office in 2026-27.\n")
    for text in texts:
        line_one = text.split("£")[1].split(" ")[0].replace(",", "")
        assert award_errors(text, {(1, int(line_one)): {"role": "total"}}) == [], text


def test_a_latest_news_link_in_the_nav_bar_hides_no_list_of_the_page():
    text = ("<html><body>\n"
            "<header><nav><ul><li><a href=\"/about\">About us</a></li><li><a href=\"/news\">Latest news</a></li>"
            "</ul></nav></header>\n"
            "<main><article>\n"
            "<p>The Home Office has awarded £739,000 to Norfolk for 2025-26 and 2026-27.</p>\n"
            "<p>It is paid in two yearly amounts:</p>\n"
            "<ul>\n"
            "<li>2025/26: £391,500</li>\n"
            "<li>2026/27: £347,500</li>\n"
            "</ul>\n"
            "</article></main>\n"
            "</body></html>\n")
    from release_probe import read
    got = {(a.source_line, a.amount.pence // 100): a for a in read(text, "invented.html").awards}
    assert (7, 391500) in got and (8, 347500) in got
    assert got[(7, 391500)].funding_role == "part" and got[(7, 391500)].part_of_line == 4
    assert got[(8, 347500)].period_start == "2026-27"


def test_a_more_news_box_after_the_article_is_furniture():
    text = ("<html><body><main>\n"
            "<article><p>The Home Office has awarded £420,000 to Gwent for 2025-26.</p></article>\n"
            "<aside class=\"more-news\"><h3>More from the commissioner</h3><ul><li><a href=\"/x\">Rural crime team "
            "gets £120,000</a></li></ul></aside>\n"
            "</main></body></html>\n")
    from release_probe import read
    assert [a.amount.pence // 100 for a in read(text, "invented.html").awards] == [420000]


def test_the_rest_is_of_the_whole_its_earlier_piece_came_from_past_a_restated_figure():
    # a restatement of the piece between them is no whole of the rest
    text = ("Cornwall's office says it has set aside £300,000 of its £900,000 Home Office grant for Truro.\n"
            "The commissioner said on Friday that no sum above £300,000 had been promised to the town.\n"
            "He said the remaining £40,000 had always been meant for a stalking service.\n")
    assert award_errors(text, {(3, 40000): {"role": "part", "part": 1}}) == []


def test_money_a_council_whose_name_holds_and_adds_to_the_grant_in_a_relative_clause():
    # the council's name is one clause: "Ashby and Coalville Borough Council", not "Ashby" and a new clause
    lead = "The Home Office has awarded £500,000 to Leicestershire for 2026-27.\n"
    texts = (lead + "A family worker is funded by £20,000 a year which Ashby and Coalville Borough Council is putting "
             "into the grant.\n",
             lead + "A partner support worker is paid for with £18,000 that North Wolds and Soar Valley District Council "
             "is adding to the grant.\n")
    for text in texts:
        figure = int(text.split("£")[2].split(" ")[0].replace(",", ""))
        assert award_errors(text, {(2, figure): {"role": "match_funding", "funder": "local authority"}}) == [], text


def test_two_payers_joined_by_and_stay_two_clauses():
    text = ("The Home Office has awarded £500,000 to Kent for 2026-27.\n"
            "The commissioner adds £40,000 to the grant and Kent County Council pays £25,000 for a family worker.\n")
    assert award_errors(text, {(2, 40000): {"role": "match_funding", "funder": "PCC"},
                               (2, 25000): {"funder": "local authority"}}) == []


def test_a_sentence_opening_on_the_money_then_its_subject_and_verb_takes_a_piece():
    # "Of <the money>, <subject> <verb> £X": the opener says what the figure is taken from, however the clause goes on
    lead = "The Home Office has awarded £600,000 to Lancashire for 2026-27.\n"
    texts = (lead + "Of the Home Office grant, the commissioner's office passes £90,000 to Blackpool Council for a family "
             "worker.\n",
             lead + "Of the money, it sends £75,000 to a partner support charity.\n")
    for text in texts:
        figure = int(text.split("£")[2].split(" ")[0].replace(",", ""))
        assert award_errors(text, {(2, figure): {"role": "part", "part": 1, "funder": "Home Office"}}) == [], text


def test_money_added_on_top_of_or_matching_part_of_the_grant_is_no_piece_of_it():
    lead = "The Home Office has awarded £600,000 to Lancashire for 2026-27.\n"
    on_top = lead + "On top of the Home Office grant, the commissioner puts in £45,000 a year of his own money.\n"
    assert award_errors(on_top, {(2, 45000): {"role": "match_funding", "funder": "PCC"}}) == []
    matching = (lead + "Lancashire County Council agreed to match part of the Home Office grant, paying £40,000 for a "
                "family worker.\n")
    assert award_errors(matching, {(2, 40000): {"role": "match_funding", "funder": "local authority"}}) == []


def test_an_areas_sum_as_the_subject_that_holds_the_figure_makes_it_a_piece():
    # a round-up table of areas, then a sentence whose subject is one area's sum and whose verb holds the figure
    table = ("| Area | Allocation |\n|---|---|\n| Humberside | £512,730 |\n| Durham | £388,000 |\n"
             "| Cumbria | £301,880 |\n\n")
    texts = (table + "Humberside's allocation includes £96,000 for a stalking intervention in Hull.\n",
             table + "Durham's grant has £40,000 set aside for training.\n",
             table + "In Cumbria, its award contains up to £25,000 for an evaluation.\n")
    wholes = {"Humberside": 3, "Durham": 4, "Cumbria": 5}
    for text in texts:
        area = next(a for a in wholes if a in text.splitlines()[-1])
        figure = int(text.splitlines()[-1].split("£")[1].split(" ")[0].replace(",", ""))
        assert award_errors(text, {(7, figure): {"role": "part", "part": wholes[area]}}) == [], text
