"""The real Elasticsearch node the suite runs against: index, search, aggregate, highlight.

Proves the node and the client library fit together (the node's product header, the
analysis built into the server) before the search app builds its catalogue on them.
"""

import uuid

import pytest
from elasticsearch import Elasticsearch
from elasticsearch_dsl import Document, Keyword, Search, Text, connections

pytestmark = pytest.mark.elasticsearch

DOCS = [
    ("Gender training manual for trainers", "manual", ["methodology", "masculinities"]),
    ("Evaluating gender training: a toolkit", "toolkit", ["evaluation"]),
    ("Gender mainstreaming e-learning course", "e-learning", ["methodology"]),
    ("Training of trainers in fragile contexts", "manual", ["fragile-states", "methodology"]),
    ("Annual report on budgets", "report", ["public-policy"]),
]


@pytest.fixture
def es(elasticsearch_url):
    alias = f"node-test-{uuid.uuid4().hex}"
    client = connections.create_connection(
        alias=alias, hosts=[elasticsearch_url], request_timeout=30
    )
    yield alias, client
    connections.remove_connection(alias)
    client.close()


@pytest.fixture
def entry_index(es):
    alias, client = es
    name = f"cop-node-test-{uuid.uuid4().hex}"

    class Entry(Document):
        title = Text(analyzer="standard")
        resource_type = Keyword()
        theme = Keyword()

        class Index:
            pass

    Entry._index._name = name
    Entry.init(using=alias)
    for number, (title, resource_type, themes) in enumerate(DOCS, start=1):
        Entry(meta={"id": number}, title=title, resource_type=resource_type, theme=themes).save(
            using=alias
        )
    client.indices.refresh(index=name)
    yield alias, name
    client.indices.delete(index=name)


def test_node_is_elasticsearch_8_and_green(es):
    _, client = es
    assert isinstance(client, Elasticsearch)
    health = client.cluster.health(wait_for_status="green", timeout="10s")
    assert health["status"] == "green"
    version = client.nodes.info(node_id="_local")["nodes"].popitem()[1]["version"]
    assert version.startswith("8.")


def test_full_text_query_with_terms_aggregation_and_highlight(entry_index):
    alias, name = entry_index
    search = (
        Search(using=alias, index=name)
        .query("match", title="training")
        .highlight("title")
        .extra(size=10)
    )
    search.aggs.bucket("themes", "terms", field="theme", size=10)
    search.aggs.bucket("types", "terms", field="resource_type", size=10)
    response = search.execute()

    assert response.hits.total.value == 3
    assert {hit.meta.id for hit in response} == {"1", "2", "4"}
    assert all("<em>training</em>" in hit.meta.highlight.title[0].lower() for hit in response)
    themes = {bucket.key: bucket.doc_count for bucket in response.aggregations.themes.buckets}
    assert themes == {"methodology": 2, "masculinities": 1, "evaluation": 1, "fragile-states": 1}
    types = {bucket.key: bucket.doc_count for bucket in response.aggregations.types.buckets}
    assert types == {"manual": 2, "toolkit": 1}


def test_post_filter_keeps_aggregation_counts_of_the_whole_query(entry_index):
    alias, name = entry_index
    search = (
        Search(using=alias, index=name)
        .query("match", title="gender")
        .post_filter("terms", theme=["evaluation"])
    )
    search.aggs.bucket("themes", "terms", field="theme", size=10)
    response = search.execute()

    assert [hit.title for hit in response] == ["Evaluating gender training: a toolkit"]
    themes = {bucket.key: bucket.doc_count for bucket in response.aggregations.themes.buckets}
    assert themes == {"methodology": 2, "masculinities": 1, "evaluation": 1}
