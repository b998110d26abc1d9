import datetime
import types

import pytest

from search import catalogue
from search.documents import SearchDocument
from search.engines import database
from search.models import CatalogEntry


class FakePage:
    """Just what the catalogue reads from a page, for engine tests that need no page tree."""

    def __init__(self, pk, document, url=None, locale=None):
        self.pk = pk
        self.document = document
        self.url = url or f"/doc-{pk}/"
        # What the catalogue reads of a page's locale: its language code.
        self.locale_id = 1 if locale else None
        self.locale = types.SimpleNamespace(language_code=locale)

    def get_url(self):
        return self.url


THEMES = {"masc": "Masculinities", "gbv": "Gender-based violence", "eval": "Evaluation"}
CONTEXTS = {"fragile": "Fragile states", "policy": "Public policy"}

# (title, text, type, themes, contexts, year)
CORPUS = [
    ("Training manual on masculinities", "Sessions for men and boys", "resource",
     ["masc"], ["fragile"], 2020),
    ("Evaluating gender training", "Pre and post tests for trainers", "resource",
     ["eval"], ["policy"], 2021),
    ("Violence prevention toolkit", "Gender training for police", "resource",
     ["gbv", "masc"], ["fragile"], 2021),
    ("Budget workshops", "Gender budgeting for ministries", "good-practice",
     ["eval"], [], 2019),
    ("Dialogue on resistance", "Resistance in the training room", "dialogue",
     ["masc"], ["policy"], 2022),
    ("Question about icebreakers", "Which icebreakers work online", "question",
     [], [], 2023),
    ("Fragile contexts subgroup", "Gender training where institutions are weak", "subgroup",
     ["gbv"], ["fragile", "policy"], 2020),
]  # fmt: skip


def document(title, text, doc_type, themes, contexts, year):
    return SearchDocument(
        type=doc_type,
        title=title,
        text=text,
        summary=text,
        date=datetime.date(year, 6, 1),
        facets={
            "theme": [(slug, THEMES[slug]) for slug in themes],
            "context": [(slug, CONTEXTS[slug]) for slug in contexts],
        },
    )


def load(corpus=CORPUS, start=1):
    for number, row in enumerate(corpus, start=start):
        catalogue._store(FakePage(number, document(*row)), document(*row))
    return CatalogEntry.objects.count()


@pytest.fixture
def corpus(db):
    load()
    return CORPUS


@pytest.fixture
def es_engine(elasticsearch_url, settings):
    """The Elasticsearch engine on a private index of the real node."""
    import uuid

    from search.engines import elasticsearch

    settings.ELASTICSEARCH_URL = elasticsearch_url
    settings.COP_SEARCH_ENGINE = "elasticsearch"
    settings.COP_SEARCH_INDEX = f"cop-test-{uuid.uuid4().hex[:12]}"
    elasticsearch.reset_client()
    yield elasticsearch
    # A test may have pointed the engine elsewhere: clean up on the real node.
    settings.ELASTICSEARCH_URL = elasticsearch_url
    elasticsearch.reset_client()
    elasticsearch.delete_indices()
    elasticsearch.reset_client()


@pytest.fixture(
    params=["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)]
)
def engine(request, db):
    """Each contract test runs once per engine, on the same catalogue."""
    if request.param == "database":
        return database
    es = request.getfixturevalue("es_engine")
    return es


def sync_to(engine):
    """Make the engine see the catalogue (Elasticsearch: push and refresh)."""
    if engine.NAME == "elasticsearch":
        from search import sync

        sync.push_pending()
        engine.refresh_index()
