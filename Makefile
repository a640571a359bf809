# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test eval clean
.PHONY: web-assets system-deps postgres postgres-stop

install: $(STAMP)
install: web-assets

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Ingest the bundled sample articles into the default SQLite database and show what was found.
demo: install
	$(BIN)/veille ingest veille/samples
	$(BIN)/veille list

# The store, API, web and CLI tests run on SQLite and on a private PostgreSQL cluster (see `postgres`).
test: install
test: system-deps
	$(BIN)/ruff check veille tests benchmarks scripts
	$(BIN)/mypy veille
	VEILLE_TEST_PG="$$(scripts/pg_cluster.sh start)" VEILLE_REQUIRE_PG=1 $(BIN)/python -m pytest -q

# Score the shared dev set and check the pinned floors.
eval: install
	$(BIN)/python scripts/eval_gate.py

clean:
	rm -rf $(VENV) .pytest_cache

# The web pages' third-party assets from npm (Leaflet, Natural Earth outlines from world-atlas, Swagger UI),
# fetched once into veille/web/assets/node_modules (git-ignored) and served as static files; no node at run time.
WEB_ASSETS := veille/web/assets
WEB_STAMP := $(WEB_ASSETS)/node_modules/.installed

web-assets: $(WEB_STAMP)

$(WEB_STAMP): $(WEB_ASSETS)/package.json $(WEB_ASSETS)/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		cd $(WEB_ASSETS) && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error && touch node_modules/.installed; \
	else \
		echo "npm not found: the map page will have no country outlines (install nodejs/npm, then run make web-assets)"; \
	fi

# Debian's chromium for the browser tests (tests/web), installed when missing and we are root.
system-deps:
	@if ! command -v chromium >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
		else \
			echo "chromium not found and not root: the browser tests will be skipped (sudo make system-deps)"; \
		fi; \
	fi

# A private PostgreSQL cluster on loopback (data in build/pg, a free port, database veille_test), installed
# from Debian when missing (as root); idempotent: a running cluster is kept. Prints its URL.
postgres:
	@scripts/pg_cluster.sh start

postgres-stop:
	@scripts/pg_cluster.sh stop
