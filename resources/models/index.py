from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path, re_path
from wagtail.models import Page

from contributions.routes import ViewRoutesMixin
from search.presentation import listing_context
from search.query import SearchQuery
from search.service import search

from .entries import LibraryEntryPage


class ResourceIndexPage(ViewRoutesMixin, Page):
    """The library: lists entries with filters, and takes member contributions."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = [
        "copresources.ResourcePage",
        "copresources.InstitutionPage",
        "copresources.TrainingPage",
        "copresources.ExpertPage",
    ]
    max_count = 1
    search_document = None  # the library lists the catalogue; it is not an entry of it
    template = "resources/resource_index_page.html"

    class Meta:
        verbose_name = _("resource library")

    def entries(self):
        return LibraryEntryPage.objects.child_of(self).live().public()

    def get_context(self, request, *args, **kwargs):
        from contributions.guards import offers_member_actions  # it imports auth's views

        context = super().get_context(request, *args, **kwargs)
        context["offer_member_actions"] = offers_member_actions(request.user)
        # The library is the catalogue's resources: one faceting implementation, /search/'s.
        query = SearchQuery.from_params(
            request.GET, scope={"type": ["resource"]}, default_sort="newest"
        )
        context.update(listing_context(query, search(query), hidden_facets=("type", "subgroup")))
        return context

    @re_path(r"^$")
    def listing(self, request):
        return self.render(request)

    @path("feed/", name="feed")
    def feed(self, request):
        """The listing as an Atom feed, newest first, with the same filters."""
        from search.feeds import CatalogueFeed

        return CatalogueFeed(scope={"type": ["resource"]}, title=self.title, link=self.url)(
            request
        )
