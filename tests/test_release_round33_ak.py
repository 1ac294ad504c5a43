"""Rules added while tuning the thirty-third round's releases (tuner AK): invented sentences, with the facts the corpus
README's conventions give them (never the corpus text)."""

import pytest

from funding.parse.releases.places import find_areas
from release_probe import awards_by_key, read

_LEAD = "Westshire perpetrator funding\n\nThe Kent Police and Crime Commissioner funds perpetrator programmes.\n\n"

_LOTS = ("The money covers three years, 1 April 2026 to 31 March 2029:\n\n"
         "| Lot | Service | Budget |\n|---|---|---|\n| 1 | Weekly group course | £900,000 |\n"
         "| 2 | Case work with the highest-risk men | £300,000 |\n| | **Total** | **£1,200,000** |\n\n")


def _lot_funders(text):
    got = awards_by_key(text)
    return [got[(line, pounds)].funder for line, pounds in ((9, 900000), (10, 300000), (11, 1200000))]


# --- A sentence with no figure naming several payers in one list after "funded by" / "paid for by": the money it is
# about is paid for by them together, so figures naming no payer of their own are no one payer's ---------------------

@pytest.mark.parametrize("sentence", [
    "The service is funded by the Home Office, the Commissioner and Kent County Council.",
    "These lots are paid for by the Ministry of Justice and Medway Council.",
    "The new contract will be financed jointly by the Home Office and the Commissioner.",
])
def test_a_list_of_payers_after_funded_by_leaves_unnamed_figures_with_none(sentence):
    assert _lot_funders(_LEAD + _LOTS + sentence + "\n") == ["", "", ""]


@pytest.mark.parametrize("sentence", [
    "The service is funded by the Home Office and run by Kent County Council.",
    "The service is funded by the Home Office through the Commissioner.",
    "The service is funded by the Home Office.",
])
def test_one_payer_after_funded_by_still_pays_the_unnamed_figures(sentence):
    # (near-misses: a list cut off by another verb or a route names one payer)
    assert _lot_funders(_LEAD + _LOTS + sentence + "\n") == ["Home Office"] * 3


