"""System checks: what the plugin needs from the host site, said with how to add it."""

from django.apps import apps
from django.core.checks import Error, register

PLUGIN_APPS = {
    "taxonomy": "coptaxonomy",
    "contributions": "copcontributions",
    "resources": "copresources",
    "compendium": "copcompendium",
    "community": "copcommunity",
    "consultations": "copconsultations",
    "digests": "copdigests",
    "search": "copsearch",
}
REQUIRED_APPS = [
    "wagtail.contrib.routable_page",
    "django_tasks",
]


@register()
def host_has_what_the_plugin_needs(app_configs, **kwargs):
    errors = []
    installed = {config.label for config in apps.get_app_configs()}
    for module, label in PLUGIN_APPS.items():
        if label not in installed:
            errors.append(
                Error(
                    f"The community of practice's '{module}' app is not installed.",
                    hint=f"Add '{module}' to INSTALLED_APPS: the plugin's apps work together.",
                    id="copcontributions.E001",
                )
            )
    for name in REQUIRED_APPS:
        if not apps.is_installed(name):
            errors.append(
                Error(
                    f"The community of practice needs '{name}'.",
                    hint=f"Add '{name}' to INSTALLED_APPS.",
                    id="copcontributions.E002",
                )
            )
    return errors
