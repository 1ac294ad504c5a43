"""The release reader on invented wordings of three classes of its first-sight misses: the payer of each figure
read from its own clause, councils listed as a table's or list's recipients, and money for work unrelated to domestic
abuse. Every sentence is new (no corpus text); each class is asserted both ways (what must and must not happen)."""

from __future__ import annotations

import pytest

from release_probe import awards_by_key as _awards

HO, PCC, LA, MOJ = "Home Office", "PCC", "local authority", "Ministry of Justice"




# ---- (b) the payer of each figure is its own clause's subject or by/from phrase; pronouns name the body before ----

@pytest.mark.parametrize("text, want", [
    ("Cheshire's group course for abusive men has been given £80,000 by the Commissioner for 2025-26.",
     {(1, 80000): PCC}),
    ("The commissioner gives £40,000 to the Durham course, and the county council is paying £30,000.",
     {(1, 40000): PCC, (1, 30000): LA}),
    ("The Lancashire course receives £30,000 from its commissioner each year.", {(1, 30000): PCC}),
    ("Suffolk's programme is funded by the Home Office with £210,000; the district council, for its part, contributes "
     "£14,000.", {(1, 210000): HO, (1, 14000): LA}),
    ("A sum of £55,000 was provided by the police and crime commissioner, and £15,000 came from Gloucester City Council.",
     {(1, 55000): PCC, (1, 15000): LA}),
    ("Warwickshire County Council welcomed the new course in Nuneaton.\nIt will contribute £12,000 towards venue costs.",
     {(2, 12000): LA}),
    ("Funded by the Ministry of Justice, the £45,000 partner-support service in Avon and Somerset starts in May.",
     {(1, 45000): MOJ}),
    ("Thanks to the council's £18,000, the Devon course can run in Exeter, while the commissioner has paid £60,000.",
     {(1, 18000): LA, (1, 60000): PCC}),
    ("Money from the Home Office (£150,000) pays for the Norfolk group work, while the commissioner funds the helpline "
     "with £20,000.", {(1, 150000): HO, (1, 20000): PCC}),
    ("Leicester City Council has been awarded £70,000 by the commissioner for a perpetrator course.", {(1, 70000): PCC}),
    ("In Cumbria the commissioner's office put in £25,000, and Westmorland and Furness Council found a further £10,000 "
     "from its own budget.", {(1, 10000): LA}),
    ("West Mercia's commissioner has given £140,000 to the perpetrator course in Worcester for 2025-26.",
     {(1, 140000): PCC}),
])
def test_each_figures_payer_comes_from_its_own_clause(text, want):
    got = _awards(text)
    assert {k: got[k].funder for k in want} == want


def test_a_councils_its_reserves_are_the_councils_added_money_not_the_commissioners():
    got = _awards("Kent has a Home Office grant of £300,000 for the course.\nKent County Council, which hosts the "
                  "programme in Maidstone, will add £20,000 from its reserves.")
    assert (got[(2, 20000)].funder, got[(2, 20000)].funding_role) == (LA, "match_funding")
    assert got[(1, 300000)].funder == HO


def test_a_commissioner_giving_money_the_release_says_is_home_office_money_keeps_that_funder():
    # (the commissioner passing on the one grant the release names: not the commissioner's own money)
    got = _awards("Suffolk's commissioner has granted £250,000 to a charity in Ipswich for a course for men.\n"
                  "The money comes from the Home Office.")
    assert got[(1, 250000)].funder == HO


def test_a_body_opening_the_next_clause_pays_the_next_figure_not_this_one():
    got = _awards("The commissioner gives £40,000 to the Durham course, and the county council is paying £30,000.")
    assert got[(1, 40000)].funder != LA
    # (a council that is not its clause's subject, after the figure it adds to, leaves the figure before alone)
    got = _awards("Essex has £300,000 from the Home Office for 2025-26, to which the county council has added £30,000.")
    assert got[(1, 300000)].funder == HO


# ---- (c) councils listed as a table's or list's rows receiving money are recipients; the funder is the table's ----

