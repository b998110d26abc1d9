"""Blocks a host may put on its own pages: the consultations open for feedback now.

The listing fetches in ``get_context`` with a fixed number of queries, whatever its count.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from contributions.blocks import ListingBlock

from .models import ConsultationIndexPage, TrainingProposalPage


class OpenConsultationsBlock(ListingBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), max_length=200, default=_("Open for your feedback")
    )
    card_template = "consultations/blocks/proposal_card.html"
    empty_text = _("No consultation is open right now.")

    class Meta:
        icon = "comment"
        label = _("Open consultations")

    def items(self, count, request):
        # Closing soonest first: those are the ones that need answers.
        return (
            TrainingProposalPage.objects.live()
            .public()
            .open_at(timezone.now())
            .order_by("closes_at", "pk")[:count]
        )

    def index_page(self):
        return ConsultationIndexPage.objects.live().public().first()

    def empty_link(self, index, request):
        url = index.get_url(request) if index is not None else None
        if not url:
            return None
        return (url + index.reverse_subpage("propose"), _("Propose a training"))
