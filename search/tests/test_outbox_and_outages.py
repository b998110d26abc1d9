"""Elasticsearch through its outbox and its outages, against the real node: changes are pushed
in bulk, kept while it cannot take them, replayed after; searches fall back to the database
with a notice and a circuit breaker. A node really stopped and restarted with its data is
tests/test_faults.py's, through the site's pages."""

import time

import pytest
from django.http import QueryDict

from search import service, sync
from search.models import CatalogEntry
from search.query import SearchQuery

from .conftest import load
from .faults import closed_port_url, error_server, silent_server

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]


def everything():
    query = SearchQuery.from_params(QueryDict(""))
    query.per_page = 100
    return query


def es_ids(engine):
    engine.refresh_index()
    return sorted(hit.id for hit in engine.search(everything()).hits)


def point_at(engine, settings, url):
    settings.ELASTICSEARCH_URL = url
    engine.reset_client()


def test_pending_rows_are_pushed_in_bulk_and_marked(es_engine):
    load()
    assert CatalogEntry.objects.pending().count() == 7

    assert sync.push_pending(batch_size=3) == 7

    assert CatalogEntry.objects.pending().count() == 0
    assert es_ids(es_engine) == [1, 2, 3, 4, 5, 6, 7]


def test_withdrawn_rows_are_deleted_from_the_index_then_forgotten(es_engine):
    from search.catalogue import withdraw

    load()
    sync.push_pending()
    withdraw([2, 5])

    sync.push_pending()

    assert es_ids(es_engine) == [1, 3, 4, 6, 7]
    assert not CatalogEntry.objects.filter(page_id__in=[2, 5]).exists()


def test_a_row_changed_during_a_push_stays_pending(es_engine):
    load()
    entries = list(CatalogEntry.objects.order_by("pk"))
    CatalogEntry.objects.filter(pk=entries[0].pk).update(version=entries[0].version + 1)

    sync._mark_done(entries)

    assert list(CatalogEntry.objects.pending().values_list("pk", flat=True)) == [entries[0].pk]


def test_rows_changed_while_elasticsearch_is_down_are_kept_and_replayed(es_engine, settings):
    real_url = settings.ELASTICSEARCH_URL
    load()
    point_at(es_engine, settings, closed_port_url())

    assert sync.push_pending() == 0
    assert CatalogEntry.objects.pending().count() == 7

    point_at(es_engine, settings, real_url)
    assert sync.push_pending() == 7
    assert es_ids(es_engine) == [1, 2, 3, 4, 5, 6, 7]


def test_publishing_pushes_after_commit(es_engine, library, django_capture_on_commit_callbacks):
    from resources.factories import ResourcePageFactory

    with django_capture_on_commit_callbacks(execute=True):
        page = ResourcePageFactory(parent=library, title="Published and pushed")

    assert not CatalogEntry.objects.get(page_id=page.pk).pending
    assert es_ids(es_engine) == [page.pk]


def test_publishing_works_while_elasticsearch_is_down(
    es_engine, settings, library, django_capture_on_commit_callbacks
):
    from resources.factories import ResourcePageFactory

    point_at(es_engine, settings, closed_port_url())
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        page = ResourcePageFactory(parent=library, title="Published during an outage")
    assert time.monotonic() - started < 5
    assert page.live
    assert CatalogEntry.objects.get(page_id=page.pk).pending


@pytest.mark.parametrize("fault", ["refused", "hangs", "429", "503"])
def test_search_falls_back_to_the_database_with_a_notice(es_engine, settings, fault):
    load()
    settings.COP_SEARCH_TIMEOUT = 0.5
    service.reset_breaker()
    if fault == "refused":
        context = _url(closed_port_url())
    elif fault == "hangs":
        context = silent_server()
    else:
        context = error_server(int(fault))
    with context as url:
        point_at(es_engine, settings, url)
        started = time.monotonic()
        results = service.search(everything())
        took = time.monotonic() - started

    assert results.engine == "database"
    assert results.total == 7
    assert "simpler search" in results.notice
    assert took < 3


class _url:
    def __init__(self, url):
        self.url = url

    def __enter__(self):
        return self.url

    def __exit__(self, *exc):
        return False


def test_repeated_failures_open_the_circuit_breaker(es_engine, settings):
    load()
    settings.COP_SEARCH_TIMEOUT = 0.5
    settings.COP_SEARCH_BREAKER_FAILURES = 2
    service.reset_breaker()
    with silent_server() as url:
        point_at(es_engine, settings, url)
        service.search(everything())
        service.search(everything())
        assert service.breaker_open()

        started = time.monotonic()
        results = service.search(everything())
        # Skipped, not waited for: no timeout spent on the silent server.
        assert time.monotonic() - started < 0.4
    assert results.engine == "database"
    assert results.notice
    service.reset_breaker()
