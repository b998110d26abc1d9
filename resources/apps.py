from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    default_auto_field = "django.db.models.BigAutoField"
    label = "copresources"
    verbose_name = _("Resource library")

    def ready(self):
        from . import views  # noqa: F401 - registers the pages' routes
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
