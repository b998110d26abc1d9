"""Library entries: resources and the directory of institutions, trainings and experts.

Every entry is a ``LibraryEntryPage`` (concrete, so the listing filters and counts one table
and its taxonomy links); each kind adds the fields that fit it.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from community.models import MemberProfile
from contributions.blocks import BodyBlock
from contributions.models import CoverImageMixin
from contributions.roles import is_member
from search.documents import SearchDocument, terms
from taxonomy import countries
from taxonomy.i18n import synchronized
from taxonomy.models import Region, ResourceType
from taxonomy.years import validate_year


class LibraryEntryTag(TaggedItemBase):
    content_object = ParentalKey(
        "copresources.LibraryEntryPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class LibraryEntryQuerySet(PageQuerySet):
    def for_listing(self):
        """Everything a listing row shows, in a fixed number of queries, newest first."""
        return (
            self.select_related("resource_type")
            .prefetch_related("themes")
            .order_by("-first_published_at", "-pk")
        )


def taxonomy_panel():
    return MultiFieldPanel(
        [
            FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            FieldPanel("contexts", widget=forms.CheckboxSelectMultiple),
            FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
            FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
            FieldPanel("tags"),
        ],
        heading=_("Taxonomies"),
    )


class LibraryEntryPage(CoverImageMixin, Page):
    summary = models.TextField(_("summary"), max_length=600)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    resource_type = models.ForeignKey(
        "coptaxonomy.ResourceType",
        verbose_name=_("resource type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="library_entries",
    )
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, validators=[validate_year]
    )
    themes = ParentalManyToManyField(
        "coptaxonomy.Theme", verbose_name=_("themes"), blank=True, related_name="library_entries"
    )
    contexts = ParentalManyToManyField(
        "coptaxonomy.TrainingContext",
        verbose_name=_("training contexts"),
        blank=True,
        related_name="library_entries",
    )
    regions = ParentalManyToManyField(
        "coptaxonomy.Region", verbose_name=_("regions"), blank=True, related_name="library_entries"
    )
    languages = ParentalManyToManyField(
        "coptaxonomy.Language",
        verbose_name=_("languages"),
        blank=True,
        related_name="library_entries",
    )
    audience = models.CharField(_("audience"), max_length=200, blank=True)
    # Where the resource comes from or applies, where the institution or the expert is.
    country = CountryField(_("country"), blank=True)
    tags = ClusterTaggableManager(through=LibraryEntryTag, blank=True)

    objects = PageManager.from_queryset(LibraryEntryQuerySet)()

    # Directory entries take a fixed resource type, one of the core terms the taxonomy
    # migration creates; resources choose theirs.
    directory_type_slug = None

    # A translation (wagtail-localize) translates the texts and keeps the original's facets,
    # place, year and image: they are copied at each sync, never offered for translation.
    # The terms stay the originals (a translation of a term only gives it a label).
    override_translatable_fields = synchronized(
        "resource_type",
        "themes",
        "contexts",
        "regions",
        "languages",
        "country",
        "year",
        "cover_image",
    )

    is_creatable = False
    parent_page_types = ["copresources.ResourceIndexPage"]
    subpage_types = []

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("year"),
    ]

    class Meta:
        verbose_name = _("library entry")
        verbose_name_plural = _("library entries")

    def save(self, *args, **kwargs):
        if self.directory_type_slug and self.resource_type_id is None:
            self.resource_type = ResourceType.objects.by_slugs([self.directory_type_slug]).first()
        super().save(*args, **kwargs)

    def search_text(self):
        """Extra words a search should find the entry by (names, organisations, places)."""
        return []

    def search_document(self):
        body = " ".join(self.body.stream_block.get_searchable_content(self.body))
        facets = {
            "theme": terms(self.themes.all()),
            "context": terms(self.contexts.all()),
            "language": terms(self.languages.all()),
            **countries.facets(self.country, self.regions.all(), Region.objects.originals()),
        }
        if self.resource_type_id:
            facets["resource_type"] = [(self.resource_type.slug, self.resource_type.name)]
        if self.year:
            facets["year"] = [(str(self.year), str(self.year))]
        published = self.first_published_at or self.last_published_at
        return SearchDocument(
            type="resource",
            title=self.title,
            text="\n".join(
                part
                for part in [
                    self.summary,
                    body,
                    *self.search_text(),
                    self.audience,
                    countries.english_name(self.country),
                ]
                if part
            ),
            summary=self.summary,
            date=published.date() if published else None,
            type_label=self.type_label,
            facets=facets,
            image_id=self.cover_image_id,
            image_alt=self.cover_image_alt,
        )

    @property
    def type_label(self):
        return self.resource_type.name if self.resource_type_id else self._meta.verbose_name

    def get_context(self, request, *args, **kwargs):
        from resources.forms import FeedbackForm  # the forms import the models

        context = super().get_context(request, *args, **kwargs)
        library = self.get_parent().specific
        context["library"] = library
        context["feedback_url"] = library.url + library.reverse_subpage("feedback", args=[self.pk])
        feedback = self.feedback.all()
        context["rating"] = feedback.summary()
        context["comments"] = list(feedback.visible_comments())
        context["can_give_feedback"] = is_member(request.user)
        if context["can_give_feedback"]:
            mine = feedback.filter(user=request.user).first()
            context["feedback_form"] = FeedbackForm(instance=mine)
            context["my_feedback"] = mine
        # Everything the template shows is fetched here, once.
        context["themes"] = list(self.themes.all())
        context["contexts"] = list(self.contexts.all())
        context["regions"] = list(self.regions.all())
        context["languages"] = list(self.languages.all())
        context["tags"] = list(self.tags.all())
        context.update(self.cover_image_context())
        context["revision_count"] = self.revisions.count()
        live_revision = (
            self.revisions.select_related("user").filter(pk=self.live_revision_id).first()
        )
        context["last_published_by"] = live_revision.user if live_revision else None
        return context


class ResourcePage(LibraryEntryPage):
    LICENCES = [
        ("cc-by", _("Creative Commons Attribution (CC BY)")),
        ("cc-by-sa", _("Creative Commons Attribution-ShareAlike (CC BY-SA)")),
        ("cc-by-nc", _("Creative Commons Attribution-NonCommercial (CC BY-NC)")),
        ("public-domain", _("Public domain")),
        ("all-rights-reserved", _("All rights reserved")),
        ("other", _("Other (see description)")),
    ]

    authors = models.CharField(_("authors"), max_length=255, blank=True)
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    external_url = models.URLField(_("link"), max_length=500, blank=True)
    licence = models.CharField(_("licence"), max_length=30, choices=LICENCES, blank=True)

    # The file, its link and licence are the original's in every language.
    override_translatable_fields = [
        *LibraryEntryPage.override_translatable_fields,
        *synchronized("document", "external_url", "licence"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        CoverImageMixin.cover_image_panel(),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("resource_type"),
                FieldRowPanel([FieldPanel("authors"), FieldPanel("organisation")]),
                FieldRowPanel([FieldPanel("year"), FieldPanel("licence")]),
                FieldRowPanel([FieldPanel("audience"), FieldPanel("country")]),
                FieldPanel("document"),
                FieldPanel("external_url"),
            ],
            heading=_("About the resource"),
        ),
        taxonomy_panel(),
    ]
    search_fields = [
        *LibraryEntryPage.search_fields,
        index.SearchField("authors"),
        index.SearchField("organisation"),
    ]
    parent_page_types = ["copresources.ResourceIndexPage"]
    subpage_types = []
    template = "resources/resource_page.html"

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["document"] = self.document
        return context

    def search_text(self):
        return [self.authors, self.organisation]

    def clean(self):
        super().clean()
        errors = {}
        if not self.document_id and not self.external_url:
            errors["external_url"] = _("Give a file or a link (or both).")
        if self.resource_type_id is None:
            errors["resource_type"] = _("Choose the kind of resource.")
        if errors:
            raise ValidationError(errors)


class InstitutionPage(LibraryEntryPage):
    website = models.URLField(_("website"), max_length=500, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)

    directory_type_slug = "institution"
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        CoverImageMixin.cover_image_panel(),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("country"), FieldPanel("contact_email")],
            heading=_("Institution"),
        ),
        taxonomy_panel(),
    ]
    template = "resources/institution_page.html"

    class Meta:
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")


class TrainingPage(LibraryEntryPage):
    FORMATS = [
        ("online", _("Online")),
        ("in-person", _("In person")),
        ("blended", _("Blended")),
    ]

    provider = models.CharField(_("provider"), max_length=255)
    format = models.CharField(_("format"), max_length=20, choices=FORMATS)
    location = models.CharField(_("location"), max_length=200, blank=True)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    registration_url = models.URLField(_("registration link"), max_length=500, blank=True)

    override_translatable_fields = [
        *LibraryEntryPage.override_translatable_fields,
        *synchronized("format", "start_date", "end_date", "registration_url"),
    ]

    directory_type_slug = "training"
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        CoverImageMixin.cover_image_panel(),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("provider"),
                FieldRowPanel([FieldPanel("format"), FieldPanel("location")]),
                FieldPanel("country"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("registration_url"),
            ],
            heading=_("Training"),
        ),
        taxonomy_panel(),
    ]
    template = "resources/training_page.html"

    class Meta:
        verbose_name = _("training")
        verbose_name_plural = _("trainings")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The training cannot end before it starts.")})

    def save(self, *args, **kwargs):
        if self.start_date:
            self.year = self.start_date.year
        super().save(*args, **kwargs)

    def search_text(self):
        return [self.provider, self.location]


class ExpertPage(LibraryEntryPage):
    member_profile = models.ForeignKey(
        "copcommunity.MemberProfile",
        verbose_name=_("member profile"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="expert_entries",
        help_text=_(
            "If the expert is a member: their profile shows once they join the directory."
        ),
    )
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    position = models.CharField(_("position"), max_length=200, blank=True)
    website = models.URLField(_("website"), max_length=500, blank=True)

    directory_type_slug = "expert"
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        CoverImageMixin.cover_image_panel(),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("organisation"), FieldPanel("position")]),
                FieldRowPanel([FieldPanel("country"), FieldPanel("website")]),
                FieldPanel("member_profile"),
            ],
            heading=_("Expert or practitioner"),
        ),
        taxonomy_panel(),
    ]
    template = "resources/expert_page.html"

    class Meta:
        verbose_name = _("expert or practitioner")
        verbose_name_plural = _("experts and practitioners")

    def search_text(self):
        return [self.organisation, self.position]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Only what the member chose to make public: nothing unless they are in the directory.
        profile = None
        if self.member_profile_id:
            profile = (
                MemberProfile.objects.in_directory()
                .filter(pk=self.member_profile_id)
                .select_related("user")
                .first()
            )
        context["member_profile"] = profile
        return context
