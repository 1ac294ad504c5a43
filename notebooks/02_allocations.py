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
# # 02 · Who got what: the allocations
#
# How the 2021-22 money was shared between police force areas: the awards ranked,
# how their sizes are spread, what they come to per resident, how they relate to the
# number of bids, and how concentrated the money is. The versions come first
# (they differ from machine to machine, so the tests do not compare that cell's output).

# %% tags=["nbval-ignore-output"]
import matplotlib.pyplot as plt
from IPython.display import Markdown

from funding import analysis
from funding.viz import figures
from funding.core.money import format_pounds, format_pounds_short
from funding.publish.notebooks import money_table, setup, versions
from funding.pipeline import load_tables
from funding.reference.rounds import featured_round

setup()
versions()

# %% [markdown]
# The tables are read by name from `data/processed/`, where `make tables` wrote them
# (from the published texts when they are at hand, else the committed copies); this
# notebook looks at the 2021-22 round only. Each chart is drawn by name from the
# package's registry of figures, the same chart the report publishes, with a CSV of the
# numbers it draws.

# %%
ROUND = featured_round()
# the tables `make tables` built, read by name: those this notebook shows
tables = load_tables(names=["awards", "coverage"])
awards = tables["awards"][tables["awards"]["round"] == ROUND]
ranked = analysis.ranked_awards(awards)
money_table(ranked, shares=("share", "cumulative_share"))

# %% [markdown]
# ## The awards ranked
#
# Awards made on more than one bid are in orange.

# %%
fig = figures.draw("awards_ranked", tables)
plt.show()

# %% [markdown]
# ## How the sizes are spread
#
# Awards counted by size band, with the money in each band.

# %%
distribution = analysis.amount_distribution(awards)
money_table(distribution)

# %% [markdown]
# The same as a chart:

# %%
fig = figures.draw("award_distribution", tables)
plt.show()

# %% [markdown]
# In a sentence, computed from the tables:

# %%
summary = analysis.round_summary(awards, ROUND)
largest_band = distribution.sort_values("awards", ascending=False, kind="mergesort").iloc[0]
Markdown(
    f"The median award is **{format_pounds(summary.median_pence)}**. The most common band is "
    f"{largest_band['band']}, with {largest_band['awards']} of the {summary.awards} awards; "
    f"the smallest award is {format_pounds(summary.smallest_pence)} and the largest "
    f"{format_pounds(summary.largest_pence)}, {summary.largest_pence / summary.smallest_pence:.1f} times as much."
)

# %% [markdown]
# ## Per resident
#
# An award for London serves far more people than one for Cumbria. Dividing each
# award by the population of its police force area ([ONS mid-year estimate](https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates/datasets/populationestimatesforukenglandandwalesscotlandandnorthernireland) for the
# year the round starts, from the coverage table) changes the order.

# %%
per_resident = analysis.amount_per_resident(tables["coverage"], ROUND)
money_table(per_resident, drop=("round", "pfa_code", "amount_per_100k_pence"))

# %% [markdown]
# As a chart:

# %%
fig = figures.draw("amount_per_resident", tables)
plt.show()

# %% [markdown]
# What changes between the two rankings, computed:

# %%
top_pr, bottom_pr = per_resident.iloc[0], per_resident.iloc[-1]
rank_of = dict(zip(ranked["pfa_name"], ranked["rank"]))
Markdown(
    f"Per resident, **{top_pr['pfa_name']}** comes first with {top_pr['pence_per_resident']:.0f}p a head "
    f"(it is number {rank_of[top_pr['pfa_name']]} by amount), and **{bottom_pr['pfa_name']}** last with "
    f"{bottom_pr['pence_per_resident']:.0f}p (number {rank_of[bottom_pr['pfa_name']]} by amount). "
    f"The largest award, {ranked['pfa_name'].iloc[0]}'s, comes to "
    f"{per_resident.set_index('pfa_name').loc[ranked['pfa_name'].iloc[0], 'pence_per_resident']:.0f}p a head."
)

# %% [markdown]
# ## Bids and amounts
#
# The number in brackets after each area in the award list is its number of bids.
# Awards grouped by that number:

# %%
money_table(analysis.bids_vs_amount(awards))

# %% [markdown]
# Each award as a dot, by its number of bids:

# %%
fig = figures.draw("bids_vs_amount", tables)
plt.show()

# %% [markdown]
# ## How concentrated the money is
#
# Two questions, two sets of figures, both computed exactly from the amounts in pence:
#
# * **among the awards made**: how unevenly the money was divided between the areas
#   that got some (the 25 awards of the round);
# * **among all police force areas**: the same, counting every one of the 43 areas of
#   England and Wales, those the round did not fund counted as zero (from the coverage table).
#
# For each, the share of the five largest and the Gini coefficient (0 when every
# amount is the same, approaching 1 when one takes everything).

# %%
conc = analysis.concentration(awards, top_n=5)
area_conc = analysis.area_concentration(tables["coverage"], ROUND, top_n=5)
Markdown(analysis.concentration_sentences(conc, area_conc))

# %% [markdown]
# One of the unfunded areas could not have bid. Leaving out the areas with no Police
# and Crime Commissioner or equivalent (register column `budget_holder_type`):

# %%
bidders = analysis.area_concentration(tables["coverage"], ROUND, top_n=5, with_budget_holder_only=True)
Markdown(
    analysis.areas_without_budget_holder_caveat(tables["coverage"], ROUND)
    + f" Over the {bidders.areas} areas that could bid, {bidders.areas - bidders.funded_areas} of them unfunded, "
    f"the Gini coefficient is **{float(bidders.gini):.3f}**."
)

# %% [markdown]
# The Lorenz curve shows the same: the awards from smallest to largest against their
# cumulative share of the money.

# %%
fig = figures.draw("lorenz_curve", tables)
plt.show()
