"""Sub-addresses of a page served by its app's views.

Wagtail's routable pages take their routes from methods of the page class, so the page model
would import its views. Here the views module registers its routes on the page class instead
(``add_routes``, run when the app is ready), and the model knows nothing of its views.

Ids in addresses are written ``<id:name>``: Django's ``<int:…>`` takes any number of digits,
and a number beyond 64 bits overflows the database's integer on lookup (SQLite raises
OverflowError, a 500). ``id`` takes at most 18 digits (below 2**63), so a longer number is
no address at all: a 404.
"""

from django.urls import path, re_path, register_converter
from wagtail.contrib.routable_page.models import RoutablePageMixin

__all__ = ["MAX_ID", "IdConverter", "ViewRoutesMixin", "path", "re_path"]

# The largest id a database integer (64-bit, signed) holds.
MAX_ID = 2**63 - 1


class IdConverter:
    """A database id: 1 to 18 digits, so always within a 64-bit integer."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(IdConverter, "id")


def _page_view(view):
    # Wagtail binds a route's function to the page (``func.__get__(page)``) and calls it with
    # the request: give the view the (request, page, ...) arguments it is written for.
    def page_view(page, request, *args, **kwargs):
        return view(request, page, *args, **kwargs)

    page_view.__name__ = view.__name__
    page_view.__doc__ = view.__doc__
    return page_view


class ViewRoutesMixin(RoutablePageMixin):
    @classmethod
    def add_routes(cls, *patterns):
        """Serve ``patterns`` (``path(route, view, name=...)``, each view taking the request
        and the page) under pages of this class, after the routes of its own methods."""
        routes = tuple(
            type(pattern)(
                pattern.pattern, _page_view(pattern.callback), pattern.default_args, pattern.name
            )
            for pattern in patterns
        )
        cls._view_routes = (*cls.__dict__.get("_view_routes", ()), *routes)
        if "_routablepage_urlresolver" in cls.__dict__:
            del cls._routablepage_urlresolver  # built from the routes known before

    @classmethod
    def get_subpage_urls(cls):
        registered = [
            route for klass in cls.__mro__ for route in klass.__dict__.get("_view_routes", ())
        ]
        return (*super().get_subpage_urls(), *registered)
