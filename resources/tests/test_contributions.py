"""Member contributions: the front-end form, the "Editorial review" workflow in the admin,
the emails on each step, and who may do what."""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision, WorkflowState

from resources.models import ResourcePage
from taxonomy.factories import ResourceTypeFactory, ThemeFactory

pytestmark = pytest.mark.django_db

CONTRIBUTE = "/resources/contribute/"


@pytest.fixture
def vocabulary(db):
    return {
        "type": ResourceTypeFactory(slug="toolkit", name="Toolkit"),
        "theme": ThemeFactory(slug="masculinities", name="Masculinities"),
    }


@pytest.fixture
def valid_data(vocabulary):
    return {
        "title": "Engaging men as allies: a facilitation toolkit",
        "summary": "Exercises for mixed groups on masculinities and gender norms.",
        "description": "Twelve sessions.\n\nEach with a debrief guide.",
        "resource_type": vocabulary["type"].pk,
        "authors": "Tendai Moyo",
        "organisation": "Southern Africa Gender Training Network",
        "year": "2023",
        "external_url": "https://example.org/engaging-men",
        "themes": [vocabulary["theme"].pk],
        "audience": "Trainers",
        "licence": "cc-by",
        "tags": "facilitation, men and boys",
    }


def counts():
    return (
        Page.objects.count(),
        get_document_model().objects.count(),
        Revision.objects.count(),
        WorkflowState.objects.count(),
    )


def submit(client, data, url=CONTRIBUTE):
    return client.post(url, data)


def task_state_of(page):
    return page.current_workflow_state.current_task_state


def workflow_action(client, page, action, comment=""):
    task_state = task_state_of(page)
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        {"comment": comment},
    )


# Who may open the form


def test_visitor_is_sent_to_sign_in(client, library):
    response = client.get(CONTRIBUTE)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/resources/contribute/")


def test_signed_in_non_member_is_refused(client, library, registered_user):
    client.force_login(registered_user)
    assert client.get(CONTRIBUTE).status_code == 403


def test_member_sees_the_form(client, library, member, vocabulary):
    client.force_login(member)
    response = client.get(CONTRIBUTE)
    assert response.status_code == 200
    assert b'name="title"' in response.content
    assert b"Masculinities" in response.content


# Submitting


def test_member_submission_creates_a_draft_in_editorial_review(
    client, library, member, editor, valid_data
):
    client.force_login(member)
    response = submit(client, valid_data)

    assert response.status_code == 302
    assert response["Location"] == "/account/"
    page = ResourcePage.objects.get(title=valid_data["title"])
    assert not page.live
    assert page.owner == member
    assert page.get_parent().specific == library
    assert [theme.slug for theme in page.themes.all()] == ["masculinities"]
    assert sorted(tag.name for tag in page.tags.all()) == ["facilitation", "men and boys"]
    assert page.revisions.count() == 1
    state = page.current_workflow_state
    assert state.workflow.name == "Editorial review"
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    # Editors are told there is something to review.
    assert [message.to for message in mail.outbox] == [[editor.email]]
    # The public does not see a draft.
    assert client.get(page.url or f"/resources/{page.slug}/").status_code == 404


def test_account_lists_the_contribution_with_its_status(client, library, member, valid_data):
    client.force_login(member)
    submit(client, valid_data)

    response = client.get("/account/")

    assert response.status_code == 200
    assert valid_data["title"].encode() in response.content
    assert b"In editorial review" in response.content


def test_file_upload_is_stored_as_a_document(client, library, member, valid_data):
    client.force_login(member)
    data = {**valid_data, "external_url": ""}
    data["file"] = SimpleUploadedFile("toolkit.pdf", b"%PDF-1.4 toolkit", "application/pdf")

    assert submit(client, data).status_code == 302

    page = ResourcePage.objects.get(title=valid_data["title"])
    assert page.document.title == valid_data["title"]
    assert page.document.collection.name == "Member contributions"
    assert page.document.file_size == len(b"%PDF-1.4 toolkit")


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"title": ""}, "title", "This field is required."),
        ({"external_url": ""}, None, "Attach a file or give a link"),
        ({"external_url": "not a url at all"}, "external_url", "Enter a valid URL."),
        ({"year": "1949"}, "year", "greater than or equal to 1950"),
        (
            {"year": str(datetime.date.today().year + 2)},
            "year",
            f"less than or equal to {datetime.date.today().year + 1}",
        ),
        ({"title": "x" * 256}, "title", "at most 255 characters"),
        ({"summary": "Read <b>this</b> now"}, "summary", "HTML tags"),
        ({"authors": "<script>alert(1)</script>"}, "authors", "HTML tags"),
        ({"themes": []}, "themes", "This field is required."),
    ],
)
def test_bad_input_is_refused_and_saves_nothing(
    client, library, member, valid_data, change, field, message
):
    client.force_login(member)
    before = counts()

    response = submit(client, {**valid_data, **change})

    assert response.status_code == 400
    form = response.context["form"]
    errors = form.errors.get(field) if field else form.non_field_errors()
    assert any(message in error for error in errors), form.errors
    assert message.encode() in response.content.replace(b"&quot;", b'"').replace(b"&#x27;", b"'")
    assert counts() == before
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("name", "size", "message"),
    [
        ("toolkit.exe", 100, "are not accepted"),
        ("toolkit.html", 100, "are not accepted"),
        ("toolkit.pdf", 20 * 1024 * 1024 + 1, "the limit is 20.0"),
    ],
)
def test_bad_files_are_refused_and_save_nothing(
    client, library, member, valid_data, name, size, message
):
    client.force_login(member)
    before = counts()
    upload = SimpleUploadedFile(name, b"x" * size)

    response = submit(client, {**valid_data, "external_url": "", "file": upload})

    assert response.status_code == 400
    assert any(message in error for error in response.context["form"].errors["file"])
    assert counts() == before


