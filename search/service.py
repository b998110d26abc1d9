"""``search(query)``: the one entry point views use. It picks the engine from the settings,
falls back to the database when Elasticsearch fails, and stops asking Elasticsearch for a
while after repeated failures (a circuit breaker shared by all processes through the cache).
"""

import logging
import time

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from . import conf
from .engines import database
from .models import CatalogFacet
from .query import SearchQuery

logger = logging.getLogger(__name__)

BREAKER_FAILURES = "search:breaker:failures"
BREAKER_OPEN_UNTIL = "search:breaker:open-until"
FALLBACK_NOTICE = _(
    "The main search service is not answering, so these results come from a simpler search: "
    "ranking may differ."
)


def elasticsearch_configured():
    return conf.setting("COP_SEARCH_ENGINE") == "elasticsearch" and bool(
        conf.setting("ELASTICSEARCH_URL")
    )


def _breaker_state():
    """The breaker's keys in one cache read (the cache is the database: one query a search)."""
    return cache.get_many([BREAKER_FAILURES, BREAKER_OPEN_UNTIL])


def breaker_open(state=None):
    state = _breaker_state() if state is None else state
    return (state.get(BREAKER_OPEN_UNTIL) or 0) > time.time()


def record_failure():
    seconds = conf.setting("COP_SEARCH_BREAKER_SECONDS")
    failures = (cache.get(BREAKER_FAILURES) or 0) + 1
    cache.set(BREAKER_FAILURES, failures, seconds * 4)
    if failures >= conf.setting("COP_SEARCH_BREAKER_FAILURES"):
        cache.set(BREAKER_OPEN_UNTIL, time.time() + seconds, seconds)
        cache.delete(BREAKER_FAILURES)
        logger.warning("Elasticsearch failed %s times: using the database for a while", failures)


def record_success(state=None):
    state = _breaker_state() if state is None else state
    if state.get(BREAKER_FAILURES):
        cache.delete(BREAKER_FAILURES)


def reset_breaker():
    cache.delete_many([BREAKER_FAILURES, BREAKER_OPEN_UNTIL])


def known_selections(query):
    """Drop selected values no catalogue entry has: unknown values are ignored, never an
    error, and never an empty result."""
    if not query.filters:
        return query
    # One indexed EXISTS per selected value: a visitor selects a handful, and each stops at
    # its first searchable entry instead of reading every row that carries the value.
    known = {
        (key, value)
        for key, values in query.filters.items()
        for value in values
        if CatalogFacet.objects.filter(facet=key, value=value, entry__withdrawn=False).exists()
    }
    query.filters = {
        key: [value for value in values if (key, value) in known]
        for key, values in query.filters.items()
    }
    query.filters = {key: values for key, values in query.filters.items() if values}
    return query


def search(query: SearchQuery):
    """Answer the query; a page number past the end shows the last page."""
    query = known_selections(query)
    results = _answer(query)
    if results.total and query.page > results.num_pages:
        query.page = results.num_pages
        results = _answer(query)
    return results


def _answer(query):
    if not elasticsearch_configured():
        return database.search(query)
    state = _breaker_state()
    if not breaker_open(state):
        from .engines import elasticsearch

        try:
            results = elasticsearch.search(query)
        except elasticsearch.SearchUnavailable as error:
            logger.warning("Elasticsearch search failed, answering from the database: %s", error)
            record_failure()
        else:
            record_success(state)
            return results
    results = database.search(query)
    results.notice = str(FALLBACK_NOTICE)
    return results
