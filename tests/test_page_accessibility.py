"""axe's WCAG 2.2 AA rules on the public page templates and forms that the other accessibility
tests do not reach: the library's directory entries, the community pages as a visitor, the
question and subgroup forms, password reset, a search with no results; every form also with
its errors shown.

Together with test_accessibility.py (home, standard page, library, resource, search, login,
404, membership, directory, account, community listings, dialogue as a registered member,
question page) and test_compendium_accessibility.py (compendium listing, practice, criteria,
print, every submission step) this covers every public page template. Data is created before
the browser opens; no ORM calls while it is open.
"""

import datetime
from importlib import import_module

import pytest
from django.urls import path as route

from .browser import sign_in, violations_on

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ERRORS = "Please correct the following"


@pytest.fixture
def every_page(live_server):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from community.models import (
        Answer,
        DialogueContribution,
        DialogueEventPage,
        DialogueIndexPage,
        DialogueRegistration,
        QuestionIndexPage,
        QuestionPage,
        SubgroupIndexPage,
        SubgroupPage,
    )
    from compendium.factories import CompendiumIndexPageFactory, CriterionFactory
    from home.factories import make_site_home
    from resources.factories import (
        ExpertPageFactory,
        InstitutionPageFactory,
        ResourceIndexPageFactory,
        ResourcePageFactory,
        TrainingPageFactory,
    )
    from taxonomy.factories import ResourceTypeFactory, ThemeFactory, TrainingContextFactory

    home = make_site_home()
    library = ResourceIndexPageFactory(parent=home, show_in_menus=True)
    theme = ThemeFactory(slug="masculinities", name="Masculinities")
    context = TrainingContextFactory(slug="fragile-states", name="Fragile state contexts")
    ResourceTypeFactory(slug="toolkit", name="Toolkit")
    entries = {
        "resource": ResourcePageFactory(parent=library, themes=[theme], contexts=[context]),
        "institution": InstitutionPageFactory(parent=library, themes=[theme]),
        "training": TrainingPageFactory(parent=library, themes=[theme]),
        "expert": ExpertPageFactory(parent=library, themes=[theme]),
    }
    compendium = CompendiumIndexPageFactory(parent=home)
    CriterionFactory(name="Relevance")

    member = get_user_model().objects.create_user(
        "member", "member@example.org", "a-member-password", first_name="Mika"
    )
    member.groups.add(Group.objects.get(name="Members"))

    subgroups = SubgroupIndexPage(title="Subgroups", slug="subgroups")
    home.add_child(instance=subgroups)
    subgroup = SubgroupPage(title="Fragile state contexts", slug="fragile", purpose="Weak states.")
    subgroups.add_child(instance=subgroup)
    dialogues = DialogueIndexPage(title="Virtual dialogues", slug="dialogues")
    home.add_child(instance=dialogues)
    start = timezone.now() + datetime.timedelta(days=7)
    upcoming = DialogueEventPage(
        title="Online facilitation",
        slug="online-facilitation",
        summary_text="Keeping participation alive online.",
        start=start,
        end=start + datetime.timedelta(hours=2),
        time_zone="America/Lima",
        capacity=30,
        joining_link="https://meet.example.org/cop-room",
    )
    dialogues.add_child(instance=upcoming)
    past = DialogueEventPage(
        title="Resistance in the room",
        slug="resistance",
        summary_text="Working with resistance.",
        start=start - datetime.timedelta(days=30),
        end=start - datetime.timedelta(days=30) + datetime.timedelta(hours=2),
        time_zone="Europe/Paris",
        outcome_summary="<p>Three ways to name resistance.</p>",
    )
    dialogues.add_child(instance=past)
    questions = QuestionIndexPage(title="Questions", slug="questions")
    home.add_child(instance=questions)
    question = QuestionPage(
        title="Icebreakers for online sessions?",
        body="Which openers work with mixed-seniority groups?",
        asked_by=member,
    )
    questions.add_child(instance=question)
    for page in (subgroups, subgroup, dialogues, upcoming, past, questions, question):
        page.save_revision().publish()
    DialogueRegistration.objects.create(dialogue=upcoming, user=member)
    DialogueContribution.objects.create(dialogue=upcoming, user=member, body="Looking forward.")
    Answer.objects.create(question=question, user=member, body="Start with a poll.")
    return {
        "base_url": live_server.url,
        "entries": {kind: page.url for kind, page in entries.items()},
        "subgroup": subgroup.url,
        "upcoming": upcoming.url,
        "past": past.url,
        "question": question.url,
        "compendium": compendium.url,
    }


def check(page, url, path):
    page.goto(url + path)
    assert page.locator("main").count() == 1, path
    assert violations_on(page) == [], path


def submit_and_check(page, button):
    """Submit a form as it is (empty or wrong) and check the page with its errors."""
    page.locator("main").get_by_role("button", name=button).click()
    assert ERRORS in page.content(), page.url
    assert violations_on(page) == []


def test_public_pages_as_a_visitor(every_page, browser_page):
    url = every_page["base_url"]
    for path in every_page["entries"].values():  # each entry type has its own template
        check(browser_page, url, path)
    for path in [
        every_page["subgroup"],
        every_page["upcoming"],
        every_page["past"],
        "/dialogues/",
        every_page["question"],
        "/search/?q=no-such-word-anywhere",
        "/search/?q=masculinities&type=resource&type=expert",
        "/membership/apply/received/",
    ]:
        check(browser_page, url, path)
    assert "Nothing matches" in browser_page.goto(url + "/search/?q=no-such-word-anywhere").text()


