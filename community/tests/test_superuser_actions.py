"""Only superusers change superusers, through every user action of the admin: the bulk actions
(set active state, assign role, delete) and the single edit and delete views. Moderators manage
every other account."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

pytestmark = pytest.mark.django_db

User = get_user_model()


def bulk_url(action, *users):
    url = reverse("wagtail_bulk_action", args=["auth", "user", action])
    return url + "?" + "&".join(f"id={user.pk}" for user in users)


BULK_FORMS = {
    "set_active_state": lambda: {"mark_as_active": "False"},
    "assign_role": lambda: {"role": Group.objects.get(name="Reviewers").pk},
    "delete": lambda: {},
}


@pytest.fixture
def superuser(db):
    return User.objects.create_superuser(
        username="root", email="root@example.org", password="password"
    )


@pytest.fixture
def deleting_moderator(moderator):
    """A moderator whose site also lets moderators delete accounts."""
    moderator.user_permissions.add(Permission.objects.get(codename="delete_user"))
    return User.objects.get(pk=moderator.pk)


def state(user):
    """What an action could change: active, groups, existence."""
    user = User.objects.filter(pk=user.pk).first()
    if user is None:
        return None
    return user.is_active, sorted(user.groups.values_list("name", flat=True))


def refused(response):
    # Wagtail's admin answers PermissionDenied with a redirect to the dashboard (403 for
    # XHR); a bulk action on nothing actionable redirects to where it came from.
    return response.status_code in (302, 403)


@pytest.mark.parametrize("action", sorted(BULK_FORMS))
def test_a_moderator_cannot_act_on_the_superuser_in_bulk(client, moderator, superuser, action):
    before = state(superuser)
    client.force_login(moderator)

    confirm = client.get(bulk_url(action, superuser))
    response = client.post(bulk_url(action, superuser), BULK_FORMS[action]())

    assert confirm.status_code in (200, 302, 403)
    assert refused(response)
    assert state(superuser) == before


@pytest.mark.parametrize("action", sorted(BULK_FORMS))
def test_a_moderator_cannot_act_on_the_superuser_among_other_accounts(
    client, moderator, superuser, member, action
):
    before = state(superuser)
    client.force_login(moderator)

    client.post(bulk_url(action, member, superuser), BULK_FORMS[action]())

    assert state(superuser) == before


def test_a_moderator_allowed_to_delete_accounts_still_cannot_delete_the_superuser(
    client, deleting_moderator, superuser, member
):
    client.force_login(deleting_moderator)

    bulk = client.post(bulk_url("delete", superuser), {})
    single = client.post(reverse("wagtailusers_users:delete", args=[superuser.pk]))

    assert refused(bulk)
    assert single.status_code in (302, 403)
    assert User.objects.filter(pk=superuser.pk).exists()
    # Positive control: the same moderator deletes an ordinary account.
    assert client.post(bulk_url("delete", member), {}).status_code == 302
    assert not User.objects.filter(pk=member.pk).exists()


def test_a_moderator_cannot_delete_or_edit_the_superuser_one_by_one(client, moderator, superuser):
    before = state(superuser)
    client.force_login(moderator)

    delete = client.post(reverse("wagtailusers_users:delete", args=[superuser.pk]))
    edit = client.post(
        reverse("wagtailusers_users:edit", args=[superuser.pk]),
        {
            "username": superuser.username,
            "email": superuser.email,
            "first_name": "Root",
            "last_name": "",
            "is_active": "",
            "groups": [Group.objects.get(name="Reviewers").pk],
        },
    )

    assert delete.status_code in (302, 403)
    assert edit.status_code in (302, 403)
    assert state(superuser) == before


def test_a_moderator_manages_ordinary_accounts_in_bulk(client, moderator, member, reviewer):
    client.force_login(moderator)

    deactivate = client.post(bulk_url("set_active_state", member), {"mark_as_active": "False"})
    assign = client.post(
        bulk_url("assign_role", reviewer), {"role": Group.objects.get(name="Editors").pk}
    )

    assert deactivate.status_code == 302
    assert assign.status_code == 302
    assert state(member) == (False, ["Members"])
    assert state(reviewer) == (True, ["Editors", "Reviewers"])


def test_superusers_still_change_superusers(client, superuser):
    other = User.objects.create_superuser(
        username="root2", email="root2@example.org", password="password"
    )
    client.force_login(superuser)

    assign = client.post(
        bulk_url("assign_role", other), {"role": Group.objects.get(name="Moderators").pk}
    )
    deactivate = client.post(bulk_url("set_active_state", other), {"mark_as_active": "False"})

    assert assign.status_code == 302
    assert deactivate.status_code == 302
    assert state(other) == (False, ["Moderators"])
    assert client.post(bulk_url("delete", other), {}).status_code == 302
    assert not User.objects.filter(pk=other.pk).exists()