@pytest.mark.parametrize("text, lines, funder", [
    ("The Police and Crime Commissioner for Surrey has awarded grants from her own budget to councils for perpetrator "
     "work in 2025-26:\n\n| Borough | Grant |\n|---|---|\n| Guildford Borough Council | £40,000 |\n"
     "| Woking Borough Council | £25,000 |\n| Elmbridge Borough Council | £35,000 |", {5: 40000, 6: 25000, 7: 35000}, PCC),
    ("Table 3: Home Office perpetrator money passed to councils in North Yorkshire, 2025-26\n\nCouncil                      "
     "Amount\nNorth Yorkshire Council      £120,000\nCity of York Council         £80,000", {4: 120000, 5: 80000}, HO),
    ("The Mayor's Office is sharing Home Office funding between the districts of Greater Manchester for 2025-26 as "
     "follows:\n- Bolton Council: £60,000\n- Wigan Council: £55,000\n- Salford City Council: £70,000",
     {2: 60000, 3: 55000, 4: 70000}, HO),
    ("## Commissioner's grants to local authorities in Derbyshire\n\n| Local authority | 2025-26 |\n|---|---|\n"
     "| Chesterfield Borough Council | £22,000 |\n| High Peak Borough Council | £18,000 |", {5: 22000, 6: 18000}, PCC),
    ("The commissioner has passed on £150,000 of the Home Office grant to Essex councils.\n\n| Receiving council | "
     "Amount (£) |\n|---|---|\n| Colchester City Council | £60,000 |\n| Chelmsford City Council | £90,000 |",
     {5: 60000, 6: 90000}, HO),
    ("The commissioner is paying for the course in each district from his own budget.\n\nArea                          "
     "Sum\nChesterfield Borough Council  £21,000\nAmber Valley Borough Council  £19,000", {4: 21000, 5: 19000}, PCC),
    ("Commissioner's community safety fund: grants to district councils for perpetrator courses, 2025-26\n"
     "- Mansfield District Council - £14,000\n- Ashfield District Council - £16,000", {2: 14000, 3: 16000}, PCC),
    ("Lancashire's Home Office perpetrator grant for 2025-26 is divided between the unitary councils.\n\n"
     "| Unitary council | Share |\n|---|---|\n| Blackburn with Darwen Council | £90,000 |\n| Blackpool Council | £85,000 |",
     {5: 90000, 6: 85000}, HO),
])
def test_councils_listed_as_receiving_take_the_funder_of_the_tables_lead_in(text, lines, funder):
    got = _awards(text)
    assert {(n, p): got[(n, p)].funder for n, p in lines.items()} == {(n, p): funder for n, p in lines.items()}
    assert all(got[(n, p)].funding_role != "match_funding" for n, p in lines.items())


def test_a_table_of_councils_receiving_ministry_money_keeps_its_total():
    got = _awards("Ministry of Justice victims' money passed on by the commissioner in South Wales for partner support:"
                  "\n\n| Council | Amount |\n|---|---|\n| Cardiff Council | £30,000 |\n| Newport City Council | £20,000 |\n"
                  "| Total | £50,000 |")
    for key in ((5, 30000), (6, 20000)):
        assert (got[key].funder, got[key].funding_role, got[key].part_of_line) == (MOJ, "part", 7)


def test_a_column_naming_a_funder_beats_the_council_in_the_row():
    got = _awards("Thames Valley's course funding by council for 2025-26:\n\n| Council | Home Office | Council match |\n"
                  "|---|---|---|\n| Slough Borough Council | £50,000 | £5,000 |\n| Milton Keynes City Council | £70,000 | "
                  "£7,000 |")
    assert [got[k].funder for k in ((5, 50000), (5, 5000), (6, 70000), (6, 7000))] == [HO, LA, HO, LA]


@pytest.mark.parametrize("text, lines", [
    # councils that pay: a sources table beside another funder, and councils said to put in their own money
    ("Norfolk's perpetrator service is paid for from two sources.\n\n| Funding source | Amount |\n|---|---|\n"
     "| Home Office | £200,000 |\n| Norfolk County Council | £25,000 |\n| Total | £225,000 |", {(6, 25000): LA, (5, 200000): HO}),
    ("Each council is putting its own money into the joint Thames Valley course:\n\n| Council | Contribution |\n|---|---|\n"
     "| Reading Borough Council | £15,000 |\n| Oxford City Council | £12,000 |", {(5, 15000): LA, (6, 12000): LA}),
])
def test_councils_that_pay_stay_the_funder(text, lines):
    got = _awards(text)
    assert {k: got[k].funder for k in lines} == lines


