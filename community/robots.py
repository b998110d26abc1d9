"""/robots.txt: what search engines may crawl on the site.

In community because it is a policy of the whole site, and community is the app whose
``plugin_urls`` a host includes for the site-wide addresses. It names the addresses of other
apps by their URL names, so it follows wherever a host mounts them. A host with a policy of
its own serves ``robots.txt`` before including ``community.plugin_urls``.
"""

from django.conf import settings
from django.http import HttpResponse
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from contributions import addresses

# Search results (endless combinations of the same pages), the API, members' own pages and
# the admin: nothing there belongs in a search engine. The pages themselves are found through
# the sitemap. (URL name, whether the whole folder it is in is disallowed.)
DISALLOWED = (
    ("search:search", False),
    ("search:api", False),
    ("community:account", False),
    ("login", True),  # /accounts/: sign-in and password reset
    ("digests:save", True),  # /digests/: saved searches and unsubscribe links
    ("wagtailadmin_home", False),
    ("admin:index", False),
)


def _folder(path):
    return path.rstrip("/").rsplit("/", 1)[0] + "/"


def disallowed_paths():
    paths = []
    # In each language: the views are at /es/search/, /fr/search/... too (i18n_patterns).
    for code, _name in settings.LANGUAGES:
        for name, whole_folder in DISALLOWED:
            try:
                with translation.override(code):
                    path = reverse(name)
            except NoReverseMatch:  # the host does not serve it (Django's admin, say)
                continue
            path = _folder(path) if whole_folder else path
            if path not in paths:
                paths.append(path)
    return paths


@require_safe
def robots_txt(request):
    lines = ["User-agent: *"]
    lines += [f"Disallow: {path}" for path in disallowed_paths()]
    lines += ["", f"Sitemap: {addresses.root_url(request)}/sitemap.xml"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
