"""The Elasticsearch engine. Every elasticsearch / elasticsearch-dsl import of the project is
in this module.

The index is reached through an alias (the configured prefix); a rebuild loads a new
timestamped index and swaps the alias in one request. The mapping uses only analysis built
into the server (the ``standard`` analyzer): the test node has no analysis-common module.
"""

import contextlib
import contextvars
import datetime
import logging

from django.utils import timezone
from elasticsearch import ApiError, TransportError
from elasticsearch import ConnectionError as ESConnectionError
from elasticsearch.helpers import BulkIndexError, bulk
from elasticsearch_dsl import Date, Document, Keyword, Long, Q, Search, Text, connections

from .. import analysis, conf
from ..documents import FACETS
from ..highlight import snippet_for
from ..models import CatalogFacet, CatalogFacetLabel
from ..query import FacetValue, Hit, SearchQuery, SearchResults, order_facet_values

logger = logging.getLogger(__name__)

NAME = "elasticsearch"
CONNECTION = "cop-search"
FACET_SIZE = 500  # more than any vocabulary has values; counts must not be cut off
SEPARATOR = ":"  # between key and value in ``facet_values``; slugs and years never hold one


class SearchUnavailable(Exception):
    """Elasticsearch refused, timed out or answered with an error."""


class CatalogDocument(Document):
    page_id = Long()
    url = Keyword(index=False)
    type_label = Keyword(index=False)
    title = Text(analyzer="standard")
    sort_title = Keyword()
    summary = Text(index=False)
    image_id = Long(index=False)
    image_alt = Keyword(index=False)
    # Kept for the snippet, which the catalogue makes (search.highlight), as on the database.
    text = Text(index=False)
    # The catalogue's analysis (search.analysis), as the database engine has it: the tokens
    # (words and stems) a word must match, and the words in order (fields apart) a phrase
    # must match and the ranking weighs; the title's words again, ranked above the rest.
    # Split on whitespace only: the node analyses nothing, so both engines find the same.
    words = Keyword(doc_values=False)
    phrase_words = Text(analyzer="whitespace")
    title_words = Text(analyzer="whitespace")
    date = Date()
    locale = Keyword()
    type = Keyword()
    theme = Keyword()
    context = Keyword()
    resource_type = Keyword()
    region = Keyword()
    country = Keyword()
    language = Keyword()
    year = Keyword()
    subgroup = Keyword()
    # Every facet value as "key:value": one terms aggregation over this field counts all the
    # unselected facets in a single pass over the matching documents, instead of one pass per
    # facet (eight aggregations were most of a query's time at 100,000 documents).
    facet_values = Keyword(eager_global_ordinals=True)


def alias_name():
    return conf.setting("COP_SEARCH_INDEX")


# A shorter timeout for the requests made inside ``request_timeout()`` (the breaker's probe).
_timeout = contextvars.ContextVar("cop_search_request_timeout", default=None)


@contextlib.contextmanager
def request_timeout(seconds):
    """Every request to Elasticsearch inside the block gives up after ``seconds``."""
    token = _timeout.set(seconds)
    try:
        yield
    finally:
        _timeout.reset(token)


def hosts():
    """The node addresses in ELASTICSEARCH_URL: one node, or a cluster's apart by commas."""
    return [url.strip() for url in conf.setting("ELASTICSEARCH_URL").split(",") if url.strip()]


def client():
    try:
        es = connections.get_connection(CONNECTION)
    except KeyError:
        nodes = hosts()
        es = connections.create_connection(
            alias=CONNECTION,
            hosts=nodes,
            request_timeout=conf.setting("COP_SEARCH_TIMEOUT"),
            # A request a node refuses (or answers 429/502/503/504) is tried once on each
            # other node, which the client skips a while as dead: a cluster answers through a
            # node being down. One node has no other to try, so its failure reaches the breaker
            # at once. A timeout is never tried again: the request's time is already spent.
            max_retries=max(len(nodes) - 1, 0),
            retry_on_timeout=False,
            # The nodes named are the ones used: sniffing would swap them for the addresses
            # the nodes publish, which a site behind a proxy or in containers cannot reach.
            sniff_on_start=False,
            sniff_on_node_failure=False,
        )
    seconds = _timeout.get()
    return es if seconds is None else es.options(request_timeout=seconds)


