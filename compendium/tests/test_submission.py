"""The multi-step submission form: drafts, resuming, validation, and who may do what."""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision, WorkflowState

from compendium.models import GoodPracticePage

from .helpers import SUBMIT, step_url, submit_practice

pytestmark = pytest.mark.django_db


def counts():
    return (
        Page.objects.count(),
        get_document_model().objects.count(),
        Revision.objects.count(),
        WorkflowState.objects.count(),
    )


def test_visitor_is_sent_to_sign_in(client, compendium):
    response = client.get(SUBMIT)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/compendium/submit/")


@pytest.mark.parametrize("role", ["registered_user", "reviewer"])
def test_non_members_are_refused(client, compendium, request, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get(SUBMIT).status_code == 403


def test_member_sees_the_first_step(client, compendium, member, vocabulary):
    client.force_login(member)
    response = client.get(SUBMIT)
    assert response.status_code == 200
    assert b"Step 1 of 4" in response.content
    assert b"Masculinities" in response.content
    assert b'name="title"' in response.content


def test_save_and_leave_creates_a_draft_outside_any_workflow(client, compendium, member, basics):
    client.force_login(member)
    response = client.post(SUBMIT, {"title": basics["title"], "action": "save"})

    assert response.status_code == 302
    assert response["Location"] == "/account/"
    page = GoodPracticePage.objects.get(title=basics["title"])
    assert page.owner == member
    assert not page.live
    assert page.current_workflow_state is None
    account = client.get("/account/")
    assert basics["title"].encode() in account.content
    assert b"Draft, not submitted" in account.content
    assert step_url(page, "basics").encode() in account.content
    # The public does not see a draft.
    assert client.get(f"/compendium/{page.slug}/").status_code == 404


def test_resumed_draft_keeps_what_was_saved_at_each_step(
    client, compendium, member, basics, description
):
    client.force_login(member)
    client.post(SUBMIT, {**basics, "action": "save"})
    page = GoodPracticePage.objects.get(title=basics["title"])
    client.post(step_url(page, "description"), {**description, "action": "save"})

    # Later: resume from the account page.
    first = client.get(step_url(page, "basics"))
    assert first.status_code == 200
    assert first.context["form"].initial["country"] == "CD"  # the name typed, as its code
    assert [term.slug for term in first.context["form"].initial["themes"]] == ["masculinities"]
    second = client.get(step_url(page, "description"))
    assert second.context["form"].initial["approach"] == description["approach"]
    review = client.get(step_url(page, "review"))
    missing = [str(item["label"]) for item in review.context["missing"]]
    assert "Results and evidence of impact" in missing
    assert "Lessons learned" in missing
    assert "Objectives" not in missing


def test_complete_submission_starts_the_review_workflow(
    client, compendium, member, reviewer, basics, description, evidence
):
    client.force_login(member)
    page = submit_practice(client, basics, description, evidence)

    assert not page.live
    state = page.current_workflow_state
    assert state.workflow.name == "Good practice review"
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Criteria assessment"
    # Reviewers are told there is something to assess (Wagtail's group task email).
    assert [message.to for message in mail.outbox] == [[reviewer.email]]
    assert b"In criteria assessment" in client.get("/account/").content
    # In review: the form sends the member back to the account page.
    assert client.get(step_url(page, "basics")).status_code == 302


def test_submitting_with_missing_sections_is_refused(client, compendium, member, basics):
    client.force_login(member)
    client.post(SUBMIT, {**basics, "action": "save"})
    page = GoodPracticePage.objects.get(title=basics["title"])
    before = counts()

    response = client.post(step_url(page, "review"), {"confirm": "on"})

    assert response.status_code == 400
    errors = response.context["form"].non_field_errors()
    assert any("Complete these before submitting" in error for error in errors)
    assert "Approach and methodology" in errors[0]
    assert counts() == before
    assert GoodPracticePage.objects.get(pk=page.pk).current_workflow_state is None
    assert mail.outbox == []


def test_submitting_without_the_confirmation_is_refused(
    client, compendium, member, basics, description, evidence
):
    client.force_login(member)
    client.post(SUBMIT, {**basics, "action": "save"})
    page = GoodPracticePage.objects.get(title=basics["title"])
    client.post(step_url(page, "description"), {**description, "action": "save"})
    client.post(step_url(page, "evidence"), {**evidence, "action": "save"})

    response = client.post(step_url(page, "review"), {})

    assert response.status_code == 400
    assert "confirm" in response.context["form"].errors
    assert GoodPracticePage.objects.get(pk=page.pk).current_workflow_state is None


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"title": ""}, "title", "This field is required."),
        ({"year": "1949"}, "year", "greater than or equal to 1950"),
        (
            {"year": str(datetime.date.today().year + 2)},
            "year",
            f"less than or equal to {datetime.date.today().year + 1}",
        ),
        ({"year": "twenty"}, "year", "Enter a whole number."),
        ({"title": "x" * 256}, "title", "at most 255 characters"),
        ({"summary": "y" * 601}, "summary", "at most 600 characters"),
        ({"summary": "Read <b>this</b> now"}, "summary", "HTML tags"),
        ({"organisation": "<script>alert(1)</script>"}, "organisation", "HTML tags"),
        ({"organisation_type": "cartel"}, "organisation_type", "Select a valid choice"),
    ],
)
def test_bad_basics_are_refused_and_save_nothing(
    client, compendium, member, basics, change, field, message
):
    client.force_login(member)
    before = counts()

    response = client.post(SUBMIT, {**basics, **change, "action": "next"})

    assert response.status_code == 400
    errors = response.context["form"].errors[field]
    assert any(message in error for error in errors), errors
    # The error summary links to the field.
    assert b'class="error-summary"' in response.content
    assert f'href="#id_{field}'.encode() in response.content
    assert counts() == before


