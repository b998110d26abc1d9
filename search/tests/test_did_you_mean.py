""" "Did you mean" through the real /api/search/ and /search/, the same on both engines: a
query that finds nothing is offered a correction from the catalogue's own vocabulary, only
when the correction finds something with the same selections."""

import json

import pytest
from bs4 import BeautifulSoup
from django.http import QueryDict

from search import catalogue, spelling
from search.models import CatalogWord
from search.syntax import parse

from .conftest import FakePage, document, sync_to

pytestmark = pytest.mark.django_db

# pk: (locale, title, text, themes)
PAGES = {
    21: ("en", "Masculinity and care", "Workshops with fathers on caring masculinity.", ["masc"]),
    22: ("es", "Capacitación de funcionarias", "Guía de capacitación en políticas.", []),
    23: ("fr", "Égalité des genres", "Formations pour les réseaux de formatrices.", []),
    24: ("en", "Training of trainers", "Gender training for police trainers.", ["gbv"]),
    25: ("en", "Budget workshops", "Gender budgeting for ministries.", ["eval"]),
}


def publish(pk, locale, title, text, themes=()):
    row = document(title, text, "resource", list(themes), [], 2024)
    catalogue._store(FakePage(pk, row, locale=locale), row)


@pytest.fixture
def pages(db):
    for pk, row in PAGES.items():
        publish(pk, *row)


def api(client, engine, **params):
    sync_to(engine)
    response = client.get("/api/search/", params)
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["engine"] == engine.NAME
    return data


def suggestion(client, engine, text, **params):
    return api(client, engine, q=text, **params)["did_you_mean"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("masculinty", "masculinity"),  # English, a letter left out
        ("maskulinty", "masculinity"),  # two edits in a long word
        ("Capacitacon", "capacitacion"),  # Spanish, folded as the catalogue folds
        ("formatrises", "formatrices"),  # French
        ("gender trainnig", "gender training"),  # the known word is kept
        ("fahters", "fathers"),  # letters swapped
    ],
)
def test_typos_are_corrected_from_the_catalogue(client, engine, pages, text, expected):
    data = api(client, engine, q=text)
    assert data["total"] == 0
    assert data["did_you_mean"] == expected
    # The correction finds what it promises.
    assert api(client, engine, q=expected)["total"] > 0


@pytest.mark.parametrize(
    "text",
    [
        "training",
        "capacitacion",  # no accent is no typo: folding finds "capacitación"
        "reseaux",
        "masculinities",  # a stem of a catalogue word, found by stemming
    ],
)
def test_a_query_that_finds_something_gets_none(client, engine, pages, text):
    data = api(client, engine, q=text)
    assert data["total"] > 0
    assert "did_you_mean" in data and data["did_you_mean"] is None


def test_a_correction_that_would_find_nothing_is_not_offered(client, engine, pages):
    # Each word corrects, but no page has both.
    assert suggestion(client, engine, "masculinty budgetting") is None
    # The same correction with a selection no corrected result has.
    assert suggestion(client, engine, "masculinty") == "masculinity"
    assert suggestion(client, engine, "masculinty", theme="eval") is None
    assert suggestion(client, engine, "masculinty", theme="masc") == "masculinity"


def test_phrases_exclusions_and_or_are_kept(client, engine, pages):
    assert suggestion(client, engine, '"gender trainnig" -budgeting') == (
        '"gender training" -budgeting'
    )
    assert suggestion(client, engine, "masculinty OR formatrises") == (
        "masculinity OR formatrices"
    )
    # An excluded word is never corrected (it excludes nothing either way).
    assert suggestion(client, engine, "trainnig -polise") == "training -polise"


def test_vocabulary_follows_republishing_and_withdrawal(client, engine, pages):
    publish(26, "en", "Icebreakers", "Icebreakers that work online.")
    assert suggestion(client, engine, "icebrakers") == "icebreakers"

    publish(26, "en", "Energisers", "Energisers that work online.")
    assert suggestion(client, engine, "icebrakers") is None
    assert suggestion(client, engine, "energisrs") == "energisers"

    catalogue.withdraw([26])
    assert suggestion(client, engine, "energisrs") is None
    assert CatalogWord.objects.get(word="energisers").documents == 0
    # Words other pages still have keep their count.
    assert CatalogWord.objects.get(word="online").documents == 0
    assert CatalogWord.objects.get(word="training").documents == 1

    # Back again: counted again.
    publish(26, "en", "Energisers", "Energisers that work online.")
    assert suggestion(client, engine, "energisrs") == "energisers"


