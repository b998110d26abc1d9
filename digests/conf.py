"""The digests app's settings, with their defaults: the one place the app reads them.

Read at call time (``setting(name)``), never cached, so a changed setting (in tests) holds.
"""

import datetime

from django.conf import settings

DEFAULTS = {
    # Saved searches a member may keep.
    "COP_DIGEST_MAX_SAVED_SEARCHES": 20,
    # How long an unsubscribe link in a digest works (a timedelta or seconds).
    "COP_DIGEST_UNSUBSCRIBE_MAX_AGE": datetime.timedelta(days=90),
}


def setting(name):
    """The site's value of ``name``, or the app's default."""
    return getattr(settings, name, DEFAULTS[name])
