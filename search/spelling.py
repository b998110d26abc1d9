""" "Did you mean": a query that finds nothing is offered a corrected one, built from the
catalogue's own vocabulary (``CatalogWord``), so both engines offer the same correction.

The vocabulary holds the folded words of the searchable rows and their language-tagged stems
(the tokens of ``search_tokens``), each with the number of rows that have it. A query word is
known when a row has a token it matches by, as the engines match it: the word or one of its
stems (a quoted word: the word itself). An unknown word is replaced by the vocabulary word
closest to it, within one edit (two for words of seven letters or more; an edit inserts,
deletes or replaces a letter or swaps two adjacent ones), the more frequent on a tie.

Cost: two indexed queries whatever the query's length. Words one edit away are looked up by
generating every string one edit away (a few hundred, one ``IN``); words two edits away by
their first or last three letters and their length (two edits leave one of the two intact
unless they fall at both ends), then measured in Python.
"""

import json
import string
from collections import Counter, defaultdict

from django.db import connection
from django.db.models import F, Value
from django.db.models.functions import Greatest

from .analysis import stems_in_every_language
from .models import CatalogEntry, CatalogWord
from .syntax import ParsedQuery, Term

MIN_LENGTH = 3  # shorter words are neither corrected nor kept (too many neighbours)
MAX_LENGTH = 64  # CatalogWord.word; longer tokens are not words anyone mistypes
LONG_WORD = 7  # from this length, two edits are allowed
# More unknown words than this is not a typo but a question the catalogue cannot answer: no
# correction (and the cost stays bounded for pasted text).
MAX_UNKNOWN = 4
# Words two edits away are looked for among the most frequent of a bucket (same first or last
# three letters, length within two): "-ing" or "-tion" buckets hold thousands of words, and
# the frequent ones are what a correction prefers anyway.
BUCKET_ROWS = 400
# What inserts and replacements try (and the word's own letters): text is folded, and a digit
# typed for a letter is replaced by a letter.
ALPHABET = string.ascii_lowercase
CHUNK = 2000  # tokens a statement (a long page has a few thousand)


# --- The vocabulary -------------------------------------------------------------------------


def vocabulary_tokens(search_tokens):
    """The tokens of a row's ``search_tokens`` the vocabulary keeps."""
    kept = set()
    for token in search_tokens.split():
        base = token.rpartition("_")[0] or token
        if len(token) <= MAX_LENGTH and len(base) >= MIN_LENGTH and not base.isdigit():
            kept.add(token)
    return kept


def word_fields(token):
    """A vocabulary row's lookup columns (stems get none: they are never offered)."""
    if "_" in token:
        return {"head": "", "tail": "", "length": 0}
    return {"head": token[:3], "tail": token[-3:], "length": len(token)}


def _chunks(items):
    items = sorted(items)  # one lock order for concurrent publishes
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _add(tokens):
    for chunk in _chunks(tokens):
        # Most of a page's words are in the vocabulary already: only the others are created.
        # Created at 0, then counted: a word two publishes create at once is counted twice.
        existing = set(CatalogWord.objects.filter(word__in=chunk).values_list("word", flat=True))
        CatalogWord.objects.bulk_create(
            [
                CatalogWord(word=token, documents=0, **word_fields(token))
                for token in chunk
                if token not in existing
            ],
            ignore_conflicts=True,
        )
        CatalogWord.objects.filter(word__in=chunk).update(documents=F("documents") + 1)


def _subtract(counts):
    by_amount = defaultdict(list)
    for token, amount in counts.items():
        by_amount[amount].append(token)
    for amount, tokens in by_amount.items():
        for chunk in _chunks(tokens):
            # Never below 0 (the column forbids it): a count that drifted must not fail a
            # publish; ``rebuild_vocabulary`` recounts.
            CatalogWord.objects.filter(word__in=chunk).update(
                documents=Greatest(F("documents") - amount, Value(0))
            )


