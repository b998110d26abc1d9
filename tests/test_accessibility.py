"""Pages pass axe's WCAG 2.2 AA rules in a real browser, and work from the keyboard.

Runs Debian's Chromium through Playwright against the site served by a real server on
loopback (pytest-django's live server).
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from home.factories import StandardPageFactory, make_site_home

# Serialized rollback restores what migrations created (root page, locale, groups) after
# each test flushes the database for the live server.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WCAG_AA = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}


@pytest.fixture
def site(live_server):
    home = make_site_home()
    about = StandardPageFactory(
        parent=home,
        title="About the community",
        slug="about",
        intro="Who we are.",
        body=[
            ("heading", {"text": "Purpose", "level": "h2"}),
            ("paragraph", "<p>Reflection, evaluation and dialogue on gender training.</p>"),
            ("quote", {"text": "A forum for exchange.", "attribution": "Terms of reference"}),
        ],
    )
    return live_server.url, home, about


def violations_on(page):
    results = Axe().run(page, options=WCAG_AA)
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])} element(s))"
        for violation in results.response["violations"]
    ]


@pytest.mark.parametrize(
    "path", ["/", "/about/", "/accounts/login/", "/this-page-does-not-exist/"]
)
def test_page_has_no_accessibility_violations(site, browser_page, path):
    base_url, *_ = site
    browser_page.goto(base_url + path)
    assert violations_on(browser_page) == []


def test_login_errors_have_no_accessibility_violations(site, browser_page):
    base_url, *_ = site
    browser_page.goto(base_url + "/accounts/login/")
    browser_page.fill("#id_username", "nobody")
    browser_page.fill("#id_password", "wrong")
    browser_page.click("button[type=submit]")
    assert "did not match" in browser_page.content()
    assert violations_on(browser_page) == []


def test_keyboard_reaches_the_skip_link_first_and_it_moves_focus_to_main(site, browser_page):
    base_url, *_ = site
    browser_page.goto(base_url + "/about/")

    browser_page.keyboard.press("Tab")
    assert browser_page.evaluate("document.activeElement.className") == "skip-link"
    assert browser_page.locator(".skip-link").is_visible()

    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "main-content"


def test_navigation_works_without_javascript(site, browser_without_js):
    base_url, *_ = site
    page = browser_without_js.new_page()
    page.goto(base_url + "/")
    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="About the community"
    ).click()
    assert page.url == base_url + "/about/"
    assert page.get_by_role("heading", level=1).inner_text() == "About the community"
