"""Addresses at IP literals (x@[127.0.0.1]) or at a domain without a dot are refused with a
clear message in every form that takes an address, and nothing is kept or mailed."""

import pytest
from django.core import mail

from community.models import MembershipApplication, Nomination
from taxonomy.factories import LanguageFactory, ThemeFactory

pytestmark = pytest.mark.django_db
MESSAGE = "Enter an email address at a named domain, such as name@example.org"
BAD = ["x@[127.0.0.1]", "x@[IPv6:::1]", "x@localhost", "x@intranet"]


@pytest.fixture
def strict(client):
    client.raise_request_exception = True
    return client


@pytest.mark.parametrize("address", BAD)
def test_application_form(strict, address):
    data = {
        "name": "Lucía Fernández",
        "email": address,
        "organisation": "Red de Formación en Género",
        "organisation_type": "ngo",
        "position": "Training coordinator",
        "country": "Peru",
        "expertise": [ThemeFactory(slug="masculinities", name="Masculinities").pk],
        "experience": "Ten years.",
        "languages": [LanguageFactory(slug="es", name="Spanish").pk],
        "motivation": "To share.",
        "acknowledged_personal_capacity": "on",
        "website": "",
    }
    response = strict.post("/membership/apply/", data)
    assert response.status_code == 400
    assert MESSAGE in response.context["form"].errors["email"][0]
    assert not MembershipApplication.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize("address", BAD)
def test_nomination_form(strict, member, address):
    strict.force_login(member)
    response = strict.post(
        "/membership/nominate/", {"name": "Nominee", "email": address, "reason": "Expert."}
    )
    assert response.status_code == 400
    assert MESSAGE in response.context["form"].errors["email"][0]
    assert not Nomination.objects.exists()


@pytest.mark.parametrize("address", BAD)
def test_password_reset_form(strict, registered_user, address):
    registered_user.email = address
    registered_user.save()
    response = strict.post("/accounts/password_reset/", {"email": address})
    assert response.status_code == 200
    assert MESSAGE in response.context["form"].errors["email"][0]
    assert mail.outbox == []


def test_a_named_domain_is_accepted(strict, member):
    strict.force_login(member)
    response = strict.post(
        "/membership/nominate/",
        {"name": "Nominee", "email": "nominee@example.org", "reason": "Expert."},
    )
    assert response.status_code == 302
    assert Nomination.objects.get().email == "nominee@example.org"