def test_bad_section_on_a_saved_draft_changes_nothing(
    client, compendium, member, basics, description
):
    client.force_login(member)
    client.post(SUBMIT, {**basics, "action": "save"})
    page = GoodPracticePage.objects.get(title=basics["title"])
    before = counts()

    response = client.post(
        step_url(page, "description"),
        {**description, "approach": "a" * 6001, "contact": "<a href='x'>me</a>", "action": "next"},
    )

    assert response.status_code == 400
    errors = response.context["form"].errors
    assert any("at most 6000 characters" in error for error in errors["approach"])
    assert any("HTML tags" in error for error in errors["contact"])
    assert counts() == before
    assert GoodPracticePage.objects.get(pk=page.pk).get_latest_revision_as_object().approach == ""


def test_attachment_is_stored_and_can_be_removed(client, compendium, member, basics, evidence):
    client.force_login(member)
    client.post(SUBMIT, {**basics, "action": "save"})
    page = GoodPracticePage.objects.get(title=basics["title"])
    upload = SimpleUploadedFile("evaluation.pdf", b"%PDF-1.4 evaluation", "application/pdf")

    response = client.post(
        step_url(page, "evidence"),
        {
            **evidence,
            "attachment": upload,
            "attachment_title": "Evaluation 2023",
            "action": "stay",
        },
    )

    assert response.status_code == 302
    draft = GoodPracticePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert [item.title for item in draft.attachments.all()] == ["Evaluation 2023"]
    document = draft.attachments.all()[0].document
    assert document.collection.name == "Member contributions"

    client.post(step_url(page, "evidence"), {**evidence, "remove_attachments": ["0"]})
    draft = GoodPracticePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert list(draft.attachments.all()) == []


@pytest.mark.parametrize(
    ("name", "size", "message"),
    [
        ("report.exe", 100, "are not accepted"),
        ("report.html", 100, "are not accepted"),
        ("report.pdf", 20 * 1024 * 1024 + 1, "the limit is 20.0"),
    ],
)
def test_bad_attachments_are_refused_and_save_nothing(
    client, compendium, member, basics, evidence, name, size, message
):
    client.force_login(member)
    client.post(SUBMIT, {**basics, "action": "save"})
    page = GoodPracticePage.objects.get(title=basics["title"])
    before = counts()

    response = client.post(
        step_url(page, "evidence"),
        {**evidence, "attachment": SimpleUploadedFile(name, b"x" * size), "action": "next"},
    )

    assert response.status_code == 400
    assert any(message in error for error in response.context["form"].errors["attachment"])
    assert counts() == before


def test_another_member_never_sees_the_draft(
    client, compendium, member, other_member, basics, description
):
    client.force_login(member)
    client.post(SUBMIT, {**basics, "action": "save"})
    page = GoodPracticePage.objects.get(title=basics["title"])

    client.force_login(other_member)
    for step in ("basics", "description", "evidence", "review"):
        assert client.get(step_url(page, step)).status_code == 404
    before = counts()
    client.post(step_url(page, "description"), {**description, "action": "save"})
    client.post(step_url(page, "review"), {"confirm": "on"})
    assert counts() == before
    assert basics["title"].encode() not in client.get("/account/").content


def test_unknown_step_is_not_found(client, compendium, member, basics):
    client.force_login(member)
    client.post(SUBMIT, {**basics, "action": "save"})
    page = GoodPracticePage.objects.get(title=basics["title"])
    assert client.get(step_url(page, "elsewhere")).status_code == 404
