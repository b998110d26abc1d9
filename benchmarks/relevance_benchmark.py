"""Relevance of the catalogue search, measured on the demo content: nDCG@10 and MRR of each
engine over a judged query set (benchmarks/relevance_judgements.toml).

    DATABASE_URL=sqlite:////tmp/cop_bench_relevance.sqlite3 \\
    [ELASTICSEARCH_URL=http://127.0.0.1:9200] \\
    .venv/bin/python benchmarks/relevance_benchmark.py [--judgements FILE] [--json FILE]

It seeds the database it is given (migrate, createcachetable, seed_demo, a catalogue rebuild),
so it refuses any database whose name does not contain "bench". With ELASTICSEARCH_URL it also
loads the catalogue into its own alias (``--index``, "cop-bench-relevance"), deleted at the
end, and measures both engines on the same catalogue. See benchmarks/README.md.
"""

import argparse
import datetime
import json
import math
import os
import sys
import time
import tomllib
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cop_cms.settings.dev")

JUDGEMENTS = Path(__file__).resolve().parent / "relevance_judgements.toml"
LANGUAGES = ("en", "es", "fr")
GRADES = (1, 2, 3)  # 3 perfect, 2 good, 1 partial; anything unjudged is 0
CUTOFF = 10  # nDCG@10
DEPTH = 100  # hits read per query: MRR looks this far for the first good item
MRR_GRADE = 2  # MRR's "relevant": good or perfect (a partial match is not an answer)
TARGET_ES_NDCG = 0.8
TARGET_DB_GAP = 0.05


def say(*lines):
    print(*lines, sep="\n", flush=True)


def refuse(message):
    sys.exit(f"relevance_benchmark: refusing to run: {message}")


# --- The judged set ---------------------------------------------------------------------------


class JudgementError(Exception):
    pass


def load_judgements(path):
    """The judged queries, checked for form: ids unique, a known language, text, and grades
    1-3 for at least one item each."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise JudgementError(f"{path}: {error}") from error
    queries = data.get("query")
    if not isinstance(queries, list) or not queries:
        raise JudgementError(f"{path}: no [[query]] tables")
    problems = []
    seen = set()
    for position, query in enumerate(queries, 1):
        where = f"query {position} ({query.get('id', '?')})"
        if not query.get("id") or query["id"] in seen:
            problems.append(f"{where}: missing or repeated id")
        seen.add(query.get("id"))
        if query.get("lang") not in LANGUAGES:
            problems.append(f"{where}: lang must be one of {', '.join(LANGUAGES)}")
        if not str(query.get("q", "")).strip():
            problems.append(f"{where}: empty q")
        relevant = query.get("relevant")
        if not isinstance(relevant, dict) or not relevant:
            problems.append(f"{where}: no relevant items")
            continue
        for key, grade in relevant.items():
            if grade not in GRADES:
                problems.append(f"{where}: {key!r} has grade {grade!r} (1, 2 or 3)")
    if problems:
        raise JudgementError(f"{path}:\n  " + "\n  ".join(problems))
    return queries


def entry_key(url):
    """The stable key of a catalogue entry: its URL path without slashes
    ("resources/amina-diallo"), the section and the page slug."""
    return urlparse(url).path.strip("/")


def check_keys(queries, known):
    """Every judged key must be a searchable entry of the seeded catalogue: a judgement on a
    page that is not there would silently lower every engine's score."""
    missing = sorted(
        {(query["id"], key) for query in queries for key in query["relevant"] if key not in known}
    )
    if missing:
        lines = [f"{query_id}: {key}" for query_id, key in missing]
        raise JudgementError(
            f"{len(missing)} judged key(s) are not in the seeded catalogue "
            f"({len(known)} searchable entries):\n  " + "\n  ".join(lines)
        )


# --- Measures ---------------------------------------------------------------------------------


def dcg(gains):
    return sum((2**gain - 1) / math.log2(rank + 1) for rank, gain in enumerate(gains, 1))


def ndcg(ranked_keys, relevant, cutoff=CUTOFF):
    ideal = dcg(sorted(relevant.values(), reverse=True)[:cutoff])
    got = dcg([relevant.get(key, 0) for key in ranked_keys[:cutoff]])
    return got / ideal if ideal else 0.0


def reciprocal_rank(ranked_keys, relevant, grade=MRR_GRADE):
    threshold = min(grade, max(relevant.values()))  # a query judged only partial: its best
    for rank, key in enumerate(ranked_keys, 1):
        if relevant.get(key, 0) >= threshold:
            return 1 / rank
    return 0.0


def mean(values):
    values = list(values)
    return sum(values) / len(values) if values else 0.0


# --- Setup ------------------------------------------------------------------------------------


def check_environment():
    import dj_database_url

    url = os.environ.get("DATABASE_URL", "")
    if not url:
        refuse(
            "DATABASE_URL is not set. Point it at a dedicated database whose name contains "
            '"bench", e.g. sqlite:////tmp/cop_bench_relevance.sqlite3 or '
            "postgres://cop:cop@localhost:5432/cop_bench_relevance"
        )
    name = str(dj_database_url.parse(url).get("NAME") or "")
    if "bench" not in Path(name).name.lower():
        refuse(
            f'the database name {name!r} does not contain "bench": the benchmark migrates and '
            "seeds it, so it only runs against a dedicated database"
        )


