from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CompendiumConfig(AppConfig):
    name = "compendium"
    verbose_name = _("Good-practice compendium")