def reset_client():
    """Forget the connection (settings changed, e.g. in tests)."""
    with contextlib.suppress(KeyError):
        connections.remove_connection(CONNECTION)


def _unavailable(error):
    return SearchUnavailable(f"{type(error).__name__}: {error}")


def _create_index(name):
    index_settings = {
        "number_of_shards": conf.setting("COP_SEARCH_SHARDS"),
        "number_of_replicas": conf.setting("COP_SEARCH_REPLICAS"),
    }
    body = {"settings": index_settings, "mappings": CatalogDocument._doc_type.mapping.to_dict()}
    client().indices.create(index=name, body=body)


def ensure_index():
    """Create the first index behind the alias if there is none."""
    es = client()
    if not es.indices.exists_alias(name=alias_name()):
        name = new_index_name()
        _create_index(name)
        es.indices.put_alias(index=name, name=alias_name())


def new_index_name():
    return f"{alias_name()}-{timezone.now().strftime('%Y%m%d%H%M%S%f')}"


def _source(entry, facets):
    source = {
        "page_id": entry.page_id,
        "url": entry.url,
        "type_label": entry.type_label,
        "title": entry.title,
        "sort_title": entry.sort_title,
        "summary": entry.summary,
        "text": entry.text,
        "words": entry.search_tokens.split(),
        "phrase_words": entry.search_words.strip(),
        "title_words": entry.search_words.split(analysis.FIELD_BREAK)[0].strip(),
        "date": entry.date.isoformat() if entry.date else None,
        "image_id": entry.image_id,
        "image_alt": entry.image_alt,
        "locale": entry.locale,
    }
    for key in FACETS:
        source[key] = facets.get(key, [])
    source["facet_values"] = [
        f"{key}{SEPARATOR}{value}" for key in FACETS for value in facets.get(key, [])
    ]
    return source


def _actions(entries, index):
    entries = list(entries)
    facets = {}
    for facet in CatalogFacet.objects.filter(entry__in=[e.pk for e in entries]).values_list(
        "entry_id", "facet", "value"
    ):
        facets.setdefault(facet[0], {}).setdefault(facet[1], []).append(facet[2])
    for entry in entries:
        if entry.withdrawn:
            yield {"_op_type": "delete", "_index": index, "_id": str(entry.page_id)}
        else:
            yield {
                "_op_type": "index",
                "_index": index,
                "_id": str(entry.page_id),
                "_source": _source(entry, facets.get(entry.pk, {})),
            }


def push(entries, index=None, refresh=False):
    """Index or delete these catalogue rows. Deleting what is already gone is fine."""
    try:
        ensure_index()
        _, errors = bulk(
            client(),
            _actions(entries, index or alias_name()),
            raise_on_error=False,
            refresh=refresh,
        )
    except (TransportError, ApiError, BulkIndexError) as error:
        raise _unavailable(error) from error
    failed = [
        error for error in errors if next(iter(error.values())).get("status") != 404
    ]  # 404: deleting a document Elasticsearch never had
    if failed:
        raise SearchUnavailable(f"{len(failed)} documents failed: {failed[:3]}")


def rebuild(batches, progress=None):
    """Load every batch of rows into a new index, then point the alias at it atomically."""
    es = client()
    name = new_index_name()
    try:
        _create_index(name)
        count = 0
        for batch in batches:
            push(batch, index=name)
            count += len(batch)
            if progress:
                progress(count)
        es.indices.refresh(index=name)
        # One search with every aggregation before the swap: the first visitor's search on a
        # cold index of 100,000 documents took over two seconds, past the search timeout.
        _request(SearchQuery(), index=name).execute()
        actions = [{"add": {"index": name, "alias": alias_name()}}]
        old = []
        if es.indices.exists_alias(name=alias_name()):
            old = list(es.indices.get_alias(name=alias_name()).keys())
            actions = [
                {"remove": {"index": index, "alias": alias_name()}} for index in old
            ] + actions
        elif es.indices.exists(index=alias_name()):
            # A concrete index squats the alias name: it has to go before the alias can exist.
            es.indices.delete(index=alias_name())
        es.indices.update_aliases(actions=actions)
        for index in old:
            es.indices.delete(index=index)
    except (TransportError, ApiError) as error:
        raise _unavailable(error) from error
    return name, count


