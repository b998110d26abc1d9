"""Only moderators (and superusers) make a good practice live, by any admin path.

Editors publish pages across the site, but a practice goes live only after the criteria
assessment: creating with "Publish", copying with "Publish copies" or as an alias, bulk
publishing, publishing a revision and scheduling must leave nothing live for them, and a
refused publish must not leave a half-made live page behind.
"""

import datetime
from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision

from compendium.factories import GoodPracticePageFactory
from compendium.models import GoodPracticePage
from search.models import CatalogEntry

pytestmark = pytest.mark.django_db

ROLES = [("editor", False), ("moderator", True)]


def page_form_data(title, slug, **extra):
    """What Wagtail's page form posts for a practice, without attachments or comments."""
    data = {
        "title": title,
        "slug": slug,
        "summary": "Peer facilitators ran men's discussion groups.",
        "background": "The context.",
        "contact": "contact@example.org",
    }
    for prefix in ("attachments", "comments"):
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    data.update(extra)
    return data


def add_url(compendium):
    return reverse(
        "wagtailadmin_pages:add", args=["copcompendium", "goodpracticepage", compendium.pk]
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def was_published(page):
    return PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists()


@pytest.fixture
def draft(compendium, member):
    """A practice saved as a draft, with two revisions, never published."""
    page = GoodPracticePageFactory(parent=compendium, live=False, owner=member, title="Draft")
    page.save_revision(user=member)
    page.title = "Draft, second version"
    page.save_revision(user=member)
    return page


@pytest.fixture
def live_practice(compendium):
    return GoodPracticePageFactory(parent=compendium, title="Assessed", slug="assessed")


# Create


@pytest.mark.parametrize(("role", "publishes"), ROLES)
def test_create_with_publish(client, compendium, request, role, publishes):
    client.force_login(request.getfixturevalue(role))
    response = client.get(add_url(compendium))
    assert response.status_code == 200
    assert (b'name="action-publish"' in response.content) is publishes

    response = client.post(
        add_url(compendium),
        page_form_data("Created in the admin", "created", **{"action-publish": "publish"}),
    )

    assert response.status_code == 302
    page = GoodPracticePage.objects.get(slug="created")
    assert page.live is publishes
    assert was_published(page) is publishes
    assert CatalogEntry.objects.filter(page_id=page.pk).exists() is publishes
    if not publishes:
        # Saved as a draft, in no workflow: the editor may still submit it for review.
        assert page.has_unpublished_changes
        assert page.live_revision is None
        assert page.first_published_at is None
        assert not page.workflow_in_progress
        client.logout()
        assert client.get("/compendium/created/").status_code == 404


def test_create_and_publish_in_the_future_schedules_nothing_for_editors(
    client, compendium, editor
):
    client.force_login(editor)
    go_live_at = (timezone.now() + datetime.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    client.post(
        add_url(compendium),
        page_form_data(
            "Scheduled at creation",
            "scheduled",
            go_live_at=go_live_at,
            **{"action-publish": "publish"},
        ),
    )
    page = GoodPracticePage.objects.get(slug="scheduled")
    assert not page.live
    assert not Revision.page_revisions.filter(
        object_id=str(page.pk), approved_go_live_at__isnull=False
    ).exists()
    with mock.patch(
        "django.utils.timezone.now", return_value=timezone.now() + datetime.timedelta(hours=2)
    ):
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live


# Copy


@pytest.mark.parametrize(("role", "publishes"), ROLES)
@pytest.mark.parametrize("option", ["publish_copies", "alias"])
def test_copy_of_a_live_practice(
    client, compendium, live_practice, request, role, publishes, option
):
    client.force_login(request.getfixturevalue(role))
    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[live_practice.pk]),
        {
            "new_title": "Copied",
            "new_slug": "copied",
            "new_parent_page": compendium.pk,
            option: "on",
        },
    )
    copy = GoodPracticePage.objects.filter(slug="copied").first()
    if publishes:
        assert response.status_code == 302
        assert copy.live
    else:
        # Refused, with the form's error: nothing is copied, and certainly nothing live.
        assert response.status_code == 200
        assert b"You do not have permission to publish" in response.content
        assert copy is None
    assert GoodPracticePage.objects.live().count() == (2 if publishes else 1)


def test_an_editor_copies_a_live_practice_as_a_draft(client, compendium, live_practice, editor):
    client.force_login(editor)
    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[live_practice.pk]),
        {"new_title": "Copied", "new_slug": "copied", "new_parent_page": compendium.pk},
    )
    assert response.status_code == 302
    copy = GoodPracticePage.objects.get(slug="copied")
    assert not copy.live
    assert not CatalogEntry.objects.filter(page_id=copy.pk).exists()


