"""The query language, one for every engine: words (all must match), ``"quoted phrases"``
(exact words in that order), ``-excluded`` words or phrases, and ``OR`` between two terms
(``masculinities OR men``). Any text is a valid query: an unclosed quote runs to the end, a
lone ``-`` or ``OR`` is ignored, punctuation separates words as it does in the catalogue.

``parse(text)`` gives the engines a plain structure to translate; none of them parses the
visitor's text itself, so "-word" cannot mean one thing on SQLite and another on
Elasticsearch.
"""

import re
from dataclasses import dataclass, field

from .analysis import stems_in_every_language, words

# Terms kept from one query: enough for any real question, few enough that a pasted page of
# text costs the engines no more than a long sentence.
MAX_TERMS = 32
_PIECE = re.compile(r'(-?)"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # folded
    exact: bool = False  # quoted: these words, in this order, not their stems

    @property
    def is_phrase(self):
        return len(self.words) > 1

    def alternatives(self):
        """Tokens a document matches a one-word term by: the word, and unless it was quoted
        its stems."""
        return self.words if self.exact else stems_in_every_language(self.words[0])


@dataclass
class ParsedQuery:
    # Every clause must match; a clause matches when any of its terms does.
    clauses: list[tuple[Term, ...]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)

    @property
    def is_empty(self):
        return not self.clauses and not self.excluded

    def terms(self):
        return [term for clause in self.clauses for term in clause]

    def highlight_words(self):
        """The words a snippet marks, and their stems."""
        found = {}
        for term in self.terms():
            for word in term.words:
                found.update(
                    dict.fromkeys((word,) if term.exact else stems_in_every_language(word))
                )
        return list(found)


def _terms(piece_words, phrase):
    if not piece_words:
        return []
    if phrase:
        return [Term(tuple(piece_words), exact=True)]
    # "women's" or "co-facilitation": one typed word, several catalogue words, all required.
    return [Term((word,)) for word in piece_words]


def parse(text):
    query = ParsedQuery()
    pending_or = False
    seen = set()
    count = 0
    for match in _PIECE.finditer(text):
        negated, quoted, bare = match.groups()
        if bare is not None:
            if bare == "OR":
                pending_or = bool(query.clauses)
                continue
            negated = bare.startswith("-") and len(bare) > 1
            terms = _terms(words(bare[1:] if negated else bare), phrase=False)
        else:
            terms = _terms(words(quoted), phrase=True)
            negated = bool(negated)
        for term in terms:
            if count >= MAX_TERMS:
                return query
            if negated:
                if term not in query.excluded:
                    query.excluded.append(term)
                    count += 1
            elif pending_or:
                query.clauses[-1] = (*query.clauses[-1], term)
                count += 1
            elif term not in seen:
                query.clauses.append((term,))
                count += 1
            seen.add(term)
            pending_or = False
        if terms:
            pending_or = False
    return query
