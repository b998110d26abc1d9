from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CompendiumConfig(AppConfig):
    name = "compendium"
    default_auto_field = "django.db.models.BigAutoField"
    label = "copcompendium"
    verbose_name = _("Good-practice compendium")

    def ready(self):
        from . import views  # noqa: F401 - registers the pages' routes
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
