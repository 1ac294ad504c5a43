"""Funders of the twentieth round's releases, read from invented texts (README "funder", "part").

Each text is an invented release; the facts asserted are the ones the corpus README's conventions give it.
"""

from __future__ import annotations

from release_probe import award_errors


def test_the_opening_names_the_grantor_of_a_later_bare_grant_when_another_grantor_pays_elsewhere():
    # README "funder": the opening says the Home Office pays for the area's work; "The award is £X" names no payer and
    # is that money, although the Ministry of Justice pays another figure further down
    text = ("The Home Office has agreed to pay for Rutland's work with abusive men for the next two years.\n\n"
            "The award is £512,000.\n\n"
            "The Ministry of Justice gives £41,000 a year for an advocate who supports partners.\n")
    assert award_errors(text, {(3, 512000): dict(role="grant", funder="Home Office"),
                               (5, 41000): dict(role="grant", funder="Ministry of Justice")}) == []


def test_a_lead_paragraph_governs_a_split_stated_as_the_grant():
    # the lead names the grantor with no figure; the grant and its per-year pieces follow in another paragraph, and a
    # later section pays other money by the other department's name
    text = ("## Summary\n\n"
            "In May the Home Office confirmed money for Cumbria's perpetrator service from April 2026.\n\n"
            "The grant is £390,000. It is paid as £190,000 in 2026/27 and £200,000 in 2027/28.\n\n"
            "## Victims' money\n\n"
            "The Ministry of Justice pays £33,500 for partner support.\n")
    assert award_errors(text, {(5, 390000): dict(role="grant", funder="Home Office"),
                               (5, 190000): dict(role="part", funder="Home Office", part=5),
                               (5, 200000): dict(role="part", funder="Home Office", part=5),
                               (9, 33500): dict(funder="Ministry of Justice")}) == []


def test_an_opening_figure_naming_its_grantor_frames_a_later_allocation():
    # a letter: its first figure is named as the Home Office grant; a later "your allocation … rises to £X" is that
    # grant's money, though the Ministry of Justice's victims grant pays for something else in the letter
    text = ("1. Under the agreement, Ashgrove Change receives £300,000 of Lincolnshire's Home Office grant over 2025-27.\n\n"
            "2. Your allocation for 2026/27 therefore rises to £162,000.\n\n"
            "3. Partner work is paid for from the Ministry of Justice victims grant (£28,000 in 2026/27).\n")
    assert award_errors(text, {(1, 300000): dict(funder="Home Office"),
                               (3, 162000): dict(funder="Home Office"),
                               (5, 28000): dict(funder="Ministry of Justice")}) == []


def test_an_opening_that_names_both_grantors_lends_neither():
    # the opening names two grantors: a later figure naming no payer is no one funder's
    text = ("Norfolk's service is paid for by the Home Office and the Ministry of Justice.\n\n"
            "The award is £250,000 for 2025-26.\n")
    assert award_errors(text, {(3, 250000): dict(funder=None)}) == []


def test_a_grant_from_a_trust_named_after_its_noun_is_no_listed_funder():
    # README "funder": a payer outside the list (a trust) named after the figure's noun ("a £18,000 grant from …") is
    # null as a funder, not the release's Home Office
    text = ("The Home Office has given Devon £400,000 for 2025-26 for work with perpetrators.\n\n"
            "Training for 200 housing staff is backed by a £18,000 grant from the Exe Estuary Trust.\n\n"
            "A further £9,500 donation from the Tamar Foundation pays for a creche.\n")
    assert award_errors(text, {(1, 400000): dict(funder="Home Office"),
                               (3, 18000): dict(funder=None),
                               (5, 9500): dict(funder=None)}) == []


def test_a_heading_naming_the_commissioners_money_by_its_holder_pays_the_line_under_it():
    # README "Headings naming a funder": a section heading naming one payer, here the commissioner by the possessive of
    # the money's holder, gives that payer to the figure under it whose own clause names none
    text = ("HOME OFFICE GRANT\n"
            "£350,000 for 2025-26, paid in four instalments.\n\n"
            "COMMISSIONER'S CONTRIBUTION\n"
            "£27,000 was added to the grant in 2025-26 for a group in Thetford.\n\n"
            "### The Mayor's top-up\n"
            "£12,000 was added to the grant for interpreters.\n")
    assert award_errors(text, {(2, 350000): dict(funder="Home Office"),
                               (5, 27000): dict(role="match_funding", funder="PCC"),
                               (8, 12000): dict(role="match_funding", funder="PCC")}) == []


def test_separate_money_and_a_contracts_value_take_no_payer_from_the_release():
    # README "funder": null where the text does not say who pays: "a separate £X" is other money than the grant, and
    # what a contract is worth says nothing of its payer, however long the contractor's name
    text = ("The Home Office has awarded Lincolnshire £480,000 for 2025-26 and 2026-27.\n\n"
            "A separate £17,500 has been set aside for training GPs across the county.\n\n"
            "The contract with Fenland Behaviour Change Partnership CIC is worth £455,000 over the two years.\n")
    assert award_errors(text, {(1, 480000): dict(funder="Home Office"),
                               (3, 17500): dict(funder=None),
                               (5, 455000): dict(funder=None)}) == []


