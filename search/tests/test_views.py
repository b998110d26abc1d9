"""/search/ and /api/search/: the contract as visitors and integrations see it."""

import json

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .conftest import CORPUS, load
from .faults import closed_port_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(db):
    load()


def api(client, params):
    response = client.get("/api/search/", params)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


def test_api_answers_with_the_documented_shape(client, catalogue):
    data = api(client, {"q": "training", "theme": "masc"})

    assert set(data) == {
        "total", "page", "per_page", "results", "facets", "engine", "did_you_mean"
    }  # fmt: skip
    assert (data["total"], data["page"], data["per_page"], data["engine"]) == (
        3,
        1,
        20,
        "database",
    )
    assert set(data["results"][0]) == {"url", "title", "type", "snippet", "date"}
    assert {hit["url"] for hit in data["results"]} == {"/doc-1/", "/doc-3/", "/doc-5/"}
    assert {hit["date"] for hit in data["results"]} == {"2020-06-01", "2021-06-01", "2022-06-01"}
    assert set(data["facets"]) == {
        "type", "theme", "context", "resource_type", "region", "country", "language", "year",
        "subgroup",
    }  # fmt: skip
    masc = next(value for value in data["facets"]["theme"] if value["value"] == "masc")
    assert masc == {"value": "masc", "label": "Masculinities", "count": 3, "selected": True}


def test_api_repeats_parameters_for_several_values(client, catalogue):
    data = api(client, {"theme": ["masc", "eval"], "year": ["2021", "2019"]})
    assert data["total"] == 3


@pytest.mark.parametrize(
    "params",
    [
        {"colour": "red", "theme": "no-such-theme"},
        {"page": "-4"},
        {"page": "99999999999999999999"},
        {"page": "two"},
        {"year": "MMXX"},
        {"sort": "random"},
        {"q": '"(((unbalanced AND title:~ OR -'},
        {"q": "x" * 5000},
    ],
)
def test_api_ignores_or_clamps_bad_parameters(client, catalogue, params):
    data = api(client, params)
    assert data["page"] >= 1
    assert data["total"] >= 0


def test_search_page_shows_results_facets_and_chips_without_javascript(client, catalogue):
    response = client.get("/search/", {"q": "training", "theme": ["masc", "gbv"]})

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.find("form", class_="search-form")
    assert form["method"] == "get"
    assert form.find("input", attrs={"name": "q"})["value"] == "training"
    checked = {(box["name"], box["value"]) for box in form.select("input[checked]")}
    assert checked == {("theme", "masc"), ("theme", "gbv")}
    for fieldset in form.find_all("fieldset", class_="facet"):
        assert fieldset.find("legend").get_text(strip=True)
    hits = [a.get_text() for a in soup.select(".entry__title a")]
    assert sorted(hits) == sorted(
        row[0]
        for row in CORPUS
        if "training" in (row[0] + row[1]).lower() and {"masc", "gbv"} & set(row[3])
    )
    assert soup.select(".snippet mark")
    chips = {a.find_parent("li").get_text(" ", strip=True): a["href"]
             for a in soup.select(".chip__remove")}  # fmt: skip
    remove_masc = next(href for text, href in chips.items() if "Masculinities" in text)
    assert "theme=masc" not in remove_masc
    assert "theme=gbv" in remove_masc
    assert "q=training" in remove_masc
    assert soup.find("a", string="Clear all filters")["href"] == "?q=training"


def test_zero_counts_are_hidden_and_long_facets_fold(client, db):
    many = [(f"Doc {n}", "text", "resource", [], [], 2000 + n) for n in range(12)]
    load(many)
    soup = BeautifulSoup(client.get("/search/").content, "html.parser")
    year_group = soup.find("legend", string="Year").find_parent("fieldset")
    assert year_group.find("details")  # twelve years: folded, opened without JavaScript
    assert "(0)" not in soup.get_text()


def test_pages_keep_the_filters(client, db):
    load([(f"Manual {n}", "training", "resource", ["masc"], [], 2020) for n in range(25)])
    soup = BeautifulSoup(client.get("/search/", {"theme": "masc"}).content, "html.parser")
    next_link = soup.find("a", rel="next")["href"]
    assert "theme=masc" in next_link and "page=2" in next_link
    second = client.get("/search/" + next_link)
    assert len(BeautifulSoup(second.content, "html.parser").select(".entry")) == 5


def test_query_count_does_not_grow_with_results(client, db, django_assert_max_num_queries):
    load([(f"Manual {n}", "training", "resource", ["masc"], ["fragile"], 2020) for n in range(5)])
    client.get("/search/", {"q": "training"})
    with CaptureQueriesContext(connection) as few:
        client.get("/search/", {"q": "training", "theme": "masc"})
    load([(f"Guide {n}", "training", "dialogue", ["gbv"], ["policy"], 2021) for n in range(40)], 6)
    with django_assert_max_num_queries(len(few)):
        client.get("/search/", {"q": "training", "theme": "masc"})


def test_notice_when_elasticsearch_does_not_answer(client, catalogue, settings):
    from search import service
    from search.engines import elasticsearch

    settings.COP_SEARCH_ENGINE = "elasticsearch"
    settings.ELASTICSEARCH_URL = closed_port_url()
    settings.COP_SEARCH_TIMEOUT = 0.5
    elasticsearch.reset_client()
    service.reset_breaker()
    try:
        response = client.get("/search/", {"q": "training"})
        data = api(client, {"q": "training"})
    finally:
        elasticsearch.reset_client()
        service.reset_breaker()

    assert response.status_code == 200
    assert b"simpler search" in response.content
    assert data["engine"] == "database"
    assert data["total"] == 5


@pytest.mark.elasticsearch
def test_api_answers_from_elasticsearch(client, es_engine, catalogue):
    from search import service, sync

    sync.push_pending()
    es_engine.refresh_index()
    service.reset_breaker()

    data = api(client, {"q": "training", "theme": "masc"})

    assert data["engine"] == "elasticsearch"
    assert data["total"] == 3
    assert {hit["type"] for hit in data["results"]} == {"resource", "dialogue"}
    masc = next(value for value in data["facets"]["theme"] if value["value"] == "masc")
    assert masc == {"value": "masc", "label": "Masculinities", "count": 3, "selected": True}
