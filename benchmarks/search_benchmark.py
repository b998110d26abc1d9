"""Benchmark of the catalogue search: loading, Elasticsearch indexing, query latency of both
engines and of /api/search/, and a comparison with Wagtail's own faceting.

    DATABASE_URL=postgres://cop:cop@127.0.0.1:5432/cop_bench \\
    ELASTICSEARCH_URL=http://127.0.0.1:9200 \\
    .venv/bin/python benchmarks/search_benchmark.py [--sizes 1000,10000,100000] [--queries 200]

It writes to the database it is given: it runs ``migrate``, empties the catalogue tables
(CatalogEntry, CatalogFacet) before each size and, for the Wagtail comparison, creates and
deletes synthetic library pages. So it refuses any database whose name does not contain
"bench". The Elasticsearch indices live behind their own alias (``--index``, "cop-bench"),
deleted at the end. See benchmarks/README.md for what each figure means.
"""

import argparse
import datetime
import math
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cop_cms.settings.dev")

SEED = 20_240_611
BATCH = 2_000  # rows per bulk insert
PUSH_BATCH = 2_000  # rows marked pending for the push_pending figure
WARMUP = 10
PER_PAGE = 20

# Targets printed beside the figures.
TARGET_ES_P95_MS = 50  # at 100,000 and at 1,000,000 documents
TARGET_DB_P95_MS = 250  # PostgreSQL, at 100,000 documents
TARGET_BULK_DOCS_S = 1_000
TARGET_REBUILD_100K_S = 180
TARGET_WAGTAIL_RATIO = 0.2
TARGET_SUGGEST_P95_MS = 20  # Elasticsearch, at 100,000 documents


# --- Safety: a dedicated benchmark database only ---------------------------------------------


def refuse(message):
    sys.exit(f"search_benchmark: refusing to run: {message}")


def check_environment():
    """Before Django is set up: the database must be a dedicated benchmark database."""
    import dj_database_url

    url = os.environ.get("DATABASE_URL", "")
    if not url:
        refuse(
            "DATABASE_URL is not set. Point it at a dedicated benchmark database whose name "
            'contains "bench", e.g. postgres://cop:cop@127.0.0.1:5432/cop_bench'
        )
    name = str(dj_database_url.parse(url).get("NAME") or "")
    if "bench" not in Path(name).name.lower():
        refuse(
            f'the database name {name!r} does not contain "bench": the benchmark runs migrate '
            "and wipes the catalogue tables, so it only runs against a dedicated database"
        )
    if not os.environ.get("ELASTICSEARCH_URL"):
        refuse(
            "ELASTICSEARCH_URL is not set (start a node with "
            'eval "$(scripts/elasticsearch/start.sh)")'
        )


# --- Synthetic catalogue ----------------------------------------------------------------------

# Words of the community's texts, most frequent first: word k is drawn with weight 1/k.
VOCABULARY = """
gender training women equality trainers participants men programme policy approach session
module practice learning rights development power violence community institutions analysis
evaluation change staff facilitators organisations capacity mainstreaming girls knowledge
skills methodology workshop materials budgeting leadership participation masculinities boys
norms stereotypes awareness transformative intersectionality feminist empowerment economic
health reproductive sexual education peace security conflict humanitarian climate environment
agriculture rural urban youth disability indigenous migration refugees police judiciary
parliament ministries government civil society donors national regional local online blended
course curriculum toolkit manual guide handbook exercises case study reflection dialogue
resistance backlash accountability indicators monitoring impact assessment baseline survey data
statistics budget finance planning strategy framework standards competencies attitudes
behaviour safe spaces harassment prevention response care unpaid labour employment
entrepreneurship microfinance land property water sanitation energy disaster risk resilience
fragile reconstruction mediation negotiation elections quotas representation voice agency
sexuality identity orientation lgbtiq inclusion diversity discrimination law legislation
justice human icebreakers roleplay simulation storytelling games videos podcasts webinars
coaching mentoring peer exchange networks partnerships experience lessons recommendations
challenges innovation digital technology trainees pedagogy adult popular facilitation
""".split()  # noqa: SIM905 - a word list reads best as text
GLUE = ["and", "for", "in", "of", "the", "with", "on", "to", "a", "from"]
AUDIENCES = [
    "trainers", "police officers", "civil servants", "teachers", "health workers",
    "peacekeepers", "journalists", "community leaders", "parliamentarians", "youth workers",
]  # fmt: skip
FORMATS = ["guide", "toolkit", "manual", "handbook", "course", "workshop", "module", "review"]
SUBGROUPS = [
    ("fragile-contexts", "Training in fragile contexts"),
    ("evaluation-practitioners", "Evaluation practitioners"),
    ("masculinities-network", "Masculinities network"),
    ("online-facilitation", "Online facilitation"),
    ("budgeting-trainers", "Gender budgeting trainers"),
    ("francophone-trainers", "Francophone trainers"),
    ("un-trainers", "UN system trainers"),
    ("research-practice", "Research and practice"),
]
# The catalogue's six document types, weighted towards the library's resources.
TYPE_WEIGHTS = {
    "resource": 60,
    "good-practice": 12,
    "question": 10,
    "dialogue": 8,
    "consultation": 5,
    "subgroup": 5,
}
FIRST_YEAR, LAST_YEAR = 1995, 2026
QUERY_FACETS = ("theme", "context", "region", "language", "resource_type", "year", "type")


def vocabularies():
    """facet -> [(value, label)], most common first."""
    from taxonomy import setup as demo

    # Directory types come from taxonomy migration 0002, the others from the demo seed:
    # 14 themes, 6 contexts, 13 resource types, 7 regions, 7 languages.
    directory = [
        ("institution", "Institution"),
        ("training", "Training course or event"),
        ("expert", "Expert or practitioner"),
    ]
    return {
        "theme": list(demo.THEMES),
        "context": list(demo.CONTEXTS),
        "resource_type": list(demo.RESOURCE_TYPES) + directory,
        "region": list(demo.REGIONS),
        "language": list(demo.LANGUAGES),
        "subgroup": SUBGROUPS,
    }


def zipf(n, s=1.0):
    """Cumulative weights of a Zipf-like distribution over n ranks."""
    total, cumulative = 0.0, []
    for rank in range(1, n + 1):
        total += 1 / rank**s
        cumulative.append(total)
    return cumulative