def setup_django(index_name):
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection

    name = str(connection.settings_dict.get("NAME") or "")
    if "bench" not in Path(name).name.lower():
        refuse(f"the connected database {name!r} is not a benchmark database")
    settings.DEBUG = False
    settings.COP_SEARCH_INDEX = index_name
    # Seeding publishes pages; the catalogue is loaded into Elasticsearch once, afterwards.
    settings.COP_SEARCH_ENGINE = "database"
    return connection


def seed():
    from io import StringIO

    from django.core.management import call_command

    from search import catalogue
    from search.models import CatalogEntry

    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("createcachetable", verbosity=0)
    call_command("seed_demo", verbosity=0, stdout=StringIO())
    indexed, withdrawn = catalogue.rebuild()
    known = {
        entry_key(url): url
        for url in CatalogEntry.objects.searchable().values_list("url", flat=True)
    }
    say(
        f"Seeded and catalogued in {time.perf_counter() - started:.1f} s: {indexed} pages, "
        f"{len(known)} searchable entries ({withdrawn} withdrawn)"
    )
    return known


def load_elasticsearch():
    from django.conf import settings

    from search import sync
    from search.engines import elasticsearch

    settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
    settings.COP_SEARCH_ENGINE = "elasticsearch"
    elasticsearch.reset_client()
    health = elasticsearch.health()
    if health not in ("green", "yellow"):
        refuse(f"Elasticsearch at {settings.ELASTICSEARCH_URL} is not healthy ({health})")
    elasticsearch.delete_indices()
    started = time.perf_counter()
    name, count = sync.rebuild_elasticsearch()
    say(f"Elasticsearch: {count} documents in {name} in {time.perf_counter() - started:.1f} s")


# --- Running the queries ----------------------------------------------------------------------


def ranked(engine, text):
    from search.query import SearchQuery

    query = SearchQuery(text=text, sort="relevance", page=1, per_page=DEPTH)
    results = engine.search(query)
    return [entry_key(hit.url) for hit in results.hits], results.total


def evaluate(engine, queries):
    rows = []
    for query in queries:
        keys, total = ranked(engine, query["q"])
        rows.append(
            {
                "id": query["id"],
                "lang": query["lang"],
                "q": query["q"],
                "ranked": keys,
                "total": total,
                "ndcg": ndcg(keys, query["relevant"]),
                "rr": reciprocal_rank(keys, query["relevant"]),
            }
        )
    return rows


def summary(rows):
    groups = {"all": rows, **{lang: [r for r in rows if r["lang"] == lang] for lang in LANGUAGES}}
    return {
        name: {
            "queries": len(group),
            "ndcg10": mean(r["ndcg"] for r in group),
            "mrr": mean(r["rr"] for r in group),
        }
        for name, group in groups.items()
        if group
    }


def ranks_of(relevant, keys):
    """Judged items by grade, each with its rank in ``keys`` ("-" if not in the hits)."""
    position = {key: rank for rank, key in enumerate(keys, 1)}
    items = sorted(relevant.items(), key=lambda item: (-item[1], item[0]))
    return ", ".join(f"{grade}@{position.get(key, '-')}" for key, grade in items)


