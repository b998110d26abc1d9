"""The site's own address, from one source: the Wagtail ``Site`` (``cop_setup --site-url``
sets it). The sitemap (Wagtail's), robots.txt, the feeds, the calendars and every email the
plugin sends build their absolute links here, so they never disagree with each other, and
never take the address from a request's ``Host`` header (which the client chose).

A request is answered on the Site it reached; mail, sent outside any request, uses the
default Site. ``WAGTAILADMIN_BASE_URL`` is only the last resort, for a database without a Site.
"""

from urllib.parse import urlsplit

from wagtail.models import Site

from . import conf


def site_for(request=None):
    if request is not None:
        site = Site.find_for_request(request)
        if site is not None:
            return site
    return Site.objects.filter(is_default_site=True).first()


def root_url(request=None, site=None):
    """``https://cop.example.org`` (no trailing slash), or "" when nothing names it."""
    site = site or site_for(request)
    if site is not None:
        return site.root_url
    return conf.setting("WAGTAILADMIN_BASE_URL").rstrip("/")


def absolute(url, request=None, root=None):
    """``url`` on the site's address; an address that already has a scheme is left alone (a
    page of another Site, an outside link)."""
    if not url or urlsplit(url).scheme:
        return url
    return (root if root is not None else root_url(request)) + url


def scheme_and_host(request=None):
    """The site's address as Django's password-reset email context wants it."""
    parts = urlsplit(root_url(request))
    return {"protocol": parts.scheme or "https", "domain": parts.netloc}
