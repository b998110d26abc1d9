#!/usr/bin/env bash
# Start a real single-node Elasticsearch 8 on 127.0.0.1 for the tests, and wait for green.
#
# The node is the official integ-test-zip distribution, fetched from Maven Central with Maven
# (the Elastic download site is not reachable from every machine we run on). It ships no
# analysis-common module, so the catalogue mapping uses only analysis built into the server.
#
# Prints, on stdout, shell assignments for the caller to eval:
#   ELASTICSEARCH_URL=http://127.0.0.1:PORT
#   COP_ES_RUN_DIR=/tmp/...   (pass it to stop.sh)
# Everything else goes to stderr.
#
# Environment: ES_VERSION (default 8.19.7), ES_HEAP (default 512m), ES_PORT (default: a free
# port), ES_JAVA_HOME (default: the java on PATH), COP_ES_CACHE (where the distribution is
# unpacked, default /tmp/cop-elasticsearch), ES_START_TIMEOUT seconds (default 120),
# ES_RUN_DIR (restart a node stopped with `stop.sh --keep`, with its data; give ES_PORT too).
#
# For a node of a cluster (cluster.sh sets these): ES_SEED_HOSTS (the cluster's transport
# addresses, apart by commas; without it the node is a single-node cluster),
# ES_INITIAL_MASTER_NODES (node names, first start only), ES_NODE_NAME, ES_CLUSTER_NAME,
# ES_TRANSPORT_PORT (default: a free port), ES_JAVA_EXTRA_OPTS (more JVM options),
# ES_WAIT=started (return once the node runs, not once the cluster is green: a node cannot be
# green before the others are up).
set -euo pipefail

ES_VERSION="${ES_VERSION:-8.19.7}"
ES_HEAP="${ES_HEAP:-512m}"
CACHE="${COP_ES_CACHE:-/tmp/cop-elasticsearch}"
TIMEOUT="${ES_START_TIMEOUT:-120}"
ES_USER="${ES_USER:-cop-es}"

say() { echo "elasticsearch: $*" >&2; }
die() { say "$*"; exit 1; }

command -v java >/dev/null || die "java not found (Java 17+ is needed)"
command -v mvn >/dev/null || die "mvn not found (Maven fetches the node from Maven Central)"
command -v curl >/dev/null || die "curl not found"
command -v unzip >/dev/null || die "unzip not found"

if [ -z "${ES_JAVA_HOME:-}" ]; then
    ES_JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
export ES_JAVA_HOME

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
HTTP_PORT="${ES_PORT:-$(free_port)}"
TRANSPORT_PORT="${ES_TRANSPORT_PORT:-$(free_port)}"
NODE_NAME="${ES_NODE_NAME:-cop-test-node}"
CLUSTER_NAME="${ES_CLUSTER_NAME:-cop-test}"
WAIT="${ES_WAIT:-green}"
discovery=(-E discovery.type=single-node)
if [ -n "${ES_SEED_HOSTS:-}" ]; then
    discovery=(-E discovery.seed_hosts="$ES_SEED_HOSTS")
    if [ -n "${ES_INITIAL_MASTER_NODES:-}" ]; then
        discovery+=(-E cluster.initial_master_nodes="$ES_INITIAL_MASTER_NODES")
    fi
fi

start=$(date +%s)
home="$CACHE/elasticsearch-$ES_VERSION"
if [ ! -x "$home/bin/elasticsearch" ]; then
    mkdir -p "$CACHE"
    say "fetching org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION from Maven Central"
    download="$(mktemp -d)"
    mvn -q -B -Dstyle.color=never dependency:copy \
        "-Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" \
        "-DoutputDirectory=$download" >&2
    unpack="$(mktemp -d "$CACHE/unpack.XXXXXX")"
    unzip -q "$download/elasticsearch-$ES_VERSION.zip" -d "$unpack"
    # Rename into place last, so an interrupted unpack is never mistaken for a good one.
    mv "$unpack/elasticsearch-$ES_VERSION" "$home"
    rm -rf "$unpack" "$download"
fi
chmod 755 "$CACHE"

if [ -n "${ES_RUN_DIR:-}" ] && [ -d "$ES_RUN_DIR/data" ]; then
    run_dir="$ES_RUN_DIR"
    rm -f "$run_dir/es.pid"
else
    run_dir="$(mktemp -d /tmp/cop-es-run.XXXXXX)"
    chmod 755 "$run_dir"
    mkdir -p "$run_dir/data" "$run_dir/logs" "$run_dir/tmp"
    cp -r "$home/config" "$run_dir/config"
fi

as_user=()
if [ "$(id -u)" = "0" ]; then
    # Elasticsearch refuses to run as root.
    if ! id "$ES_USER" >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"
    fi
    chown -R "$ES_USER:" "$run_dir"
    as_user=(runuser -u "$ES_USER" --)
fi

say "starting $ES_VERSION on 127.0.0.1:$HTTP_PORT (heap $ES_HEAP, data in $run_dir)"
(
    cd "$run_dir"
    "${as_user[@]}" env \
        ES_JAVA_HOME="$ES_JAVA_HOME" \
        ES_PATH_CONF="$run_dir/config" \
        ES_TMPDIR="$run_dir/tmp" \
        ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP ${ES_JAVA_EXTRA_OPTS:-}" \
        "$home/bin/elasticsearch" -d -p "$run_dir/es.pid" \
        -E cluster.name="$CLUSTER_NAME" \
        -E node.name="$NODE_NAME" \
        "${discovery[@]}" \
        -E network.host=127.0.0.1 \
        -E http.port="$HTTP_PORT" \
        -E transport.port="$TRANSPORT_PORT" \
        -E path.data="$run_dir/data" \
        -E path.logs="$run_dir/logs" \
        -E xpack.security.enabled=false \
        -E cluster.routing.allocation.disk.threshold_enabled=false \
        -E action.destructive_requires_name=false \
        >"$run_dir/logs/stdout.log" 2>&1
) || { cat "$run_dir/logs/stdout.log" >&2; die "the node did not start"; }

url="http://127.0.0.1:$HTTP_PORT"
deadline=$((start + TIMEOUT))
ready() {
    if [ "$WAIT" = "started" ]; then
        # Any HTTP answer: the node runs (its cluster may not have formed yet).
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/_cluster/health?local=true" 2>/dev/null)" != "000" ]
    else
        curl -fsS "$url/_cluster/health?wait_for_status=green&timeout=1s" >/dev/null 2>&1
    fi
}
until ready; do
    if [ "$(date +%s)" -ge "$deadline" ]; then
        tail -n 40 "$run_dir/logs/"*.log >&2 || true
        die "no $WAIT node at $url after ${TIMEOUT}s"
    fi
    if [ -f "$run_dir/es.pid" ] && ! kill -0 "$(cat "$run_dir/es.pid")" 2>/dev/null; then
        tail -n 40 "$run_dir/logs/"*.log >&2 || true
        die "the node exited while starting"
    fi
    sleep 0.5
done

say "$([ "$WAIT" = started ] && echo started || echo green) at $url after $(( $(date +%s) - start ))s"
echo "ELASTICSEARCH_URL=$url"
echo "COP_ES_RUN_DIR=$run_dir"
