"""Blocks a host may put on its own pages (a home page, a landing page): the community's next
dialogues, questions waiting for an answer, its subgroups, and an invitation to join.

Each listing fetches in ``get_context`` with a fixed number of queries, whatever its count.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from contributions.blocks import LISTING_MAX_COUNT, ListingBlock
from contributions.collation import by_title

from .models import (
    DialogueEventPage,
    DialogueIndexPage,
    QuestionIndexPage,
    QuestionPage,
    SubgroupIndexPage,
    SubgroupPage,
)


def _first_live(model):
    return model.objects.live().public().first()


def _route(page, name, request):
    url = page.get_url(request) if page is not None else None
    return url + page.reverse_subpage(name) if url else None


class UpcomingDialoguesBlock(ListingBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), max_length=200, default=_("Upcoming virtual dialogues")
    )
    card_template = "community/blocks/dialogue_card.html"
    empty_text = _("No dialogues scheduled yet.")

    class Meta:
        icon = "date"
        label = _("Upcoming dialogues")

    def items(self, count, request):
        return (
            DialogueEventPage.objects.live().public().upcoming().select_related("subgroup")[:count]
        )

    def index_page(self):
        return _first_live(DialogueIndexPage)

    def empty_link(self, index, request):
        # Topics come from members: the questions page is where they raise one.
        ask = _route(_first_live(QuestionIndexPage), "ask", request)
        return (ask, _("Propose one")) if ask else None


class UnansweredQuestionsBlock(ListingBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), max_length=200, default=_("Questions waiting for an answer")
    )
    count = blocks.IntegerBlock(
        label=_("How many"), default=4, min_value=1, max_value=LISTING_MAX_COUNT
    )
    card_template = "community/blocks/question_card.html"
    empty_text = _("Every question has an answer for now.")

    class Meta:
        icon = "help"
        label = _("Questions waiting for an answer")

    def items(self, count, request):
        return QuestionPage.objects.live().public().unanswered()[:count]

    def index_page(self):
        return _first_live(QuestionIndexPage)

    def empty_link(self, index, request):
        ask = _route(index, "ask", request)
        return (ask, _("Ask the community")) if ask else None


class SubgroupsBlock(ListingBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200, default=_("Subgroups"))
    count = blocks.IntegerBlock(
        label=_("How many"), default=4, min_value=1, max_value=LISTING_MAX_COUNT
    )
    card_template = "community/blocks/subgroup_card.html"
    empty_text = _("No subgroups yet.")

    class Meta:
        icon = "group"
        label = _("Subgroups")

    def items(self, count, request):
        return (
            SubgroupPage.objects.live().public().with_member_count().order_by(by_title())[:count]
        )

    def index_page(self):
        return _first_live(SubgroupIndexPage)

    def empty_link(self, index, request):
        request_url = _route(index, "request", request)
        return (request_url, _("Request one")) if request_url else None


class JoinBlock(blocks.StructBlock):
    """An invitation to apply for membership. Signed-in people see, instead, where to take
    part: it is decided from the request's user alone (no query)."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=200, default=_("Join the community"))
    text = blocks.TextBlock(
        label=_("Text"),
        required=False,
        default=_(
            "Practitioners and experts in gender training take part in their own name. "
            "Fill in the application form: the coordinating organisation replies by email."
        ),
    )
    button_text = blocks.CharBlock(
        label=_("Button text"), max_length=80, default=_("Apply to join")
    )
    member_heading = blocks.CharBlock(
        label=_("Heading for signed-in members"),
        max_length=200,
        default=_("Welcome back"),
    )
    member_text = blocks.TextBlock(
        label=_("Text for signed-in members"),
        required=False,
        default=_("Share a resource, answer a question or find a colleague in the directory."),
    )

    wide = True

    class Meta:
        icon = "user"
        label = _("Join the community")
        template = "community/blocks/join.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context.update(
            apply_url=reverse("community:apply"),
            account_url=reverse("community:account"),
            directory_url=reverse("community:directory"),
        )
        return context
