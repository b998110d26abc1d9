"""The contributions app's settings (shared by the apps built on it), with their defaults:
the one place the app reads them.

Read at call time (``setting(name)``), never cached, so a changed setting (in tests) holds.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

DEFAULTS = {
    # The template every public page of the plugin extends. Another template needs
    # "contributions.context_processors.plugin" in TEMPLATES' context processors.
    "COP_BASE_TEMPLATE": "base.html",
    # The largest document a member may upload, in bytes.
    "COP_MAX_UPLOAD_BYTES": 20 * 1024 * 1024,
    # Trust the last X-Forwarded-For address for rate limits (only behind a proxy that
    # sets it).
    "COP_TRUST_X_FORWARDED_FOR": False,
    # What each member may post per window (seconds), by kind. A host's
    # COP_MEMBER_RATE_LIMITS is merged over these, so it names only the kinds it changes.
    "COP_MEMBER_RATE_LIMITS": {
        # Live at once.
        "question": (5, 60 * 60),
        "answer": (20, 60 * 60),
        "dialogue_contribution": (20, 60 * 60),
        "feedback": (10, 10 * 60),  # ratings and comments on library entries
        # For the staff to read.
        "resource": (10, 60 * 60),  # library contributions and their edits
        "practice": (5, 60 * 60),  # new good-practice drafts, each submitted at most once
        "training_proposal": (5, 60 * 60),
        "criterion_proposal": (5, 60 * 60),
        "nomination": (5, 60 * 60),
        "subgroup_request": (3, 60 * 60),
    },
    # The meta description of pages that have none of their own (nor the Site's root page).
    "COP_SITE_DESCRIPTION": _(
        "A community of practice on gender training: a library of resources, a compendium of "
        "good practices, virtual dialogues and questions answered by practitioners."
    ),
    # Guesses at a page's privacy password per client address and page restriction.
    "COP_PAGE_PASSWORD_RATE_LIMIT": (10, 15 * 60),
    # Wagtail's setting: the admin's address in its own emails. The plugin's links take the
    # Wagtail Site's address (contributions.addresses); this is their last resort only.
    "WAGTAILADMIN_BASE_URL": "",
}


def setting(name):
    """The site's value of ``name``, or the app's default."""
    return getattr(settings, name, DEFAULTS[name])


def member_rate_limit(kind):
    """``(count, window in seconds)`` for posts of ``kind``: the host's value or the default."""
    limits = {**DEFAULTS["COP_MEMBER_RATE_LIMITS"], **setting("COP_MEMBER_RATE_LIMITS")}
    return limits[kind]
