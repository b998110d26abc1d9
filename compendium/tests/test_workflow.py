"""The "Good practice review" workflow: criteria assessment by reviewers, editorial approval by
moderators, requests for changes at either step, emails, and who may do what."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState

from compendium.models import Assessment, CriterionScore, GoodPracticePage

from .conftest import assessment_data, workflow_url
from .helpers import step_url, submit_practice

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(client, compendium, member, criteria, basics, description, evidence):
    client.force_login(member)
    page = submit_practice(client, basics, description, evidence)
    mail.outbox.clear()
    return page


def assess(client, page, action, criteria, **kwargs):
    return client.post(workflow_url(page, action), assessment_data(criteria, **kwargs))


def current_task_name(page):
    page.refresh_from_db()
    return page.current_workflow_state.current_task_state.task.name


def test_assessment_form_opens_for_reviewers_with_every_criterion(
    client, submitted, reviewer, criteria
):
    client.force_login(reviewer)
    response = client.get(workflow_url(submitted, "approve"))
    assert response.status_code == 200
    html = response.json()["html"]
    for criterion in criteria:
        assert f'name="score_{criterion.pk}"' in html
        assert f'name="comment_{criterion.pk}"' in html
        assert f'name="publish_{criterion.pk}"' in html
    assert 'name="recommendation"' in html
    # Reviewers can open the practice in the admin while it is on their task.
    assert client.get(reverse("wagtailadmin_pages:edit", args=[submitted.pk])).status_code == 200


def test_approve_then_approve_publishes_with_the_assessment(
    client, submitted, member, reviewer, moderator, criteria
):
    client.force_login(reviewer)
    response = assess(client, submitted, "approve", criteria, score=3)
    assert response.status_code == 302
    assert current_task_name(submitted) == "Editorial approval by Moderators"
    assessment = Assessment.objects.get(page=submitted)
    assert assessment.reviewer == reviewer
    assert [score.score for score in assessment.scores.all()] == [3, 3, 3]
    # Moderators are told; the member is not yet.
    assert [message.to for message in mail.outbox] == [[moderator.email]]
    mail.outbox.clear()
    client.force_login(member)
    assert b"In editorial approval" in client.get("/account/").content

    # Moderators see the scores before approving.
    client.force_login(moderator)
    inspect = client.get(reverse("compendium_assessments:inspect", args=[assessment.pk]))
    assert inspect.status_code == 200
    assert b"Relevance: 3/3" in inspect.content
    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=[submitted.pk]))
    assert b"Clear evidence on relevance." in editor_page.content
    response = client.post(workflow_url(submitted, "approve"), {"comment": "Welcome."})
    assert response.status_code == 302

    submitted.refresh_from_db()
    assert submitted.live
    assert [message.to for message in mail.outbox] == [[member.email]]
    assert "is published" in mail.outbox[0].subject
    assert submitted.url in mail.outbox[0].body
    client.logout()
    page = client.get(submitted.url)
    assert page.status_code == 200
    assert b"Criteria assessment" in page.content
    assert b"3.0 out of 3 on average" in page.content
    assert b"Clear evidence on sustainability." in page.content


def test_unpublished_comments_stay_private(client, submitted, reviewer, moderator, criteria):
    client.force_login(reviewer)
    data = assessment_data(criteria, publish=False)
    data[f"publish_{criteria[0].pk}"] = "on"
    client.post(workflow_url(submitted, "approve"), data)
    client.force_login(moderator)
    client.post(workflow_url(submitted, "approve"), {"comment": ""})
    client.logout()
    submitted.refresh_from_db()

    content = client.get(submitted.url).content
    assert b"Clear evidence on relevance." in content
    assert b"Clear evidence on sustainability." not in content


def test_changes_requested_at_assessment_then_resubmitted(
    client, submitted, member, reviewer, moderator, criteria, basics
):
    client.force_login(reviewer)
    response = assess(
        client,
        submitted,
        "reject",
        criteria,
        score=1,
        recommendation="include_with_changes",
        comment="Please give the evaluation's figures.",
    )
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert [message.to for message in mail.outbox] == [[member.email]]
    email = mail.outbox[0]
    assert "Changes requested" in email.subject
    assert "Please give the evaluation's figures." in email.body
    assert "Clear evidence on relevance." in email.body
    assert step_url(submitted, "basics") in email.body

    client.force_login(member)
    account = client.get("/account/")
    assert b"Changes requested" in account.content
    assert b"Please give the evaluation" in account.content
    form_page = client.get(step_url(submitted, "evidence"))
    assert form_page.status_code == 200
    assert b"Please give the evaluation" in form_page.content
    client.post(
        step_url(submitted, "evidence"),
        {**form_page.context["form"].initial, "results": "Care time rose from 2 to 4 hours."},
    )
    mail.outbox.clear()
    response = client.post(step_url(submitted, "review"), {"confirm": "on"})
    assert response.status_code == 302
    assert current_task_name(submitted) == "Criteria assessment"
    assert submitted.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert [message.to for message in mail.outbox] == [[reviewer.email]]
    assert GoodPracticePage.objects.filter(owner=member).count() == 1

    client.force_login(reviewer)
    assess(client, submitted, "approve", criteria, score=2)
    client.force_login(moderator)
    client.post(workflow_url(submitted, "approve"), {"comment": ""})
    submitted.refresh_from_db()
    assert submitted.live
    assert submitted.results == "Care time rose from 2 to 4 hours."
    # The published summary is the approving assessment, not the earlier one.
    assert Assessment.objects.filter(page=submitted).count() == 2
    assert b"2.0 out of 3 on average" in client.get(submitted.url).content


def test_changes_requested_at_editorial_approval_then_resubmitted(
    client, submitted, member, reviewer, moderator, criteria
):
    client.force_login(reviewer)
    assess(client, submitted, "approve", criteria)
    client.force_login(moderator)
    mail.outbox.clear()
    client.post(workflow_url(submitted, "reject"), {"comment": "Shorten the summary."})

    submitted.refresh_from_db()
    assert submitted.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert [message.to for message in mail.outbox] == [[member.email]]
    assert "Shorten the summary." in mail.outbox[0].body
    assert "Editorial approval" in mail.outbox[0].body

    client.force_login(member)
    form_page = client.get(step_url(submitted, "basics"))
    initial = form_page.context["form"].initial
    data = {
        key: [term.pk for term in value] if isinstance(value, list) else (value or "")
        for key, value in initial.items()
    }
    client.post(step_url(submitted, "basics"), {**data, "summary": "Peer-led men's groups."})
    response = client.post(step_url(submitted, "review"), {"confirm": "on"})
    assert response.status_code == 302
    # Resubmission resumes at the step that asked for changes.
    assert current_task_name(submitted) == "Editorial approval by Moderators"

    client.force_login(moderator)
    client.post(workflow_url(submitted, "approve"), {"comment": ""})
    submitted.refresh_from_db()
    assert submitted.live
    assert submitted.summary == "Peer-led men's groups."


@pytest.mark.parametrize("role", ["member", "other_member", "editor", "moderator"])
def test_only_reviewers_can_assess(client, submitted, request, criteria, role):
    client.force_login(request.getfixturevalue(role))
    response = assess(client, submitted, "approve", criteria)
    assert response.status_code in (302, 403)
    assert current_task_name(submitted) == "Criteria assessment"
    assert not Assessment.objects.exists()


@pytest.mark.parametrize("role", ["reviewer", "member", "editor"])
def test_only_moderators_give_editorial_approval(
    client, submitted, reviewer, request, criteria, role
):
    client.force_login(reviewer)
    assess(client, submitted, "approve", criteria)

    client.force_login(request.getfixturevalue(role))
    response = client.post(workflow_url(submitted, "approve"), {"comment": ""})
    assert response.status_code in (302, 403)
    submitted.refresh_from_db()
    assert not submitted.live
    assert current_task_name(submitted) == "Editorial approval by Moderators"


def test_member_cannot_open_the_admin_editor(client, submitted, member):
    client.force_login(member)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[submitted.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def _missing_one(criteria):
    data = assessment_data(criteria)
    del data[f"score_{criteria[1].pk}"]
    return data, f"Score “{criteria[1].name}” from 0 to 3."


def _out_of_range(criteria):
    data = assessment_data(criteria)
    data[f"score_{criteria[0].pk}"] = "4"
    return data, "Scores go from 0 to 3."


def _negative(criteria):
    data = assessment_data(criteria)
    data[f"score_{criteria[0].pk}"] = "-1"
    return data, "Scores go from 0 to 3."


def _no_comment(criteria):
    data = assessment_data(criteria)
    data[f"comment_{criteria[2].pk}"] = ""
    return data, f"Comment on “{criteria[2].name}”."


def _html_comment(criteria):
    data = assessment_data(criteria)
    data[f"comment_{criteria[0].pk}"] = "<b>Good</b>"
    return data, "HTML tags"


def _no_recommendation(criteria):
    data = assessment_data(criteria)
    del data["recommendation"]
    return data, "This field is required."


@pytest.mark.parametrize(
    "bad", [_missing_one, _out_of_range, _negative, _no_comment, _html_comment, _no_recommendation]
)
def test_incomplete_or_invalid_assessment_is_refused_and_saves_nothing(
    client, submitted, reviewer, criteria, bad
):
    data, message = bad(criteria)
    client.force_login(reviewer)

    response = client.post(
        workflow_url(submitted, "approve"), data, headers={"x-requested-with": "XMLHttpRequest"}
    )

    assert response.status_code == 200
    html = response.json()["html"]
    assert message in html.replace("&quot;", '"').replace("&#x27;", "'")
    assert not Assessment.objects.exists()
    assert not CriterionScore.objects.exists()
    assert current_task_name(submitted) == "Criteria assessment"

    # Without JavaScript the same post changes nothing either.
    client.post(workflow_url(submitted, "approve"), data)
    assert not Assessment.objects.exists()
    assert current_task_name(submitted) == "Criteria assessment"


def test_assessment_through_the_page_editor_is_checked_again(
    client, submitted, reviewer, criteria
):
    """The editor passes the modal's data as JSON; tampered data is refused."""
    import json

    client.force_login(reviewer)
    data = assessment_data(criteria)
    data[f"score_{criteria[0].pk}"] = "7"
    with pytest.raises(Exception, match="Scores go from 0 to 3"):
        submitted.current_workflow_task.on_action(
            submitted.current_workflow_task_state, reviewer, "approve", **data
        )
    assert not Assessment.objects.exists()
    assert json.dumps(data)  # plain data, as the editor sends it


