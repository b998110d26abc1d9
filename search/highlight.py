"""Snippets for the database engine: an excerpt around the first match, HTML-escaped, with the
query's words marked, as Elasticsearch's highlighter gives them."""

import re

from django.utils.html import escape
from django.utils.text import Truncator

from .catalogue import tokens

FRAGMENT = 160


def snippet_for(text, query_text):
    words = tokens(query_text)
    if not words:
        return escape(Truncator(text).chars(FRAGMENT))
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)", re.I)
    match = pattern.search(text)
    if match is None:
        return escape(Truncator(text).chars(FRAGMENT))
    start = max(0, match.start() - FRAGMENT // 3)
    if start:
        start = text.rfind(" ", 0, start) + 1
    excerpt = text[start : start + FRAGMENT]
    if start + FRAGMENT < len(text):
        excerpt = excerpt[: excerpt.rfind(" ")] if " " in excerpt else excerpt
    marked = []
    position = 0
    for found in pattern.finditer(excerpt):
        marked.append(escape(excerpt[position : found.start()]))
        marked.append(f"<mark>{escape(found.group(0))}</mark>")
        position = found.end()
    marked.append(escape(excerpt[position:]))
    prefix = "… " if start else ""
    suffix = " …" if start + len(excerpt) < len(text) else ""
    return prefix + "".join(marked) + suffix
