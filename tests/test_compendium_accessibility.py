"""The compendium's pages pass axe's WCAG 2.2 AA rules in a real browser, and the
submission works without JavaScript. Same set-up and gotchas as test_accessibility.py: the
data is created before the browser opens, and no ORM calls are made while it is open."""

import pytest

from .browser import sign_in, violations_on

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def compendium_site(live_server):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from compendium.factories import (
        CompendiumIndexPageFactory,
        CriterionFactory,
        GoodPracticePageFactory,
    )
    from compendium.models import Assessment, CriterionScore, GoodPracticePage
    from home.factories import make_site_home
    from taxonomy.factories import RegionFactory, ThemeFactory, TrainingContextFactory

    home = make_site_home()
    compendium = CompendiumIndexPageFactory(parent=home, show_in_menus=True)
    criteria = [CriterionFactory(name=name) for name in ("Relevance", "Sustainability")]
    theme = ThemeFactory(slug="masculinities", name="Masculinities")
    context = TrainingContextFactory(slug="fragile-states", name="Fragile state contexts")
    region = RegionFactory(slug="africa", name="Africa")
    practices = [
        GoodPracticePageFactory(
            parent=compendium, themes=[theme], contexts=[context], regions=[region]
        )
        for _ in range(3)
    ]
    assessment = Assessment.objects.create(
        page=practices[0], action="approve", recommendation="include"
    )
    for criterion in criteria:
        CriterionScore.objects.create(
            assessment=assessment,
            criterion=criterion,
            score=2,
            comment="Well documented.",
            publish_comment=True,
        )
    member = get_user_model().objects.create_user(
        "member", "member@example.org", "a-member-password", first_name="Mika"
    )
    member.groups.add(Group.objects.get(name="Members"))
    draft = GoodPracticePage(title="My draft practice", slug="my-draft", owner=member, live=False)
    compendium.add_child(instance=draft)
    draft.save_revision(user=member)
    return live_server.url, practices[0].url, draft.pk


def test_compendium_pages_have_no_accessibility_violations(compendium_site, browser_page):
    base_url, practice_url, _ = compendium_site
    for path in [
        "/compendium/",
        "/compendium/?theme=masculinities&context=fragile-states",
        practice_url,
        "/compendium/criteria/",
        "/compendium/print/",
    ]:
        browser_page.goto(base_url + path)
        assert violations_on(browser_page) == [], path


def test_submission_steps_have_no_accessibility_violations(compendium_site, browser_page):
    base_url, _, draft_id = compendium_site
    sign_in(browser_page, base_url)
    browser_page.goto(base_url + "/compendium/submit/")
    assert violations_on(browser_page) == []
    for step in ("basics", "description", "evidence", "review"):
        browser_page.goto(f"{base_url}/compendium/submit/{draft_id}/{step}/")
        assert violations_on(browser_page) == [], step
    # The review step with every error shown.
    browser_page.get_by_role("button", name="Submit for review").click()
    assert "Please correct the following" in browser_page.content()
    assert violations_on(browser_page) == []
    # The first step with an error.
    browser_page.goto(base_url + "/compendium/submit/")
    browser_page.get_by_role("button", name="Save and continue").click()
    assert "Please correct the following" in browser_page.content()
    assert violations_on(browser_page) == []
    browser_page.goto(base_url + "/compendium/criteria/propose/")
    assert violations_on(browser_page) == []
    browser_page.goto(base_url + "/account/")
    assert violations_on(browser_page) == []


def test_member_saves_and_resumes_a_practice_without_javascript(
    compendium_site, browser_without_js
):
    base_url, *_ = compendium_site
    page = browser_without_js.new_page()
    sign_in(page, base_url)
    page.goto(base_url + "/compendium/submit/")

    page.get_by_label("Name of the practice").fill("Radio drama on girls' schooling")
    page.get_by_label("Masculinities").check()
    page.get_by_role("button", name="Save and finish later").click()

    assert page.url == base_url + "/account/"
    row = page.get_by_role("row", name="Radio drama on girls' schooling")
    assert "Draft, not submitted" in row.inner_text()
    row.get_by_role("link").click()
    assert page.get_by_label("Name of the practice").input_value() == (
        "Radio drama on girls' schooling"
    )
    page.get_by_role("button", name="Save and continue").click()
    assert "/description/" in page.url
    assert page.get_by_role("heading", level=2).first.inner_text().startswith("Step 2 of 4")
