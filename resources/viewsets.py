from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet

from .models import ResourceFeedback


class ResourceFeedbackViewSet(ModelViewSet):
    """Moderators read members' feedback and hide comments that break the community's rules."""

    model = ResourceFeedback
    icon = "comment"
    menu_label = _("Resource feedback")
    menu_order = 310
    add_to_admin_menu = True
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["entry", "user", "rating", "comment", "hidden", "updated_at"]
    list_filter = ["hidden", "rating"]
    search_fields = ["comment"]
    ordering = ["-updated_at"]
    panels = [FieldPanel("hidden")]


resource_feedback_viewset = ResourceFeedbackViewSet("resource_feedback")
