"""Migration 0008 gives existing catalogue rows their facet keys: a site that migrates keeps
filtering and counting by facet without re-indexing."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.http import QueryDict

from search.engines import database
from search.query import SearchQuery

BEFORE = [("copsearch", "0007_facet_value_statistics")]


# PostgreSQL only, where the engine filters and counts on the new columns (SQLite still joins
# the CatalogFacet rows); its DDL runs inside the test's transaction, so no flush follows.
@pytest.mark.postgresql
@pytest.mark.django_db
def test_existing_rows_are_filtered_and_counted_by_facet_after_migrating():
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes("copsearch")
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    Entry = old.get_model("copsearch", "CatalogEntry")
    Facet = old.get_model("copsearch", "CatalogFacet")
    for page_id, themes in [(1, ["masc", "gbv"]), (2, ["gbv"]), (3, [])]:
        entry = Entry.objects.create(
            page_id=page_id,
            url=f"/r/{page_id}/",
            type="resource",
            title=f"Entry {page_id}",
            sort_title=f"entry {page_id}",
            search_tokens=" entry ",
            search_words=f" entry {page_id} ",
            withdrawn=False,
        )
        Facet.objects.create(entry=entry, facet="type", value="resource", label="Resource")
        for theme in themes:
            Facet.objects.create(entry=entry, facet="theme", value=theme, label=theme)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(latest)

    results = database.search(SearchQuery.from_params(QueryDict("theme=gbv")))
    assert sorted(hit.id for hit in results.hits) == [1, 2]
    counts = {value.value: value.count for value in results.facets["theme"]}
    assert counts == {"gbv": 2, "masc": 1}
    assert results.total == 2
