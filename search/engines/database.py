"""The database engine over the catalogue: PostgreSQL full-text search on PostgreSQL, word
matching on other databases. Same semantics as the Elasticsearch engine."""

import functools
import math
from collections import Counter

from django.db import connection
from django.db.models import Count, F, Q

from contributions.collation import by_title

from .. import analysis
from ..catalogue import FACET_SEPARATOR
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


def _quoted(lexeme):
    """A tsquery lexeme for any string: facet values are taken as given."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def _facet_tsquery(selections):
    """Every selected facet (any of its values) as one tsquery on ``facet_vector``."""
    return " & ".join(
        "(" + " | ".join(_quoted(f"{key}{FACET_SEPARATOR}{value}") for value in values) + ")"
        for key, values in selections.items()
        if values
    )


def _filtered(entries, selections, skip=None):
    selections = {key: values for key, values in selections.items() if key != skip and values}
    if not selections:
        return entries
    if _on_postgresql():
        # One GIN lookup for all selections, combined with the text match's.
        return entries.filter(facet_vector=_tsquery(_facet_tsquery(selections)))
    for key, values in selections.items():
        entries = _with_facet(entries, key, values)
    return entries


def _ordered(entries, query):
    if query.sort == "title":
        # In the reader's language's collation (contributions.collation).
        return entries.order_by(by_title("sort_title"), "page_id")
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


def _ranked_in_python(query):
    return query.sort == "relevance" and query.has_text and not _on_postgresql()


def _ranked_page(hits, query):
    """The ids of the page of hits, best first, where the database has no ranking (SQLite):
    scored as the Elasticsearch engine scores them, on the exact words typed, a word in the
    title three times a word in the text, rarer words weighing more; newest first among
    equals. The matching rows' words are read once: the embedded engine serves small sites."""
    exact = list(dict.fromkeys(word for term in query.parsed.terms() for word in term.words))
    rows = []
    for pk, words, date, page_id in hits.values_list("pk", "search_words", "date", "page_id"):
        title, _, text = words.partition(f" {analysis.FIELD_BREAK} ")
        rows.append((pk, set(title.split()), Counter(text.split()), date, page_id))
    found = len(rows)
    weight = {}
    for word in exact:
        having = sum(1 for row in rows if word in row[1] or word in row[2])
        weight[word] = math.log(1 + (found - having + 0.5) / (having + 0.5))

    def score(row):
        _, title, text, _, _ = row
        return sum(
            weight[word] * (3 * (word in title) + text[word] / (text[word] + 1.2))
            for word in exact
        )

    rows.sort(key=lambda row: (-score(row), -(row[3].toordinal() if row[3] else 0), -row[4]))
    return [row[0] for row in rows[query.offset : query.offset + query.per_page]]


def _postgresql_counts(entries, query):
    """``_counts`` on PostgreSQL, from the matching rows' own ``facet_keys``: each row is read
    once, tests each selection against its ``facet_vector`` and, when it fails at most one,
    is unnested into its facet values, kept for every facet when it passes them all and for
    the one facet whose selection it fails otherwise."""
    from django.db.models import BooleanField, ExpressionWrapper

    selected = {key: values for key, values in query.filters.items() if values}
    flags = {
        f"selected_{number}": (key, _facet_tsquery({key: values}))
        for number, (key, values) in enumerate(selected.items())
    }
    rows = entries.annotate(
        **{
            name: ExpressionWrapper(Q(facet_vector=_tsquery(expression)), BooleanField())
            for name, (_, expression) in flags.items()
        }
    ).values("facet_keys", *flags)
    sql, params = rows.query.sql_with_params()
    params = list(params)
    where = ""
    if flags:
        failed = " + ".join(f"(NOT m.{name})::int" for name in flags)
        passes_all = " AND ".join(f"m.{name}" for name in flags)
        keep = [passes_all]
        for name, (key, _) in flags.items():
            others = " AND ".join(f"m.{other}" for other in flags if other != name) or "TRUE"
            keep.append(f"(split_part(key, %s, 1) = %s AND {others})")
            params += [FACET_SEPARATOR, key]
        where = f"WHERE {failed} <= 1 AND ({' OR '.join(keep)})"
    # Only the ORM's compiled query and names made here go into the text; values are params.
    grouped = (
        f"SELECT key, COUNT(*) FROM ({sql}) AS m, "  # noqa: S608
        f"unnest(string_to_array(btrim(m.facet_keys), ' ')) AS key {where} GROUP BY key"
    )
    counts = {key: {} for key in FACETS}
    with connection.cursor() as cursor:
        cursor.execute(grouped, params)
        for key, count in cursor.fetchall():
            facet, _, value = key.partition(FACET_SEPARATOR)
            if facet in counts:
                counts[facet][value] = count
    return counts


