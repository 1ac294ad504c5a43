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
# # 04 · Where the money went: coverage of England and Wales
#
# The 2021-22 awards mapped over the 43 police force areas of England and Wales:
# the amounts, the same on a hex cartogram where every area has the same size, the
# money per resident, the areas with no award, and the English regions and Wales
# side by side. London is drawn again, larger, as an inset. The boundaries are the
# [ONS Police Force Areas (December 2020)](https://geoportal.statistics.gov.uk/datasets/police-force-areas-december-2020-ew-buc), the populations the
# [ONS mid-year estimates](https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates/datasets/populationestimatesforukenglandandwalesscotlandandnorthernireland). The versions come first (they differ from machine to machine, so the tests do not compare that cell's output).

# %% tags=["nbval-ignore-output"]
import matplotlib.pyplot as plt
from IPython.display import Markdown

from funding import analysis
from funding.viz import figures
from funding.publish.notebooks import mapped_types_sentence, money_table, setup, versions
from funding.pipeline import load_shapes, load_tables
from funding.reference.rounds import featured_round

setup()
versions()

# %% [markdown]
# The coverage table has one row per police force area and round, funded or not,
# so that areas with no award are counted rather than dropped.

# %%
ROUND = featured_round()
# the tables `make tables` built, read by name: those this notebook shows
tables = load_tables(names=["coverage", "regional_coverage"])
coverage = tables["coverage"]
regional = tables["regional_coverage"]
shapes = {"boundaries": load_shapes("boundaries"), "hex": load_shapes("hex")}
missing = analysis.areas_without_award(coverage, ROUND)
Markdown(analysis.coverage_sentence(coverage, ROUND))

# %% [markdown]
# ## The amounts, on the map
#
# Areas with no award are hatched grey; London has its own inset.

# %%
fig = figures.draw("map_award_amount", tables, shapes)
plt.show()

# %% [markdown]
# ## The same on a hex cartogram
#
# On a map the large rural areas dominate the eye. The cartogram gives every police
# force area one hexagon of the same size.

# %%
fig = figures.draw("map_award_amount_hex", tables, shapes)
plt.show()

# %% [markdown]
# ## Per resident
#
# The award divided by the population of the area (ONS mid-year estimate for the
# year the round starts), per hundred thousand residents.

# %%
fig = figures.draw("map_award_per_100k", tables, shapes)
plt.show()

# %% [markdown]
# ## The areas with no award
#
# Every police force area the round did not fund, by region:

# %%
money_table(missing)

# %% [markdown]
# ## What the funded areas paid for
#
# Small maps for the programme types the project brief asks about, not for every type this
# project tags: the others, and how many awards fund each, are in notebook 03. The types
# mapped, of all the types tagged:

# %%
Markdown(mapped_types_sentence())

# %% [markdown]
# Dark blue where the area's award funds that type of work (as this project's rules tag
# it, notebook 03), pale blue where the area has an award for other work, hatched grey
# where it has none.

# %%
fig = figures.draw("map_programme_types", tables, shapes)
plt.show()

# %% [markdown]
# ## By region
#
# The English regions and Wales: how many of their areas were funded, the money, and
# the money per resident.

# %%
money_table(regional[regional["round"] == ROUND], shares=("share_funded",), drop=("round", "region_code"))

# %% [markdown]
# One caveat for London, computed from the register and the coverage table: an area
# with no budget holder could not bid at all, yet it counts as an area without an award.

# %%
Markdown(analysis.areas_without_budget_holder_caveat(coverage, ROUND))

# %% [markdown]
# As a chart, with England and Wales as a whole for comparison:

# %%
fig = figures.draw("chart_regional_coverage", tables)
plt.show()
