"""Plain text members type, as the paragraphs of a page body, and back; rich text as lines."""

import html
import re

from django.utils.html import escape, strip_tags


def text_to_paragraphs(text):
    paragraphs = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n")]
    return [
        ("paragraph", "<p>" + escape(part).replace("\n", "<br>") + "</p>")
        for part in paragraphs
        if part
    ]


def paragraphs_to_text(body):
    return "\n\n".join(
        html.unescape(strip_tags(block.value.source.replace("<br>", "\n")))
        for block in body
        if block.block_type == "paragraph"
    )


_BLOCK_END = re.compile(r"</(?:p|h\d|li|blockquote|div|tr)>|<(?:br|hr)\s*/?>", re.IGNORECASE)


def rich_text_lines(richtext):
    """Rich text as plain text, one line per block (paragraph, heading, list item): what a
    search document holds, so that a snippet keeps "Welcome" and "Presentations" apart where
    Wagtail's get_text_for_indexing makes them one run of words."""
    text = html.unescape(
        strip_tags(_BLOCK_END.sub(lambda match: match.group(0) + "\n", richtext or ""))
    )
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())