# The workflow


def test_editor_approves_and_the_resource_is_published(
    client, library, member, editor, valid_data
):
    client.force_login(member)
    submit(client, valid_data)
    page = ResourcePage.objects.get(title=valid_data["title"])
    mail.outbox.clear()

    client.force_login(editor)
    response = workflow_action(client, page, "approve", comment="Welcome addition.")

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200
    assert [message.to for message in mail.outbox] == [[member.email]]
    assert "is published" in mail.outbox[0].subject
    assert page.url in mail.outbox[0].body
    # It is in the library listing with its taxonomy.
    listing = client.get("/resources/?theme=masculinities")
    assert valid_data["title"].encode() in listing.content


def test_changes_requested_then_resubmitted_then_approved(
    client, library, member, editor, valid_data
):
    client.force_login(member)
    submit(client, valid_data)
    page = ResourcePage.objects.get(title=valid_data["title"])
    mail.outbox.clear()

    client.force_login(editor)
    workflow_action(client, page, "reject", comment="Please add the year of the second edition.")

    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert [message.to for message in mail.outbox] == [[member.email]]
    email = mail.outbox[0]
    assert "Changes requested" in email.subject
    assert "Please add the year of the second edition." in email.body
    edit_url = f"/resources/contribute/{page.pk}/"
    assert edit_url in email.body

    client.force_login(member)
    account = client.get("/account/")
    assert b"Changes requested" in account.content
    assert b"Please add the year of the second edition." in account.content
    form_page = client.get(edit_url)
    assert form_page.status_code == 200
    assert form_page.context["form"].initial["title"] == valid_data["title"]
    # The description comes back as the member typed it (the form refuses HTML).
    assert form_page.context["form"].initial["description"] == valid_data["description"]
    assert b"Please add the year of the second edition." in form_page.content

    mail.outbox.clear()
    response = submit(
        client, {**valid_data, "title": "Engaging men as allies (2nd edition)"}, edit_url
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert [message.to for message in mail.outbox] == [[editor.email]]
    assert ResourcePage.objects.filter(owner=member).count() == 1

    client.force_login(editor)
    workflow_action(client, page, "approve")
    page.refresh_from_db()
    assert page.live
    assert page.title == "Engaging men as allies (2nd edition)"


def test_member_cannot_edit_while_in_review_or_after_publication(
    client, library, member, editor, valid_data
):
    client.force_login(member)
    submit(client, valid_data)
    page = ResourcePage.objects.get(title=valid_data["title"])
    edit_url = f"/resources/contribute/{page.pk}/"

    assert client.get(edit_url).status_code == 302  # in review: back to the account page
    before = counts()
    client.post(edit_url, {**valid_data, "title": "Changed while in review"})
    assert counts() == before
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == valid_data["title"]


# Per role


def test_another_member_cannot_see_or_edit_the_draft(
    client, library, member, other_member, editor, valid_data
):
    client.force_login(member)
    submit(client, valid_data)
    page = ResourcePage.objects.get(title=valid_data["title"])
    client.force_login(editor)
    workflow_action(client, page, "reject", comment="Needs a summary.")

    client.force_login(other_member)
    assert client.get(f"/resources/contribute/{page.pk}/").status_code == 404
    before = counts()
    client.post(f"/resources/contribute/{page.pk}/", {**valid_data, "title": "Hijacked"})
    assert counts() == before
    assert valid_data["title"].encode() not in client.get("/account/").content


@pytest.mark.parametrize("role", ["member", "reviewer", "moderator"])
def test_only_editors_can_approve_a_contribution(
    client, library, member, request, valid_data, role
):
    client.force_login(member)
    submit(client, valid_data)
    page = ResourcePage.objects.get(title=valid_data["title"])

    client.force_login(request.getfixturevalue(role) if role != "member" else member)
    response = workflow_action(client, page, "approve")

    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_member_cannot_open_the_page_editor(client, library, member, valid_data):
    client.force_login(member)
    submit(client, valid_data)
    page = ResourcePage.objects.get(title=valid_data["title"])

    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