# ---- (a) money for work unrelated to domestic abuse: no fact alone; a part of a stated total that also covers it ----

def test_an_item_table_with_no_description_heading_drops_its_unrelated_rows():
    got = _awards("Wiltshire Council: community budget lines for 2025-26\n\n| Cost centre | 2025-26 budget |\n|---|---|\n"
                  "| Highways maintenance | £820,000 |\n| Perpetrator behaviour change course | £96,000 |\n"
                  "| Leisure centres | £410,000 |")
    assert (5, 820000) not in got and (7, 410000) not in got
    assert got[(6, 96000)].funding_role == "grant"


def test_a_funds_table_naming_its_funders_keeps_every_row():
    got = _awards("Restricted funds of a Devon charity in 2024-25:\n\n| Fund | Funder | Income |\n|---|---|---|\n"
                  "| Open Door | Home Office | £120,000 |\n| Second Step | Devon County Council | £30,000 |")
    assert (5, 120000) in got and (6, 30000) in got


@pytest.mark.parametrize("text, parts, total", [
    ("Derbyshire County Council: revenue monitoring, quarter 3\n\n| Budget line | Budget 2025-26 £000 | Forecast £000 | "
     "Variance £000 |\n|---:|---:|---:|---:|\n| Parks and open spaces | 410.0 | 402.5 | 7.5 |\n| Domestic abuse perpetrator "
     "course | 96.0 | 90.0 | 6.0 |\n| Library service | 1,200.0 | 1,195.0 | 5.0 |\n| Total | 1,706.0 | 1,687.5 | 18.5 |",
     [(5, 410000), (6, 96000), (7, 1200000)], (8, 1706000)),
    ("The Wessex Community Foundation awarded these grants in Hampshire this spring:\n- Hillside Youth Football Club, new "
     "kit: £4,500\n- Andover change course for men who abuse their partners: £18,000\n- Romsey Library reading group: "
     "£2,500\n- Total: £25,000", [(2, 4500), (3, 18000), (4, 2500)], (5, 25000)),
    ("Community safety budget, Cambridgeshire 2025-26:\nCCTV: £300,000\nStreet pastors: £20,000\nPerpetrator programme: "
     "£80,000\nTotal: £400,000", [(2, 300000), (3, 20000), (4, 80000)], (5, 400000)),
    ("Hertfordshire County Council budget report, period 9\n\n| Area of spend | Full-year budget | Spent to 31 December | "
     "Projected year end | Over/(under) |\n|---|---|---|---|---|\n| Street cleansing | £2,400,000 | £1,750,000 | "
     "£2,390,000 | (£10,000) |\n| Perpetrator programme (Home Office funded) | £160,000 | £110,000 | £150,000 | "
     "(£10,000) |\n| Total | £2,560,000 | £1,860,000 | £2,540,000 | (£20,000) |", [(5, 2400000), (6, 160000)], (7, 2560000)),
])
def test_unrelated_rows_of_a_total_that_also_covers_the_work_are_its_parts(text, parts, total):
    got = _awards(text)
    assert all((got[k].funding_role, got[k].part_of_line) == ("part", total[0]) for k in parts)
    assert got[total].funding_role == "total" and got[total].funder in ("", None)


def test_a_monitoring_tables_forecast_and_spend_columns_are_no_areas_money():
    got = _awards("Derbyshire County Council: revenue monitoring, quarter 3\n\n| Budget line | Budget 2025-26 £000 | "
                  "Forecast £000 | Variance £000 |\n|---:|---:|---:|---:|\n| Parks and open spaces | 410.0 | 402.5 | 7.5 |\n"
                  "| Domestic abuse perpetrator course | 96.0 | 90.0 | 6.0 |\n| Total | 506.0 | 492.5 | 13.5 |")
    assert got[(5, 402500)].funding_role == "context" and not got[(5, 402500)].pfa_code
    assert got[(5, 410000)].pfa_code == "E23000018"
