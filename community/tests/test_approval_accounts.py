"""Approving a membership application never changes a staff account, never brings back old
groups or an old password, and tells the moderator when the address already has an account.

Found by moderators: an anonymous application with an editor's address (in any case), once
approved, renamed the editor's account and overwrote the profile; a deactivated editor who
re-applied came back with the Editors group and the old password."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.core import mail
from django.http import HttpRequest
from django.urls import reverse

from community.models import MemberProfile, MembershipApplication
from taxonomy.factories import LanguageFactory, ThemeFactory

pytestmark = pytest.mark.django_db
APPLY = "/membership/apply/"
BULK = ("copcommunity", "membershipapplication", "approve")


@pytest.fixture
def vocabulary(db):
    return {
        "theme": ThemeFactory(slug="masculinities", name="Masculinities"),
        "language": LanguageFactory(slug="es", name="Spanish"),
    }


def application_data(vocabulary, email):
    return {
        "name": "Mallory Intruder",
        "email": email,
        "organisation": "Nowhere Inc",
        "organisation_type": "ngo",
        "position": "Applicant",
        "country": "Atlantis",
        "expertise": [vocabulary["theme"].pk],
        "experience": "None.",
        "languages": [vocabulary["language"].pk],
        "motivation": "To get in.",
        "acknowledged_personal_capacity": "on",
        "website": "",
    }


def anonymous_application(client, vocabulary, email):
    """Applies as a visitor (signed out) and returns the pending application."""
    client.logout()
    assert client.post(APPLY, application_data(vocabulary, email)).status_code == 302
    mail.outbox.clear()
    return MembershipApplication.objects.get(email=email)


def approve_url(application):
    return reverse("membership_application_approve", args=[application.pk])


def texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def snapshot(user):
    user = get_user_model().objects.get(pk=user.pk)
    return (
        user.username,
        user.first_name,
        user.last_name,
        user.email,
        user.password,
        user.is_active,
        sorted(user.groups.values_list("name", flat=True)),
        MemberProfile.objects.filter(user=user).values_list("organisation", flat=True).first(),
    )


@pytest.mark.parametrize("address", ["editor@example.org", "EDITOR@example.org"])
def test_an_application_with_an_editors_address_leaves_the_editor_alone(
    client, vocabulary, editor, moderator, address, django_capture_on_commit_callbacks
):
    MemberProfile.objects.create(user=editor, organisation="Editorial office")
    before = snapshot(editor)
    application = anonymous_application(client, vocabulary, address)

    client.force_login(moderator)
    confirm = client.get(approve_url(application))
    assert confirm.status_code == 200
    assert any("staff account “editor”" in text for text in texts(confirm))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(approve_url(application))

    assert response.status_code == 302
    assert any("approving never changes a staff account" in text for text in texts(response))
    assert snapshot(editor) == before
    application.refresh_from_db()
    assert application.status == MembershipApplication.PENDING
    assert application.user is None
    assert mail.outbox == []
    assert get_user_model().objects.filter(email__iexact="editor@example.org").count() == 1


def test_a_deactivated_editor_is_not_brought_back(
    client, vocabulary, editor, moderator, django_capture_on_commit_callbacks
):
    editor.is_active = False
    editor.save()
    before = snapshot(editor)
    application = anonymous_application(client, vocabulary, "editor@example.org")

    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(approve_url(application))

    assert any("staff account “editor”" in text for text in texts(response))
    assert snapshot(editor) == before
    # Still deactivated (django-axes wants the request authenticate is called for).
    assert not client.login(request=HttpRequest(), username="editor", password="password")
    assert MembershipApplication.objects.get(pk=application.pk).status == "pending"
    assert mail.outbox == []


@pytest.mark.parametrize("kind", ["superuser", "is_staff", "admin_access", "other_group"])
def test_no_staff_account_of_any_kind_is_changed(client, vocabulary, moderator, kind):
    user = get_user_model().objects.create_user("staffer", "staffer@example.org", "password")
    if kind == "superuser":
        user.is_superuser = True
    elif kind == "is_staff":
        user.is_staff = True
    elif kind == "admin_access":
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    else:
        user.groups.add(Group.objects.get(name="Reviewers"))
    user.is_active = False  # deactivated: has_perm says nothing of what it may do
    user.save()
    before = snapshot(user)
    application = anonymous_application(client, vocabulary, "Staffer@Example.org")

    client.force_login(moderator)
    client.post(approve_url(application))

    assert snapshot(user) == before
    assert MembershipApplication.objects.get(pk=application.pk).status == "pending"


def test_bulk_approval_refuses_the_staff_address_and_says_so(
    client, vocabulary, editor, moderator, django_capture_on_commit_callbacks
):
    before = snapshot(editor)
    intruder = anonymous_application(client, vocabulary, "EDITOR@example.org")
    newcomer = anonymous_application(client, vocabulary, "newcomer@example.org")
    url = reverse("wagtail_bulk_action", args=BULK)

    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{url}?id={intruder.pk}&id={newcomer.pk}", {})

    assert response.status_code == 302
    messages = texts(response)
    assert any(
        "Mallory Intruder is not approved" in text and "staff account “editor”" in text
        for text in messages
    )
    assert "1 application approved." in [text.strip() for text in messages]
    assert snapshot(editor) == before
    assert MembershipApplication.objects.get(pk=intruder.pk).status == "pending"
    assert MembershipApplication.objects.get(pk=newcomer.pk).status == "approved"
    assert [m.to for m in mail.outbox] == [["newcomer@example.org"]]


def test_an_active_members_profile_is_not_overwritten(client, vocabulary, member, moderator):
    # Applied before they became a member (the form turns members away).
    application = anonymous_application(client, vocabulary, "other@example.org")
    MembershipApplication.objects.filter(pk=application.pk).update(email="Member@example.org")
    MemberProfile.objects.create(user=member, organisation="Her own")
    before = snapshot(member)

    client.force_login(moderator)
    response = client.post(approve_url(application))

    assert any("already belongs to the member “member”" in text for text in texts(response))
    assert snapshot(member) == before
    assert MembershipApplication.objects.get(pk=application.pk).status == "pending"


def test_a_former_member_comes_back_without_old_groups_or_password(
    client, vocabulary, moderator, django_capture_on_commit_callbacks
):
    old = get_user_model().objects.create_user(
        "former", "former@example.org", "old-password", is_active=False
    )
    old.groups.add(Group.objects.get(name="Members"))
    old.user_permissions.add(Permission.objects.get(codename="add_nomination"))
    application = anonymous_application(client, vocabulary, "Former@example.org")

    client.force_login(moderator)
    confirm = client.get(approve_url(application))
    assert any("already belongs to the account “former”" in text for text in texts(confirm))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(approve_url(application))

    assert any("already belonged to the account “former”" in text for text in texts(response))
    old.refresh_from_db()
    assert old.is_active
    assert list(old.groups.values_list("name", flat=True)) == ["Members"]
    assert not old.user_permissions.exists()
    assert not old.has_usable_password()
    assert not client.login(request=HttpRequest(), username="former", password="old-password")
    assert MembershipApplication.objects.get(pk=application.pk).user == old
    assert [m.to for m in mail.outbox] == [["former@example.org"]]
