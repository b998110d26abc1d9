"""Elasticsearch coming back after an outage: it serves no search before it has every change
it missed, one probe per window tries it, and the worker's health check closes the breaker
without a visitor having to wait on it."""

import pytest
from django.http import QueryDict

from search import service, sync, tasks
from search.models import CatalogEntry
from search.query import SearchQuery

from .conftest import load
from .faults import closed_port_url

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]


def everything():
    query = SearchQuery.from_params(QueryDict(""))
    query.per_page = 100
    return query


def point_at(engine, settings, url):
    settings.ELASTICSEARCH_URL = url
    engine.reset_client()


@pytest.fixture
def outage(es_engine, settings):
    """Seven rows changed while Elasticsearch was down (their push failed), the node back."""
    real_url = settings.ELASTICSEARCH_URL
    settings.COP_SEARCH_BREAKER_SECONDS = 0  # every window has ended: no clock needed
    settings.COP_SEARCH_PROBE_TIMEOUT = 10  # a loaded test machine is no hung node
    service.reset_breaker()
    load()
    point_at(es_engine, settings, closed_port_url())
    assert sync.push_pending() == 0
    assert service.status()["state"] == "down"
    point_at(es_engine, settings, real_url)
    yield es_engine
    service.reset_breaker()


def test_a_failed_push_keeps_searches_on_the_database_until_the_replay(outage, settings):
    settings.COP_SEARCH_BREAKER_SECONDS = 60
    service.mark_stale()  # the window starts now

    during = service.search(everything())

    assert (during.engine, during.total, bool(during.notice)) == ("database", 7, True)
    assert CatalogEntry.objects.pending().count() == 7


def test_the_first_search_elasticsearch_answers_has_every_missed_change(outage):
    after = service.search(everything())

    assert (after.engine, after.total, after.notice) == ("elasticsearch", 7, "")
    assert not CatalogEntry.objects.pending().exists()
    assert service.status() == {
        "engine": "elasticsearch",
        "state": "healthy",
        "down_since": None,
        "pending": 0,
        "oldest_pending_seconds": None,
    }


def test_a_backlog_larger_than_the_probe_pushes_keeps_the_database_answering(
    outage, settings, monkeypatch
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    monkeypatch.setattr(service, "PROBE_BATCH", 3)  # seven rows: more than the probe pushes

    answer = service.search(everything())

    # The worker has the rest to push (enqueued); until then Elasticsearch serves nothing.
    assert answer.engine == "database"
    assert service.status()["state"] == "down"
    assert [result.task.name for result in tasks.push_pending.get_backend().results] == [
        "push_pending"
    ]


def test_the_worker_s_health_check_replays_and_closes_the_breaker(outage, settings):
    settings.COP_SEARCH_BREAKER_SECONDS = 60
    service.mark_stale()

    health = service.check_health()

    assert health["status"] in {"green", "yellow"}
    assert not CatalogEntry.objects.pending().exists()
    assert service.status()["state"] in {"healthy", "degraded"}
    assert service.search(everything()).engine == "elasticsearch"


def test_the_health_check_finds_a_node_down_before_any_visitor(es_engine, settings):
    service.reset_breaker()
    point_at(es_engine, settings, closed_port_url())
    try:
        health = service.check_health()
        status = service.status()
    finally:
        service.reset_breaker()

    assert health["status"] is None
    assert status["state"] == "down"
    assert status["down_since"] is not None


def test_health_checks_go_on_in_one_chain_on_a_worker_backend(es_engine, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    backend = tasks.check_search_health.get_backend()

    assert tasks.start_health_checks()
    first = backend.results[-1]
    tasks.check_search_health.call(**first.kwargs)  # the worker runs it
    assert tasks.start_health_checks()  # started again (a deployment): a new chain
    tasks.check_search_health.call(**first.kwargs)  # the old chain's next run

    chains = [result.kwargs["chain"] for result in backend.results]
    # The old chain went on once, and stopped once replaced.
    assert chains[0] == chains[1] != chains[2]
    assert len(chains) == 3
    assert backend.results[1].task.run_after is not None
    service.reset_breaker()


def test_on_a_backend_that_runs_tasks_at_once_the_cron_does_the_checks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    assert tasks.start_health_checks() is False


def test_the_command_starts_the_worker_s_checks(es_engine, settings):
    from io import StringIO

    from django.core.management import call_command

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    out = StringIO()

    call_command("sync_search_index", "--start-health-checks", stdout=out)

    assert out.getvalue().strip() == "health checks started on the task worker"
    assert [r.task.name for r in tasks.check_search_health.get_backend().results] == [
        "check_search_health"
    ]


def test_the_health_check_reads_a_fractional_timeout(es_engine, settings):
    # The demo site reads COP_SEARCH_TIMEOUT from the environment as a float: the node must
    # still be found healthy, not reported down.
    settings.COP_SEARCH_TIMEOUT = 2.0
    service.reset_breaker()

    health = service.check_health()

    assert health["status"] in {"green", "yellow"}
    assert service.status()["state"] != "down"
