"""The catalogue's language analysis: the words and stems a text is found by, computed here
once, so that SQLite, PostgreSQL and Elasticsearch match exactly the same pages.

A word is a run of letters and digits, case- and accent-folded ("Género" is "genero"; an
apostrophe splits, so "women's" gives "women" and "s", as PostgreSQL's parser does). A
document is also found by the Snowball stems of its words in its own language (English,
Spanish or French, from the page's locale): "masculinities" and "masculinity" share the stem
"masculin". The Elasticsearch node needs no analysis plugin: it receives these tokens ready
made, and splits them on whitespace only.

Stems are computed on folded words, so a query typed without accents ("politicas",
"egalite") finds the accented text. A query word is stemmed in every supported language,
since a document may be in any of them and is stemmed in its own.
"""

import functools
import re
import unicodedata

import snowballstemmer

# Locale language code -> Snowball algorithm. Other locales get words without stems.
LANGUAGES = {"en": "english", "es": "spanish", "fr": "french"}
DEFAULT_LANGUAGE = "en"
# Letters and digits; "_" separates, as in PostgreSQL's parser (and marks stems, below).
_WORD = re.compile(r"[^\W_]+")


# Combining marks (the accents NFKD splits off letters): diacritical marks and their
# supplements, extended and for symbols, and half marks.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text):
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _COMBINING.sub("", unicodedata.normalize("NFKD", folded))


def words(text):
    """The folded words of ``text``, in order, repeats kept (phrases need their positions)."""
    return _WORD.findall(fold(text))


def language_of(locale_code):
    """The analysis language of a page's locale ("es-mx" -> "es"); None if unsupported."""
    code = (locale_code or "").split("-")[0].lower()
    return code if code in LANGUAGES else None


@functools.cache
def _stemmer(language):
    return snowballstemmer.stemmer(LANGUAGES[language])


@functools.lru_cache(maxsize=200_000)
def stem(word, language):
    """The Snowball stem of a folded word; the word itself for digits, single letters and
    unsupported languages."""
    if language not in LANGUAGES or len(word) < 3 or word.isdigit():
        return word
    return _stemmer(language).stemWord(word)


@functools.lru_cache(maxsize=200_000)
def stem_token(word, language):
    """A stem as the catalogue stores it: marked with its language ("polic_en"), so that a
    query word's French stem never matches an English page's stem of another word (the
    French stem of "policies" is the English stem of "police")."""
    return f"{stem(word, language)}_{language}"


def stems_in_every_language(word):
    """What a query word may match a document by: the word itself, or its stem in the
    language of the document, whichever that is."""
    return (word, *(stem_token(word, language) for language in LANGUAGES))


def index_tokens(texts, language):
    """The distinct words of ``texts`` and their stems in ``language``, space-separated with a
    space at each end (so " word " finds a whole token with LIKE/contains)."""
    language = language_of(language)
    distinct = dict.fromkeys(word for text in texts for word in words(text))
    tokens = list(distinct)
    if language is not None:
        tokens += dict.fromkeys(stem_token(word, language) for word in distinct)
    return " " + " ".join(tokens) + " "


FIELD_BREAK = "|"  # between fields in ``index_words``: a phrase never spans two fields


def index_words(texts):
    """Every folded word of ``texts`` in order, fields apart: what phrases are matched on."""
    return " " + f" {FIELD_BREAK} ".join(" ".join(words(text)) for text in texts if text) + " "
