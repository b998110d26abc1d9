from django.utils.functional import SimpleLazyObject
from wagtail.models import Site


def _menu_items(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    # The root's translation in the address's language (/es/, /fr/), the root itself otherwise.
    root = site.root_page.localized
    pages = (
        root.get_children()
        .live()
        .public()
        .in_menu()
        .only("id", "title", "url_path", "depth", "path")
    )
    current_path = request.path
    items = []
    for page in pages:
        url = page.get_url(request)
        items.append(
            {
                "title": page.title,
                "url": url,
                "current": bool(url) and current_path.startswith(url),
            }
        )
    return items


def navigation(request):
    """The main menu: the site root's live, public pages marked "show in menus".

    Lazy so that pages which do not render the menu (the admin, APIs) run no query for it.
    """
    return {"main_menu": SimpleLazyObject(lambda: _menu_items(request))}