def refresh_index():
    try:
        client().indices.refresh(index=alias_name())
    except (TransportError, ApiError) as error:
        raise _unavailable(error) from error


def delete_indices():
    """Remove the alias and every index behind it (tests and resets)."""
    es = client()
    if es.indices.exists_alias(name=alias_name()):
        for index in es.indices.get_alias(name=alias_name()):
            es.indices.delete(index=index)
    for index in es.indices.get(index=f"{alias_name()}-*"):
        es.indices.delete(index=index)


def _terms(key, values):
    return Q("terms", **{key: values})


def _term_query(term):
    if term.is_phrase:
        return Q("match_phrase", phrase_words={"query": " ".join(term.words)})
    return Q("terms", words=list(term.alternatives()))


def _text_query(parsed):
    """The parsed query (search.syntax) as the database engine reads it: every clause must
    match (any of its terms), no excluded term may; ranked on the exact words typed."""
    must = [Q("bool", should=[_term_query(term) for term in clause]) for clause in parsed.clauses]
    must_not = [_term_query(term) for term in parsed.excluded]
    exact = " ".join(dict.fromkeys(word for term in parsed.terms() for word in term.words))
    should = []
    if exact:
        should = [
            Q("match", title_words={"query": exact, "boost": 3}),
            Q("match", phrase_words={"query": exact}),
        ]
    # Filters decide what matches; only the ranking clauses score.
    return Q("bool", filter=must, must_not=must_not, should=should)


def _request(query, index=None):
    search = Search(using=client(), index=index or alias_name())
    parsed = query.parsed
    if not parsed.is_empty:
        search = search.query(_text_query(parsed))
    for key, values in query.scope.items():
        search = search.filter(_terms(key, values))

    selected = {key: values for key, values in query.filters.items() if values}
    if selected:
        search = search.post_filter(Q("bool", filter=[_terms(k, v) for k, v in selected.items()]))
    # Facets nobody selected count over the fully filtered results, all in one aggregation; a
    # selected facet ignores its own selection and needs its own.
    every = [_terms(k, v) for k, v in selected.items()]
    bucket = search.aggs.bucket("unselected", "filter", filter=Q("bool", filter=every))
    bucket.bucket("values", "terms", field="facet_values", size=FACET_SIZE * len(FACETS))
    for key in selected:
        others = [_terms(k, v) for k, v in selected.items() if k != key]
        bucket = search.aggs.bucket(f"own_{key}", "filter", filter=Q("bool", filter=others))
        bucket.bucket("values", "terms", field=key, size=FACET_SIZE)

    if query.sort == "title":
        search = search.sort("sort_title", "page_id")
    elif query.sort == "relevance" and query.has_text:
        search = search.sort("_score", {"date": {"order": "desc", "missing": "_last"}}, "-page_id")
    else:
        search = search.sort({"date": {"order": "desc", "missing": "_last"}}, "-page_id")

    search = search.source(
        [
            "page_id",
            "url",
            "title",
            "type",
            "type_label",
            "summary",
            "text",
            "date",
            "locale",
            "image_id",
            "image_alt",
        ]
    )
    return search.extra(from_=query.offset, size=query.per_page, track_total_hits=True)


def _counts(response, query):
    """facet key -> {value: count}, from the aggregations ``_request`` asked for."""
    counts = {key: {} for key in FACETS}
    for bucket in response.aggregations.unselected.values.buckets:
        key, _, value = bucket.key.partition(SEPARATOR)
        if key in counts and not query.filters.get(key):
            counts[key][value] = bucket.doc_count
    for key, values in query.filters.items():
        if values:
            own = getattr(response.aggregations, f"own_{key}").values.buckets
            counts[key] = {bucket.key: bucket.doc_count for bucket in own}
    return counts


