# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 01 · The award list, from published text to tidy tables
#
# The Home Office announced its domestic abuse perpetrator awards for 2021-22 as a
# page of prose with bullets ([the announcement on GOV.UK](https://www.gov.uk/government/news/police-awarded-113m-for-programmes-to-prevent-domestic-abuse-crimes)). This notebook shows that page turned into one row per
# award, with every line of the text accounted for and the totals checked against
# what the Home Office says. The versions of the software used come first
# (they differ from machine to machine, so the tests do not compare that cell's output).

# %% tags=["nbval-ignore-output"]
from IPython.display import Markdown

from funding import analysis
from funding.core.money import format_pounds
from funding.publish.notebooks import money_table, setup, versions
from funding.pipeline import load_tables

setup()
versions()

# %% [markdown]
# Every table is loaded by name: `load_tables` reads the tables `make tables` wrote to
# `data/processed/` (rebuilt from the published texts when they are at hand, otherwise
# the committed copies, checked against their sha256). The awards come first: one row
# per police and crime commissioner (PCC), with the number of bids printed beside the
# area, the amount, and the line of the source where the entry starts.

# %%
# the tables `make tables` built, read by name: those this notebook shows
tables = load_tables(names=["awards", "initiatives", "reconciliation", "award_list_lines"])
awards = tables["awards"]
money_table(awards, drop=("source_id",))

# %% [markdown]
# In a sentence, computed from that table:

# %%
summary = analysis.round_summary(awards, "2021-22", tables["initiatives"])
Markdown(
    f"The award list names **{summary.awards} PCCs**, who made **{summary.bids} bids** between them, "
    f"and awards **{format_pounds(summary.total_pence)}** in all. The awards are described in "
    f"{summary.initiatives} bullets (initiatives), which describe **{summary.strands} strands of work**: "
    f"the other {summary.initiatives - summary.strands} bullets say more about the strand before them. The largest award is "
    f"{format_pounds(summary.largest_pence)} ({' and '.join(summary.largest_areas)}), the smallest "
    f"{format_pounds(summary.smallest_pence)} ({' and '.join(summary.smallest_areas)}) and the median "
    f"{format_pounds(summary.median_pence)}."
)

# %% [markdown]
# ## The reconciliation
#
# Each figure computed from the parsed rows is set against what the publisher states
# (the headline total, the count of PCCs) or a rule of the round (each area once,
# every line accounted for). A check that fails says MISMATCH.

# %%
reconciliation = tables["reconciliation"]
money_table(reconciliation)

# %% [markdown]
# The verdict, computed from the table above:

# %%
failed = reconciliation[reconciliation["status"] != "ok"]
Markdown(
    f"**{len(reconciliation) - len(failed)} of {len(reconciliation)} checks pass.** "
    + ("Failing: " + ", ".join(failed["check"]) + "." if len(failed) else "Nothing in the list is unaccounted for.")
)

# %% [markdown]
# ## Every line accounted for
#
# Each non-blank line of the source is read as part of an award, a heading, preamble
# or boilerplate; a line that fits none would be listed here as unassigned. The
# count by role:

# %%
money_table(analysis.line_roles(tables["award_list_lines"]))

# %% [markdown]
# ## The initiatives
#
# The bullets describing each award's strands of work, in the order printed (a bullet
# that only says more about the one before is marked as continuing it). The suite keeps
# their text in memory to tag them (notebook 03) but never republishes it: what is shown
# is the area, the position, the programme types tagged, the risk level the text names,
# its length in words and where it is in the source.

# %%
money_table(
    tables["initiatives"],
    drop=("round", "pfa_code", "risk_evidence", "risk_set_aside", "source_id"),
)
