"""Where an amount's period comes from (``_Draft.period_basis``) and the README rules that depend on it.

Invented texts, each read as a release published in June 2025 (:mod:`tests.release_probe`); the periods are the ones
the corpus README gives them: "This year", "Corrected figures", "Areas' shares of a round with its period" (a
council's own money does not take the round's or the release's span), a part taking its whole's years, a national
fund's own clause, and a table's year columns.
"""

from __future__ import annotations

import pytest

from release_probe import award_errors

CASES = {
    # "this financial year" is never read from the publication date (README, "This year")
    "this financial year": (
        "Devon and Cornwall has £287,300 from the Home Office this financial year for work with perpetrators.",
        {(1, 287300): dict(role="grant", funder="Home Office", start=None, end=None)}),
    "the current financial year, after a dated sentence of another area": (
        "Gwent's course began in 2023.\n\n"
        "Dyfed-Powys is spending £143,900 of Home Office money on its course in the current financial year.",
        {(3, 143900): dict(role="grant", start=None, end=None)}),
    # a council paying for a service with no year of its own takes neither the round's nor the release's span
    "council grant beside a two-year Home Office grant": (
        "Staffordshire has been given £330,000 by the Home Office for the two years from April 2025.\n\n"
        "Stafford Borough Council is paying £15,400 for a family worker who supports the children.",
        {(1, 330000): dict(role="grant", start="2025-26", end="2026-27"),
         (3, 15400): dict(role="grant", funder="local authority", start=None, end=None)}),
    "council grant in a bulleted list under a span": (
        "Funding for Warwickshire's course, April 2024 to March 2026\n\n"
        "Warwickshire has been awarded £288,000 by the Home Office.\n\n"
        "- Nuneaton and Bedworth Borough Council pays £12,750 towards a family worker",
        {(5, 12750): dict(funder="local authority", start=None, end=None)}),
    # a correction note that dates the figure it replaces: the right figure takes that year (README, "Corrected figures")
    "correction note with the year on the replaced figure": (
        "Durham has been given £274,350 by the Home Office for 2024/25.\n\n"
        "Update: an earlier version of this article gave the 2024/25 Home Office grant as £247,350. "
        "The correct figure is £274,350.",
        {(3, 247350): dict(start="2024-25", end="2024-25"), (3, 274350): dict(start="2024-25", end="2024-25")}),
    "correction note, instalment, right figure": (
        "Norfolk has been awarded £700,000 by the Home Office for April 2025 to March 2027.\n\n"
        "Correction: when this story was first published it gave the 2026/27 instalment as £374,500. "
        "The right figure is £347,500.",
        {(3, 374500): dict(start="2026-27", end="2026-27"), (3, 347500): dict(start="2026-27", end="2026-27")}),
    # a note naming no year: both figures on its line have none, though the award's span is stated elsewhere
    "two accounts on one line, no year": (
        "Lincolnshire has been awarded £486,210 by the Home Office for April 2024 to March 2026.\n\n"
        "The audit found that the committee report gives the grant as £468,210, not £486,210, a typing error.",
        {(3, 468210): dict(start=None, end=None), (3, 486210): dict(start=None, end=None)}),
    "wrongly shown, then the correct figure": (
        "Cleveland has been allocated £352,900 by the Home Office over the two years from April 2025.\n\n"
        "4 March 2025: the page wrongly showed Cleveland's allocation as £325,900. The correct figure is £352,900.",
        {(3, 325900): dict(start=None, end=None), (3, 352900): dict(start=None, end=None)}),
    "given as, actually received": (
        "Cumbria received £212,000 from the Home Office for 2024-25.\n\n"
        "- Cumbria's Home Office figure was given as £221,000 in the mid-year report; £212,000 is the sum actually "
        "received.",
        {(3, 221000): dict(start=None, end=None), (3, 212000): dict(start=None, end=None)}),
    # a round-up giving the fund's span once, before the areas' shares (README, "Areas' shares of a round with its
    # period"): each share with no years of its own takes the round's; money with a year of its own keeps it
    "shares after the fund's span": (
        "The Home Office has confirmed a £44 million fund for the two years from April 2025, and commissioners are "
        "publishing their shares.\n\n"
        "Norfolk will get £310,200.\n\n"
        "Suffolk's commissioner says the county will receive £287,400 from the Home Office.\n\n"
        "In Essex, the commissioner is adding £60,000 of her own money in 2025-26.\n\n"
        "One force which asked not to be named expects a little under £250,000.",
        {(1, 44000000): dict(role="context", start="2025-26", end="2026-27"),
         (3, 310200): dict(role="grant", start="2025-26", end="2026-27"),
         (5, 287400): dict(role="grant", start="2025-26", end="2026-27"),
         (7, 60000): dict(start="2025-26", end="2025-26"),
         (9, 250000): dict(role="grant", start="2025-26", end="2026-27")}),
    # a correction over two lines naming no year: the right figure has none, though the release gives a span
    "correction over two lines, no year": (
        "Derbyshire has been awarded £595,670 by the Home Office for the two years from April 2026.\n\n"
        "Correction: an earlier version of this letter gave Derbyshire's share as £559,670.\n"
        "The correct figure is £595,670, and we apologise for the error.",
        {(3, 559670): dict(start=None, end=None), (4, 595670): dict(start=None, end=None)}),
    # money added to a grant: the year its own clause prints, even after the grant's figure (README, "Money added
    # to a grant"); a year in the grant's clause only is not its own
    "match funding, year closing its own clause": (
        "Dorset news\n\n"
        "In Dorset, the commissioner, Hattie Greenslade, has added £42,500 from her own budget to the county's "
        "Home Office grant of £261,300 for 2025-26.",
        {(3, 42500): dict(role="match_funding", funder="PCC", start="2025-26", end="2025-26"),
         (3, 261300): dict(start="2025-26", end="2025-26")}),
    "match funding in another clause": (
        "Dorset received a Home Office grant of £261,300 for 2025-26, with £42,500 of match funding from the "
        "commissioner's own budget.",
        {(1, 42500): dict(role="match_funding", start=None, end=None)}),
    # pieces listed before a prose total are not its parts, so they do not take its year (README, 'total')
    "pieces before an 'in all' total": (
        "Lancashire's commissioner has been given £312,000 by the Home Office for 2025-26 for a group course.\n\n"
        "Blackburn with Darwen Council is paying £48,500 for a family worker who supports the children.\n\n"
        "The Ribble Valley Trust has given £9,500 for training health visitors.\n\n"
        "Taken together, the three funders are putting £370,000 into the service in 2025-26.",
        {(3, 48500): dict(role="grant", funder="local authority", start=None, end=None),
         (5, 9500): dict(start=None, end=None),
         (7, 370000): dict(role="total", start="2025-26", end="2025-26")}),
    # a year in a later figure's own clause is that figure's, not the first's; an elliptical pair shares it
    "year in the next clause's figure": (
        "Essex has been awarded £420,000 by the Home Office for April 2025 to March 2027.\n\n"
        "Other bodies pay for pieces of the service: the health board funds a mental health practitioner at £58,000, "
        "and the Ministry of Justice's victims grant pays for two IDVAs at £91,200 for 2025-26.",
        {(3, 58000): dict(start=None, end=None), (3, 91200): dict(start="2025-26", end="2025-26")}),
    "elliptical pair sharing a year": (
        "Kent received £431,000 from the Home Office and £77,400 from the Ministry of Justice during 2023-24.",
        {(1, 431000): dict(start="2023-24", end="2023-24"), (1, 77400): dict(start="2023-24", end="2023-24")}),
    # a yearly report naming its year: the commissioner's own money paying for a service is that year's (README,
    # "This year": the year a yearly report names for itself); money added to a grant keeps only its own clause's
    "own money in a yearly report": (
        "Annual Review 2023-24: Police and Crime Commissioner for Gloucestershire\n\n"
        "The Home Office grant for the group course was £276,500 in 2023-24.\n\n"
        "The commissioner also paid £12,300 from his own budget for a phone line for people worried about their "
        "behaviour.\n\n"
        "He added £30,000 of his own money to the grant.",
        {(5, 12300): dict(role="own_funding", funder="PCC", start="2023-24", end="2023-24"),
         (7, 30000): dict(role="match_funding", start=None, end=None)}),
    # a figure's own "for year two" after it is its year, not the "year one" of the figure before it
    "year one and year two after their figures": (
        "Surrey has been awarded £400,000 by the Home Office for April 2025 to March 2027.\n\n"
        "Of this, £190,000 is for year one and £210,000 for year two.",
        {(3, 190000): dict(role="part", part=1, start="2025-26", end="2025-26"),
         (3, 210000): dict(role="part", part=1, start="2026-27", end="2026-27")}),
    # a financial year named by its end is that year
    "the year to March": (
        "Gwent gets £198,400 from the Home Office in the year to March 2026 for its course.",
        {(1, 198400): dict(role="grant", start="2025-26", end="2025-26")}),
    "the financial year ending 31 March": (
        "North Wales has £176,300 from the Home Office for the financial year ending 31 March 2025.",
        {(1, 176300): dict(role="grant", start="2024-25", end="2024-25")}),
    # "this year" money that a table column dates: the same sum for the same area with its year (README, "This year")
    "this year, dated by a table column": (
        "We began this work in Suffolk in 2023-24.\n\n"
        "| Area | Funder | 2025-26 |\n"
        "|---|---|---|\n"
        "| Suffolk | Home Office | £152,800 |\n"
        "| Norfolk | Home Office | £140,000 |\n"
        "| Total | | £292,800 |\n\n"
        "Suffolk. Our £152,800 this year comes from the Home Office grant, and includes £12,000 for an evaluation.",
        {(9, 152800): dict(role="grant", start="2025-26", end="2025-26"),
         (9, 12000): dict(role="part", part=9, start="2025-26", end="2025-26")}),
    # what already held, kept: a period the figure's own words give, whatever its role
    "match funding with no clause of its own": (
        "Durham has been given £203,450 by the Home Office for 2025-26.\n\n"
        "The commissioner has added £41,000 of her own money to the grant.",
        {(3, 41000): dict(role="match_funding", funder="PCC", start=None, end=None)}),
    "national fund with its own year": (
        "Gwent has been given £198,075 by the Home Office for 2025-26.\n\n"
        "Nationally, the Home Office fund is worth £40 million for 2025-26.",
        {(3, 40000000): dict(role="context", start="2025-26", end="2025-26")}),
    "parts of a two-year whole": (
        "Wiltshire has been allocated £480,000 by the Home Office for April 2024 to March 2026, and £402,500 of it "
        "goes to Fresh Start to run the course.\n\nThe remaining £77,500 pays for partner support.",
        {(1, 402500): dict(role="part", part=1, start="2024-25", end="2025-26"),
         (3, 77500): dict(role="part", part=1, start="2024-25", end="2025-26")}),
}


@pytest.mark.parametrize("name", list(CASES))
def test_period_follows_the_readme(name):
    text, want = CASES[name]
    assert award_errors(text, want) == []
