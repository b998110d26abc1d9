"""Pages pass axe's WCAG 2.2 AA rules in a real browser, and work from the keyboard.

Runs Debian's Chromium through Playwright against the site served by a real server on
loopback (pytest-django's live server).
"""

import pytest

from home.factories import StandardPageFactory, make_site_home

from .browser import sign_in, violations_on

# Serialized rollback restores what migrations created (root page, locale, groups) after
# each test flushes the database for the live server.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


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


def test_community_pages_have_no_accessibility_violations(library_site, browser_page):
    base_url, *_ = library_site
    browser_page.goto(base_url + "/membership/apply/")
    assert violations_on(browser_page) == []
    browser_page.get_by_role("button", name="Send my application").click()  # every error
    assert "Please correct the following" in browser_page.content()
    assert violations_on(browser_page) == []
    browser_page.goto(base_url + "/members/")
    assert violations_on(browser_page) == []
    sign_in(browser_page, base_url)
    for path in ["/account/profile/", "/membership/nominate/", "/account/"]:
        browser_page.goto(base_url + path)
        assert violations_on(browser_page) == [], path


@pytest.fixture
def moderator_account(library_site):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    moderator = get_user_model().objects.create_user(
        "moderator", "moderator@example.org", "a-moderator-password", first_name="Mona"
    )
    moderator.groups.add(Group.objects.get(name="Moderators"))
    from taxonomy.factories import LanguageFactory

    LanguageFactory(slug="en", name="English")
    return moderator


@pytest.fixture
def community_pages(library_site):
    """A subgroup, an upcoming dialogue and the questions page, published."""
    import datetime

    from django.utils import timezone

    from community.models import (
        DialogueEventPage,
        DialogueIndexPage,
        QuestionIndexPage,
        SubgroupIndexPage,
        SubgroupPage,
    )
    from home.models import HomePage

    home = HomePage.objects.get()
    subgroups = SubgroupIndexPage(title="Subgroups", slug="subgroups")
    home.add_child(instance=subgroups)
    subgroup = SubgroupPage(title="Fragile state contexts", slug="fragile", purpose="Weak states.")
    subgroups.add_child(instance=subgroup)
    dialogues = DialogueIndexPage(title="Virtual dialogues", slug="dialogues")
    home.add_child(instance=dialogues)
    start = timezone.now() + datetime.timedelta(days=7)
    dialogue = DialogueEventPage(
        title="Online facilitation",
        slug="online-facilitation",
        summary_text="Keeping participation alive online.",
        start=start,
        end=start + datetime.timedelta(hours=2),
        time_zone="America/Lima",
        capacity=30,
        joining_link="https://meet.example.org/cop-room",
    )
    dialogues.add_child(instance=dialogue)
    questions = QuestionIndexPage(title="Questions", slug="questions")
    home.add_child(instance=questions)
    for page in (subgroups, subgroup, dialogues, dialogue, questions):
        page.save_revision().publish()
    return {"subgroup": subgroup.url, "dialogue": dialogue.url}


def test_applicant_is_approved_in_the_admin_and_signs_in(
    library_site, moderator_account, community_pages, browser_page
):
    """Apply, a moderator approves in the Wagtail admin, the new member sets a password from
    the email, signs in, joins a subgroup, registers for a dialogue and sees its joining
    link, and asks a question."""
    import re

    from django.core import mail

    base_url, *_ = library_site
    page = browser_page

    page.goto(base_url + "/membership/apply/")
    page.fill("#id_name", "Lucía Fernández")
    page.fill("#id_email", "lucia@example.org")
    page.fill("#id_organisation", "Red de Formación en Género")
    page.select_option("#id_organisation_type", "ngo")
    page.fill("#id_position", "Training coordinator")
    page.fill("#id_country", "Peru")
    page.get_by_label("Masculinities").check()
    page.fill("#id_experience", "Ten years of training of trainers.")
    page.get_by_label("English").check()
    page.fill("#id_motivation", "To learn from peers.")
    page.check("#id_acknowledged_personal_capacity")
    page.get_by_role("button", name="Send my application").click()
    page.get_by_role("heading", name="Thank you for applying").wait_for()
    assert [m.to for m in mail.outbox] == [["lucia@example.org"]]

    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", "moderator")
    page.fill("#id_password", "a-moderator-password")
    page.locator("button[type=submit]").click()
    page.wait_for_url(base_url + "/admin/")
    page.goto(base_url + "/admin/snippets/copcommunity/membershipapplication/?status=pending")
    page.get_by_role("button", name=re.compile("More options for 'Lucía Fernández")).click()
    page.get_by_role("link", name="Approve").click()
    page.get_by_role("button", name="Approve and send the email").click()
    page.get_by_text(re.compile("is now a member")).wait_for()

    link = re.search(r"http://[^/\s]+(/accounts/reset/\S+)", mail.outbox[-1].body).group(1)
    page.context.clear_cookies()
    page.goto(base_url + link)
    page.fill("#id_new_password1", "a-long-new-passphrase")
    page.fill("#id_new_password2", "a-long-new-passphrase")
    assert violations_on(page) == []
    page.get_by_role("button", name="Save my password").click()
    page.get_by_role("heading", name="Password saved").wait_for()
    page.goto(base_url + "/accounts/login/")
    page.fill("#id_username", "lucia")
    page.fill("#id_password", "a-long-new-passphrase")
    page.locator("main").get_by_role("button", name="Sign in").click()
    page.wait_for_url(base_url + "/account/")
    assert "Signed in as Lucía" in page.locator("main").inner_text()

    page.goto(base_url + community_pages["subgroup"])
    page.get_by_role("button", name="Join this subgroup").click()
    page.get_by_role("button", name="Leave this subgroup").wait_for()

    page.goto(base_url + community_pages["dialogue"])
    assert "meet.example.org/cop-room" not in page.content()
    page.get_by_role("button", name="Register").click()
    page.get_by_role("link", name="https://meet.example.org/cop-room").wait_for()
    assert violations_on(page) == []

    page.goto(base_url + "/questions/ask/")
    page.fill("#id_title", "Icebreakers for online sessions?")
    page.fill("#id_body", "Which openers work with mixed-seniority groups?")
    page.get_by_role("button", name="Publish my question").click()
    page.get_by_role("heading", level=1, name="Icebreakers for online sessions?").wait_for()
    assert violations_on(page) == []


def test_community_listings_have_no_accessibility_violations(
    library_site, community_pages, browser_page
):
    base_url, *_ = library_site
    for path in ["/subgroups/", community_pages["subgroup"], "/dialogues/", "/questions/"]:
        browser_page.goto(base_url + path)
        assert violations_on(browser_page) == [], path
