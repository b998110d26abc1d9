"""Each role's reach in the Wagtail admin, checked on the server with real requests."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page

from contributions import roles
from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def make_user(role):
    user = get_user_model().objects.create_user(
        username=f"{role.lower()}-user", email=f"{role.lower()}@example.org", password="pw"
    )
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def client_for(client):
    def login(role):
        client.force_login(make_user(role))
        return client

    return login


def test_the_four_roles_exist():
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ROLES)


@pytest.mark.parametrize(
    ("role", "can_open_admin"),
    [
        (roles.MEMBERS, False),
        (roles.REVIEWERS, True),
        (roles.EDITORS, True),
        (roles.MODERATORS, True),
    ],
)
def test_only_staff_roles_open_the_admin(client_for, role, can_open_admin):
    response = client_for(role).get(reverse("wagtailadmin_home"))
    if can_open_admin:
        assert response.status_code == 200
    else:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))


@pytest.mark.parametrize(
    ("role", "can_edit", "can_publish", "can_delete_section"),
    [
        (roles.MEMBERS, False, False, False),
        (roles.REVIEWERS, False, False, False),
        (roles.EDITORS, True, True, False),
        (roles.MODERATORS, True, True, True),
    ],
)
def test_page_permissions_per_role(home_page, role, can_edit, can_publish, can_delete_section):
    section = StandardPageFactory(parent=home_page)
    StandardPageFactory(parent=section)
    user = make_user(role)
    permissions = section.permissions_for_user(user)
    assert permissions.can_edit() is can_edit
    assert permissions.can_publish() is can_publish
    # Deleting a page together with the pages below it is for moderators only.
    assert permissions.can_delete() is can_delete_section


@pytest.mark.parametrize(
    ("role", "status"),
    [(roles.REVIEWERS, 302), (roles.EDITORS, 200), (roles.MODERATORS, 200)],
)
def test_page_editor_is_open_to_editors_and_moderators_only(client_for, home_page, role, status):
    response = client_for(role).get(reverse("wagtailadmin_pages:edit", args=[home_page.pk]))
    assert response.status_code == status


def test_editor_publishes_a_page_through_the_admin(client_for, home_page):
    client = client_for(roles.EDITORS)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", home_page.pk]),
        {
            "title": "Dialogue guidelines",
            "slug": "dialogue-guidelines",
            "intro": "How virtual dialogues run.",
            "body-count": "0",
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302
    page = Page.objects.get(slug="dialogue-guidelines")
    assert page.live


@pytest.mark.parametrize(
    ("role", "status"),
    [(roles.REVIEWERS, 302), (roles.EDITORS, 302), (roles.MODERATORS, 200)],
)
def test_only_moderators_manage_workflows_and_users(client_for, role, status):
    client = client_for(role)
    assert client.get(reverse("wagtailadmin_workflows:index")).status_code == status
    assert client.get(reverse("wagtailusers_users:index")).status_code == status
