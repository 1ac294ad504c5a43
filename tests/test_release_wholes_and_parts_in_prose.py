"""Wholes and parts stated in prose, on invented wordings (gen5): a per-year figure printed before its "in all" total,
a list of sums with their payers under a stated whole, a total after its pieces ("together with …, that comes to"), a
whole whose parts name their own funders ("of which £A is Home Office grant and the remaining £B …"), and money carried
forward in a grant variation. Every sentence is new (no corpus text); each mechanism is asserted both ways (``*_NOT``:
what must not happen). Wordings the reader still gets wrong are marked xfail, so that a fix shows as XPASS."""

from __future__ import annotations

import pytest

from release_probe import award_errors

HO, PCC, LA, MOJ, PT = "Home Office", "PCC", "local authority", "Ministry of Justice", "partners"
# each case: (text, {(line, pounds[, period_start]): {field: value}})
M1 = [
 ("The Commissioner for Kent will put £40,000 of her own budget into the course in each of the two years from April 2025, £80,000 in all.",
  {(1, 80000): dict(role="total", funder=PCC, part=None), (1, 40000, "2025-26"): dict(role="part", funder=PCC, part=1, end="2025-26"),
   (1, 40000, "2026-27"): dict(role="part", funder=PCC, part=1, end="2026-27")}),
 ("Norfolk's Home Office grant is £150,000 a year for the three years from 2024-25, £450,000 in total.",
  {(1, 450000): dict(role="total", funder=HO), (1, 150000, "2024-25"): dict(role="part", funder=HO, part=1),
   (1, 150000, "2025-26"): dict(role="part", part=1), (1, 150000, "2026-27"): dict(role="part", part=1, end="2026-27")}),
 ("Durham County Council will contribute £25,000 to the programme in each of 2025-26 and 2026-27, making £50,000 in all.",
  {(1, 50000): dict(role="total", funder=LA), (1, 25000, "2025-26"): dict(role="part", funder=LA, part=1),
   (1, 25000, "2026-27"): dict(role="part", funder=LA, part=1)}),
 ("Lancashire will receive £95,000 from the Home Office per year over two years starting in April 2025, £190,000 in all.",
  {(1, 190000): dict(role="total", funder=HO), (1, 95000, "2025-26"): dict(role="part", part=1),
   (1, 95000, "2026-27"): dict(role="part", part=1)}),
 ("Surrey's commissioner is giving the programme £60,000 for each of the three years to March 2028, or £180,000 in total.",
  {(1, 180000): dict(role="total", funder=PCC), (1, 60000, "2025-26"): dict(role="part", part=1),
   (1, 60000, "2026-27"): dict(role="part", part=1), (1, 60000, "2027-28"): dict(role="part", part=1)}),
 ("Cumbria's perpetrator service gets £72,500 a year from the Home Office for 2024-25 and 2025-26, £145,000 in all.",
  {(1, 145000): dict(role="total", funder=HO), (1, 72500, "2024-25"): dict(role="part", funder=HO, part=1),
   (1, 72500, "2025-26"): dict(role="part", funder=HO, part=1)}),
]
M1_NOT = [
 ("The Home Office gives Essex £50,000 a year for the two years from April 2025.",
  {(1, 50000, "2025-26"): dict(role="grant", part=None), (1, 50000, "2026-27"): dict(role="grant", part=None)}),
]
M2 = [
 ("The programme in Dorset costs £200,000 in 2025-26. It is paid for as follows:\n- £150,000 from the Home Office\n- £30,000 from the Commissioner's own budget\n- £20,000 from Dorset Council",
  {(1, 200000): dict(role="total", funder=None), (2, 150000): dict(role="part", funder=HO, part=1, start="2025-26"),
   (3, 30000): dict(role="part", funder=PCC, part=1), (4, 20000): dict(role="part", funder=LA, part=1, start="2025-26")}),
 ("Funding for the Hampshire service in 2025/26 is £410,000, made up as follows:\n1. Home Office grant: £320,000\n2. Commissioner's match funding: £60,000\n3. Southampton City Council: £30,000",
  {(1, 410000): dict(role="total", funder=None), (2, 320000): dict(role="part", funder=HO, part=1),
   (3, 60000): dict(role="part", funder=PCC, part=1), (4, 30000): dict(role="part", funder=LA, part=1, start="2025-26")}),
 ("Our Gwent service budget for 2024-25 is £125,000. The money comes from:\n* the Ministry of Justice, £80,000\n* the Police and Crime Commissioner, £45,000",
  {(1, 125000): dict(role="total", funder=None), (2, 80000): dict(role="part", funder=MOJ, part=1, start="2024-25"),
   (3, 45000): dict(role="part", funder=PCC, part=1)}),
 ("Wiltshire's programme has £96,000 for 2025-26, from two sources:\n• £70,000 of Home Office grant;\n• £26,000 from Swindon Borough Council.",
  {(1, 96000): dict(role="total", funder=None), (2, 70000): dict(role="part", funder=HO, part=1),
   (3, 26000): dict(role="part", funder=LA, part=1, start="2025-26")}),
 ("The Essex course will cost £265,000 in 2025-26 and is shared by three funders:\n- Home Office: £190,000\n- Essex County Council: £50,000\n- local partners: £25,000",
  {(1, 265000): dict(role="total", funder=None), (2, 190000): dict(role="part", funder=HO, part=1),
   (3, 50000): dict(role="part", funder=LA, part=1), (4, 25000): dict(role="part", funder=PT, part=1)}),
 ("In 2025-26 the Cheshire service will cost £88,000. It is funded by\n(a) a Home Office grant of £60,000\n(b) £28,000 from the commissioner's own budget",
  {(1, 88000): dict(role="total", funder=None), (2, 60000): dict(role="part", funder=HO, part=1, start="2025-26"),
   (3, 28000): dict(role="part", funder=PCC, part=1)}),
]
M2_NOT = [
 ("The Dorset commissioner announced these grants for 2025-26:\n- £40,000 to Refuge North for partner support\n- £25,000 for the perpetrator helpline",
  {(2, 40000): dict(part=None), (3, 25000): dict(part=None)}),
]
M3 = [
 ("Suffolk has won £210,000 from the Home Office for 2025-26.\nThe commissioner will add £40,000 from her own budget to the grant.\nTogether with the Home Office money, that makes £250,000 for the course.",
  {(1, 210000): dict(role="grant", funder=HO, part=None), (2, 40000): dict(role="match_funding", funder=PCC, part=None),
   (3, 250000): dict(role="total", funder=None, part=None)}),
 ("Gwent's grant from the Home Office is £180,000 for 2025-26, which, with the £20,000 the council is adding to it, makes £200,000 for the year.",
  {(1, 180000): dict(role="grant", funder=HO, part=None), (1, 20000): dict(role="match_funding", funder=LA, part=None),
   (1, 200000): dict(role="total", funder=None, part=None)}),
 ("Derbyshire's course has a Home Office grant of £150,000 for 2025-26.\nThe county council has topped it up with £25,000.\nCombined with the council's contribution, the grant comes to £175,000.",
  {(1, 150000): dict(role="grant", funder=HO, part=None), (2, 25000): dict(role="match_funding", funder=LA, part=None),
   (3, 175000): dict(role="total", funder=None, part=None)}),
 ("The Home Office gave Cheshire £220,000 for 2024-25, and the commissioner added £30,000 of his own money to that grant.\nTaken with the commissioner's money, this brings the sum available to £250,000.",
  {(1, 220000): dict(role="grant", funder=HO, part=None), (1, 30000): dict(role="match_funding", funder=PCC, part=None),
   (2, 250000): dict(role="total", funder=None, part=None)}),
 ("West Yorkshire has £400,000 of Home Office grant for 2025-26.\nThe mayor is adding £100,000 from her policing budget to the grant.\nAlongside the grant, that gives the programme £500,000 this year.",
  {(1, 400000): dict(role="grant", funder=HO, part=None), (2, 100000): dict(role="match_funding", funder=PCC, part=None),
   (3, 500000): dict(role="total", funder=None, part=None)}),
 ("Humberside's commissioner has received £190,000 from the Ministry of Justice for 2025-26.\nHe is putting £10,000 of his own money alongside it; together with the ministry's grant that comes to £200,000.",
  {(1, 190000): dict(role="grant", funder=MOJ, part=None), (2, 10000): dict(role="match_funding", funder=PCC, part=None),
   (2, 200000): dict(role="total", funder=None, part=None)}),
]
M3_NOT = [
 ("Together with Refuge North, the Cumbria commissioner has paid £30,000 for the helpline from her own budget.",
  {(1, 30000): dict(role="own_funding", funder=PCC)}),
]
M4 = [
 ("The Hertfordshire commissioner will spend £500,000 on perpetrator work in 2025-26, of which £420,000 is Home Office grant and the remaining £80,000 comes from her own budget.",
  {(1, 500000): dict(role="total", funder=None), (1, 420000): dict(role="part", funder=HO, part=1, start="2025-26"),
   (1, 80000): dict(role="part", funder=PCC, part=1, start="2025-26")}),
 ("A budget of £300,000 has been set for the Kent programme in 2025-26; of this, £250,000 comes from the Ministry of Justice and the other £50,000 from Kent County Council.",
  {(1, 300000): dict(role="total", funder=None), (1, 250000): dict(role="part", funder=MOJ, part=1),
   (1, 50000): dict(role="part", funder=LA, part=1)}),
 ("Northumbria's programme will cost £640,000 over the two years from April 2025, of which the Home Office pays £600,000 and the commissioner the balance of £40,000.",
  {(1, 640000): dict(role="total", funder=None), (1, 600000): dict(role="part", funder=HO, part=1),
   (1, 40000): dict(role="part", funder=PCC, part=1, start="2025-26", end="2026-27")}),
 ("Of the £275,000 going to the Cleveland service in 2025-26, £200,000 is Home Office money and £75,000 is the commissioner's own.",
  {(1, 275000): dict(role="total", funder=None), (1, 200000): dict(role="part", funder=HO, part=1),
   (1, 75000): dict(role="part", funder=PCC, part=1)}),
 ("The Lincolnshire course has £360,000 for 2025-26, of which £300,000 is grant from the Home Office and the rest, £60,000, is paid by the county council.",
  {(1, 360000): dict(role="total", funder=None), (1, 300000): dict(role="part", funder=HO, part=1),
   (1, 60000): dict(role="part", funder=LA, part=1)}),
 ("Some £185,000 will be invested in Avon and Somerset's programme in 2025-26, £150,000 of it a Home Office grant and the remaining £35,000 from the commissioner's own budget.",
  {(1, 185000): dict(role="total", funder=None), (1, 150000): dict(role="part", funder=HO, part=1),
   (1, 35000): dict(role="part", funder=PCC, part=1)}),
]
M4_NOT = [
 ("The Home Office has given Essex £300,000 for 2025-26, of which £60,000 is for partner support.",
  {(1, 300000): dict(role="grant", funder=HO), (1, 60000): dict(role="part", funder=HO, part=1)}),
]
M5 = [
 ("Sussex's Home Office grant for 2024-25 was £180,000.\n£12,000 of the 2024-25 grant was not spent and is carried forward into 2025-26.\nThe 2025-26 grant therefore rises to £202,000, comprising the planned £190,000 and the £12,000 carried forward.",
  {(1, 180000): dict(role="grant", funder=HO), (2, 12000): dict(role="part", funder=HO, part=1, start="2024-25", end="2024-25"),
   (3, 202000): dict(role="grant", funder=HO, start="2025-26"), (3, 190000): dict(role="part", funder=HO, part=3, start="2025-26"),
   (3, 12000): dict(role="part", funder=HO, part=3, start="2025-26")}),
 ("The Home Office allocated £250,000 to Thames Valley's programme for 2024-25.\nOf that allocation, £15,500 was unspent and has been rolled forward into 2025-26.",
  {(1, 250000): dict(role="grant", funder=HO), (2, 15500): dict(role="part", funder=HO, part=1, start="2024-25", end="2024-25")}),
 ("Dyfed-Powys has a Home Office grant of £130,000 for 2025-26.\nWith £13,000 brought forward from 2024-25, the 2025-26 budget is £143,000, made up of the £130,000 grant and the £13,000 brought forward.",
  {(2, 143000): dict(role="grant", start="2025-26"), (2, 130000): dict(role="part", part=2, start="2025-26"),
   (2, 13000, "2025-26"): dict(role="part", part=2)}),
 ("Wiltshire's Home Office grant for 2024-25 was £160,000.\nOf the 2024-25 grant, £9,800 went unspent and will be carried into 2025-26.",
  {(2, 9800): dict(role="part", funder=HO, part=1, start="2024-25", end="2024-25")}),
 ("The Home Office grant for Bedfordshire's programme runs from 2024-25 to 2025-26.\nAfter the variation the 2025-26 allocation is £212,400, consisting of the original £200,000 and £12,400 carried forward from 2024-25.",
  {(2, 212400): dict(role="grant", funder=HO, start="2025-26"), (2, 200000): dict(role="part", funder=HO, part=2, start="2025-26"),
   (2, 12400): dict(role="part", funder=HO, part=2)}),
 ("The Home Office grant to Merseyside for 2025-26 has been varied to £98,750, which includes £8,750 carried forward from 2024-25.",
  {(1, 98750): dict(role="grant", funder=HO, start="2025-26"), (1, 8750): dict(role="part", funder=HO, part=1)}),
]
M5_NOT = [
 ("Norfolk's Home Office grant for 2025-26 is £200,000.\nThe provider also holds £20,000 of its own reserves carried forward from earlier years.",
  {(1, 200000): dict(role="grant", funder=HO, part=None)}),
]
ALL = dict(M1=M1, M1_NOT=M1_NOT, M2=M2, M2_NOT=M2_NOT, M3=M3, M3_NOT=M3_NOT, M4=M4, M4_NOT=M4_NOT, M5=M5, M5_NOT=M5_NOT)

#: paraphrases the reader still reads wrongly (gen5): kept as expected failures
STILL_FAILING = {'M3': [1, 2], 'M5': [2]}  # (M3-0, 'Together with the Home Office money, that makes £250,000', read since the nineteenth session's 'with another payer's money' total)


CASES = [
    pytest.param(text, want, id=f"{name}-{i}", marks=[pytest.mark.xfail(reason="still misread", strict=True)]
                 if i in STILL_FAILING.get(name, ()) else [])
    for name, cases in ALL.items() for i, (text, want) in enumerate(cases)
]


@pytest.mark.parametrize("text, want", CASES)
def test_wholes_and_parts_in_prose(text, want):
    assert award_errors(text, want) == []
