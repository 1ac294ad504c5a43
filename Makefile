# funding: two commands matter.
#   make report   build tables, figures, executed notebooks and the static site under reports/
#   make test     run every test, re-executing every notebook with nbval
# Both create the project's own virtual environment (.venv) from pyproject.toml first.
#
# The Makefile is the pipeline's graph: targets are the files each step writes,
# so after a change `make report` rebuilds only what depends on it.
#   sources + code  -> data/processed/*.csv, datapackage.json, 360giving/   (make tables)
#   tables          -> notebooks/*.ipynb executed in place                 (make notebooks)
#   tables + notebooks -> reports/index.html, figures, data                 (make report)

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
FUNDING := $(VENV)/bin/funding
STAMP := $(VENV)/.installed-stamp
export PYTHONHASHSEED := 0
export MPLBACKEND := Agg
export SOURCE_DATE_EPOCH := 0

PROCESSED := data/processed
NOTEBOOKS := $(sort $(wildcard notebooks/*.ipynb))
PACKAGE := $(shell find src/funding -type f \( -name '*.py' -o -name '*.csv' -o -name '*.toml' -o -name '*.json' -o -name '*.hexjson' -o -name '*.mplstyle' \) 2>/dev/null | sort)
# The mirror's files, where it is, and a researcher's own (a change there rebuilds the tables).
# With no mirror, `funding tables` rebuilds nothing from missing sources: it checks the committed
# tables against their sha256 (datapackage.json), says so in one line, and uses them.
MIRROR := $(wildcard ../shared/sources/* ../shared/data/* $(FUNDING_SOURCES_DIR)/* $(FUNDING_DATA_DIR)/* data/raw/* data/user_sources.csv)
TABLE_NAMES := awards award_years initiatives programme_tags reconciliation award_list_lines local_awards \
	programme_components outcomes organisations people source_conflicts local_diagnostics funding_timeline \
	coverage regional_coverage area_context
TABLE_FILES := $(TABLE_NAMES:%=$(PROCESSED)/%.csv)
OPEN_DATA := $(PROCESSED)/pfa_register.csv $(PROCESSED)/datapackage.json \
	$(PROCESSED)/360giving/grants.json $(PROCESSED)/360giving/grants.csv $(PROCESSED)/360giving/classifications.csv \
	$(PROCESSED)/360giving/grants.xlsx $(PROCESSED)/sources.csv $(PROCESSED)/regions.csv $(PROCESSED)/programme_types.csv \
	$(PROCESSED)/funding_tables.xlsx
REPORT := reports/index.html

.PHONY: all env test report tables figures notebooks lab bench history readme-numbers fetch export reproduce clean

all: report

# Set-up: uv (installed into the venv from the package index) installs the same pinned
# versions as pip, several times faster; when uv cannot be had, pip does it (README, "Run it").
UV_VERSION := 0.13.8
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	@if $(PY) -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION) 2>/dev/null; then \
		echo "make env: installing with uv $(UV_VERSION)"; \
		$(VENV)/bin/uv pip install --quiet --python $(PY) -e '.[test]'; \
	else \
		echo "make env: uv not available; installing with pip"; \
		$(PY) -m pip install --quiet --upgrade pip && $(PY) -m pip install --quiet -e '.[test]'; \
	fi
	touch $(STAMP)

env: $(STAMP)

# One run writes every table, then the open data built from them (a grouped target).
$(TABLE_FILES) $(OPEN_DATA) &: $(STAMP) $(PACKAGE) $(MIRROR)
	$(FUNDING) tables --out $(PROCESSED)
	$(FUNDING) export-360giving --out $(PROCESSED)/360giving --tables $(PROCESSED)
	$(FUNDING) datapackage --out $(PROCESSED)
	$(FUNDING) workbook --tables $(PROCESSED)

tables: $(TABLE_FILES) $(OPEN_DATA)

export: $(OPEN_DATA)

figures: $(TABLE_FILES)
	$(FUNDING) figures --out reports/figures --tables $(PROCESSED)

# Re-execute the notebooks in place (after a change to the tables or the code they call).
notebooks: $(TABLE_FILES)
	$(FUNDING) notebooks execute $(NOTEBOOKS)

$(REPORT): $(TABLE_FILES) $(OPEN_DATA) $(NOTEBOOKS) $(PACKAGE)
	$(FUNDING) report --out reports --tables $(PROCESSED)

report: $(REPORT)

# Everything from the sources, whatever is already built.
reproduce: $(STAMP)
	$(FUNDING) tables --out $(PROCESSED)
	$(FUNDING) export-360giving --out $(PROCESSED)/360giving --tables $(PROCESSED)
	$(FUNDING) datapackage --out $(PROCESSED)
	$(FUNDING) workbook --tables $(PROCESSED)
	$(FUNDING) notebooks execute $(NOTEBOOKS)
	$(FUNDING) report --out reports --tables $(PROCESSED)

# axe-core for the report's accessibility test, from package-lock.json (npm's registry only).
AXE := node_modules/axe-core/axe.min.js
# Without npm the accessibility test is skipped, saying so (CI installs Node: .ci/run).
$(AXE): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund --loglevel=error && touch $(AXE); \
	else \
		echo "make test: no npm: the report's accessibility test (axe-core) will be skipped; install Node.js and npm to run it"; \
	fi

# Both cores (pytest-xdist): each notebook runs whole on one worker; the figures and the report
# site are made once per run, shared by both workers (tests/conftest.py); TEST_WORKERS=0 runs in one process.
TEST_WORKERS ?= 2
# Python keeps its bytecode caches for the run (gitignored __pycache__) even where the shell sets
# PYTHONDONTWRITEBYTECODE: otherwise each worker rewrites and compiles every test module again
# (3 s of CPU per worker), and every kernel and command the tests start recompiles funding.
test: export PYTHONDONTWRITEBYTECODE :=
test: $(STAMP) $(AXE)
	$(PY) -m pytest tests $(NOTEBOOKS) --nbval --nbval-current-env \
		--nbval-sanitize-with notebooks/nbval-sanitize.cfg --mpl \
		--mpl-baseline-path=tests/baseline -p no:cacheprovider \
		-n $(TEST_WORKERS) --dist loadgroup

lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks

bench: $(STAMP)
	$(PY) benchmarks/run.py --out benchmarks/results/latest.json

# the release reader's first-sight score on each batch of corpus releases, from git history (a few minutes)
history: $(STAMP)
	$(PY) benchmarks/score_history.py --out benchmarks/history.json

# the README's paragraph on the release reader's scores, rebuilt from the scorers and the history
readme-numbers: $(STAMP)
	$(PY) benchmarks/readme_reader.py --write

fetch: $(STAMP)
	$(FUNDING) fetch

clean:
	rm -rf reports build test-output .pytest_cache node_modules
