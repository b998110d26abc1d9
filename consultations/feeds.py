"""An Atom feed of the consultations open for feedback, at /consultations/feed/."""

import datetime
from urllib.parse import urlsplit

from django.contrib.syndication.views import Feed
from django.utils import formats, timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from search.feeds import feed_site

from .models import TrainingProposalPage


class OpenConsultationsFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def get_object(self, request, *args, **kwargs):
        # The tagging authority of the entries' ids (the feed is made per request): the host
        # name of the index's own site, the index being reached through it.
        self.site = feed_site(request)
        self.host = urlsplit(self.site.root).hostname
        self.path = request.path
        return self.site.name

    def title(self):
        return _("Training proposals open for feedback")

    def author_name(self, name):
        return name

    def subtitle(self):
        return _("Consultations of the Gender Training Community of Practice.")

    def link(self):
        return self.site.absolute(self.index.url)

    def feed_url(self):
        return self.site.absolute(self.path)

    def items(self):
        # Only pages everyone may read: live, and without a view restriction.
        return (
            TrainingProposalPage.objects.child_of(self.index)
            .live()
            .public()
            .open_at(timezone.now())
            .order_by("closes_at", "pk")
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        closes = timezone.localtime(item.closes_at, item.zone)
        return _("%(summary)s Feedback closes on %(when)s (%(zone)s).") % {
            "summary": item.summary,
            "when": formats.date_format(closes, "DATETIME_FORMAT"),
            "zone": item.time_zone,
        }

    def item_link(self, item):
        return self.site.absolute(item.url)

    def item_guid(self, item):
        # RFC 4151 tag URI: stays the same when the page is renamed or moved, as an Atom id must.
        first = item.first_published_at or item.opens_at
        day = timezone.localtime(first, datetime.UTC).date().isoformat()
        return f"tag:{self.host},{day}:consultation-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.opens_at

    def item_updateddate(self, item):
        # It enters this feed when feedback opens; only open ones are listed, so never ahead.
        return max(filter(None, [item.last_published_at, item.opens_at]))
