"""Nobody approves their own work, in any workflow: a member who is also an editor contributes
a resource or proposes a training; the "Editorial review" is then for the other editors only,
through the admin's workflow action and through the page editor alike. A host set up before
keeps Wagtail's GroupApprovalTask, whose decisions are refused where they are saved."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupApprovalTask, Revision, TaskState, Workflow, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from consultations.models import ConsultationIndexPage, TrainingProposalPage
from contributions.drafts import EDITORIAL_TASK, EDITORIAL_WORKFLOW
from contributions.models import GroupReviewTask
from contributions.roles import EDITORS, MEMBERS
from resources.models import ResourcePage
from taxonomy.factories import ResourceTypeFactory, ThemeFactory
from taxonomy.models import TrainingContext

pytestmark = pytest.mark.django_db


@pytest.fixture
def member_editor(django_user_model):
    user = django_user_model.objects.create_user(
        "membereditor", "membereditor@example.org", "password", first_name="Both"
    )
    user.groups.add(Group.objects.get(name=MEMBERS), Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def theme(db):
    return ThemeFactory(slug="masculinities", name="Masculinities")


# What each kind of draft is: where members submit it, what they post, and what the page
# editor posts for it (the latest revision's values, unchanged).


def resource_data(theme):
    return {
        "title": "Engaging men as allies: a facilitation toolkit",
        "summary": "Exercises for mixed groups on masculinities and gender norms.",
        "description": "Twelve sessions.\n\nEach with a debrief guide.",
        "resource_type": ResourceTypeFactory(slug="toolkit", name="Toolkit").pk,
        "authors": "Tendai Moyo",
        "organisation": "Southern Africa Gender Training Network",
        "year": "2023",
        "external_url": "https://example.org/engaging-men",
        "themes": [theme.pk],
        "audience": "Trainers",
        "licence": "cc-by",
        "tags": "facilitation, men and boys",
    }


def resource_editor_data(page):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "body": streamfield([]),
            "resource_type": page.resource_type_id,
            "authors": page.authors,
            "organisation": page.organisation,
            "year": page.year,
            "licence": page.licence,
            "audience": page.audience,
            "external_url": page.external_url,
            "comments": inline_formset([]),
        }
    ) | {"themes": [theme.pk for theme in page.themes.all()]}


def proposal_data(theme):
    today = timezone.now().date()
    context = TrainingContext.objects.create(name="UN system-wide", slug="un-system-wide")
    return {
        "title": "Gender in security sector reform: a five-day course",
        "summary": "For police and military trainers.",
        "description": "Day one: concepts.\n\nDay two: practice.",
        "organisation": "Security institute",
        "target_audience": "Police and military trainers",
        "themes": [theme.pk],
        "contexts": [context.pk],
        "questions": "Is five days enough?\n\nWhich modules are missing?\n",
        "opens_on": (today + datetime.timedelta(days=3)).isoformat(),
        "closes_on": (today + datetime.timedelta(days=30)).isoformat(),
        "time_zone": "Africa/Nairobi",
    }


def proposal_editor_data(page):
    def moment(value):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")

    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "body": streamfield([]),
            "organisation": page.organisation,
            "target_audience": page.target_audience,
            "opens_at": moment(page.opens_at),
            "closes_at": moment(page.closes_at),
            "time_zone": page.time_zone,
            "attachments": inline_formset([]),
            "questions": inline_formset(
                [{"id": q.pk, "text": q.text} for q in page.questions.all()], initial=0
            ),
            "comments": inline_formset([]),
        }
    ) | {
        "themes": [theme.pk for theme in page.themes.all()],
        "contexts": [context.pk for context in page.contexts.all()],
    }


def make_library(home_page):
    from resources.factories import ResourceIndexPageFactory

    return ResourceIndexPageFactory(parent=home_page)


def make_consultations(home_page):
    index = ConsultationIndexPage(title="Consultations", slug="consultations")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


KINDS = {
    "resource": (
        make_library,
        "/resources/contribute/",
        resource_data,
        ResourcePage,
        resource_editor_data,
    ),
    "proposal": (
        make_consultations,
        "/consultations/propose/",
        proposal_data,
        TrainingProposalPage,
        proposal_editor_data,
    ),
}


@pytest.fixture(params=list(KINDS))
def kind(request):
    return request.param


@pytest.fixture
def own_draft(client, home_page, member_editor, theme, kind):
    """A draft the member-editor submitted through the front-end form: they own it and
    started its "Editorial review"."""
    make_section, url, data, model, _editor_data = KINDS[kind]
    make_section(home_page)
    client.force_login(member_editor)
    response = client.post(url, data(theme))
    assert response.status_code == 302, (
        getattr(response, "context", None) and response.context["form"].errors
    )
    page = model.objects.get()
    assert page.owner == member_editor
    state = page.current_workflow_state
    assert state.requested_by == member_editor
    assert state.workflow.name == EDITORIAL_WORKFLOW
    assert state.current_task_state.task.name == EDITORIAL_TASK
    client.logout()
    return page


def workflow_url(page, action):
    task_state = page.current_workflow_state.current_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


def editor_post(client, page, kind, action="approve"):
    """The page editor's "workflow action" (Approve, Request changes) with the draft as it is."""
    latest = page.get_latest_revision_as_object()
    data = KINDS[kind][4](latest)
    data.update({"action-workflow-action": "true", "workflow-action-name": action})
    if action == "reject":
        data["workflow-action-extra-data"] = '{"comment": "Mine, but changes."}'
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def snapshot(page):
    page.refresh_from_db()
    task_state = page.current_workflow_state.current_task_state
    return {
        "live": page.live,
        "revisions": Revision.objects.filter(object_id=str(page.pk)).count(),
        "latest_revision": page.latest_revision_id,
        "workflow_status": page.current_workflow_state.status,
        "task_state": task_state.pk,
        "task_status": task_state.status,
        "finished_by": task_state.finished_by_id,
        "task_states": TaskState.objects.count(),
    }


