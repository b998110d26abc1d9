# Targets a newcomer needs: `make run` (the demo site) and `make test` (the whole suite).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install run test lint format migrations elasticsearch messages compilemessages

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

# Translation catalogues (Spanish, French; needs gettext): each plugin app's own locale/, and
# the demo site's (templates/, home/, cop_cms/) in locale/. Without settings makemessages
# writes to the locale/ folder where it runs (with the demo site's, every string would go to
# LOCALE_PATHS). Translate the new entries, then `make compilemessages`;
# tests/test_translations.py checks the same extraction.
PLUGIN_APPS := taxonomy contributions resources compendium community consultations digests search
MESSAGES := env -u DJANGO_SETTINGS_MODULE $(abspath $(BIN))/django-admin
messages: install
	for app in $(PLUGIN_APPS); do \
		mkdir -p $$app/locale && (cd $$app && $(MESSAGES) makemessages -l es -l fr --no-obsolete) || exit 1; \
	done
	$(MESSAGES) makemessages -l es -l fr --no-obsolete -i tests \
		$(foreach app,$(PLUGIN_APPS),-i $(app)) -i benchmarks -i scripts -i docs -i static \
		-i media -i staticfiles -i build -i '*.egg-info'

compilemessages: install
	for app in $(PLUGIN_APPS); do (cd $$app && $(MESSAGES) compilemessages) || exit 1; done
	$(MESSAGES) compilemessages $(foreach app,$(PLUGIN_APPS),-i $(app)) -i .venv
