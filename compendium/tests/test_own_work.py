"""Nobody assesses their own submission: a member who is also a reviewer submits a practice;
the criteria assessment is then for the other reviewers only."""

import json

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.models import TaskState

from compendium.models import Assessment, CriterionScore
from contributions.roles import MEMBERS, REVIEWERS

from .conftest import assessment_data, workflow_url
from .helpers import submit_practice

pytestmark = pytest.mark.django_db


@pytest.fixture
def member_reviewer(django_user_model):
    user = django_user_model.objects.create_user(
        "memberreviewer", "memberreviewer@example.org", "password", first_name="Both"
    )
    user.groups.add(Group.objects.get(name=MEMBERS), Group.objects.get(name=REVIEWERS))
    return user


@pytest.fixture
def own_submission(client, compendium, member_reviewer, criteria, basics, description, evidence):
    client.force_login(member_reviewer)
    page = submit_practice(client, basics, description, evidence)
    assert page.owner == member_reviewer
    assert page.current_workflow_state.requested_by == member_reviewer
    return page


def current_task_name(page):
    page.refresh_from_db()
    return page.current_workflow_state.current_task_state.task.name


def refused(response):
    """Wagtail's admin answers a permission error with a redirect to the dashboard (or 403)."""
    if response.status_code == 302:
        return response["Location"] == reverse("wagtailadmin_home")
    return response.status_code == 403


def assert_nothing_recorded(page):
    assert not Assessment.objects.exists()
    assert not CriterionScore.objects.exists()
    assert current_task_name(page) == "Criteria assessment"
    assert page.current_workflow_state.current_task_state.status == TaskState.STATUS_IN_PROGRESS


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_the_submitter_cannot_assess_their_own_practice(
    client, own_submission, member_reviewer, criteria, action
):
    client.force_login(member_reviewer)
    # The assessment modal does not open...
    assert refused(client.get(workflow_url(own_submission, action)))
    # ...and its POST, with or without JavaScript, is refused.
    data = assessment_data(criteria, score=3)
    assert refused(client.post(workflow_url(own_submission, action), data))
    response = client.post(
        workflow_url(own_submission, action), data, headers={"x-requested-with": "XMLHttpRequest"}
    )
    assert refused(response)
    collect = reverse(
        "wagtailadmin_pages:collect_workflow_action_data",
        args=[
            own_submission.pk,
            action,
            own_submission.current_workflow_state.current_task_state.pk,
        ],
    )
    assert refused(client.post(collect, data))
    assert_nothing_recorded(own_submission)


def test_the_submitter_cannot_open_or_act_in_the_page_editor(
    client, own_submission, member_reviewer, criteria
):
    client.force_login(member_reviewer)
    edit_url = reverse("wagtailadmin_pages:edit", args=[own_submission.pk])
    assert refused(client.get(edit_url))
    response = client.post(
        edit_url,
        {
            "title": own_submission.title,
            "slug": own_submission.slug,
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": json.dumps(assessment_data(criteria)),
        },
    )
    assert refused(response)
    assert_nothing_recorded(own_submission)


def test_the_task_offers_the_submitter_nothing(own_submission, member_reviewer, criteria):
    task = own_submission.current_workflow_task
    task_state = own_submission.current_workflow_task_state
    assert task.get_actions(own_submission, member_reviewer) == []
    assert not task.user_can_access_editor(own_submission, member_reviewer)
    assert task.locked_for_user(own_submission, member_reviewer)
    assert not TaskState.objects.reviewable_by(member_reviewer).filter(pk=task_state.pk).exists()
    with pytest.raises(PermissionDenied):
        task.on_action(task_state, member_reviewer, "approve", **assessment_data(criteria))
    assert_nothing_recorded(own_submission)


def test_whoever_submitted_it_to_the_workflow_cannot_assess_it(
    client, own_submission, reviewer, criteria
):
    """The rule holds for the submitter as well as for the owner."""
    state = own_submission.current_workflow_state
    state.requested_by = reviewer
    state.save(update_fields=["requested_by"])
    client.force_login(reviewer)
    assert refused(client.post(workflow_url(own_submission, "approve"), assessment_data(criteria)))
    assert_nothing_recorded(own_submission)


def test_another_reviewer_assesses_it(client, own_submission, reviewer, criteria):
    task_state = own_submission.current_workflow_task_state
    assert TaskState.objects.reviewable_by(reviewer).filter(pk=task_state.pk).exists()
    client.force_login(reviewer)
    assert client.get(workflow_url(own_submission, "approve")).status_code == 200
    response = client.post(workflow_url(own_submission, "approve"), assessment_data(criteria))
    assert response.status_code == 302
    assessment = Assessment.objects.get(page=own_submission)
    assert assessment.reviewer == reviewer
    assert current_task_name(own_submission) == "Editorial approval by Moderators"


def test_a_finished_task_state_is_not_decided_again(client, own_submission, reviewer, criteria):
    """Wagtail's action view takes the task state from the address: an approved one, named
    while the practice is on a later task, is not decided again (the reviewer is sent where
    they are told so, tests/test_races.py)."""
    assessed = own_submission.current_workflow_task_state
    client.force_login(reviewer)
    client.post(workflow_url(own_submission, "approve"), assessment_data(criteria))
    assessed.refresh_from_db()
    assert assessed.status == TaskState.STATUS_APPROVED
    told = assessed.task.specific.on_action(
        assessed, reviewer, "reject", **assessment_data(criteria, score=0)
    )
    assert told == reverse("compendium_already_decided")
    assessed.refresh_from_db()
    assert assessed.status == TaskState.STATUS_APPROVED
    assert Assessment.objects.count() == 1


# Editorial approval (Wagtail's GroupApprovalTask, guarded where its decision is saved)


@pytest.fixture
def member_moderator(django_user_model):
    from contributions.roles import MODERATORS

    user = django_user_model.objects.create_user(
        "membermoderator", "membermoderator@example.org", "password", first_name="Mod"
    )
    user.groups.add(Group.objects.get(name=MEMBERS), Group.objects.get(name=MODERATORS))
    return user


@pytest.fixture
def own_practice_in_editorial_approval(
    client, compendium, member_moderator, reviewer, criteria, basics, description, evidence
):
    client.force_login(member_moderator)
    page = submit_practice(client, basics, description, evidence)
    client.force_login(reviewer)
    client.post(workflow_url(page, "approve"), assessment_data(criteria))
    assert current_task_name(page) == "Editorial approval by Moderators"
    return page


def test_a_moderator_does_not_approve_their_own_practice(
    client, own_practice_in_editorial_approval, member_moderator
):
    page = own_practice_in_editorial_approval
    client.force_login(member_moderator)
    for action in ("approve", "reject"):
        response = client.post(workflow_url(page, action), {"comment": "Mine."})
        assert refused(response)
        page.refresh_from_db()
        assert not page.live
        assert current_task_name(page) == "Editorial approval by Moderators"
        state = page.current_workflow_state.current_task_state
        assert state.status == TaskState.STATUS_IN_PROGRESS
        assert state.finished_by is None


def test_another_moderator_approves_it(
    client, own_practice_in_editorial_approval, member_moderator, moderator
):
    page = own_practice_in_editorial_approval
    client.force_login(moderator)
    assert client.post(workflow_url(page, "approve"), {"comment": ""}).status_code == 302
    page.refresh_from_db()
    assert page.live
