"""Journeys through the site in a real browser (Debian's Chromium), against the site served by
a real server on loopback: a visitor filters the library and shares the address (with
JavaScript and without); a member's contribution is approved by an editor in the admin and
found on /search/; a member registers for a dialogue and sees its joining link, another
member does not.

The applicant's journey (apply, approval in the admin, set-password email, sign-in) is in
test_accessibility.py and the good practice's in test_compendium_journey.py. Data and users
are created before the browser opens; no ORM calls while it is open.
"""

import datetime
import re

import pytest

from .browser import choose_workflow_action, new_page, sign_in, sign_in_to_admin, violations_on

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "a-member-password"
JOINING_LINK = "https://meet.example.org/cop-room"


def user_in(group, username):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", PASSWORD, first_name=username.capitalize()
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def journey_site(live_server):
    """A library of five entries over two themes and two contexts:

    masculinities: fragile, fragile, policy     evaluation: fragile, policy
    """
    from django.utils import timezone

    from community.models import DialogueEventPage, DialogueIndexPage
    from home.factories import make_site_home
    from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
    from taxonomy.factories import ResourceTypeFactory, ThemeFactory, TrainingContextFactory

    home = make_site_home()
    library = ResourceIndexPageFactory(parent=home, show_in_menus=True)
    masculinities = ThemeFactory(slug="masculinities", name="Masculinities")
    evaluation = ThemeFactory(slug="evaluation", name="Evaluation")
    fragile = TrainingContextFactory(slug="fragile-states", name="Fragile state contexts")
    policy = TrainingContextFactory(slug="public-policy", name="Public policy")
    ResourceTypeFactory(slug="toolkit", name="Toolkit")
    for number, (theme, context) in enumerate(
        [
            (masculinities, fragile),
            (masculinities, fragile),
            (masculinities, policy),
            (evaluation, fragile),
            (evaluation, policy),
        ]
    ):
        ResourcePageFactory(
            parent=library,
            title=f"{theme.name} in {context.name.lower()} {number}",
            themes=[theme],
            contexts=[context],
        )

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
        joining_link=JOINING_LINK,
    )
    dialogues.add_child(instance=dialogue)
    for page in (dialogues, dialogue):
        page.save_revision().publish()

    user_in("Members", "member")
    user_in("Members", "othermember")
    user_in("Editors", "editor")
    return live_server.url, dialogue.url


def results_heading(page):
    return page.locator("#results-heading").inner_text()


def hit_titles(page):
    return page.locator(".entry__title").all_inner_texts()


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_visitor_filters_the_library_and_the_address_brings_the_same_results_back(
    journey_site, chromium, javascript
):
    base_url, _ = journey_site
    page = chromium.new_context(java_script_enabled=javascript).new_page()
    page.goto(base_url + "/resources/")
    assert results_heading(page) == "5 entries"
    assert page.get_by_label("Fragile state contexts (3)").is_visible()

    page.get_by_label("Masculinities (3)").check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"theme=masculinities"))
    assert results_heading(page) == "3 entries"
    # Counts follow the selection: contexts now count masculinities entries only, while the
    # themes keep counting as if no theme were chosen (any of them may be added).
    assert page.get_by_label("Fragile state contexts (2)").is_visible()
    assert page.get_by_label("Public policy (1)").is_visible()
    assert page.get_by_label("Evaluation (2)").is_visible()

    page.get_by_label("Fragile state contexts (2)").check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"context=fragile-states"))
    assert results_heading(page) == "2 entries"
    assert page.get_by_label("Evaluation (1)").is_visible()
    titles = sorted(hit_titles(page))
    assert titles == [
        "Masculinities in fragile state contexts 0",
        "Masculinities in fragile state contexts 1",
    ]
    shared = page.url

    # Someone else opens the copied address: same filters, same counts, same results.
    other = chromium.new_context(java_script_enabled=javascript).new_page()
    other.goto(shared)
    assert results_heading(other) == "2 entries"
    assert sorted(hit_titles(other)) == titles
    assert other.get_by_label("Masculinities (2)").is_checked()
    assert other.get_by_label("Fragile state contexts (2)").is_checked()
    assert not other.get_by_label("Evaluation (1)").is_checked()
    other.context.close()
    page.context.close()


def test_a_contribution_approved_in_the_admin_is_found_on_search_and_counted(
    journey_site, browser_page
):
    base_url, _ = journey_site
    browser = browser_page.context.browser
    title = "Gender budgeting role plays"

    visitor = new_page(browser)
    visitor.goto(base_url + "/search/")
    assert visitor.get_by_label("Masculinities (3)").is_visible()

    member = browser_page
    sign_in(member, base_url)
    member.wait_for_url(base_url + "/account/")
    member.goto(base_url + "/resources/contribute/")
    member.get_by_label("Title").fill(title)
    member.get_by_label("Summary").fill("Role plays for budget officers.")
    member.get_by_label("Kind of resource").select_option(label="Toolkit")
    member.get_by_label("Link").fill("https://example.org/role-plays")
    member.get_by_label("Masculinities").check()
    member.get_by_role("button", name="Send for review").click()
    member.wait_for_url(base_url + "/account/")
    assert "In editorial review" in member.get_by_role("row", name=title).inner_text()

    # Not public while in review.
    visitor.goto(base_url + "/search/?q=budgeting")
    assert title not in visitor.content()

    editor = new_page(browser)
    sign_in_to_admin(editor, base_url, "editor", PASSWORD)
    editor.get_by_role("link", name=title).first.click()
    editor.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    choose_workflow_action(editor, "Approve and Publish")
    editor.wait_for_url(lambda url: "/edit/" not in url)
    editor.get_by_text(f"Page '{title}' has been updated.").wait_for()
    editor.context.close()

    visitor.goto(base_url + "/search/?q=budgeting")
    visitor.get_by_role("link", name=title).wait_for()
    visitor.goto(base_url + "/search/")
    assert visitor.get_by_label("Masculinities (4)").is_visible()
    visitor.get_by_label("Masculinities (4)").check()
    visitor.get_by_role("button", name="Apply filters").click()
    visitor.get_by_role("link", name=title).click()
    visitor.get_by_role("heading", level=1, name=title).wait_for()
    visitor.context.close()

    member.goto(base_url + "/account/")
    assert "Published" in member.get_by_role("row", name=title).inner_text()


def test_a_registered_member_sees_the_joining_link_and_another_member_does_not(
    journey_site, browser_page
):
    base_url, dialogue_url = journey_site
    member = browser_page
    sign_in(member, base_url)
    member.wait_for_url(base_url + "/account/")
    member.goto(base_url + dialogue_url)
    assert JOINING_LINK not in member.content()
    member.get_by_role("button", name="Register").click()
    member.get_by_role("link", name=JOINING_LINK).wait_for()
    assert violations_on(member) == []

    other = new_page(member.context.browser)
    sign_in(other, base_url, "othermember")
    other.wait_for_url(base_url + "/account/")
    other.goto(base_url + dialogue_url)
    other.get_by_role("button", name="Register").wait_for()
    assert JOINING_LINK not in other.content()
    other.context.close()

    visitor = new_page(member.context.browser)
    visitor.goto(base_url + dialogue_url)
    assert JOINING_LINK not in visitor.content()
    visitor.context.close()

    # The registered member still sees it on a later visit.
    member.goto(base_url + dialogue_url)
    member.get_by_role("link", name=JOINING_LINK).wait_for()
