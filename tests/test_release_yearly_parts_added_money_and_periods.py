"""The release reader on invented paraphrases of four classes of its first-sight misses: a whole's per-year
pieces, instalments and "£X of the grant" pieces are parts with their own years (C2); the commissioner's own money
added to, matching or topping up a grant is match funding, and paying for a service with no grant it is own funding
(C4); a period stated once for a list, table or round-up reaches its items (C5); money added to a grant and figures
restated or corrected take only their own clause's period (C6).

No sentence is corpus text. Each case lists, for figures on given lines, the values the README's conventions give;
equality asserts both what must happen and what must not (a part is not a grant, match funding is not own funding,
a restated figure does not take the grant's year)."""

from __future__ import annotations

import pytest

from release_probe import awards as _awards

HO, PCC, LA, MOJ = "Home Office", "PCC", "local authority", "Ministry of Justice"
_FIELD = {"role": "funding_role", "funder": "funder", "part": "part_of_line", "ps": "period_start", "pe": "period_end",
          "pfa": "pfa_code"}




def _value(award, field):
    v = getattr(award, _FIELD[field], None)
    return None if v == "" else v


CASES = [
# ---- C2: a whole's per-year pieces / instalments / "£X of the grant" are parts of it
("C2", "Cleveland has secured £360,000 from the Home Office for 2025-26 and 2026-27.\nThe money comes in two instalments: £170,000 in April 2025 and £190,000 in April 2026.",
 [(1, 360000, dict(role="grant", funder=HO, ps="2025-26", pe="2026-27")), (2, 170000, dict(role="part", part=1, funder=HO, ps="2025-26", pe="2025-26")), (2, 190000, dict(role="part", part=1, funder=HO, ps="2026-27", pe="2026-27"))]),
("C2", "Lancashire's commissioner has been granted £500,000 by the Home Office over the two years from April 2025. Year one brings £240,000; year two brings £260,000.",
 [(1, 500000, dict(role="grant", funder=HO, ps="2025-26", pe="2026-27")), (1, 240000, dict(role="part", part=1, funder=HO, ps="2025-26", pe="2025-26")), (1, 260000, dict(role="part", part=1, funder=HO, ps="2026-27", pe="2026-27"))]),
("C2", "Dyfed-Powys will get £275,000 from the Home Office for 2025-26.\nAn evaluation by Aber Research will take £40,000 of the grant.",
 [(1, 275000, dict(role="grant", funder=HO)), (2, 40000, dict(role="part", part=1, funder=HO, ps="2025-26", pe="2025-26"))]),
("C2", "Merseyside has received a Home Office grant of £410,000 for 2024-25.\nPartner support will use £60,000 of the grant and the group course £350,000 of it.",
 [(2, 60000, dict(role="part", part=1, funder=HO)), (2, 350000, dict(role="part", part=1, funder=HO))]),
("C2", "The Home Office grant to Hertfordshire, £390,000 across 2024-25 and 2025-26, is profiled as £200,000 in the first year and £190,000 in the second.",
 [(1, 390000, dict(role="grant", funder=HO, ps="2024-25", pe="2025-26")), (1, 200000, dict(role="part", part=1, ps="2024-25", pe="2024-25")), (1, 190000, dict(role="part", part=1, ps="2025-26", pe="2025-26"))]),
("C2", "Thames Valley's Home Office award is £620,000 for 2025-27.\n\nPayment for 2025-26: £300,000\nPayment for 2026-27: £320,000",
 [(3, 300000, dict(role="part", part=1, funder=HO, ps="2025-26", pe="2025-26")), (4, 320000, dict(role="part", part=1, funder=HO, ps="2026-27", pe="2026-27"))]),
("C2", "Humberside's commissioner has accepted a Home Office grant of £440,000 for 2025-27. The first payment, £230,000, covers 2025-26, and the second, £210,000, covers 2026-27.",
 [(1, 230000, dict(role="part", part=1, funder=HO, ps="2025-26", pe="2025-26")), (1, 210000, dict(role="part", part=1, funder=HO, ps="2026-27", pe="2026-27"))]),
("C2", "West Mercia will receive £330,000 from the Ministry of Justice for April 2025 to March 2027.\nFor 2025-26 the figure is £160,000; for 2026-27 it is £170,000.",
 [(1, 330000, dict(role="grant", funder=MOJ)), (2, 160000, dict(role="part", part=1, funder=MOJ, ps="2025-26", pe="2025-26")), (2, 170000, dict(role="part", part=1, funder=MOJ, ps="2026-27", pe="2026-27"))]),
("C2", "Staffordshire gets £280,000 from the Home Office for 2025-26. Some £30,000 of that grant will go on training staff.",
 [(1, 280000, dict(role="grant", funder=HO)), (1, 30000, dict(role="part", part=1, funder=HO, ps="2025-26", pe="2025-26"))]),
("C2", "Derbyshire's £450,000 Home Office grant runs for two years from April 2024.\nIt is being paid in two tranches, £230,000 in 2024-25 and £220,000 in 2025-26.",
 [(1, 450000, dict(role="grant", funder=HO, ps="2024-25", pe="2025-26")), (2, 230000, dict(role="part", part=1, funder=HO, ps="2024-25", pe="2024-25")), (2, 220000, dict(role="part", part=1, funder=HO, ps="2025-26", pe="2025-26"))]),
("C2", "Gwent has won £210,000 from the Home Office for 2025-26. £25,000 of this will pay for a case manager.",
 [(1, 25000, dict(role="part", part=1, funder=HO, ps="2025-26", pe="2025-26"))]),
# ---- C4: own money added to / matching / topping up a grant is match_funding; own money paying for a service with no grant is own_funding
("C4", "Avon and Somerset has a £310,000 Home Office grant for the course.\nThe commissioner is boosting that grant by £45,000 from the police budget.",
 [(2, 45000, dict(role="match_funding", funder=PCC))]),
("C4", "Northumbria receives £260,000 from the Home Office.\nThe commissioner is supplementing the grant with £20,000 of her own money.",
 [(2, 20000, dict(role="match_funding", funder=PCC))]),
("C4", "The commissioner's own budget is paying £28,000 for a perpetrator helpline in Gwent.",
 [(1, 28000, dict(role="own_funding", funder=PCC))]),
("C4", "In Leicestershire, the commissioner has found £52,000 from her own budget to run a stalking clinic.",
 [(1, 52000, dict(role="own_funding", funder=PCC))]),
("C4", "Kent has £400,000 from the Home Office for the programme. The commissioner will match it with £100,000 from his police fund.",
 [(1, 100000, dict(role="match_funding", funder=PCC))]),
("C4", "Lincolnshire's Home Office grant is £240,000. A further £30,000 from the commissioner's own budget will be put into it.",
 [(1, 30000, dict(role="match_funding", funder=PCC))]),
("C4", "The commissioner is spending £65,000 of her own budget on one-to-one work with perpetrators in Cheshire.",
 [(1, 65000, dict(role="own_funding", funder=PCC))]),
("C4", "Suffolk was given £290,000 by the Home Office; its commissioner supplemented the award with £15,000 of his own.",
 [(1, 15000, dict(role="match_funding", funder=PCC))]),
("C4", "West Yorkshire's Mayor has put £80,000 from the mayoral policing fund into a new high-harm service.",
 [(1, 80000, dict(role="own_funding", funder=PCC))]),
("C4", "Durham's Home Office award of £350,000 pays for the group course.\nThe commissioner is enlarging that award with £40,000 of his own.",
 [(2, 40000, dict(role="match_funding", funder=PCC))]),
("C4", "The commissioner for Devon and Cornwall is adding £55,000 from her own budget to the Home Office's £300,000.",
 [(1, 55000, dict(role="match_funding", funder=PCC)), (1, 300000, dict(role="grant", funder=HO))]),
("C4", "Wiltshire has a Home Office grant of £220,000 for its group course.\nThe commissioner also pays £12,000 of her own budget for a victims' helpline that the grant does not cover.",
 [(2, 12000, dict(role="own_funding", funder=PCC))]),
# ---- C5: a period stated once for a list / table / round-up reaches its items
("C5", "| Area | Home Office grant 2025-26 |\n|---|---|\n| Kent | £300,000 |\n| Essex | £250,000 |",
 [(3, 300000, dict(ps="2025-26", pe="2025-26", funder=HO)), (4, 250000, dict(ps="2025-26", pe="2025-26", funder=HO))]),
("C5", "Table 1: Home Office perpetrator grants for 2024-25\n\n| Area | Amount |\n|---|---|\n| Dorset | £190,000 |\n| Wiltshire | £210,000 |",
 [(5, 190000, dict(ps="2024-25", pe="2024-25", funder=HO)), (6, 210000, dict(ps="2024-25", pe="2024-25", funder=HO))]),
("C5", "## Home Office allocations, April 2025 to March 2027\n\n- Norfolk: £410,000\n- Suffolk: £390,000",
 [(3, 410000, dict(ps="2025-26", pe="2026-27", funder=HO)), (4, 390000, dict(ps="2025-26", pe="2026-27", funder=HO))]),
("C5", "For the year 2024-25, the Home Office has allocated these sums:\n* Cumbria £180,000\n* Lancashire £320,000",
 [(2, 180000, dict(ps="2024-25", pe="2024-25", funder=HO)), (3, 320000, dict(ps="2024-25", pe="2024-25", funder=HO))]),
("C5", "**Home Office grants for 2025-26**\nGwent receives £200,000 for a group course.\nSouth Wales receives £350,000 for one-to-one work.",
 [(2, 200000, dict(ps="2025-26", pe="2025-26", funder=HO)), (3, 350000, dict(ps="2025-26", pe="2025-26", funder=HO))]),
("C5", "Home Office perpetrator grants\nArea            2024-25\nCleveland       £210,000\nDurham          £230,000",
 [(3, 210000, dict(ps="2024-25", pe="2024-25")), (4, 230000, dict(ps="2024-25", pe="2024-25"))]),
("C5", "All figures below are Home Office grants for the two years from April 2025.\n\nNottinghamshire - £300,000 for a group course.\nDerbyshire - £280,000 for one-to-one work.",
 [(3, 300000, dict(ps="2025-26", pe="2026-27", funder=HO)), (4, 280000, dict(ps="2025-26", pe="2026-27", funder=HO))]),
("C5", "Home Office payments made in the second quarter of 2025-26:\n- Hampshire: £75,000\n- Thames Valley: £90,000",
 [(2, 75000, dict(ps="2025-26", pe="2025-26", funder=HO)), (3, 90000, dict(ps="2025-26", pe="2025-26", funder=HO))]),
("C5", "Home Office perpetrator funding, financial year 2024/25:\nMerseyside £260,000\nCheshire £240,000",
 [(2, 260000, dict(ps="2024-25", pe="2024-25", funder=HO)), (3, 240000, dict(ps="2024-25", pe="2024-25", funder=HO))]),
("C5", "Perpetrator grants announced by the Home Office today will run from April 2025 until March 2026.\n\nIn Leicestershire, £310,000 will fund a Drive-style service.\nNorthamptonshire is to get £270,000 for a group course.\nLincolnshire's share is £240,000.",
 [(3, 310000, dict(ps="2025-26", pe="2025-26", funder=HO)), (4, 270000, dict(ps="2025-26", pe="2025-26", funder=HO)), (5, 240000, dict(ps="2025-26", pe="2025-26", funder=HO))]),
("C5", "| Area | Funder | 2024-25 |\n|---|---|---|\n| Surrey | Home Office | £150,000 |\n| Sussex | Home Office | £170,000 |",
 [(3, 150000, dict(ps="2024-25", pe="2024-25", funder=HO)), (4, 170000, dict(ps="2024-25", pe="2024-25", funder=HO))]),
# ---- C6: added money and restatements take only their own clause's period
("C6", "Kent will receive £420,000 from the Home Office for 2025-27.\nThe commissioner has added £60,000 from her budget to the grant for 2025-26.",
 [(1, 420000, dict(ps="2025-26", pe="2026-27")), (2, 60000, dict(role="match_funding", funder=PCC, ps="2025-26", pe="2025-26"))]),
("C6", "Gwent's Home Office grant for 2024-25 is £190,000. Monmouthshire County Council is adding £15,000 to it.",
 [(1, 190000, dict(ps="2024-25", pe="2024-25")), (1, 15000, dict(role="match_funding", funder=LA, ps=None, pe=None))]),
("C6", "Essex has £500,000 from the Home Office over 2024-26.\nUpdate: the figure was first reported as £50,000.",
 [(2, 50000, dict(ps=None, pe=None))]),
("C6", "Norfolk will get £300,000 from the Home Office for the year 2025-26, and the commissioner is topping this up by £25,000.",
 [(1, 300000, dict(ps="2025-26", pe="2025-26")), (1, 25000, dict(role="match_funding", funder=PCC, ps=None, pe=None))]),
("C6", "Lincolnshire has been awarded £240,000 by the Home Office for 2024-25 and 2025-26.\nLincolnshire County Council has topped up the grant with £18,000.",
 [(2, 18000, dict(role="match_funding", funder=LA, ps=None, pe=None))]),
("C6", "The Home Office is giving Staffordshire £330,000 for two years from April 2024. The commissioner is adding £40,000 to that grant for 2024-25 only.",
 [(1, 40000, dict(role="match_funding", funder=PCC, ps="2024-25", pe="2024-25"))]),
("C6", "Cumbria was awarded £260,000 by the Home Office for 2025-26.\nSpeaking at the launch, the commissioner said the £260,000 would be spent on a group course.",
 [(1, 260000, dict(ps="2025-26", pe="2025-26")), (2, 260000, dict(ps=None, pe=None))]),
("C6", "Warwickshire has won £350,000 from the Home Office for 2025-26 and 2026-27. Warwickshire County Council will add £25,000 to the grant in 2026-27.",
 [(1, 25000, dict(role="match_funding", funder=LA, ps="2026-27", pe="2026-27"))]),
("C6", "Merseyside was given £400,000 by the Home Office for April 2024 to March 2026; the commissioner has matched it with £50,000 from his own budget.",
 [(1, 50000, dict(role="match_funding", funder=PCC, ps=None, pe=None))]),
("C6", "## Funding for 2025-26\n\nHampshire has a Home Office grant of £300,000.\nThe commissioner has added £35,000 of her own to the grant.",
 [(3, 300000, dict(ps="2025-26", pe="2025-26")), (4, 35000, dict(role="match_funding", funder=PCC, ps=None, pe=None))]),
("C6", "Bedfordshire's Home Office grant is £280,000 for 2025-26.\nCorrection: an earlier version of this page said £208,000.",
 [(1, 280000, dict(ps="2025-26", pe="2025-26")), (2, 208000, dict(ps=None, pe=None))]),
# harder wordings: a span 'each year', a period in a note under a table, 'annually', a quarter
("C5", "Each year from 2025-26 to 2026-27 the Home Office will pay these areas:\n- Durham: £120,000\n- Cleveland: £140,000",
 [(2, 120000, dict(ps="2025-26", pe="2026-27", funder=HO)), (3, 140000, dict(ps="2025-26", pe="2026-27", funder=HO))]),
("C5", "| Area | Home Office (£) |\n|---|---|\n| Kent | £300,000 |\n| Essex | £250,000 |\n\nFigures are for the 2024-25 financial year.",
 [(3, 300000, dict(ps="2024-25", pe="2024-25", funder=HO)), (4, 250000, dict(ps="2024-25", pe="2024-25", funder=HO))]),
("C6", "Kent's Home Office grant is £400,000 for 2025-26 and 2026-27.\nThe commissioner adds £20,000 annually to the grant.",
 [(2, 20000, dict(role="match_funding", funder=PCC))]),
("C6", "Suffolk has £300,000 from the Home Office for 2025-26. In the first quarter, Suffolk County Council topped the grant up by £10,000.",
 [(1, 10000, dict(role="match_funding", funder=LA, ps=None, pe=None))]),
("C2", "Avon and Somerset's Home Office grant for 2025-26 is £420,000.\nOf this sum, £80,000 funds partner support and £340,000 the group course.",
 [(2, 80000, dict(role="part", part=1, funder=HO, ps="2025-26", pe="2025-26")), (2, 340000, dict(role="part", part=1, funder=HO, ps="2025-26", pe="2025-26"))]),
]


