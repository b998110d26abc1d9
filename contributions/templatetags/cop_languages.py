"""The language switcher and the ``hreflang`` alternates of a page::

    {% load cop_languages %}
    {% cop_languages as cop_languages %}
    {% for link in cop_languages.links %}...{% endfor %}       (every language, current marked)
    {% for link in cop_languages.alternates %}...{% endfor %}  (the languages the page is in)

(Named so in the plugin's base template: the pages' own context has ``languages``, a facet.)

On a Wagtail page, another language's link leads to the page's live translation in that
language (and to the same sub-address of it, for a routable page), else to the nearest
translated section above it, else to that language's home. On any other view (search, the
API, forms, account pages) it is the same address under the other language's prefix
(Django's ``translate_url``); alternates are then every language.

Nothing shows when the site does not serve languages under prefixes (``i18n_patterns``) or has
one language only. Queries: one, for the live pages (and their locales) sharing a translation
key with the page or one of its ancestors; computed once per render (both the head and the body
ask).
"""

from django import template
from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.db.models import F
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation
from wagtail.models import Page

from .. import addresses

register = template.Library()

COMPUTED = "cop_languages"


class Languages:
    def __init__(self, links=(), alternates=()):
        self.links = list(links)
        self.alternates = list(alternates)

    def __bool__(self):
        return bool(self.links)


def _language_home(code):
    try:
        with translation.override(code):
            return reverse("wagtail_serve", args=("",))
    except NoReverseMatch:
        return "/"


def _subpath(request, page):
    """What follows the page's own address in the request (a routable page's route), or ""."""
    match = getattr(request, "routable_resolver_match", None)
    if match is None or not match.url_name or not hasattr(page, "reverse_subpage"):
        return ""
    try:
        return page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)
    except NoReverseMatch:
        return ""


def _page_urls(request, page, codes, site):
    """{code: (url, exact)} for each language: exact when the page itself exists in it."""
    steplen = page.steplen
    root_depth = site.root_page.depth if site is not None else 1
    # The page and its ancestors down to the Site's root page, deepest first: their paths are
    # prefixes of the page's own, so no query is needed to list them.
    paths = [page.path[: steplen * depth] for depth in range(page.depth, root_depth - 1, -1)]
    translations = (
        Page.objects.filter(
            translation_key__in=Page.objects.filter(path__in=paths).values("translation_key")
        )
        .live()
        .annotate(language_code=F("locale__language_code"))
        .only("id", "path", "depth", "url_path", "translation_key", "locale_id")
    )
    # The translation keys of the page and its ancestors, by path.
    key_of = {}
    by_key = {}
    for candidate in translations:
        by_key.setdefault((candidate.translation_key, candidate.language_code), candidate)
        if candidate.path in paths:
            key_of[candidate.path] = candidate.translation_key
    key_of[page.path] = page.translation_key
    subpath = _subpath(request, page)
    query = request.META.get("QUERY_STRING", "")
    urls = {}
    for code in codes:
        found = None
        for depth_index, path in enumerate(paths):
            key = key_of.get(path)
            if key is None:
                continue
            candidate = by_key.get((key, code))
            if candidate is None:
                continue
            url = candidate.get_url(request)
            if url:
                found = (depth_index == 0, candidate, url)
                break
        if found is None:
            urls[code] = (_language_home(code), False)
            continue
        exact, candidate, url = found
        if exact:
            url += subpath
            if query:
                url += "?" + query
        urls[code] = (url, exact)
    return urls


def _view_urls(request, codes):
    """{code: (url, exact)}: the same view under each language's prefix."""
    current = request.get_full_path()
    urls = {}
    for code in codes:
        url = translate_url(current, code)
        if url == current and code != translation.get_language():
            urls[code] = (_language_home(code), False)
        else:
            urls[code] = (url, True)
    return urls


def compute(context):
    request = context.get("request")
    if request is None or len(settings.LANGUAGES) < 2:
        return Languages()
    urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
    if not is_language_prefix_patterns_used(urlconf)[0]:
        return Languages()
    names = {code: str(name) for code, name in settings.LANGUAGES}
    codes = list(names)
    current = translation.get_language()
    page = context.get("page")
    match = getattr(request, "resolver_match", None)
    site = addresses.site_for(request)
    if (
        isinstance(page, Page)
        and page.pk
        and match is not None
        and match.url_name == "wagtail_serve"
    ):
        urls = _page_urls(request, page, codes, site)
    else:
        urls = _view_urls(request, codes)
    urls[current] = (request.get_full_path(), urls.get(current, ("", True))[1])

    links = [
        {"code": code, "name": names[code], "url": urls[code][0], "current": code == current}
        for code in codes
    ]
    root = addresses.root_url(site=site) if site is not None else ""
    alternates = [
        {"hreflang": code, "url": addresses.absolute(urls[code][0], root=root)}
        for code in codes
        if urls[code][1]
    ]
    if alternates:
        try:  # LANGUAGE_CODE may be a variant ("en-us") of one of LANGUAGES ("en")
            default_code = translation.get_supported_language_variant(settings.LANGUAGE_CODE)
        except LookupError:
            default_code = None
        default = next((a for a in alternates if a["hreflang"] == default_code), alternates[0])
        alternates.append({"hreflang": "x-default", "url": default["url"]})
    return Languages(links, alternates)


@register.simple_tag(takes_context=True)
def cop_languages(context):
    computed = context.render_context.get(COMPUTED)
    if computed is None:
        computed = context.render_context[COMPUTED] = compute(context)
    return computed
