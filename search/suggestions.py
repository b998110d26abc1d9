"""Suggestions while typing (``/api/search/suggest/``): what the engines share.

The text typed is read as folded words (search.analysis): the last one is a prefix, the ones
before it are whole words. A title or a term is suggested when one of its words starts with the
prefix and every earlier word is one of its words ("gender tr" suggests "Gender training",
"gen" suggests "Género y desarrollo" and "Training on gender").

Order, the same on every engine: first what has the prefix as a whole word, then what begins
with the last word as typed (lower-cased, accents kept: "gén" puts "Género" here, "gen" puts
"Gender" here), then alphabetically (by the lower-cased title or label, in code-point order),
then by page id or by facet and value. The second tier compares the lower-cased title, not its
folded words, because Elasticsearch checks it with a prefix on the title's keyword: a prefix
on the first word's position would expand to a clause per matching word and fail past 8,192.

Taxonomy terms come from the catalogue's labels on every engine (there are a few hundred), so
both engines answer them identically by construction.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.http import urlencode

from . import analysis
from .models import CatalogFacet, CatalogFacetLabel
from .query import without_controls

LIMIT = 8
# Terms are offered after the titles and take at most this many places while titles fill the
# rest; fewer titles leave their places to more terms.
TERM_PLACES = 3
MIN_PREFIX = 2
# Enough for what anyone types in a search box; a pasted page costs no more than this.
MAX_TEXT = 100
MAX_WORDS = 5
# The facets whose values are taxonomy terms worth offering (not the type, nor years).
TERM_FACETS = ("theme", "context", "resource_type", "region", "country", "language", "subgroup")


@dataclass(frozen=True)
class PrefixQuery:
    prefix: str  # folded, at least MIN_PREFIX characters
    words: tuple[str, ...] = ()  # folded whole words the suggestion must also have
    start: str = ""  # the last word as typed, lower-cased: what a title may begin with


_WORD = re.compile(r"[^\W_]+")


def parse(text):
    """The prefix query of what was typed, or None when it holds no usable prefix."""
    text = unicodedata.normalize("NFC", without_controls(str(text or ""))[:MAX_TEXT])
    typed = analysis.words(text)[-MAX_WORDS:]
    if not typed or len(typed[-1]) < MIN_PREFIX:
        return None
    # The same word before folding; the folded one when folding split it differently.
    as_typed = _WORD.findall(text.casefold())
    start = as_typed[-1] if as_typed and analysis.fold(as_typed[-1]) == typed[-1] else typed[-1]
    return PrefixQuery(prefix=typed[-1], words=tuple(dict.fromkeys(typed[:-1])), start=start)


def language(code):
    """A supported language code from ``lang=``, or None (unknown values are ignored)."""
    code = str(code or "").strip().lower()
    return code if code in analysis.LANGUAGES else None


def rank(folded_words, lowered, query):
    """The sort key's first part for a suggestion with these words and this lower-cased
    text: lower comes first."""
    return (query.prefix not in folded_words, not lowered.startswith(query.start))


def matches(folded_words, query):
    return all(word in folded_words for word in query.words) and any(
        word.startswith(query.prefix) for word in folded_words
    )


def terms(query, limit):
    """Taxonomy terms some searchable entry has, whose label matches: ``{"text", "kind",
    "url"}`` dicts, the url the search page filtered on the term."""
    if limit <= 0:
        return []
    live = CatalogFacet.objects.filter(
        facet=OuterRef("facet"), value=OuterRef("value"), entry__withdrawn=False
    )
    rows = (
        CatalogFacetLabel.objects.filter(facet__in=TERM_FACETS)
        .filter(Exists(live))
        .values_list("facet", "value", "label")
    )
    found = []
    for facet, value, label in rows:
        folded = analysis.words(label)
        if matches(folded, query):
            lowered = label.casefold()
            found.append((rank(folded, lowered, query), lowered, facet, value, label))
    found.sort()
    search = reverse("search:search")
    return [
        {"text": label, "kind": "term", "url": f"{search}?{urlencode({facet: value})}"}
        for *_, facet, value, label in found[:limit]
    ]


def title(text, url):
    return {"text": text, "kind": "title", "url": url}
