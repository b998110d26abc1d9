"""Applying for membership, moderators deciding in the admin, and the new member's first
sign-in; spam and hostile input; mail failures that must not lose an application."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.http import HttpRequest
from django.urls import reverse

from community.models import MemberProfile, MembershipApplication, Nomination
from taxonomy.factories import LanguageFactory, ThemeFactory

from .faults import closed_smtp_port

pytestmark = pytest.mark.django_db
APPLY = "/membership/apply/"


@pytest.fixture
def vocabulary(db):
    return {
        "theme": ThemeFactory(slug="masculinities", name="Masculinities"),
        "language": LanguageFactory(slug="es", name="Spanish"),
    }


@pytest.fixture
def application_data(vocabulary):
    return {
        "name": "Lucía Fernández",
        "email": "lucia@example.org",
        "organisation": "Red de Formación en Género",
        "organisation_type": "ngo",
        "position": "Training coordinator",
        "country": "Peru",
        "expertise": [vocabulary["theme"].pk],
        "experience": "Ten years of training of trainers on masculinities.",
        "languages": [vocabulary["language"].pk],
        "subgroups_of_interest": "Fragile state contexts",
        "motivation": "To share what works with mixed groups.",
        "acknowledged_personal_capacity": "on",
        "website": "",
    }


def apply(client, data):
    return client.post(APPLY, data)


def decide_url(name, application):
    return reverse(name, args=[application.pk])


# Applying


def test_visitor_applies_and_gets_a_confirmation(client, application_data):
    response = apply(client, application_data)

    assert response.status_code == 302
    assert response["Location"] == "/membership/apply/received/"
    application = MembershipApplication.objects.get()
    assert application.status == MembershipApplication.PENDING
    assert application.acknowledged_personal_capacity
    assert [theme.slug for theme in application.expertise.all()] == ["masculinities"]
    assert [message.to for message in mail.outbox] == [["lucia@example.org"]]
    assert "Thank you for applying" in client.get(response["Location"]).content.decode()


def test_the_form_asks_for_the_personal_capacity_acknowledgement(client, vocabulary):
    html = client.get(APPLY).content.decode()
    assert "personal capacity" in html
    assert 'name="acknowledged_personal_capacity"' in html


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"name": ""}, "name", "This field is required."),
        ({"email": "not-an-address"}, "email", "Enter a valid email address."),
        ({"name": "<script>alert(1)</script>"}, "name", "HTML tags"),
        ({"motivation": "m" * 10_000}, "motivation", "at most 4000 characters"),
        ({"organisation": "o" * 10_000}, "organisation", "at most 200 characters"),
        ({"acknowledged_personal_capacity": ""}, "acknowledged_personal_capacity",
         "personal capacity"),
        ({"expertise": []}, "expertise", "This field is required."),
        ({"organisation_type": "secret-society"}, "organisation_type", "Select a valid choice"),
    ],
)  # fmt: skip
def test_bad_input_is_refused_and_nothing_is_saved(
    client, application_data, change, field, message
):
    response = apply(client, {**application_data, **change})

    assert response.status_code == 400
    assert any(message in error for error in response.context["form"].errors[field])
    assert not MembershipApplication.objects.exists()
    assert mail.outbox == []


def test_empty_form_lists_every_missing_answer(client, vocabulary):
    response = client.post(APPLY, {})
    assert response.status_code == 400
    assert {"name", "email", "motivation", "acknowledged_personal_capacity"} <= set(
        response.context["form"].errors
    )
    assert b"Please correct the following" in response.content


def test_mixed_scripts_are_kept_and_direction_overrides_removed(client, application_data):
    name = "Amira \u202eأميرة\u202c Lucía 李"
    apply(client, {**application_data, "name": name})
    assert MembershipApplication.objects.get().name == "Amira أميرة Lucía 李"


def test_a_second_pending_application_is_not_stored(client, application_data):
    apply(client, application_data)
    mail.outbox.clear()
    response = apply(client, {**application_data, "email": "LUCIA@example.org"})

    # The same page as a first application (the form must not tell who has applied); the
    # address's owner learns by email why nothing new was kept.
    assert response.status_code == 302
    assert response["Location"] == "/membership/apply/received/"
    assert MembershipApplication.objects.count() == 1
    assert [message.to for message in mail.outbox] == [["LUCIA@example.org"]]
    assert "already have one waiting" in mail.outbox[0].body


def test_a_member_cannot_apply_again(client, application_data, member):
    response = apply(client, {**application_data, "email": member.email})
    assert response.status_code == 302
    assert response["Location"] == "/membership/apply/received/"
    assert not MembershipApplication.objects.exists()
    assert [message.to for message in mail.outbox] == [[member.email]]
    assert "already belongs to a member" in mail.outbox[0].body
    assert "/accounts/password_reset/" in mail.outbox[0].body


def test_the_honeypot_catches_bots_silently(client, application_data):
    response = apply(client, {**application_data, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not MembershipApplication.objects.exists()
    assert mail.outbox == []


def test_applications_are_rate_limited_per_address(client, application_data, settings):
    settings.COP_APPLICATION_RATE_LIMIT = (2, 3600)
    statuses = [
        apply(client, {**application_data, "email": f"person{n}@example.org"}).status_code
        for n in range(3)
    ]
    assert statuses == [302, 302, 429]
    assert MembershipApplication.objects.count() == 2
    blocked = apply(client, {**application_data, "email": "late@example.org"})
    assert b"Please wait a moment" in blocked.content
    assert blocked["Retry-After"] == "3600"
    # Another address is not blocked.
    other = client.post(APPLY, {**application_data, "email": "x@example.org"},
                        REMOTE_ADDR="10.9.8.7")  # fmt: skip
    assert other.status_code == 302


def test_a_failing_mail_server_does_not_lose_the_application(client, application_data, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_smtp_port()
    settings.EMAIL_TIMEOUT = 2

    response = apply(client, application_data)

    assert response.status_code == 302
    assert MembershipApplication.objects.filter(email="lucia@example.org").exists()


# Deciding


def submitted(client, application_data):
    apply(client, application_data)
    mail.outbox.clear()
    return MembershipApplication.objects.get()


def test_moderator_approves_and_the_new_member_sets_a_password(
    client, application_data, moderator, django_capture_on_commit_callbacks
):
    application = submitted(client, application_data)
    client.force_login(moderator)
    assert client.get(decide_url("membership_application_approve", application)).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(decide_url("membership_application_approve", application))

    assert response.status_code == 302
    application.refresh_from_db()
    user = application.user
    assert application.status == "approved" and application.reviewed_by == moderator
    assert (user.first_name, user.last_name, user.is_active) == ("Lucía", "Fernández", True)
    assert user.groups.filter(name="Members").exists()
    assert not user.has_usable_password()
    profile = user.member_profile
    assert (profile.organisation, profile.organisation_type, profile.country) == (
        "Red de Formación en Género",
        "ngo",
        "Peru",
    )
    assert [theme.slug for theme in profile.expertise.all()] == ["masculinities"]

    (email,) = mail.outbox
    assert email.to == ["lucia@example.org"]
    link = re.search(r"http://localhost(/accounts/reset/\S+)", email.body).group(1)
    client.logout()
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    set_url = form_page.redirect_chain[-1][0]
    done = client.post(
        set_url,
        {"new_password1": "a-long-new-passphrase", "new_password2": "a-long-new-passphrase"},
    )
    assert done.status_code == 302
    assert client.login(
        request=HttpRequest(), username=user.username, password="a-long-new-passphrase"
    )
    assert client.get("/account/").status_code == 200


def test_approving_activates_an_existing_inactive_account(client, application_data, moderator):
    old = get_user_model().objects.create_user(
        "lucia-old", "lucia@example.org", "x", is_active=False
    )
    application = submitted(client, application_data)
    client.force_login(moderator)
    client.post(decide_url("membership_application_approve", application))

    old.refresh_from_db()
    assert old.is_active
    assert old.groups.filter(name="Members").exists()
    assert get_user_model().objects.filter(email__iexact="lucia@example.org").count() == 1


def test_moderator_rejects_with_a_reason(
    client, application_data, moderator, django_capture_on_commit_callbacks
):
    application = submitted(client, application_data)
    client.force_login(moderator)

    empty = client.post(decide_url("membership_application_reject", application), {"reason": ""})
    assert empty.status_code == 400
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            decide_url("membership_application_reject", application),
            {"reason": "The community is for practitioners of gender training."},
        )

    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "rejected"
    assert not get_user_model().objects.filter(email="lucia@example.org").exists()
    (email,) = mail.outbox
    assert "The community is for practitioners of gender training." in email.body


def test_a_decided_application_cannot_be_decided_again(
    client, application_data, moderator, django_capture_on_commit_callbacks
):
    application = submitted(client, application_data)
    client.force_login(moderator)
    client.post(decide_url("membership_application_approve", application))
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(decide_url("membership_application_reject", application), {"reason": "Oops"})

    application.refresh_from_db()
    assert application.status == "approved"
    assert mail.outbox == []


def test_moderator_bulk_approves(
    client, application_data, moderator, django_capture_on_commit_callbacks
):
    for n in range(3):
        apply(client, {**application_data, "email": f"person{n}@example.org"})
    ids = list(MembershipApplication.objects.values_list("pk", flat=True))
    mail.outbox.clear()
    client.force_login(moderator)
    url = reverse("wagtail_bulk_action", args=["copcommunity", "membershipapplication", "approve"])

    confirm = client.get(url, {"id": ids})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url + "?" + "&".join(f"id={pk}" for pk in ids), {})

    assert confirm.status_code == 200
    assert response.status_code == 302
    assert set(MembershipApplication.objects.values_list("status", flat=True)) == {"approved"}
    assert sorted(m.to[0] for m in mail.outbox) == [f"person{n}@example.org" for n in range(3)]


def test_moderators_list_and_filter_applications(client, application_data, moderator):
    apply(client, application_data)
    apply(
        client, {**application_data, "email": "b@example.org", "organisation_type": "government"}
    )
    client.force_login(moderator)
    url = reverse(MembershipApplication.snippet_viewset.get_url_name("list"))

    everything = client.get(url)
    governments = client.get(url, {"organisation_type": "government"})

    assert everything.status_code == 200
    assert b"lucia@example.org" in everything.content
    assert b"b@example.org" in governments.content
    assert b"lucia@example.org" not in governments.content


@pytest.mark.parametrize("role", ["member", "reviewer", "editor"])
def test_only_moderators_decide(
    client, application_data, request, role, django_capture_on_commit_callbacks
):
    application = submitted(client, application_data)
    client.force_login(request.getfixturevalue(role))

    with django_capture_on_commit_callbacks(execute=True):
        approve = client.post(decide_url("membership_application_approve", application))
        reject = client.post(
            decide_url("membership_application_reject", application), {"reason": "x"}
        )

    assert approve.status_code in (302, 403)
    assert reject.status_code in (302, 403)
    application.refresh_from_db()
    assert application.status == "pending"
    assert mail.outbox == []


# Nominations


def test_member_nominates_and_a_moderator_invites(client, member, moderator, application_data):
    client.force_login(member)
    response = client.post(
        "/membership/nominate/",
        {"name": "Lucía Fernández", "email": "lucia@example.org", "reason": "Great trainer."},
    )
    assert response.status_code == 302
    nomination = Nomination.objects.get()
    assert nomination.nominated_by == member
    assert not MembershipApplication.objects.exists()  # a nomination approves nobody

    client.force_login(moderator)
    client.post(reverse("nomination_invite", args=[nomination.pk]))
    (invitation,) = mail.outbox
    assert invitation.to == ["lucia@example.org"]
    assert "/membership/apply/" in invitation.body

    client.logout()
    apply(client, application_data)
    client.force_login(moderator)
    application = MembershipApplication.objects.get()
    inspect = client.get(
        reverse(
            MembershipApplication.snippet_viewset.get_url_name("inspect"), args=[application.pk]
        )
    )
    assert b"Great trainer." in inspect.content


def test_nominating_an_existing_member_says_nothing_of_membership(client, member, other_member):
    client.force_login(member)
    answers = [
        client.post(
            "/membership/nominate/",
            {"name": "Other", "email": email, "reason": "A trainer."},
            follow=True,
        )
        for email in (other_member.email.upper(), "newcomer@example.org")
    ]
    # The same thanks for a member's address as for anyone's...
    assert [answer.redirect_chain for answer in answers] == [[("/account/", 302)]] * 2
    thanks = [[str(message) for message in answer.context["messages"]] for answer in answers]
    assert thanks[0] == thanks[1] == ["Thank you. The moderators will consider inviting Other."]
    assert "already a member" not in answers[0].content.decode()
    # ...but only the newcomer's nomination is kept for the moderators, and nobody is emailed.
    assert list(Nomination.objects.values_list("email", flat=True)) == ["newcomer@example.org"]
    assert mail.outbox == []


def test_only_members_nominate(client, registered_user):
    assert client.get("/membership/nominate/").status_code == 302
    client.force_login(registered_user)
    assert client.post("/membership/nominate/", {"name": "X"}).status_code == 403


def test_profile_exists_only_after_approval(client, application_data):
    apply(client, application_data)
    assert not MemberProfile.objects.exists()
