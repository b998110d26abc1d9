"""The database engine over the catalogue: PostgreSQL full-text search on PostgreSQL, word
matching on other databases. Same semantics as the Elasticsearch engine."""

import functools

from django.db import connection
from django.db.models import Count, F, Q

from ..documents import FACETS
from ..highlight import snippet_for
from ..models import CatalogEntry, CatalogFacet, CatalogFacetLabel
from ..query import FacetValue, Hit, SearchResults, order_facet_values

NAME = "database"


def _on_postgresql():
    return connection.vendor == "postgresql"


@functools.cache
def _tsquery_class():
    from django.contrib.postgres.search import SearchQuery as PgSearchQuery

    class CatalogueTsQuery(PgSearchQuery):
        """``'...'::tsquery``: the lexemes as given. ``to_tsquery`` would pass them through a
        text search configuration, which may stem them again (the server's default)."""

        def as_sql(self, compiler, connection, function=None, template=None):
            return "(%s)::tsquery", [self.source_expressions[0].value]

    return CatalogueTsQuery


def _tsquery(expression):
    from ..fields import register_postgresql_lookups

    register_postgresql_lookups()
    return _tsquery_class()(expression)


def _lexeme(token):
    # Tokens are runs of letters and digits: quoting is all a tsquery needs.
    return f"'{token}'"


def _word_condition(term):
    """A one-word term: the catalogue row has the word or one of its stems."""
    condition = Q()
    for token in term.alternatives():
        condition |= Q(search_tokens__contains=f" {token} ")
    return condition


def _phrase_condition(term):
    return Q(search_words__contains=" " + " ".join(term.words) + " ")


def _term_condition(term):
    return _phrase_condition(term) if term.is_phrase else _word_condition(term)


def _postgresql_tsquery(parsed):
    """The clauses and exclusions of one-word terms as one tsquery on the GIN-indexed token
    vector; a phrase contributes its words (all required), and is checked in order apart."""
    parts = []
    for clause in parsed.clauses:
        options = [
            " & ".join(map(_lexeme, term.words))
            if term.is_phrase
            else " | ".join(map(_lexeme, term.alternatives()))
            for term in clause
        ]
        parts.append("(" + " | ".join(f"({option})" for option in options) + ")")
    parts += [
        "!(" + " | ".join(map(_lexeme, term.alternatives())) + ")"
        for term in parsed.excluded
        if not term.is_phrase
    ]
    return " & ".join(parts)


def _matching_text(entries, query):
    parsed = query.parsed
    if parsed.is_empty:
        return entries
    if _on_postgresql():
        expression = _postgresql_tsquery(parsed)
        if expression:
            entries = entries.filter(token_vector=_tsquery(expression))
        for clause in parsed.clauses:
            if any(term.is_phrase for term in clause):
                condition = Q()
                for term in clause:
                    condition |= _term_condition(term)
                entries = entries.filter(condition)
        for term in parsed.excluded:
            if term.is_phrase:
                entries = entries.exclude(_phrase_condition(term))
        return entries
    for clause in parsed.clauses:
        condition = Q()
        for term in clause:
            condition |= _term_condition(term)
        entries = entries.filter(condition)
    for term in parsed.excluded:
        entries = entries.exclude(_term_condition(term))
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

        # Ranked on the exact words typed: a page with "masculinities" above one with
        # "masculinity" for the query "masculinities".
        exact = [word for term in query.parsed.terms() for word in term.words]
        if exact:
            ranking = _tsquery(" | ".join(map(_lexeme, dict.fromkeys(exact))))
            rank = SearchRank(F("search_vector"), ranking)
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
        "locale",
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
            snippet=snippet_for(row.text or row.summary, query.parsed, row.locale),
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