class Generator:
    """Deterministic synthetic documents: the first n of a longer run are the same n."""

    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)  # noqa: S311 - deterministic test data
        self.vocab = vocabularies()
        self.facet_weights = {key: zipf(len(values), 1.1) for key, values in self.vocab.items()}
        self.word_weights = zipf(len(VOCABULARY), 1.0)

    def pick(self, key, count):
        values = self.vocab[key]
        chosen = {}
        while len(chosen) < min(count, len(values)):
            value = self.rng.choices(values, cum_weights=self.facet_weights[key])[0]
            chosen[value[0]] = value
        return list(chosen.values())

    def count(self, weights):
        return self.rng.choices(range(len(weights)), weights=weights)[0]

    def year(self):
        if self.rng.random() < 0.8:  # clustered 2010-2024, peaking around 2018
            return min(2024, max(2010, round(self.rng.gauss(2018, 3.5))))
        return self.rng.randint(FIRST_YEAR, LAST_YEAR)

    def words(self, count):
        return self.rng.choices(VOCABULARY, cum_weights=self.word_weights, k=count)

    def sentence(self):
        words = self.words(self.rng.randint(7, 15))
        for _ in range(self.rng.randint(1, 3)):
            words.insert(self.rng.randrange(1, len(words)), self.rng.choice(GLUE))
        return " ".join(words).capitalize() + "."

    def document(self):
        from search.documents import TYPES, SearchDocument

        rng = self.rng
        doc_type = rng.choices(list(TYPE_WEIGHTS), weights=list(TYPE_WEIGHTS.values()))[0]
        facets = {"theme": self.pick("theme", 1 + self.count([50, 35, 15]))}
        facets["context"] = self.pick("context", self.count([25, 55, 20]))
        type_label = str(TYPES[doc_type])
        if doc_type in ("resource", "good-practice"):
            facets["region"] = self.pick("region", self.count([10, 70, 20]))
            facets["language"] = self.pick("language", 1 + self.count([60, 30, 10]))
        if doc_type == "resource":
            facets["resource_type"] = self.pick("resource_type", 1)
            type_label = facets["resource_type"][0][1]
        if rng.random() < 0.10:
            facets["subgroup"] = self.pick("subgroup", 1)
        year = self.year()
        date = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))

        topic = facets["theme"][0][1]
        setting = (facets.get("region") or facets["context"] or facets["theme"])[0][1]
        title = rng.choice(
            [
                f"{topic} {rng.choice(FORMATS)} for {rng.choice(AUDIENCES)}",
                f"{rng.choice(FORMATS).capitalize()} on {topic.lower()} in {setting}",
                f"{topic}: {' and '.join(self.words(2))} in {setting}",
                f"Lessons from {setting}: {' '.join(self.words(3))}",
                f"{' '.join(self.words(2)).capitalize()} {rng.choice(GLUE)} {topic.lower()}",
            ]
        )
        sentences = [self.sentence() for _ in range(rng.randint(3, 7))]
        text = " ".join(sentences)
        return SearchDocument(
            type=doc_type,
            title=title,
            text=text,
            summary=sentences[0],
            date=date,
            type_label=type_label,
            facets={key: values for key, values in facets.items() if values},
        )

    def documents(self, count):
        return [self.document() for _ in range(count)]

    def stream(self, count):
        for _ in range(count):
            yield self.document()


def make_queries(count, seed=SEED + 1):
    """A fixed mix of request parameters: {key: [values]}."""
    rng = random.Random(seed)  # noqa: S311 - deterministic test data
    vocab = vocabularies()
    weights = {key: zipf(len(values), 1.1) for key, values in vocab.items()}
    years = list(range(LAST_YEAR, FIRST_YEAR - 1, -1))
    word_weights = zipf(len(VOCABULARY), 0.9)
    type_values = list(TYPE_WEIGHTS)
    queries = []
    for _ in range(count):
        params = {}
        words = []
        for _ in range(rng.choices([0, 1, 2, 3], weights=[25, 40, 25, 10])[0]):
            word = rng.choices(VOCABULARY, cum_weights=word_weights)[0]
            if word not in words:
                words.append(word)
        if words:
            params["q"] = [" ".join(words)]
        keys = rng.sample(QUERY_FACETS, rng.choices([0, 1, 2, 3], weights=[35, 35, 20, 10])[0])
        for key in keys:
            values = []
            for _ in range(rng.choices([1, 2], weights=[75, 25])[0]):
                if key == "year":
                    recent = rng.random() < 0.8  # mostly 2010-2024, like the documents
                    value = str(rng.choice(years[2:17] if recent else years))
                elif key == "type":
                    value = rng.choices(type_values, weights=list(TYPE_WEIGHTS.values()))[0]
                else:
                    value = rng.choices(vocab[key], cum_weights=weights[key])[0][0]
                if value not in values:
                    values.append(value)
            params[key] = values
        roll = rng.random()
        if roll < 0.08:
            params["sort"] = ["title"]
        elif roll < 0.16:
            params["sort"] = ["newest"]
        page = rng.choices([1, 2, 3], weights=[80, 14, 6])[0]
        if page > 1:
            params["page"] = [str(page)]
        queries.append(params)
    return queries


def query_dict(params):
    from django.http import QueryDict

    data = QueryDict(mutable=True)
    for key, values in params.items():
        data.setlist(key, values)
    return data


# --- Measuring --------------------------------------------------------------------------------


def percentile(values, fraction):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def ms(seconds):
    return seconds * 1000


def fmt_ms(times):
    if not times:
        return "n/a"
    return f"{ms(percentile(times, 0.5)):.1f}/{ms(percentile(times, 0.95)):.1f}"


def load_average():
    """Other work on the machine skews latencies: say how busy it was."""
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "load average unknown"
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def say(message=""):
    print(message, flush=True)


class Run:
    """The latencies of one engine over the query mix, after warm-up."""

    def __init__(self, name):
        self.name = name
        self.times = []
        self.totals = []
        self.extra = []  # known_selections time, for the engine-direct runs
        self.engines = {}
        self.errors = []

    def report(self):
        line = (
            f"  {self.name:<22} n={len(self.times):<4} p50 {ms(percentile(self.times, 0.5)):7.1f}"
            f" ms   p95 {ms(percentile(self.times, 0.95)):7.1f} ms"
            f"   max {ms(max(self.times, default=0)):7.1f} ms"
        )
        if self.extra:
            line += (
                f"   (of which known_selections p50 {ms(percentile(self.extra, 0.5)):.1f}"
                f" / p95 {ms(percentile(self.extra, 0.95)):.1f} ms)"
            )
        if self.engines:
            line += "   answered by: " + ", ".join(f"{k} {v}" for k, v in self.engines.items())
        say(line)
        for error in self.errors[:5]:
            say(f"    error: {error}")


def run_engine(name, engine, queries):
    from search.query import SearchQuery
    from search.service import known_selections

    run = Run(name)

    def once(params):
        started = time.perf_counter()
        query = known_selections(SearchQuery.from_params(query_dict(params)))
        selected = time.perf_counter()
        results = engine.search(query)
        return time.perf_counter() - started, selected - started, results

    for params in queries[:WARMUP]:
        once(params)
    for params in queries:
        elapsed, selections, results = once(params)
        run.times.append(elapsed)
        run.extra.append(selections)
        run.totals.append(results.total)
    return run