# --- A bound saying which grants a register holds ("every grant of £X or more") or who approves a class of them
# ("Grants under £X are approved by …"): no money given ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "This page lists every grant of £2,500 or more made since April 2024.",
    "The register shows each payment over £500 to a provider.",
    "Grants under £20,000 are approved by the deputy commissioner; bigger ones by the Commissioner.",
    "Contracts above £75,000 are signed off by the commissioner's finance board.",
])
def test_a_bound_on_a_class_of_grants_is_no_money(sentence):
    got = read(_LEAD + sentence + "\n\nThe Home Office grant to Kent is £300,000 for 2025-26.\n").awards
    assert [(a.source_line, a.amount.pence // 100) for a in got] == [(7, 300000)]


@pytest.mark.parametrize("sentence, pounds", [
    ("The register lists a grant of £12,000 to a course provider in Kent.", 12000),
    ("The commissioner gave each of the groups £2,500 last year.", 2500),
])
def test_one_grant_named_in_a_register_note_is_still_money(sentence, pounds):
    # (near-misses: one grant, not a class bounded by the figure)
    got = awards_by_key(_LEAD + sentence + "\n")
    assert (5, pounds) in got


# --- A district's name opening a youth or family charity's name places nothing --------------------------------------

@pytest.mark.parametrize("text", ["Paid to Hart Youth and Families", "Wyre Family Project runs the course",
                                  "Delivered by Mole Valley Families Trust"])
def test_a_district_opening_a_youth_or_family_charitys_name_places_nothing(text):
    assert find_areas(text) == []


@pytest.mark.parametrize("text, code", [("Work with families in Hart", "E23000030"),
                                        ("Kent Youth Service runs it", "E23000032")])
def test_a_place_beside_family_or_youth_words_still_places(text, code):
    # (near-misses: the district after "in", and a force area's own name, still place)
    assert {c for _, _, c in find_areas(text)} == {code}


# --- Comma-separated registers: a description cell longer than 120 characters under the header still reads as a
# row; the title or description column calling a row match funding makes it match funding; rows naming only
# everyday words in a register about the work pay for something else ------------------------------------------------

_CSV_HEAD = ("Office of the Police and Crime Commissioner for Kent\nRegister of grants\n\n"
             "Ref,Title,Description,Amount (£),Recipient,Start,End,Source\n")


def _csv(*rows):
    return read(_CSV_HEAD + "\n".join(rows) + "\n").awards


def test_a_long_description_cell_still_reads_as_a_register_row():
    long_cell = ("Workshops over two days for 80 staff from schools, GP surgeries and housing teams on spotting and "
                 "answering abusive behaviour at home")
    assert len(long_cell) > 120
    got = _csv("K-01,Group course,\"Weekly group course for men who abuse partners\",300000,Alpha CIC,2024-04-01,"
               "2025-03-31,Home Office perpetrator fund",
               f"K-02,Staff workshops,\"{long_cell}\",9900,Beta Ltd,2024-06-01,2025-03-31,PCC Community Safety Fund",
               "K-03,Phone line,\"Helpline for people worried about their abusive behaviour\",15000,Gamma Ltd,"
               "2024-05-01,2025-03-31,PCC Community Safety Fund")
    assert [(a.source_line, a.amount.pence // 100, a.funder) for a in got] == [
        (5, 300000, "Home Office"), (6, 9900, "PCC"), (7, 15000, "PCC")]


@pytest.mark.parametrize("title, description, role", [
    ("Course match funding", "Commissioner's money added to K-01", "match_funding"),
    ("Course top-up", "Commissioner's match funding for K-01", "match_funding"),
    ("Partner support", "Support worker for partners of men on K-01", "own_funding"),
])
def test_a_register_rows_title_or_description_naming_match_funding(title, description, role):
    got = _csv("K-01,Group course,\"Weekly group course for men who abuse partners\",300000,Alpha CIC,2024-04-01,"
               "2025-03-31,Home Office perpetrator fund",
               f"K-02,{title},\"{description}\",40000,Alpha CIC,2024-04-01,2025-03-31,PCC Community Safety Fund",
               "K-03,Stalking work,\"One-to-one work with people who stalk\",50000,Beta Ltd,2024-04-01,2025-03-31,"
               "PCC Community Safety Fund")
    assert {a.source_line: a.funding_role for a in got}[6] == role


def test_register_rows_naming_only_everyday_words_beside_the_work_are_dropped():
    got = _csv("K-01,Group course,\"Weekly group course for men who abuse partners\",300000,Alpha CIC,2024-04-01,"
               "2025-03-31,Home Office perpetrator fund",
               "K-02,Boxing club,\"Evening boxing sessions for young people in Dover\",9000,Delta Club,2024-04-01,"
               "2025-03-31,PCC Community Safety Fund",
               "K-03,Bike marking,\"Marking kits for six cycling groups\",4000,Epsilon Watch,2024-04-01,2025-03-31,"
               "PCC Community Safety Fund",
               "K-04,Family work,\"Whole-family worker for households on K-01\",30000,Zeta Trust,2024-04-01,"
               "2025-03-31,PCC Community Safety Fund",
               "K-05,Staff training,\"Training for GPs to ask about home life\",8000,Eta Ltd,2024-04-01,2025-03-31,"
               "PCC Community Safety Fund")
    assert sorted(a.source_line for a in got) == [5, 8, 9]


def test_everyday_words_stay_in_a_register_that_never_names_the_work_itself():
    # (near-miss: no row names abuse, perpetrators or violence, so the rows are read as before)
    got = _csv("K-01,Group course,\"Weekly group course for men\",300000,Alpha CIC,2024-04-01,2025-03-31,"
               "Home Office perpetrator fund",
               "K-02,Youth sessions,\"Evening sessions for young people\",9000,Delta Club,2024-04-01,2025-03-31,"
               "PCC Community Safety Fund",
               "K-03,Support groups,\"Peer support groups\",4000,Epsilon Trust,2024-04-01,2025-03-31,"
               "PCC Community Safety Fund")
    assert sorted(a.source_line for a in got) == [5, 6, 7]
