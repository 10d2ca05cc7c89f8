# Two commands set up everything on a fresh machine with Python 3.11:
#   make run    venv, install, migrate, demo content, serve on http://$(HOST):$(PORT)
#   make test   venv, install dev tools and browser, run the test suite on SQLite, then on PostgreSQL
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
HOST ?= 127.0.0.1
PORT ?= 8000
MANAGE := $(PY) manage.py

.PHONY: run test test-sqlite test-postgres install install-dev setup demo serve lint format check system-deps messages clean bench fuzz

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

messages: install
	$(MANAGE) compile_translations

setup: install messages
	$(MANAGE) migrate --noinput
	@# A site built by an earlier release: products and producers into their commune's folder (old URLs redirect).
	$(MANAGE) file_in_communes
	@# The shared cache table production uses without CACHE_URL (does nothing for other caches).
	$(MANAGE) createcachetable
	$(MANAGE) load_demo
	@# Rows written by data migrations never reach Wagtail's search index by themselves.
	$(MANAGE) update_index --verbosity 0
	$(MANAGE) collectstatic --noinput --verbosity 0
	$(MANAGE) ensure_admin

run: setup
	@echo "Serving on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

demo: install
	$(MANAGE) load_demo

# Debian packages the tests use: Chromium and its driver (browser test), redis-server
# (shared-cache tests start their own), LibreOffice Calc (CSV written by a real spreadsheet),
# PostgreSQL (the second run of the suite; its server is off the PATH, hence the glob; it
# ships pg_trgm). Installed in one apt-get run when root; see .ci/debian-deps.
DEBIAN_DEPS := chromium=chromium chromedriver=chromium-driver redis-server=redis-server \
	soffice=libreoffice-calc-nogui '/usr/lib/postgresql/*/bin/initdb=postgresql'

system-deps:
	@bash .ci/debian-deps $(DEBIAN_DEPS)

test: test-sqlite test-postgres

test-sqlite: install-dev messages system-deps
	DJANGO_SETTINGS_MODULE=ocop_site.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=ocop_site.settings.test $(MANAGE) makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(VENV)/bin/pytest $(PYTEST_ARGS)

# The whole suite again on a throw-away PostgreSQL cluster with a throw-away Redis as the
# cache (.ci/services starts both and stops them whatever happens). Without them it skips,
# except under CI=true, where .ci/services fails.
test-postgres: install-dev messages system-deps
	@if [ "$$CI" = true ] || bash .ci/services check; then \
		bash .ci/services run $(VENV)/bin/pytest $(PYTEST_ARGS); \
	else \
		echo "PostgreSQL or redis-server missing: PostgreSQL run skipped (make system-deps installs them)"; \
	fi

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Catalog search timings on SQLite, then on a throw-away PostgreSQL (.ci/services).
bench: install-dev system-deps
	$(PY) bench/catalog_search.py
	bash .ci/services run sh -c '$(PY) bench/catalog_search.py --database-url "$$DATABASE_URL"'


# 20 000 hostile requests against runserver on a free loopback port; prints the status counts
# and fails on any 5xx. FUZZ_ARGS="--cases 500 --seed 7" for a shorter or different run.
fuzz: setup
	$(PY) bench/fuzz.py $(FUZZ_ARGS)

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
