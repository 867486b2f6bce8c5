# Two commands do all the set-up: `make report` (the analysis) and `make test` (every test).
# Both create .venv with the project's pinned packages when it is missing, broken, made with
# another Python or out of date (scripts/venv.sh). Any Python 3.11-3.13: `make test PYTHON=python3.12`.

export PYTHONHASHSEED := 0

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PACK := data/packs/jingwang2021-stage
BULLETIN := $(PACK)/raw/cleaning-the-internet-2021-stage-results.en.txt
# Parallel test workers: the machine's cores, at most 4.
JOBS ?= $(shell n=$$(nproc 2>/dev/null || echo 2); [ $$n -gt 4 ] && n=4; echo $$n)

.PHONY: test report lab claims env clean browser-check

env:
	@sh scripts/venv.sh "$(PYTHON)" "$(VENV)" notebooks,test

## every test: unit tests, doctests, and strict nbval over the notebooks
test: env
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest -n $(JOBS) -rs tests
	$(BIN)/python -m pytest -n $(JOBS) -rs --doctest-modules src/bulletin --ignore=src/bulletin/__main__.py
	@if ls notebooks/*.ipynb >/dev/null 2>&1; then \
		$(BIN)/python -m pytest -n $(JOBS) --dist loadfile -rs --nbval --nbval-current-env notebooks; \
	fi

claims: env
	$(BIN)/python -m bulletin claims $(BULLETIN) --pack $(PACK) --output $(PACK)/processed/claims.csv

## the analysis: rebuild the claims table, re-run every notebook in place, write the HTML report
report: claims
	$(BIN)/python -m bulletin.report

## the report as a reader sees it: every page in headless Chromium (screenshots in reports/screenshots/)
browser-check:
	@test -f reports/html/index.html || { echo "error: reports/html/index.html is missing; run make report"; exit 2; }
	$(BIN)/python scripts/browser_check.py reports/html --screenshots reports/screenshots

## JupyterLab on notebooks/, in the project's own environment (as root too: containers, Codespaces)
lab:
	@sh scripts/venv.sh "$(PYTHON)" "$(VENV)" notebooks,test,lab
	$(BIN)/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) notebooks/

clean:
	rm -rf $(VENV)
