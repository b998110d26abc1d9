"""The good-practice workflow with the mail server down (a closed loopback port, so the
connection is really refused): every step is taken and the member can follow it on the
account page; the emails are logged as not sent."""

import pytest

from community.tests.faults import closed_smtp_port

from .conftest import assessment_data, workflow_url
from .helpers import submit_practice

pytestmark = pytest.mark.django_db


@pytest.fixture
def mail_server_down(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_smtp_port()
    settings.EMAIL_TIMEOUT = 2


def test_submission_review_and_publication_go_on_without_mail(
    client, mail_server_down, compendium, member, reviewer, moderator, criteria, basics,
    description, evidence, caplog,
):  # fmt: skip
    client.force_login(member)
    page = submit_practice(client, basics, description, evidence)

    client.force_login(reviewer)
    response = client.post(
        workflow_url(page, "reject"),
        assessment_data(criteria, score=1, recommendation="include_with_changes"),
    )
    assert response.status_code == 302
    assert "Could not send" in caplog.text
    client.force_login(member)
    assert b"Changes requested" in client.get("/account/").content

    client.post(f"{compendium.url}submit/{page.pk}/review/", {"confirm": "on"})
    client.force_login(reviewer)
    response = client.post(workflow_url(page, "approve"), assessment_data(criteria, score=3))
    assert response.status_code == 302
    client.force_login(moderator)
    assert client.post(workflow_url(page, "approve"), {"comment": ""}).status_code == 302

    page.refresh_from_db()
    assert page.live
    assert b"3.0 out of 3 on average" in client.get(page.url).content
