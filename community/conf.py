"""The community app's settings, with their defaults: the one place the app reads them.

Read at call time (``setting(name)``), never cached, so a changed setting (in tests) holds.
"""

from django.conf import settings

DEFAULTS = {
    # Membership applications accepted per client address and window (seconds).
    "COP_APPLICATION_RATE_LIMIT": (5, 60 * 60),
    # Password-reset emails per email address (counted whatever its case), and reset requests
    # per client address, per window (seconds).
    "COP_PASSWORD_RESET_RATE_LIMIT": (3, 60 * 60),
    "COP_PASSWORD_RESET_CLIENT_RATE_LIMIT": (10, 60 * 60),
}


def setting(name):
    """The site's value of ``name``, or the app's default."""
    return getattr(settings, name, DEFAULTS[name])
