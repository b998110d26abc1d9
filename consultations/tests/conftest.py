import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from consultations.models import (
    ConsultationIndexPage,
    ProposalQuestion,
    QualityCriterion,
    TrainingProposalPage,
)
from taxonomy.models import Theme, TrainingContext


@pytest.fixture
def consultations(home_page):
    index = ConsultationIndexPage(title="Consultations", slug="consultations")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_proposal(
    index,
    title,
    *,
    opens_days=-1,
    closes_days=10,
    owner=None,
    questions=("What is missing?", "Who should attend?"),
    themes=(),
    contexts=(),
    publish=True,
    zone="America/Lima",
):
    now = timezone.now()
    page = TrainingProposalPage(
        title=title,
        summary=f"About {title.lower()}.",
        target_audience="Trainers",
        organisation="Proposing institute",
        opens_at=now + datetime.timedelta(days=opens_days),
        closes_at=now + datetime.timedelta(days=closes_days),
        time_zone=zone,
        owner=owner,
        questions=[ProposalQuestion(text=text) for text in questions],
    )
    index.add_child(instance=page)
    if themes:
        page.themes.set(themes)
    if contexts:
        page.contexts.set(contexts)
    page.save()
    revision = page.save_revision()
    if publish:
        revision.publish()
    else:
        page.unpublish()
    page.refresh_from_db()
    return page


@pytest.fixture
def theme(db):
    return Theme.objects.create(name="Gender mainstreaming", slug="gender-mainstreaming")


@pytest.fixture
def context(db):
    return TrainingContext.objects.create(name="UN system-wide", slug="un-system-wide")


@pytest.fixture
def proposer(db):
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(
        username="proposer", email="proposer@example.org", password="password"
    )
    user.groups.add(Group.objects.get(name="Members"))
    return user


@pytest.fixture
def open_proposal(consultations, proposer, theme, context):
    return make_proposal(
        consultations, "System-wide course", owner=proposer, themes=[theme], contexts=[context]
    )


@pytest.fixture
def upcoming_proposal(consultations, proposer):
    return make_proposal(
        consultations, "Budgeting course", opens_days=5, closes_days=20, owner=proposer
    )


@pytest.fixture
def closed_proposal(consultations, proposer):
    return make_proposal(
        consultations, "Humanitarian course", opens_days=-20, closes_days=-2, owner=proposer
    )


@pytest.fixture
def criteria(db):
    """The six criteria the data migration seeds."""
    return list(QualityCriterion.objects.active().order_by("sort_order", "pk"))


def feedback_data(proposal, criteria, scores=None, answers=None, show_name=False):
    scores = scores or [4] * len(criteria)
    questions = list(proposal.questions.all())
    answers = answers or [f"Answer {n}" for n in range(len(questions))]
    data = {f"criterion_{c.pk}": str(score) for c, score in zip(criteria, scores, strict=True)}
    data.update({f"question_{q.pk}": text for q, text in zip(questions, answers, strict=True)})
    if show_name:
        data["show_name"] = "on"
    return data


def feedback_url(proposal):
    return proposal.url + "feedback/"
