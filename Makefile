# funding: two commands matter.
#   make report   build tables, figures, executed notebooks and the static site under reports/
#   make test     run every test, re-executing every notebook with nbval
# Both create the project's own virtual environment (.venv) from pyproject.toml first.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
FUNDING := $(VENV)/bin/funding
STAMP := $(VENV)/.installed-stamp
export PYTHONHASHSEED := 0
export MPLBACKEND := Agg
export SOURCE_DATE_EPOCH := 0

NOTEBOOKS := $(sort $(wildcard notebooks/*.ipynb))

.PHONY: all env test report tables figures notebooks lab bench fetch export clean

all: report

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

env: $(STAMP)

tables: $(STAMP)
	$(FUNDING) tables --out data/processed
	$(FUNDING) export-360giving --out data/processed/360giving
	$(FUNDING) datapackage --out data/processed

figures: $(STAMP)
	$(FUNDING) figures --out reports/figures

export: $(STAMP)
	$(FUNDING) export-360giving --out data/processed/360giving

notebooks: $(STAMP)
	$(PY) -m funding.notebooks execute $(NOTEBOOKS)

report: $(STAMP)
	$(FUNDING) report --out reports

test: $(STAMP)
	$(PY) -m pytest tests $(NOTEBOOKS) --nbval --nbval-current-env \
		--nbval-sanitize-with notebooks/nbval-sanitize.cfg --mpl \
		--mpl-baseline-path=tests/baseline -p no:cacheprovider

lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks

bench: $(STAMP)
	$(PY) benchmarks/run.py --out benchmarks/results/latest.json

fetch: $(STAMP)
	$(FUNDING) fetch

clean:
	rm -rf reports build test-output .pytest_cache