def test_password_reset_pages_and_their_errors(every_page, browser_page):
    url = every_page["base_url"]
    page = browser_page
    check(page, url, "/accounts/password_reset/")
    page.fill("#id_email", "not an address")
    page.locator("main").get_by_role("button", name="Send me a link").click()
    assert violations_on(page) == []
    page.fill("#id_email", "member@example.org")
    page.locator("main").get_by_role("button", name="Send me a link").click()
    page.wait_for_url(url + "/accounts/password_reset/done/")
    assert violations_on(page) == []
    # A link that is not (or no longer) valid.
    check(page, url, "/accounts/reset/MQ/set-password/")
    check(page, url, "/accounts/reset/done/")


def test_member_forms_with_their_errors(every_page, browser_page):
    url = every_page["base_url"]
    page = browser_page
    sign_in(page, url)
    page.wait_for_url(url + "/account/")

    check(page, url, every_page["entries"]["resource"])  # with the feedback form
    submit_and_check(page, "Send feedback")

    check(page, url, "/subgroups/request/")
    submit_and_check(page, "Send the proposal")

    check(page, url, "/questions/ask/")
    submit_and_check(page, "Publish my question")

    check(page, url, every_page["question"])  # with the answer form
    submit_and_check(page, "Post your answer")

    check(page, url, every_page["upcoming"])  # registered: link and contribution form
    submit_and_check(page, "Post")

    check(page, url, "/membership/nominate/")
    submit_and_check(page, "Send the nomination")

    check(page, url, every_page["compendium"] + "criteria/propose/")
    submit_and_check(page, "Send the proposal")


@pytest.fixture
def digest_links(every_page):
    """A member's saved search and the unsubscribe links of their digest emails."""
    from django.contrib.auth import get_user_model

    from digests.models import SavedSearch
    from digests.tokens import make_token

    member = get_user_model().objects.get(username="member")
    saved = SavedSearch.objects.create(user=member, name="Masculinities", query="q=men")
    gone = SavedSearch.objects.create(user=member, name="Deleted", query="q=old")
    gone_token = make_token(member, gone)
    gone.delete()
    return {
        **every_page,
        "one": f"/digests/unsubscribe/{make_token(member, saved)}/",
        "all": f"/digests/unsubscribe/{make_token(member)}/",
        "gone": f"/digests/unsubscribe/{gone_token}/",
    }


def test_digest_pages_and_the_save_search_form(digest_links, browser_page):
    """Consultations are checked in consultations/tests/test_accessibility.py."""
    url = digest_links["base_url"]
    page = browser_page
    check(page, url, "/search/?q=men")  # visitors: sign in to save
    for path in [digest_links["gone"], "/digests/unsubscribe/not-a-token/", digest_links["all"]]:
        check(page, url, path)
    check(page, url, digest_links["one"])
    page.locator("main").get_by_role("button", name="Stop these emails").click()
    assert violations_on(page) == []

    sign_in(page, url)
    page.wait_for_url(url + "/account/")
    assert violations_on(page) == []  # with the saved searches
    check(page, url, "/search/?q=men&theme=masculinities")
    page.get_by_text("Save this search and get new results by email").click()
    page.locator("main form.save-search__form input[name=name]").fill("")
    submit_and_check(page, "Save this search")


def broken(request):
    raise RuntimeError("A fault in the code behind a page")


# The site's own patterns follow, not included: i18n_patterns only works in the root URLconf.
urlpatterns = [route("test-only/broken/", broken), *import_module("cop_cms.urls").urlpatterns]


@pytest.fixture
def outsider(every_page):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("outsider", password="an-outsider-password")


@pytest.mark.urls("tests.test_page_accessibility")
def test_error_pages(every_page, outsider, browser_page):
    """The 500 page, and the 403 page a signed-in person who is not (yet) a member gets: in
    the site's layout, saying why, with a way on."""
    url = every_page["base_url"]
    page = browser_page
    response = page.goto(url + "/test-only/broken/")
    assert response.status == 500
    assert violations_on(page) == []

    sign_in(page, url, "outsider", "an-outsider-password")
    response = page.goto(url + "/resources/contribute/")
    assert response.status == 403
    assert "Only members of the community can contribute resources." in page.content()
    page.get_by_role("link", name="apply for membership").wait_for()
    assert violations_on(page) == []


def test_the_wait_pages_of_the_limits(every_page, outsider, browser_page, settings):
    """The 429 pages: a limit's (here the password-reset one) and the sign-in lockout's, in
    the site's layout, saying how long to wait, with a way on."""
    settings.COP_PASSWORD_RESET_CLIENT_RATE_LIMIT = (0, 3600)
    url = every_page["base_url"]
    page = browser_page
    page.goto(url + "/accounts/password_reset/")
    page.fill("#id_email", "someone@example.org")
    with page.expect_response(url + "/accounts/password_reset/") as answer:
        page.locator("main").get_by_role("button").click()
    assert answer.value.status == 429
    assert "Please try again in 60 minutes" in page.content()
    assert violations_on(page) == []

    for _ in range(5):
        sign_in(page, url, "outsider", "not-the-password")
    page.wait_for_selector("h1")
    assert "please try again in 15 minutes" in page.content()
    page.get_by_role("link", name="choose a new one").wait_for()
    assert violations_on(page) == []


@pytest.fixture
def phone(chromium):
    """A phone-sized screen: the layout reflows and targets stay large enough to tap."""
    context = chromium.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


def test_pages_on_a_phone_screen(every_page, phone):
    url = every_page["base_url"]
    for path in [
        "/",
        "/resources/?theme=masculinities",
        every_page["entries"]["resource"],
        "/search/?q=masculinities",
        every_page["upcoming"],
        "/membership/apply/",
    ]:
        check(phone, url, path)
        # Nothing wider than the screen: no sideways scrolling (WCAG 1.4.10 reflow).
        assert phone.evaluate("document.documentElement.scrollWidth") <= 360, path
