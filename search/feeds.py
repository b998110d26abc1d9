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
from wagtail.models import Site

from contributions import addresses

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
    site: "FeedSite"

    @property
    def site_name(self):
        return self.site.name


@dataclass
class FeedSite:
    """The Wagtail site a feed is asked on: its name, the feed's author (RFC 4287 asks for
    one), and its address, which every link of the feed starts with (not the Host header)."""

    name: str
    root: str

    def absolute(self, url):
        return addresses.absolute(url, root=self.root)


def feed_site(request):
    site = Site.find_for_request(request)
    return FeedSite(
        name=(site and site.site_name) or settings.WAGTAIL_SITE_NAME,
        root=addresses.root_url(request, site=site),
    )


def _as_datetime(date):
    if date is None:
        return None
    return datetime.datetime.combine(date, datetime.time.min, tzinfo=datetime.UTC)


def _published(date, entered, now):
    # A dialogue's or a consultation's date may lie ahead, and a feed date never does: what
    # has not happened yet is announced by when it entered the catalogue.
    moment = _as_datetime(date)
    if moment is None or moment > now:
        return entered
    return moment


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
        rows = {
            page_id: (entered, changed)
            for page_id, entered, changed in CatalogEntry.objects.filter(
                page_id__in=[hit.id for hit in results.hits]
            ).values_list("page_id", "created_at", "updated_at")
        }
        now = timezone.now()
        site = feed_site(request)
        items = []
        for hit in results.hits:
            entered, changed = rows.get(hit.id, (None, None))
            published = _published(hit.date, entered, now)
            items.append(
                FeedItem(
                    title=without_controls(hit.title),
                    url=site.absolute(hit.url or "/"),
                    summary=without_controls(hit.summary or ""),
                    published=published,
                    updated=changed or published,
                )
            )
        return FeedData(query=query, items=items, path=request.path, site=site)

    def title(self, obj):
        site = obj.site_name
        name = self.fixed_title or _("Search")
        if obj.query.text:
            return f"{name}: {obj.query.text} · {site}"
        return f"{name} · {site}"

    def link(self, obj):
        # The page listing the same results, in the same order.
        query = "&".join(filter(None, [obj.query.query_string(), f"sort={obj.query.sort}"]))
        return obj.site.absolute(f"{self.fixed_link or '/search/'}?{query}")

    def feed_url(self, obj):
        # The feed's own address, with its query: Atom's rel="self".
        query = obj.query.query_string()
        if obj.query.sort != FEED_SORT:
            query = "&".join(filter(None, [query, f"sort={obj.query.sort}"]))
        return obj.site.absolute(f"{obj.path}?{query}" if query else obj.path)

    def author_name(self, obj):
        return obj.site_name

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