def suggestion_prefixes(queries):
    """What people type while a query of the mix takes shape: its first word cut to 2-5
    letters and, for longer queries, the first word whole and the start of the second."""
    prefixes = []
    for number, params in enumerate(queries):
        words = params.get("q", [""])[0].split()
        if words:
            prefixes.append(words[0][: 2 + number % 4])
        if len(words) > 1:
            prefixes.append(f"{words[0]} {words[1][:3]}")
    return prefixes


def run_suggest(name, engine, prefixes):
    """The engine's title suggestions (search.suggestions) for each prefix."""
    from search.suggestions import LIMIT, parse

    run = Run(name)
    parsed = [query for query in map(parse, prefixes) if query is not None]
    for query in parsed[:WARMUP]:
        engine.suggest(query, LIMIT, None)
    for query in parsed:
        started = time.perf_counter()
        found = engine.suggest(query, LIMIT, None)
        run.times.append(time.perf_counter() - started)
        run.totals.append(len(found))
    return run


def run_api(name, engine_name, queries):
    """GET /api/search/ through Django's test client: URL routing, middleware, the service
    (known_selections, breaker, fallback) and the JSON rendering."""
    import logging

    from django.conf import settings
    from django.test import Client

    from search.service import reset_breaker

    previous_engine = settings.COP_SEARCH_ENGINE
    settings.COP_SEARCH_ENGINE = engine_name
    reset_breaker()
    client = Client(raise_request_exception=False)
    run = Run(name)
    request_log = logging.getLogger("django.request")
    level = request_log.level
    request_log.setLevel(logging.CRITICAL)  # one traceback per failed request is noise here
    try:
        for params in queries[:WARMUP]:
            client.get("/api/search/", params)
        for params in queries:
            started = time.perf_counter()
            response = client.get("/api/search/", params)
            elapsed = time.perf_counter() - started
            if response.status_code != 200:
                run.errors.append(f"HTTP {response.status_code} for {params}")
                continue
            data = response.json()
            run.times.append(elapsed)
            run.totals.append(data["total"])
            run.engines[data["engine"]] = run.engines.get(data["engine"], 0) + 1
    finally:
        request_log.setLevel(level)
        settings.COP_SEARCH_ENGINE = previous_engine  # push_pending needs "elasticsearch"
    return run


class HitTypeFix:
    """Benchmark-process-only workaround for a production bug, used only when the unpatched
    /api/search/ fails: the Elasticsearch engine returns ``Hit.type`` as the list stored in
    ``_source`` (``["resource"]``, an elasticsearch-dsl AttrList) instead of a string, and
    JsonResponse cannot serialise it (HTTP 500). This makes it the string the contract says,
    which is what the one-line fix in search/engines/elasticsearch.py would do."""

    def __enter__(self):
        from search.engines import elasticsearch

        self.module = elasticsearch
        self.original = original = elasticsearch.search

        def search(query):
            results = original(query)
            for hit in results.hits:
                if not isinstance(hit.type, str):
                    hit.type = str(hit.type[0]) if len(hit.type) else ""
            return results

        elasticsearch.search = search  # the service looks it up on the module at each call
        return self

    def __exit__(self, *exc):
        self.module.search = self.original


# --- Loading the catalogue --------------------------------------------------------------------


def on_postgresql():
    from django.db import connection

    return connection.vendor == "postgresql"


def vacuum_analyze(*models_or_tables):
    from django.db import connection

    if not on_postgresql():
        return
    with connection.cursor() as cursor:
        for item in models_or_tables:
            table = item if isinstance(item, str) else item._meta.db_table
            cursor.execute(f'VACUUM ANALYZE "{table}"')


def wipe_catalogue():
    from django.db import connection

    from search.models import CatalogEntry, CatalogFacet, CatalogFacetLabel

    if on_postgresql():
        with connection.cursor() as cursor:
            cursor.execute(
                f'TRUNCATE TABLE "{CatalogFacet._meta.db_table}", '
                f'"{CatalogFacetLabel._meta.db_table}", '
                f'"{CatalogEntry._meta.db_table}" RESTART IDENTITY'
            )
    else:
        CatalogFacet.objects.all()._raw_delete(using="default")
        CatalogFacetLabel.objects.all()._raw_delete(using="default")
        CatalogEntry.objects.all()._raw_delete(using="default")


def load_catalogue(documents):
    """Bulk-load the documents as catalogue rows, as the catalogue would store them."""
    from search.catalogue import _facet_rows, facet_keys, postgresql_vectors, text_columns
    from search.documents import TYPES
    from search.models import CatalogEntry, CatalogFacet, CatalogFacetLabel

    wipe_catalogue()
    started = time.perf_counter()
    for start in range(0, len(documents), BATCH):
        batch = documents[start : start + BATCH]
        facet_rows = [_facet_rows(None, document) for document in batch]  # the catalogue's own
        entries = [
            CatalogEntry(
                page_id=start + number + 1,
                url=f"/bench/{document.type}/{start + number + 1}/",
                type=document.type,
                type_label=str(document.type_label or TYPES[document.type])[:100],
                title=document.title[:500],
                sort_title=document.title.casefold()[:500],
                summary=document.summary,
                text=document.text,
                date=document.date,
                locale="en",
                **text_columns(document, "en"),
                facet_keys=facet_keys(rows),
                withdrawn=False,
                pending=True,
            )
            for number, (document, rows) in enumerate(zip(batch, facet_rows, strict=True))
        ]
        CatalogEntry.objects.bulk_create(entries)
        facets = []
        for entry, rows in zip(entries, facet_rows, strict=True):
            for row in rows:
                row.entry = entry
                facets.append(row)
        CatalogFacet.objects.bulk_create(facets, batch_size=BATCH * 4)
        CatalogFacetLabel.objects.bulk_create(
            [CatalogFacetLabel(facet=f.facet, value=f.value, label=f.label) for f in facets],
            ignore_conflicts=True,
            batch_size=BATCH * 4,
        )
    inserted = time.perf_counter()
    if on_postgresql():
        CatalogEntry.objects.update(**postgresql_vectors())
    vectors = time.perf_counter()
    # A bulk load leaves no planner statistics and a GIN pending list; autovacuum would see
    # to both on a live site.
    vacuum_analyze(CatalogEntry, CatalogFacet)
    done = time.perf_counter()
    return {
        "insert": inserted - started,
        "vectors": vectors - inserted,
        "vacuum": done - vectors,
        "total": done - started,
        "facet_rows": CatalogFacet.objects.count(),
    }


# --- Elasticsearch ----------------------------------------------------------------------------


