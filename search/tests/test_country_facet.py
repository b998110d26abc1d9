"""The country facet (ISO 3166-1 alpha-2, lower-case), nested under the region facet: a
country's values name their region, an item in a country is found under its region, and the
counts stay disjunctive at both levels, on every engine."""

import datetime
from urllib.parse import urlencode

import pytest
from django.http import QueryDict
from django.utils import translation

from search import catalogue
from search.documents import SearchDocument
from search.presentation import display_label
from search.query import SearchQuery
from taxonomy import countries
from taxonomy.models import Region

from .conftest import FakePage, sync_to

LATAM = "latin-america-caribbean"


@pytest.fixture
def regions(db):
    return [
        Region.objects.create(name="Africa", slug="africa", countries=["RW", "UG"]),
        Region.objects.create(name="Latin America", slug=LATAM, countries=["CO", "PE"]),
        Region.objects.create(name="Global", slug="global"),
    ]


# (page id, title, country, tagged regions)
ITEMS = [
    (1, "Colombian trainers network", "CO", []),
    (2, "Peruvian police toolkit", "PE", [LATAM]),
    (3, "Rwanda cooperative practice", "RW", []),
    (4, "Uganda budgeting workshops", "UG", ["africa"]),
    (5, "Latin American overview", "", [LATAM]),
    (6, "Worldwide e-learning course", "", ["global"]),
]


@pytest.fixture
def items(regions):
    by_slug = {region.slug: region for region in regions}
    for pk, title, country, tagged in ITEMS:
        document = SearchDocument(
            type="resource",
            title=title,
            text=title,
            date=datetime.date(2021, 1, 1),
            # What the pages give: the country's region counts as one of the item's.
            facets=countries.facets(country, [by_slug[slug] for slug in tagged], regions),
        )
        catalogue._store(FakePage(pk, document), document)
    return ITEMS


def run(engine, params=""):
    sync_to(engine)
    return engine.search(SearchQuery.from_params(QueryDict(params)))


def ids(results):
    return sorted(hit.id for hit in results.hits)


def counts(results, key):
    return {value.value: value.count for value in results.facets[key] if value.count}


def test_country_values_carry_their_region(engine, items):
    values = {value.value: value for value in run(engine).facets["country"]}
    assert {code: value.parent for code, value in values.items()} == {
        "co": LATAM,
        "pe": LATAM,
        "rw": "africa",
        "ug": "africa",
    }
    assert values["co"].label == "Colombia"
    # Regions are the top level.
    assert {value.parent for value in run(engine).facets["region"]} == {""}


def test_selecting_a_region_finds_the_items_of_its_countries(engine, items):
    assert ids(run(engine, f"region={LATAM}")) == [1, 2, 5]
    assert ids(run(engine, "region=africa")) == [3, 4]
    assert counts(run(engine), "region") == {LATAM: 3, "africa": 2, "global": 1}


def test_countries_or_within_and_across_facets(engine, items):
    assert ids(run(engine, "country=co")) == [1]
    assert ids(run(engine, "country=co&country=rw")) == [1, 3]
    # AND across facets: a region and a country of another region find nothing.
    assert ids(run(engine, "region=africa&country=co")) == []
    assert ids(run(engine, f"region={LATAM}&country=pe")) == [2]


def test_counts_are_disjunctive_at_both_levels(engine, items):
    # A country's counts ignore the country selection; the regions' counts follow it.
    results = run(engine, "country=co")
    assert counts(results, "country") == {"co": 1, "pe": 1, "rw": 1, "ug": 1}
    assert counts(results, "region") == {LATAM: 1}
    # The regions' counts ignore the region selection; the countries' counts follow it.
    results = run(engine, "region=africa")
    assert counts(results, "region") == {LATAM: 3, "africa": 2, "global": 1}
    assert counts(results, "country") == {"rw": 1, "ug": 1}
    # Both selected: each level counts under the other's selection only.
    results = run(engine, "region=africa&country=rw")
    assert ids(results) == [3]
    assert counts(results, "region") == {"africa": 1}
    assert counts(results, "country") == {"rw": 1, "ug": 1}


@pytest.mark.parametrize("value", ["zz", "colombia", "c", "CO'--", "<co>", "xx" * 60])
def test_an_unknown_country_is_ignored(engine, items, value):
    results = run(engine, urlencode({"country": value}))
    assert ids(results) == [1, 2, 3, 4, 5, 6]
    assert not any(v.selected for v in results.facets["country"])


def test_a_code_in_capitals_is_the_country(engine, items):
    results = run(engine, "country=CO")
    assert ids(results) == [1]
    assert [v.value for v in results.facets["country"] if v.selected] == ["co"]


@pytest.mark.django_db
def test_the_api_gives_a_country_its_region(client, items):
    data = client.get("/api/search/", {"country": "co"}).json()
    countries_shown = {value["value"]: value for value in data["facets"]["country"]}
    assert countries_shown["co"] == {
        "value": "co",
        "label": "Colombia",
        "count": 1,
        "selected": True,
        "parent": LATAM,
    }
    assert countries_shown["rw"]["parent"] == "africa"
    # Regions have no parent to give.
    assert all("parent" not in value for value in data["facets"]["region"])


def test_country_names_are_shown_in_the_page_language():
    # The catalogue keeps the English name; pages and the API show the active language's.
    with translation.override("es"):
        assert display_label("country", "pe", "Peru") == "Perú"
    with translation.override("fr"):
        assert display_label("country", "pe", "Peru") == "Pérou"
    assert display_label("region", "pe", "Peru") == "Peru"
