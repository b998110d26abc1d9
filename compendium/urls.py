"""/compendium/export.csv and /compendium/export.json.

Wagtail's page serving only matches paths of slugs ending in a slash, so the downloads' file
names need this pattern (included in the project's urls before Wagtail's catch-all). It hands
the request to Wagtail, which routes it to the compendium page's export routes wherever the
compendium sits in the page tree.
"""

from django.urls import re_path
from wagtail import views as wagtail_views


def serve_export(request, path):
    return wagtail_views.serve(request, path + "/")


urlpatterns = [
    re_path(
        r"^(?P<path>(?:[\w\-]+/)*export\.(?:csv|json))/?$",
        serve_export,
        name="compendium_export",
    ),
]
