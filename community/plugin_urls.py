"""The community of practice's addresses: the one URL module a host includes, before Wagtail's
page serving (which catches every remaining path)::

    path("", include("community.plugin_urls")),

The section pages themselves (/resources/, /compendium/, ...) are Wagtail pages that
``cop_setup`` creates; these are the views that are not pages.
"""

from django.contrib.auth.views import PasswordResetView
from django.urls import include, path

from .forms import MemberPasswordResetForm

urlpatterns = [
    # Before Django's own (if the host includes django.contrib.auth.urls): members who have
    # not chosen a password yet get the link too.
    path(
        "accounts/password_reset/",
        PasswordResetView.as_view(form_class=MemberPasswordResetForm),
        name="password_reset",
    ),
    # Sign-in, sign-out and password reset, at the addresses the plugin's pages link to.
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("community.urls")),
    path("", include("search.urls")),
    path("", include("digests.urls")),
    path("", include("compendium.urls")),
]