@pytest.mark.parametrize("cls, text, checks", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_paraphrase(cls, text, checks):
    awards = _awards(text)
    for line, pounds, want in checks:
        got = [a for a in awards if a.source_line == line and a.amount.pence == pounds * 100]
        assert got, f"£{pounds:,} on line {line} not read"
        assert {f: _value(got[0], f) for f in want} == want, f"£{pounds:,} on line {line}"


# ---- C4 the other way: own money that is not put into a grant stays own funding ----

@pytest.mark.parametrize("text, key", [
    # the sentence says the money is no part of the grant, though "into it" could read as the grant
    ("Devon and Cornwall's Home Office grant for 2025-26 is £300,000.\nTo keep the helpline open, the commissioner has "
     "put £24,000 of her own budget into it, money that is not part of the Home Office grant.", (2, 24000)),
    # the grant named only as what does not pay
    ("Kent has a £400,000 Home Office grant.\nThe commissioner funds a stalking clinic, which the grant does not cover, "
     "with £35,000 from her own budget.", (2, 35000)),
    # "it" with no grant stated before stands for the service, not a grant
    ("The commissioner set up a perpetrator helpline last year and has now topped up its staffing, paying for it "
     "with £18,000 of his own budget.", (1, 18000)),
    # own money with the grant named only as a time
    ("Essex received £280,000 from the Home Office.\nBefore the grant arrived, the commissioner had paid £22,000 of "
     "her own budget for a pilot course.", (2, 22000)),
])
def test_own_money_not_put_into_a_grant_stays_own_funding(text, key):
    got = [a for a in _awards(text) if (a.source_line, a.amount.pence // 100) == key]
    assert got and got[0].funding_role == "own_funding" and got[0].funder == "PCC"


@pytest.mark.parametrize("text, key, funder", [
    ("The commissioner for Devon and Cornwall is adding £55,000 from her own budget to the Home Office's £300,000.",
     (1, 300000), HO),
    ("Cheshire's commissioner is putting £30,000 of his own money on top of the Ministry of Justice's £120,000.",
     (1, 120000), MOJ),
])
def test_grant_that_own_money_is_added_to_keeps_its_funder(text, key, funder):
    got = [a for a in _awards(text) if (a.source_line, a.amount.pence // 100) == key]
    assert got and got[0].funding_role == "grant" and got[0].funder == funder
