from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path, re_path
from wagtail.models import Page, PagePermissionTester

from contributions.routes import ViewRoutesMixin
from search.presentation import listing_context
from search.query import SearchQuery
from search.service import search

from .practices import GoodPracticePage, may_publish_practices


class CompendiumPermissionTester(PagePermissionTester):
    """Publishing a new page under the compendium makes a good practice live: Wagtail's create
    view (the "Publish" button and action), copying with "Publish copies" or as an alias, and
    CopyPageAction all ask the parent's can_publish_subpage(). Without this, an editor's
    "Publish" on the add form adds the page live before revision.publish() refuses them
    (PracticePermissionTester.can_publish), leaving a public, never-assessed practice."""

    def can_publish_subpage(self):
        return super().can_publish_subpage() and may_publish_practices(self.user)


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

    def permissions_for_user(self, user):
        return CompendiumPermissionTester(user, self)

    def get_sitemap_urls(self, request=None):
        """The listing, and the routes visitors read: the criteria and the printable
        compendium. Not the page's date: those change with the criteria and practices."""
        urls = super().get_sitemap_urls(request)
        return [
            *urls,
            *(
                {"location": entry["location"] + self.reverse_subpage(name)}
                for entry in urls[:1]
                for name in ("criteria", "print")
            ),
        ]

    def practices(self):
        return GoodPracticePage.objects.child_of(self).live().public()

    def get_context(self, request, *args, **kwargs):
        from contributions.guards import offers_member_actions  # it imports auth's views

        context = super().get_context(request, *args, **kwargs)
        context["offer_member_actions"] = offers_member_actions(request.user)
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
