from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap
from wagtail.documents import urls as wagtaildocs_urls


def _superusers_only(request):
    # Everyone else works in the Wagtail admin. Django's admin would let a staff account with
    # "change user" tick "superuser status" and grant itself any permission.
    return request.user.is_active and request.user.is_superuser


admin.site.has_permission = _superusers_only

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # Wagtail's admin has a password-reset form of its own, without the plugin's limits and
    # sending its mail inside the request: its address leads to the plugin's form instead
    # (staff reset their passwords there too).
    path(
        "admin/password_reset/",
        RedirectView.as_view(pattern_name="password_reset", permanent=False),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": Sitemap}}),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# The plugin's views (sign-in included), as any host includes them, then Wagtail's page
# serving, which catches every remaining path, so it comes last. Both in every language:
# English at /..., Spanish at /es/..., French at /fr/... (LocaleMiddleware reads the prefix;
# Wagtail serves the Site root's translation in the active language).
urlpatterns += i18n_patterns(
    path("", include("community.plugin_urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
