"""Body blocks shared by the site's pages.

Nothing here fetches from the internet at render time: no embeds, only local images and
documents and plain external links.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from .guards import offers_member_actions

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "contributions/blocks/heading.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "contributions/blocks/quote.html"


class FigureBlock(blocks.StructBlock):
    # ImageBlock carries its own alt text (or a "decorative" flag) for screen readers.
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        template = "contributions/blocks/figure.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Defaults to the document's title.")
    )

    class Meta:
        icon = "doc-full"
        template = "contributions/blocks/document_link.html"


class ExternalLinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("Address"))
    title = blocks.CharBlock(label=_("Link text"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "link-external"
        template = "contributions/blocks/external_link.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=RICH_TEXT_FEATURES, icon="pilcrow"
    )
    quote = QuoteBlock()
    image = FigureBlock()
    document = DocumentLinkBlock()
    link = ExternalLinkBlock()


# The most a listing block shows: more is a listing page's job, and a bounded slice keeps a
# page of several blocks fast.
LISTING_MAX_COUNT = 12


class ListingBlock(blocks.StructBlock):
    """A heading, an optional introduction and the next or newest few items of one kind, as
    cards. A subclass names its items (``items(count, request)``, a fixed number of queries
    whatever the count), its card template (``card_template``, given ``item``) and what to
    say when there is nothing (``empty_text``, optionally ``empty_link(index, request)``)."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    count = blocks.IntegerBlock(
        label=_("How many"), default=3, min_value=1, max_value=LISTING_MAX_COUNT
    )

    # Cards want the page's width: a host's template may lay ``wide`` blocks out wider than
    # its prose.
    wide = True
    card_template = None
    empty_text = ""

    class Meta:
        icon = "list-ul"
        template = "contributions/blocks/listing.html"

    def items(self, count, request):
        raise NotImplementedError

    def index_page(self):
        """The section page the block's "see all" link goes to, if the site has one."""
        return None

    def empty_link(self, index, request):
        """(address, text) of what a visitor can do when the list is empty."""
        return None

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        count = min(
            max(value.get("count") or self.child_blocks["count"].get_default(), 1),
            LISTING_MAX_COUNT,
        )
        index = self.index_page()
        items = list(self.items(count, request))
        # Every empty state's next step is a member's action: nobody is sent to a refusal.
        offer = not items and (request is None or offers_member_actions(request.user))
        context.update(
            items=items,
            index=index,
            card_template=self.card_template,
            empty_text=self.empty_text,
            empty_link=self.empty_link(index, request) if offer else None,
        )
        return context
