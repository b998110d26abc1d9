"""The home page with the community's blocks (as the demo seed fills it) passes axe's WCAG 2.2
AA rules at desktop and phone widths, for a visitor and for a signed-in member, and its
invitation to join is reachable from the keyboard."""

import pytest

from community.setup import run_setup
from home.demo import site
from home.factories import make_site_home
from home.tests.community_items import add_items

from .browser import sign_in, violations_on

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def home_site(live_server, member):
    home = make_site_home(body=site.HOME["body"])
    run_setup(parent=home)
    add_items(2, 0, member)
    return live_server.url


def test_home_page_with_its_blocks_has_no_accessibility_violations(home_site, chromium):
    for width in (1280, 390):
        context = chromium.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        page.goto(home_site + "/")
        assert page.locator(".listing-block .entry").count() == 2 * 6
        assert violations_on(page) == [], width
        apply = page.get_by_role("link", name="Apply to join").first
        apply.focus()
        assert page.evaluate("document.activeElement.getAttribute('href')") == "/membership/apply/"
        context.close()

    context = chromium.new_context()
    page = context.new_page()
    sign_in(page, home_site, password="password")
    page.goto(home_site + "/")
    assert page.get_by_role("link", name="Contribute from your account").is_visible()
    assert violations_on(page) == []
    context.close()
