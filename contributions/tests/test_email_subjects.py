"""Email subjects are plain text on one line: not HTML-escaped ("Tom &amp; Jerry&#x27;s"), and
a title with a line break no longer loses the email (Django refuses a header with a newline,
BadHeaderError, which the senders log and swallow). Through the real workflow, as members."""

import pytest
from django.core import mail
from django.urls import reverse

from community.models import SubgroupIndexPage, SubgroupRequest
from contributions.signal_handlers import render_subject
from resources.models import ResourcePage
from taxonomy.factories import ResourceTypeFactory, ThemeFactory

pytestmark = pytest.mark.django_db
TITLE = "Tom & Jerry's\nguide"


def workflow_action(client, page, action):
    task_state = page.current_workflow_state.current_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        {"comment": ""},
    )


def test_published_contribution_email_has_a_plain_one_line_subject(
    client, library, member, editor
):
    client.raise_request_exception = True
    data = {
        "title": TITLE,
        "summary": "Exercises for mixed groups.",
        "resource_type": ResourceTypeFactory(slug="toolkit", name="Toolkit").pk,
        "themes": [ThemeFactory(slug="masculinities", name="Masculinities").pk],
        "external_url": "https://example.org/guide",
    }
    client.force_login(member)
    assert client.post("/resources/contribute/", data).status_code == 302
    page = ResourcePage.objects.get()
    assert page.title == TITLE  # kept as typed: the subject is made plain, not the title
    mail.outbox.clear()

    client.force_login(editor)
    assert workflow_action(client, page, "approve").status_code == 302

    (email,) = mail.outbox  # delivered, not lost to a header error
    assert email.to == [member.email]
    assert email.subject == "Your contribution “Tom & Jerry's guide” is published"


def test_changes_requested_email_too(client, library, member, editor):
    data = {
        "title": TITLE,
        "summary": "Exercises for mixed groups.",
        "resource_type": ResourceTypeFactory(slug="toolkit", name="Toolkit").pk,
        "themes": [ThemeFactory(slug="masculinities", name="Masculinities").pk],
        "external_url": "https://example.org/guide",
    }
    client.force_login(member)
    client.post("/resources/contribute/", data)
    page = ResourcePage.objects.get()
    mail.outbox.clear()
    client.force_login(editor)
    workflow_action(client, page, "reject")
    (email,) = mail.outbox
    assert email.subject == "Changes requested for your contribution “Tom & Jerry's guide”"


def test_community_emails_share_it(
    client, home_page, member, moderator, django_capture_on_commit_callbacks
):
    index = SubgroupIndexPage(title="Subgroups", slug="subgroups")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    client.force_login(member)
    client.post(
        "/subgroups/request/",
        {"name": "Tom & Jerry's\ncircle", "purpose": "Share.", "why_now": "Now."},
    )
    proposal = SubgroupRequest.objects.get()
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("subgroup_request_approve", args=[proposal.pk]))
    (email,) = mail.outbox
    assert email.subject == "Your subgroup “Tom & Jerry's circle” is approved"


def test_render_subject_makes_one_plain_line():
    subject = render_subject(
        "resources/emails/published_subject.txt", {"page": {"title": "A <b> & \r\n B"}}
    )
    assert subject == "Your contribution “A <b> & B” is published"


def test_every_subject_template_renders_plain(settings):
    from pathlib import Path

    root = Path(settings.BASE_DIR)
    templates = sorted(
        path
        for app in ("community", "compendium", "consultations", "digests", "resources")
        for path in (root / app / "templates").rglob("*_subject.txt")
    )
    assert templates
    for path in templates:
        text = path.read_text()
        assert "{% autoescape off %}" in text, path