def elasticsearch_indexing(n):
    from search import sync
    from search.engines import elasticsearch
    from search.models import CatalogEntry

    figures = {}
    started = time.perf_counter()
    _, count = sync.rebuild_elasticsearch()
    figures["rebuild_s"] = time.perf_counter() - started
    figures["rebuild_docs"] = count
    figures["bulk_docs_s"] = count / figures["rebuild_s"]
    left_pending = CatalogEntry.objects.pending().count()
    if left_pending:
        figures["warning"] = f"{left_pending} rows still pending after the rebuild"

    size = min(PUSH_BATCH, n)
    pks = list(CatalogEntry.objects.order_by("pk").values_list("pk", flat=True)[:size])
    CatalogEntry.objects.filter(pk__in=pks).update(pending=True)
    started = time.perf_counter()
    pushed = sync.push_pending()
    figures["push_s"] = time.perf_counter() - started
    figures["pushed"] = pushed
    figures["push_docs_s"] = pushed / figures["push_s"] if pushed else 0.0
    if pushed != size:
        figures["push_warning"] = f"push_pending pushed {pushed} of {size} pending rows"
    elasticsearch.refresh_index()
    return figures


# --- Elasticsearch only, past the database sizes ------------------------------------------------

DIRECT_CHUNK = 1_000  # documents per worker task and per bulk request


def _direct_sources(task):
    """In a worker process: the catalogue's analysis and Elasticsearch ``_source`` of one chunk
    of documents, built by the catalogue's and the engine's own functions, as a catalogue row
    of these documents would be indexed."""
    from types import SimpleNamespace

    from search.catalogue import _facet_rows, text_columns
    from search.documents import TYPES
    from search.engines.elasticsearch import _source

    first_id, documents = task
    sources = []
    for number, document in enumerate(documents):
        page_id = first_id + number
        entry = SimpleNamespace(
            page_id=page_id,
            url=f"/bench/{document.type}/{page_id}/",
            type_label=str(document.type_label or TYPES[document.type])[:100],
            title=document.title[:500],
            sort_title=document.title.casefold()[:500],
            summary=document.summary,
            text=document.text,
            date=document.date,
            image_id=None,
            image_alt="",
            locale="en",
            **text_columns(document, "en"),
        )
        facets = {}
        for row in _facet_rows(None, document):
            facets.setdefault(row.facet, []).append(row.value)
        sources.append((page_id, _source(entry, facets)))
    return sources


def _direct_tasks(count):
    chunk = []
    first_id = 1
    for document in Generator().stream(count):
        chunk.append(document)
        if len(chunk) == DIRECT_CHUNK:
            yield first_id, chunk
            first_id += len(chunk)
            chunk = []
    if chunk:
        yield first_id, chunk


def elasticsearch_direct(n, processes):
    """Index the first n synthetic documents straight into a new index behind the alias,
    without catalogue rows: a million rows would take the database most of an hour to load
    and are not what is measured. The analysis (stemming included) runs in ``processes``
    worker processes while this one sends the bulk requests, so the rate is analysis and
    indexing together."""
    import multiprocessing

    from django.db import connections
    from elasticsearch.helpers import parallel_bulk

    from search.engines import elasticsearch
    from search.query import SearchQuery

    elasticsearch.delete_indices()
    # Bulk requests and the refresh of a large index take longer than a search may.
    es = elasticsearch.client().options(request_timeout=300)
    name = elasticsearch.new_index_name()
    elasticsearch._create_index(name)
    connections.close_all()  # the workers are forked: they must not share a connection
    started = time.perf_counter()
    indexed = 0
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        actions = (
            {"_op_type": "index", "_index": name, "_id": str(page_id), "_source": source}
            for sources in pool.imap(_direct_sources, _direct_tasks(n))
            for page_id, source in sources
        )
        # Two requests in flight: the node indexes one while the next is being sent.
        for ok, item in parallel_bulk(
            es, actions, thread_count=2, chunk_size=DIRECT_CHUNK, raise_on_error=False
        ):
            if not ok:
                raise RuntimeError(f"a document failed: {item}")
            indexed += 1
            if indexed % 100_000 == 0:
                say(f"  {indexed:,} documents indexed ({time.perf_counter() - started:.0f} s)")
    es.indices.refresh(index=name)
    loaded = time.perf_counter() - started
    es.indices.put_alias(index=name, name=elasticsearch.alias_name())
    # The same warming search as a rebuild does before its alias swap.
    elasticsearch._request(SearchQuery(), index=name).execute()
    stats = es.indices.stats(index=name, metric="store,segments")["indices"][name]["primaries"]
    return {
        "rebuild_s": loaded,
        "rebuild_docs": indexed,
        "bulk_docs_s": indexed / loaded,
        "store_bytes": stats["store"]["size_in_bytes"],
        "segments": stats["segments"]["count"],
    }


# --- Wagtail comparison -----------------------------------------------------------------------

# Our facet -> the ResourcePage field Wagtail's .facet() groups by. "type" and "subgroup" have
# no field on ResourcePage: Wagtail cannot produce them.
WAGTAIL_FACETS = {
    "year": "year",
    "resource_type": "resource_type_id",
    "theme": "themes",
    "context": "contexts",
    "region": "regions",
    "language": "languages",
}
M2M = {"theme": "themes", "context": "contexts", "region": "regions", "language": "languages"}


def m2m_link(key):
    """The through model of a taxonomy link and the name of its foreign key to the term."""
    from resources.models import LibraryEntryPage

    through = getattr(LibraryEntryPage, M2M[key]).through
    term = next(
        field.name
        for field in through._meta.concrete_fields
        if field.is_relation and field.name != "libraryentrypage"
    )
    return through, term


def term_models():
    from taxonomy.models import Language, Region, ResourceType, Theme, TrainingContext

    return {
        "theme": Theme,
        "context": TrainingContext,
        "resource_type": ResourceType,
        "region": Region,
        "language": Language,
    }


def ensure_terms():
    """The taxonomy terms the synthetic pages link to: facet -> {slug: id}."""
    vocab = vocabularies()
    ids = {}
    for key, model in term_models().items():
        existing = dict(model.objects.values_list("slug", "id"))
        missing = [
            model(slug=slug, name=name, sort_order=position)
            for position, (slug, name) in enumerate(vocab[key], start=1)
            if slug not in existing
        ]
        model.objects.bulk_create(missing)
        ids[key] = dict(model.objects.values_list("slug", "id"))
    return ids


def bench_library():
    from wagtail.models import Page

    from resources.models import ResourceIndexPage

    library = ResourceIndexPage.objects.filter(slug="bench-library").first()
    if library is None:
        library = ResourceIndexPage(title="Benchmark library", slug="bench-library")
        Page.get_first_root_node().add_child(instance=library)
    return library


