#!/usr/bin/env bash
# The whole test suite (README command b, and what .ci/run calls).
#
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

status=0
"$PYTHON" -m pytest "$@" || status=$?
# pytest exits 5 when it collected no test: never a pass.
if [ "$status" -eq 5 ]; then
    echo "No test ran." >&2
fi
exit "$status"
