#!/usr/bin/env bash
# Stop a node started by start.sh and remove its data: stop.sh [--keep] RUN_DIR (or
# COP_ES_RUN_DIR). With --keep the data stays, for `ES_RUN_DIR=RUN_DIR start.sh` to restart it.
set -euo pipefail

keep=false
if [ "${1:-}" = "--keep" ]; then
    keep=true
    shift
fi
run_dir="${1:-${COP_ES_RUN_DIR:-}}"
[ -n "$run_dir" ] && [ -d "$run_dir" ] || { echo "elasticsearch: nothing to stop" >&2; exit 0; }

if [ -f "$run_dir/es.pid" ]; then
    pid="$(cat "$run_dir/es.pid")"
    if kill "$pid" 2>/dev/null; then
        for _ in $(seq 1 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
fi
if [ "$keep" = false ]; then
    case "$run_dir" in
        /tmp/cop-es-run.*) rm -rf "$run_dir" ;;
    esac
fi
echo "elasticsearch: stopped" >&2