# Move


def test_an_editor_cannot_move_a_draft_practice_anywhere_it_would_go_live(
    client, compendium, draft, editor
):
    """A practice only lives under the one compendium: moving is reordering there, and moving
    never publishes."""
    permissions = draft.permissions_for_user(editor)
    assert not permissions.can_move_to(compendium.get_parent())
    client.force_login(editor)
    client.post(reverse("wagtailadmin_pages:move_confirm", args=[draft.pk, compendium.pk]))
    draft.refresh_from_db()
    assert not draft.live


# Bulk publish


def bulk_publish(client, page, **data):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    return client.post(f"{url}?id={page.pk}", data)


@pytest.mark.parametrize(("role", "publishes"), ROLES)
def test_bulk_publish_of_a_draft_practice(client, draft, request, role, publishes):
    client.force_login(request.getfixturevalue(role))
    bulk_publish(client, draft)
    draft.refresh_from_db()
    assert draft.live is publishes
    assert CatalogEntry.objects.filter(page_id=draft.pk).exists() is publishes


def test_bulk_publish_of_the_compendium_with_its_drafts_leaves_practices_alone(
    client, compendium, draft, editor
):
    client.force_login(editor)
    bulk_publish(client, compendium, include_descendants="on")
    draft.refresh_from_db()
    assert not draft.live


# Edit view and revisions


@pytest.mark.parametrize(("role", "publishes"), ROLES)
def test_publish_from_the_edit_view(client, draft, request, role, publishes):
    client.force_login(request.getfixturevalue(role))
    response = client.get(edit_url(draft))
    assert response.status_code == 200
    assert (b'name="action-publish"' in response.content) is publishes
    client.post(
        edit_url(draft), page_form_data("Published?", draft.slug, **{"action-publish": "publish"})
    )
    draft.refresh_from_db()
    assert draft.live is publishes
    assert was_published(draft) is publishes


@pytest.mark.parametrize(("role", "publishes"), ROLES)
def test_revert_to_a_revision_and_publish(client, draft, request, role, publishes):
    first = draft.revisions.order_by("created_at", "pk").first()
    revert_url = reverse("wagtailadmin_pages:revisions_revert", args=[draft.pk, first.pk])
    client.force_login(request.getfixturevalue(role))
    assert client.get(revert_url).status_code == 200
    client.post(revert_url, page_form_data("Draft", draft.slug, **{"action-publish": "publish"}))
    draft.refresh_from_db()
    assert draft.live is publishes
    assert was_published(draft) is publishes


@pytest.mark.parametrize(("role", "publishes"), ROLES)
def test_scheduled_publishing(client, draft, request, role, publishes):
    client.force_login(request.getfixturevalue(role))
    go_live_at = (timezone.now() + datetime.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    client.post(
        edit_url(draft),
        page_form_data(
            "Scheduled", draft.slug, go_live_at=go_live_at, **{"action-publish": "publish"}
        ),
    )
    draft.refresh_from_db()
    assert not draft.live
    assert draft.revisions.filter(approved_go_live_at__isnull=False).exists() is publishes

    with mock.patch(
        "django.utils.timezone.now", return_value=timezone.now() + datetime.timedelta(hours=2)
    ):
        call_command("publish_scheduled")
    draft.refresh_from_db()
    assert draft.live is publishes


def test_an_editor_saving_a_go_live_date_schedules_nothing(client, draft, editor):
    client.force_login(editor)
    go_live_at = (timezone.now() + datetime.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    client.post(edit_url(draft), page_form_data("Scheduled", draft.slug, go_live_at=go_live_at))
    with mock.patch(
        "django.utils.timezone.now", return_value=timezone.now() + datetime.timedelta(hours=2)
    ):
        call_command("publish_scheduled")
    draft.refresh_from_db()
    assert not draft.live


# Who may


@pytest.mark.parametrize(("role", "publishes"), [*ROLES, ("reviewer", False), ("member", False)])
def test_only_moderators_publish_subpages_of_the_compendium(compendium, request, role, publishes):
    permissions = compendium.permissions_for_user(request.getfixturevalue(role))
    assert permissions.can_publish_subpage() is publishes


def test_editors_still_publish_the_compendium_page_itself(compendium, editor):
    assert compendium.permissions_for_user(editor).can_publish()


def test_superusers_publish_practices(compendium, draft, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "password")
    assert compendium.permissions_for_user(admin).can_publish_subpage()
    assert draft.permissions_for_user(admin).can_publish()
