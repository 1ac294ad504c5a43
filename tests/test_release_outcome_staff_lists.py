"""Whom training counts: "to train 120 school and social care staff", "training 600 GP practice, maternity and mental
health staff": a list of whose staff, with or without commas, still counts practitioners trained; and "£25,000 of her
own budget for training 150 staff" is money, not the 25,000 of 150.
"""

from __future__ import annotations

from release_probe import outcomes_by_key as _outcomes


def test_whose_staff_listed_without_commas_are_practitioners_trained():
    got = _outcomes("In 2025-26 the council is paying £12,000 to train 90 housing and youth work staff to spot abuse.\n\n"
                    "The grant would also pay for training 400 GP surgery, pharmacy and dental staff over two years.\n\n"
                    "She has set aside £8,000 for training 75 school and early years staff in the town.\n\n"
                    "The council gave £9,000 of its reserves for training 60 housing and probation staff.\n")
    assert got[(3, 90, "count")].about == "practitioners"
    assert got[(5, 400, "count")].about == "practitioners"
    assert got[(7, 75, "count")].about == "practitioners"
    assert got[(9, 60, "count")].about == "practitioners" and got[(9, 60, "count")].base is None
    assert not any(k[1] in (12000, 8000, 9000) for k in got)
