"""More invented shapes of wholes and parts stated in prose, one group per mechanism fixed in the release reader
(tests/test_release_wholes_and_parts_in_prose.py describes M1–M5). Every sentence is invented; each group is asserted
both ways: what must be read, and (``*_NOT``) what must not happen."""

from __future__ import annotations

import pytest

from release_probe import award_errors

HO, PCC, LA, MOJ, PT = "Home Office", "PCC", "local authority", "Ministry of Justice", "partners"

# M2: a list of sums under a whole whose lead-in names payers ("comes from", "funded by", "from N sources"), the items
# summing to it: every item is a part (match or own money included), keeping the payer its own words name
M2_MORE = [
 ("Staffordshire's perpetrator service has a budget of £140,000 for 2025-26. This money comes from\n"
  "- £100,000 of Home Office grant\n- £40,000 from the commissioner's own budget",
  {(1, 140000): dict(role="total", funder=None), (2, 100000): dict(role="part", funder=HO, part=1, start="2025-26"),
   (3, 40000): dict(role="part", funder=PCC, part=1, start="2025-26")}),
 ("In 2024-25 the Warwickshire course had £72,000, paid for by:\n(a) Warwickshire County Council, £22,000\n"
  "(b) the Ministry of Justice, £50,000",
  {(1, 72000): dict(role="total", funder=None), (2, 22000): dict(role="part", funder=LA, part=1, start="2024-25"),
   (3, 50000): dict(role="part", funder=MOJ, part=1)}),
 ("The North Wales programme will receive £310,000 in 2025-26 from the following sources:\n"
  "1. £250,000 from the Home Office\n2. £35,000 of match funding from the Police and Crime Commissioner\n"
  "3. partners: £25,000",
  {(1, 310000): dict(role="total", funder=None), (2, 250000): dict(role="part", funder=HO, part=1),
   (3, 35000): dict(role="part", funder=PCC, part=1), (4, 25000): dict(role="part", funder=PT, part=1)}),
]
M2_MORE_NOT = [
 # the items do not add up to the figure above them: the commissioner's own money is not made a part of it, nor
 # the figure a total across funders
 ("Leicestershire's service has £90,000 for 2025-26. The money comes from:\n- £60,000 of Home Office grant\n"
  "- £20,000 from the commissioner's own budget",
  {(1, 90000): dict(role="grant"), (3, 20000): dict(part=None, role="own_funding")}),
 # a list of separate grants under no stated whole stays a list of grants
 ("The Cleveland commissioner has funded by open bid:\n- £30,000 for Harbour Services\n- £15,000 for the helpline",
  {(2, 30000): dict(part=None), (3, 15000): dict(part=None)}),
]

# M4: a whole followed by "of which"/"of this" (or opened by "Of the £X") and figures adding up to it exactly: each
# figure is a part, with the payer its own words name; two payers make the whole a total across funders
M4_MORE = [
 ("Gloucestershire's perpetrator work has £230,000 in 2025-26, of which the Ministry of Justice provides £180,000 and "
  "the county council £50,000.",
  {(1, 230000): dict(role="total", funder=None), (1, 180000): dict(role="part", funder=MOJ, part=1, start="2025-26"),
   (1, 50000): dict(role="part", funder=LA, part=1, start="2025-26")}),
 ("Northumbria's programme has £205,000 for 2025-26, of which £180,000 is Ministry of Justice money and the rest, "
  "£25,000, is met by the commissioner.",
  {(1, 205000): dict(role="total", funder=None), (1, 180000): dict(role="part", funder=MOJ, part=1),
   (1, 25000): dict(role="part", funder=PCC, part=1, start="2025-26")}),
 ("Bedfordshire will spend £128,000 on the programme in 2024-25; of this, the Home Office meets £98,000 and Bedford "
  "Borough Council the other £30,000.",
  {(1, 128000): dict(role="total", funder=None), (1, 98000): dict(role="part", funder=HO, part=1),
   (1, 30000): dict(role="part", funder=LA, part=1, start="2024-25")}),
 ("The Devon and Cornwall helpline will receive £84,000 in 2025-26, of which Plymouth City Council gives £24,000 and "
  "the Home Office the balance of £60,000.",
  {(1, 84000): dict(role="total", funder=None), (1, 24000): dict(role="part", funder=LA, part=1),
   (1, 60000): dict(role="part", funder=HO, part=1, start="2025-26")}),
]
M4_MORE_NOT = [
 # the figures after "of which" do not add up to the whole: the second is not made a part, the whole keeps its payer
 ("The Home Office has given Northamptonshire £260,000 for 2025-26, of which £40,000 is for partner support, and the "
  "commissioner is adding £20,000 of her own money.",
  {(1, 260000): dict(role="grant", funder=HO), (1, 40000): dict(role="part", funder=HO, part=1),
   (1, 20000): dict(part=None, funder=PCC)}),
 # one payer's whole split by purpose stays that payer's grant
 ("Nottinghamshire's Home Office grant is £150,000 for 2025-26, of which £100,000 is for the group course and £50,000 "
  "for partner support.",
  {(1, 150000): dict(role="grant", funder=HO), (1, 100000): dict(role="part", funder=HO, part=1),
   (1, 50000): dict(role="part", funder=HO, part=1)}),
]

ALL = dict(M2_MORE=M2_MORE, M2_MORE_NOT=M2_MORE_NOT, M4_MORE=M4_MORE, M4_MORE_NOT=M4_MORE_NOT)


@pytest.mark.parametrize("text, want", [pytest.param(t, w, id=f"{name}-{i}") for name, cases in ALL.items()
                                        for i, (t, w) in enumerate(cases)])
def test_prose_wholes_more_shapes(text, want):
    assert award_errors(text, want) == []
