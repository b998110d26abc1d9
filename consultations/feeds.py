"""An Atom feed of the consultations open for feedback, at /consultations/feed/."""

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from .models import TrainingProposalPage


class OpenConsultationsFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def title(self):
        return _("Training proposals open for feedback")

    def subtitle(self):
        return _("Consultations of the Gender Training Community of Practice.")

    def link(self):
        return self.index.url

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
            "when": closes.strftime("%Y-%m-%d %H:%M"),
            "zone": item.time_zone,
        }

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        return f"consultation:{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.opens_at

    def item_updateddate(self, item):
        return item.last_published_at or item.opens_at