def test_a_paragraphs_lead_sentence_names_the_grantor_of_its_later_figures():
    # the opening is about Home Office money; a later paragraph opens with a sentence (no figure) saying the areas
    # also hold Ministry of Justice money, and its figures that name no payer are that money
    text = ("The Home Office will give two counties £800,000 to share over the two years from April 2025.\n\n"
            "Each commissioner also holds Ministry of Justice victims' money for 2025-26.\n"
            "Wiltshire's share for partner support, £36,400 in 2025-26, pays for an IDVA.\n\n"
            "Referrals come from both forces.\n")
    assert award_errors(text, {(4, 36400): dict(funder="Ministry of Justice")}) == []


def test_a_numbered_note_does_not_lend_its_grantor_to_the_next_note():
    # numbered notes are paragraphs of their own: the Ministry of Justice named in note 2 is not the payer of the
    # figure in note 3, which is the release's Home Office money
    text = ("The Home Office has given Cheshire £300,000 for 2025-26 for work with perpetrators.\n"
            "Notes\n"
            "1. The grant is paid quarterly.\n"
            "2. Partner advocates are paid from the Ministry of Justice victims grant.\n"
            "3. Cheshire's allocation rises to £312,000 after money carried forward.\n")
    assert award_errors(text, {(5, 312000): dict(funder="Home Office")}) == []


def test_a_breakdown_of_a_grantors_money_is_a_piece_of_that_grantors_award():
    # README "part": "The Home Office money is paid as £A … and £B …" breaks down the Home Office award, not the
    # total across funders stated since, and keeps its payer
    text = ("From April 2025 the Home Office will pay Gwent £400,000 over two years.\n\n"
            "The commissioner adds £60,000 from the policing budget to the grant.\n\n"
            "Altogether, £460,000 will be spent over the two years.\n\n"
            "The Home Office money is paid as £190,000 for 2025-26 and £210,000 for 2026-27.\n")
    assert award_errors(text, {(7, 190000): dict(role="part", part=1, funder="Home Office"),
                               (7, 210000): dict(role="part", part=1, funder="Home Office")}) == []


def test_a_total_naming_a_body_only_as_an_item_it_adds_in_or_leaves_out_is_no_bodys():
    # README "funder": a total across several funders has funder null, also when the one body its sentence names is
    # named only as one of the things it adds up ("Adding the council's top-up …") or leaves out ("not counting …")
    text = ("The commissioner has given the Ashfield scheme £300,000 for 2025-26.\n\n"
            "Counting the borough council's top-up and a trust's gift, the scheme has £352,000 in all.\n\n"
            "In all, £352,000 supports the scheme, excluding whatever the district councils choose to add.\n")
    assert award_errors(text, {(3, 352000): dict(role="total", funder=None),
                               (5, 352000): dict(role="total", funder=None)}) == []


def test_own_money_said_to_be_added_to_a_grant_does_not_make_the_release_the_commissioners():
    # a sentence saying the commissioner's own money was added to the Home Office grant describes match funding,
    # not who pays for all the release's money: a total across both keeps funder null
    text = ("Durham's services for people who harm their partners are listed below.\n\n"
            "In all, £270,000 was spent on these services in 2024/25. The Commissioner's own money was added to the "
            "Home Office grant as match funding; none of it came from the district councils.\n")
    assert award_errors(text, {(3, 270000): dict(funder=None)}) == []


def test_a_listed_piece_from_a_providers_own_reserves_is_partners_money():
    # README "funder" partners, "part": a piece of a total across funders keeps the payer its own clause names; a
    # provider's own charitable reserves are partners' money
    text = ("How the service is paid for\n"
            "The service costs £300,000 in 2025/26. The money comes from three places:\n"
            "* a Home Office grant of £220,000\n"
            "* £55,000 of the council's own money, added to the grant\n"
            "* £25,000 from Wrekin Way Change's charitable reserves\n")
    assert award_errors(text, {(5, 25000): dict(role="part", part=2, funder="partners")}) == []


def test_a_welsh_line_reads_as_its_english_translation_on_the_next_line():
    # a bilingual release: each Welsh sentence is followed by its English translation with the same figures; the
    # Welsh line's figure is the same money, paid by whom the English words say (not the release's Home Office)
    text = ("Mae'r Swyddfa Gartref wedi rhoi £500,000 i Went ar gyfer 2025-26.\n"
            "The Home Office has given Gwent £500,000 for 2025-26.\n\n"
            "Bydd y Comisiynydd yn ychwanegu £40,000 o'i gyllideb ei hun at y grant.\n"
            "The Commissioner will add £40,000 from his own budget to the grant.\n\n"
            "Mae Cyngor Sir Fynwy yn cyfrannu £15,000 at y grant yn 2025-26.\n"
            "Monmouthshire County Council is putting £15,000 towards the grant in 2025-26.\n")
    assert award_errors(text, {(4, 40000): dict(role="match_funding", funder="PCC"),
                               (5, 40000): dict(role="match_funding", funder="PCC"),
                               (7, 15000): dict(role="match_funding", funder="local authority"),
                               (8, 15000): dict(role="match_funding", funder="local authority")}) == []


def test_a_question_naming_a_payer_governs_the_figure_of_its_answer():
    # a members' question: "Is the council paying for …?" then a figure in the same paragraph that names no payer is
    # the money asked about, the council's, not the release's Home Office grant
    text = ("The Home Office has given Essex £350,000 for 2025-26 for work with perpetrators.\n\n"
            "Question 2 (Cllr Dana Pell)\n"
            "Is the city council funding the helpline for people worried about their own behaviour? The budget book "
            "shows £12,500 against it.\n")
    assert award_errors(text, {(1, 350000): dict(funder="Home Office"),
                               (4, 12500): dict(funder="local authority")}) == []
