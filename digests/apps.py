from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DigestsConfig(AppConfig):
    name = "digests"
    default_auto_field = "django.db.models.BigAutoField"
    label = "copdigests"
    verbose_name = _("Saved searches and digests")
