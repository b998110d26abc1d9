"""/api/search/suggest/: suggestions while typing, the same on every engine (search.suggestions
defines the matching and the order)."""

import datetime
import json

import pytest

from search import catalogue
from search.documents import SearchDocument

from .conftest import FakePage, sync_to

pytestmark = pytest.mark.django_db

# (page id, title, locale, themes, regions)
PAGES = [
    (1, "Género y desarrollo", "es", ["gbv"], ["latam"]),
    (2, "Training on gender", "en", [], []),
    (3, "Gender training manual", "en", ["gbv"], []),
    (4, "Gendered budgets", "en", [], []),
    (5, "Égalité de genre", "fr", [], ["europe"]),
    (6, "Masculinities and men", "en", ["masc"], []),
    (7, "Withdrawn gender guide", "en", ["hidden"], []),
    (8, "Unpublished gender notes", "en", [], []),
]
THEMES = {"gbv": "Gender-based violence", "masc": "Masculinities", "hidden": "Genealogy"}
REGIONS = {"latam": "Latin America", "europe": "Europe"}


def store(pk, title, locale="en", themes=(), regions=(), text="Some text"):
    document = SearchDocument(
        type="resource",
        title=title,
        text=text,
        date=datetime.date(2024, 1, 1),
        facets={
            "theme": [(slug, THEMES[slug]) for slug in themes],
            "region": [(slug, REGIONS[slug]) for slug in regions],
        },
    )
    catalogue._store(FakePage(pk, document, locale=locale), document)


@pytest.fixture
def pages(engine):
    for row in PAGES:
        store(*row)
    # A withdrawn row stays in the catalogue (the outbox) until Elasticsearch forgets it; an
    # unpublished page's row is withdrawn too.
    catalogue.withdraw([7, 8])
    sync_to(engine)
    return engine


def suggest(client, q, **params):
    response = client.get("/api/search/suggest/", {"q": q, **params})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert set(data) == {"suggestions"}
    return data["suggestions"]


def texts(suggestions, kind=None):
    return [item["text"] for item in suggestions if kind is None or item["kind"] == kind]


def test_a_prefix_of_any_word_folded_suggests_titles_in_a_defined_order(client, pages):
    found = suggest(client, "gen")
    # Whole word "gen"? none. Titles beginning with "gen" as typed, alphabetically (code
    # points), then the others; withdrawn and unpublished pages never.
    assert texts(found, "title") == [
        "Gender training manual",
        "Gendered budgets",
        "Género y desarrollo",
        "Training on gender",
        "Égalité de genre",
    ]
    assert found[0] == {"text": "Gender training manual", "kind": "title", "url": "/doc-3/"}
    # Case and accents do not change what is found; typed with its accent, "Género" begins
    # with what was typed.
    assert texts(suggest(client, "GÉN"), "title") == [
        "Género y desarrollo",
        "Gender training manual",
        "Gendered budgets",
        "Training on gender",
        "Égalité de genre",
    ]
    # A whole word comes before the longer words it begins.
    assert texts(suggest(client, "gender"), "title")[:2] == [
        "Gender training manual",
        "Training on gender",
    ]


def test_each_engine_answers_itself(pages):
    """The endpoint falls back to the database when Elasticsearch fails: the engine's own
    answer is checked here, so a failing Elasticsearch query cannot pass unnoticed."""
    from search.suggestions import parse

    found = pages.suggest(parse("training gen"), 8, None)
    assert texts(found) == ["Gender training manual", "Training on gender"]
    assert texts(pages.suggest(parse("gen"), 2, "es")) == ["Género y desarrollo"]


def test_the_database_answers_when_elasticsearch_does_not(client, db, settings):
    from search import service
    from search.engines import elasticsearch

    from .faults import closed_port_url

    for row in PAGES[:3]:
        store(*row)
    settings.COP_SEARCH_ENGINE = "elasticsearch"
    settings.ELASTICSEARCH_URL = closed_port_url()
    settings.COP_SEARCH_TIMEOUT = 0.5
    elasticsearch.reset_client()
    service.reset_breaker()
    try:
        found = suggest(client, "gen")
    finally:
        elasticsearch.reset_client()
        service.reset_breaker()
    assert texts(found, "title") == [
        "Gender training manual",
        "Género y desarrollo",
        "Training on gender",
    ]


def test_earlier_words_must_all_be_words_of_the_title(client, pages):
    # In any order: the words are not a phrase.
    assert texts(suggest(client, "gender tr"), "title") == [
        "Training on gender",
        "Gender training manual",
    ]
    assert texts(suggest(client, "manual gen"), "title") == ["Gender training manual"]
    assert texts(suggest(client, "training gen"), "title") == [
        "Gender training manual",
        "Training on gender",
    ]
    assert suggest(client, "budget gen") == []  # "budget" is not a word of "Gendered budgets"