def assert_in_review_untouched(page, before):
    after = snapshot(page)
    assert after == before
    assert not after["live"]
    assert after["workflow_status"] == WorkflowState.STATUS_IN_PROGRESS
    assert after["task_status"] == TaskState.STATUS_IN_PROGRESS
    assert after["finished_by"] is None


def approved_and_live(page):
    page.refresh_from_db()
    return page.live and not page.workflow_in_progress


# The task itself


def test_setup_makes_the_editorial_task_a_group_review_task():
    task = Workflow.objects.get(name=EDITORIAL_WORKFLOW).tasks.get().specific
    assert isinstance(task, GroupReviewTask)
    assert task.name == EDITORIAL_TASK
    assert [group.name for group in task.groups.all()] == [EDITORS]


def test_the_task_offers_the_owner_nothing(own_draft, member_editor, editor):
    task = own_draft.current_workflow_task
    task_state = own_draft.current_workflow_task_state
    before = snapshot(own_draft)
    assert task.get_actions(own_draft, member_editor) == []
    assert task.locked_for_user(own_draft, member_editor)
    assert not task.user_can_access_editor(own_draft, member_editor)
    assert not task.user_can_lock(own_draft, member_editor)
    assert not TaskState.objects.reviewable_by(member_editor).filter(pk=task_state.pk).exists()
    with pytest.raises(PermissionDenied):
        task.on_action(task_state, member_editor, "approve", comment="")
    assert_in_review_untouched(own_draft, before)
    # Another editor gets the usual actions.
    assert {name for name, *_ in task.get_actions(own_draft, editor)} == {"approve", "reject"}
    assert TaskState.objects.reviewable_by(editor).filter(pk=task_state.pk).exists()


# The admin's workflow action


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_the_owner_cannot_decide_through_the_workflow_action(
    client, own_draft, member_editor, action
):
    before = snapshot(own_draft)
    client.force_login(member_editor)
    url = workflow_url(own_draft, action)
    assert client.get(url).status_code in (302, 403)  # the modal does not open
    response = client.post(url, {"comment": "Looks fine to me."})
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home")
    assert_in_review_untouched(own_draft, before)


