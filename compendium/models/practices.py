"""Good practices: the compendium's pages, with structured sections and taxonomies."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page, PageManager, PagePermissionTester
from wagtail.query import PageQuerySet
from wagtail.search import index

from compendium.panels import AssessmentsPanel
from contributions.models import CoverImageMixin
from contributions.roles import MODERATORS
from search.documents import SearchDocument, terms
from taxonomy import countries
from taxonomy.i18n import synchronized
from taxonomy.models import Region
from taxonomy.years import validate_year

ORGANISATION_TYPES = [
    ("ngo", _("Non-governmental organisation")),
    ("government", _("Government or public body")),
    ("un", _("United Nations entity")),
    ("international", _("Other international organisation")),
    ("academic", _("University or research institute")),
    ("private", _("Private sector")),
    ("network", _("Network or community-based organisation")),
    ("other", _("Other")),
]

# (field, label, maximum length, required at submission)
SECTIONS = [
    ("background", _("Context and background"), 5000, True),
    ("objectives", _("Objectives"), 3000, True),
    ("target_group", _("Target group"), 2000, True),
    ("approach", _("Approach and methodology"), 6000, True),
    ("results", _("Results and evidence of impact"), 6000, True),
    ("evaluation", _("Evaluation"), 4000, False),
    ("lessons_learned", _("Lessons learned"), 4000, True),
    ("challenges", _("Challenges"), 3000, False),
    ("sustainability", _("Sustainability"), 3000, False),
    ("replicability", _("Replicability"), 3000, False),
    ("resources_needed", _("Resources needed"), 2000, False),
    ("contact", _("Contact"), 500, True),
]
SECTION_FIELDS = [name for name, *_rest in SECTIONS]


def _section(label, max_length):
    return models.TextField(label, max_length=max_length, blank=True)


def may_publish_practices(user):
    """Only moderators (and superusers) make a good practice live outside the workflow: the
    "Good practice review" workflow's last step is theirs. Editors' publish right on the page
    tree must not let them skip the criteria assessment."""
    return user.is_active and (user.is_superuser or user.groups.filter(name=MODERATORS).exists())


class PracticePermissionTester(PagePermissionTester):
    """A practice is published by moderators, after the criteria assessment. Wagtail asks
    can_publish() for the edit view, bulk publishing, reverting to a revision, scheduling and
    revision.publish(); publishing a *new* page (create, copy, alias) is asked of the parent:
    see CompendiumPermissionTester."""

    def can_publish(self):
        return super().can_publish() and may_publish_practices(self.user)

    def can_move_to(self, destination):
        # Wagtail lets a move publish a live page under its new parent with the parent's
        # "publish" permission (not can_publish_subpage). A practice only lives under the one
        # compendium, so a move is a reordering there; should it ever go elsewhere, it may
        # take a live practice along only for those who may publish practices.
        if not super().can_move_to(destination):
            return False
        return (
            self.page.is_child_of(destination)
            or not self.page.live
            or may_publish_practices(self.user)
        )


class GoodPracticeQuerySet(PageQuerySet):
    def newest(self):
        """Newest first by first publication: a practice is published once it is accepted."""
        return self.order_by("-first_published_at", "-pk")


class GoodPracticePage(CoverImageMixin, Page):
    summary = models.TextField(_("summary"), max_length=600, blank=True)
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    organisation_type = models.CharField(
        _("organisation type"), max_length=20, choices=ORGANISATION_TYPES, blank=True
    )
    country = CountryField(_("country"), blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, validators=[validate_year]
    )
    themes = ParentalManyToManyField(
        "coptaxonomy.Theme", verbose_name=_("themes"), blank=True, related_name="good_practices"
    )
    contexts = ParentalManyToManyField(
        "coptaxonomy.TrainingContext",
        verbose_name=_("training contexts"),
        blank=True,
        related_name="good_practices",
    )
    regions = ParentalManyToManyField(
        "coptaxonomy.Region", verbose_name=_("regions"), blank=True, related_name="good_practices"
    )
    languages = ParentalManyToManyField(
        "coptaxonomy.Language",
        verbose_name=_("languages"),
        blank=True,
        related_name="good_practices",
    )

    background = _section(_("context and background"), 5000)
    objectives = _section(_("objectives"), 3000)
    target_group = _section(_("target group"), 2000)
    approach = _section(_("approach and methodology"), 6000)
    results = _section(_("results and evidence of impact"), 6000)
    evaluation = _section(_("evaluation"), 4000)
    lessons_learned = _section(_("lessons learned"), 4000)
    challenges = _section(_("challenges"), 3000)
    sustainability = _section(_("sustainability"), 3000)
    replicability = _section(_("replicability"), 3000)
    resources_needed = _section(_("resources needed"), 2000)
    contact = _section(_("contact"), 500)

    objects = PageManager.from_queryset(GoodPracticeQuerySet)()

    # A translation translates the summary and every section; its facets, place, year, image
    # and attached files (the attachments, copied whole) stay the original's.
    override_translatable_fields = synchronized(
        "organisation_type",
        "country",
        "year",
        "themes",
        "contexts",
        "regions",
        "languages",
        "cover_image",
        "attachments",
    )

    parent_page_types = ["copcompendium.CompendiumIndexPage"]
    subpage_types = []
    template = "compendium/good_practice_page.html"

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("organisation"), FieldPanel("organisation_type")]),
                FieldRowPanel([FieldPanel("country"), FieldPanel("year")]),
            ],
            heading=_("About the practice"),
        ),
        CoverImageMixin.cover_image_panel(),
        MultiFieldPanel([FieldPanel(name) for name in SECTION_FIELDS], heading=_("Description")),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("contexts", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Taxonomies"),
        ),
        InlinePanel("attachments", heading=_("Attachments"), label=_("Attachment")),
        AssessmentsPanel(),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        *[index.SearchField(name) for name in SECTION_FIELDS],
    ]

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    def permissions_for_user(self, user):
        return PracticePermissionTester(user, self)

    def sections(self):
        """(field, label, text) of the sections, in order, as plain values."""
        return [(name, label, getattr(self, name)) for name, label, *_rest in SECTIONS]

    def search_document(self):
        facets = {
            "theme": terms(self.themes.all()),
            "context": terms(self.contexts.all()),
            "language": terms(self.languages.all()),
            **countries.facets(self.country, self.regions.all(), Region.objects.originals()),
        }
        if self.year:
            facets["year"] = [(str(self.year), str(self.year))]
        published = self.first_published_at or self.last_published_at
        return SearchDocument(
            type="good-practice",
            title=self.title,
            text="\n".join(
                part
                for part in [self.summary, self.organisation, countries.english_name(self.country)]
                + [getattr(self, name) for name in SECTION_FIELDS]
                if part
            ),
            summary=self.summary,
            date=published.date() if published else None,
            facets=facets,
            image_id=self.cover_image_id,
            image_alt=self.cover_image_alt,
        )

    def published_assessment(self):
        """The assessment the practice was accepted on: the latest approving one."""
        from .assessment import Assessment

        return (
            Assessment.objects.filter(page=self, action="approve")
            .prefetch_related("scores__criterion")
            .first()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["compendium"] = self.get_parent().specific
        context.update(self.cover_image_context())
        context["themes"] = list(self.themes.all())
        context["contexts"] = list(self.contexts.all())
        context["regions"] = list(self.regions.all())
        context["languages"] = list(self.languages.all())
        context["attachments"] = list(self.attachments.select_related("document"))
        assessment = self.published_assessment()
        context["assessment"] = assessment
        if assessment is not None:
            scores = list(assessment.scores.all())
            context["scores"] = scores
            context["average"] = assessment.average()
            context["total"] = sum(score.score for score in scores)
            context["maximum"] = 3 * len(scores)
        return context


class GoodPracticeAttachment(Orderable):
    page = ParentalKey(GoodPracticePage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("file"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("title"), max_length=255)

    panels = [FieldPanel("title"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("attachment")
