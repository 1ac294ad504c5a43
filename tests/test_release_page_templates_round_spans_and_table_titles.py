"""Amounts on served pages whose markup was read as furniture, and other amount mechanisms.

Each test states invented texts (not from the corpus) and the facts the corpus README's conventions give them.
"""

from __future__ import annotations

from release_probe import awards_by_key


def _page(body_class: str, main: str, after: str = "") -> str:
    return (
        "<!DOCTYPE html>\n<html>\n<head><title>A service page</title></head>\n"
        f'<body class="{body_class}">\n'
        '<nav class="site-nav"><a href="/">Home</a></nav>\n'
        f"<main>\n{main}\n</main>\n{after}"
        '<footer class="site-footer"><p>&copy; 2025 Office of the Police and Crime Commissioner</p></footer>\n'
        "</body>\n</html>\n"
    )


# --- a page's template class on <body> or <main> ("...header_footer", "...-sidebar") is not furniture -------------


def test_body_template_class_naming_footer_is_not_furniture():
    text = _page(
        "page-template-full_width_header_footer",
        "<p>The Police and Crime Commissioner for Kent has awarded £84,250 to the Turnstone group programme.</p>",
    )
    got = awards_by_key(text, "invented.html")
    assert (7, 84250) in got
    assert got[(7, 84250)].pfa_code == "E23000032"


def test_body_template_class_naming_sidebar_is_not_furniture():
    text = _page(
        "layout-left-sidebar single-page",
        "<p>Dorset's Commissioner is paying £23,870 from her own budget for a stalking clinic in Poole.</p>",
    )
    got = awards_by_key(text, "invented.html")
    assert (7, 23870) in got
    assert got[(7, 23870)].funding_role == "own_funding"


def test_main_with_builder_class_is_not_furniture():
    text = (
        '<html><body>\n<main class="builder-widget-area-main">\n'
        "<p>Essex has received £61,340 from the Home Office for one-to-one work with perpetrators.</p>\n"
        "</main>\n</body></html>\n"
    )
    got = awards_by_key(text, "invented.html")
    assert (3, 61340) in got
    assert got[(3, 61340)].funder == "Home Office"


# --- a page builder's content widget ("xyz-widget-text-editor") is text; a sidebar's widget is furniture ---------


def test_page_builder_content_widget_is_text():
    text = _page(
        "page",
        '<div class="pb-widget-text-editor"><p>The group course in Luton gets £47,910 from the Home Office this year.</p></div>',
    )
    got = awards_by_key(text, "invented.html")
    assert (7, 47910) in got


def test_page_builder_list_widget_holds_a_funding_list():
    main = (
        '<div class="site-widget-icon-list">\n<ul>\n'
        "<li>Home Office grant for Wiltshire: £72,400</li>\n"
        "<li>Commissioner's own budget, added to the grant: £18,100</li>\n"
        "<li><strong>Total: £90,500</strong></li>\n</ul>\n</div>"
    )
    got = awards_by_key(_page("page", main), "invented.html")
    assert {(9, 72400), (10, 18100), (11, 90500)} <= set(got)
    assert got[(11, 90500)].funding_role == "total"


def test_sidebar_widget_is_still_furniture():
    after = '<div class="widget widget_recent_posts"><p>£250,000 for a new skate park in Swindon</p></div>\n'
    got = awards_by_key(_page("page", "<p>Our news.</p>", after), "invented.html")
    assert not any(amount == 250000 for _, amount in got)


# --- an aside inside the main text is a box of the page's own facts; outside it, or a donate box, is furniture ---


def test_aside_inside_main_with_funding_table_is_read():
    main = (
        '<aside class="callout">\n<h2>Who pays for it</h2>\n<table>\n'
        "<tr><td>Home Office grant for Suffolk</td><td>£58,300</td></tr>\n"
        "<tr><td>Suffolk County Council</td><td>£21,000</td></tr>\n"
        "<tr><td>Total</td><td>£79,300</td></tr>\n</table>\n</aside>"
    )
    got = awards_by_key(_page("page", main), "invented.html")
    assert {(10, 58300), (11, 21000), (12, 79300)} <= set(got)
    assert got[(12, 79300)].funding_role == "total"


def test_aside_inside_article_is_read():
    text = (
        "<html><body>\n<article>\n<p>A new service starts in Hull.</p>\n"
        "<aside><p>Humberside's Commissioner has put £32,640 of her own budget into it.</p></aside>\n"
        "</article>\n</body></html>\n"
    )
    got = awards_by_key(text, "invented.html")
    assert (4, 32640) in got
    assert got[(4, 32640)].funder == "PCC"


def test_aside_outside_main_and_donate_box_stay_furniture():
    main = '<p>Our work in Devon.</p>\n<aside class="donate-panel"><p>£35 could pay for a call to a partner.</p></aside>'
    after = "<aside><p>£400,000 for road repairs in Exeter</p></aside>\n"
    got = awards_by_key(_page("page", main, after), "invented.html")
    assert not any(amount in (35, 400000) for _, amount in got)


# --- a round-up's lead total gives its years; the areas' awards listed after it share them ----------------------


