"""The catalogue on a real three-node Elasticsearch cluster (scripts/elasticsearch/cluster.sh),
with one replica: a node stopped in the middle of searches and publishes costs no search, no
result and no published page, and the cluster is green again once the node is back.

The cluster is this test's own (the suite's single node cannot show a failover); it needs Java
and Maven as the single node does, and with CI=true it must start. Deselect it locally with
``-m "not cluster"``.
"""

import contextlib
import http.server
import os
import shutil
import subprocess
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.http import QueryDict

from search import service, sync
from search.models import CatalogEntry
from search.query import SearchQuery

from .conftest import load
from .faults import closed_port_url

pytestmark = pytest.mark.django_db

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "elasticsearch" / "cluster.sh"
NODES = 3
ON_CI = os.environ.get("CI", "").lower() == "true"
# Searches and publishes after the stopped node is gone (and again after it is back).
ROUNDS_AFTER = 5


@dataclass
class Cluster:
    url: str
    directory: str
    start_seconds: float

    def node(self, action, index):
        return subprocess.Popen(
            [SCRIPT, action, self.directory, str(index)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )


def _unavailable(reason):
    if ON_CI:
        pytest.fail(f"CI=true needs the test cluster: {reason}")
    pytest.skip(f"Cluster test skipped: {reason}")


# Module-scoped: started once, as a session fixture would be, but stopped as soon as the worker
# moves on, not left running through the rest of the suite on a two-core machine.
@pytest.fixture(scope="module")
def cluster():
    if not (shutil.which("java") and shutil.which("mvn")):
        _unavailable("it needs Java 17+ and Maven (scripts/elasticsearch/cluster.sh)")
    started = time.monotonic()
    result = subprocess.run(
        [SCRIPT, "start", str(NODES)], capture_output=True, text=True, timeout=400, check=False
    )
    if result.returncode:
        _unavailable(f"cluster.sh start failed: {result.stderr[-2000:]}")
    env = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    yield Cluster(env["ELASTICSEARCH_URL"], env["COP_ES_CLUSTER_DIR"], time.monotonic() - started)
    subprocess.run([SCRIPT, "stop", env["COP_ES_CLUSTER_DIR"]], timeout=120, check=False)


@pytest.fixture
def on_cluster(cluster, settings):
    from search.engines import elasticsearch

    settings.ELASTICSEARCH_URL = cluster.url
    settings.COP_SEARCH_ENGINE = "elasticsearch"
    settings.COP_SEARCH_INDEX = f"cop-cluster-{uuid.uuid4().hex[:12]}"
    settings.COP_SEARCH_REPLICAS = 1
    elasticsearch.reset_client()
    service.reset_breaker()
    yield elasticsearch
    elasticsearch.reset_client()
    elasticsearch.delete_indices()
    elasticsearch.reset_client()


def everything():
    query = SearchQuery.from_params(QueryDict(""))
    query.per_page = 100
    return query


@pytest.mark.cluster
def test_a_node_down_costs_no_search_result_or_publish(
    on_cluster, cluster, library, django_capture_on_commit_callbacks
):
    from resources.factories import ResourcePageFactory

    es = on_cluster.client()
    published = []

    def publish():
        # The site's path: the publish writes the catalogue row, its commit pushes it.
        with django_capture_on_commit_callbacks(execute=True):
            page = ResourcePageFactory(parent=library, title=f"Cluster resource {len(published)}")
        published.append(page.pk)

    def search_everything():
        on_cluster.refresh_index()
        answer = service.search(everything())
        # Elasticsearch answered (not the database fallback), with every page published.
        assert (answer.engine, answer.notice) == ("elasticsearch", "")
        assert (answer.total, sorted(hit.id for hit in answer.hits)) == (
            len(published),
            sorted(published),
        )

    def publish_and_search_while(process):
        rounds = after = 0
        while after < ROUNDS_AFTER:
            # A round at most every quarter second: the node starting needs the machine too.
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=0.25)
            if process.returncode is not None:
                after += 1
            publish()
            search_everything()
            rounds += 1
        assert process.returncode == 0, process.stderr.read()
        return rounds

    for _ in range(10):
        publish()
    index = next(iter(es.indices.get_alias(name=on_cluster.alias_name())))
    assert (
        es.indices.get_settings(index=index)[index]["settings"]["index"]["number_of_replicas"]
        == "1"
    )
    assert es.cluster.health(index=index, wait_for_status="green", timeout="30s")["status"] == (
        "green"
    )
    search_everything()

    # The node with the primary copy: its replica elsewhere has to take over the writes.
    shards = es.cat.shards(index=index, format="json", h="prirep,node")
    primary_node = next(shard["node"] for shard in shards if shard["prirep"] == "p")
    assert len({shard["node"] for shard in shards}) == 2  # two copies, two nodes
    victim = int(primary_node.removeprefix("node-"))

    started = time.monotonic()
    during_stop = publish_and_search_while(cluster.node("stop-node", victim))
    assert es.cluster.health()["number_of_nodes"] == NODES - 1
    restarting = time.monotonic()
    during_start = publish_and_search_while(cluster.node("start-node", victim))
    node_start_seconds = time.monotonic() - restarting

    health = es.cluster.health(index=index, wait_for_status="green", timeout="60s")
    assert (health["status"], health["number_of_nodes"]) == ("green", NODES)
    # Every page published meanwhile was pushed (none waits in the outbox) and is found.
    assert not CatalogEntry.objects.pending().exists()
    assert sync.push_pending() == 0
    search_everything()
    assert len(published) == 10 + during_stop + during_start
    print(  # the figures for the report (pytest -s)
        f"\ncluster start {cluster.start_seconds:.1f}s, node restart {node_start_seconds:.1f}s, "
        f"outage and recovery {time.monotonic() - started:.1f}s, "
        f"{during_stop + during_start} publishes and searches during it"
    )


@contextlib.contextmanager
def counting_server(status):
    """A node that answers every request with ``status``; yields (url, requests so far)."""
    requests = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self):
            requests.append(self.path)
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("X-Elastic-Product", "Elasticsearch")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = _answer

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", requests
    finally:
        server.shutdown()
        server.server_close()


def point_at(engine, settings, url):
    settings.ELASTICSEARCH_URL = url
    engine.reset_client()


@pytest.mark.elasticsearch
def test_a_node_that_refuses_is_passed_over_for_the_next_one(es_engine, settings):
    load()
    sync.push_pending()
    es_engine.refresh_index()
    service.reset_breaker()
    # Comma-separated, spaces allowed; the first node is down.
    point_at(es_engine, settings, f"{closed_port_url()}, {settings.ELASTICSEARCH_URL}")

    answers = [service.search(everything()) for _ in range(3)]

    assert [(answer.engine, answer.total) for answer in answers] == [("elasticsearch", 7)] * 3
    assert not service.breaker_open()


def test_a_single_node_fails_at_once_and_a_cluster_tries_each_node_once(settings):
    from search.engines import elasticsearch

    settings.COP_SEARCH_ENGINE = "elasticsearch"
    service.reset_breaker()
    with counting_server(503) as (one, one_requests):
        point_at(elasticsearch, settings, one)
        assert elasticsearch.health() is None
        # No second try on the only node: its failure goes straight to the breaker.
        assert len(one_requests) == 1

        with counting_server(503) as (other, other_requests):
            point_at(elasticsearch, settings, f"{one},{other}")
            assert elasticsearch.health() is None
            assert (len(one_requests) - 1, len(other_requests)) == (1, 1)
    elasticsearch.reset_client()
