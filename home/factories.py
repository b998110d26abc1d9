import factory
import wagtail_factories
from wagtail.models import Page, Site

from .models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Gender Training Community of Practice"
    intro = "Reflection, evaluation and exchange on gender training."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = factory.Faker("sentence")
    show_in_menus = True

    class Meta:
        model = StandardPage


def make_site_home(**kwargs):
    """A HomePage that the default site serves, in place of Wagtail's placeholder page."""
    tree_root = Page.get_first_root_node()
    home = HomePageFactory(parent=tree_root, slug="cop-home", **kwargs)
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return home