def delete_bench_pages(library):
    """Remove the synthetic pages with plain DELETEs (Page.delete() would collect and signal
    page by page)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import TextField
    from django.db.models.functions import Cast
    from wagtail.models import Page

    from resources.models import LibraryEntryPage, ResourcePage

    pages = Page._base_manager.filter(path__startswith=library.path, depth__gt=library.depth)
    ids = pages.values("id")
    entries = wagtail_tables()[3]
    entries._base_manager.filter(
        content_type=ContentType.objects.get_for_model(ResourcePage),
        object_id__in=pages.annotate(text_id=Cast("id", TextField())).values("text_id"),
    )._raw_delete(using="default")
    for key in M2M:
        m2m_link(key)[0]._base_manager.filter(libraryentrypage_id__in=ids)._raw_delete("default")
    ResourcePage._base_manager.filter(libraryentrypage_ptr_id__in=ids)._raw_delete("default")
    LibraryEntryPage._base_manager.filter(page_ptr_id__in=ids)._raw_delete("default")
    pages._raw_delete("default")
    Page.objects.filter(pk=library.pk).update(numchild=0)


def create_wagtail_pages(documents, library, term_ids):
    """One live ResourcePage per catalogue document, built in bulk: Page rows, then the
    LibraryEntryPage and ResourcePage rows (bulk_create refuses multi-table inheritance, so
    those go through the same insert query Model.save() uses), then the taxonomy links."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    from resources.models import LibraryEntryPage, ResourcePage

    content_type = ContentType.objects.get_for_model(ResourcePage)
    links = {key: m2m_link(key) for key in M2M}
    for start in range(0, len(documents), BATCH):
        batch = documents[start : start + BATCH]
        pages = []
        for number, document in enumerate(batch, start=start + 1):
            published = datetime.datetime.combine(document.date, datetime.time(12), datetime.UTC)
            slug = f"doc-{number}"
            pages.append(
                Page(
                    title=document.title[:255],
                    draft_title=document.title[:255],
                    slug=slug,
                    content_type=content_type,
                    path=Page._get_path(library.path, library.depth + 1, number),
                    depth=library.depth + 1,
                    numchild=0,
                    url_path=f"{library.url_path}{slug}/",
                    locale_id=library.locale_id,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                )
            )
        Page.objects.bulk_create(pages)
        resources = []
        rows = {key: [] for key in M2M}
        for page, document in zip(pages, batch, strict=True):
            resource_type = document.facets.get("resource_type")
            resources.append(
                ResourcePage(
                    id=page.pk,
                    page_ptr_id=page.pk,
                    libraryentrypage_ptr_id=page.pk,
                    summary=document.text,  # the catalogue's text: what Wagtail searches
                    resource_type_id=term_ids["resource_type"][resource_type[0][0]]
                    if resource_type
                    else None,
                    year=document.date.year,  # the catalogue's year facet comes from the date
                )
            )
            for key, (through, term) in links.items():
                for slug, _ in document.facets.get(key, []):
                    rows[key].append(
                        through(libraryentrypage_id=page.pk, **{f"{term}_id": term_ids[key][slug]})
                    )
        LibraryEntryPage._base_manager._insert(
            resources, fields=LibraryEntryPage._meta.local_concrete_fields, using="default"
        )
        ResourcePage._base_manager._insert(
            resources, fields=ResourcePage._meta.local_concrete_fields, using="default"
        )
        for key, (through, _) in links.items():
            through.objects.bulk_create(rows[key], batch_size=BATCH * 2)
    Page.objects.filter(pk=library.pk).update(numchild=len(documents))


def wagtail_tables():
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    from resources.models import LibraryEntryPage, ResourcePage

    entries = get_search_backend().get_index_for_model(ResourcePage).entries.model
    return [Page, LibraryEntryPage, ResourcePage, entries, *(m2m_link(k)[0] for k in M2M)]


def index_wagtail_pages(library):
    """Wagtail's own index of the pages, as rebuild_modelsearch_index builds it."""
    from wagtail.search.backends import get_search_backend

    from resources.models import ResourcePage

    index = get_search_backend().get_index_for_model(ResourcePage)
    pages = (
        ResourcePage.get_indexed_objects()
        .filter(path__startswith=library.path, depth=library.depth + 1)
        .order_by("pk")
    )
    last_pk, count = 0, 0
    while True:
        chunk = list(pages.filter(pk__gt=last_pk)[:1000])
        if not chunk:
            break
        index.add_items(ResourcePage, chunk)
        count += len(chunk)
        last_pk = chunk[-1].pk
    index._refresh_title_norms(full=True)  # what the rebuilder's finish() does
    return count


class WagtailFacets:
    """Wagtail's search with .facet(), one call per facet it can produce, with the same
    disjunctive semantics as ours: each facet's counts ignore that facet's own selection."""

    def __init__(self, library, term_ids):
        from wagtail.search import index

        from resources.models import ResourcePage

        self.library = library
        self.term_ids = term_ids
        self.names = {key: {v: k for k, v in ids.items()} for key, ids in term_ids.items()}
        self.links = {key: m2m_link(key) for key in M2M}
        # FilterFields are what .facet() and .filter() need. On the database backend they are
        # read at query time only (nothing about them is stored in the index), so adding them
        # here, in this process, is what a developer adding them to the class would get.
        self.model = ResourcePage
        self.original_fields = ResourcePage.search_fields
        ResourcePage.search_fields = [
            *ResourcePage.search_fields,
            index.FilterField("resource_type"),
            *(index.FilterField(field) for field in M2M.values()),
        ]

    def restore(self):
        self.model.search_fields = self.original_fields

    def base(self):
        return self.model.objects.live().filter(
            path__startswith=self.library.path, depth=self.library.depth + 1
        )

    def filtered(self, queryset, key, values):
        if key == "year":
            return queryset.filter(year__in=[int(value) for value in values])
        if key == "resource_type":
            ids = [self.term_ids[key][v] for v in values if v in self.term_ids[key]]
            return queryset.filter(resource_type__in=ids)
        through, term = self.links[key]
        pages = through.objects.filter(**{f"{term}__slug__in": values})
        return queryset.filter(id__in=pages.values("libraryentrypage_id"))

    def search(self, queryset, query, **kwargs):
        from wagtail.search.query import MATCH_ALL

        return queryset.search(query.text if query.has_text else MATCH_ALL, **kwargs)

    def facets(self, query):
        counts = {}
        for key, field in WAGTAIL_FACETS.items():
            queryset = self.base()
            for other, values in query.filters.items():
                if other != key:
                    queryset = self.filtered(queryset, other, values)
            raw = self.search(queryset, query).facet(field)
            names = self.names.get(key)
            counts[key] = {
                (names[value] if names else str(value)): count
                for value, count in raw.items()
                if value is not None and count
            }
        return counts

    def page_of_hits(self, query):
        queryset = self.base()
        for key, values in query.filters.items():
            queryset = self.filtered(queryset, key, values)
        if query.sort == "relevance" and query.has_text:
            results = self.search(queryset, query)
        else:
            order = "title" if query.sort == "title" else "-first_published_at"
            results = self.search(queryset.order_by(order), query, order_by_relevance=False)
        total = results.count()
        hits = list(results[query.offset : query.offset + query.per_page])
        return total, hits