def test_roundup_lead_total_years_reach_each_area():
    text = (
        "Five forces in the south west will share £3.1 million in all from the Home Office over 2025/26 and 2026/27.\n"
        "\n"
        "DEVON AND CORNWALL: £912,400\n"
        "The money keeps a group course running in Plymouth.\n"
        "\n"
        "AVON AND SOMERSET – £844,100\n"
        "Bristol gets a new high-harm service.\n"
        "\n"
        "WILTSHIRE: £401,250\n"
        "Swindon Borough Council is adding £15,000 to the grant for 2025/26 to pay for a creche.\n"
        "\n"
        "DORSET: £466,800\n"
        "A stalking clinic opens in Bournemouth.\n"
    )
    got = awards_by_key(text)
    for key in ((3, 912400), (6, 844100), (9, 401250), (12, 466800)):
        assert (got[key].period_start, got[key].period_end) == ("2025-26", "2026-27")
        assert got[key].funding_role == "grant"


def test_roundup_lead_total_single_year_reaches_each_area():
    text = (
        "Police areas in the East Midlands have been given a combined £2,240,000 for the 2025-26 financial year to "
        "work with domestic abusers, the Home Office said.\n"
        "Derbyshire will receive £588,300 for a group programme in Chesterfield.\n"
        "Nottinghamshire will receive £702,150 for one-to-one work in Mansfield.\n"
        "Leicestershire will receive £611,900 for a Drive-style service.\n"
        "Lincolnshire gets £337,650 for a helpline for people worried about their behaviour.\n"
        "Lincolnshire's commissioner is adding £20,000 a year of her own money over 2025-26 and 2026-27.\n"
    )
    got = awards_by_key(text)
    for key in ((2, 588300), (3, 702150), (4, 611900), (5, 337650)):
        assert (got[key].period_start, got[key].period_end) == ("2025-26", "2025-26")


def test_roundup_area_year_of_its_own_and_match_money_keep_their_own():
    text = (
        "Four Welsh forces have been awarded £1.9m altogether over the two years 2026/27 and 2027/28.\n"
        "Gwent: £512,300 for a men's group course.\n"
        "South Wales: £688,450, with the commissioner adding £40,000 of her own money to the grant.\n"
        "Dyfed-Powys: £341,900 for 2026/27 only.\n"
        "North Wales: £357,350 for a stalking service.\n"
    )
    got = awards_by_key(text)
    assert (got[(2, 512300)].period_start, got[(2, 512300)].period_end) == ("2026-27", "2027-28")
    assert (got[(5, 357350)].period_start, got[(5, 357350)].period_end) == ("2026-27", "2027-28")
    assert (got[(4, 341900)].period_start, got[(4, 341900)].period_end) == ("2026-27", "2026-27")
    assert got[(3, 40000)].funding_role == "match_funding"
    assert not got[(3, 40000)].period_start



# --- a table's title or caption naming one financial year gives its rows that year -----------------------------


def test_html_caption_year_reaches_rows():
    text = (
        "<html><body><main>\n<p>Written answer to Councillor Hale.</p>\n<table>\n"
        "<caption>Norwich perpetrator programme funding 2024/25</caption>\n"
        "<tr><th>Source</th><th>Amount</th></tr>\n"
        "<tr><td>Home Office grant</td><td>£74,300</td></tr>\n"
        "<tr><td>Council match funding</td><td>£18,000</td></tr>\n"
        "</table>\n<p>Questions about the service can go to the domestic abuse lead.</p>\n"
        "<p>The council also paid £9,000 in 2023/24 for training.</p>\n</main></body></html>\n"
    )
    got = awards_by_key(text, "invented.html")
    assert (got[(6, 74300)].period_start, got[(6, 74300)].period_end) == ("2024-25", "2024-25")
    assert (got[(7, 18000)].period_start, got[(7, 18000)].period_end) == ("2024-25", "2024-25")


def test_markdown_title_line_year_reaches_rows():
    text = (
        "Cambridgeshire's perpetrator services are set out below. The commissioner also put £5,000 into a pilot in 2023-24.\n"
        "\n"
        "**Perpetrator service budget 2025-26**\n"
        "\n"
        "| Source | Amount |\n"
        "|---|---|\n"
        "| Home Office grant | £131,250 |\n"
        "| Commissioner's own budget | £27,400 |\n"
    )
    got = awards_by_key(text, "invented.md")
    assert (got[(7, 131250)].period_start, got[(7, 131250)].period_end) == ("2025-26", "2025-26")
    assert (got[(8, 27400)].period_start, got[(8, 27400)].period_end) == ("2025-26", "2025-26")


def test_caption_naming_months_of_a_quarter_gives_no_year():
    text = (
        "<html><body><main>\n<table>\n"
        "<caption>Grants paid, July to September 2025</caption>\n"
        "<tr><th>Recipient</th><th>Amount</th></tr>\n"
        "<tr><td>Solent Change, men's group course in Southampton</td><td>£44,120</td></tr>\n"
        "</table>\n<p>The Home Office grant for 2024/25 was also spent, and £3,000 of 2023/24 money was returned.</p>\n"
        "</main></body></html>\n"
    )
    got = awards_by_key(text, "invented.html")
    assert not got[(5, 44120)].period_start
