"""A member's preferred language: asked on the application form (the page's language first),
kept on the profile, changed there, and used for every email they get, whatever language the
moderator who triggered it was using. Applicants get the language of their application."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse
from django.utils import translation

from community.models import MemberProfile, MembershipApplication
from taxonomy.factories import LanguageFactory, ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def application_data(db):
    return {
        "name": "Aminata Diallo",
        "email": "aminata@example.org",
        "organisation": "Réseau Genre et Formation",
        "organisation_type": "ngo",
        "position": "Formatrice",
        "country": "Senegal",
        "expertise": [ThemeFactory(slug="masculinities", name="Masculinities").pk],
        "experience": "Dix ans de formation de formateurs.",
        "languages": [LanguageFactory(slug="fr", name="French").pk],
        "motivation": "Partager ce qui marche.",
        "acknowledged_personal_capacity": "on",
        "website": "",
    }


def in_language(language, name, *args):
    """The address of ``name`` in ``language`` (``/fr/…``), and the header a browser set to
    that language sends."""
    with translation.override(language):
        url = reverse(name, args=args)
    return url, {"HTTP_ACCEPT_LANGUAGE": language}


def selected_language(response):
    soup = BeautifulSoup(response.content, "html.parser")
    select = soup.find("select", attrs={"name": "preferred_language"})
    return [option["value"] for option in select.find_all("option") if option.has_attr("selected")]


def language_of(message):
    """The language the email says it is in, as a mail client reads it."""
    return message.message()["Content-Language"]


def french(message):
    with translation.override("fr"):
        return translation.gettext(message)


@pytest.mark.parametrize("language", ["fr", "es", "en"])
def test_the_application_form_starts_with_the_language_the_page_is_in(client, language):
    url, headers = in_language(language, "community:apply")

    response = client.get(url, **headers)

    assert response.status_code == 200
    assert selected_language(response) == [language]


def test_an_english_moderator_approves_a_french_applicant_in_french(
    client, application_data, moderator, django_capture_on_commit_callbacks
):
    url, headers = in_language("fr", "community:apply")
    client.post(url, {**application_data, "preferred_language": "fr"}, **headers)
    application = MembershipApplication.objects.get()
    assert application.preferred_language == "fr"
    (received,) = mail.outbox
    assert language_of(received) == "fr"
    mail.outbox.clear()

    client.force_login(moderator)
    approve = reverse("membership_application_approve", args=[application.pk])
    english = {"HTTP_ACCEPT_LANGUAGE": "en"}
    page = client.get(approve, **english)
    assert 'lang="en"' in page.content.decode()  # the moderator works in English
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(approve, **english).status_code == 302

    application.refresh_from_db()
    assert application.user.member_profile.preferred_language == "fr"
    (approval,) = mail.outbox
    assert approval.to == ["aminata@example.org"]
    assert language_of(approval) == "fr"
    assert approval.subject == french("Welcome to the Gender Training Community of Practice")


def test_a_rejection_goes_out_in_the_language_of_the_application(
    client, application_data, moderator, django_capture_on_commit_callbacks
):
    url, headers = in_language("es", "community:apply")
    client.post(url, {**application_data, "preferred_language": "es"}, **headers)
    application = MembershipApplication.objects.get()
    mail.outbox.clear()

    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("membership_application_reject", args=[application.pk]),
            {"reason": "Fuera del ámbito de la comunidad."},
            HTTP_ACCEPT_LANGUAGE="en",
        )

    (rejection,) = mail.outbox
    assert language_of(rejection) == "es"
    assert "Fuera del ámbito de la comunidad." in rejection.body


def test_an_application_sent_without_a_language_takes_the_page_language(client, application_data):
    url, headers = in_language("es", "community:apply")

    client.post(url, application_data, **headers)

    assert MembershipApplication.objects.get().preferred_language == "es"


def test_a_member_changes_their_language_on_the_profile_form(client, member):
    client.force_login(member)
    url, headers = in_language("en", "community:edit_profile")
    assert selected_language(client.get(url, **headers)) == ["en"]

    bad = client.post(url, {"preferred_language": "xx"}, **headers)
    assert bad.status_code == 400
    assert "Select a valid choice." in bad.content.decode()
    assert not MemberProfile.objects.filter(user=member, preferred_language="xx").exists()

    assert client.post(url, {"preferred_language": "es"}, **headers).status_code == 302
    assert MemberProfile.objects.get(user=member).preferred_language == "es"
    assert selected_language(client.get(url, **headers)) == ["es"]
    account, _headers = in_language("en", "community:account")
    assert '<dd lang="es">Español</dd>' in client.get(account, **headers).content.decode()


def test_a_password_reset_asked_from_an_english_page_comes_in_the_members_language(client, member):
    MemberProfile.objects.create(user=member, preferred_language="fr")

    client.post("/accounts/password_reset/", {"email": member.email}, HTTP_ACCEPT_LANGUAGE="en")

    (message,) = mail.outbox
    assert language_of(message) == "fr"
    # Django's own French catalogue: the body was rendered under French.
    assert "Vous recevez ce message" in message.body


def test_staff_without_a_profile_get_the_sites_language_not_the_senders(moderator):
    from contributions.mail import recipient_language

    with translation.override("fr"):
        assert recipient_language(moderator) == "en"
        assert recipient_language("fr-ca") == "fr"  # a regional variant: its language
        assert recipient_language("xx") == "en"  # none of the site's languages
