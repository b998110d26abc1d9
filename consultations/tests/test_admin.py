"""The admin side: editors create proposals, moderators manage the criteria and hide answers."""

import datetime

import pytest
from django.utils import timezone

from consultations.models import ConsultationFeedback, QualityCriterion, TrainingProposalPage

pytestmark = pytest.mark.django_db


def test_editor_creates_a_proposal_in_the_admin(client, editor, consultations, theme):
    client.force_login(editor)
    url = f"/admin/pages/add/copconsultations/trainingproposalpage/{consultations.pk}/"
    form = client.get(url)
    assert form.status_code == 200
    assert "Consultation window" in form.content.decode()

    opens = timezone.localtime(timezone.now()).replace(microsecond=0)
    data = {
        "title": "Admin-made proposal",
        "slug": "admin-made-proposal",
        "summary": "Made by an editor.",
        "body-count": "0",
        "attachments-TOTAL_FORMS": "0",
        "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "0",
        "attachments-MAX_NUM_FORMS": "1000",
        "questions-TOTAL_FORMS": "1",
        "questions-INITIAL_FORMS": "0",
        "questions-MIN_NUM_FORMS": "0",
        "questions-MAX_NUM_FORMS": "1000",
        "questions-0-text": "Anything missing?",
        "questions-0-ORDER": "1",
        "questions-0-id": "",
        "questions-0-DELETE": "",
        "organisation": "",
        "target_audience": "Trainers",
        "themes": [theme.pk],
        "opens_at": opens.strftime("%Y-%m-%d %H:%M"),
        "closes_at": (opens - datetime.timedelta(days=1)).strftime("%Y-%m-%d %H:%M"),
        "time_zone": "Europe/Paris",
        "action-publish": "action-publish",
    }
    refused = client.post(url, data)
    assert refused.status_code == 200
    assert "The consultation must close after it opens." in refused.content.decode()
    assert not TrainingProposalPage.objects.exists()

    data["closes_at"] = (opens + datetime.timedelta(days=10)).strftime("%Y-%m-%d %H:%M")
    assert client.post(url, data).status_code == 302
    page = TrainingProposalPage.objects.get()
    assert page.live
    assert page.owner == editor
    assert [q.text for q in page.questions.all()] == ["Anything missing?"]


@pytest.mark.parametrize(
    "role, expected", [("moderator", 200), ("editor", 302), ("reviewer", 302)]
)
def test_only_moderators_manage_the_criteria(client, request, role, expected):
    client.force_login(request.getfixturevalue(role))
    response = client.get("/admin/snippets/copconsultations/qualitycriterion/")
    assert response.status_code == expected
    if expected == 200:
        assert "Gender-transformative approach" in response.content.decode()


def test_moderator_switches_a_criterion_off(client, moderator):
    client.force_login(moderator)
    criterion = QualityCriterion.objects.get(slug="accessibility")
    response = client.post(
        f"/admin/snippets/copconsultations/qualitycriterion/edit/{criterion.pk}/",
        {"name": criterion.name, "description": criterion.description},
    )
    assert response.status_code == 302
    assert not QualityCriterion.objects.get(pk=criterion.pk).active
    assert QualityCriterion.objects.active().count() == 5


@pytest.mark.parametrize("role, expected", [("moderator", 200), ("editor", 302)])
def test_only_moderators_read_the_feedback_list(client, request, role, expected, open_proposal):
    client.force_login(request.getfixturevalue(role))
    assert client.get("/admin/consultation_feedback/").status_code == expected


def test_moderator_hides_answers(client, moderator, member, open_proposal):
    feedback = ConsultationFeedback.objects.create(proposal=open_proposal, user=member)
    client.force_login(moderator)
    response = client.post(f"/admin/consultation_feedback/edit/{feedback.pk}/", {"hidden": "on"})
    assert response.status_code == 302
    feedback.refresh_from_db()
    assert feedback.hidden
