"""Sorting by title in the reader's language: "Árbol" with the A's, and, in Spanish, "Ñandú"
after "Nube" (ñ is a letter of its own there), not at the end with the code points.

``by_title(field)`` is an ``order_by`` expression for the active language. On PostgreSQL it
uses the server's ICU collation for the language (``es-x-icu``, ``fr-x-icu``; ``und-x-icu``
for a language without one) when the server has it, the column's own collation otherwise. On
SQLite a function is registered on the connection that runs the query, whose sort keys give
the same order from Python: accents set aside at first (they only break ties), and the
letters a language sorts on their own (Spanish ñ) after their base letter.
"""

import functools
import re
import unicodedata

from django.db.models import F
from django.db.models.functions import Collate

from .mail import current_language

# Letters sorted after their base letter rather than with it: language -> [(base, mark)].
OWN_LETTERS = {"es": [("n", "\u0303")]}
# After every other character a letter can be followed by, so "ñ" comes after "nz…".
AFTER_ALL = chr(0x10FFFF)
# Combining marks (accents) in decomposed text: set aside for the first comparison.
_MARK_RANGES = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_MARKS = re.compile(f"[{_MARK_RANGES}]")
# Spaces, then punctuation and symbols, come before digits and letters, as in ICU's root
# collation: "¿Cómo…?" is sorted first, not after "z" with the code points.
_SPACES = re.compile(r"\s")
_OTHERS = re.compile(f"[^\\w\\s{_MARK_RANGES}{AFTER_ALL}]")
_SPACE, _OTHER = "\x04", "\x05"
_ASCII = {
    code: _SPACE if chr(code).isspace() else _OTHER
    for code in range(128)
    if not re.match(r"\w", chr(code))
}


@functools.lru_cache(maxsize=50_000)
def sort_key(text, language):
    """A key that sorts ``text`` as ``language`` readers expect: the letters without their
    accents, then the accents, then the text as written (case)."""
    if text.isascii():  # no accents to set aside: the quick way, to the same key
        folded = text.lower()
        return folded.translate(_ASCII), folded, text
    decomposed = unicodedata.normalize("NFD", text.casefold())
    # Ligatures sort as their letters: "Œuvre" with the "oe" words, as in French dictionaries.
    primary = decomposed.replace("œ", "oe").replace("æ", "ae")
    for base, mark in OWN_LETTERS.get(language.split("-")[0], ()):
        primary = primary.replace(base + mark, base + AFTER_ALL)
    primary = _OTHERS.sub(_OTHER, _SPACES.sub(_SPACE, primary))
    return _MARKS.sub("", primary), decomposed, text


def sort_string(text, language):
    """``sort_key`` as one string whose code-point order is the key's order: what SQLite
    sorts (its own comparison, no Python call per comparison); the separator is below every
    character the parts hold."""
    if text is None:
        return None
    return "\x01".join(sort_key(text, language))


def _sqlite_name(language):
    return "cop_sort_key_" + language.replace("-", "_")


@functools.lru_cache(maxsize=64)
def _postgresql_collation(alias, language):
    """The ICU collation the server has for ``language`` (None: none at all)."""
    from django.db import connections

    names = [f"{language}-x-icu", f"{language.split('-')[0]}-x-icu", "und-x-icu"]
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT collname FROM pg_collation WHERE collname = ANY(%s)", [names])
        found = {row[0] for row in cursor.fetchall()}
    return next((name for name in names if name in found), None)


class LanguageCollate(Collate):
    """``Collate`` whose collation is chosen for the database that runs the query."""

    def __init__(self, expression, language):
        self.language = language
        super().__init__(expression, _sqlite_name(language))

    def as_sqlite(self, compiler, connection, **extra_context):
        # A function, not a collation: SQLite then calls Python once per row, not once per
        # comparison. Registered on the connection actually used (each thread has its own),
        # every time: registering again is cheap and survives reconnections.
        connection.ensure_connection()
        connection.connection.create_function(
            self.collation,
            1,
            functools.partial(sort_string, language=self.language),
            deterministic=True,
        )
        sql, params = compiler.compile(self.source_expressions[0])
        return f"{self.collation}({sql})", params

    def as_postgresql(self, compiler, connection, **extra_context):
        name = _postgresql_collation(connection.alias, self.language)
        if name is None:
            return compiler.compile(self.source_expressions[0])
        self.collation = name
        return super().as_sql(compiler, connection, **extra_context)

    def as_sql(self, compiler, connection, **extra_context):
        # Other databases: their own order.
        return compiler.compile(self.source_expressions[0])


def by_title(field="title", language=None):
    """Order by ``field`` in ``language`` (default: the active one), ascending."""
    return LanguageCollate(F(field), language or current_language()).asc()
