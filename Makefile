# Targets a newcomer needs: `make run` (the demo site) and `make test` (the whole suite).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install run test lint format migrations elasticsearch

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e . --group dev
	@touch $@

# The demo site on SQLite with the database search engine: http://127.0.0.1:8000
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py createcachetable
	$(BIN)/python manage.py seed_demo --with-accounts
	$(BIN)/python manage.py runserver 127.0.0.1:8000

# The whole suite; starts a local Elasticsearch node when ELASTICSEARCH_URL is unset.
test: install
	PYTHON=$(BIN)/python scripts/test.sh

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations: install
	$(BIN)/python manage.py makemigrations

# A node in the foreground for development: export the ELASTICSEARCH_URL it prints.
elasticsearch:
	scripts/elasticsearch/start.sh