def wagtail_comparison(queries, db_run, es_run, library, term_ids):
    """Time Wagtail's facets on the queries it can answer; check its counts against ours."""
    from search.engines import database
    from search.query import SearchQuery
    from search.service import known_selections

    wagtail = WagtailFacets(library, term_ids)
    try:
        answerable = []
        for position, params in enumerate(queries):
            query = known_selections(SearchQuery.from_params(query_dict(params)))
            if not set(query.filters) - set(WAGTAIL_FACETS):
                answerable.append((position, query))
        for _, query in answerable[:WARMUP]:
            wagtail.facets(query)
        facet_times, full_times, same_counts, differences = [], [], 0, []
        for _, query in answerable:
            started = time.perf_counter()
            counts = wagtail.facets(query)
            faceted = time.perf_counter()
            wagtail.page_of_hits(query)
            facet_times.append(faceted - started)
            full_times.append(time.perf_counter() - started)
            ours = database.search(query).facets
            ours = {
                key: {v.value: v.count for v in ours[key] if v.count} for key in WAGTAIL_FACETS
            }
            if ours == counts:
                same_counts += 1
            elif len(differences) < 3:
                key = next(k for k in WAGTAIL_FACETS if ours[k] != counts[k])
                differences.append(
                    f"q={query.text!r} filters={query.filters} {key}: ours {ours[key]} "
                    f"wagtail {counts[key]}"
                )
        positions = [position for position, _ in answerable]
        db_times = [db_run.times[p] for p in positions]
        es_times = [es_run.times[p] for p in positions] if es_run else []
        wagtail_mean = statistics.fmean(facet_times)
        return {
            "queries": len(answerable),
            "wagtail_facets": facet_times,
            "wagtail_full": full_times,
            "db": db_times,
            "es": es_times,
            "ratio_db": statistics.fmean(db_times) / wagtail_mean,
            "ratio_es": statistics.fmean(es_times) / wagtail_mean if es_times else None,
            "ratio_db_full": statistics.fmean(db_times) / statistics.fmean(full_times),
            "same_counts": same_counts,
            "differences": differences,
        }
    finally:
        wagtail.restore()


# --- Main -------------------------------------------------------------------------------------


def setup_django(index_name):
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    name = str(connection.settings_dict.get("NAME") or "")
    if "bench" not in Path(name).name.lower():
        refuse(f"the connected database {name!r} is not a benchmark database")
    call_command("migrate", interactive=False, verbosity=0)
    call_command("createcachetable", verbosity=0)  # the search breaker keeps its state there

    settings.DEBUG = False  # no query log growing over thousands of queries
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
    settings.COP_SEARCH_ENGINE = "elasticsearch"
    settings.COP_SEARCH_INDEX = index_name
    # Wagtail's index with the same text configuration as the catalogue's ("simple"), so both
    # match the same words and their counts can be compared.
    backends = {key: dict(value) for key, value in settings.WAGTAILSEARCH_BACKENDS.items()}
    backends["default"]["SEARCH_CONFIG"] = "simple"
    settings.WAGTAILSEARCH_BACKENDS = backends

    from search.engines import elasticsearch

    elasticsearch.reset_client()
    health = elasticsearch.health()
    if health not in ("green", "yellow"):
        refuse(f"Elasticsearch at {settings.ELASTICSEARCH_URL} is not healthy ({health})")
    elasticsearch.delete_indices()
    return connection


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="catalogue sizes N")
    parser.add_argument("--queries", type=int, default=200, help="queries in the mix")
    parser.add_argument(
        "--wagtail-max",
        type=int,
        default=10_000,
        help="largest N for which synthetic Wagtail pages are built for the comparison",
    )
    parser.add_argument(
        "--db-max",
        type=int,
        default=100_000,
        help="largest N loaded into the catalogue; larger sizes are Elasticsearch only",
    )
    parser.add_argument(
        "--processes",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes analysing documents for the Elasticsearch-only sizes",
    )
    parser.add_argument(
        "--shards",
        type=int,
        default=None,
        help="primary shards of the Elasticsearch index (COP_SEARCH_SHARDS; default: the "
        "setting's). Each shard of a search runs on its own core: 2 on 2 cores for 1,000,000",
    )
    parser.add_argument("--index", default="cop-bench", help="Elasticsearch alias to use")
    args = parser.parse_args()
    args.sizes = [int(size.replace("_", "")) for size in args.sizes.split(",") if size.strip()]
    return args


