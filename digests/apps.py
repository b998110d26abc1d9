from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DigestsConfig(AppConfig):
    name = "digests"
    label = "copdigests"
    verbose_name = _("Saved searches and digests")
