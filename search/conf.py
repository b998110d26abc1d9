"""The search app's settings, with their defaults: the one place the app reads them.

Read at call time (``setting(name)``), never cached, so a changed setting (in tests) holds.
"""

from django.conf import settings


def _default_engine():
    # Elasticsearch when the site names a node, the database otherwise.
    return "elasticsearch" if setting("ELASTICSEARCH_URL") else "database"


DEFAULTS = {
    # The Elasticsearch node ("http://host:9200"), or a cluster's nodes apart by commas
    # ("http://a:9200,http://b:9200"): a request a node refuses goes to the next one. Empty:
    # no Elasticsearch.
    "ELASTICSEARCH_URL": "",
    # "elasticsearch" or "database"; by default chosen from ELASTICSEARCH_URL.
    "COP_SEARCH_ENGINE": _default_engine,
    # The alias the catalogue is searched through; rebuilt indices are <alias>-<timestamp>.
    "COP_SEARCH_INDEX": "cop-catalogue",
    # Seconds per Elasticsearch request.
    "COP_SEARCH_TIMEOUT": 2,
    # Shards and replicas of each index the catalogue creates (read when an index is created:
    # `rebuild_search_index` applies a change). One shard holds a community's catalogue, even
    # at a million documents, and answers faster than several on a small machine. No replica
    # by default because a single node cannot hold one (its index would stay yellow); on a
    # cluster, 1 keeps every document on two nodes, so searches and publishes go on while
    # one node is down.
    "COP_SEARCH_SHARDS": 1,
    "COP_SEARCH_REPLICAS": 0,
    # After this many failures in a row, skip Elasticsearch for this many seconds.
    "COP_SEARCH_BREAKER_FAILURES": 3,
    "COP_SEARCH_BREAKER_SECONDS": 30,
    # At the window's end one request (or the worker) probes Elasticsearch, giving up after
    # this many seconds; every other request goes on with the database meanwhile.
    "COP_SEARCH_PROBE_TIMEOUT": 0.5,
    # How often the worker checks Elasticsearch's health (and replays what it missed).
    "COP_SEARCH_HEALTH_SECONDS": 10,
    # Labels of the site's own apps whose page types must each decide whether they are
    # searchable (copsearch.E001); the plugin's page types always must.
    "COP_SEARCH_CHECKED_APPS": (),
}


def setting(name):
    """The site's value of ``name``, or the app's default. A default that depends on other
    settings is a function, called here."""
    if hasattr(settings, name):
        return getattr(settings, name)
    default = DEFAULTS[name]
    return default() if callable(default) else default
