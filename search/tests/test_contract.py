"""The search contract, run the same way against both engines on the same catalogue."""

import pytest
from django.http import QueryDict

from search.catalogue import withdraw
from search.engines import database
from search.query import SearchQuery

from .conftest import load, sync_to

pytestmark = pytest.mark.django_db


def run(engine, params="", **scope):
    sync_to(engine)
    return engine.search(SearchQuery.from_params(QueryDict(params), scope=scope or None))


def ids(results):
    return sorted(hit.id for hit in results.hits)


def counts(results, key):
    return {value.value: value.count for value in results.facets[key]}


def test_everything_with_all_facets(engine, corpus):
    results = run(engine)
    assert results.total == len(corpus)
    assert counts(results, "type") == {
        "resource": 3,
        "good-practice": 1,
        "dialogue": 1,
        "question": 1,
        "subgroup": 1,
    }
    assert counts(results, "theme") == {"masc": 3, "gbv": 2, "eval": 2}
    assert counts(results, "year") == {"2019": 1, "2020": 2, "2021": 2, "2022": 1, "2023": 1}
    labels = {value.value: value.label for value in results.facets["theme"]}
    assert labels["gbv"] == "Gender-based violence"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("women", [8]),  # finds "Women's" and "women's"
        ("women's", [8]),
        ("WOMEN\u2019S rights", [8]),  # a typographic apostrophe
        ("1,000 participants", [9]),
        ("1000", []),
        ("e-learning", [9]),
    ],
)
def test_words_inside_punctuation_are_found_alike(engine, corpus, text, expected):
    punctuated = [
        ("Women's economic empowerment", "Training on women's rights", "resource",
         ["eval"], [], 2024),
        ("An e-learning course", "Taken by 1,000 participants", "resource",
         [], [], 2024),
    ]  # fmt: skip
    load(punctuated, start=8)
    params = QueryDict(mutable=True)
    params["q"] = text
    assert ids(run(engine, params.urlencode())) == expected


def test_hits_carry_plain_values(engine, corpus):
    hit = run(engine, "q=budget").hits[0]
    assert (hit.id, hit.url, hit.title, hit.type) == (
        4,
        "/doc-4/",
        "Budget workshops",
        "good-practice",
    )
    assert isinstance(hit.type, str) and isinstance(hit.title, str)
    assert hit.date.isoformat() == "2019-06-01"


def test_words_must_all_match_in_title_or_text(engine, corpus):
    assert ids(run(engine, "q=gender training")) == [2, 3, 7]
    assert ids(run(engine, "q=TRAINING Manual")) == [1]
    assert run(engine, "q=nothing-like-this").total == 0


def test_or_within_a_facet_and_across_facets(engine, corpus):
    assert ids(run(engine, "theme=masc&theme=eval")) == [1, 2, 3, 4, 5]
    assert ids(run(engine, "theme=masc&theme=eval&context=policy")) == [2, 5]


def test_counts_are_disjunctive(engine, corpus):
    results = run(engine, "theme=masc&context=fragile")
    assert ids(results) == [1, 3]
    # The theme facet ignores the theme selection but applies the context one...
    assert counts(results, "theme") == {"masc": 2, "gbv": 2}
    # ...and the context facet ignores the context selection but applies the theme one.
    assert counts(results, "context") == {"fragile": 2, "policy": 1}
    selected = {v.value for v in results.facets["theme"] if v.selected}
    assert selected == {"masc"}


def test_text_and_facets_together(engine, corpus):
    results = run(engine, "q=training&type=resource")
    assert ids(results) == [1, 2, 3]
    assert counts(results, "type") == {"resource": 3, "dialogue": 1, "subgroup": 1}


def test_scope_restricts_results_and_counts_without_being_a_selection(engine, corpus):
    results = run(engine, "", type=["resource"])
    assert ids(results) == [1, 2, 3]
    assert counts(results, "type") == {"resource": 3}
    assert not any(value.selected for value in results.facets["type"])


