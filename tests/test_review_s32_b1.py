"""Review round 32 (b1): narrowed organisation and outcome rules, each on a reviewer's invented text (or a variant)."""
import pytest

from release_probe import organisation_facts as _orgs, read


def _outcomes(text):
    return {(o.source_line, o.value, o.about) for o in read(text).outcomes}


def test_opcc_contribution_denied_or_asked_for_names_no_commissioner():
    text = ("Grant news\n\nThe Kent Police and Crime Commissioner has awarded £60,000 to Safer Lives CIC for a perpetrator "
            "programme.\nUnlike last year, there is no OPCC contribution to the £60,000.\n"
            "The charity has asked for an OPCC contribution of £10,000 towards a second group.\n"
            "The OPCC contribution of £5,000 pays for supervision.\n")
    orgs = _orgs(text)
    assert not [o for o in orgs if o[0] in (4, 5)]
    assert (6, "OPCC", "commissioner") in orgs  # (a contribution stated still names it)


def test_put_in_a_bid_or_in_place_is_no_payment():
    text = ("Funding news\n\nThe Kent Police and Crime Commissioner has awarded £60,000 to Safer Lives CIC for a perpetrator "
            "programme.\nOrbit Homes put in a bid for £45,000 from the commissioner's fund for a tenancy support worker.\n"
            "Medway Housing Trust has put in place a £20,000 referral pathway for tenants.\n"
            "The Weald Foundation put in an application for £30,000 from the National Lottery but was turned down.\n"
            "Clarion Housing put in £18,000 for supervision.\n")
    orgs = _orgs(text)
    assert not [o for o in orgs if o[0] in (4, 5, 6) and o[2] == "funder"]
    assert (7, "Clarion Housing", "funder") in orgs


@pytest.mark.parametrize("text, line", [
    ("Decision record\n\nThe Kent Police and Crime Commissioner approves the grant below.\n\n"
     "2 Background: Home Office money for perpetrator work\n\n"
     "2.1 The grant of £412,000 will pay for a group programme run by Safer Lives CIC.\n", 5),
    ("Perpetrator programme (update): Home Office grant renewed for Safer Lives\n\n"
     "The Kent Police and Crime Commissioner has confirmed that the group course for men will continue.\n", 1),
    ("1.2 Perpetrator work (Kent): Home Office grant renewed\n\n"
     "The Kent Police and Crime Commissioner has confirmed that the group course for men will continue.\n", 1),
])
def test_a_heading_with_a_subtitle_or_brackets_is_no_form_field(text, line):
    assert not [o for o in _orgs(text) if o[0] == line and o[1] == "Home Office"]


def test_a_match_sum_named_for_another_council_leaves_the_row_a_funder():
    text = (
        "Decision record\n\nThe Kent Police and Crime Commissioner accepts £200,000 from the Home Office for a perpetrator "
        "programme in 2025-26.\n\n| Payer | Purpose | 2025-26 |\n|---|---|---|\n"
        "| Home Office | Perpetrator programme | £200,000 |\n| Medway Council | Match funding | £25,000 |\n"
        "| Kent County Council | Separate stalking clinic | £25,000 |\n\n"
        "As match funding, Medway Council puts its £25,000 beside the Home Office grant.\n"
        "Kent County Council pays £25,000 for its own stalking clinic, which the grant does not cover.\n")
    orgs = _orgs(text)
    assert (9, "Kent County Council", "funder") in orgs
    assert (9, "Kent County Council", "match_funder") not in orgs
    assert (8, "Medway Council", "match_funder") in orgs


def test_a_csv_total_line_names_its_payer_column():
    text = ("Grants list\n\nThe Kent Police and Crime Commissioner publishes the grants below for domestic abuse perpetrator "
            "work in 2025-26.\n\nRecipient,Work,Funded by,Amount\n"
            "Safer Lives CIC,Group programme for men,Kent County Council,£30,000\n"
            "Harbour Change CIC,Partner support,Kent County Council,£20,000\n"
            "Total,,Kent County Council,£50,000\n")
    orgs = _orgs(text)
    assert (8, "Kent County Council", "funder") in orgs
    assert not [o for o in orgs if o[0] == 8 and o[2] == "recipient"]


def test_the_figures_own_sum_after_a_semicolon_or_because():
    text = ("Funding update\n\nThe Kent Police and Crime Commissioner has confirmed next year's money for the Safer Lives "
            "perpetrator programme.\nThe Home Office figure has gone up; it is now £412,000 for 2025-26.\n"
            "The Home Office line is higher because it now includes £40,000 for partner support.\n")
    orgs = _orgs(text)
    assert {(4, "Home Office", "funder"), (5, "Home Office", "funder")} <= orgs


def test_group_starts_counting_groups_is_no_count_of_people():
    text = ("Results\n\nThe Kent Police and Crime Commissioner funds the Safer Lives group course.\n\n"
            "| Measure | 2024-25 |\n|---|---|\n| Referrals | 140 |\n| Group starts (new groups opened) | 6 |\n"
            "| Men starting | 52 |\n")
    outs = _outcomes(text)
    assert not [o for o in outs if o[0] == 8]
    assert (9, 52.0, "perpetrators") in outs


def test_a_share_of_them_after_other_people_named_is_not_the_count_before():
    text = ("Results\n\nThe Kent Police and Crime Commissioner funds the Safer Lives group course.\n"
            "The advocates supported 190 partners. The advocates are all qualified IDVAs, and 80 per cent of them speak a "
            "second language.\nThe advocates supported 150 partners. 64 per cent of them felt safer.\n")
    outs = _outcomes(text)
    assert not [o for o in outs if o[1] == 80.0]
    assert (5, 64.0, "partners") in outs


def test_background_papers_with_a_sum_keep_the_funder():
    text = ("Decision record\n\nThe Kent Police and Crime Commissioner accepts the Home Office grant for the Safer Lives "
            "perpetrator programme.\nBackground papers: Home Office grant offer letter of 3 March 2025, confirming "
            "£412,000 for 2025-26.\n")
    assert (4, "Home Office", "funder") in _orgs(text)


def test_men_referred_on_to_another_agency_are_no_referrals():
    text = ("Results\n\nThe Kent Police and Crime Commissioner funds the Safer Lives group course.\n"
            "14 men in Group Three were referred to children's social care.\n"
            "131 men from Dane Vale were referred to the programme.\n")
    outs = _outcomes(text)
    assert (4, 14.0, "perpetrators") in outs
    assert (5, 131.0, "referrals") in outs
