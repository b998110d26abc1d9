from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    default_auto_field = "django.db.models.BigAutoField"
    label = "copsearch"
    verbose_name = _("Catalogue search")

    def ready(self):
        from . import checks  # noqa: F401 - registers the system check
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
