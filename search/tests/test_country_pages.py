"""Countries from real pages to the search page: practices and every kind of library entry
give their country to the catalogue, an item in a country is found under its region, and the
search page and the listings show the countries inside their region's item."""

import pytest
from bs4 import BeautifulSoup

from compendium.factories import CompendiumIndexPageFactory, GoodPracticePageFactory
from resources.factories import (
    ExpertPageFactory,
    InstitutionPageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    TrainingPageFactory,
)
from search.models import CatalogFacet, CatalogFacetLabel
from taxonomy.models import Region

LATAM = "latin-america-caribbean"


@pytest.fixture
def world(home_page):
    africa = Region.objects.create(name="Africa", slug="africa", countries=["RW", "UG"])
    latam = Region.objects.create(name="Latin America", slug=LATAM, countries=["CO", "PE"])
    compendium = CompendiumIndexPageFactory(parent=home_page)
    library = ResourceIndexPageFactory(parent=home_page)
    pages = {
        "practice": GoodPracticePageFactory(
            parent=compendium, title="Bogotá mentoring", country="CO"
        ),
        "tagged": GoodPracticePageFactory(
            parent=compendium, title="Kigali peer groups", country="RW", regions=[africa]
        ),
        "resource": ResourcePageFactory(parent=library, title="Lima toolkit", country="PE"),
        "institution": InstitutionPageFactory(parent=library, title="Kampala institute"),
        "training": TrainingPageFactory(parent=library, title="Cusco course", country="PE"),
        "expert": ExpertPageFactory(parent=library, title="Ana Gómez", country="CO"),
        "regional": ResourcePageFactory(parent=library, title="Andean overview", regions=[latam]),
    }
    pages["institution"].country = "UG"
    pages["institution"].save_revision().publish()
    return pages


def facet(page, key):
    return sorted(
        CatalogFacet.objects.filter(entry__page_id=page.pk, facet=key).values_list(
            "value", flat=True
        )
    )


def test_every_kind_of_page_gives_its_country_and_its_region(world):
    for name, country, region in [
        ("practice", "co", LATAM),
        ("tagged", "rw", "africa"),
        ("resource", "pe", LATAM),
        ("institution", "ug", "africa"),
        ("training", "pe", LATAM),
        ("expert", "co", LATAM),
    ]:
        assert facet(world[name], "country") == [country], name
        assert facet(world[name], "region") == [region], name
    assert facet(world["regional"], "country") == []
    label = CatalogFacetLabel.objects.get(facet="country", value="co")
    assert (label.label, label.parent) == ("Colombia", LATAM)
    # The name is searchable text too.
    assert "colombia" in world["practice"].search_document().text.casefold()


def test_the_search_page_lists_countries_inside_their_region(client, world):
    response = client.get("/search/", {"country": "co"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    region_box = soup.find("input", attrs={"name": "region", "value": LATAM})
    region_item = region_box.find_parent("li")
    nested = region_item.find("ul", class_="facet__values--nested")
    assert nested["aria-label"] == "Countries in Latin America"
    boxes = {box["value"]: box for box in nested.find_all("input", attrs={"name": "country"})}
    assert set(boxes) == {"co", "pe"}
    assert boxes["co"].has_attr("checked") and not boxes["pe"].has_attr("checked")
    label = nested.find("label", attrs={"for": boxes["pe"]["id"]})
    assert label.get_text(" ", strip=True) == "Peru (2)"
    # A region no Colombian item is in is no choice (it would find nothing), but its
    # countries are (OR within the facet): under its name.
    assert not soup.find("input", attrs={"name": "region", "value": "africa"})
    heading = soup.find("span", class_="facet__heading", string="Africa")
    nested = heading.find_parent("li").find("ul", class_="facet__values--nested")
    assert {box["value"] for box in nested.find_all("input")} == {"rw", "ug"}
    assert not soup.find("legend", string="Country")
    ids = [box["id"] for box in soup.find_all("input", attrs={"type": "checkbox"})]
    assert len(ids) == len(set(ids))
    # The chip names the country.
    chip = soup.find(class_="active-filters").find("a", class_="chip")
    assert "Country: Colombia" in chip.get_text(" ", strip=True)
    assert sorted(hit.title for hit in response.context["results"].hits) == [
        "Ana Gómez",
        "Bogotá mentoring",
    ]


def test_the_listings_nest_countries_too(client, world):
    soup = BeautifulSoup(client.get("/compendium/").content, "html.parser")
    item = soup.find("input", attrs={"name": "region", "value": "africa"}).find_parent("li")
    assert [box["value"] for box in item.find_all("input", attrs={"name": "country"})] == ["rw"]
    soup = BeautifulSoup(client.get("/resources/", {"region": LATAM}).content, "html.parser")
    item = soup.find("input", attrs={"name": "region", "value": LATAM}).find_parent("li")
    countries = {box["value"] for box in item.find_all("input", attrs={"name": "country"})}
    assert countries == {"co", "pe"}


def test_a_country_outside_every_region_has_its_own_group(client, world, home_page):
    library = world["resource"].get_parent()
    ResourcePageFactory(parent=library, title="Paris seminar", country="FR")
    soup = BeautifulSoup(client.get("/search/").content, "html.parser")
    legend = soup.find("legend", string="Country")
    assert legend is not None
    group = legend.find_parent("fieldset")
    assert [box["value"] for box in group.find_all("input")] == ["fr"]
