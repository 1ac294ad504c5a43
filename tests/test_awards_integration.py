"""The real Home Office award list, from the mirror: all 25 awards, exactly."""

import pytest

from funding.pipeline import read_award_list
from funding.core.money import format_pounds

pytestmark = pytest.mark.integration

EXPECTED = [  # pfa_code, pfa_name, bids, amount_pence, source_line, initiatives
    ("E23000023", "Cambridgeshire", 1, 31183600, 5, 3),
    ("E23000006", "Cheshire", 1, 53810000, 9, 2),
    ("E23000013", "Cleveland", 1, 20033333, 11, 2),
    ("E23000002", "Cumbria", 1, 20035200, 15, 2),
    ("E23000018", "Derbyshire", 1, 65948821, 19, 1),
    ("E23000039", "Dorset", 1, 20018500, 21, 2),
    ("E23000008", "Durham", 1, 32120000, 23, 2),
    ("W15000004", "Dyfed-Powys", 1, 41750900, 25, 3),
    ("E23000028", "Essex", 1, 21300000, 33, 2),
    ("E23000005", "Greater Manchester", 2, 151654900, 37, 2),
    ("E23000030", "Hampshire", 2, 49547100, 39, 2),
    ("E23000027", "Hertfordshire", 1, 59918500, 41, 2),
    ("E23000012", "Humberside", 1, 20000000, 43, 2),
    ("E23000032", "Kent", 1, 37896700, 45, 1),
    ("E23000003", "Lancashire", 1, 34531900, 45, 3),
    ("E23000001", "Metropolitan Police", 3, 156354700, 49, 3),
    ("E23000004", "Merseyside", 1, 62039300, 53, 4),
    ("W15000001", "North Wales", 1, 26770500, 61, 1),
    ("E23000011", "South Yorkshire", 1, 32122800, 65, 2),
    ("E23000031", "Surrey", 1, 50260200, 67, 2),
    ("E23000033", "Sussex", 1, 20520400, 69, 1),
    ("E23000017", "Warwickshire", 1, 20000000, 69, 2),
    ("E23000016", "West Mercia", 1, 45593937, 71, 1),
    ("E23000014", "West Midlands", 1, 20933278, 73, 2),
    ("E23000010", "West Yorkshire", 1, 39093900, 77, 4),  # its third bullet names two programmes
]


@pytest.fixture(scope="module")
def award_list():
    return read_award_list()  # the mirror is required: a missing file fails with where it looked


def test_all_25_awards_exactly(award_list):
    got = [(a.pfa_code, a.pfa_name, a.bids, a.amount_pence, a.source_line, len(a.initiatives)) for a in award_list.awards]
    assert got == EXPECTED


def test_totals_reconcile(award_list):
    assert award_list.total_pence == 1133438469
    assert format_pounds(award_list.total_pence) == "£11,334,384.69"
    assert award_list.total_bids == 29
    assert award_list.stated_total.text == "£11.3m" and award_list.stated_total.allows(award_list.total_pence)
    assert all(a.round == "2021-22" and a.source_id == "ho-2021-08-11-awards" for a in award_list.awards)


def test_no_line_left_unassigned(award_list):
    assert award_list.unassigned == ()
    roles = {l.line: l.role for l in award_list.lines}
    assert roles[3] == "heading"
    assert sum(1 for r in roles.values() if r == "award") == 40


def test_pcc_as_printed_is_kept_beside_the_ons_name(award_list):
    by_code = {a.pfa_code: a for a in award_list.awards}
    assert by_code["E23000001"].pcc == "Mayor's Office for Police and Crime (London)"
    assert by_code["W15000004"].pcc == "Dyfed Powys"
    assert by_code["E23000023"].pcc == "Cambridgeshire & Peterborough"


def test_strands_that_run_on_or_break_are_read_whole(award_list):
    by_code = {a.pfa_code: a for a in award_list.awards}
    merseyside = by_code["E23000004"].initiatives[3]
    assert (merseyside.source_line, merseyside.source_line_end) == (59, 61)
    north_wales = by_code["W15000001"].initiatives[0]
    assert (north_wales.source_line, north_wales.source_line_end) == (61, 65)
    assert by_code["W15000004"].initiatives[0].source_line == 27