def test_a_withdrawn_pages_word_is_never_offered(client, engine, pages):
    # "trainees" is one edit from "trainers"... and from the withdrawn "trainees".
    publish(27, "en", "Trainees", "Trainees and their mentors.")
    catalogue.withdraw([27])
    assert suggestion(client, engine, "mentorz") is None
    assert suggestion(client, engine, "traineez") == "trainers"


@pytest.mark.parametrize(
    "text",
    [
        "zq" * 500,
        "\x00qzxv" + "".join(chr(code) for code in range(1, 32)) + "\x7f",
        'OR - "" -"" OR -',
        "!@#$%^&*()" * 100,
        " ".join(f"qx{number}vz" for number in range(200)),
        "ab OR cd",
        "12345",
    ],
)
def test_hostile_input_gets_none_without_error(client, engine, pages, text):
    data = api(client, engine, q=text)
    assert "did_you_mean" in data and data["did_you_mean"] is None


def test_search_page_offers_the_correction_keeping_the_selections(client, engine, pages):
    sync_to(engine)
    response = client.get("/search/", {"q": "masculinty", "sort": "title", "theme": "masc"})
    soup = BeautifulSoup(response.content, "html.parser")
    offer = soup.select_one(".did-you-mean")
    assert offer is not None
    assert " ".join(offer.get_text().split()) == "Did you mean masculinity?"
    link = offer.find("a")
    assert link.get_text() == "masculinity"
    params = QueryDict(link["href"].lstrip("?"))
    assert params.dict() == {"q": "masculinity", "sort": "title", "theme": "masc"}

    followed = BeautifulSoup(client.get("/search/" + link["href"]).content, "html.parser")
    assert followed.select_one(".did-you-mean") is None
    assert "Masculinity and care" in followed.select_one(".entry-list").get_text()


def test_search_page_without_a_correction_shows_none(client, engine, pages):
    sync_to(engine)
    soup = BeautifulSoup(client.get("/search/", {"q": "zzzzqqq"}).content, "html.parser")
    assert soup.select_one(".did-you-mean") is None
    assert "Nothing matches" in soup.get_text()


def test_correction_prefers_the_closer_then_the_more_frequent_word(db):
    for pk, word in enumerate(["carts", "carts", "cards", "cares", "cares", "cares"], start=40):
        publish(pk, "en", word, "")
    assert spelling.correct(parse("carys")) == "cares"
    assert spelling.correct(parse("cartz")) == "carts"


@pytest.mark.parametrize(
    "a, b, expected",
    [("abc", "abc", 0), ("abc", "acb", 1), ("masculinty", "masculinity", 1), ("ab", "ba", 1),
     ("maskulinty", "masculinity", 2), ("abcdef", "badcfe", 3)],
)  # fmt: skip
def test_distance(a, b, expected):
    assert spelling.distance(a, b, 3) == expected
    assert spelling.distance(a, b, expected) == expected
    if expected:
        assert spelling.distance(a, b, expected - 1) == expected


def test_recounting_gives_the_counts_publishing_kept(pages):
    kept = dict(CatalogWord.objects.values_list("word", "documents"))
    assert kept["gender"] == 2 and kept["masculin_en"] == 1 and kept["formatric_fr"] == 1
    # Short words and numbers are not kept.
    assert not CatalogWord.objects.filter(word__in=["of", "on", "2024"]).exists()
    CatalogWord.objects.filter(word="gender").update(documents=99)
    CatalogWord.objects.filter(word="fathers").delete()

    spelling.rebuild_vocabulary()

    recounted = dict(CatalogWord.objects.values_list("word", "documents"))
    assert recounted == {word: count for word, count in kept.items() if count}


def test_keeping_the_vocabulary_costs_no_query_per_word(pages):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    many = " ".join(f"word{number}x" for number in range(600))
    publish(30, "en", "Long page", many)  # its words enter the vocabulary

    def queries(pk, text):
        with CaptureQueriesContext(connection) as context:
            publish(pk, "en", "Page", text)
            catalogue.withdraw([pk])
        return len(context.captured_queries)

    assert queries(31, many) == queries(32, "word1x word2x")
    assert CatalogWord.objects.get(word="word599x").documents == 1
