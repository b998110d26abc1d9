from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaxonomyConfig(AppConfig):
    name = "taxonomy"
    default_auto_field = "django.db.models.BigAutoField"
    label = "coptaxonomy"
    verbose_name = _("Taxonomies")

    def ready(self):
        from .i18n import register_admin_choices

        register_admin_choices()
