from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path, re_path
from wagtail.models import Page

from contributions.routes import ViewRoutesMixin
from search.presentation import listing_context
from search.query import SearchQuery
from search.service import search

from .practices import GoodPracticePage


class CompendiumIndexPage(ViewRoutesMixin, Page):
    """The online compendium: lists good practices, its criteria, submissions and exports."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["copcompendium.GoodPracticePage"]
    max_count = 1
    search_document = None  # the compendium lists the catalogue; it is not an entry of it
    template = "compendium/compendium_index_page.html"

    class Meta:
        verbose_name = _("good-practice compendium")

    @property
    def export_urls(self):
        """The downloads' addresses, without the slash Wagtail's routes end with."""
        base = self.url or ""
        return {"csv": base + "export.csv", "json": base + "export.json"}

    def practices(self):
        return GoodPracticePage.objects.child_of(self).live().public()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The same faceting implementation as /search/ and the library.
        query = SearchQuery.from_params(
            request.GET, scope={"type": ["good-practice"]}, default_sort="newest"
        )
        context.update(
            listing_context(
                query, search(query), hidden_facets=("type", "subgroup", "resource_type")
            )
        )
        return context

    @re_path(r"^$")
    def listing(self, request):
        return self.render(request)

    @path("feed/", name="feed")
    def feed(self, request):
        """The listing as an Atom feed, newest first, with the same filters."""
        from search.feeds import CatalogueFeed

        return CatalogueFeed(scope={"type": ["good-practice"]}, title=self.title, link=self.url)(
            request
        )
