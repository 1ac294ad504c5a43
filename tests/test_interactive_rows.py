"""What the interactive charts' tooltips say, area by area (funding.publish.interactive)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def rows():
    from funding.pipeline import load_tables
    from funding.publish.interactive import area_rows

    return {r["area"]: r for r in area_rows(load_tables(names=["coverage"]))}


def test_an_area_with_no_award_shows_no_bid_count(rows):
    """Unsuccessful bids are not published: an unfunded area's bids are unknown, never 0."""
    unfunded = [r for r in rows.values() if not r["funded"]]
    assert len(unfunded) == 18
    assert {r["bids"] for r in unfunded} == {"not published"}
    assert rows["Leicestershire"]["bids"] == "not published"


def test_a_funded_area_shows_the_bids_its_list_prints(rows):
    assert len(rows) == 43
    assert rows["Metropolitan Police"]["bids"] == "3" and rows["Greater Manchester"]["bids"] == "2"
    assert rows["Cumbria"]["bids"] == "1"
    assert sum(int(r["bids"]) for r in rows.values() if r["funded"]) == 29  # the list's 29 bids


def test_the_tooltips_show_bids_as_text(rows):
    from funding.pipeline import load_tables
    from funding.publish.interactive import awards_ranked_spec

    spec = awards_ranked_spec(load_tables(names=["coverage"]))
    assert {"field": "bids", "type": "nominal", "title": "Bids"} in spec["encoding"]["tooltip"]
    assert awards_ranked_spec(load_tables(names=["coverage"])) == spec  # the same input, the same chart
