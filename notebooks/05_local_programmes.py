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
# # 05 · What the money bought: two local programmes
#
# The award list says little about what a programme is. Local releases say more.
# This notebook reads what the releases for Nottinghamshire and for Leicester,
# Leicestershire and Rutland say the money bought: the components, how long they
# last, who they are for, who delivers them and what outcomes are claimed; then the
# funding across rounds, and where the sources disagree. Only facts read from the
# releases are shown, never their prose; the releases are listed, with their addresses
# where one was recorded, in the sources table at the end. The versions come first
# (they differ from machine to machine, so the tests do not compare that cell's output).

# %% tags=["nbval-ignore-output"]
import matplotlib.pyplot as plt
from IPython.display import Markdown

from funding import analysis
from funding.viz import figures
from funding.publish.notebooks import money_table, setup, source_links, versions
from funding.reference.register import register
from funding.pipeline import load_tables

setup()
versions()

# %% [markdown]
# The tables, by name, and the two areas, by their ONS codes.

# %%
# the tables `make tables` built, read by name: those this notebook shows
tables = load_tables(names=[
    "local_awards", "programme_components", "outcomes", "organisations",
    "people", "source_conflicts", "funding_timeline",
])
LOCAL_AREAS = analysis.local_release_areas(tables["funding_timeline"])
NOTTS, LEICS = LOCAL_AREAS
names = {code: register().by_code(code).pfa_name for code in LOCAL_AREAS}
Markdown(", ".join(f"{names[c]} ({c})" for c in LOCAL_AREAS))

# %% [markdown]
# ## Nottinghamshire: the components
#
# One row per component, gathered from every release about the area: the durations
# stated, the cadence, the groups it is for, how it is delivered, whether it is new
# or already existed, and how many releases mention it. A component named only in
# quoted speech is not counted.

# %%
money_table(analysis.local_components(tables["programme_components"], NOTTS))

# %% [markdown]
# Every statement of money about Nottinghamshire, with its role (an area's grant, a
# part of another figure, match or own funding, a total), the funder, the period as
# the release states it (empty when it gives none: never guessed from the date of
# publication) and the line it is on:

# %%
money_table(analysis.local_money(tables["local_awards"], NOTTS))

# %% [markdown]
# The commissioners the releases name, with their office:

# %%
analysis.local_people(tables["people"], NOTTS)

# %% [markdown]
# The organisations the Nottinghamshire releases name, and their roles:

# %%
money_table(analysis.local_partners(tables["organisations"], NOTTS))

# %% [markdown]
# The outcome figures they give, expected or reported, with the period and the
# line they come from:

# %%
money_table(analysis.local_outcomes(tables["outcomes"], NOTTS))

# %% [markdown]
# ## Leicester, Leicestershire and Rutland: the components
#
# The same view for the second area.

# %%
money_table(analysis.local_components(tables["programme_components"], LEICS))

# %% [markdown]
# The money, statement by statement:

# %%
money_table(analysis.local_money(tables["local_awards"], LEICS))

# %% [markdown]
# The organisations named:

# %%
money_table(analysis.local_partners(tables["organisations"], LEICS))

# %% [markdown]
# The outcome figures:

# %%
money_table(analysis.local_outcomes(tables["outcomes"], LEICS))

# %% [markdown]
# ## Funding across rounds
#
# Every amount known for the two areas, from the national award list and the local
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
# both can be true. Nottinghamshire first:

# %%
money_table(analysis.local_conflicts(tables["source_conflicts"], NOTTS))

# %% [markdown]
# Then Leicester, Leicestershire and Rutland:

# %%
money_table(analysis.local_conflicts(tables["source_conflicts"], LEICS))

# %% [markdown]
# ## The sources
#
# Every release these tables were read from, its publisher and date, linked where the
# manifest records an address:

# %%
Markdown(source_links(kind="local-release"))
