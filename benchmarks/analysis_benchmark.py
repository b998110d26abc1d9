"""How fast the catalogue analyses text (search/analysis.py): documents per second through
``index_tokens`` and ``index_words``, per language, on synthetic documents of 400 words.

Two vocabularies: a worst case (20,000 distinct random words, each stemmed once, so the stem
cache helps little) and a Zipf-like one (words repeat as in real text). The goal in issue 14:
stemming must not bring indexing below 1,000 documents a second.

    .venv/bin/python benchmarks/analysis_benchmark.py [--documents 2000]
"""

import argparse
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from search import analysis

LETTERS = "abcdefghijklmnopqrstuvwxyzéèàíóúñç"


def vocabulary(size, rng):
    return ["".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 11))) for _ in range(size)]


def documents(count, words, rng, zipf):
    weights = [1 / (rank + 1) for rank in range(len(words))] if zipf else None
    return [" ".join(rng.choices(words, weights=weights, k=400)) for _ in range(count)]


def rate(docs, language):
    analysis.stem.cache_clear()
    analysis.stem_token.cache_clear()
    started = time.perf_counter()
    for text in docs:
        analysis.index_tokens(["A title of a few words", text], language)
        analysis.index_words(["A title of a few words", text])
    return len(docs) / (time.perf_counter() - started)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(2026)  # noqa: S311 - reproducible test text, not secrets
    words = vocabulary(20_000, rng)
    backend = "PyStemmer (C)" if "Stemmer" in sys.modules else "snowballstemmer (Python)"
    print(f"stemmer: {backend}; {args.documents} documents of 400 words each")
    for name, zipf in (("worst case", False), ("zipf", True)):
        docs = documents(args.documents, words, rng, zipf)
        figures = "  ".join(f"{lang} {rate(docs, lang):,.0f}" for lang in analysis.LANGUAGES)
        print(f"{name:>10}: documents/s  {figures}")


if __name__ == "__main__":
    main()