def print_report(queries, results, args):
    by_id = {query["id"]: query for query in queries}
    names = list(results)
    say("", f"=== nDCG@{CUTOFF} / MRR (first item graded >= {MRR_GRADE}, within {DEPTH} hits) ===")
    header = f"{'engine':<22}" + "".join(f"{group:>16}" for group in ("all", *LANGUAGES))
    say(header, "-" * len(header))
    sums = {name: summary(rows) for name, rows in results.items()}
    for name in names:
        cells = []
        for group in ("all", *LANGUAGES):
            figures = sums[name].get(group)
            cells.append(
                f"{figures['ndcg10']:.3f} / {figures['mrr']:.3f}".rjust(16) if figures else ""
            )
        say(f"{name:<22}" + "".join(cells))
    counts = sums[names[0]]
    say(
        "queries: "
        + ", ".join(f"{group} {counts[group]['queries']}" for group in ("all", *LANGUAGES))
    )

    say("", f"=== Lowest nDCG@{CUTOFF} per engine (judged grade@rank; '-' = not found) ===")
    for name in names:
        say(f"-- {name}")
        for row in sorted(results[name], key=lambda r: (r["ndcg"], r["id"]))[: args.worst]:
            query = by_id[row["id"]]
            say(
                f"  {row['ndcg']:.3f}  {row['id']:<22} {query['q']!r} ({row['total']} hits): "
                f"{ranks_of(query['relevant'], row['ranked'])}"
            )

    if len(names) > 1:
        first, second = names[0], names[1]
        pairs = list(zip(results[first], results[second], strict=True))
        pairs.sort(key=lambda pair: (-abs(pair[0]["ndcg"] - pair[1]["ndcg"]), pair[0]["id"]))
        say("", f"=== Queries where the engines disagree most ({first} vs {second}) ===")
        for left, right in pairs[: args.disagree]:
            query = by_id[left["id"]]
            gap = left["ndcg"] - right["ndcg"]
            if abs(gap) < 1e-9 and left["ranked"][:CUTOFF] == right["ranked"][:CUTOFF]:
                continue
            say(
                f"  {left['id']} {query['q']!r}: nDCG {left['ndcg']:.3f} vs {right['ndcg']:.3f} "
                f"(hits {left['total']} vs {right['total']})",
                f"    {first:<20} {ranks_of(query['relevant'], left['ranked'])}",
                f"    {second:<20} {ranks_of(query['relevant'], right['ranked'])}",
                f"    top 3 {first}: {', '.join(left['ranked'][:3]) or '(none)'}",
                f"    top 3 {second}: {', '.join(right['ranked'][:3]) or '(none)'}",
            )
        same = sum(
            1 for left, right in pairs if left["ranked"][:CUTOFF] == right["ranked"][:CUTOFF]
        )
        say(f"  identical top {CUTOFF}: {same} of {len(pairs)} queries")

    if args.verbose:
        say("", "=== Every query ===")
        for index, query in enumerate(queries):
            say(f"{query['id']} {query['q']!r}")
            for name in names:
                row = results[name][index]
                say(
                    f"  {name:<20} nDCG {row['ndcg']:.3f} RR {row['rr']:.3f} "
                    f"({row['total']} hits): {ranks_of(query['relevant'], row['ranked'])}"
                )
                say(f"    top: {', '.join(row['ranked'][:5])}")

    say("", "Goals:")
    es_name = next((name for name in names if name.startswith("elasticsearch")), None)
    db_name = next((name for name in names if name.startswith("database")), None)
    if es_name is None or db_name is None:
        say("  Elasticsearch or the database engine not measured: goals not checked")
        return sums
    es_ndcg = sums[es_name]["all"]["ndcg10"]
    verdict = "PASS" if es_ndcg >= TARGET_ES_NDCG else "FAIL"
    say(f"  Elasticsearch nDCG@{CUTOFF} >= {TARGET_ES_NDCG}: {es_ndcg:.3f} {verdict}")
    db_ndcg = sums[db_name]["all"]["ndcg10"]
    verdict = "PASS" if db_ndcg >= es_ndcg - TARGET_DB_GAP else "FAIL"
    say(
        f"  {db_name} within {TARGET_DB_GAP} of Elasticsearch: {db_ndcg:.3f} "
        f"(gap {es_ndcg - db_ndcg:+.3f}) {verdict}"
    )
    return sums


# --- Main -------------------------------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--judgements", default=str(JUDGEMENTS), help="judged query set (TOML)")
    parser.add_argument("--index", default="cop-bench-relevance", help="Elasticsearch alias")
    parser.add_argument("--worst", type=int, default=8, help="lowest-scoring queries shown")
    parser.add_argument("--disagree", type=int, default=10, help="disagreeing queries shown")
    parser.add_argument("--verbose", action="store_true", help="every query's judged ranks")
    parser.add_argument("--json", help="also write the figures and rankings to this file")
    return parser.parse_args()


def main():
    args = parse_args()
    try:
        queries = load_judgements(args.judgements)
    except JudgementError as error:
        sys.exit(f"relevance_benchmark: invalid judged set: {error}")
    check_environment()
    connection = setup_django(args.index)
    from search.engines import database

    say(
        f"Relevance benchmark {datetime.datetime.now().isoformat(timespec='seconds')}: "
        f"{len(queries)} judged queries from {args.judgements}, database {connection.vendor} "
        f"{connection.settings_dict['NAME']!r}, Elasticsearch "
        f"{os.environ.get('ELASTICSEARCH_URL') or 'not set'}"
    )
    known = seed()
    try:
        check_keys(queries, known)
    except JudgementError as error:
        sys.exit(f"relevance_benchmark: invalid judged set: {error}")

    results = {}
    use_es = bool(os.environ.get("ELASTICSEARCH_URL"))
    try:
        engines = []
        if use_es:
            from search.engines import elasticsearch

            load_elasticsearch()
            # Elasticsearch first: the goals are stated relative to it.
            engines.append(("elasticsearch", elasticsearch))
        engines.append((f"database ({connection.vendor})", database))
        for name, engine in engines:
            try:
                results[name] = evaluate(engine, queries)
            except Exception as error:  # one engine failing still leaves the other's figures
                say(f"{name} FAILED: {type(error).__name__}: {error}")
        if not results:
            sys.exit("relevance_benchmark: no engine answered")
        sums = print_report(queries, results, args)
    finally:
        if use_es:
            from search.engines import elasticsearch

            elasticsearch.delete_indices()
    if args.json:
        Path(args.json).write_text(
            json.dumps({"summary": sums, "queries": results}, indent=1), encoding="utf-8"
        )
        say(f"Figures written to {args.json}")


if __name__ == "__main__":
    main()
