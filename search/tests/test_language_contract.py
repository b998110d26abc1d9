"""The query language and the language analysis, the same on every engine (SQLite or
PostgreSQL, whichever the suite runs on, and Elasticsearch): stems in English, Spanish and
French chosen by each page's language, accents and case folded, quoted phrases, excluded
words and OR."""

import pytest
from django.http import QueryDict

from search import catalogue

from .conftest import FakePage, document, sync_to
from .test_contract import ids, run

pytestmark = pytest.mark.django_db

# (locale, title, text)
PAGES = {
    11: ("en", "Masculinities and care", "Workshops with fathers on caring masculinities."),
    12: ("en", "A policy brief", "Public policies for gender equality in the workplace."),
    13: ("es", "Políticas de género", "Capacitación de funcionarias en políticas públicas."),
    14: ("es", "Guía para capacitadores", "Evaluación de la capacitación con enfoque de género."),
    15: ("fr", "Égalité des genres", "Formations pour les réseaux de formatrices."),
    16: ("fr", "Le réseau des formateurs", "Une formation sur l'égalité économique."),
    17: ("en", "Training of trainers", "Gender training for police trainers, in the field."),
}


@pytest.fixture
def languages(db):
    for pk, (locale, title, text) in PAGES.items():
        row = document(title, text, "resource", [], [], 2024)
        catalogue._store(FakePage(pk, row, locale=locale), row)


def found(engine, text):
    params = QueryDict(mutable=True)
    params["q"] = text
    return ids(run(engine, params.urlencode()))


@pytest.mark.parametrize(
    "text, expected",
    [
        # English stems: singular finds plural and back.
        ("masculinity", [11]),
        ("policy", [12]),
        ("policies", [12]),
        ("trainer", [17]),
        # Spanish: stems and accents both ways.
        ("política", [13]),
        ("politicas", [13]),
        ("genero", [13, 14]),
        ("capacitaciones", [13, 14]),
        ("evaluacion", [14]),
        # French.
        ("formation", [15, 16]),
        ("egalite", [15, 16]),
        ("réseaux", [15, 16]),
        ("économiques", [16]),
        # Case folds everywhere.
        ("GÉNERO", [13, 14]),
    ],
)
def test_words_match_their_forms_in_the_pages_language(engine, languages, text, expected):
    assert found(engine, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"gender training"', [17]),  # exact words in this order
        ('"training gender"', []),
        ('"politicas publicas"', [13]),  # a phrase folds accents too
        ('"caring masculinity"', []),  # a phrase is exact: no stems
        ('"masculinities"', [11]),
        ('"fathers on caring"', [11]),
        ('"care workshops"', []),  # never across two fields (title, then text)
    ],
)
def test_quoted_phrases_match_exact_words_in_order(engine, languages, text, expected):
    assert found(engine, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("gender -police", [12]),
        ("formation -économique", [15]),
        ('training -"police trainers"', []),
        ("-masculinities", [12, 13, 14, 15, 16, 17]),
        ("masculinities OR égalité", [11, 15, 16]),
        ("caring OR réseau formation", [15, 16]),
        # Operators alone are no words: no text to match, so every page.
        ("OR", sorted(PAGES)),
        ("-", sorted(PAGES)),
    ],
)
def test_exclusion_and_or(engine, languages, text, expected):
    assert found(engine, text) == expected


def test_the_engines_agree_on_every_case(es_engine, languages):
    from search.engines import database

    cases = [
        "masculinity", "politicas", "egalite", '"gender training"', "gender -police",
        "masculinities OR égalité", '-"police trainers"', "formation OR", '"unclosed phrase',
    ]  # fmt: skip
    for text in cases:
        assert found(database, text) == found(es_engine, text), text


def test_snippets_mark_stemmed_matches_on_word_boundaries(engine, db):
    long_text = ("Opening words of a long text about many things. " * 6) + (
        "Sessions on caring masculinities with fathers.\nAmina Diallo; Lucía Fernández\n"
        "Welcome\nPresentations"
    )
    row = document("Report", long_text, "resource", [], [], 2024)
    catalogue._store(FakePage(21, row, locale="en"), row)
    sync_to(engine)
    snippet = run(engine, "q=masculinity").hits[0].snippet
    assert "<mark>masculinities</mark>" in snippet
    # The match is far into the text: the excerpt starts on a whole word after an ellipsis,
    # and the fields stay apart.
    assert snippet.startswith("… ")
    text_only = snippet.removeprefix("… ").replace("<mark>", "").replace("</mark>", "")
    flattened = " · ".join(" ".join(line.split()) for line in long_text.splitlines())
    assert text_only in flattened
    assert flattened[flattened.index(text_only) - 1] == " "
    assert "Fernández · Welcome · Presentations" in snippet


def test_a_long_query_is_cut_after_a_whole_word(engine, languages):
    assert found(engine, " ".join(["gender"] * 100)) == found(engine, "gender")


def test_relevance_puts_title_matches_and_exact_words_first_on_every_engine(engine, db):
    # The newest page only mentions the word in passing; every engine, SQLite included,
    # ranks the page about it first, then an exact form above a stemmed one.
    pages = [
        (31, "Evaluating gender training", "A guide to evaluation of courses.", 2010),
        (32, "Newsletter", "Notes from the month; one item on evaluating training courses.", 2025),
        (33, "Evaluation of training", "How an evaluation is run.", 2018),
    ]
    for pk, title, text, year in pages:
        row = document(title, text, "resource", [], [], year)
        catalogue._store(FakePage(pk, row, locale="en"), row)

    results = run(engine, "q=evaluating+training&sort=relevance")

    assert [hit.id for hit in results.hits] == [31, 33, 32]
