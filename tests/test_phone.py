"""The site on a phone: the header folds its menu behind a "Menu" disclosure that opens and
closes with or without JavaScript and stays a small part of the first screen; search results
come before the filters, with the chosen filters as removable chips; the way in (Join for
visitors, the member directory for people signed in, "Apply to join" on the sign-in page).

Browser data is created before the browser opens; no ORM calls while it is open.
"""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from .browser import violations_on

PHONE = {"width": 390, "height": 844}
APPLY = "/membership/apply/"


@pytest.fixture
def phone_site(live_server):
    from compendium.factories import CompendiumIndexPageFactory, GoodPracticePageFactory
    from home.factories import make_site_home
    from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
    from taxonomy.factories import ThemeFactory

    home = make_site_home()
    library = ResourceIndexPageFactory(parent=home, show_in_menus=True)
    compendium = CompendiumIndexPageFactory(
        parent=home,
        show_in_menus=True,
        slug="compendium",
        intro="Good practices in gender training, submitted by members, assessed by reviewers "
        "against the community's criteria and approved by the moderators.",
    )
    GoodPracticePageFactory(parent=compendium, title="Peer educators")
    theme = ThemeFactory(slug="masculinities", name="Masculinities")
    for n in range(3):
        ResourcePageFactory(
            parent=library, slug=f"guide-{n}", title=f"Facilitation guide {n}", themes=[theme]
        )
    return live_server.url


def nav_links(page):
    return page.locator(".site-nav a")


def check_menu_opens_and_closes(page, url, with_keyboard, axe):
    page.goto(url + "/")
    toggle = page.locator("summary", has_text="Menu")
    links = nav_links(page)
    # Locators only (no page.evaluate): they work in a page without JavaScript.
    hrefs = [links.nth(n).get_attribute("href") for n in range(links.count())]
    assert len(hrefs) >= 4 and APPLY in hrefs  # Home, library, compendium, Join
    assert not links.first.is_visible()  # folded on a phone
    assert not page.locator("#site-search-q").is_visible()  # the search folds too

    if with_keyboard:
        toggle.focus()
        page.keyboard.press("Enter")
    else:
        toggle.click()
    assert links.first.is_visible()
    assert page.locator("#site-search-q").is_visible()
    # Each link is reachable with Tab once the menu is open.
    reached = set()
    focused = page.locator(":focus")
    for _ in range(len(hrefs) + 6):
        page.keyboard.press("Tab")
        if focused.count() and focused.get_attribute("href"):
            reached.add(focused.get_attribute("href"))
        if set(hrefs) <= reached:
            break
    assert set(hrefs) <= reached
    if axe:  # axe runs as a script in the page
        assert violations_on(page) == []

    if with_keyboard:
        toggle.focus()
        page.keyboard.press("Enter")
    else:
        toggle.click()
    assert not links.first.is_visible()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_a_phone_the_menu_folds_and_results_come_first(phone_site, chromium):
    url = phone_site

    # The header is at most a quarter of the first screen, from a small phone to a tablet.
    for width, height in ((320, 568), (390, 844), (768, 1024)):
        context = chromium.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        page.goto(url + "/")
        header = page.locator(".site-header").bounding_box()
        assert header["height"] <= height / 4, (width, header["height"])
        context.close()

    for javascript in (True, False):
        context = chromium.new_context(viewport=PHONE, java_script_enabled=javascript)
        context.set_default_timeout(15_000)
        page = context.new_page()
        check_menu_opens_and_closes(page, url, with_keyboard=javascript, axe=javascript)
        check_menu_opens_and_closes(page, url, with_keyboard=not javascript, axe=False)
        context.close()

    context = chromium.new_context(viewport=PHONE)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(url + "/search/?q=facilitation&theme=masculinities")
    first = page.locator(".entry").first.bounding_box()
    assert first["y"] + 40 <= PHONE["height"]  # its title is on the first screen
    filters = page.locator("#filters").bounding_box()
    assert filters["y"] > first["y"]  # the filters come after the results...
    page.get_by_role("link", name="Filters (1 chosen)").wait_for()  # ...one tap away
    assert violations_on(page) == []

    page.get_by_role("link", name="Remove filter: Theme: Masculinities").click()
    page.wait_for_url(lambda address: "theme=" not in address)
    assert "q=facilitation" in page.url
    assert page.get_by_role("link", name="Remove filter: Theme: Masculinities").count() == 0
    assert page.locator(".entry").count() == 3

    # The listings too: their first entry before their links, forms and filters run out.
    for listing in ("/resources/", "/compendium/"):
        page.goto(url + listing)
        first = page.locator(".entry").first.bounding_box()
        assert first["y"] + 40 <= PHONE["height"], listing
    context.close()


@pytest.mark.django_db
def test_the_way_in_for_visitors_and_members(client, member):
    apply = reverse("community:apply")
    assert apply == APPLY

    soup = BeautifulSoup(client.get("/accounts/login/").content, "html.parser")
    nav = soup.select_one("nav.site-nav")
    assert nav.find("a", string="Join")["href"] == apply
    assert not nav.find("a", href=reverse("community:directory"))
    assert soup.find("main").find("a", string="Apply to join")["href"] == apply

    client.force_login(member)
    soup = BeautifulSoup(client.get("/account/").content, "html.parser")
    nav = soup.select_one("nav.site-nav")
    assert nav.find("a", string="Member directory")["href"] == reverse("community:directory")
    assert not nav.find("a", string="Join")
    assert not nav.find("a", href=apply)
    # Their name in the header leads to their account page.
    header = soup.select_one(".site-header__user")
    assert header.find("a")["href"] == reverse("community:account")