def test_selected_value_with_no_results_is_still_listed(engine, corpus):
    results = run(engine, "q=icebreakers&theme=masc")
    assert results.total == 0
    assert [(v.value, v.count, v.selected) for v in results.facets["theme"]] == [("masc", 0, True)]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        # newest first; the same date orders by id, highest first
        ("newest", [6, 5, 3, 2, 7, 1, 4]),
        # titles compared without case
        ("title", [4, 5, 2, 7, 6, 1, 3]),
    ],
)
def test_sort_orders(engine, corpus, sort, expected):
    results = run(engine, f"sort={sort}")
    assert [hit.id for hit in results.hits] == expected


def test_pages_and_totals(engine, corpus):
    first = run(engine, "sort=title")
    engine_query = SearchQuery.from_params(QueryDict("sort=title&page=2"))
    engine_query.per_page = 3
    second = engine.search(engine_query)
    assert second.total == len(corpus)
    assert [hit.id for hit in second.hits] == [hit.id for hit in first.hits][3:6]
    beyond = SearchQuery.from_params(QueryDict("page=50"))
    assert engine.search(beyond).hits == []


def test_snippets_mark_the_matching_words_and_escape_html(engine, db):
    load([("Unsafe <b>title</b>", "Notes on <script>alert(1)</script> facilitation skills",
           "resource", [], [], 2020)])  # fmt: skip
    results = run(engine, "q=facilitation")
    snippet = results.hits[0].snippet
    assert "<mark>facilitation</mark>" in snippet
    assert "<script>" not in snippet
    assert "&lt;script&gt;" in snippet


def test_withdrawn_entries_are_never_found_or_counted(engine, corpus):
    withdraw([1, 3])
    results = run(engine)
    assert 1 not in ids(results)
    assert 3 not in ids(results)
    assert counts(results, "theme")["masc"] == 1


@pytest.mark.parametrize(
    "text",
    [
        '"unbalanced quote',
        "(((",
        "title:masc~2 AND OR NOT -+|",
        "gender)) ] [ { } ^ ~ * ? \\ /",
        "x" * 5000,
        "género формация 培训 تدريب",
        "' OR 1=1; --",
        "<script>alert(1)</script>",
    ],
)
def test_any_text_is_answered_without_error(engine, corpus, text):
    params = QueryDict(mutable=True)
    params["q"] = text
    query = SearchQuery.from_params(params)
    sync_to(engine)
    results = engine.search(query)
    assert results.total >= 0


@pytest.mark.parametrize("value", ["it's", "a\\b", "gender:x", "two words", "' | 'masc"])
def test_any_selected_value_is_answered_without_error(engine, corpus, value):
    # Selections are taken as given below the service (digests ask the engine directly).
    params = QueryDict(mutable=True)
    params.setlist("theme", [value])
    results = run(engine, params.urlencode())
    assert results.total == 0
    assert (value, 0, True) in [(v.value, v.count, v.selected) for v in results.facets["theme"]]
    # Disjunctive: the theme counts ignore the theme selection, odd value or not.
    assert {k: n for k, n in counts(results, "theme").items() if k != value} == counts(
        run(engine), "theme"
    )
    params.appendlist("theme", "masc")
    assert ids(run(engine, params.urlencode())) == ids(run(engine, "theme=masc"))


@pytest.mark.elasticsearch
def test_both_engines_return_the_same_hits_and_counts(es_engine, corpus):
    queries = [
        "",
        "q=training",
        "q=gender training&theme=masc",
        "theme=masc&theme=gbv&context=policy",
        "type=resource&type=dialogue&year=2021",
        "q=icebreakers online",
        "context=fragile&year=2020&year=2021",
    ]
    sync_to(es_engine)
    for params in queries:
        query = SearchQuery.from_params(QueryDict(params))
        query.per_page = 100
        ours, theirs = database.search(query), es_engine.search(query)
        assert ids(ours) == ids(theirs), params
        assert ours.total == theirs.total, params
        for key in ours.facets:
            assert counts(ours, key) == counts(theirs, key), (params, key)
            assert [v.label for v in ours.facets[key]] == [v.label for v in theirs.facets[key]]
