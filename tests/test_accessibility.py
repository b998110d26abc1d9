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
    browser_page.locator("main").get_by_role("button", name="Sign in").click()
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


@pytest.fixture
def library_site(site):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
    from resources.models import ResourceFeedback
    from taxonomy.factories import ResourceTypeFactory, ThemeFactory, TrainingContextFactory

    base_url, home, _ = site
    library = ResourceIndexPageFactory(parent=home, show_in_menus=True)
    themes = [ThemeFactory(slug="masculinities", name="Masculinities"), ThemeFactory()]
    context = TrainingContextFactory(slug="fragile-states", name="Fragile state contexts")
    ResourceTypeFactory(slug="toolkit", name="Toolkit")
    entries = [
        ResourcePageFactory(parent=library, themes=themes[: 1 + n % 2], contexts=[context])
        for n in range(3)
    ]
    member = get_user_model().objects.create_user(
        "member", "member@example.org", "a-member-password", first_name="Mika"
    )
    member.groups.add(Group.objects.get(name="Members"))
    ResourceFeedback.objects.create(entry=entries[0], user=member, rating=4, comment="Useful.")
    return base_url, library, [entry.url for entry in entries]


def sign_in(page, base_url):
    page.goto(base_url + "/accounts/login/")
    page.fill("#id_username", "member")
    page.fill("#id_password", "a-member-password")
    page.locator("main").get_by_role("button", name="Sign in").click()


def test_library_pages_have_no_accessibility_violations(library_site, browser_page):
    base_url, _, entry_urls = library_site
    for path in [
        "/resources/",
        "/resources/?theme=masculinities&context=fragile-states",
        entry_urls[0],
        "/search/",
        "/search/?q=gender&theme=masculinities&sort=title",
    ]:
        browser_page.goto(base_url + path)
        assert violations_on(browser_page) == [], path


def test_member_pages_have_no_accessibility_violations(library_site, browser_page):
    base_url, *_ = library_site
    sign_in(browser_page, base_url)
    for path in ["/account/", "/resources/contribute/"]:
        browser_page.goto(base_url + path)
        assert violations_on(browser_page) == [], path
    browser_page.get_by_role("button", name="Send for review").click()  # every error shown
    assert "Please correct the following" in browser_page.content()
    assert violations_on(browser_page) == []


def test_member_contributes_a_resource_without_javascript(library_site, browser_without_js):
    base_url, *_ = library_site
    page = browser_without_js.new_page()
    sign_in(page, base_url)
    page.goto(base_url + "/resources/contribute/")

    page.get_by_label("Title").fill("Gender budgeting role plays")
    page.get_by_label("Summary").fill("Role plays for budget officers.")
    page.get_by_label("Kind of resource").select_option(label="Toolkit")
    page.get_by_label("Link").fill("https://example.org/role-plays")
    page.get_by_label("Masculinities").check()
    page.get_by_role("button", name="Send for review").click()

    assert page.url == base_url + "/account/"
    row = page.get_by_role("row", name="Gender budgeting role plays")
    assert "In editorial review" in row.inner_text()


def test_filters_work_without_javascript(library_site, browser_without_js):
    base_url, *_ = library_site
    page = browser_without_js.new_page()
    page.goto(base_url + "/resources/")
    assert page.get_by_role("heading", level=2, name="3 entries").is_visible()

    page.get_by_label("Fragile state contexts (3)").check()
    page.get_by_label("Masculinities (3)").check()
    page.get_by_role("button", name="Apply filters").click()

    assert "theme=masculinities" in page.url
    assert page.get_by_role("heading", level=2, name="3 entries").is_visible()
    page.goto(page.url)  # the address is shareable: the same filters come back
    assert page.get_by_label("Masculinities (3)").is_checked()
