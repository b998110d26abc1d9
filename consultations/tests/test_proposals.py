"""Members propose a training through the "Editorial review" workflow and follow it on their
account page."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

from consultations.models import ConsultationFeedback, TrainingProposalPage

from .conftest import feedback_data, feedback_url

pytestmark = pytest.mark.django_db
PROPOSE = "/consultations/propose/"


@pytest.fixture
def valid_data(theme, context):
    today = timezone.now().date()
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


def workflow_action(client, page, action, comment=""):
    task_state = page.current_workflow_state.current_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        {"comment": comment},
    )


def test_visitor_is_sent_to_sign_in(client, consultations):
    response = client.get(PROPOSE)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_non_member_is_refused_with_a_reason(client, consultations, registered_user):
    client.force_login(registered_user)
    response = client.get(PROPOSE)
    assert response.status_code == 403
    assert "Only members of the community can propose" in response.content.decode()


def test_member_proposal_is_a_draft_in_editorial_review(client, consultations, member, valid_data):
    client.force_login(member)
    assert client.get(PROPOSE).status_code == 200
    response = client.post(PROPOSE, valid_data)
    assert response.status_code == 302

    page = TrainingProposalPage.objects.get()
    assert not page.live
    assert page.owner == member
    assert page.current_workflow_state.workflow.name == "Editorial review"
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    latest = page.get_latest_revision_as_object()
    assert [q.text for q in latest.questions.all()] == [
        "Is five days enough?",
        "Which modules are missing?",
    ]
    # The window starts and ends with the named days, in the named zone.
    assert latest.local_opens_at.hour == 0
    assert str(latest.local_opens_at.tzinfo) == "Africa/Nairobi"
    assert latest.closes_at - latest.opens_at == datetime.timedelta(days=28)

    account = client.get("/account/").content.decode()
    assert "My training proposals" in account
    assert valid_data["title"] in account
    assert "In editorial review" in account


def test_attachment_is_stored_as_a_document(client, consultations, member, valid_data):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(member)
    upload = SimpleUploadedFile("outline.pdf", b"%PDF-1.4 outline", "application/pdf")
    response = client.post(PROPOSE, {**valid_data, "file": upload})
    assert response.status_code == 302
    page = TrainingProposalPage.objects.get().get_latest_revision_as_object()
    attachment = page.attachments.get()
    assert attachment.title == "outline.pdf"
    assert attachment.document.collection.name == "Member contributions"


@pytest.mark.parametrize(
    "change, field, message",
    [
        ({"closes_on": "2020-01-01"}, "closes_on", "close after it opens"),
        ({"time_zone": "Mars/Olympus"}, "time_zone", "is not a time zone name"),
        ({"questions": "  \n "}, "questions", "at least one question"),
        ({"questions": "\n".join(f"Q{n}?" for n in range(11))}, "questions", "at most 10"),
        ({"title": "<b>Bold</b>"}, "title", "plain text"),
        ({"opens_on": "tomorrow"}, "opens_on", "valid date"),
    ],
)
def test_bad_input_is_refused_and_saves_nothing(
    client, consultations, member, valid_data, change, field, message
):
    client.force_login(member)
    response = client.post(PROPOSE, {**valid_data, **change})
    assert response.status_code == 400
    assert message in str(response.context["form"].errors[field])
    assert f'href="#id_{field}"' in response.content.decode()
    assert not TrainingProposalPage.objects.exists()
    assert not WorkflowState.objects.exists()


def test_a_closing_day_in_the_past_is_refused(client, consultations, member, valid_data):
    client.force_login(member)
    past = (timezone.now().date() - datetime.timedelta(days=2)).isoformat()
    response = client.post(PROPOSE, {**valid_data, "opens_on": past, "closes_on": past})
    assert response.status_code == 400
    assert "Choose a closing day in the future." in response.content.decode()
    assert not TrainingProposalPage.objects.exists()


def test_editor_requests_changes_member_resubmits_editor_publishes(
    client, consultations, member, other_member, editor, valid_data, criteria
):
    client.force_login(member)
    client.post(PROPOSE, valid_data)
    page = TrainingProposalPage.objects.get()

    client.force_login(editor)
    mail.outbox.clear()
    workflow_action(client, page, "reject", comment="Say who pays for the course.")
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert [message.to for message in mail.outbox] == [[member.email]]
    assert "Changes requested for your training proposal" in mail.outbox[0].subject
    assert "Say who pays for the course." in mail.outbox[0].body
    assert f"http://localhost/consultations/propose/{page.pk}/" in mail.outbox[0].body

    client.force_login(member)
    account = client.get("/account/").content.decode()
    assert "Changes requested" in account
    assert "Say who pays for the course." in account
    edit_url = f"/consultations/propose/{page.pk}/"
    form_page = client.get(edit_url)
    assert form_page.status_code == 200
    assert form_page.context["form"].initial["questions"] == (
        "Is five days enough?\nWhich modules are missing?"
    )
    assert form_page.context["form"].initial["closes_on"].isoformat() == valid_data["closes_on"]
    data = {**valid_data, "summary": "For police and military trainers; funded by the institute."}
    assert client.post(edit_url, data).status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert TrainingProposalPage.objects.count() == 1

    client.force_login(editor)
    mail.outbox.clear()
    workflow_action(client, page, "approve")
    page.refresh_from_db()
    assert page.live
    assert [message.to for message in mail.outbox] == [[member.email]]
    assert "is published" in mail.outbox[0].subject
    assert f"http://localhost{page.url}" in mail.outbox[0].body
    assert page.summary.endswith("funded by the institute.")

    # Published and, once open, other members give feedback; the proposer follows it.
    TrainingProposalPage.objects.filter(pk=page.pk).update(
        opens_at=timezone.now() - datetime.timedelta(hours=1)
    )
    page.refresh_from_db()
    client.force_login(other_member)
    response = client.post(feedback_url(page), feedback_data(page, criteria, show_name=True))
    assert response.status_code == 302
    assert ConsultationFeedback.objects.filter(proposal=page).count() == 1

    client.force_login(member)
    account = client.get("/account/").content.decode()
    assert "See the feedback" in account
    results = client.get(page.url + "results/")
    assert results.status_code == 200
    assert "1 member gave feedback." in results.content.decode()


def test_member_cannot_edit_while_in_review(client, consultations, member, valid_data):
    client.force_login(member)
    client.post(PROPOSE, valid_data)
    page = TrainingProposalPage.objects.get()
    response = client.get(f"/consultations/propose/{page.pk}/", follow=True)
    assert "This proposal is in editorial review." in response.content.decode()
    before = page.latest_revision_id
    client.post(f"/consultations/propose/{page.pk}/", {**valid_data, "title": "Changed"})
    page.refresh_from_db()
    assert page.latest_revision_id == before


def test_another_member_cannot_see_or_edit_the_draft(
    client, consultations, member, other_member, valid_data
):
    client.force_login(member)
    client.post(PROPOSE, valid_data)
    page = TrainingProposalPage.objects.get()
    client.force_login(other_member)
    assert client.get(f"/consultations/propose/{page.pk}/").status_code == 404
    assert client.post(f"/consultations/propose/{page.pk}/", valid_data).status_code == 404


def test_account_lists_the_members_feedback(client, member, open_proposal, criteria):
    client.force_login(member)
    client.post(feedback_url(open_proposal), feedback_data(open_proposal, criteria))
    account = client.get("/account/").content.decode()
    assert "My feedback on training proposals" in account
    assert f'href="{open_proposal.url}#feedback"' in account
    assert "you can still change it" in account
