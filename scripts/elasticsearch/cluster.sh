#!/usr/bin/env bash
# A real Elasticsearch cluster on 127.0.0.1: N nodes (default 3) of the distribution start.sh
# uses, each with its own ports and data, found through discovery.seed_hosts.
#
#   cluster.sh start [N]         start N nodes, wait for green; prints, for eval:
#                                  ELASTICSEARCH_URL=http://127.0.0.1:P1,http://127.0.0.1:P2,...
#                                  COP_ES_CLUSTER_DIR=/tmp/cop-es-cluster.XXXXXX (the run dir)
#   cluster.sh stop-node DIR I   stop node I (0-based), keeping its data
#   cluster.sh start-node DIR I  start it again, with its data; returns once it has rejoined
#   cluster.sh stop DIR          stop every node and remove the cluster's data
#
# Environment: ES_HEAP (default 256m a node), ES_JAVA_EXTRA_OPTS, and start.sh's (ES_VERSION,
# COP_ES_CACHE, ES_START_TIMEOUT, ES_JAVA_HOME). Progress goes to stderr.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
export ES_HEAP="${ES_HEAP:-256m}"
# The client compiler only, no heap touched up front: a node starts in half the time on a busy
# two-core machine, and a test cluster's searches are too small to miss the optimising one.
export ES_JAVA_EXTRA_OPTS="${ES_JAVA_EXTRA_OPTS:--XX:TieredStopAtLevel=1 -XX:-AlwaysPreTouch}"
TIMEOUT="${ES_START_TIMEOUT:-120}"
CACHE="${COP_ES_CACHE:-/tmp/cop-elasticsearch}"
ES_VERSION="${ES_VERSION:-8.19.7}"

say() { echo "elasticsearch cluster: $*" >&2; }
die() { say "$*"; exit 1; }
usage() { die "usage: cluster.sh start [N] | stop-node DIR I | start-node DIR I | stop DIR"; }

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# DIR/nodes: one line a node, "index http_port transport_port run_dir".
node_field() { awk -v i="$2" -v f="$3" '$1 == i { print $f }' "$1/nodes"; }
node_count() { wc -l <"$1/nodes" | tr -d ' '; }
seed_hosts() { awk '{ printf "%s127.0.0.1:%s", (NR > 1 ? "," : ""), $3 }' "$1/nodes"; }
urls() { awk '{ printf "%shttp://127.0.0.1:%s", (NR > 1 ? "," : ""), $2 }' "$1/nodes"; }

# Runs start.sh for node I of DIR; extra environment assignments as arguments.
launch() {
    local dir="$1" index="$2"
    shift 2
    env "$@" \
        ES_PORT="$(node_field "$dir" "$index" 2)" \
        ES_TRANSPORT_PORT="$(node_field "$dir" "$index" 3)" \
        ES_NODE_NAME="node-$index" \
        ES_CLUSTER_NAME="$(cat "$dir/name")" \
        ES_SEED_HOSTS="$(seed_hosts "$dir")" \
        ES_WAIT=started \
        "$here/start.sh"
}

# Waits until the node at URL sees N nodes (and, with green, a green cluster).
wait_for() {
    local url="$1" nodes="$2" status="$3" deadline=$(( $(date +%s) + TIMEOUT ))
    local wait="wait_for_nodes=$nodes&timeout=1s"
    [ "$status" = green ] && wait="$wait&wait_for_status=green"
    until curl -fsS "$url/_cluster/health?$wait" >/dev/null 2>&1; do
        [ "$(date +%s)" -lt "$deadline" ] || die "no $nodes-node cluster at $url after ${TIMEOUT}s"
        sleep 0.5
    done
}

