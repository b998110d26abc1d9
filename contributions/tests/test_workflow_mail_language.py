"""Workflow emails to members (published, changes requested) are written in the member's
preferred language, not in the language of the editor who decided."""

import pytest
from django.core import mail
from django.urls import reverse

from community.models import MemberProfile
from resources.models import ResourcePage
from taxonomy.factories import ResourceTypeFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def contribute(client, member):
    client.force_login(member)
    data = {
        "title": "Guía para grupos mixtos",
        "summary": "Ejercicios para grupos mixtos.",
        "resource_type": ResourceTypeFactory(slug="toolkit", name="Toolkit").pk,
        "themes": [ThemeFactory(slug="masculinities", name="Masculinities").pk],
        "external_url": "https://example.org/guia",
    }
    assert client.post("/resources/contribute/", data).status_code == 302
    mail.outbox.clear()
    return ResourcePage.objects.get()


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_an_english_editors_decision_reaches_a_spanish_member_in_spanish(
    client, library, member, editor, action
):
    MemberProfile.objects.create(user=member, preferred_language="es")
    page = contribute(client, member)

    client.force_login(editor)
    task_state = page.current_workflow_state.current_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        {"comment": ""},
        HTTP_ACCEPT_LANGUAGE="en",
    )

    (email,) = [message for message in mail.outbox if message.to == [member.email]]
    assert email.message()["Content-Language"] == "es"
