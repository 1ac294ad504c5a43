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
# # 06 · Funding beside need
#
# Did the areas with the most stalking get the stalking money? This notebook sets the
# 2021-22 awards beside the only measures of need by police force area that could be
# obtained offline: police recorded stalking offences (Home Office, compiled by the BBC
# Shared Data Unit) and the ONS Crime Severity Score. Its one point: **on these figures
# the money does not clearly follow recorded stalking or violent crime, and the figures
# cannot say much more than that.** Recorded crime measures what police record as well
# as what happens, none of it is specific to domestic abuse, and an association (or its
# absence) is not a cause. The versions come first (they differ from machine to machine,
# so the tests do not compare that cell's output).

# %% tags=["nbval-ignore-output"]
import matplotlib.pyplot as plt
from IPython.display import Markdown

from funding.analysis import need as analysis_need
from funding.viz import figures
from funding.publish.notebooks import money_table, setup, versions
from funding.pipeline import load_shapes, load_tables
from funding.reference.rounds import featured_round

setup()
versions()

# %% [markdown]
# The tables are read by name. `area_context` has one row per police force area, period
# and measure: recorded stalking offences, the same per hundred thousand residents (with
# the population year stated), and the Crime Severity Score by offence group. What it
# holds, counted (areas with a figure, of all areas):

# %%
ROUND = featured_round()
# the tables `make tables` built, read by name: those this notebook shows
tables = load_tables(names=["coverage", "awards", "initiatives", "area_context"])
area_context = tables["area_context"]
analysis_need.context_contents(area_context)

# %% [markdown]
# ## What is missing, and the part year
#
# Every area has a row for every period; where a source gives no figure the row says
# so and why, rather than disappearing. The last stalking column is a part year.

# %%
Markdown(analysis_need.no_figure_sentence(area_context) + "\n\n" + analysis_need.part_year_sentence(area_context))

# %% [markdown]
# ## One row per area
#
# Each area's 2021-22 award beside its context: the money attributed to stalking work
# (each award split equally between its initiatives, as in notebook 03), both per
# hundred thousand residents, recorded stalking in the last full comparable year, its
# growth since the first year in the file, and the violence severity score. The areas
# whose award includes stalking work:

# %%
need = analysis_need.need_by_area(tables["coverage"], tables["awards"], tables["initiatives"], area_context, ROUND)
money_table(
    need[need["stalking_work"]],
    drop=("could_bid", "funded", "stalking_work", "population_year", "amount_pence", "amount_per_100k_pence", "severity"),
)

# %% [markdown]
# ## Stalking money and recorded stalking
#
# Each area as a dot: recorded stalking per hundred thousand residents across, the
# stalking money per hundred thousand up. Areas with no stalking work sit on the zero
# line.

# %%
correlations = analysis_need.need_correlations(need)
fig = figures.draw("need_stalking_rate", tables)
plt.show()

# %% [markdown]
# Beside each other on the map, each panel in its own quartile classes (so compare the
# patterns, not the colours), with the growth in recorded stalking as a third panel:

# %%
shapes = {"boundaries": load_shapes("boundaries")}
fig = figures.draw("map_need_stalking", tables, shapes)
plt.show()

# %% [markdown]
# In sentences, computed from the tables, with the rank correlation and its bootstrap
# interval (seeded, so the same tables give the same interval):

# %%
Markdown(
    analysis_need.stalking_groups_sentence(need)
    + "\n\n"
    + analysis_need.correlation_sentence(need, "stalking_rate", correlations["stalking_rate"])
)

# %% [markdown]
# ## Stalking money and the rise in recorded stalking
#
# How much recorded stalking grew between the first year in the file and the last full
# year. Much of any growth is how stalking came to be recorded, so it is a weak guide to
# where stalking grew. The growth across (on a log scale), the money up:

# %%
fig = figures.draw("need_stalking_growth", tables)
plt.show()

# %% [markdown]
# In a sentence:

# %%
Markdown(analysis_need.correlation_sentence(need, "stalking_growth", correlations["stalking_growth"]))

# %% [markdown]
# ## All the money and violent crime
#
# The whole award per resident (nothing where unfunded) against the ONS Crime Severity
# Score for violence against the person in 2020-21, the year before the round. The score
# weights all police recorded violence by seriousness: a measure of pressure on police,
# not of domestic abuse.

# %%
fig = figures.draw("need_severity", tables)
plt.show()

# %% [markdown]
# The award map beside the severity map:

# %%
fig = figures.draw("map_need_severity", tables, shapes)
plt.show()

# %% [markdown]
# In a sentence:

# %%
Markdown(analysis_need.correlation_sentence(need, "severity", correlations["severity"]))

# %% [markdown]
# ## What these figures cannot say, and what to fetch
#
# None of the figures here measures domestic abuse, and no figure of domestic abuse by
# police force area could be obtained offline. Recorded stalking includes stalking by
# strangers and acquaintances, and it counts what forces record, which changed over these
# years and again with the April 2020 counting rules. The bootstrap intervals are wide:
# with a few dozen areas, and only a handful with stalking money, a modest association
# in either direction would go unseen. And a bid, not need, decided where the money went:
# areas that did not bid for stalking work could not receive it.
#
# A researcher online should fetch, for the same police force areas and years:
#
# * the **ONS domestic abuse data tool** ("Domestic abuse in England and Wales: data
#   tool"), with domestic abuse-related crimes recorded by the police and the rate per
#   thousand residents by police force area;
# * the ONS **police force area data tables** of "Crime in England and Wales", with
#   stalking and harassment recorded by the police, by force, on the current counting
#   rules, for full years after April 2020;
# * the Home Office police recorded crime open data by force, to rebuild the stalking
#   series directly rather than from a compilation.
#
# Each joins to these tables on the ONS police force area code.