def count_changes(old_search_tokens, new_search_tokens):
    """A row's tokens changed (old: "" for a new or withdrawn row; new: "" when withdrawn)."""
    old = vocabulary_tokens(old_search_tokens)
    new = vocabulary_tokens(new_search_tokens)
    if new - old:
        _add(new - old)
    if old - new:
        _subtract(dict.fromkeys(old - new, 1))


def forget(rows_search_tokens):
    """Rows were withdrawn: their tokens count once less each."""
    counts = Counter()
    for search_tokens in rows_search_tokens:
        counts.update(vocabulary_tokens(search_tokens))
    if counts:
        _subtract(counts)


def rebuild_vocabulary(entries=None, words=None, batch=2000):
    """Count the vocabulary again from the searchable rows (after a rebuild, or in the
    migration, with its historical models)."""
    entries = CatalogEntry if entries is None else entries
    words = CatalogWord if words is None else words
    counts = Counter()
    rows = entries.objects.filter(withdrawn=False).values_list("search_tokens", flat=True)
    for search_tokens in rows.iterator(chunk_size=batch):
        counts.update(vocabulary_tokens(search_tokens))
    words.objects.all().delete()
    items = sorted(counts.items())
    for start in range(0, len(items), batch):
        words.objects.bulk_create(
            [
                words(word=token, documents=count, **word_fields(token))
                for token, count in items[start : start + batch]
            ]
        )
    return len(items)


# --- Correction -----------------------------------------------------------------------------


def distance(a, b, limit):
    """Edit distance with adjacent swaps (optimal string alignment), or limit + 1 when it is
    more than ``limit``. Only the diagonal band of width ``limit`` is computed: what lies
    outside it is more than ``limit`` anyway."""
    n, m = len(a), len(b)
    over = limit + 1
    if abs(n - m) > limit:
        return over
    # Each edit changes at most two letters of the symmetric difference of the letter sets: a
    # cheap refusal of most of the words that only share a beginning or an ending.
    if len(set(a) ^ set(b)) > 2 * limit:
        return over
    previous2 = None
    previous = [j if j <= limit else over for j in range(m + 1)]
    for i in range(1, n + 1):
        ca = a[i - 1]
        current = [over] * (m + 1)
        if i <= limit:
            current[0] = i
        best = current[0]
        for j in range(max(1, i - limit), min(m, i + limit) + 1):
            cb = b[j - 1]
            value = previous[j - 1] + (ca != cb)
            if previous[j] + 1 < value:
                value = previous[j] + 1
            if current[j - 1] + 1 < value:
                value = current[j - 1] + 1
            if (
                i > 1
                and j > 1
                and ca == b[j - 2]
                and a[i - 2] == cb
                and previous2[j - 2] + 1 < value
            ):
                value = previous2[j - 2] + 1
            if value > over:
                value = over
            current[j] = value
            if value < best:
                best = value
        if best > limit:
            return over
        previous2, previous = previous, current
    return previous[m]


def edits1(word):
    letters = ALPHABET + "".join(set(word) - set(ALPHABET))
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = set()
    for left, right in splits:
        if right:
            found.add(left + right[1:])
            for letter in letters:
                found.add(left + letter + right[1:])
        if len(right) > 1:
            found.add(left + right[1] + right[0] + right[2:])
        for letter in letters:
            found.add(left + letter + right)
    found.discard(word)
    return found


def _correctable(word):
    return MIN_LENGTH <= len(word) <= MAX_LENGTH and not word.isdigit()


def _unknown_words(parsed):
    """The words of the query's terms (not the excluded ones) no searchable row has."""
    wanted = {}  # word -> tokens that make it known
    for term in parsed.terms():
        for word in term.words:
            if _correctable(word):
                tokens = (word,) if term.exact else stems_in_every_language(word)
                # A word both quoted and bare is known only through the word itself there.
                wanted[word] = tokens if word not in wanted else (word,)
    if not wanted:
        return set()
    tokens = {token for alternatives in wanted.values() for token in alternatives}
    known = set(
        CatalogWord.objects.filter(word__in=sorted(tokens), documents__gt=0).values_list(
            "word", flat=True
        )
    )
    return {word for word, alternatives in wanted.items() if known.isdisjoint(alternatives)}


