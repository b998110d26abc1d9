"""No user enumeration: the membership application, sign-in and password-reset forms answer
the same whether or not an address or user name is known. Only the address's owner learns the
difference, by email."""

import re

import pytest
from django.core import mail

from community.models import MembershipApplication
from taxonomy.factories import LanguageFactory, ThemeFactory

pytestmark = pytest.mark.django_db

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"|"CSRF_TOKEN": "[^"]*"')


def visible(response):
    """What a person sees: status, where they are sent, and the page without its per-request
    token."""
    return (
        response.status_code,
        response.get("Location"),
        CSRF.sub("", response.content.decode()),
    )


@pytest.fixture
def application(db):
    theme = ThemeFactory(slug="masculinities", name="Masculinities")
    language = LanguageFactory(slug="es", name="Spanish")
    return {
        "name": "Someone",
        "organisation": "Org",
        "organisation_type": "ngo",
        "position": "Trainer",
        "country": "Peru",
        "expertise": [theme.pk],
        "languages": [language.pk],
        "experience": "Years.",
        "motivation": "To learn.",
        "acknowledged_personal_capacity": "on",
        "website": "",
    }


def test_applying_with_a_members_address_looks_like_a_new_application(client, application, member):
    new = client.post("/membership/apply/", {**application, "email": "new@example.org"})
    new_page = client.get(new["Location"])
    known = client.post("/membership/apply/", {**application, "email": member.email.upper()})
    known_page = client.get(known["Location"])

    assert visible(known) == visible(new)
    assert visible(known_page) == visible(new_page)
    # Only the new address has an application; the member is told by email, not on the page.
    assert list(MembershipApplication.objects.values_list("email", flat=True)) == [
        "new@example.org"
    ]
    assert [message.to for message in mail.outbox] == [["new@example.org"], [member.email.upper()]]
    assert "already belongs to a member" in mail.outbox[1].body


def test_applying_again_while_pending_looks_like_a_new_application(client, application):
    first = client.post("/membership/apply/", {**application, "email": "first@example.org"})
    again = client.post("/membership/apply/", {**application, "email": "First@Example.org"})
    other = client.post("/membership/apply/", {**application, "email": "other@example.org"})

    assert visible(again) == visible(other) == visible(first)
    assert MembershipApplication.objects.count() == 2
    assert "already have one waiting" in mail.outbox[1].body


def test_applying_with_an_invalid_address_says_only_that_it_is_invalid(client, application):
    response = client.post("/membership/apply/", {**application, "email": "not-an-address"})
    assert response.status_code == 400
    assert list(response.context["form"].errors) == ["email"]


@pytest.mark.parametrize("login_url", ["/accounts/login/", "/admin/login/"])
def test_sign_in_says_the_same_for_an_unknown_user_and_a_wrong_password(client, editor, login_url):
    unknown = client.post(login_url, {"username": "nobody", "password": "password"})
    wrong = client.post(login_url, {"username": editor.username, "password": "wrong"})
    editor.is_active = False
    editor.save()
    inactive = client.post(login_url, {"username": editor.username, "password": "password"})

    assert unknown.status_code == wrong.status_code == inactive.status_code == 200
    errors = [list(response.context["form"].non_field_errors()) for response in (unknown, wrong)]
    assert errors[0] == errors[1] != []
    assert list(inactive.context["form"].non_field_errors()) == errors[0]
    # The pages differ only in the user name typed back into the form.
    assert visible(wrong)[2].replace(editor.username, "nobody") == visible(unknown)[2]


def test_password_reset_answers_the_same_for_unknown_and_known_addresses(client, editor):
    reset_url, done_url = "/accounts/password_reset/", "/accounts/password_reset/done/"
    unknown = client.post(reset_url, {"email": "nobody@example.org"})
    assert mail.outbox == []
    known = client.post(reset_url, {"email": editor.email})

    assert visible(unknown) == visible(known) == (302, done_url, "")
    assert [message.to for message in mail.outbox] == [[editor.email]]


def test_the_admin_s_forgotten_password_link_leads_to_the_limited_form(client, editor):
    # Wagtail's own reset form would mail inside the request, with no limit.
    login = client.get("/admin/login/").content.decode()
    assert 'href="/admin/password_reset/"' in login

    asked = client.get("/admin/password_reset/")
    posted = client.post("/admin/password_reset/", {"email": editor.email})

    assert (asked.status_code, asked["Location"]) == (302, "/accounts/password_reset/")
    assert (posted.status_code, posted["Location"]) == (302, "/accounts/password_reset/")
    assert mail.outbox == []


def test_a_member_who_never_chose_a_password_can_still_get_a_reset_link(client, member):
    # Approved members start without a password; the approval email's link expires.
    member.set_unusable_password()
    member.save()
    response = client.post("/accounts/password_reset/", {"email": member.email.upper()})
    assert (response.status_code, response["Location"]) == (302, "/accounts/password_reset/done/")
    assert [message.to for message in mail.outbox] == [[member.email]]
