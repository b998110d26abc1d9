"""Nothing assumes English: sorting by title follows the reader's language (Spanish ñ after n,
accented letters with their base letter), on PostgreSQL through its ICU collations and on
SQLite through the collation the plugin registers, so both give the same order; and dates on
a Spanish page are written the Spanish way."""

import datetime

import pytest
from django.http import QueryDict
from django.urls import reverse
from django.utils import translation

from search import catalogue
from search.documents import SearchDocument
from search.engines import database
from search.query import SearchQuery

from .conftest import FakePage

pytestmark = pytest.mark.django_db

# In every language: punctuation before letters, accented letters with their base letter,
# ligatures as their letters (œ as oe).
TITLES = [
    "Zapato",
    "Ñandú",
    "Nube",
    "Œuvres",
    "Árbol",
    "avión",
    "¿Cómo?",
    "Oso",
    "Éxito",
    "Estrella",
]


def entry(number, title, date=None):
    document = SearchDocument(
        type="resource",
        title=title,
        text=f"Texto de {title}",
        summary=f"Resumen de {title}",
        date=date,
        facets={},
    )
    catalogue._store(FakePage(number, document), document)


def titles_sorted_in(language):
    with translation.override(language):
        results = database.search(SearchQuery.from_params(QueryDict("sort=title")))
    return [hit.title for hit in results.hits]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        # ñ is a letter of its own in Spanish, after n.
        (
            "es",
            [
                "¿Cómo?",
                "Árbol",
                "avión",
                "Estrella",
                "Éxito",
                "Nube",
                "Ñandú",
                "Œuvres",
                "Oso",
                "Zapato",
            ],
        ),
        # Elsewhere it is an n with a tilde; accents never send a title to the end.
        (
            "fr",
            [
                "¿Cómo?",
                "Árbol",
                "avión",
                "Estrella",
                "Éxito",
                "Ñandú",
                "Nube",
                "Œuvres",
                "Oso",
                "Zapato",
            ],
        ),
        (
            "en",
            [
                "¿Cómo?",
                "Árbol",
                "avión",
                "Estrella",
                "Éxito",
                "Ñandú",
                "Nube",
                "Œuvres",
                "Oso",
                "Zapato",
            ],
        ),
    ],
)
def test_sort_by_title_follows_the_readers_language(language, expected):
    for number, title in enumerate(TITLES, start=1):
        entry(number, title)

    assert titles_sorted_in(language) == expected


def test_a_spanish_search_page_writes_dates_in_spanish(client):
    entry(1, "Manual de facilitación", date=datetime.date(2025, 12, 3))
    with translation.override("es"):
        url = reverse("search:search")

    page = client.get(url, {"q": "facilitación"}, HTTP_ACCEPT_LANGUAGE="es")

    assert page.status_code == 200
    html = page.content.decode()
    assert "3 de diciembre de 2025" in html
    assert 'datetime="2025-12-03"' in html  # the machine-readable date stays as it was
