"""Labels the search pages take from code (content types, facet names, the suggestion box's
announcements) are shown in the reader's language, whichever language a page was published in."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from compendium.factories import CompendiumIndexPageFactory, GoodPracticePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def published_in_spanish(home_page):
    compendium = CompendiumIndexPageFactory(parent=home_page)
    # A member publishing from the Spanish interface: the request's language is active.
    with translation.override("es"):
        return GoodPracticePageFactory(parent=compendium, title="Toolkit on care work")


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def type_facet(soup, legend):
    return next(
        group for group in soup.select("fieldset.facet") if group.legend.get_text() == legend
    )


def test_a_hit_and_the_type_facet_read_in_spanish_on_the_spanish_search_page(
    client, published_in_spanish
):
    soup = page(client, "/es/search/?q=toolkit")

    assert [label.get_text() for label in soup.select(".entry .type-label")] == ["Buena práctica"]
    assert "Buena práctica" in type_facet(soup, "Tipo").select_one("label").get_text()


def test_english_readers_get_english_labels_for_a_page_published_in_spanish(
    client, published_in_spanish
):
    soup = page(client, "/search/?q=toolkit")

    assert [label.get_text() for label in soup.select(".entry .type-label")] == ["Good practice"]
    assert "Good practice" in type_facet(soup, "Type").select_one("label").get_text()


def test_the_suggestion_box_is_announced_in_french(client):
    box = page(client, "/fr/search/").select_one("input[data-suggest]")

    assert box["data-suggest-label"] == "Suggestions"
    assert (
        box["data-suggest-one"] == "1 suggestion. Utilisez les flèches haut et bas pour choisir."
    )
    assert (
        box["data-suggest-many"]
        == "%s suggestions. Utilisez les flèches haut et bas pour choisir."
    )
    assert box["data-suggest-none"] == "Aucune suggestion."