def test_another_editor_approves_through_the_workflow_action(client, own_draft, editor):
    client.force_login(editor)
    response = client.post(workflow_url(own_draft, "approve"), {"comment": "Welcome."})
    assert response.status_code == 302
    assert approved_and_live(own_draft)
    assert own_draft.current_workflow_state is None
    decided = TaskState.objects.get(workflow_state__object_id=str(own_draft.pk))
    assert decided.finished_by == editor


# The page editor's workflow action


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_the_owner_cannot_decide_through_the_page_editor(
    client, own_draft, member_editor, kind, action
):
    before = snapshot(own_draft)
    client.force_login(member_editor)
    editor_post(client, own_draft, kind, action)
    assert_in_review_untouched(own_draft, before)


def test_another_editor_approves_through_the_page_editor(client, own_draft, editor, kind):
    """The positive control of the test above: the same post approves for anyone else."""
    client.force_login(editor)
    response = editor_post(client, own_draft, kind)
    assert response.status_code == 302, response.context and response.context["form"].errors
    assert approved_and_live(own_draft)


# A host set up before GroupReviewTask keeps Wagtail's GroupApprovalTask: the decision is
# refused where it is saved.


@pytest.fixture
def older_setup(db):
    """The "Editorial review" as an older setup made it: Wagtail's GroupApprovalTask for
    Editors. Running the setup again finds it by name and keeps it."""
    from community.setup import Setup
    from contributions.setup import setup_editorial_review

    review = GroupReviewTask.objects.get(name=EDITORIAL_TASK)
    approval = GroupApprovalTask.objects.create(name=EDITORIAL_TASK)
    approval.groups.set(review.groups.all())
    Workflow.objects.get(name=EDITORIAL_WORKFLOW).workflow_tasks.update(task=approval)
    review.delete()
    setup = Setup()
    setup_editorial_review(setup)
    assert f"task {EDITORIAL_TASK}" in setup.found
    assert not setup.created
    assert Workflow.objects.get(name=EDITORIAL_WORKFLOW).tasks.get().specific == approval
    assert not GroupReviewTask.objects.filter(name=EDITORIAL_TASK).exists()
    return approval


@pytest.fixture
def old_setup_draft(older_setup, own_draft):
    assert type(own_draft.current_workflow_task) is GroupApprovalTask
    return own_draft


def test_with_wagtails_group_approval_the_owner_is_refused_on_saving(
    client, old_setup_draft, member_editor, kind
):
    page = old_setup_draft
    # Wagtail's task offers the owner its actions...
    assert page.current_workflow_task.get_actions(page, member_editor)
    before = snapshot(page)
    client.force_login(member_editor)
    for action in ("approve", "reject"):
        response = client.post(workflow_url(page, action), {"comment": "Mine."})
        assert response.status_code in (302, 403)
        assert_in_review_untouched(page, before)
    # ...through the page editor too. There Wagtail saves the edited draft (a new revision,
    # as "Save draft" would: the task lets Editors edit) before it asks the task to decide;
    # the decision is refused all the same.
    editor_post(client, page, kind)
    after = snapshot(page)
    for revision_key in ("revisions", "latest_revision"):
        del before[revision_key], after[revision_key]
    assert after == before
    assert not after["live"]
    assert after["task_status"] == TaskState.STATUS_IN_PROGRESS
    assert after["finished_by"] is None


def test_with_wagtails_group_approval_the_submitter_is_refused_too(old_setup_draft, editor):
    """The rule holds for whoever started the workflow as well as for the owner."""
    page = old_setup_draft
    state = page.current_workflow_state
    state.requested_by = editor
    state.save(update_fields=["requested_by"])
    before = snapshot(page)
    with pytest.raises(PermissionDenied):
        page.current_workflow_task.on_action(state.current_task_state, editor, "approve")
    assert_in_review_untouched(page, before)


def test_with_wagtails_group_approval_another_editor_approves(client, old_setup_draft, editor):
    client.force_login(editor)
    response = client.post(workflow_url(old_setup_draft, "approve"), {"comment": ""})
    assert response.status_code == 302
    assert approved_and_live(old_setup_draft)
