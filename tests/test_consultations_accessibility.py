"""The consultation pages pass axe's WCAG 2.2 AA rules in a real browser, and feedback works
without JavaScript. Same set-up as tests/test_accessibility.py: the data is created before the
browser opens, and no ORM calls are made while it is open."""

import datetime

import pytest

from tests.browser import sign_in, violations_on

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def consultation_site(live_server):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from consultations.models import (
        ConsultationFeedback,
        ConsultationIndexPage,
        CriterionRating,
        ProposalQuestion,
        QualityCriterion,
        QuestionAnswer,
        TrainingProposalPage,
    )
    from home.factories import make_site_home

    home = make_site_home()
    index = ConsultationIndexPage(title="Consultations", slug="consultations", show_in_menus=True)
    home.add_child(instance=index)
    index.save_revision().publish()
    members = Group.objects.get(name="Members")
    member, other = (
        get_user_model().objects.create_user(
            username, f"{username}@example.org", "a-member-password", first_name=first
        )
        for username, first in (("member", "Mika"), ("other", "Oli"))
    )
    member.groups.add(members)
    other.groups.add(members)
    now = timezone.now()
    pages = {}
    for key, opens, closes in (("open", -1, 10), ("closed", -20, -1), ("upcoming", 3, 9)):
        page = TrainingProposalPage(
            title=f"The {key} proposal",
            summary="A course for trainers.",
            target_audience="Trainers",
            opens_at=now + datetime.timedelta(days=opens),
            closes_at=now + datetime.timedelta(days=closes),
            time_zone="Europe/Paris",
            questions=[ProposalQuestion(text="What is missing?")],
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        pages[key] = page
    closed = pages["closed"]
    feedback = ConsultationFeedback.objects.create(proposal=closed, user=other, show_name=True)
    for criterion in QualityCriterion.objects.all():
        CriterionRating.objects.create(feedback=feedback, criterion=criterion, score=4)
    QuestionAnswer.objects.create(
        feedback=feedback, question=closed.questions.get(), text="A module on evaluation."
    )
    return live_server.url, pages["open"].url, closed.url


def test_consultation_pages_have_no_accessibility_violations(consultation_site, browser_page):
    base_url, open_url, closed_url = consultation_site
    for path in ["/consultations/", open_url, closed_url]:
        browser_page.goto(base_url + path)
        assert violations_on(browser_page) == [], path

    sign_in(browser_page, base_url)
    for path in [open_url, closed_url, "/consultations/propose/", "/account/"]:
        browser_page.goto(base_url + path)
        assert violations_on(browser_page) == [], path

    # The feedback form with its errors, as a member who forgot a rating meets it.
    browser_page.goto(base_url + open_url)
    browser_page.get_by_role("button", name="Send my feedback").click()
    assert "Please correct the following" in browser_page.content()
    assert violations_on(browser_page) == []


def test_member_gives_feedback_without_javascript(consultation_site, browser_without_js):
    base_url, open_url, closed_url = consultation_site
    page = browser_without_js.new_page()
    sign_in(page, base_url)
    page.goto(base_url + open_url)

    for legend in page.locator("fieldset legend").all_inner_texts():
        name = legend.replace("*", "").strip()
        page.get_by_role("group", name=name).get_by_label("4", exact=True).check()
    page.get_by_label("What is missing?").fill("Follow-up after six months.")
    page.get_by_label("Show my name with my feedback").check()
    page.get_by_role("button", name="Send my feedback").click()

    assert "Thank you: your feedback is saved." in page.content()
    assert page.get_by_label("What is missing?").input_value() == "Follow-up after six months."

    page.goto(base_url + closed_url)
    results = page.locator("#results")
    assert "1 member gave feedback." in results.inner_text()
    assert "Oli" in results.inner_text()
    assert "A module on evaluation." in results.inner_text()
