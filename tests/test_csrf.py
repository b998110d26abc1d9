"""CSRF on every front-end form: with a client that enforces CSRF checks (as browsers meet
them), a POST without the token is refused with 403 and changes nothing, and the same POST
with the token from the rendered form goes through.

Each case names the page that shows the form and the address the form posts to; the form is
read from the page (its hidden fields, the token among them) as a browser would submit it.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import pytest
from django.test import Client

from community.models import (
    Answer,
    DialogueContribution,
    DialogueRegistration,
    MemberProfile,
    MembershipApplication,
    Nomination,
    QuestionPage,
    SubgroupMembership,
    SubgroupRequest,
)
from compendium.models import CriterionProposal, GoodPracticePage
from digests.models import SavedSearch
from resources.models import ResourceFeedback, ResourcePage
from taxonomy.factories import LanguageFactory

from .permission_world import PASSWORD, module_world, world_fixture  # noqa: F401

pytestmark = pytest.mark.django_db


class FormReader(HTMLParser):
    """The fields a browser would send for the form posting to ``action``."""

    def __init__(self, actions):
        super().__init__()
        self.actions = actions
        self.inside = False
        self.found = False
        self.fields = []
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and not self.found and (attrs.get("action") or "") in self.actions:
            self.inside = self.found = True
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            if kind not in ("submit", "button", "file"):
                self.fields.append((name, attrs.get("value", "")))
        elif tag == "textarea" and name:
            self._textarea = [name, ""]
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self.fields.append((self._select, attrs.get("value", "")))

    def handle_data(self, data):
        if self._textarea:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea:
            self.fields.append(tuple(self._textarea))
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form" and self.inside:
            self.inside = False


def read_form(html, action, page):
    # A form without an action posts to its own page.
    reader = FormReader({action, ""} if action == page.split("?")[0] else {action})
    reader.feed(html)
    assert reader.found, f"no form posting to {action!r} on the page"
    data = {}
    for name, value in reader.fields:
        data.setdefault(name, []).append(value)
    return {name: values if len(values) > 1 else values[0] for name, values in data.items()}


@dataclass
class Form:
    id: str
    role: str
    page: Callable[[Any], str]
    action: Callable[[Any], str]
    data: Callable[[Any], dict] = field(default=lambda w: {})
    state: Callable[[Any], Any] = lambda w: None
    accepted: int = 302


def _application(w):
    language = LanguageFactory(slug="es", name="Spanish")
    return {
        "name": "New Person",
        "email": "new.person@example.org",
        "organisation": "Org",
        "organisation_type": "ngo",
        "position": "Trainer",
        "country": "Peru",
        "expertise": [str(w.theme.pk)],
        "languages": [str(language.pk)],
        "experience": "Years.",
        "motivation": "To learn.",
        "acknowledged_personal_capacity": "on",
    }


def _feedback(w):
    from consultations.models import QualityCriterion

    data = {f"criterion_{criterion.pk}": "4" for criterion in QualityCriterion.objects.active()}
    for question in w.consultation.questions.all():
        data[f"question_{question.pk}"] = "A session on budgets."
    return data


def _proposal(w):
    return {
        "title": "A course for ministries",
        "summary": "Two days.",
        "description": "Aims and content.",
        "target_audience": "Civil servants",
        "themes": [str(w.theme.pk)],
        "questions": "Is two days enough?",
        "opens_on": "2031-01-05",
        "closes_on": "2031-01-25",
        "time_zone": "UTC",
    }


def _feedback_count(w):
    from consultations.models import ConsultationFeedback

    return ConsultationFeedback.objects.count()


def _contribution(w):
    return {
        "title": "A new toolkit",
        "summary": "Exercises.",
        "resource_type": str(w.toolkit.pk),
        "themes": [str(w.theme.pk)],
        "external_url": "https://example.org/new",
    }


FORMS = [
    Form(
        "apply",
        "anonymous",
        lambda w: "/membership/apply/",
        lambda w: "/membership/apply/",
        _application,
        lambda w: MembershipApplication.objects.count(),
    ),
    Form(
        "nominate",
        "member",
        lambda w: "/membership/nominate/",
        lambda w: "/membership/nominate/",
        lambda w: {"name": "Nominee Two", "email": "n2@example.org", "reason": "Expert."},
        lambda w: Nomination.objects.count(),
    ),
    Form(
        "profile",
        "member",
        lambda w: "/account/profile/",
        lambda w: "/account/profile/",
        lambda w: {"organisation": "Changed org"},
        lambda w: list(MemberProfile.objects.values_list("organisation", flat=True)),
    ),
    Form(
        "contribute",
        "member",
        lambda w: "/resources/contribute/",
        lambda w: "/resources/contribute/",
        _contribution,
        lambda w: ResourcePage.objects.count(),
    ),
    Form(
        "edit my contribution",
        "member",
        lambda w: f"/resources/contribute/{w.returned.pk}/",
        lambda w: f"/resources/contribute/{w.returned.pk}/",
        lambda w: {"summary": "Revised."},
        lambda w: ResourcePage.objects.get(pk=w.returned.pk).latest_revision_id,
    ),
    Form(
        "rate a resource",
        "other_member",
        lambda w: w.entry.url,
        lambda w: f"/resources/feedback/{w.entry.pk}/",
        lambda w: {"rating": "5", "comment": "Great."},
        lambda w: ResourceFeedback.objects.count(),
    ),
    Form(
        "submit a practice",
        "member",
        lambda w: "/compendium/submit/",
        lambda w: "/compendium/submit/",
        lambda w: {
            "title": "Another practice",
            "summary": "S.",
            "organisation_type": "ngo",
            "year": "2021",
            "themes": [str(w.theme.pk)],
            "action": "save",
        },
        lambda w: GoodPracticePage.objects.count(),
    ),
    Form(
        "propose a criterion",
        "member",
        lambda w: "/compendium/criteria/propose/",
        lambda w: "/compendium/criteria/propose/",
        lambda w: {"name": "Reach", "description": "Who.", "rationale": "Because."},
        lambda w: CriterionProposal.objects.count(),
    ),
    Form(
        "request a subgroup",
        "member",
        lambda w: "/subgroups/request/",
        lambda w: "/subgroups/request/",
        lambda w: {"name": "Curricula", "purpose": "P.", "why_now": "N."},
        lambda w: SubgroupRequest.objects.count(),
    ),
    Form(
        "join a subgroup",
        "member",
        lambda w: w.other_subgroup.url,
        lambda w: w.other_subgroup.url + "join/",
        state=lambda w: SubgroupMembership.objects.count(),
    ),
    Form(
        "leave a subgroup",
        "member",
        lambda w: w.subgroup.url,
        lambda w: w.subgroup.url + "leave/",
        state=lambda w: SubgroupMembership.objects.count(),
    ),
    Form(
        "register for a dialogue",
        "member",
        lambda w: w.other_dialogue.url,
        lambda w: w.other_dialogue.url + "register/",
        state=lambda w: DialogueRegistration.objects.count(),
    ),
    Form(
        "cancel a registration",
        "member",
        lambda w: w.dialogue.url,
        lambda w: w.dialogue.url + "cancel/",
        state=lambda w: DialogueRegistration.objects.count(),
    ),
    Form(
        "contribute to a dialogue",
        "member",
        lambda w: w.dialogue.url,
        lambda w: w.dialogue.url + "contribute/",
        lambda w: {"body": "From our experience."},
        lambda w: DialogueContribution.objects.count(),
    ),
    Form(
        "hide a dialogue contribution",
        "coordinator",
        lambda w: w.dialogue.url,
        lambda w: w.dialogue.url + f"contributions/{w.contribution.pk}/hide/",
        state=lambda w: DialogueContribution.objects.get(pk=w.contribution.pk).hidden,
    ),
    Form(
        "ask a question",
        "member",
        lambda w: "/questions/ask/",
        lambda w: "/questions/ask/",
        lambda w: {"title": "Evaluation tools?", "body": "Which ones?"},
        lambda w: QuestionPage.objects.count(),
    ),
    Form(
        "answer a question",
        "other_member",
        lambda w: w.question.url,
        lambda w: w.question.url + "answer/",
        lambda w: {"body": "Try a round of names."},
        lambda w: Answer.objects.count(),
    ),
    Form(
        "mark an answer helpful",
        "member",
        lambda w: w.question.url,
        lambda w: w.question.url + f"answers/{w.answer.pk}/helpful/",
        state=lambda w: Answer.objects.get(pk=w.answer.pk).helpful,
    ),
    Form(
        "give feedback on a consultation",
        "member",
        lambda w: w.consultation.url,
        lambda w: w.consultation.url + "feedback/",
        _feedback,
        _feedback_count,
    ),
    Form(
        "propose a training for consultation",
        "member",
        lambda w: "/consultations/propose/",
        lambda w: "/consultations/propose/",
        _proposal,
        lambda w: w.consultations.get_children().count(),
    ),
    Form(
        "save a search",
        "member",
        lambda w: "/search/?q=training",
        lambda w: "/digests/saved/",
        state=lambda w: SavedSearch.objects.count(),
    ),
    Form(
        "sign in",
        "anonymous",
        lambda w: "/accounts/login/",
        lambda w: "/accounts/login/",
        lambda w: {"username": "member", "password": PASSWORD},
    ),
    Form(
        "sign out",
        "member",
        lambda w: "/account/",
        lambda w: "/accounts/logout/",
    ),
    Form(
        "password reset",
        "anonymous",
        lambda w: "/accounts/password_reset/",
        lambda w: "/accounts/password_reset/",
        lambda w: {"email": "member@example.org"},
    ),
]


def csrf_client(world, role):
    client = Client(enforce_csrf_checks=True)
    if role != "anonymous":
        client.force_login(world.users[role])
    return client


@pytest.mark.parametrize("form", FORMS, ids=[form.id for form in FORMS])
def test_a_post_without_the_token_is_refused_and_one_with_it_goes_through(world, form):
    client = csrf_client(world, form.role)
    page = client.get(form.page(world))
    assert page.status_code == 200
    action = form.action(world)
    fields = {**read_form(page.content.decode(), action, form.page(world)), **form.data(world)}
    assert fields.get("csrfmiddlewaretoken"), "the form carries no CSRF token"

    before = form.state(world)
    without = {name: value for name, value in fields.items() if name != "csrfmiddlewaretoken"}
    refused = client.post(action, without)
    assert refused.status_code == 403
    assert form.state(world) == before

    accepted = client.post(action, fields)
    assert accepted.status_code == form.accepted, getattr(
        accepted.context and accepted.context.get("form"), "errors", None
    )
    if form.id not in ("sign in", "sign out", "password reset"):
        assert form.state(world) != before