def _candidate_rows(strings, buckets):
    """(word, documents) of the vocabulary's words among ``strings`` and, for each bucket
    (column, value, shortest, longest), its BUCKET_ROWS most frequent words. Raw SQL: the
    ORM prepares each of the thousands of strings one by one, and a LIMIT per bucket needs
    a subquery per bucket."""
    table = connection.ops.quote_name(CatalogWord._meta.db_table)
    selects, params = [], []
    if strings:
        # The strings as one parameter, each looked up in the words' index: binding
        # thousands of parameters costs more than the query, and PostgreSQL plans
        # "= ANY(array)" or a join of thousands as a scan of the whole table (LIMIT 1 keeps
        # the lookup a lookup).
        # Identifiers only are formatted in (the model's table and columns); values are
        # parameters.
        if connection.vendor == "postgresql":
            selects.append(
                "SELECT w.word, w.documents FROM unnest(string_to_array(%s, ' ')) AS s (word) "  # noqa: S608
                f"CROSS JOIN LATERAL (SELECT word, documents FROM {table} "
                "WHERE word = s.word AND documents > 0 LIMIT 1) AS w"
            )
            params.append(" ".join(strings))  # one string: quoting an array costs more
        else:
            selects.append(
                f"SELECT w.word, w.documents FROM json_each(%s) AS s JOIN {table} AS w "  # noqa: S608
                "ON w.word = s.value WHERE w.documents > 0"
            )
            params.append(json.dumps(strings))
    length = connection.ops.quote_name("length")
    for column, value, shortest, longest in buckets:
        selects.append(
            f"SELECT * FROM (SELECT word, documents FROM {table} WHERE {column} = %s "  # noqa: S608
            f"AND {length} BETWEEN %s AND %s AND documents > 0 "
            f"ORDER BY documents DESC LIMIT {BUCKET_ROWS}) AS bucket{len(selects)}"
        )
        params += [value, shortest, longest]
    if not selects:
        return []
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(selects), params)
        return [(word, documents) for word, documents in cursor.fetchall() if "_" not in word]


def _corrections(unknown):
    """Each unknown word's best replacement, when the vocabulary has one near enough: one
    edit away before two, then the word more pages have."""
    near = {word: edits1(word) for word in unknown}
    buckets = []
    for word in sorted(unknown):
        if len(word) >= LONG_WORD:
            lengths = (len(word) - 2, len(word) + 2)
            buckets += [("head", word[:3], *lengths), ("tail", word[-3:], *lengths)]
    candidates = _candidate_rows(sorted(set().union(*near.values())), buckets)
    best = {}
    for word in unknown:
        # One edit away: exactly the generated strings, no measuring needed.
        scored = [(-documents, candidate) for candidate, documents in candidates
                  if candidate in near[word]]  # fmt: skip
        if not scored and len(word) >= LONG_WORD:
            head, tail = word[:3], word[-3:]
            scored = [(-documents, candidate) for candidate, documents in candidates
                      if (candidate.startswith(head) or candidate.endswith(tail))
                      and distance(word, candidate, 2) == 2]  # fmt: skip
        if scored:
            best[word] = min(scored)[1]
    return best


def _render(term):
    text = " ".join(term.words)
    return f'"{text}"' if term.exact else text


def query_text(parsed):
    """Query text that parses back to ``parsed`` (search.syntax)."""
    pieces = [" OR ".join(_render(term) for term in clause) for clause in parsed.clauses]
    pieces += [f"-{_render(term)}" for term in parsed.excluded]
    return " ".join(pieces)


def correct(parsed):
    """The query text with its unknown words corrected, or None when no word changes."""
    unknown = _unknown_words(parsed)
    if not unknown or len(unknown) > MAX_UNKNOWN:
        return None
    best = _corrections(unknown)
    if not best:
        return None

    def fixed(term):
        return Term(tuple(best.get(word, word) for word in term.words), exact=term.exact)

    corrected = ParsedQuery(
        clauses=[tuple(fixed(term) for term in clause) for clause in parsed.clauses],
        excluded=list(parsed.excluded),
    )
    return query_text(corrected)
