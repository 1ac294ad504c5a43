"""Review of the thirty-fourth round's rules (second fixer): each misread sentence beside the sentence the rule was
written for, invented (never the corpus text)."""

import pytest

from release_probe import awards_by_key, read


def _kinds(text):
    return {(c.source_line, c.component) for c in read(text).components}


def _cohorts(text, line, kind):
    return {c.cohorts for c in read(text).components if c.source_line == line and c.component == kind}


# --- 1. "youth diversion" and "anti-social behaviour" name teams that often host this genre's work: a figure paid to
# such a team for a course or child-to-parent sessions is read; the team's own underspend is still no fact ----------

_MONITOR = "Quarter 2 budget monitoring\n\nThe perpetrator programme budget for 2025/26 is £240,000 from the Home Office.\n\n{line}\n"


@pytest.mark.parametrize("line, pounds", [
    ("The commissioner has handed £26,000 to the borough's youth diversion team for evening sessions with teenagers "
     "who hit out at their parents at home.", 26000),
    ("Eastmoor Council's anti-social behaviour team is to get £38,000 from the commissioner to deliver the Turning "
     "Point course for men whom officers refer after call-outs.", 38000),
])
def test_money_for_this_work_run_by_a_host_team_is_read(line, pounds):
    assert (5, pounds) in awards_by_key(_MONITOR.format(line=line))


@pytest.mark.parametrize("line", [
    "4.2 The youth diversion project expects to underspend by £5,200 since a mentor left in July.",
    "4.2 Our anti-social behaviour caseworkers will underspend by £8,000 over the year.",
])
def test_a_host_teams_own_underspend_is_still_no_fact(line):
    assert [k for k in awards_by_key(_MONITOR.format(line=line)) if k[0] == 5] == []


# --- 2. a "Cost centre" column is a name (the budget charged) only beside a column describing each payment; without
# one it says what the payment is for --------------------------------------------------------------------------------

_PAYMENTS = """Payments over £500, April 2025

| Supplier | {extra}Cost centre | Amount |
|---|---|---|
| Brightpath CIC | {desc}Domestic Abuse Perpetrator Programme | £19,400 |
| Eastmoor Surfacing Ltd | {desc2}Highway Repairs | £37,000 |
| Eastmoor Women's Refuge | {desc3}Victims Services | £11,000 |
"""


def test_a_cost_centre_without_a_description_column_says_what_the_payment_is_for():
    text = _PAYMENTS.format(extra="", desc="", desc2="", desc3="")
    assert (5, 19400) in awards_by_key(text)


def test_a_cost_centre_beside_a_description_column_is_still_a_name():
    text = _PAYMENTS.replace("|---|---|---|", "|---|---|---|---|")
    text = text.format(extra="Description | ", desc="Year-end audit fee | ", desc2="Pothole repairs | ",
                       desc3="Refuge rent | ")
    # (the audit fee charged to the perpetrator cost centre names no work of this genre in its description)
    assert (5, 19400) not in awards_by_key(text)


# --- 3. a Safer Streets row naming a service of this genre is the work; a Safer Streets evaluation is not -----------

_REGISTER = """Commissioner's grants register 2024-25

| Ref | Project | Recipient | Amount |
|---|---|---|---|
| 1 | Perpetrator group programme for men | Brightpath | £72,000 |
| 2 | {project} | Eastmoor Parents Centre | £16,500 |
| 3 | Stalking advocacy | Eastmoor Stalking Service | £27,000 |
"""


def test_a_safer_streets_row_naming_a_course_is_read():
    text = _REGISTER.format(project="Safer Streets 4: Caring Dads course for fathers in Eastmoor")
    assert (6, 16500) in awards_by_key(text)
    assert any(o.source_line == 6 and o.organisation == "Eastmoor Parents Centre" for o in read(text).organisations)


def test_a_safer_streets_evaluation_row_is_still_no_fact():
    text = _REGISTER.format(project="Contribution to the Safer Streets 4 evaluation")
    assert (6, 16500) not in awards_by_key(text)


# --- 4. "<Place> Family Support" is a body's name; "Child And Family Support" (a function word inside) is the work ---

@pytest.mark.parametrize("label", ["Child And Family Support", "Help For Family Support", "Parents With Family Support"])
def test_family_support_with_a_function_word_is_whole_family_work(label):
    text = f"Grant results\n\n| Project | Amount |\n|---|---|\n| Men's group course | £38,000 |\n| {label} | £14,000 |\n"
    assert (6, "whole_family") in _kinds(text)


def test_a_place_named_family_support_is_still_a_body():
    text = ("Eastmoor funding\n\nThe commissioner paid £18,000 to Westfold Family Support for its work with teenagers "
            "who are violent to their parents.\n")
    assert (3, "whole_family") not in _kinds(text)


# --- 5. ", for work with <people> …" naming no kind of its own says whom the item before it is for ----------------

def test_for_work_with_people_stays_with_the_item_before():
    text = ("Eastmoor money\n\nThe commissioner pays £36,000 for a 26-week group course, for work with fathers "
            "in the district who have been abusive.\n")
    assert _cohorts(text, 3, "group_programme") == {("fathers",)}


def test_for_work_with_people_naming_a_kind_is_still_a_new_item():
    text = ("Eastmoor money\n\nThe grant pays for a 20-week group course for men in the district, for work with young "
            "people aged 12 to 16 who are violent towards their parents.\n")
    got = {c.component: (c.duration_value, c.age_min) for c in read(text).components if c.source_line == 3}
    assert got["group_programme"] == (20, None)
    assert got["child_adolescent_to_parent"] == (None, 12)


# --- 6. a "Produced by …" line that runs on into a clause is a statement, not a publication footer -----------------

def test_produced_by_running_into_a_clause_is_read():
    text = ("# Yearly review 2024-25\n\nProduced by Eastmoor Borough Council and the commissioner, the review finds that "
            "Brightpath ran ten groups for abusive men and that 64 men completed the course.\n")
    release = read(text)
    assert any(o.source_line == 3 and o.organisation == "Brightpath" for o in release.organisations)
    assert any(o.source_line == 3 and o.value == 64 for o in release.outcomes)


def test_a_produced_by_footer_is_still_set_aside():
    text = ("# Eastmoor plan\n\nThe Home Office gave Eastmoor £250,000 for 2025-26 for a group course for men.\n\n"
            "*Produced by the Eastmoor Safer Homes Partnership. Contact: hello@example.org*\n")
    assert not any(o.source_line == 5 for o in read(text).organisations)
