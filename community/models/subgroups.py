"""Subgroups: flexible, ad hoc groups created on members' request."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet

from contributions.blocks import BodyBlock
from contributions.collation import by_title
from contributions.routes import ViewRoutesMixin
from search.documents import SearchDocument, terms
from taxonomy.i18n import synchronized


class SubgroupQuerySet(PageQuerySet):
    def with_member_count(self):
        return self.annotate(member_count=models.Count("memberships"))


class SubgroupIndexPage(ViewRoutesMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["copcommunity.SubgroupPage"]
    max_count = 1
    search_document = None  # the subgroups themselves are searched
    template = "community/subgroup_index_page.html"

    class Meta:
        verbose_name = _("subgroups index")

    def get_context(self, request, *args, **kwargs):
        from contributions.guards import offers_member_actions

        context = super().get_context(request, *args, **kwargs)
        context["offer_member_actions"] = offers_member_actions(request.user)
        context["subgroups"] = (
            SubgroupPage.objects.child_of(self)
            .live()
            .public()
            .with_member_count()
            .order_by(by_title())
        )
        return context


class SubgroupPage(ViewRoutesMixin, Page):
    purpose = models.TextField(_("purpose"), max_length=2000)
    body = StreamField(BodyBlock(), verbose_name=_("about the subgroup"), blank=True)
    themes = ParentalManyToManyField(
        "coptaxonomy.Theme", verbose_name=_("themes"), blank=True, related_name="subgroups"
    )
    contexts = ParentalManyToManyField(
        "coptaxonomy.TrainingContext",
        verbose_name=_("training contexts"),
        blank=True,
        related_name="subgroups",
    )

    objects = PageManager.from_queryset(SubgroupQuerySet)()

    # Translations share the original's themes and contexts (wagtail-localize syncs them).
    override_translatable_fields = synchronized("themes", "contexts")

    content_panels = [
        *Page.content_panels,
        FieldPanel("purpose"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("contexts", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Taxonomies"),
        ),
    ]
    parent_page_types = ["copcommunity.SubgroupIndexPage"]
    subpage_types = []
    template = "community/subgroup_page.html"

    class Meta:
        verbose_name = _("subgroup")
        verbose_name_plural = _("subgroups")

    def search_document(self):
        return SearchDocument(
            type="subgroup",
            title=self.title,
            text="\n".join(
                [self.purpose, *self.body.stream_block.get_searchable_content(self.body)]
            ),
            summary=self.purpose,
            date=(self.first_published_at or self.last_published_at).date()
            if (self.first_published_at or self.last_published_at)
            else None,
            facets={
                "theme": terms(self.themes.all()),
                "context": terms(self.contexts.all()),
                "subgroup": [(self.slug, self.title)],
            },
        )

    def get_context(self, request, *args, **kwargs):
        from contributions.roles import is_member

        context = super().get_context(request, *args, **kwargs)
        memberships = list(self.memberships.select_related("user").order_by("joined_at"))
        context["coordinators"] = [m.user for m in memberships if m.is_coordinator]
        context["member_count"] = len(memberships)
        context["is_member"] = is_member(request.user)
        context["has_joined"] = any(m.user_id == request.user.pk for m in memberships)
        context["themes"] = list(self.themes.all())
        context["contexts"] = list(self.contexts.all())
        context["related"] = self.related_results()
        return context

    def related_results(self):
        """Resources and good practices sharing the subgroup's contexts, from the catalogue."""
        from search.query import SearchQuery
        from search.service import search

        context_slugs = [context.slug for context in self.contexts.all()]
        if not context_slugs:
            return None
        query = SearchQuery(
            scope={"context": context_slugs, "type": ["resource", "good-practice", "dialogue"]},
            sort="newest",
            per_page=6,
        )
        return search(query)


class SubgroupMembership(models.Model):
    MEMBER, COORDINATOR = "member", "coordinator"
    ROLES = [(MEMBER, _("Member")), (COORDINATOR, _("Coordinator"))]

    subgroup = models.ForeignKey(
        SubgroupPage, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="subgroup_memberships"
    )
    role = models.CharField(_("role"), max_length=20, choices=ROLES, default=MEMBER)
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)

    class Meta:
        verbose_name = _("subgroup membership")
        constraints = [
            models.UniqueConstraint(
                fields=["subgroup", "user"], name="one_membership_per_subgroup"
            )
        ]

    def __str__(self):
        return f"{self.user} in {self.subgroup}"

    @property
    def is_coordinator(self):
        return self.role == self.COORDINATOR


class SubgroupRequest(models.Model):
    PENDING, APPROVED, DECLINED = "pending", "approved", "declined"
    STATUSES = [(PENDING, _("Pending")), (APPROVED, _("Approved")), (DECLINED, _("Declined"))]

    proposer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        # A subgroup request: feminine in Spanish and French, unlike a proposed practice.
        verbose_name=pgettext_lazy("subgroup request", "proposed by"),
        on_delete=models.CASCADE,
        related_name="subgroup_requests",
    )
    name = models.CharField(_("name of the subgroup"), max_length=200)
    purpose = models.TextField(_("purpose"), max_length=2000)
    why_now = models.TextField(_("why now"), max_length=2000)
    status = models.CharField(
        _("status"), max_length=10, choices=STATUSES, default=PENDING, db_index=True
    )
    decline_reason = models.TextField(_("reason for declining"), blank=True)
    subgroup = models.ForeignKey(
        SubgroupPage,
        verbose_name=_("subgroup page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)

    class Meta:
        verbose_name = _("subgroup request")
        verbose_name_plural = _("subgroup requests")
        ordering = ["-created_at"]

    def __str__(self):
        return self.name
