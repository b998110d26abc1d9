from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from community.blocks import (
    JoinBlock,
    SubgroupsBlock,
    UnansweredQuestionsBlock,
    UpcomingDialoguesBlock,
)
from compendium.blocks import NewestPracticesBlock
from consultations.blocks import OpenConsultationsBlock
from contributions.blocks import BodyBlock
from resources.blocks import NewestResourcesBlock


class IntroBodyPage(Page):
    """A page of an introduction and a body of blocks: the shape of the site's simple pages."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    # Site pages, not knowledge content: the catalogue leaves them out.
    search_document = None

    class Meta:
        abstract = True


class HomeBodyBlock(BodyBlock):
    """The body blocks, and the plugin's blocks that show what is happening in the community."""

    join = JoinBlock()
    upcoming_dialogues = UpcomingDialoguesBlock()
    newest_resources = NewestResourcesBlock()
    newest_practices = NewestPracticesBlock()
    open_consultations = OpenConsultationsBlock()
    unanswered_questions = UnansweredQuestionsBlock()
    subgroups = SubgroupsBlock()


class HomePage(IntroBodyPage):
    body = StreamField(HomeBodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = [
            {
                "title": child.title,
                "url": child.get_url(request),
                "intro": child.search_description,
            }
            for child in self.get_children().live().public().in_menu()
        ]
        return context


class StandardPage(IntroBodyPage):
    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Ancestors below the tree root: the site's home page and any sections above this page.
        context["breadcrumbs"] = [
            {"title": ancestor.title, "url": ancestor.get_url(request)}
            for ancestor in self.get_ancestors().filter(depth__gt=1).live()
        ]
        return context


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    organisation_name = models.CharField(
        _("coordinating organisation"), max_length=200, default="UN-INSTRAW"
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    footer_text = RichTextField(
        _("footer text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown at the foot of every page."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("contact_email")],
            heading=_("Organisation"),
        ),
        FieldPanel("footer_text"),
    ]

    class Meta:
        verbose_name = _("site settings")
