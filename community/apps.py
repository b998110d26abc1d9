from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    name = "community"
    default_auto_field = "django.db.models.BigAutoField"
    label = "copcommunity"
    verbose_name = _("Community")

    def ready(self):
        from . import views  # noqa: F401 - registers the pages' routes
