"""The contributions app's settings (shared by the apps built on it), with their defaults:
the one place the app reads them.

Read at call time (``setting(name)``), never cached, so a changed setting (in tests) holds.
"""

from django.conf import settings

DEFAULTS = {
    # The template every public page of the plugin extends. Another template needs
    # "contributions.context_processors.plugin" in TEMPLATES' context processors.
    "COP_BASE_TEMPLATE": "base.html",
    # The largest document a member may upload, in bytes.
    "COP_MAX_UPLOAD_BYTES": 20 * 1024 * 1024,
    # Trust the last X-Forwarded-For address for rate limits (only behind a proxy that
    # sets it).
    "COP_TRUST_X_FORWARDED_FOR": False,
    # The site's address, for links in the workflow emails (Wagtail's setting).
    "WAGTAILADMIN_BASE_URL": "",
}


def setting(name):
    """The site's value of ``name``, or the app's default."""
    return getattr(settings, name, DEFAULTS[name])
