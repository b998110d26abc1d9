#!/usr/bin/env bash
# The whole test suite (README command b, and what .ci/run calls).
#
# The Nu Html Checker (HTML validity tests) is fetched with Maven when missing.
# Elasticsearch: uses ELASTICSEARCH_URL when set; otherwise starts a local node from Maven
# Central when Java and Maven are here, and stops it at the end. The database comes from
# DATABASE_URL (SQLite when unset). With CI=true, a missing Elasticsearch or PostgreSQL fails
# the run instead of skipping tests.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-.venv/bin/python}"

if [ -z "${ELASTICSEARCH_URL:-}" ] && command -v java >/dev/null && command -v mvn >/dev/null; then
    if es_env="$(scripts/elasticsearch/start.sh)"; then
        eval "$es_env"
        export ELASTICSEARCH_URL COP_ES_RUN_DIR
        trap 'scripts/elasticsearch/stop.sh "$COP_ES_RUN_DIR"' EXIT
    elif [ "${CI:-}" = "true" ]; then
        exit 1
    else
        echo "Could not start Elasticsearch: its tests will be skipped." >&2
    fi
fi

# The W3C Nu Html Checker that tests/test_html_validity.py runs: fetched once from Maven
# Central (cached in /tmp/cop-nu-validator), before the workers start.
if [ -z "${COP_VNU_LIB:-}" ]; then
    if COP_VNU_LIB="$(scripts/nu-validator/fetch.sh)"; then
        export COP_VNU_LIB
    elif [ "${CI:-}" = "true" ]; then
        exit 1
    else
        echo "Could not fetch the Nu Html Checker (it needs Java 17+ and Maven):" \
            "tests/test_html_validity.py will fail." >&2
    fi
fi

# pytest-xdist: PYTEST_WORKERS processes (default 2: this project's CI and dev machines have
# two cores; 0 runs in this process, without xdist). Each worker has its own test database
# (test_<name>_gw0, ...), its own search index names and its own live server port.
# --dist load hands tests out in pytest-django's order, in which the transactional tests
# (live_server, transactional_db: they empty the database after them) come last on each
# worker. loadfile and loadscope send a module's tests together, transactional ones included,
# so a worker's next module could meet an emptied database; loadgroup's xdist_group marks are
# silently ignored with pytest 9.2 (pytest-xdist issue #1386). Under load, data a module builds
# once (the permission world, the demo seed) is built once per worker that runs the module.
workers="${PYTEST_WORKERS:-2}"
xdist=()
if [ "$workers" != "0" ]; then
    xdist=(-n "$workers" --dist load)
fi

status=0
"$PYTHON" -m pytest "${xdist[@]}" "$@" || status=$?
# pytest exits 5 when it collected no test: never a pass.
if [ "$status" -eq 5 ]; then
    echo "No test ran." >&2
fi
exit "$status"
