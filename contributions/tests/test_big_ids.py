"""Ids beyond 64 bits, in addresses and in posted choices: a 404 or a form error, never a 500.

Django's ``<int:…>`` takes any number of digits and its model choice fields pass any number on
to the database; SQLite cannot bind an integer past 64 bits (OverflowError). Each request is
made as the member who found it, through the real endpoint, with the test client raising the
view's exception (so a 500 fails the test with its traceback)."""

import datetime

import pytest
from django.utils import timezone

from community.models import (
    DialogueContribution,
    DialogueEventPage,
    DialogueIndexPage,
    MembershipApplication,
    QuestionIndexPage,
    QuestionPage,
)
from compendium.factories import CompendiumIndexPageFactory
from consultations.models import ConsultationIndexPage, TrainingProposalPage
from digests.models import SavedSearch
from resources.factories import ResourcePageFactory
from resources.models import ResourceFeedback, ResourcePage
from taxonomy.factories import LanguageFactory, ResourceTypeFactory, ThemeFactory

pytestmark = pytest.mark.django_db

HUGE = "9" * 30  # far past 64 bits
JUST_PAST = str(2**63)  # the first number a signed 64-bit integer cannot hold
BIG_IDS = [HUGE, JUST_PAST]


@pytest.fixture
def strict(client):
    client.raise_request_exception = True
    return client


@pytest.fixture
def entry(library):
    return ResourcePageFactory(parent=library, title="Gender analysis frameworks compared")


@pytest.fixture
def theme(db):
    return ThemeFactory(slug="masculinities", name="Masculinities")


# Addresses -----------------------------------------------------------------------------------


@pytest.mark.parametrize("big", BIG_IDS)
def test_resource_feedback_and_edit_addresses(strict, entry, member, big):
    strict.force_login(member)
    assert strict.post(f"/resources/feedback/{big}/", {"rating": "5"}).status_code == 404
    assert strict.get(f"/resources/contribute/{big}/").status_code == 404
    assert not ResourceFeedback.objects.exists()


def test_an_id_of_18_digits_is_looked_up_and_not_found(strict, entry, member):
    strict.force_login(member)
    assert strict.post(f"/resources/feedback/{'9' * 18}/", {"rating": "5"}).status_code == 404
    # And the address of a real entry still works.
    assert strict.post(f"/resources/feedback/{entry.pk}/", {"rating": "5"}).status_code == 302


@pytest.mark.parametrize("big", BIG_IDS)
def test_proposal_and_practice_edit_addresses(strict, home_page, member, big):
    index = ConsultationIndexPage(title="Consultations", slug="consultations")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    CompendiumIndexPageFactory(parent=home_page)
    strict.force_login(member)
    assert strict.get(f"/consultations/propose/{big}/").status_code == 404
    assert strict.get(f"/compendium/submit/{big}/basics/").status_code == 404


@pytest.mark.parametrize("big", BIG_IDS)
def test_helpful_answer_and_hidden_contribution_addresses(strict, home_page, member, big):
    questions = QuestionIndexPage(title="Questions", slug="questions")
    home_page.add_child(instance=questions)
    questions.save_revision().publish()
    question = QuestionPage(title="Icebreakers?", slug="icebreakers", body="?", asked_by=member)
    questions.add_child(instance=question)
    question.save_revision().publish()
    dialogues = DialogueIndexPage(title="Dialogues", slug="dialogues")
    home_page.add_child(instance=dialogues)
    dialogues.save_revision().publish()
    start = timezone.now() + datetime.timedelta(days=3)
    dialogue = DialogueEventPage(
        title="Online facilitation",
        slug="online-facilitation",
        summary_text="About online facilitation.",
        start=start,
        end=start + datetime.timedelta(hours=2),
    )
    dialogues.add_child(instance=dialogue)
    dialogue.save_revision().publish()

    strict.force_login(member)
    assert strict.post(f"{question.url}answers/{big}/helpful/").status_code == 404
    # A moderator's address: the member who found it is refused before any lookup would be
    # made; a moderator gets a 404.
    assert strict.post(f"{dialogue.url}contributions/{big}/hide/").status_code == 404
    assert not DialogueContribution.objects.filter(hidden=True).exists()


