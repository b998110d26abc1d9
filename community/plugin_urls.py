"""The community of practice's addresses: the one URL module a host includes, before Wagtail's
page serving (which catches every remaining path)::

    path("", include("community.plugin_urls")),

The section pages themselves (/resources/, /compendium/, ...) are Wagtail pages that
``cop_setup`` creates; these are the views that are not pages.
"""

from django.contrib.auth import views as auth
from django.urls import include, path

from .forms import MemberPasswordResetForm

# Named templates of the plugin's own: a host's INSTALLED_APPS usually has django.contrib.admin
# first, whose registration/ templates would otherwise be the ones found.
TEMPLATES = "community/registration/"

urlpatterns = [
    # Sign-in and password reset at the addresses the plugin's pages link to, before Django's
    # own (if the host includes them too). Members who have not chosen a password yet get
    # the reset link too.
    path(
        "accounts/login/",
        auth.LoginView.as_view(template_name=TEMPLATES + "login.html"),
        name="login",
    ),
    path(
        "accounts/password_reset/",
        auth.PasswordResetView.as_view(
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
    path("", include("community.urls")),
    path("", include("search.urls")),
    path("", include("digests.urls")),
    path("", include("compendium.urls")),
]
