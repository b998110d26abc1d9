"""The head metadata of a page: its description, canonical address, Open Graph and Twitter
card tags, and robots directive; og:image is the page's cover image when it has one.

``{% cop_meta %}`` wraps three parts, each usually a template block a page template fills::

    {% load cop_meta %}
    {% cop_meta %}{% block title %}{% endblock %}
    {% cop_meta_description %}{% block meta_description %}{% endblock %}
    {% cop_meta_robots %}{% block meta_robots %}{% endblock %}{% endcop_meta %}

The title (og:title) and description are the parts' text, else the page's own (seo_title or
title; search_description, else its summary or introduction), else the Site's root page's
search description, else COP_SITE_DESCRIPTION. ``title_element`` also writes the ``<title>``
(the demo site's base template does: the title is then the document's).

Only the first ``{% cop_meta %}`` of a render writes anything: the plugin's base template has
one for hosts whose base template lacks it, and a host's own (earlier in the head) wins.

Addresses are on the Wagtail Site's root URL, never the request's Host header. A page whose
robots part says noindex (search results, the 404 page) gets no canonical link. Queries: none
beyond Site.find_for_request, which Wagtail caches on the request.
"""

import html
import re

from django import template
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

from .. import addresses
from ..conf import setting

register = template.Library()

# The query parameters that make a different page of the same view: kept in canonical links.
CANONICAL_PARAMS = ("page",)
# The fields a page type describes itself in, tried in this order after search_description.
DESCRIPTION_FIELDS = ("summary", "summary_text", "intro", "purpose", "body")
DESCRIPTION_CHARS = 300
# Open Graph's recommended size (1.91:1), which the large link previews use.
OG_IMAGE_FILTER = "fill-1200x630"
RENDERED = "cop_meta_rendered"


def plain(text):
    """One line of text from rendered (escaped) template output or rich text."""
    if not isinstance(text, str):
        return ""
    return re.sub(r"\s+", " ", html.unescape(strip_tags(text))).strip()


def page_description(page):
    for name in ("search_description", *DESCRIPTION_FIELDS):
        text = plain(getattr(page, name, ""))
        if text:
            return text
    return ""


def og_image(page, root):
    """The absolute address of the page's cover image at Open Graph's size, or ""."""
    if not getattr(page, "cover_image_id", None):
        return ""
    try:
        rendition = page.cover_image.get_rendition(OG_IMAGE_FILTER)
    except SourceImageIOError:  # the file is missing: no preview image rather than an error
        return ""
    return addresses.absolute(rendition.url, root=root)


def canonical_query(request):
    kept = [
        f"{name}={value}"
        for name in CANONICAL_PARAMS
        for value in request.GET.getlist(name)[:1]
        if value.isdigit() and value != "1"
    ]
    return "?" + "&".join(kept) if kept else ""


class MetaNode(template.Node):
    child_nodelists = ("title", "description", "robots")

    def __init__(self, title, description, robots, title_element):
        self.title = title
        self.description = description
        self.robots = robots
        self.title_element = title_element

    def render(self, context):
        if context.render_context.get(RENDERED):
            return ""
        context.render_context[RENDERED] = True
        request = context.get("request")
        page = context.get("page")
        if not isinstance(page, Page):
            page = None
        site = addresses.site_for(request) if request is not None else None
        root_page = site.root_page if site is not None else None

        title = plain(self.title.render(context))
        if not title and page is not None:
            title = page.seo_title or page.title
        description = plain(self.description.render(context)) or (
            page_description(page) if page is not None else ""
        )
        if not description and root_page is not None:
            description = plain(root_page.search_description)
        description = Truncator(description or str(setting("COP_SITE_DESCRIPTION"))).chars(
            DESCRIPTION_CHARS
        )
        robots = plain(self.robots.render(context))
        root = addresses.root_url(site=site) if site is not None else addresses.root_url()
        url = root + request.path if request is not None and root else ""
        canonical = url + canonical_query(request) if url and "noindex" not in robots else ""
        site_name = (site.site_name if site is not None else "") or (
            root_page.title if root_page is not None else ""
        )
        is_article = page is not None and (root_page is None or page.pk != root_page.pk)
        return template.loader.render_to_string(
            "contributions/includes/head_meta.html",
            {
                "title_element": self.title_element,
                "title": title,
                "description": description,
                "robots": robots,
                "canonical": canonical,
                "url": canonical or url,
                "site_name": site_name,
                "type": "article" if is_article else "website",
                "image": og_image(page, root) if page is not None else "",
            },
        )


@register.tag("cop_meta")
def cop_meta(parser, token):
    bits = token.split_contents()
    title_element = "title_element" in bits[1:]
    parts = {}
    current = "title"
    while True:
        parts[current] = parser.parse(("cop_meta_description", "cop_meta_robots", "endcop_meta"))
        tag = parser.next_token().contents
        if tag == "endcop_meta":
            break
        current = tag.removeprefix("cop_meta_")
    empty = template.NodeList()
    return MetaNode(
        parts.get("title", empty),
        parts.get("description", empty),
        parts.get("robots", empty),
        title_element,
    )
