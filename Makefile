# Two commands set up everything on a fresh machine with Python 3.11:
#   make run    venv, install, migrate, demo content, serve on http://$(HOST):$(PORT)
#   make test   venv, install dev tools and browser, run the test suite on SQLite, again on throw-away
#               PostgreSQL + Redis, then the production smoke run and two app servers
#   make test-sqlite / make test-postgres   one of the two suite runs
#   make serve-production   the same demo under production settings and gunicorn (a local trial)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
HOST ?= 127.0.0.1
PORT ?= 8000
MANAGE := $(PY) manage.py
# Where `ensure_admin` keeps the first admin's password (the smoke run points it at its scratch folder).
ADMIN_CREDENTIALS ?= .admin-credentials
# The address the site calls itself in canonical links, hreflang, sitemaps, QR codes and exports:
# where `make run` serves unless said otherwise (e.g. HOST=0.0.0.0 OCOP_PUBLIC_URL=http://192.168.1.5:8000).
run setup serve-production: export OCOP_PUBLIC_URL ?= http://$(HOST):$(PORT)

.PHONY: run test test-sqlite test-postgres install install-dev setup demo serve lint format check system-deps messages clean bench bench-pages fuzz serve-production production-smoke two-app-servers

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
	@# An unreachable ELASTICSEARCH_URL only warns: the site still starts and searches the database.
	$(MANAGE) build_search_indexes --verbosity 0
	$(MANAGE) collectstatic --noinput --verbosity 0
	$(MANAGE) ensure_admin --credentials-file $(ADMIN_CREDENTIALS)

run: setup
	@echo "Serving on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

# Production settings, static files collected with the manifest, gunicorn; plain HTTP on this
# machine, so a local trial only (README "Production"; the real shape is in deploy/).
serve-production: setup
	VENV=$(VENV) bash deploy/serve-production $(HOST) $(PORT)

# What CI runs after the tests: serve-production on a free port and a throw-away database,
# every main page fetched in both languages, failing on any answer other than 2xx/3xx.
production-smoke: install
	$(PY) .ci/production-smoke

# Two gunicorn app servers on one throw-away PostgreSQL and Redis (.ci/services): a product
# unpublished and published again through A's admin is at once gone and back on B (page, catalog,
# facet count, statistics, site search) although B serves from its page cache; the inquiry rate
# limit counts across both.
two-app-servers: install system-deps
	bash .ci/services run $(PY) .ci/two-app-servers

demo: install
	$(MANAGE) load_demo

# Debian packages the tests use: Chromium and its driver (browser test), redis-server
# (shared-cache tests start their own), LibreOffice Calc (CSV written by a real spreadsheet),
# poppler-utils and zbar-tools (printed QR stamps rasterised and decoded), PostgreSQL
# (`make test-postgres` and the bench; its server is off the PATH, hence the glob; it ships pg_trgm).
# Installed in one apt-get run when root; see .ci/debian-deps.
DEBIAN_DEPS := chromium=chromium chromedriver=chromium-driver redis-server=redis-server soffice=libreoffice-calc-nogui \
	pdftoppm=poppler-utils zbarimg=zbar-tools '/usr/lib/postgresql/*/bin/initdb=postgresql'

system-deps:
	@bash .ci/debian-deps $(DEBIAN_DEPS)

# pytest-xdist: one worker per core (two here), each test module or class whole on one worker so
# a class that builds the demo once builds it once. PYTEST_WORKERS=0 runs in this process.
PYTEST_WORKERS ?= auto
PYTEST := $(VENV)/bin/pytest -n $(PYTEST_WORKERS) --dist loadscope

# What CI (`.ci/run`) runs: checks, the suite on SQLite and on PostgreSQL + Redis, the production
# smoke run and two app servers.
test: test-sqlite test-postgres
	$(MAKE) production-smoke
	$(MAKE) two-app-servers

test-sqlite: install-dev messages system-deps
	DJANGO_SETTINGS_MODULE=ocop_site.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=ocop_site.settings.test $(MANAGE) makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(PYTEST) $(PYTEST_ARGS)

# The whole suite again on a throw-away PostgreSQL cluster with a throw-away Redis as the
# cache (.ci/services starts both and stops them whatever happens). Without them it skips,
# except under CI=true, where .ci/services fails.
test-postgres: install-dev messages system-deps
	@if [ "$$CI" = true ] || bash .ci/services check; then \
		bash .ci/services run $(PYTEST) $(PYTEST_ARGS); \
	else \
		echo "PostgreSQL or redis-server missing: PostgreSQL run skipped (make system-deps installs them)"; \
	fi

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff format --check .

format: install-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Catalog search timings on SQLite, then on a throw-away PostgreSQL (.ci/services); the bench
# seeds its products with the test factories (factory-boy), a dev requirement.
bench: install-dev system-deps
	$(PY) bench/catalog_search.py
	bash .ci/services run sh -c '$(PY) bench/catalog_search.py --database-url "$$DATABASE_URL"'
	$(MAKE) --no-print-directory bench-pages

# Every public page type under gunicorn and production settings (demo, then 15 000 products; page
# cache off and on) against the trivial /healthz/ view, loaded by Debian's wrk, which bench/pages.py
# installs; Redis from .ci/services as the shared cache. BENCH_PAGES_ARGS="--seconds 10" for longer.
bench-pages: install-dev system-deps
	bash .ci/services run $(PY) bench/pages.py $(BENCH_PAGES_ARGS)


# 20 000 hostile requests against runserver on a free loopback port; prints the status counts
# and fails on any 5xx. FUZZ_ARGS="--cases 500 --seed 7" for a shorter or different run.
fuzz: setup
	$(PY) bench/fuzz.py $(FUZZ_ARGS)

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