def main():
    args = parse_args()
    check_environment()
    began = time.perf_counter()
    connection = setup_django(args.index)
    if args.shards:
        from django.conf import settings

        settings.COP_SEARCH_SHARDS = args.shards

    from search import conf
    from search.engines import database, elasticsearch

    say(
        f"Search benchmark {datetime.datetime.now().isoformat(timespec='seconds')}: "
        f"database {connection.vendor} {connection.settings_dict['NAME']!r}, Elasticsearch "
        f"{os.environ['ELASTICSEARCH_URL']} (alias {args.index!r}, "
        f"{conf.setting('COP_SEARCH_SHARDS')} shards), {os.cpu_count()} CPUs"
    )
    say(f"Sizes {args.sizes}, {args.queries} queries (+{WARMUP} warm-up), seed {SEED}")
    say(load_average())
    queries = make_queries(args.queries)
    with_text = sum(1 for q in queries if "q" in q)
    with_facets = sum(1 for q in queries if set(q) & set(QUERY_FACETS))
    say(f"Query mix: {with_text} with text, {with_facets} with facet selections")

    started = time.perf_counter()
    documents = Generator().documents(max([n for n in args.sizes if n <= args.db_max] or [0]))
    say(f"Generated {len(documents):,} documents in {time.perf_counter() - started:.1f} s")

    rows = []
    term_ids = library = None
    try:
        for n in args.sizes:
            say(f"\n=== N = {n:,} === ({load_average()})")
            row = {"n": n}
            rows.append(row)
            if n > args.db_max:
                elasticsearch_only(row, queries, args.processes)
                continue
            loaded = load_catalogue(documents[:n])
            row["load_s"] = loaded["total"]
            say(
                f"Catalogue load: {loaded['total']:.1f} s ({n:,} entries, "
                f"{loaded['facet_rows']:,} facet rows; insert {loaded['insert']:.1f} s, "
                f"search_vector {loaded['vectors']:.1f} s, VACUUM ANALYZE "
                f"{loaded['vacuum']:.1f} s)"
            )

            try:
                indexing = elasticsearch_indexing(n)
            except elasticsearch.SearchUnavailable as error:
                row["es_error"] = str(error)
                say(f"Elasticsearch indexing FAILED: {error}")
            else:
                row.update(indexing)
                say(
                    f"Elasticsearch rebuild: {indexing['rebuild_s']:.1f} s for "
                    f"{indexing['rebuild_docs']:,} docs = {indexing['bulk_docs_s']:,.0f} docs/s"
                )
                say(
                    f"push_pending: {indexing['pushed']:,} rows in {indexing['push_s']:.2f} s = "
                    f"{indexing['push_docs_s']:,.0f} docs/s"
                )
                for key in ("warning", "push_warning"):
                    if key in indexing:
                        say(f"  WARNING: {indexing[key]}")

            say(f"Queries (latency p50 / p95 over {len(queries)} queries, after warm-up):")
            es_run = None
            if "es_error" not in row:
                try:
                    es_run = run_engine("Elasticsearch engine", elasticsearch, queries)
                except elasticsearch.SearchUnavailable as error:
                    say(f"  Elasticsearch engine FAILED: {error}")
                else:
                    es_run.report()
                    row["es"] = es_run.times
            db_run = run_engine("Database engine", database, queries)
            db_run.report()
            row["db"] = db_run.times
            prefixes = suggestion_prefixes(queries)
            say(f"Suggestions (latency p50 / p95 over {len(prefixes)} prefixes of the mix):")
            if es_run:
                suggest_es = run_suggest("Elasticsearch suggest", elasticsearch, prefixes)
                suggest_es.report()
                row["suggest_es"] = suggest_es.times
            suggest_db = run_suggest("Database suggest", database, prefixes)
            suggest_db.report()
            row["suggest_db"] = suggest_db.times
            if es_run and suggest_es.totals != suggest_db.totals:
                say("  Suggestions: the engines differ in how many titles they offer")
            api_es = run_api("/api/search/ (ES)", "elasticsearch", queries)
            api_es.report()
            row["api_es_engines"] = api_es.engines
            if api_es.errors:
                row["api_es_errors"] = len(api_es.errors)
                say(
                    f"  /api/search/ (ES) FAILED on {len(api_es.errors)} of {len(queries)} "
                    "requests (see the Hit.type note); measuring again with the benchmark-only "
                    "Hit.type workaround:"
                )
                with HitTypeFix():
                    api_es = run_api("/api/search/ (ES)*", "elasticsearch", queries)
                api_es.report()
                row["api_es_engines"] = api_es.engines
                row["api_es_patched"] = True
            row["api_es"] = api_es.times
            api_db = run_api("/api/search/ (DB)", "database", queries)
            api_db.report()
            row["api_db"] = api_db.times
            if es_run:
                differ = [
                    (q, a, b)
                    for q, a, b in zip(queries, es_run.totals, db_run.totals, strict=True)
                    if a != b
                ]
                say(
                    f"  Totals: Elasticsearch and database agree on "
                    f"{len(queries) - len(differ)} of {len(queries)} queries"
                )
                for params, es_total, db_total in differ[:3]:
                    say(f"    differ: {params} ES {es_total} DB {db_total}")

            if not on_postgresql():
                row["wagtail"] = "not measured (PostgreSQL only)"
            elif n > args.wagtail_max:
                row["wagtail"] = f"not measured (N > --wagtail-max {args.wagtail_max:,})"
                say(f"Wagtail comparison: {row['wagtail']}")
            else:
                if term_ids is None:
                    term_ids = ensure_terms()
                    library = bench_library()
                started = time.perf_counter()
                delete_bench_pages(library)
                create_wagtail_pages(documents[:n], library, term_ids)
                library.refresh_from_db()
                built = time.perf_counter()
                indexed = index_wagtail_pages(library)
                wagtail_indexed = time.perf_counter()
                vacuum_analyze(*wagtail_tables())
                say(
                    f"Wagtail pages: {n:,} ResourcePages built in {built - started:.1f} s; "
                    f"Wagtail database-backend index of {indexed:,} pages in "
                    f"{wagtail_indexed - built:.1f} s = "
                    f"{indexed / (wagtail_indexed - built):,.0f} docs/s"
                )
                comparison = wagtail_comparison(queries, db_run, es_run, library, term_ids)
                row["wagtail"] = comparison
                say(
                    f"Wagtail comparison on the {comparison['queries']} queries with no 'type' "
                    "selection (Wagtail has no type field), 6 facets (year, resource_type, theme,"
                    " context, region, language); type and subgroup not producible:"
                )
                say(
                    f"  Wagtail .facet() x6      p50/p95 {fmt_ms(comparison['wagtail_facets'])} ms"
                    f"  mean {ms(statistics.fmean(comparison['wagtail_facets'])):.1f} ms"
                )
                say(f"  Wagtail x6 + count + hits p50/p95 {fmt_ms(comparison['wagtail_full'])} ms")
                say(
                    f"  ours, database engine    p50/p95 {fmt_ms(comparison['db'])} ms"
                    f"  mean {ms(statistics.fmean(comparison['db'])):.1f} ms"
                    f"  -> ratio ours/Wagtail (means) {comparison['ratio_db']:.2f}"
                    f" (vs Wagtail facets + hits: {comparison['ratio_db_full']:.2f})"
                )
                if comparison["ratio_es"] is not None:
                    say(
                        f"  ours, Elasticsearch      p50/p95 {fmt_ms(comparison['es'])} ms"
                        f"  mean {ms(statistics.fmean(comparison['es'])):.1f} ms"
                        f"  -> ratio ours/Wagtail (means) {comparison['ratio_es']:.2f}"
                    )
                say(
                    f"  facet counts identical to ours on {comparison['same_counts']} of "
                    f"{comparison['queries']} queries"
                )
                for difference in comparison["differences"]:
                    say(f"    differ: {difference}")
    finally:
        try:
            elasticsearch.delete_indices()
        except Exception as error:  # report, never hide
            say(f"Could not delete the benchmark indices: {error}")

    summary(rows, len(queries))
    say(f"\nTotal run time: {time.perf_counter() - began:.0f} s")


