# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test eval clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Ingest the bundled sample articles into the default SQLite database and show what was found.
demo: install
	$(BIN)/veille ingest veille/samples
	$(BIN)/veille list

test: install
	$(BIN)/python -m pytest -q

# Score the shared dev set and check the pinned floors.
eval: install
	$(BIN)/python scripts/eval_gate.py

clean:
	rm -rf $(VENV) .pytest_cache
