# Two commands for a new machine: `make run` (install + start the app) and `make test` (install + all tests).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8501
SERVE_PORT ?= 8080
SERVE_PROCESSES ?= 2

.PHONY: run test install install-dev browser front serve load validate lint benchmark measure geometry update-data

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

install: $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt

install-dev: $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt

# Debian's Chromium for the browser tests (Playwright cannot download browsers here), axe-core, ESLint.
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	npm ci --silent --no-audit --no-fund

# nginx and its brotli_static module from Debian, for make serve and the front's tests.
front:
	@[ -x /usr/sbin/nginx ] && [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx libnginx-mod-http-brotli-static >/dev/null; }

# asgi.py serves app.py with the health route, the start-up data check and friendly errors.
run: install
	$(BIN)/streamlit run asgi.py --server.port $(PORT)

# nginx on $(SERVE_PORT) in front of $(SERVE_PROCESSES) app processes, all on 127.0.0.1 (README, Hosting).
serve: install-dev front
	SERVE_PORT=$(SERVE_PORT) SERVE_PROCESSES=$(SERVE_PROCESSES) front/serve

# 50 sessions for 60 s against a running make serve; see bench/load.py for options.
load: install-dev
	$(BIN)/python -m bench.load --url http://127.0.0.1:$(SERVE_PORT)

test: install-dev browser front
	$(BIN)/ruff check .
	npx eslint
	npm test --silent
	$(BIN)/lint-imports
	$(BIN)/python -m core.data.validate
	$(BIN)/python -m core.present.talks
	$(BIN)/python -m pytest -q -p no:cacheprovider; code=$$?; [ $$code -eq 5 ] && exit 0 || exit $$code

validate: install
	$(BIN)/python -m core.data.validate
	$(BIN)/python -m core.present.talks

# Refresh SCB's jobs and Kolada's industry KPIs from the publishers; all or nothing (README, Refreshing the data).
update-data: install
	$(BIN)/python -m scripts.update

lint: install-dev
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

benchmark: install-dev browser
	$(BIN)/python -m bench.benchmark

# A phone's first view behind the front against a bare Streamlit page, with Lighthouse (README, Hosting).
measure: install-dev browser front
	cd bench/measure && npm ci --silent --no-audit --no-fund
	$(BIN)/python -m bench.first_view

geometry: install-dev
	$(BIN)/python scripts/build_geometry.py
