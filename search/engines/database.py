"""The database engine over the catalogue: PostgreSQL full-text search on PostgreSQL, word
matching on other databases. Same semantics as the Elasticsearch engine."""

from django.db import connection
from django.db.models import Count, F, Q

from ..catalogue import tokens
from ..documents import FACETS
from ..highlight import snippet_for
from ..models import CatalogEntry, CatalogFacet, CatalogFacetLabel
from ..query import FacetValue, Hit, SearchResults, order_facet_values

NAME = "database"


def _on_postgresql():
    return connection.vendor == "postgresql"


def _text_query(text):
    from django.contrib.postgres.search import SearchQuery as PgSearchQuery

    from ..fields import register_postgresql_lookups

    register_postgresql_lookups()

    # websearch syntax never raises on malformed input.
    return PgSearchQuery(text, config="simple", search_type="websearch")


def _matching_text(entries, query):
    if not query.has_text:
        return entries
    if _on_postgresql():
        return entries.filter(search_vector=_text_query(query.text))
    for word in tokens(query.text):
        entries = entries.filter(search_tokens__contains=f" {word} ")
    return entries


def _with_facet(entries, key, values):
    matching = CatalogFacet.objects.filter(facet=key, value__in=values).values("entry_id")
    return entries.filter(pk__in=matching)


def _filtered(entries, selections, skip=None):
    for key, values in selections.items():
        if key != skip and values:
            entries = _with_facet(entries, key, values)
    return entries


def _ordered(entries, query):
    if query.sort == "title":
        return entries.order_by("sort_title", "page_id")
    newest = (F("date").desc(nulls_last=True), "-page_id")
    if query.sort == "relevance" and query.has_text and _on_postgresql():
        from django.contrib.postgres.search import SearchRank

        rank = SearchRank(F("search_vector"), _text_query(query.text))
        return entries.annotate(rank=rank).order_by("-rank", *newest)
    return entries.order_by(*newest)


def _counts(entries, query):
    """facet key -> {value: count} for every facet, in one grouped query over ``entries``.

    A facet nobody selected counts over the fully filtered results; a selected facet ignores
    its own selection. Each facet row is kept when its entry passes the selections of the
    other facets, so the text match is evaluated once for all facets.
    """
    selected = {key: values for key, values in query.filters.items() if values}
    having = {
        key: Q(
            entry_id__in=CatalogFacet.objects.filter(facet=key, value__in=values).values(
                "entry_id"
            )
        )
        for key, values in selected.items()
    }

    def passing(skip=None):
        condition = Q()
        for key, has_value in having.items():
            if key != skip:
                condition &= has_value
        return condition

    keep = Q(facet__in=[key for key in FACETS if key not in selected]) & passing()
    for key in selected:
        keep |= Q(facet=key) & passing(skip=key)
    rows = (
        CatalogFacet.objects.filter(entry__in=entries.values("pk"))
        .filter(keep)
        .values_list("facet", "value")
        .annotate(count=Count("entry_id"))
        .order_by()
    )
    counts = {key: {} for key in FACETS}
    for facet, value, count in rows:
        counts[facet][value] = count
    return counts


def _total(counts, query):
    """Every entry has exactly one type, so the type counts add up to the number of hits."""
    types = counts["type"]
    selected = query.filters.get("type")
    return sum(types.get(value, 0) for value in selected) if selected else sum(types.values())


def _facets(counts, query):
    selected_keys = [key for key in FACETS if query.filters.get(key)]
    pairs = {(key, value) for key, values in counts.items() for value in values}
    pairs |= {(key, value) for key in selected_keys for value in query.filters[key]}
    labels = {}
    if pairs:
        labels = {
            (facet, value): label
            for facet, value, label in CatalogFacetLabel.objects.filter(
                facet__in={key for key, _ in pairs}, value__in={value for _, value in pairs}
            ).values_list("facet", "value", "label")
        }
    facets = {}
    for key in FACETS:
        selected = query.filters.get(key, [])
        found = counts.get(key, {})
        values = [
            FacetValue(value, labels.get((key, value), value), count, value in selected)
            for value, count in found.items()
        ]
        values += [
            FacetValue(value, labels.get((key, value), value), 0, True)
            for value in selected
            if value not in found
        ]
        facets[key] = order_facet_values(key, values)
    return facets


def matching_entries(query):
    """Every searchable entry the query matches, as a queryset to narrow further (digests ask
    for the new ones). Selected values are taken as given: one no entry has matches nothing."""
    entries = _matching_text(_filtered(CatalogEntry.objects.searchable(), query.scope), query)
    return _filtered(entries, query.filters)


def search(query):
    entries = CatalogEntry.objects.searchable()
    entries = _filtered(entries, query.scope)
    entries = _matching_text(entries, query)

    hits_query = _filtered(entries, query.filters)
    counts = _counts(entries, query)
    rows = _ordered(hits_query, query).only(
        "page_id",
        "url",
        "title",
        "type",
        "type_label",
        "summary",
        "text",
        "date",
        "image_id",
        "image_alt",
    )[query.offset : query.offset + query.per_page]
    hits = [
        Hit(
            id=row.page_id,
            url=row.url,
            title=row.title,
            type=row.type,
            type_label=row.type_label,
            snippet=snippet_for(row.text or row.summary, query.text if query.has_text else ""),
            date=row.date,
            summary=row.summary,
            image_id=row.image_id,
            image_alt=row.image_alt,
        )
        for row in rows
    ]
    return SearchResults(
        total=_total(counts, query),
        page=query.page,
        per_page=query.per_page,
        hits=hits,
        facets=_facets(counts, query),
        engine=NAME,
    )
