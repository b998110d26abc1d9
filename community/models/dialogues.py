"""Virtual dialogues: about three a year, each with registration, contributions before and
during, and a summary after."""

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet

from contributions.routes import ViewRoutesMixin
from search.documents import SearchDocument, terms
from taxonomy.i18n import synchronized


def validate_time_zone(value):
    # Validated rather than offered as choices: the zone list comes from the system's tz
    # database, which must not make migrations differ between machines.
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            _("“%(zone)s” is not a time zone name such as Europe/Paris or America/Lima."),
            params={"zone": value},
        )


# Dates an event (a dialogue, a consultation window) may have. Far beyond them, showing a
# moment in a zone ahead of or behind UTC leaves the calendar (year 1, year 9999): a 500 on
# every page that shows it, its calendar file and the search index.
EARLIEST_EVENT_YEAR = 2000
EVENT_YEARS_AHEAD = 10


def latest_event_year():
    return timezone.now().year + EVENT_YEARS_AHEAD


def validate_event_moment(value):
    if value is not None and not EARLIEST_EVENT_YEAR <= value.year <= latest_event_year():
        raise ValidationError(
            _("Choose a date between the years %(first)s and %(last)s."),
            params={"first": EARLIEST_EVENT_YEAR, "last": latest_event_year()},
            code="date_out_of_range",
        )


class DialogueQuerySet(PageQuerySet):
    def upcoming(self):
        return self.filter(end__gte=timezone.now()).order_by("start")

    def past(self):
        return self.filter(end__lt=timezone.now()).order_by("-start")


class DialogueIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["copcommunity.DialogueEventPage"]
    max_count = 1
    search_document = None
    template = "community/dialogue_index_page.html"

    class Meta:
        verbose_name = _("dialogues index")

    def dialogues(self):
        return DialogueEventPage.objects.child_of(self).live().public().select_related("subgroup")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        dialogues = self.dialogues()
        context["upcoming"] = list(dialogues.upcoming())
        context["past"] = list(dialogues.past())
        return context


class DialogueEventPage(ViewRoutesMixin, Page):
    subgroup = models.ForeignKey(
        "copcommunity.SubgroupPage",
        verbose_name=_("subgroup"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="dialogues",
    )
    summary_text = models.TextField(_("topic in brief"), max_length=600)
    start = models.DateTimeField(_("starts"), validators=[validate_event_moment])
    end = models.DateTimeField(_("ends"), validators=[validate_event_moment])
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text=_("The times are shown in this zone, with its name."),
    )
    facilitators = models.CharField(_("facilitators"), max_length=500, blank=True)
    agenda = RichTextField(
        _("agenda"), blank=True, features=["bold", "italic", "ol", "ul", "link"]
    )
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    joining_link = models.URLField(
        _("joining link"),
        max_length=500,
        blank=True,
        help_text=_("Shown only to registered members."),
    )
    outcome_summary = RichTextField(
        _("summary and outcomes"),
        blank=True,
        features=["bold", "italic", "ol", "ul", "link", "document-link"],
        help_text=_("Published after the dialogue."),
    )
    themes = models.ManyToManyField("coptaxonomy.Theme", blank=True, related_name="+")

    objects = PageManager.from_queryset(DialogueQuerySet)()

    # A translation keeps the original's times, zone, places and link. Its themes (a plain
    # many-to-many, which wagtail-localize does not sync) are copied when it is made.
    override_translatable_fields = synchronized(
        "subgroup", "start", "end", "time_zone", "capacity", "joining_link"
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary_text"),
        FieldPanel("subgroup"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("time_zone"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("joining_link")]),
            ],
            heading=_("When and how"),
        ),
        FieldPanel("facilitators"),
        FieldPanel("agenda"),
        FieldPanel("outcome_summary"),
    ]
    parent_page_types = ["copcommunity.DialogueIndexPage"]
    subpage_types = []
    template = "community/dialogue_event_page.html"

    class Meta:
        verbose_name = _("virtual dialogue")
        verbose_name_plural = _("virtual dialogues")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The dialogue must end after it starts.")})

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return timezone.localtime(self.start, self.zone)

    @property
    def local_end(self):
        return timezone.localtime(self.end, self.zone)

    @property
    def is_past(self):
        return self.end < timezone.now()

    def search_document(self):
        from contributions.text import rich_text_lines

        facets = {"theme": terms(self.themes.all())}
        if self.subgroup_id:
            facets["subgroup"] = [(self.subgroup.slug, self.subgroup.title)]
        return SearchDocument(
            type="dialogue",
            title=self.title,
            text="\n".join(
                [
                    self.summary_text,
                    self.facilitators,
                    rich_text_lines(self.agenda),
                    rich_text_lines(self.outcome_summary),
                ]
            ),
            summary=self.summary_text,
            date=self.local_start.date(),
            facets=facets,
        )

    def get_context(self, request, *args, **kwargs):
        from contributions.roles import is_member

        context = super().get_context(request, *args, **kwargs)
        registrations = self.registrations.all()
        context["registered_count"] = registrations.count()
        context["is_member"] = is_member(request.user)
        context["is_registered"] = (
            request.user.is_authenticated and registrations.filter(user=request.user).exists()
        )
        context["is_full"] = self.capacity is not None and (
            context["registered_count"] >= self.capacity
        )
        context["contributions"] = list(
            self.contributions.filter(hidden=False).select_related("user").order_by("created_at")
        )
        context["can_moderate"] = self.can_moderate(request.user)
        return context

    def can_moderate(self, user):
        """Moderators and the subgroup's coordinators may hide contributions."""
        if not user.is_authenticated:
            return False
        if user.has_perm("copcommunity.change_dialoguecontribution"):
            return True
        return bool(
            self.subgroup_id
            and self.subgroup.memberships.filter(user=user, role="coordinator").exists()
        )


class DialogueRegistration(models.Model):
    dialogue = models.ForeignKey(
        DialogueEventPage, on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="dialogue_registrations"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("dialogue registration")
        constraints = [
            models.UniqueConstraint(fields=["dialogue", "user"], name="one_registration_each")
        ]

    def __str__(self):
        return f"{self.user} at {self.dialogue}"


class DialogueContribution(models.Model):
    dialogue = models.ForeignKey(
        DialogueEventPage, on_delete=models.CASCADE, related_name="contributions"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="dialogue_contributions"
    )
    body = models.TextField(_("contribution"), max_length=4000)
    hidden = models.BooleanField(_("hidden"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("dialogue contribution")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.user} on {self.dialogue}"