@pytest.mark.parametrize("big", BIG_IDS)
def test_saved_search_addresses(strict, member, big):
    strict.force_login(member)
    assert strict.post(f"/digests/saved/{big}/", {"frequency": "daily"}).status_code == 404
    assert strict.post(f"/digests/saved/{big}/delete/").status_code == 404
    assert not SavedSearch.objects.exists()


# Posted choices ------------------------------------------------------------------------------

INVALID_CHOICE = "Select a valid choice."


def application(theme, language, **changes):
    return {
        "name": "Lucía Fernández",
        "email": "lucia@example.org",
        "organisation": "Red de Formación en Género",
        "organisation_type": "ngo",
        "position": "Training coordinator",
        "country": "Peru",
        "expertise": [theme.pk],
        "experience": "Ten years of training of trainers.",
        "languages": [language.pk],
        "motivation": "To share what works.",
        "acknowledged_personal_capacity": "on",
        "website": "",
        **changes,
    }


@pytest.mark.parametrize("big", BIG_IDS)
@pytest.mark.parametrize("field", ["expertise", "languages"])
def test_application_form_choices(strict, theme, field, big):
    language = LanguageFactory(slug="es", name="Spanish")
    response = strict.post("/membership/apply/", application(theme, language, **{field: [big]}))
    assert response.status_code == 400
    assert INVALID_CHOICE in response.context["form"].errors[field][0]
    assert not MembershipApplication.objects.exists()


def test_application_form_with_a_big_id_among_good_ones(strict, theme):
    language = LanguageFactory(slug="es", name="Spanish")
    data = application(theme, language, expertise=[theme.pk, HUGE])
    response = strict.post("/membership/apply/", data)
    assert response.status_code == 400
    assert "expertise" in response.context["form"].errors
    assert not MembershipApplication.objects.exists()


def test_profile_region(strict, member):
    strict.force_login(member)
    response = strict.post("/account/profile/", {"region": HUGE, "organisation_type": ""})
    assert response.status_code == 400
    assert INVALID_CHOICE in response.context["form"].errors["region"][0]


def test_question_themes(strict, home_page, member):
    questions = QuestionIndexPage(title="Questions", slug="questions")
    home_page.add_child(instance=questions)
    questions.save_revision().publish()
    strict.force_login(member)
    response = strict.post(
        "/questions/ask/", {"title": "Icebreakers?", "body": "What works?", "themes": [HUGE]}
    )
    assert response.status_code == 400
    assert "themes" in response.context["form"].errors
    assert not QuestionPage.objects.exists()


def test_resource_contribution_choices(strict, library, member, theme):
    ResourceTypeFactory(slug="toolkit", name="Toolkit")
    strict.force_login(member)
    data = {
        "title": "A toolkit",
        "summary": "Exercises.",
        "resource_type": HUGE,
        "themes": [HUGE],
        "regions": [JUST_PAST],
        "external_url": "https://example.org/toolkit",
    }
    response = strict.post("/resources/contribute/", data)
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert {"resource_type", "themes", "regions"} <= set(errors)
    assert not ResourcePage.objects.filter(title="A toolkit").exists()


def test_proposal_themes(strict, home_page, member, theme):
    index = ConsultationIndexPage(title="Consultations", slug="consultations")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    today = timezone.now().date()
    strict.force_login(member)
    data = {
        "title": "A course",
        "summary": "For trainers.",
        "description": "Day one.",
        "target_audience": "Trainers",
        "themes": [theme.pk],
        "contexts": [HUGE],
        "questions": "Enough?",
        "opens_on": (today + datetime.timedelta(days=3)).isoformat(),
        "closes_on": (today + datetime.timedelta(days=30)).isoformat(),
        "time_zone": "UTC",
    }
    response = strict.post("/consultations/propose/", data)
    assert response.status_code == 400
    assert "contexts" in response.context["form"].errors
    assert not TrainingProposalPage.objects.exists()


def test_practice_basics_choices(strict, home_page, member, theme):
    CompendiumIndexPageFactory(parent=home_page)
    strict.force_login(member)
    response = strict.post(
        "/compendium/submit/", {"title": "Peer facilitators", "themes": [HUGE], "year": ""}
    )
    assert response.status_code in (200, 400)
    assert "themes" in response.context["form"].errors
