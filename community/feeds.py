"""Atom feed of upcoming virtual dialogues (/dialogues/feed/): live, public, soonest first.

An entry's dates are when the page was published, never the dialogue's own date: RFC 4287's
``published`` and ``updated`` are moments of the entry, and the dialogue is still ahead."""

from django.contrib.syndication.views import Feed
from django.utils import formats
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from search.feeds import feed_site

FEED_SIZE = 50


class UpcomingDialoguesFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, *args, **kwargs):
        # A feed object per request (see below), so its site is this request's.
        self.site = feed_site(request)
        self.path = request.path
        return self.site

    def title(self, site):
        return _("Upcoming virtual dialogues · %(site)s") % {"site": site.name}

    def author_name(self, site):
        return site.name

    def feed_url(self, site):
        return site.absolute(self.path)

    def subtitle(self):
        return _("Virtual dialogues of the community, soonest first.")

    def link(self):
        from .models import DialogueIndexPage

        index = DialogueIndexPage.objects.live().public().first()
        return self.site.absolute((index.url if index else None) or "/")

    def items(self):
        from .models import DialogueEventPage

        return list(DialogueEventPage.objects.live().public().upcoming()[:FEED_SIZE])

    def item_title(self, dialogue):
        return dialogue.title

    def item_link(self, dialogue):
        return self.site.absolute(dialogue.url or "/")

    def item_description(self, dialogue):
        when = formats.date_format(dialogue.local_start, "DATETIME_FORMAT")
        return escape(f"{when} ({dialogue.time_zone}). {dialogue.summary_text}")

    def item_pubdate(self, dialogue):
        return dialogue.first_published_at

    def item_updateddate(self, dialogue):
        return dialogue.last_published_at or dialogue.first_published_at


def upcoming_dialogues_feed(request, *args, **kwargs):
    return UpcomingDialoguesFeed()(request, *args, **kwargs)
