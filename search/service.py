"""``search(query)``: the one entry point views use. It picks the engine from the settings,
falls back to the database when Elasticsearch fails, and stops asking Elasticsearch for a
while after repeated failures (a circuit breaker shared by all processes through the cache).
"""

import dataclasses
import logging
import time

from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import conf, spelling
from .engines import database
from .models import CatalogEntry, CatalogFacet
from .query import SearchQuery

logger = logging.getLogger(__name__)

BREAKER_FAILURES = "search:breaker:failures"
# {"since": epoch, "retry_at": epoch}: Elasticsearch failed; until a probe succeeds the database
# answers. Kept without expiry: only a probe that succeeds (a search, or the worker's health
# check) closes it, so the window's end sends one request to Elasticsearch, not all of them.
BREAKER_DOWN = "search:breaker:down"
# Epoch: a change could not be pushed. Elasticsearch may lack live pages until the pending rows
# are pushed, so it serves no search before that (sync.push_pending clears it once drained).
STALE = "search:stale"
# Held by the one request (or worker) probing Elasticsearch at the end of a window.
PROBE = "search:breaker:probe"
HEALTH = "search:health"
# Rows the probing request pushes itself; a larger backlog is enqueued for the worker.
PROBE_BATCH = 500
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
    return cache.get_many([BREAKER_FAILURES, BREAKER_DOWN, STALE])


def breaker_open(state=None):
    """True while searches skip Elasticsearch: it failed, or it lacks changes."""
    state = _breaker_state() if state is None else state
    return bool(state.get(BREAKER_DOWN) or state.get(STALE))


def _open(now=None):
    now = time.time() if now is None else now
    down = cache.get(BREAKER_DOWN) or {"since": now}
    down["retry_at"] = now + conf.setting("COP_SEARCH_BREAKER_SECONDS")
    cache.set(BREAKER_DOWN, down, None)
    cache.delete(BREAKER_FAILURES)


def record_failure():
    seconds = conf.setting("COP_SEARCH_BREAKER_SECONDS")
    failures = (cache.get(BREAKER_FAILURES) or 0) + 1
    cache.set(BREAKER_FAILURES, failures, seconds * 4)
    if failures >= conf.setting("COP_SEARCH_BREAKER_FAILURES"):
        _open()
        logger.warning("Elasticsearch failed %s times: using the database for a while", failures)


def record_success(state=None):
    state = _breaker_state() if state is None else state
    if state.get(BREAKER_FAILURES):
        cache.delete(BREAKER_FAILURES)


def mark_stale():
    """A change did not reach Elasticsearch: the database answers until it has. The breaker
    opens too, so the next attempt waits for the window's end."""
    cache.add(STALE, time.time(), None)
    _open()


def is_stale():
    return bool(cache.get(STALE))


def mark_fresh():
    cache.delete(STALE)


def close_breaker():
    cache.delete_many([BREAKER_DOWN, BREAKER_FAILURES])


def reset_breaker():
    cache.delete_many([BREAKER_FAILURES, BREAKER_DOWN, STALE, PROBE])


def _probe_due(state, now):
    down = state.get(BREAKER_DOWN)
    return down is None or down.get("retry_at", 0) <= now


def probe():
    """Try Elasticsearch once, with the short probe timeout: push what it missed, then check
    that it answers. True when it is up to date and answering, and the breaker closes; False
    (and another window) otherwise. One process probes at a time: the others return False."""
    from . import sync
    from .engines import elasticsearch
    from .tasks import push_pending

    timeout = conf.setting("COP_SEARCH_PROBE_TIMEOUT")
    if not cache.add(PROBE, True, max(1, int(timeout * 4) + 1)):
        return False
    try:
        # Read again under the lock: a probe that ended since this request looked has
        # started a new window.
        if not _probe_due({BREAKER_DOWN: cache.get(BREAKER_DOWN)}, time.time()):
            return False
        with elasticsearch.request_timeout(timeout):
            status = elasticsearch.health()
            if status is not None and cache.get(STALE):
                # One batch here; a larger backlog is the worker's, and until it has pushed
                # it the database answers (the push clears the mark once the queue is empty).
                sync.push_pending(batch_size=PROBE_BATCH, max_batches=1)
                if cache.get(STALE):
                    push_pending.enqueue()
        if status is None or cache.get(STALE):
            _open()
            return False
        close_breaker()
        logger.info("Elasticsearch answers again and has every change: searching it again")
        return True
    finally:
        cache.delete(PROBE)