start_cluster() {
    local count="${1:-3}" started dir names i
    [ "$count" -ge 1 ] 2>/dev/null || usage
    started=$(date +%s)
    dir="$(mktemp -d /tmp/cop-es-cluster.XXXXXX)"
    echo "cop-cluster-${dir##*.}" >"$dir/name"
    : >"$dir/nodes"
    names=""
    for i in $(seq 0 $((count - 1))); do
        names="$names${names:+,}node-$i"
        echo "$i $(free_port) $(free_port) -" >>"$dir/nodes"
    done
    # start.sh fetches the distribution and creates the unprivileged user when missing: the
    # first node does it alone, so parallel starts never race on them.
    local first=0
    if [ ! -x "$CACHE/elasticsearch-$ES_VERSION/bin/elasticsearch" ] \
        || { [ "$(id -u)" = 0 ] && ! id "${ES_USER:-cop-es}" >/dev/null 2>&1; }; then
        first=1
    fi
    local pids=() failed=""
    for i in $(seq 0 $((count - 1))); do
        launch "$dir" "$i" ES_INITIAL_MASTER_NODES="$names" >"$dir/node-$i.env" &
        pids+=($!)
        if [ "$i" -lt "$first" ]; then
            wait "${pids[-1]}" || failed="$failed $i"
        fi
    done
    for i in "${!pids[@]}"; do
        [ "$i" -lt "$first" ] && continue
        wait "${pids[$i]}" || failed="$failed $i"
    done
    # Each start.sh printed its run dir: record it beside the node's ports.
    for i in $(seq 0 $((count - 1))); do
        run_dir="$(sed -n 's/^COP_ES_RUN_DIR=//p' "$dir/node-$i.env")"
        awk -v i="$i" -v r="${run_dir:--}" '$1 == i { $4 = r } { print }' "$dir/nodes" \
            >"$dir/nodes.new"
        mv "$dir/nodes.new" "$dir/nodes"
    done
    if [ -n "$failed" ]; then
        stop_cluster "$dir"
        die "node(s)$failed did not start"
    fi
    if ! (wait_for "http://127.0.0.1:$(node_field "$dir" 0 2)" "$count" green); then
        stop_cluster "$dir"
        exit 1
    fi
    say "$count nodes green after $(( $(date +%s) - started ))s (heap $ES_HEAP each)"
    echo "ELASTICSEARCH_URL=$(urls "$dir")"
    echo "COP_ES_CLUSTER_DIR=$dir"
}

stop_node() {
    local dir="$1" index="$2" run_dir
    run_dir="$(node_field "$dir" "$index" 4)"
    [ -n "$run_dir" ] || die "no node $index in $dir"
    "$here/stop.sh" --keep "$run_dir"
}

start_node() {
    local dir="$1" index="$2" run_dir
    run_dir="$(node_field "$dir" "$index" 4)"
    [ -n "$run_dir" ] || die "no node $index in $dir"
    # No initial master nodes: the cluster exists, the node rejoins it.
    launch "$dir" "$index" ES_RUN_DIR="$run_dir" >/dev/null
    wait_for "http://127.0.0.1:$(node_field "$dir" "$index" 2)" "$(node_count "$dir")" any
}

stop_cluster() {
    local dir="$1" run_dir
    [ -f "$dir/nodes" ] || { say "nothing to stop"; return 0; }
    # In parallel: each node takes a few seconds to shut down.
    local pids=()
    while read -r _ _ _ run_dir; do
        [ "$run_dir" != "-" ] && { "$here/stop.sh" "$run_dir" & pids+=($!); }
    done <"$dir/nodes"
    for pid in "${pids[@]}"; do wait "$pid" || true; done
    case "$dir" in
        /tmp/cop-es-cluster.*) rm -rf "$dir" ;;
    esac
}

case "${1:-}" in
    start) start_cluster "${2:-3}" ;;
    stop-node) [ $# -eq 3 ] || usage; stop_node "$2" "$3" ;;
    start-node) [ $# -eq 3 ] || usage; start_node "$2" "$3" ;;
    stop) [ $# -eq 2 ] || usage; stop_cluster "$2" ;;
    *) usage ;;
esac
