"""How long "did you mean" takes to correct a query (search.spelling.correct) on a vocabulary
of 100,000 words (and their stems, as the catalogue keeps them): p50 and p95 in milliseconds,
per kind of query. The goal in issue 14: p95 well under 50 ms.

    DATABASE_URL=sqlite:////tmp/spelling_bench.sqlite3 \\
    .venv/bin/python benchmarks/spelling_benchmark.py [--words 100000] [--queries 300]

It runs ``migrate`` and replaces the vocabulary table (CatalogWord) of the database it is
given, so it refuses any database whose name does not contain "bench".
"""

import argparse
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

SEED = 20_261_202
WARMUP = 20
# Syllables rather than random letters: real words share beginnings and endings ("trai",
# "-tion"), which is what makes the two-edit lookups by first and last letters work hard.
ONSETS = ["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "tr", "pr", "br",
          "st", "ch", "qu", "pl", "gr"]  # fmt: skip
VOWELS = ["a", "e", "i", "o", "u", "ou", "ai", "ie", "ea"]
CODAS = ["", "", "", "n", "r", "s", "l", "t", "nt", "st"]
ENDINGS = ["", "s", "ing", "tion", "ment", "ity", "es", "er", "ed", "al", "ique", "ción", "ado"]


def refuse(message):
    sys.exit(f"spelling_benchmark: refusing to run: {message}")


def check_environment():
    import dj_database_url

    url = os.environ.get("DATABASE_URL", "")
    name = str(dj_database_url.parse(url).get("NAME") or "") if url else ""
    if "bench" not in Path(name).name.lower():
        refuse(
            'DATABASE_URL must name a dedicated database whose name contains "bench" (the '
            "benchmark replaces the vocabulary table), e.g. sqlite:////tmp/spelling_bench.sqlite3"
        )


def make_words(count, rng):
    from search.analysis import fold

    words = set()
    while len(words) < count:
        syllables = rng.randint(1, 4)
        word = "".join(
            rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables)
        )
        words.add(fold(word + rng.choice(ENDINGS)))
    return sorted(word for word in words if 3 <= len(word) <= 40)


def typo(word, edits, rng):
    letters = "abcdefghijklmnopqrstuvwxyz"
    for _ in range(edits):
        position = rng.randrange(len(word))
        kind = rng.choice(("delete", "insert", "replace", "swap"))
        if kind == "delete" and len(word) > 3:
            word = word[:position] + word[position + 1 :]
        elif kind == "insert":
            word = word[:position] + rng.choice(letters) + word[position:]
        elif kind == "swap" and position < len(word) - 1:
            word = word[:position] + word[position + 1] + word[position] + word[position + 2 :]
        else:
            word = word[:position] + rng.choice(letters) + word[position + 1 :]
    return word


def fill(words, rng):
    from django.db import connection, transaction

    from search.analysis import stem_token
    from search.models import CatalogWord
    from search.spelling import word_fields

    tokens = {}
    for rank, word in enumerate(rng.sample(words, len(words)), start=1):
        documents = max(1, 100_000 // rank)  # Zipf-like: a few words are everywhere
        tokens[word] = documents
        stem = stem_token(word, "en")
        tokens[stem] = tokens.get(stem, 0) + documents
    with transaction.atomic():
        CatalogWord.objects.all().delete()
        items = sorted(tokens.items())
        for start in range(0, len(items), 5000):
            CatalogWord.objects.bulk_create(
                [
                    CatalogWord(word=token, documents=documents, **word_fields(token))
                    for token, documents in items[start : start + 5000]
                ]
            )
    # Statistics for the planner, as autovacuum would gather them on a live site.
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {connection.ops.quote_name(CatalogWord._meta.db_table)}")
    return len(tokens)


def queries(words, count, rng):
    long_words = [word for word in words if len(word) >= 7]
    mixes = {
        "one typo (1 edit)": lambda: typo(rng.choice(words), 1, rng),
        "long word (2 edits)": lambda: typo(rng.choice(long_words), 2, rng),
        "three words, one typo": lambda: " ".join(
            [rng.choice(words), typo(rng.choice(long_words), 2, rng), rng.choice(words)]
        ),
        # The most a query is corrected for (spelling.MAX_UNKNOWN), none of them near a word.
        "four unknown words": lambda: " ".join(
            typo(typo(rng.choice(long_words), 2, rng), 2, rng) for _ in range(4)
        ),
        '"phrase" -excluded OR': lambda: (
            f'"{rng.choice(words)} {typo(rng.choice(words), 1, rng)}" -{rng.choice(words)} '
            f"{typo(rng.choice(long_words), 1, rng)} OR {rng.choice(words)}"
        ),
    }
    return {name: [make() for _ in range(count)] for name, make in mixes.items()}


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300, help="queries per kind")
    parser.add_argument(
        "--bucket-rows", type=int, help="spelling.BUCKET_ROWS to try (recall against time)"
    )
    args = parser.parse_args()
    check_environment()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    name = str(connection.settings_dict.get("NAME") or "")
    if "bench" not in Path(name).name.lower():
        refuse(f"the connected database {name!r} is not a benchmark database")
    call_command("migrate", interactive=False, verbosity=0)
    settings.DEBUG = False

    from search import spelling
    from search.spelling import correct
    from search.syntax import parse

    if args.bucket_rows:
        spelling.BUCKET_ROWS = args.bucket_rows

    rng = random.Random(SEED)  # noqa: S311 - reproducible test words, not secrets
    words = make_words(args.words, rng)
    started = time.perf_counter()
    rows = fill(words, rng)
    print(
        f"{connection.vendor}: {len(words):,} words ({rows:,} rows with stems), "
        f"loaded in {time.perf_counter() - started:.1f}s; {args.queries} queries per kind; "
        f"BUCKET_ROWS {spelling.BUCKET_ROWS}"
    )
    for text in queries(words, WARMUP, rng)["one typo (1 edit)"]:
        correct(parse(text))
    everything = []
    for kind, texts in queries(words, args.queries, rng).items():
        times = []
        offered = 0
        for text in texts:
            started = time.perf_counter()
            offered += correct(parse(text)) is not None
            times.append((time.perf_counter() - started) * 1000)
        everything += times
        print(
            f"  {kind:<24} p50 {statistics.median(times):6.2f} ms  "
            f"p95 {percentile(times, 0.95):6.2f} ms  corrected {offered / len(texts):4.0%}"
        )
    print(
        f"  {'all':<24} p50 {statistics.median(everything):6.2f} ms  "
        f"p95 {percentile(everything, 0.95):6.2f} ms  (goal: p95 well under 50 ms)"
    )


if __name__ == "__main__":
    main()
