"""Blocks a host may put on its own pages: the library's newest entries.

The listing fetches in ``get_context`` with a fixed number of queries, whatever its count.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from contributions.blocks import LISTING_MAX_COUNT, ListingBlock

from .models import LibraryEntryPage, ResourceIndexPage


class NewestResourcesBlock(ListingBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), max_length=200, default=_("New in the resource library")
    )
    count = blocks.IntegerBlock(
        label=_("How many"), default=4, min_value=1, max_value=LISTING_MAX_COUNT
    )
    card_template = "resources/blocks/entry_card.html"
    empty_text = _("The library has no entries yet.")

    class Meta:
        icon = "doc-full"
        label = _("Newest library entries")

    def items(self, count, request):
        # The base class's rows: title, summary and type are on it, so no query per entry
        # for its specific class.
        return LibraryEntryPage.objects.live().public().for_listing()[:count]

    def index_page(self):
        return ResourceIndexPage.objects.live().public().first()

    def empty_link(self, index, request):
        url = index.get_url(request) if index is not None else None
        if not url:
            return None
        return (url + index.reverse_subpage("contribute"), _("Contribute the first one"))