def test_assessment_passed_on_by_the_page_editor_is_recorded(
    client, submitted, reviewer, criteria
):
    """The page editor collects the modal's cleaned data and passes it to on_action."""
    from compendium.forms import AssessmentForm

    form = AssessmentForm(assessment_data(criteria, score=1, publish=False))
    assert form.is_valid(), form.errors
    submitted.current_workflow_task.on_action(
        submitted.current_workflow_task_state, reviewer, "reject", **form.cleaned_data
    )
    assessment = Assessment.objects.get()
    assert assessment.action == "reject"
    assert {score.score for score in assessment.scores.all()} == {1}
    assert not any(score.publish_comment for score in assessment.scores.all())
    submitted.refresh_from_db()
    assert submitted.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_moderators_list_assessments_and_reviewers_do_not(
    client, submitted, reviewer, moderator, criteria
):
    client.force_login(reviewer)
    assess(client, submitted, "approve", criteria)
    listing_url = reverse("compendium_assessments:index")
    assert client.get(listing_url).status_code in (302, 403)
    client.force_login(moderator)
    response = client.get(listing_url)
    assert response.status_code == 200
    assert submitted.title.encode() in response.content


def test_who_sees_a_submitted_draft(
    client, submitted, member, other_member, reviewer, moderator, criteria
):
    edit_url = reverse("wagtailadmin_pages:edit", args=[submitted.pk])
    client.logout()
    assert client.get(f"/compendium/{submitted.slug}/").status_code == 404
    client.force_login(other_member)
    assert client.get(f"/compendium/{submitted.slug}/").status_code == 404
    assert client.get(step_url(submitted, "review")).status_code == 404
    client.force_login(moderator)
    assert client.get(edit_url).status_code == 200
    client.force_login(reviewer)
    assert client.get(edit_url).status_code == 200  # while on the assessment task
    assess(client, submitted, "approve", criteria)
    # Past their task, reviewers no longer open the draft.
    assert client.get(edit_url).status_code in (302, 403)


def test_on_action_refuses_users_outside_the_reviewers(client, submitted, moderator, criteria):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        submitted.current_workflow_task.on_action(
            submitted.current_workflow_task_state,
            moderator,
            "approve",
            **assessment_data(criteria),
        )
    assert not Assessment.objects.exists()


@pytest.mark.parametrize("role, publishes", [("editor", False), ("moderator", True)])
def test_only_moderators_may_publish_a_practice_outside_the_workflow(
    client, submitted, request, role, publishes
):
    """Editors publish pages across the site, but not a practice: that would skip the
    criteria assessment."""
    user = request.getfixturevalue(role)
    assert submitted.permissions_for_user(user).can_publish() is publishes
    client.force_login(user)
    bulk_publish = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    client.post(f"{bulk_publish}?id={submitted.pk}", {})
    submitted.refresh_from_db()
    assert submitted.live is publishes
