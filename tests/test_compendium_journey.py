"""A good practice's whole journey in a real browser: a member submits it over several steps
(saving and resuming), a reviewer scores it in the Wagtail admin with the "Criteria
assessment" task's approve action (its modal form), a moderator gives the editorial approval,
and the practice is listed in the compendium with its assessment.

Same set-up and gotchas as test_accessibility.py: the data and the users are created before
the browser opens, and no ORM calls are made while it is open.
"""

import re

import pytest

from .browser import choose_workflow_action, new_page, sign_in, sign_in_to_admin

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "Peer facilitators for men and boys in Kasai"
PASSWORD = "a-long-test-passphrase"


@pytest.fixture
def journey_site(live_server):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from compendium.factories import CompendiumIndexPageFactory, CriterionFactory
    from home.factories import make_site_home
    from taxonomy.factories import ThemeFactory

    home = make_site_home()
    CompendiumIndexPageFactory(parent=home, show_in_menus=True)
    criteria = [
        CriterionFactory(name="Relevance", slug="relevance"),
        CriterionFactory(name="Sustainability", slug="sustainability"),
    ]
    ThemeFactory(slug="masculinities", name="Masculinities")
    for username, group in [
        ("member", "Members"),
        ("reviewer", "Reviewers"),
        ("moderator", "Moderators"),
    ]:
        user = get_user_model().objects.create_user(
            username, f"{username}@example.org", PASSWORD, first_name=username.capitalize()
        )
        user.groups.add(Group.objects.get(name=group))
    return live_server.url, [(criterion.pk, criterion.name) for criterion in criteria]


def submit_over_several_steps(page, base_url):
    """The member saves a first draft, finishes later from the account page, submits;
    returns the practice's page id, read from the step addresses."""
    sign_in(page, base_url, "member", PASSWORD)
    page.wait_for_url(base_url + "/account/")

    page.goto(base_url + "/compendium/submit/")
    page.fill("#id_title", TITLE)
    page.fill("#id_summary", "Trained facilitators ran men's discussion groups on care work.")
    page.fill("#id_country", "Democratic Republic of the Congo")
    page.fill("#id_year", "2022")
    page.get_by_label("Masculinities").check()
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url(re.compile(r"/compendium/submit/\d+/description/$"))
    page_id = int(re.search(r"/submit/(\d+)/", page.url).group(1))

    page.fill("#id_background", "Conflict had disrupted community structures.")
    page.fill("#id_objectives", "Shift norms around care work.")
    page.get_by_role("button", name="Save and finish later").click()
    page.wait_for_url(base_url + "/account/")
    row = page.get_by_role("row", name=TITLE)
    assert "Draft, not submitted" in row.inner_text()

    row.get_by_role("link", name=re.compile("Resume")).click()
    page.wait_for_url(re.compile(rf"/compendium/submit/{page_id}/basics/$"))
    assert page.locator("#id_title").input_value() == TITLE
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url(re.compile(rf"/compendium/submit/{page_id}/description/$"))
    assert page.locator("#id_background").input_value() == (
        "Conflict had disrupted community structures."
    )
    page.fill("#id_target_group", "Men aged 18 to 45.")
    page.fill("#id_approach", "Twelve weekly sessions led by trained peers.")
    page.fill("#id_contact", "learning@kasai.example.org")
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url(re.compile(rf"/compendium/submit/{page_id}/evidence/$"))

    page.fill("#id_results", "Participants doubled time spent on care work.")
    page.fill("#id_lessons_learned", "Peers from the same village were trusted more.")
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url(re.compile(rf"/compendium/submit/{page_id}/review/$"))
    assert "Still missing" not in page.content()
    page.check("#id_confirm")
    page.get_by_role("button", name="Submit for review").click()
    page.wait_for_url(base_url + "/account/")
    assert "In criteria assessment" in page.get_by_role("row", name=TITLE).inner_text()
    return page_id


def test_member_submits_reviewer_assesses_moderator_publishes(journey_site, browser_page):
    base_url, criteria = journey_site
    browser = browser_page.context.browser

    page_id = submit_over_several_steps(browser_page, base_url)
    edit_url = f"{base_url}/admin/pages/{page_id}/edit/"

    # The reviewer scores every criterion in the modal of the task's approve action.
    reviewer = new_page(browser)
    sign_in_to_admin(reviewer, base_url, "reviewer", PASSWORD)
    reviewer.goto(edit_url)
    choose_workflow_action(reviewer, "Approve (with assessment)")
    dialog = reviewer.get_by_role("dialog")
    dialog.get_by_role("heading", name="Approve (with assessment)").wait_for()
    for (pk, name), score in zip(criteria, (3, 2), strict=True):
        dialog.locator(f"input[name=score_{pk}][value='{score}']").check()
        dialog.locator(f"textarea[name=comment_{pk}]").fill(f"Clear evidence on {name.lower()}.")
        dialog.locator(f"input[name=publish_{pk}]").check()
    dialog.locator("input[name=recommendation][value=include]").check()
    dialog.locator("textarea[name=comment]").fill("A convincing practice.")
    dialog.get_by_role("button", name="Approve (with assessment)").click()
    reviewer.wait_for_url(lambda url: "/edit/" not in url)
    reviewer.get_by_text(f"Page '{TITLE}' has been updated.").wait_for()
    assert reviewer.url == base_url + "/admin/"
    assert "do not have permission" not in reviewer.content()
    reviewer.context.close()

    # The moderator sees the scores in the editor and approves: the page is published.
    moderator = new_page(browser)
    sign_in_to_admin(moderator, base_url, "moderator", PASSWORD)
    moderator.goto(edit_url)
    assert "Clear evidence on relevance." in moderator.content()
    choose_workflow_action(moderator, "Approve and Publish")
    moderator.wait_for_url(lambda url: "/edit/" not in url)
    moderator.get_by_text(f"Page '{TITLE}' has been updated.").wait_for()
    moderator.context.close()

    # Anyone finds it in the compendium, with the assessment.
    visitor = new_page(browser)
    visitor.goto(base_url + "/compendium/")
    visitor.get_by_role("link", name=TITLE).click()
    visitor.get_by_role("heading", level=1, name=TITLE).wait_for()
    assessment = visitor.locator("section.assessment")
    assert "Overall: 2.5 out of 3 on average (5 of 6 points)." in assessment.inner_text()
    for (_pk, name), score in zip(criteria, (3, 2), strict=True):
        row = assessment.get_by_role("row", name=re.compile(name))
        assert row.get_by_role("cell").first.inner_text().startswith(str(score))
        assert f"Clear evidence on {name.lower()}." in row.inner_text()
    visitor.context.close()

    # The member's account shows it published.
    browser_page.goto(base_url + "/account/")
    assert "Published" in browser_page.get_by_role("row", name=TITLE).inner_text()
