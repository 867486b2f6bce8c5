# Two commands do all the set-up: `make report` (the analysis) and `make test` (every test).
# Both create .venv with the project's pinned packages when it is missing or out of date.

export PYTHONHASHSEED := 0

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
BULLETIN := data/raw/cleaning-the-internet-2021-stage-results.en.txt

.PHONY: test report lab claims env clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

env: $(STAMP)

## every test: unit tests, doctests, and strict nbval over the notebooks
test: $(STAMP)
	$(BIN)/python -m pytest tests
	$(BIN)/python -m pytest --doctest-modules src/bulletin --ignore=src/bulletin/__main__.py
	@if ls notebooks/*.ipynb >/dev/null 2>&1; then \
		$(BIN)/python -m pytest --nbval --nbval-current-env notebooks; \
	fi

claims: $(STAMP)
	$(BIN)/python -m bulletin claims $(BULLETIN) --output data/processed/claims.csv

## the analysis: rebuild the claims table, re-run every notebook in place, write the HTML report
report: claims
	$(BIN)/python -m bulletin.report

## JupyterLab on notebooks/, in the project's own environment
lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf $(VENV)
