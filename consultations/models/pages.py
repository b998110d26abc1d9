"""Consultations on training proposals: an index at /consultations/ and one page per proposal,
open for member feedback between two moments given with their time zone."""

import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet

from community.models.dialogues import validate_event_moment, validate_time_zone
from contributions.blocks import BodyBlock
from contributions.roles import is_member
from contributions.routes import ViewRoutesMixin
from search.documents import SearchDocument, terms
from taxonomy.i18n import synchronized

UPCOMING = "upcoming"
OPEN = "open"
CLOSED = "closed"


class ProposalQuerySet(PageQuerySet):
    def open_at(self, moment):
        return self.filter(opens_at__lte=moment, closes_at__gt=moment)

    def for_listing(self):
        """Everything a listing row shows, in a fixed number of queries."""
        return self.select_related("owner").prefetch_related("themes", "contexts")


class ConsultationIndexPage(ViewRoutesMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["copconsultations.TrainingProposalPage"]
    max_count = 1
    search_document = None  # lists the consultations; not one of them
    template = "consultations/consultation_index_page.html"

    class Meta:
        verbose_name = _("consultations index")

    def proposals(self):
        return TrainingProposalPage.objects.child_of(self).live().public()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        groups = {OPEN: [], UPCOMING: [], CLOSED: []}
        for proposal in self.proposals().for_listing().order_by("opens_at", "pk"):
            groups[proposal.status_at(now)].append(proposal)
        context["open"] = sorted(groups[OPEN], key=lambda p: p.closes_at)
        context["upcoming"] = groups[UPCOMING]
        context["closed"] = sorted(groups[CLOSED], key=lambda p: p.closes_at, reverse=True)
        context["feed_url"] = self.url + self.reverse_subpage("feed")
        # The propose view lets members only; the page has never offered it to visitors.
        context["may_propose"] = is_member(request.user)
        return context

    @re_path(r"^$")
    def listing(self, request):
        return self.render(request)

    @path("feed/", name="feed")
    def feed(self, request):
        from consultations.feeds import OpenConsultationsFeed

        return OpenConsultationsFeed(self)(request)


class TrainingProposalPage(ViewRoutesMixin, Page):
    summary = models.TextField(_("summary"), max_length=600)
    body = StreamField(
        BodyBlock(),
        verbose_name=_("the proposal"),
        blank=True,
        help_text=_("The training proposal itself: aims, content, format, duration."),
    )
    organisation = models.CharField(_("proposing organisation"), max_length=255, blank=True)
    target_audience = models.CharField(_("target audience"), max_length=300)
    themes = ParentalManyToManyField(
        "coptaxonomy.Theme", verbose_name=_("themes"), blank=True, related_name="+"
    )
    contexts = ParentalManyToManyField(
        "coptaxonomy.TrainingContext",
        verbose_name=_("training contexts"),
        blank=True,
        related_name="+",
    )
    opens_at = models.DateTimeField(_("feedback opens"), validators=[validate_event_moment])
    closes_at = models.DateTimeField(_("feedback closes"), validators=[validate_event_moment])
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text=_("Visitors see the window in this zone, with its name."),
    )

    objects = PageManager.from_queryset(ProposalQuerySet)()

    # A translation keeps the original's facets, feedback window and attached files.
    override_translatable_fields = synchronized(
        "themes", "contexts", "opens_at", "closes_at", "time_zone", "attachments"
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("attachments", heading=_("Attachments"), label=_("attachment")),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("target_audience"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("contexts", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("About the proposal"),
        ),
        InlinePanel(
            "questions", heading=_("Questions for the members"), label=_("question"), min_num=0
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("time_zone"),
            ],
            heading=_("Consultation window"),
        ),
    ]
    parent_page_types = ["copconsultations.ConsultationIndexPage"]
    subpage_types = []
    template = "consultations/training_proposal_page.html"

    class Meta:
        verbose_name = _("training proposal")
        verbose_name_plural = _("training proposals")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The consultation must close after it opens.")})

    # The window ----------------------------------------------------------------------------

    @property
    def zone(self):
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")

    @property
    def local_opens_at(self):
        return timezone.localtime(self.opens_at, self.zone)

    @property
    def local_closes_at(self):
        return timezone.localtime(self.closes_at, self.zone)

    def status_at(self, moment):
        if moment < self.opens_at:
            return UPCOMING
        if moment < self.closes_at:
            return OPEN
        return CLOSED

    @property
    def status(self):
        return self.status_at(timezone.now())

    @property
    def is_open(self):
        return self.status == OPEN

    @property
    def is_closed(self):
        return self.status == CLOSED

    # Who sees what --------------------------------------------------------------------------

    def is_proposer(self, user):
        return user.is_authenticated and self.owner_id == user.pk

    def can_see_results(self, user, moment=None):
        """Everyone once closed; the proposer and moderators at any time."""
        if self.status_at(moment or timezone.now()) == CLOSED:
            return True
        return self.is_proposer(user) or (
            user.is_authenticated and user.has_perm("copconsultations.view_consultationfeedback")
        )

    # Search ---------------------------------------------------------------------------------

    def search_document(self):
        body = " ".join(self.body.stream_block.get_searchable_content(self.body))
        questions = [question.text for question in self.questions.all()]
        return SearchDocument(
            type="consultation",
            title=self.title,
            text="\n".join(
                part
                for part in [
                    self.summary,
                    body,
                    self.organisation,
                    self.target_audience,
                    *questions,
                ]
                if part
            ),
            summary=self.summary,
            date=self.local_opens_at.date() if self.opens_at else None,
            facets={
                "theme": terms(self.themes.all()),
                "context": terms(self.contexts.all()),
            },
        )

    # Serving --------------------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        from consultations.responses import proposal_context  # it imports the models

        context = super().get_context(request, *args, **kwargs)
        context.update(proposal_context(request, self))
        return context

    @re_path(r"^$")
    def detail(self, request):
        return self.render(request)

    # Not named "feedback": that is the reverse accessor of the members' feedback.


class ProposalQuestion(Orderable):
    page = ParentalKey(TrainingProposalPage, on_delete=models.CASCADE, related_name="questions")
    text = models.CharField(_("question"), max_length=300)

    panels = [FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.text


class ProposalAttachment(Orderable):
    page = ParentalKey(TrainingProposalPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("file"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("title"), max_length=255)

    panels = [FieldPanel("title"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.title
