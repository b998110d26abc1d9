"""Atom feeds of catalogue queries: /search/feed/ and the listings' feeds (library, compendium).

A feed is the search page's query, answered by the same ``search()``: the same results in the
same order, for the same parameters. A feed reader wants the newest first, so a feed sorts by
``newest`` unless the address asks for another sort: ``/search/feed/?q=x`` lists what
``/search/?q=x&sort=newest`` lists. The catalogue holds only live, public pages, so a feed can
show nothing private or unpublished.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from .models import CatalogEntry
from .query import SearchQuery, without_controls
from .service import search

FEED_SORT = "newest"


@dataclass
class FeedItem:
    title: str
    url: str
    summary: str
    published: datetime.datetime | None
    updated: datetime.datetime | None


@dataclass
class FeedData:
    query: SearchQuery
    items: list
    path: str  # the feed's own address, without its query


def _as_datetime(date):
    if date is None:
        return None
    return datetime.datetime.combine(date, datetime.time.min, tzinfo=datetime.UTC)


class CatalogueFeed(Feed):
    """A query of the catalogue as an Atom feed. ``scope`` limits it (e.g. to resources)."""

    feed_type = Atom1Feed

    def __init__(self, scope=None, title=None, link=None):
        super().__init__()
        self.scope = scope or {}
        self.fixed_title = title
        self.fixed_link = link

    def get_object(self, request, *args, **kwargs):
        query = SearchQuery.from_params(request.GET, scope=self.scope, default_sort=FEED_SORT)
        results = search(query)
        # The dates a feed reader orders by: when the catalogue row last changed.
        updated = dict(
            CatalogEntry.objects.filter(page_id__in=[hit.id for hit in results.hits]).values_list(
                "page_id", "updated_at"
            )
        )
        items = [
            FeedItem(
                title=without_controls(hit.title),
                url=hit.url or "/",
                summary=without_controls(hit.summary or ""),
                published=_as_datetime(hit.date),
                updated=updated.get(hit.id) or _as_datetime(hit.date),
            )
            for hit in results.hits
        ]
        return FeedData(query=query, items=items, path=request.path)

    def title(self, obj):
        site = settings.WAGTAIL_SITE_NAME
        name = self.fixed_title or _("Search")
        if obj.query.text:
            return f"{name}: {obj.query.text} · {site}"
        return f"{name} · {site}"

    def link(self, obj):
        # The page listing the same results, in the same order.
        query = "&".join(filter(None, [obj.query.query_string(), f"sort={obj.query.sort}"]))
        return f"{self.fixed_link or '/search/'}?{query}"

    def feed_url(self, obj):
        # The feed's own address, with its query: Atom's rel="self".
        query = obj.query.query_string()
        if obj.query.sort != FEED_SORT:
            query = "&".join(filter(None, [query, f"sort={obj.query.sort}"]))
        return f"{obj.path}?{query}" if query else obj.path

    def subtitle(self, obj):
        return _("New and updated entries of the Gender Training Community of Practice")

    def items(self, obj):
        return obj.items

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.url

    def item_description(self, item):
        # Atom's summary is HTML; the catalogue's summary is plain text.
        return escape(item.summary)

    def item_pubdate(self, item):
        return item.published

    def item_updateddate(self, item):
        return item.updated or timezone.now()


search_feed = CatalogueFeed()
