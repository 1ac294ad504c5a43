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
# # 03 · What the money was for: programme types
#
# The award list describes each award's strands of work (initiatives) in prose.
# The suite tags each initiative with programme types by a published rule table
# (`programme_types.toml`), keeping the rule and the words it matched. This notebook
# shows which PCCs funded which types, how much money that implies under a stated
# method, and how that compares with the College of Policing's own split of the fund.
# The versions come first (they differ from machine to machine, so the tests do not
# compare that cell's output).

# %% tags=["nbval-ignore-output"]
import matplotlib.pyplot as plt
from IPython.display import Markdown

from funding import analysis
from funding.viz import figures
from funding.publish.notebooks import money_table, setup, versions
from funding.pipeline import load_tables
from funding.reference.rounds import featured_round

setup()
versions()

# %% [markdown]
# The tables, by name, for the 2021-22 round.

# %%
ROUND = featured_round()
# the tables `make tables` built, read by name: those this notebook shows
tables = load_tables(names=["awards", "initiatives", "programme_tags"])
awards = tables["awards"][tables["awards"]["round"] == ROUND]
initiatives = tables["initiatives"][tables["initiatives"]["round"] == ROUND]
tags = tables["programme_tags"][tables["programme_tags"]["round"] == ROUND]

# %% [markdown]
# ## Which PCC funded which type
#
# Each cell counts a PCC's initiatives tagged with a type. An initiative can carry
# several types; one that no rule tags is counted as not tagged.

# %%
fig = figures.draw("programme_type_heatmap", tables)
plt.show()

# %% [markdown]
# ## Money by type: the method
#
# The award list gives one amount per PCC and does not say how it is divided between
# the initiatives. Any split by type is therefore an attribution, and this one is:
#
# * **equal split**: each award is divided equally between its initiatives, and each
#   initiative's share equally between its types; an initiative with no type keeps its
#   share as not tagged. The shares are exact, rounded to whole pence at the end so
#   that they add up to the round's total.
# * **upper bound**: the whole of every award that has the type in any of its
#   initiatives. These overlap, so they do not add up to the total.

# %%
by_type = analysis.money_by_type(awards, initiatives)
money_table(by_type, shares=("attributed_share",))

# %% [markdown]
# As a chart, the equal split filled and the upper bound in outline:

# %%
fig = figures.draw("money_by_type", tables)
plt.show()

# %% [markdown]
# ## Against the College of Policing's split
#
# The College of Policing published its own split of the fund into three categories,
# in its summary [Police receive funding to tackle domestic abuse](https://www.college.police.uk/article/police-receive-funding-tackle-domestic-abuse).
# That page was **not consulted live** for this project: the approximate figures are
# those cited in the project's brief (recorded in `fund.toml`), and a copy of the page
# was seen under the host `production.copweb.aws.college.police.uk`. Each programme type is mapped to one of them
# (the `categories` table in `fund.toml`) and the equal split summed by category.

# %%
comparison = analysis.reference_comparison(awards, initiatives, ROUND)
money_table(comparison)

# %% [markdown]
# The two side by side, with the upper bound:

# %%
fig = figures.draw("reference_split", tables)
plt.show()

# %% [markdown]
# What the difference is, and why, computed from the comparison table:

# %%
Markdown(analysis.reference_comparison_sentences(comparison))

# %% [markdown]
# The general category collects most of the types, so initiatives that mix a
# specialist type with general work move money towards it under an equal split;
# the College, which knew the bids, could assign whole initiatives to their main
# purpose. Both figures are estimates of something the award list does not state.
#
# ## The tag audit trail
#
# Why each initiative carries each tag: the rule that fired and the words it matched
# (clipped to eight words), or the hand correction and its reason. Tags removed by
# hand are listed with origin `override-remove` and are not counted above.

# %%
money_table(analysis.tag_audit(tags))