def elasticsearch_only(row, queries, processes):
    """A size past --db-max: indexed straight into Elasticsearch, searched there only."""
    from search.engines import elasticsearch

    n = row["n"]
    row["load_s"] = float("nan")
    say(
        f"Elasticsearch only (N > --db-max): generating, analysing in {processes} processes "
        "and bulk indexing in one pass"
    )
    try:
        indexing = elasticsearch_direct(n, processes)
    except (elasticsearch.SearchUnavailable, RuntimeError) as error:
        row["es_error"] = str(error)
        say(f"Elasticsearch indexing FAILED: {error}")
        return
    row.update(indexing)
    say(
        f"Elasticsearch direct load: {indexing['rebuild_s']:.1f} s for "
        f"{indexing['rebuild_docs']:,} docs = {indexing['bulk_docs_s']:,.0f} docs/s "
        f"(analysis with stemming included); index {indexing['store_bytes'] / 2**30:.2f} GiB "
        f"in {indexing['segments']} segments ({load_average()})"
    )
    say(f"Queries (latency p50 / p95 over {len(queries)} queries, after warm-up):")
    es_run = run_engine("Elasticsearch engine", elasticsearch, queries)
    es_run.report()
    row["es"] = es_run.times
    prefixes = suggestion_prefixes(queries)
    say(f"Suggestions (latency p50 / p95 over {len(prefixes)} prefixes of the mix):")
    suggest_es = run_suggest("Elasticsearch suggest", elasticsearch, prefixes)
    suggest_es.report()
    row["suggest_es"] = suggest_es.times
    api_es = run_api("/api/search/ (ES)", "elasticsearch", queries)
    api_es.report()
    row["api_es"] = api_es.times
    row["api_es_engines"] = api_es.engines
    row["wagtail"] = "not measured (Elasticsearch only)"


def summary(rows, query_count):
    say(
        f"\n=== Summary: latencies p50/p95 in ms over {query_count} queries each; Wagtail ratio ="
        " mean ours / mean Wagtail 6 facets ==="
    )
    header = (
        f"{'N':>8} {'load s':>7} {'ES rebuild s':>12} {'ES bulk d/s':>11} {'push d/s':>9} "
        f"{'ES p50/p95':>12} {'DB p50/p95':>13} {'API(ES)':>13} {'API(DB)':>13}  Wagtail ratio"
    )
    say(header)
    say("-" * len(header) + "-" * 12)
    for row in rows:
        wagtail = row.get("wagtail")
        if isinstance(wagtail, dict):
            ratio = f"DB {wagtail['ratio_db']:.2f}"
            if wagtail["ratio_es"] is not None:
                ratio += f" / ES {wagtail['ratio_es']:.2f}"
        else:
            ratio = "n/a"
        say(
            f"{row['n']:>8,} {row['load_s']:>7.1f} "
            f"{row.get('rebuild_s', float('nan')):>12.1f} "
            f"{row.get('bulk_docs_s', float('nan')):>11,.0f} "
            f"{row.get('push_docs_s', float('nan')):>9,.0f} "
            f"{fmt_ms(row.get('es')):>12} {fmt_ms(row.get('db')):>13} "
            f"{fmt_ms(row.get('api_es')) + ('*' if row.get('api_es_patched') else ''):>13} "
            f"{fmt_ms(row.get('api_db')):>13}  {ratio}"
        )
    for row in rows:
        if isinstance(row.get("wagtail"), str):
            say(f"  N={row['n']:,}: Wagtail ratio {row['wagtail']}")
        if row.get("es_error"):
            say(f"  N={row['n']:,}: Elasticsearch failed: {row['es_error']}")
        if row.get("api_es_patched"):
            say(
                f"  N={row['n']:,}: * API(ES): the unpatched view failed with HTTP 500 on "
                f"{row['api_es_errors']} of the queries (Elasticsearch Hit.type is a list, not a "
                "string); the figure is with the benchmark-only HitTypeFix"
            )
        engines = row.get("api_es_engines") or {}
        if set(engines) - {"elasticsearch"}:
            say(f"  N={row['n']:,}: API(ES) was answered by {engines} (fallbacks)")

    say("\nTargets:")
    by_n = {row["n"]: row for row in rows}

    def verdict(ok):
        return "PASS" if ok else "FAIL"

    def p95(row, key):
        return ms(percentile(row[key], 0.95)) if row and row.get(key) else None

    for size in (100_000, 1_000_000):
        value = p95(by_n.get(size), "es")
        say(
            f"  Elasticsearch p95 <= {TARGET_ES_P95_MS} ms at {size:,}: "
            + (
                f"{value:.1f} ms {verdict(value <= TARGET_ES_P95_MS)}"
                if value is not None
                else "not measured"
            )
        )
    value = p95(by_n.get(100_000), "suggest_es")
    say(
        f"  Elasticsearch suggestions p95 <= {TARGET_SUGGEST_P95_MS} ms at 100,000: "
        + (
            f"{value:.1f} ms {verdict(value <= TARGET_SUGGEST_P95_MS)}"
            if value is not None
            else "not measured"
        )
    )
    for row in rows:
        if row.get("suggest_db"):
            say(
                f"  N={row['n']:,}: suggestions p50/p95 ES {fmt_ms(row.get('suggest_es'))} ms,"
                f" DB {fmt_ms(row['suggest_db'])} ms"
            )
    from django.db import connection

    value = p95(by_n.get(100_000), "db")
    label = f"  Database engine on PostgreSQL p95 <= {TARGET_DB_P95_MS} ms at 100,000: "
    if value is None or connection.vendor != "postgresql":
        say(label + "not measured")
    else:
        say(label + f"{value:.1f} ms {verdict(value <= TARGET_DB_P95_MS)}")
    rates = [
        (row["n"], row["bulk_docs_s"], row.get("push_docs_s"))
        for row in rows
        if "bulk_docs_s" in row
    ]
    say(
        f"  Bulk indexing >= {TARGET_BULK_DOCS_S:,} docs/s: "
        + (
            "; ".join(
                f"N={n:,} rebuild {bulk:,.0f} {verdict(bulk >= TARGET_BULK_DOCS_S)}"
                + (
                    f", push_pending {push:,.0f} {verdict(push >= TARGET_BULK_DOCS_S)}"
                    if push is not None
                    else " (direct load, analysis included)"
                )
                for n, bulk, push in rates
            )
            or "not measured"
        )
    )
    row = by_n.get(100_000)
    say(
        f"  Rebuild of 100,000 < {TARGET_REBUILD_100K_S // 60} minutes: "
        + (
            f"{row['rebuild_s']:.0f} s {verdict(row['rebuild_s'] < TARGET_REBUILD_100K_S)}"
            if row and "rebuild_s" in row
            else "not measured"
        )
    )
    ratios = [
        f"N={row['n']:,} DB {row['wagtail']['ratio_db']:.2f} "
        f"{verdict(row['wagtail']['ratio_db'] <= TARGET_WAGTAIL_RATIO)}"
        + (
            f", ES {row['wagtail']['ratio_es']:.2f} "
            f"{verdict(row['wagtail']['ratio_es'] <= TARGET_WAGTAIL_RATIO)}"
            if row["wagtail"]["ratio_es"] is not None
            else ""
        )
        for row in rows
        if isinstance(row.get("wagtail"), dict)
    ]
    say(
        f"  Ratio ours/Wagtail <= {TARGET_WAGTAIL_RATIO}: "
        + ("; ".join(ratios) if ratios else "not measured")
    )


if __name__ == "__main__":
    main()