def test_taxonomy_terms_link_to_the_search_page_filtered(client, pages):
    found = suggest(client, "gen")
    assert [item for item in found if item["kind"] == "term"] == [
        {"text": "Gender-based violence", "kind": "term", "url": "/search/?theme=gbv"}
    ]  # "Genealogy" only tags a withdrawn page
    assert suggest(client, "lat") == [
        {"text": "Latin America", "kind": "term", "url": "/search/?region=latam"}
    ]
    assert suggest(client, "violence") == [
        {"text": "Gender-based violence", "kind": "term", "url": "/search/?theme=gbv"}
    ]
    assert suggest(client, "resource") == []  # types and years are not terms offered
    assert suggest(client, "2024") == []


def test_lang_restricts_titles_and_an_unknown_one_is_ignored(client, pages):
    assert texts(suggest(client, "gen", lang="es"), "title") == ["Género y desarrollo"]
    assert texts(suggest(client, "gen", lang="fr"), "title") == ["Égalité de genre"]
    assert texts(suggest(client, "gen", lang="klingon"), "title") == texts(
        suggest(client, "gen"), "title"
    )
    # Terms are not in one language.
    assert texts(suggest(client, "gen", lang="fr"), "term") == ["Gender-based violence"]


def test_at_most_eight(client, engine):
    for pk in range(1, 13):
        store(pk, f"Gender guide {pk:02}", themes=["gbv"])
    sync_to(engine)
    found = suggest(client, "gen")
    assert len(found) == 8
    # Titles fill the places terms leave.
    assert texts(found) == [f"Gender guide {pk:02}" for pk in range(1, 8)] + [
        "Gender-based violence"
    ]


@pytest.mark.parametrize(
    "q",
    ["", "g", "   ", "\x00\x01gen\x1f"[:2], "?!…-*:()", "x" * 1000, "gen" * 400, "\x00"],
)
def test_empty_short_or_hostile_text_gets_no_suggestions(client, pages, q):
    assert suggest(client, q) == []


def test_control_characters_and_operators_are_dropped(client, pages):
    assert texts(suggest(client, "ge\x00n\x07"), "title")[0] == "Gender training manual"
    assert texts(suggest(client, '-"gen'), "title")[0] == "Gender training manual"


@pytest.fixture
def suggest_site(live_server):
    from home.factories import make_site_home
    from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
    from taxonomy.factories import ThemeFactory

    home = make_site_home()
    library = ResourceIndexPageFactory(parent=home, slug="resources")
    theme = ThemeFactory(slug="facilitation", name="Facilitation skills")
    for n in range(3):
        ResourcePageFactory(
            parent=library, slug=f"guide-{n}", title=f"Facilitation guide {n}", themes=[theme]
        )
    return live_server.url


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_search_box_is_a_combobox_used_from_the_keyboard(suggest_site, chromium):
    from tests.browser import violations_on

    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(suggest_site + "/search/")
    assert page.locator("#q").get_attribute("role") is None  # a plain search field
    context.close()

    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(suggest_site + "/search/")
    box = page.locator("#q")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    assert box.get_attribute("aria-autocomplete") == "list"
    listbox = page.locator("#" + box.get_attribute("aria-controls"))
    assert listbox.get_attribute("role") == "listbox"

    box.focus()
    page.keyboard.type("faci")
    options = listbox.get_by_role("option")
    options.first.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    assert options.all_inner_texts() == [
        "Facilitation guide 0",
        "Facilitation guide 1",
        "Facilitation guide 2",
        "Facilitation skills Topic",  # the term, marked as one
    ]
    status = page.locator("#q ~ [role=status]")
    assert status.inner_text().startswith("4 suggestions")
    assert violations_on(page) == []

    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == options.nth(1).get_attribute("id")
    assert options.nth(1).get_attribute("aria-selected") == "true"
    page.keyboard.press("ArrowUp")
    assert box.get_attribute("aria-activedescendant") == options.nth(0).get_attribute("id")
    assert violations_on(page) == []

    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert not listbox.is_visible()
    assert box.input_value() == "faci"  # only the list closed

    page.keyboard.press("ArrowDown")  # opens the list again
    assert box.get_attribute("aria-expanded") == "true"
    for _ in range(4):
        page.keyboard.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == options.nth(3).get_attribute("id")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?theme=facilitation")
    context.close()