def _labels(counts, query):
    """(facet, value) -> (label, parent) of the values counted or selected."""
    pairs = {(key, value) for key, values in counts.items() for value in values}
    pairs |= {(key, value) for key, values in query.filters.items() for value in values}
    if not pairs:
        return {}
    rows = CatalogFacetLabel.objects.filter(
        facet__in={key for key, _ in pairs}, value__in={value for _, value in pairs}
    ).values_list("facet", "value", "label", "parent")
    return {(facet, value): (label, parent) for facet, value, label, parent in rows}


def search(query):
    try:
        response = _request(query).execute()
    except (TransportError, ApiError) as error:
        raise _unavailable(error) from error

    hits = []
    for hit in response:
        snippet = snippet_for(
            getattr(hit, "text", "") or hit.summary, query.parsed, getattr(hit, "locale", "en")
        )
        hits.append(
            Hit(
                id=int(hit.page_id),
                url=hit.url,
                title=hit.title,
                # Every facet field is stored as a list; a document has one type.
                type=hit.type[0] if hit.type else "",
                type_label=hit.type_label,
                snippet=snippet,
                date=datetime.date.fromisoformat(hit.date[:10]) if hit.date else None,
                summary=hit.summary,
                # Documents indexed before images were catalogued have neither field.
                image_id=int(hit.image_id) if getattr(hit, "image_id", None) else None,
                image_alt=getattr(hit, "image_alt", "") or "",
            )
        )

    all_counts = _counts(response, query)
    labels = _labels(all_counts, query)
    facets = {}
    for key in FACETS:
        selected = query.filters.get(key, [])
        counts = all_counts[key]
        found = [(value, count, value in selected) for value, count in counts.items()]
        found += [(value, 0, True) for value in selected if value not in counts]
        values = []
        for value, count, chosen in found:
            label, parent = labels.get((key, value), (value, ""))
            values.append(FacetValue(value, label, count, chosen, parent))
        facets[key] = order_facet_values(key, values)

    return SearchResults(
        total=response.hits.total.value,
        page=query.page,
        per_page=query.per_page,
        hits=hits,
        facets=facets,
        engine=NAME,
    )


def health():
    """The cluster's health status, or None when unreachable. (The test distribution does not
    serve ``GET /``, so ``info()`` and ``ping()`` are not used.)"""
    try:
        # In whole milliseconds: Elasticsearch refuses a fractional unit such as "2.0s", and
        # the demo site reads the timeout from the environment as a float.
        wait = f"{round(float(conf.setting('COP_SEARCH_TIMEOUT')) * 1000)}ms"
        return client().cluster.health(timeout=wait)["status"]
    except (TransportError, ApiError, ESConnectionError):
        return None


def suggest(prefix_query, limit, locale=None):
    """Titles with a word starting with the prefix and every earlier word, in the order of
    search.suggestions: the score only counts the two ordering flags (whole word 2, begins
    with the word as typed 1), then the lower-cased title and the page id decide, as on the
    database."""
    from .. import suggestions

    prefix = prefix_query.prefix
    must = [Q("prefix", title_words=prefix)]
    must += [Q("term", title_words=word) for word in prefix_query.words]
    if locale:
        must.append(Q("bool", should=[Q("term", locale=locale), Q("prefix", locale=f"{locale}-")]))
    should = [
        Q("constant_score", filter=Q("term", title_words=prefix), boost=2),
        Q("constant_score", filter=Q("prefix", sort_title=prefix_query.start), boost=1),
    ]
    search = (
        Search(using=client(), index=alias_name())
        .query(Q("bool", filter=must, should=should))
        .sort("_score", "sort_title", "page_id")
        .source(["title", "url"])
        .extra(size=limit, track_total_hits=False)
    )
    try:
        response = search.execute()
    except (TransportError, ApiError) as error:
        raise _unavailable(error) from error
    return [suggestions.title(hit.title, hit.url) for hit in response]
