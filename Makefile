# Two entry points for a fresh machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
PIP     = $(BIN)/python -m pip --disable-pip-version-check --quiet

.PHONY: demo test gate bench clean-out

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(PIP) install -e '.[dev]'
	touch $@

## Run the whole pipeline on the bundled demo corpus; dossiers land in out/dossiers/.
demo: $(VENV)/.installed
	rm -rf out/demo.db* out/dossiers
	$(BIN)/recoupe run demo/pages --db out/demo.db --out out/dossiers --workers 2
	@echo "Dossiers written to out/dossiers/ (start with out/dossiers/index.md; each story has .md, .html and .json)"

## Install the test dependencies and run the tests (the eval gate is part of them when ../shared is present).
test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q -p no:cacheprovider

## Only the evaluation gate: every suite against its pinned floors.
gate: $(VENV)/.installed-dev
	$(BIN)/recoupe eval gate

## Speed and memory benchmarks (report, never assert).
bench: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/bench_pipeline.py
	$(BIN)/python benchmarks/bench_clean.py
	$(BIN)/python benchmarks/bench_annotate.py
	$(BIN)/python benchmarks/bench_dossier.py
