"""Helpers for the tests of the apps' listing blocks (contributions.blocks.ListingBlock and
its template, contributions/blocks/listing.html): put blocks on a page, read a block back."""

import re


def show_on_page(page, *blocks):
    page.body = list(blocks)
    page.save_revision().publish()


def listing(html, heading):
    """The card titles of the listing block headed ``heading``, and its text."""
    match = re.search(
        r'<section class="listing-block">\s*<div class="listing-block__head">\s*'
        rf'<h2 class="listing-block__heading">{re.escape(heading)}</h2>(.*?)</section>',
        html,
        re.S,
    )
    assert match, f"no listing headed {heading!r}"
    section = match.group(1)
    return re.findall(r'class="entry__title"><a href="[^"]+">([^<]+)</a>', section), section
