"""The community of practice's addresses: the one URL module a host includes, before Wagtail's
page serving (which catches every remaining path)::

    path("", include("community.plugin_urls")),

The section pages themselves (/resources/, /compendium/, ...) are Wagtail pages that
``cop_setup`` creates; these are the views that are not pages.
"""

from django.contrib.auth import views as auth
from django.urls import include, path
from wagtail import views as wagtail_views

from contributions.ratelimit import limit_password_guesses

from .forms import MemberPasswordResetForm
from .passwords import LimitedPasswordResetView
from .robots import robots_txt

# Named templates of the plugin's own: a host's INSTALLED_APPS usually has django.contrib.admin
# first, whose registration/ templates would otherwise be the ones found.
TEMPLATES = "community/registration/"

urlpatterns = [
    # What search engines may crawl (community.robots); a host with its own serves it first.
    path("robots.txt", robots_txt, name="robots_txt"),
    # Sign-in and password reset at the addresses the plugin's pages link to, before Django's
    # own (if the host includes them too). Members who have not chosen a password yet get
    # the reset link too; resets are rate-limited and mailed by a task (community.passwords).
    path(
        "accounts/login/",
        auth.LoginView.as_view(template_name=TEMPLATES + "login.html"),
        name="login",
    ),
    path(
        "accounts/password_reset/",
        LimitedPasswordResetView.as_view(
            form_class=MemberPasswordResetForm,
            template_name=TEMPLATES + "password_reset_form.html",
        ),
        name="password_reset",
    ),
    path(
        "accounts/password_reset/done/",
        auth.PasswordResetDoneView.as_view(template_name=TEMPLATES + "password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "accounts/reset/<uidb64>/<token>/",
        auth.PasswordResetConfirmView.as_view(
            template_name=TEMPLATES + "password_reset_confirm.html"
        ),
        name="password_reset_confirm",
    ),
    path(
        "accounts/reset/done/",
        auth.PasswordResetCompleteView.as_view(
            template_name=TEMPLATES + "password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
    # The rest of Django's account views (sign-out, password change).
    path("accounts/", include("django.contrib.auth.urls")),
    # Wagtail's page-password form, at Wagtail's address and name, with guesses limited: this
    # module comes before wagtail.urls, so this pattern is the one that answers.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        limit_password_guesses(wagtail_views.authenticate_with_password),
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include("community.urls")),
    path("", include("search.urls")),
    path("", include("digests.urls")),
    path("", include("compendium.urls")),
]
