import importlib.util
from pathlib import Path

from django.apps import AppConfig
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _


def _refuse_a_foreign_search_package():
    """The plugin's catalogue is the top-level package ``search``; a site made by ``wagtail
    start`` has a ``search`` app of its own, which hides ours when it is on the path first.
    Said here, before any model is imported, instead of as an ImportError somewhere later."""
    spec = importlib.util.find_spec("search")
    ours = Path(__file__).resolve().parent.parent / "search"
    found = Path(spec.origin).resolve().parent if spec and spec.origin else None
    if found != ours:
        raise ImproperlyConfigured(
            f"The package 'search' found at {found} is not the community of practice's "
            f"search app (expected at {ours}). A site made by 'wagtail start' has its own "
            "'search' app: delete that folder, and in urls.py remove its 'search_views' "
            "import and its 'search/' path (the plugin serves /search/). Keep 'search' in "
            "INSTALLED_APPS: the name now means the plugin's app."
        )


class ContributionsConfig(AppConfig):
    """A member drafts a page and a workflow reviews it: the machinery the library, the
    compendium and consultations share (status, start or resume, uploads and their download
    policy, the workflow emails, account sections, the members-only guard) and the fields and
    blocks every member-facing form and page uses."""

    name = "contributions"
    default_auto_field = "django.db.models.BigAutoField"
    label = "copcontributions"
    verbose_name = _("Member contributions")

    def __init__(self, app_name, app_module):
        _refuse_a_foreign_search_package()
        super().__init__(app_name, app_module)

    def ready(self):
        from . import checks  # noqa: F401 - registers the system checks
        from .signal_handlers import register_signal_handlers
        from .translations import register_signal_handlers as register_translation_handlers

        register_signal_handlers()
        register_translation_handlers()
