# Two commands for a new machine: `make run` (install + start the app) and `make test` (install + all tests).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run test install install-dev browser validate lint benchmark geometry

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

install: $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt

install-dev: $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt

# Debian's Chromium for the browser tests (Playwright cannot download browsers here) and axe-core.
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	npm ci --silent --no-audit --no-fund

run: install
	$(BIN)/streamlit run app.py --server.port $(PORT)

test: install-dev browser
	$(BIN)/ruff check .
	$(BIN)/python -m core.data.validate
	$(BIN)/python -m core.present.talks
	$(BIN)/python -m pytest -q -p no:cacheprovider; code=$$?; [ $$code -eq 5 ] && exit 0 || exit $$code

validate: install
	$(BIN)/python -m core.data.validate
	$(BIN)/python -m core.present.talks

lint: install-dev
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

benchmark: install-dev browser
	$(BIN)/python -m scripts.benchmark

geometry: install-dev
	$(BIN)/python scripts/build_geometry.py