def _counts(entries, query):
    """facet key -> {value: count} for every facet, in one grouped query over ``entries``.

    A facet nobody selected counts over the fully filtered results; a selected facet ignores
    its own selection. Each facet row is kept when its entry passes the selections of the
    other facets, so the text match is evaluated once for all facets.
    """
    if _on_postgresql():
        return _postgresql_counts(entries, query)
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
    labels, parents = {}, {}
    if pairs:
        for facet, value, label, parent in CatalogFacetLabel.objects.filter(
            facet__in={key for key, _ in pairs}, value__in={value for _, value in pairs}
        ).values_list("facet", "value", "label", "parent"):
            labels[(facet, value)] = label
            parents[(facet, value)] = parent
    facets = {}
    for key in FACETS:
        selected = query.filters.get(key, [])
        found = counts.get(key, {})
        values = [
            FacetValue(
                value,
                labels.get((key, value), value),
                count,
                value in selected,
                parents.get((key, value), ""),
            )
            for value, count in found.items()
        ]
        values += [
            FacetValue(
                value, labels.get((key, value), value), 0, True, parents.get((key, value), "")
            )
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
    shown = (
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
    )
    if _ranked_in_python(query):
        ranked = _ranked_page(hits_query, query)
        found = CatalogEntry.objects.only(*shown).in_bulk(ranked)
        rows = [found[pk] for pk in ranked]
    else:
        rows = _ordered(hits_query, query).only(*shown)[
            query.offset : query.offset + query.per_page
        ]
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


def _title_words():
    """The title's folded words, " " at each end: the first field of ``search_words``."""
    from django.db.models import Func, TextField, Value
    from django.db.models.functions import Concat, StrIndex, Substr

    from ..analysis import FIELD_BREAK

    text = TextField()
    if _on_postgresql():
        # split_part stops at the first break instead of copying the page's whole text.
        title = Func(
            F("search_words"),
            Value(f" {FIELD_BREAK} "),
            Value(1),
            function="split_part",
            output_field=text,
        )
        return Concat(title, Value(" "), output_field=text)
    # A row without text has no break: one is added so that every row has one to find.
    fields = Concat(F("search_words"), Value(f" {FIELD_BREAK} "), output_field=text)
    return Substr(fields, 1, StrIndex(fields, Value(f" {FIELD_BREAK} ")))


def suggest(prefix_query, limit, locale=None):
    """Titles of searchable entries with a word starting with the prefix and every earlier
    word (search.suggestions, which defines the order)."""
    from django.db.models import Case, IntegerField, Value, When
    from django.db.models.functions import Collate

    from .. import suggestions

    prefix = prefix_query.prefix
    entries = CatalogEntry.objects.searchable()
    if locale:
        entries = entries.filter(Q(locale=locale) | Q(locale__startswith=f"{locale}-"))
    if _on_postgresql():
        # The token vector's GIN index narrows to the rows with such a word anywhere first.
        words = " & ".join(_lexeme(word) for word in prefix_query.words)
        expression = f"{_lexeme(prefix)}:*" + (f" & {words}" if words else "")
        entries = entries.filter(token_vector=_tsquery(expression))
    entries = entries.annotate(title_words=_title_words()).filter(
        title_words__contains=f" {prefix}"
    )
    for word in prefix_query.words:
        entries = entries.filter(title_words__contains=f" {word} ")
    flag = IntegerField()
    entries = entries.annotate(
        not_exact=Case(
            When(title_words__contains=f" {prefix} ", then=Value(0)), default=1, output_field=flag
        ),
        not_first=Case(
            When(sort_title__startswith=prefix_query.start, then=Value(0)),
            default=1,
            output_field=flag,
        ),
    )
    # Code-point order, as SQLite and Elasticsearch's keywords sort.
    title_order = Collate("sort_title", "C") if _on_postgresql() else F("sort_title")
    rows = entries.order_by("not_exact", "not_first", title_order, "page_id").values_list(
        "title", "url"
    )[:limit]
    return [suggestions.title(text, url) for text, url in rows]
