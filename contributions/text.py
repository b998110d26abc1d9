"""Plain text members type, as the paragraphs of a page body, and back."""

import html

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
