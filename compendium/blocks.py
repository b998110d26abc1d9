"""Blocks a host may put on its own pages: the compendium's newest good practices.

The listing fetches in ``get_context`` with a fixed number of queries, whatever its count.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from contributions.blocks import ListingBlock

from .models import CompendiumIndexPage, GoodPracticePage
from .models.practices import SECTION_FIELDS


class NewestPracticesBlock(ListingBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200, default=_("New good practices"))
    card_template = "compendium/blocks/practice_card.html"
    empty_text = _("No good practice is published yet.")

    class Meta:
        icon = "pick"
        label = _("Newest good practices")

    def items(self, count, request):
        # A practice's twelve long sections stay in the database: the card shows none of them.
        return GoodPracticePage.objects.live().public().newest().defer(*SECTION_FIELDS)[:count]

    def index_page(self):
        return CompendiumIndexPage.objects.live().public().first()

    def empty_link(self, index, request):
        url = index.get_url(request) if index is not None else None
        if not url:
            return None
        return (url + index.reverse_subpage("submit"), _("Submit one"))
