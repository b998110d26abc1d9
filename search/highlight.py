"""Snippets, made the same way for every engine: an excerpt of the text around the first
match, cut at word boundaries with an ellipsis, HTML-escaped, with the matching words marked,
stemmed forms included ("masculinity" marks "masculinities"). The fields of a text (joined by
line breaks) stay apart: a break shows as " · " instead of running names and headings
together."""

import re

from django.utils.html import escape

from .analysis import fold, language_of, stem_token

FRAGMENT = 160
ELLIPSIS = "…"
FIELD_SEPARATOR = " · "
_WORD = re.compile(r"\w+")


def _flattened(text):
    fields = [" ".join(line.split()) for line in text.splitlines()]
    return FIELD_SEPARATOR.join(field for field in fields if field)


def _matches(word, wanted, language):
    folded = fold(word)
    return folded in wanted or (language is not None and stem_token(folded, language) in wanted)


def _word_start(text, position):
    """The start of the word at or after ``position``."""
    if position <= 0:
        return 0
    match = re.compile(r"(?<!\w)\w").search(text, position)
    return match.start() if match else len(text)


def _excerpt_bounds(text, first):
    """Start and end of a FRAGMENT-long excerpt around index ``first``, on word boundaries."""
    if len(text) <= FRAGMENT:
        return 0, len(text)
    start = _word_start(text, max(0, first - FRAGMENT // 3))
    if start > first:
        start = first
    end = start + FRAGMENT
    if end >= len(text):
        end = len(text)
    else:
        space = text.rfind(" ", start, end + 1)
        end = space if space > first else end
    return start, end


def snippet_for(text, parsed=None, locale="en"):
    text = _flattened(text or "")
    language = language_of(locale)
    wanted = set(parsed.highlight_words()) if parsed is not None else set()
    found = [
        match
        for match in _WORD.finditer(text)
        if wanted and _matches(match.group(0), wanted, language)
    ]
    start, end = _excerpt_bounds(text, found[0].start() if found else 0)
    pieces = [ELLIPSIS + " "] if start else []
    position = start
    for match in found:
        if match.start() < start or match.end() > end:
            continue
        pieces += [
            escape(text[position : match.start()]),
            f"<mark>{escape(match.group(0))}</mark>",
        ]
        position = match.end()
    pieces.append(escape(text[position:end].rstrip(" ·")))
    if end < len(text):
        pieces.append(" " + ELLIPSIS)
    return "".join(pieces)
