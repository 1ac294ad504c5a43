"""The commissioner's office printed by its initials alone ("the OPCC") where a line says it holds, passes on or pays
out the money (a commissioning body, role ``commissioner``) or is paid it (``recipient``); the initials in contact
details, references and action leads are no fact.  Invented sentences, not the corpus's."""

from release_probe import read


def orgs(text):
    return {(o.source_line, o.organisation, o.role) for o in read(text).organisations}


def test_opcc_holding_or_passing_on_the_grant_is_the_commissioning_body():
    text = ("Community safety partnership: perpetrator budget 2025/26\n"
            "Home Office perpetrator grant, passed on by the OPCC: £88,400.\n"
            "The OPCC passes £40,000 a year to the borough council for a family worker.\n"
            "Our share of the grant is held by the OPCC and released each quarter, £22,100 at a time.\n"
            "Group course funding of £61,000 comes via the OPCC from the Home Office.\n")
    got = orgs(text)
    for line in (2, 3, 4, 5):
        assert (line, "OPCC", "commissioner") in got, line


def test_opcc_paid_the_money_is_its_recipient():
    text = "The district council's contribution of £20,000 will be paid to the OPCC in April 2025.\n"
    assert (1, "OPCC", "recipient") in orgs(text)


def test_opcc_as_a_payments_list_source_cell():
    text = ("Payee\tPurpose\tFunded from\tAmount\n"
            "Riverbank Change Ltd\tGroup course for men - Q2 instalment\tOPCC (Home Office perpetrator grant)\t£9,000\n"
            "Moorside Family Hub\tFamily worker\tOPCC Safer Streets Fund\t£2,500\n")
    got = orgs(text)
    assert (2, "OPCC", "commissioner") in got
    assert (3, "OPCC", "commissioner") in got


def test_opcc_in_contacts_references_and_action_leads_is_no_fact():
    text = ("For interviews contact the OPCC press office on 01234 000000.\n"
            "Source: OPCC finance team, March 2025.\n"
            "A4  OPCC to circulate the evaluation to members when it is published.\n"
            "Our ref: OPCC/GR/25-031\n")
    assert not [o for o in read(text).organisations if o.organisation == "OPCC"]
