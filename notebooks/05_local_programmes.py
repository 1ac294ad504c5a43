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
# # 05 · What the money bought: the local programmes
#
# The award list says little about what a programme is. Local releases say more. This
# notebook reads what the local releases say the money bought, area by area, for every
# area some release gives an amount for: the components, how long they last, who they
# are for, who delivers them and what outcomes are claimed; then the funding across
# rounds, and where the sources disagree. Only facts read from the releases are shown,
# never their prose; the releases are listed, with their addresses where one was
# recorded, in the sources table at the end. The versions come first (they differ from
# machine to machine, so the tests do not compare that cell's output).

# %% tags=["nbval-ignore-output"]
import matplotlib.pyplot as plt
from IPython.display import Markdown, display

from funding import analysis
from funding.viz import figures
from funding.publish.notebooks import money_table, setup, source_links, versions
from funding.reference.register import register
from funding.pipeline import load_tables

setup()
versions()

# %% [markdown]
# The tables, by name, and the areas the local releases cover, by their ONS codes and
# the names of the register of police force areas.

# %%
# the tables `make tables` built, read by name: those this notebook shows
tables = load_tables(names=[
    "local_awards", "programme_components", "outcomes", "organisations",
    "people", "source_conflicts", "funding_timeline",
])
LOCAL_AREAS = analysis.local_release_areas(tables["funding_timeline"])
names = {code: register().by_code(code).pfa_name for code in LOCAL_AREAS}
Markdown(", ".join(f"{names[c]} ({c})" for c in LOCAL_AREAS))

# %% [markdown]
# ## Area by area
#
# One section per area, each with the same five tables:
#
# * **the components**: one row per component, gathered from every release about the
#   area: the durations stated, the cadence, the groups it is for, how it is delivered,
#   whether it is new or already existed, and how many releases mention it. A component
#   named only in quoted speech is not counted;
# * **the money**: every statement of money about the area, with its role (an area's
#   grant, a part of another figure, match or own funding, a total), the funder, the
#   period as the release states it (empty when it gives none: never guessed from the
#   date of publication) and the line it is on. Beside the funder, the period and the
#   area, where each was read: the figure's own clause, a heading, its whole, or lent
#   from elsewhere in the release. On text the reader was not tuned on, a lent funder or
#   period is much less often right than one from the figure's own clause (README,
#   "Where a field was read"), so check those against the release;
# * **the commissioners and officials** the releases name, with their office;
# * **the organisations** the releases name, and their roles;
# * **the outcome figures** they give, expected or reported, with the period and the
#   line they come from.

# %%
for code in LOCAL_AREAS:
    display(Markdown(f"### {names[code]} ({code})"))
    display(Markdown("The components:"))
    display(money_table(analysis.local_components(tables["programme_components"], code)))
    display(Markdown("The money, statement by statement:"))
    display(money_table(analysis.local_money(tables["local_awards"], code)))
    display(Markdown("The commissioners and officials named:"))
    display(money_table(analysis.local_people(tables["people"], code)))
    display(Markdown("The organisations named:"))
    display(money_table(analysis.local_partners(tables["organisations"], code)))
    display(Markdown("The outcome figures:"))
    display(money_table(analysis.local_outcomes(tables["outcomes"], code)))

# %% [markdown]
# ## Funding across rounds
#
# Every amount known for these areas, from the national award list and the local
# releases, with the range an inexact figure allows.

# %%
timeline = analysis.local_timeline(tables["funding_timeline"])
money_table(timeline, drop=("pfa_code",))

# %% [markdown]
# As a chart. Every financial year from the first to the last is on the axis, so a
# year no source covers shows as a gap; the points are not joined, because they come
# from different sources and, where a release names none, perhaps different funders.

# %%
fig = figures.draw("local_funding_timeline", tables)
plt.show()

# %% [markdown]
# How the local figures stand against the national award list, from the timeline:

# %%
Markdown(analysis.local_figure_sentences(timeline))

# %% [markdown]
# ## Where the sources disagree
#
# Pairs of statements that differ, within one release or between two, and whether
# both can be true, area by area:

# %%
for code in LOCAL_AREAS:
    display(Markdown(f"### {names[code]} ({code})"))
    display(money_table(analysis.local_conflicts(tables["source_conflicts"], code)))

# %% [markdown]
# ## The sources
#
# Every release these tables were read from, its publisher and date, linked where the
# manifest records an address:

# %%
Markdown(source_links(kind="local-release"))
