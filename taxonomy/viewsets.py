from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Language, Region, ResourceType, Theme, TrainingContext


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    # Searches the model's own search_fields (name, description) through Wagtail's backend.
    ordering = ["sort_order", "name"]
    copy_view_enabled = False


class ThemeViewSet(TermViewSet):
    model = Theme
    icon = "tag"


class TrainingContextViewSet(TermViewSet):
    model = TrainingContext
    icon = "site"


class ResourceTypeViewSet(TermViewSet):
    model = ResourceType
    icon = "doc-full"


class RegionViewSet(TermViewSet):
    model = Region
    icon = "globe"


class LanguageViewSet(TermViewSet):
    model = Language
    icon = "comment"


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    menu_order = 300
    items = (
        ThemeViewSet,
        TrainingContextViewSet,
        ResourceTypeViewSet,
        RegionViewSet,
        LanguageViewSet,
    )
