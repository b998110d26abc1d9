"""Members' posts are limited per member and kind (COP_MEMBER_RATE_LIMITS), and guesses at a
page's privacy password per address and page (COP_PAGE_PASSWORD_RATE_LIMIT): over a limit,
the friendly 429 page, and nothing is saved."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from community.models import (
    Answer,
    DialogueContribution,
    DialogueEventPage,
    DialogueIndexPage,
    Nomination,
    QuestionIndexPage,
    QuestionPage,
    SubgroupIndexPage,
    SubgroupRequest,
)
from compendium.factories import CompendiumIndexPageFactory
from compendium.models import CriterionProposal, GoodPracticePage
from consultations.models import ConsultationIndexPage, TrainingProposalPage
from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
from resources.models import ResourceFeedback, ResourcePage
from taxonomy.factories import ResourceTypeFactory, ThemeFactory, TrainingContextFactory

pytestmark = pytest.mark.django_db
WAIT = "You have posted a lot in a short time. Please try again in 60 minutes"


def publish_under(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


# Each kind: what to make first (from the home page), how the n-th post of a member looks
# (different each time, so each would save), and what a saved post leaves behind.


def questions(home):
    return publish_under(home, QuestionIndexPage(title="Questions", slug="questions"))


def a_question(home):
    question = QuestionPage(title="Icebreakers online?", body="What works?")
    return publish_under(questions(home), question)


def a_dialogue(home):
    index = publish_under(home, DialogueIndexPage(title="Dialogues", slug="dialogues"))
    start = timezone.now() + datetime.timedelta(days=10)
    dialogue = DialogueEventPage(
        title="Online facilitation",
        summary_text="About facilitation.",
        start=start,
        end=start + datetime.timedelta(hours=2),
        time_zone="UTC",
    )
    return publish_under(index, dialogue)


def a_library(home):
    return ResourceIndexPageFactory(parent=home)


def two_entries(home):
    library = a_library(home)
    return [ResourcePageFactory(parent=library) for _ in range(2)]


def a_compendium(home):
    return CompendiumIndexPageFactory(parent=home)


def consultations(home):
    return publish_under(home, ConsultationIndexPage(title="Consultations", slug="consultations"))


def subgroups(home):
    return publish_under(home, SubgroupIndexPage(title="Subgroups", slug="subgroups"))


def nothing(home):
    return None


def resource_data(n):
    return {
        "title": f"Facilitation toolkit {n}",
        "summary": "Exercises for mixed groups.",
        "description": "Twelve sessions.",
        "resource_type": ResourceTypeFactory(slug=f"toolkit-{n}", name=f"Toolkit {n}").pk,
        "year": "2023",
        "external_url": "https://example.org/toolkit",
        "themes": [ThemeFactory(slug=f"theme-{n}", name=f"Theme {n}").pk],
        "licence": "cc-by",
    }


def practice_data(n):
    return {
        "title": f"Peer facilitators {n}",
        "summary": "Community facilitators ran discussion groups.",
        "organisation": "Learning Network",
        "organisation_type": "ngo",
        "year": "2022",
        "themes": [ThemeFactory(slug=f"theme-{n}", name=f"Theme {n}").pk],
        "action": "next",
    }


def proposal_data(n):
    today = timezone.now().date()
    return {
        "title": f"Gender in security sector reform {n}",
        "summary": "For police trainers.",
        "description": "Day one: concepts.",
        "organisation": "Security institute",
        "target_audience": "Police trainers",
        "themes": [ThemeFactory(slug=f"theme-{n}", name=f"Theme {n}").pk],
        "contexts": [TrainingContextFactory(slug=f"context-{n}", name=f"Context {n}").pk],
        "questions": "Is five days enough?",
        "opens_on": (today + datetime.timedelta(days=3)).isoformat(),
        "closes_on": (today + datetime.timedelta(days=30)).isoformat(),
        "time_zone": "Africa/Nairobi",
    }


@dataclass
class Kind:
    make: Callable
    post: Callable  # (client, what make made, n) -> response
    saved: Callable  # () -> how many were saved


KINDS = {
    "question": Kind(
        questions,
        lambda client, index, n: client.post(
            index.url + "ask/", {"title": f"Question {n}", "body": "What works?"}
        ),
        QuestionPage.objects.count,
    ),
    "answer": Kind(
        a_question,
        lambda client, question, n: client.post(question.url + "answer/", {"body": f"Try {n}."}),
        Answer.objects.count,
    ),
    "dialogue_contribution": Kind(
        a_dialogue,
        lambda client, dialogue, n: client.post(
            dialogue.url + "contribute/", {"body": f"Breakout rooms of {n}."}
        ),
        DialogueContribution.objects.count,
    ),
    "feedback": Kind(
        two_entries,
        # One rating per member and entry: each member's n-th post is on another entry.
        lambda client, entries, n: client.post(
            f"/resources/feedback/{entries[n % 2].pk}/", {"rating": "4"}
        ),
        ResourceFeedback.objects.count,
    ),
    "resource": Kind(
        a_library,
        lambda client, library, n: client.post("/resources/contribute/", resource_data(n)),
        lambda: ResourcePage.objects.filter(live=False).count(),
    ),
    "practice": Kind(
        a_compendium,
        lambda client, compendium, n: client.post("/compendium/submit/", practice_data(n)),
        GoodPracticePage.objects.count,
    ),
    "criterion_proposal": Kind(
        a_compendium,
        lambda client, compendium, n: client.post(
            "/compendium/criteria/propose/",
            {
                "name": f"Intersectionality {n}",
                "description": "Gender and other inequalities.",
                "guiding_questions": "Whose experiences were included?",
                "rationale": "Several practices address it.",
            },
        ),
        CriterionProposal.objects.count,
    ),
    "training_proposal": Kind(
        consultations,
        lambda client, index, n: client.post("/consultations/propose/", proposal_data(n)),
        TrainingProposalPage.objects.count,
    ),
    "nomination": Kind(
        nothing,
        lambda client, _nothing, n: client.post(
            "/membership/nominate/",
            {"name": f"Nominee {n}", "email": f"nominee{n}@example.org", "reason": "Trainer."},
        ),
        Nomination.objects.count,
    ),
    "subgroup_request": Kind(
        subgroups,
        lambda client, index, n: client.post(
            "/subgroups/request/",
            {"name": f"Online facilitation {n}", "purpose": "Share.", "why_now": "Now."},
        ),
        SubgroupRequest.objects.count,
    ),
}


@pytest.mark.parametrize("name", KINDS)
def test_a_member_over_the_limit_is_asked_to_wait_and_nothing_is_saved(
    client, settings, home_page, member, other_member, name
):
    kind = KINDS[name]
    settings.COP_MEMBER_RATE_LIMITS = {name: (1, 3600)}
    made = kind.make(home_page)
    client.force_login(member)

    first = kind.post(client, made, 1)
    assert first.status_code == 302, getattr(first, "context", None) and first.context.get("form")
    assert kind.saved() == 1

    blocked = kind.post(client, made, 2)
    assert blocked.status_code == 429
    assert "Please wait a moment" in blocked.content.decode()
    assert WAIT in blocked.content.decode()
    assert blocked["Retry-After"] == "3600"
    assert kind.saved() == 1

    # The limit is the member's own: another member posts as usual.
    client.force_login(other_member)
    assert kind.post(client, made, 3).status_code == 302
    assert kind.saved() == 2


# Page passwords


@pytest.fixture
def private_page(home_page):
    page = publish_under(
        home_page, QuestionIndexPage(title="Questions for trainers", slug="trainers")
    )
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="right-one"
    )
    return page


def guess(client, page, password, address="10.1.1.1"):
    restriction = PageViewRestriction.objects.get(page=page)
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    return client.post(url, {"password": password, "return_url": page.url}, REMOTE_ADDR=address)


def test_password_guesses_are_limited_per_address_and_page(client, settings, private_page):
    settings.COP_PAGE_PASSWORD_RATE_LIMIT = (3, 900)
    # The page's password form posts where the limit is.
    form = client.get(private_page.url).content.decode()
    restriction = PageViewRestriction.objects.get(page=private_page)
    assert f"/_util/authenticate_with_password/{restriction.pk}/{private_page.pk}/" in form

    assert guess(client, private_page, "wrong").status_code == 200
    assert guess(client, private_page, "wrong again").status_code == 200
    # Within the limit the right password works.
    assert guess(client, private_page, "right-one")["Location"] == private_page.url
    assert b"Questions for trainers" in client.get(private_page.url).content

    # Over it, even the right password is refused, and grants nothing.
    client.cookies.clear()
    blocked = guess(client, private_page, "right-one")
    assert blocked.status_code == 429
    assert "too many password attempts" in blocked.content.decode()
    assert blocked["Retry-After"] == "900"
    assert client.get(private_page.url).context.get("form") is not None

    # Another address is not blocked.
    assert guess(client, private_page, "right-one", address="10.2.2.2").status_code == 302
