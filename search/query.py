"""The search contract: ``search(SearchQuery) -> SearchResults``, whatever engine answers.

Facet semantics for every engine: OR within a facet, AND across facets, and a facet's counts
ignore that facet's own selection (disjunctive counts).
"""

import datetime
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext

from .documents import FACETS
from .syntax import parse

SORTS = ("relevance", "newest", "title")
MAX_PAGE = 1000
MAX_QUERY_LENGTH = 500
_WORD = re.compile(r"\w", re.UNICODE)
# Control characters mean nothing in a query, PostgreSQL refuses NUL in text and XML (the
# feeds) refuses the rest: they are dropped on the way in.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def without_controls(value):
    return _CONTROL.sub("", value)


def _cut(text):
    """At most MAX_QUERY_LENGTH characters, cut after a whole word."""
    if len(text) <= MAX_QUERY_LENGTH:
        return text
    cut = text[: MAX_QUERY_LENGTH + 1]
    return cut[: cut.rfind(" ")] if " " in cut else cut[:MAX_QUERY_LENGTH]


def _country_codes(values):
    """ISO 3166-1 codes, lower-case like the facet's values; anything else is no country."""
    from django_countries import countries

    codes = [value.strip().lower() for value in values]
    return [code for code in codes if len(code) == 2 and code.upper() in countries]


@dataclass
class SearchQuery:
    text: str = ""
    # facet -> selected values (the visitor's choices, shown as selected)
    filters: dict[str, list[str]] = field(default_factory=dict)
    # facet -> values every result must have, not offered as a choice (the library: resources)
    scope: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20

    @classmethod
    def from_params(cls, params, scope=None, default_sort="relevance", per_page=20):
        """Read a query from request parameters; anything unknown or malformed is ignored."""
        text = _cut(" ".join(without_controls(params.get("q", "")).split()))
        filters = {}
        for key in FACETS:
            values = [
                value
                for value in params.getlist(key)
                if value and len(value) <= 100 and not _CONTROL.search(value)
            ]
            if key == "year":
                values = [value for value in values if re.fullmatch(r"\d{4}", value)]
            if key == "country":
                values = _country_codes(values)
            if values:
                filters[key] = list(dict.fromkeys(values))
        sort = params.get("sort", "")
        if sort not in SORTS:
            sort = default_sort if text or default_sort != "relevance" else "newest"
        try:
            page = int(params.get("page", 1))
        except (TypeError, ValueError):
            page = 1
        return cls(
            text=text,
            filters=filters,
            scope=dict(scope or {}),
            sort=sort,
            page=min(max(page, 1), MAX_PAGE),
            per_page=per_page,
        )

    def query_string(self):
        """The text and selections as URL parameters, facets in their order (no sort or page):
        what a feed or a saved search of this query is asked with."""
        from django.http import QueryDict

        params = QueryDict(mutable=True)
        if self.text:
            params["q"] = self.text
        for key in FACETS:
            if self.filters.get(key):
                params.setlist(key, self.filters[key])
        return params.urlencode()

    @property
    def parsed(self):
        """The text in the query language every engine reads (search.syntax)."""
        if getattr(self, "_parsed_text", None) != self.text:
            self._parsed = parse(self.text)
            self._parsed_text = self.text
        return self._parsed

    @property
    def has_text(self):
        """Text with no word in it (only punctuation or operators) searches for nothing."""
        return not self.parsed.is_empty

    @property
    def offset(self):
        return (self.page - 1) * self.per_page


@dataclass
class Hit:
    id: int
    url: str
    title: str
    type: str
    type_label: str
    snippet: str  # HTML: escaped text with <mark> around matches
    date: datetime.date | None
    summary: str = ""
    image_id: int | None = None
    image_alt: str = ""
    # The image itself: set by presentation.attach_images on the pages that show cards.
    image: object = None

    def __post_init__(self):
        # The catalogue stores labels that come from code (a content type, a page type's
        # verbose name) as their English msgids: one row serves visitors in every language.
        if self.type_label:
            self.type_label = gettext(self.type_label)


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    # The value one level up in a hierarchical facet (a country's region slug), "" if none.
    parent: str = ""


@dataclass
class SearchResults:
    total: int
    page: int
    per_page: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    engine: str
    notice: str = ""
    # A corrected query text when this one found nothing and the correction finds something.
    did_you_mean: str | None = None

    @property
    def num_pages(self):
        return max(1, -(-self.total // self.per_page))

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.num_pages


def order_facet_values(key, values):
    """The order every engine returns a facet's values in."""
    if key == "year":
        return sorted(values, key=lambda v: v.value, reverse=True)
    return sorted(values, key=lambda v: (-v.count, v.label.casefold(), v.value))