def check_health():
    """The worker's periodic check (``tasks.check_search_health``): records the cluster's state
    and, when Elasticsearch is back, replays what it missed and closes the breaker, so
    visitors' requests do not have to probe."""
    if not elasticsearch_configured():
        return None
    from . import sync
    from .engines import elasticsearch

    status = elasticsearch.health()
    if status is None:
        if not cache.get(BREAKER_DOWN):
            _open()
    else:
        sync.push_pending()  # clears the stale mark and closes the breaker once drained
        if not cache.get(STALE):
            close_breaker()
    health = {"status": status, "checked_at": time.time()}
    cache.set(HEALTH, health, None)
    return health


def status():
    """The public search's state for monitoring and the admin: the configured engine; healthy,
    degraded (answering, but replaying missed changes or the cluster not green) or down (and
    since when); the rows Elasticsearch does not have yet, and the oldest one's age."""
    if not elasticsearch_configured():
        return {
            "engine": "database",
            "state": "healthy",
            "down_since": None,
            "pending": 0,
            "oldest_pending_seconds": None,
        }
    state = cache.get_many([BREAKER_DOWN, STALE, HEALTH])
    pending = CatalogEntry.objects.pending()
    oldest = pending.order_by("updated_at").values_list("updated_at", flat=True).first()
    down = state.get(BREAKER_DOWN)
    cluster = (state.get(HEALTH) or {}).get("status")
    if down:
        current = "down"
    elif state.get(STALE) or cluster in {"yellow", "red"}:
        current = "degraded"
    else:
        current = "healthy"
    return {
        "engine": "elasticsearch",
        "state": current,
        "down_since": down["since"] if down else None,
        "pending": pending.count(),
        "oldest_pending_seconds": (timezone.now() - oldest).total_seconds() if oldest else None,
    }


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
    elif not results.total and query.has_text:
        results.did_you_mean = did_you_mean(query)
    return results


def did_you_mean(query):
    """A corrected text for a query that found nothing, offered only if it finds something
    with the same selections, on the engine that answered."""
    corrected = spelling.correct(query.parsed)
    if corrected is None:
        return None
    return corrected if _answer(dataclasses.replace(query, text=corrected, page=1)).total else None


def _ask(question):
    """``question(engine)`` answered by the configured engine, or by the database when
    Elasticsearch fails or the breaker is open: (answer, True when the database stood in)."""
    if not elasticsearch_configured():
        return question(database), False
    state = _breaker_state()
    if not breaker_open(state) or (_probe_due(state, time.time()) and probe()):
        from .engines import elasticsearch

        try:
            answer = question(elasticsearch)
        except elasticsearch.SearchUnavailable as error:
            logger.warning("Elasticsearch search failed, answering from the database: %s", error)
            record_failure()
        else:
            record_success(state)
            return answer, False
    return question(database), True


def _answer(query):
    results, fell_back = _ask(lambda engine: engine.search(query))
    if fell_back:
        results.notice = str(FALLBACK_NOTICE)
    return results


def suggest(text, locale=None, limit=None):
    """Suggestions for what is being typed (search.suggestions): titles from the engine that
    answers searches, then taxonomy terms. Text with no usable prefix gets none."""
    from . import suggestions

    limit = suggestions.LIMIT if limit is None else min(limit, suggestions.LIMIT)
    prefix_query = suggestions.parse(text)
    if prefix_query is None or limit <= 0:
        return []
    locale = suggestions.language(locale)
    terms = suggestions.terms(prefix_query, min(suggestions.TERM_PLACES, limit))
    titles, _ = _ask(lambda engine: engine.suggest(prefix_query, limit - len(terms), locale))
    if len(titles) + len(terms) < limit and len(terms) == suggestions.TERM_PLACES:
        terms = suggestions.terms(prefix_query, limit - len(titles))
    return titles + terms
