"""The demo consultations: one open, one closed with feedback, one upcoming; seeding twice
changes nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from community.setup import run_setup
from consultations.models import (
    CLOSED,
    OPEN,
    UPCOMING,
    ConsultationFeedback,
    ConsultationIndexPage,
    CriterionRating,
    QuestionAnswer,
    TrainingProposalPage,
    aggregate_for,
)
from home.demo import consultations as demo
from home.demo import site as home_demo
from home.demo.community import seed_accounts
from search.models import CatalogEntry

pytestmark = pytest.mark.django_db


def log(message, created):
    pass


def seed_site():
    home = home_demo.seed(log)
    run_setup(parent=home)
    seed_accounts(log, password="demo-password")
    demo.seed(log, with_accounts=True)


def counts():
    return (
        TrainingProposalPage.objects.count(),
        ConsultationFeedback.objects.count(),
        CriterionRating.objects.count(),
        QuestionAnswer.objects.count(),
        get_user_model().objects.count(),
    )


def test_seed_gives_an_open_a_closed_and_an_upcoming_consultation(client):
    seed_site()

    index = ConsultationIndexPage.objects.get()
    assert index.url == "/consultations/"
    assert index.show_in_menus
    now = timezone.now()
    proposals = list(TrainingProposalPage.objects.live().public())
    assert sorted(p.status_at(now) for p in proposals) == sorted([OPEN, CLOSED, UPCOMING])
    assert all(p.themes.exists() and p.questions.count() == 2 for p in proposals)
    assert CatalogEntry.objects.filter(type="consultation").count() == 3

    closed = next(p for p in proposals if p.status_at(now) == CLOSED)
    aggregate = aggregate_for(closed)
    assert aggregate["respondents"] == 4
    assert len(aggregate["criteria"]) == 6
    assert aggregate["criteria"][0].average == pytest.approx(4.25)  # (5 + 4 + 5 + 3) / 4
    names = {str(a.feedback.display_name) for a in aggregate["questions"][0].visible_answers}
    assert names == {"Mika Member", "Amina Diallo", "Anonymous member"}

    page = client.get(closed.url).content.decode()
    assert "4 members gave feedback." in page
    assert client.get("/consultations/").status_code == 200
    open_one = next(p for p in proposals if p.status_at(now) == OPEN)
    feed = client.get("/consultations/feed/").content.decode()
    assert open_one.title in feed
    assert closed.title not in feed


def test_seeding_again_changes_nothing():
    seed_site()
    before = counts()
    demo.seed(log, with_accounts=True)
    assert counts() == before


def test_without_accounts_the_consultations_come_without_feedback_or_people():
    home = home_demo.seed(log)
    run_setup(parent=home)
    demo.seed(log)
    assert TrainingProposalPage.objects.live().count() == 3
    assert not ConsultationFeedback.objects.exists()
    assert not get_user_model().objects.exists()


def test_demo_members_cannot_sign_in():
    seed_site()
    for username, *_ in demo.DEMO_MEMBERS:
        assert not get_user_model().objects.get(username=username).has_usable_password()
