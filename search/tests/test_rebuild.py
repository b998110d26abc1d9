"""Rebuilding: the catalogue from the pages, then a new Elasticsearch index swapped in behind
the alias, with searches answered in full throughout."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.http import QueryDict

from resources.factories import ResourcePageFactory
from search import sync
from search.engines import database
from search.models import CatalogEntry
from search.query import SearchQuery

from .conftest import load

pytestmark = pytest.mark.django_db


def everything():
    query = SearchQuery.from_params(QueryDict(""))
    query.per_page = 100
    return query


def test_rebuild_restores_a_lost_catalogue_from_the_pages(library):
    pages = [ResourcePageFactory(parent=library) for _ in range(3)]
    CatalogEntry.objects.all().delete()
    stale = load([("Row of a page that is gone", "", "resource", [], [], 2020)], start=999)
    assert stale == 1

    out = StringIO()
    call_command("rebuild_search_index", stdout=out)

    assert sorted(hit.id for hit in database.search(everything()).hits) == sorted(
        page.pk for page in pages
    )
    assert "3 pages indexed, 1 rows withdrawn" in out.getvalue()


@pytest.mark.elasticsearch
def test_elasticsearch_rebuild_swaps_the_alias_with_no_gap(es_engine):
    load()
    sync.push_pending()
    es_engine.refresh_index()
    client = es_engine.client()
    (old_index,) = client.indices.get_alias(name=es_engine.alias_name()).keys()
    seen_during_rebuild = []

    def progress(count):
        es_engine.refresh_index()
        seen_during_rebuild.append(es_engine.search(everything()).total)

    name, count = sync.rebuild_elasticsearch(progress=progress, batch_size=3)

    assert count == 7
    assert seen_during_rebuild and set(seen_during_rebuild) == {7}
    assert list(client.indices.get_alias(name=es_engine.alias_name()).keys()) == [name]
    assert name.startswith(es_engine.alias_name() + "-") and name != old_index
    assert not client.indices.exists(index=old_index)
    es_engine.refresh_index()
    assert es_engine.search(everything()).total == 7
    assert not CatalogEntry.objects.pending().exists()


@pytest.mark.elasticsearch
def test_rebuild_command_reports_progress(es_engine, library):
    ResourcePageFactory(parent=library)
    out = StringIO()
    call_command("rebuild_search_index", stdout=out)
    output = out.getvalue()
    assert "1 pages indexed" in output
    assert "alias swapped" in output
    es_engine.refresh_index()
    assert es_engine.search(everything()).total == 1
