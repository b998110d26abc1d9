from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaxonomyConfig(AppConfig):
    name = "taxonomy"
    default_auto_field = "django.db.models.BigAutoField"
    label = "coptaxonomy"
    verbose_name = _("Taxonomies")
