# ruff: noqa: F811 (the compendium fixtures imported below are used by name)
"""Who may download a document, through Wagtail's serve view and its admin API: the download
policy (contributions.uploads.may_download) for every document, whoever uploaded it."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection, PageViewRestriction
from wagtail.rich_text import RichText

from compendium.factories import GoodPracticePageFactory
from compendium.models import GoodPracticeAttachment
from compendium.submissions import review_workflow
from compendium.tests.conftest import (  # noqa: F401 (fixtures)
    basics,
    compendium,
    criteria,
    description,
    evidence,
    vocabulary,
)
from compendium.tests.helpers import submit_practice
from contributions.tests.test_uploads import CONTRIBUTE, PDF, contribution
from contributions.uploads import store_document
from home.models import StandardPage

pytestmark = pytest.mark.django_db


def client_for(user=None):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def status(user, document):
    return client_for(user).get(document.url).status_code


def contribute(client, filename):
    response = client.post(
        CONTRIBUTE, contribution(SimpleUploadedFile(filename, PDF, "application/pdf"))
    )
    assert response.status_code == 302, response.context["form"].errors
    return get_document_model().objects.latest("pk")


# 4. Members' uploads are stored under names nobody can guess, and served by the policy only.


def test_a_members_upload_is_stored_under_a_random_folder_and_keeps_its_name(
    client, library, member
):
    client.force_login(member)
    first = contribute(client, "toolkit.pdf")
    second = contribute(client, "toolkit.pdf")

    pattern = r"documents/[A-Za-z0-9_-]{22}/toolkit\.pdf"
    assert re.fullmatch(pattern, first.file.name), first.file.name
    assert re.fullmatch(pattern, second.file.name), second.file.name
    assert first.file.name.split("/")[1] != second.file.name.split("/")[1]
    # The address and the download keep the file's own name.
    assert first.url == f"/documents/{first.pk}/toolkit.pdf"
    response = client.get(first.url)
    assert response.status_code == 200
    assert 'filename="toolkit.pdf"' in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == PDF


def test_a_long_file_name_still_fits_the_field(member):
    upload = SimpleUploadedFile("r" * 150 + ".pdf", PDF, "application/pdf")
    document = store_document(upload, "Long", member)
    assert len(document.file.name) <= 100
    assert document.file.name.startswith("documents/")
    assert document.filename.endswith(".pdf")


def api_ids(client, url="/admin/api/main/documents/"):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


def test_the_admin_api_lists_only_documents_the_user_may_download(
    member, reviewer, editor, moderator
):
    upload = store_document(SimpleUploadedFile("draft.pdf", PDF), "Draft upload", member)
    own = store_document(SimpleUploadedFile("mine.pdf", PDF), "Reviewer's own", reviewer)

    reviewer_client = client_for(reviewer)
    assert api_ids(reviewer_client) == {own.pk}
    assert reviewer_client.get(f"/admin/api/main/documents/{upload.pk}/").status_code == 404
    assert reviewer_client.get(f"/admin/api/main/documents/{own.pk}/").status_code == 200
    # Those who may choose documents in the admin (and so download them) still see them all.
    assert api_ids(client_for(editor)) == {upload.pk, own.pk}
    assert api_ids(client_for(moderator)) == {upload.pk, own.pk}
    detail = client_for(editor).get(f"/admin/api/main/documents/{upload.pk}/")
    assert detail.json()["meta"]["download_url"].endswith(upload.url)
    # Members have no admin, and so no admin API.
    assert client_for(member).get("/admin/api/main/documents/").status_code in {302, 403}


# 15. Every document follows the policy: editors' files used by drafts only are not public.


def admin_upload(editor, filename="briefing.pdf"):
    client = client_for(editor)
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Briefing for a draft page",
            "file": SimpleUploadedFile(filename, PDF, "application/pdf"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302, response.content
    document = get_document_model().objects.latest("pk")
    assert document.uploaded_by_user == editor
    return document


def standard_page(parent, body, live=True):
    page = StandardPage(title="Briefings", slug="briefings", intro="", body=body, live=live)
    parent.add_child(instance=page)
    if live:
        page.save_revision().publish()
    return page


def test_an_editors_document_used_only_by_a_draft_is_not_public(
    home_page, editor, moderator, reviewer, member
):
    document = admin_upload(editor)
    page = standard_page(home_page, [("document", {"document": document, "title": ""})], False)

    assert status(None, document) == 404
    assert status(member, document) == 404
    assert status(reviewer, document) == 404
    assert status(editor, document) == 200
    assert status(moderator, document) == 200

    page.save_revision(user=editor).publish()
    assert status(None, document) == 200


def test_a_document_used_by_no_page_is_not_public(home_page, editor):
    document = admin_upload(editor)
    assert status(None, document) == 404
    assert status(editor, document) == 200


def test_a_document_linked_from_rich_text_on_a_live_page_is_public(home_page, editor):
    document = admin_upload(editor)
    link = f'<p><a linktype="document" id="{document.pk}">the briefing</a></p>'
    standard_page(home_page, [("paragraph", RichText(link))])
    assert status(None, document) == 200


def test_a_document_of_a_members_only_page_goes_to_those_who_may_see_the_page(
    home_page, editor, member
):
    document = admin_upload(editor)
    page = standard_page(home_page, [("document", {"document": document, "title": ""})])
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    assert status(None, document) == 404
    assert status(member, document) == 200


# 19. Reviewers download the attachments of the practice they are asked to assess.


@pytest.fixture
def submitted_with_attachment(client, compendium, member, criteria, basics, description, evidence):
    client.force_login(member)
    evidence = {
        **evidence,
        "attachment": SimpleUploadedFile("evaluation.pdf", PDF, "application/pdf"),
        "attachment_title": "Evaluation 2023",
    }
    page = submit_practice(client, basics, description, evidence)
    client.logout()
    mail.outbox.clear()
    return page, page.attachments.get().document


def test_the_reviewer_downloads_the_attachment_of_a_practice_on_their_task(
    submitted_with_attachment, reviewer, other_member, criteria
):
    _page, document = submitted_with_attachment
    assert status(reviewer, document) == 200
    assert status(other_member, document) == 404
    assert status(None, document) == 404


def test_the_reviewer_no_longer_downloads_it_once_the_practice_leaves_their_task(
    submitted_with_attachment, reviewer, criteria
):
    from compendium.tests.conftest import assessment_data, workflow_url

    page, document = submitted_with_attachment
    reviewer_client = client_for(reviewer)
    response = reviewer_client.post(workflow_url(page, "approve"), assessment_data(criteria))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state.current_task_state.task.name != "Criteria assessment"
    assert status(reviewer, document) == 404


def test_the_reviewer_downloads_a_file_added_in_the_revision_under_review(
    compendium, moderator, reviewer, other_member
):
    # A live practice whose new revision, not yet published, adds an attachment: the reference
    # index knows only the live version; the reviewer assesses the revision.
    page = GoodPracticePageFactory(parent=compendium)
    document = store_document(SimpleUploadedFile("annex.pdf", PDF), "Annex", moderator)
    page.attachments.add(GoodPracticeAttachment(document=document, title="Annex"))
    page.save_revision(user=moderator)
    review_workflow().start(page, moderator)

    assert status(reviewer, document) == 200
    assert status(other_member, document) == 404
    assert status(None, document) == 404
