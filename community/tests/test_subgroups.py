"""Subgroups: joining and leaving, proposing one, moderators deciding, and search."""

import pytest
from django.core import mail
from django.urls import reverse

from community.models import SubgroupIndexPage, SubgroupMembership, SubgroupPage, SubgroupRequest
from search.models import CatalogEntry
from taxonomy.factories import TrainingContextFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def subgroups(home_page):
    index = SubgroupIndexPage(title="Subgroups", slug="subgroups")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def fragile(subgroups):
    page = SubgroupPage(
        title="Fragile state contexts", slug="fragile", purpose="Training where states are weak."
    )
    subgroups.add_child(instance=page)
    page.contexts.set([TrainingContextFactory(slug="fragile-states", name="Fragile states")])
    page.save()
    page.save_revision().publish()
    return page


def test_member_joins_and_leaves(client, fragile, member):
    client.force_login(member)
    assert b"Join this subgroup" in client.get(fragile.url).content

    client.post(fragile.url + "join/")
    client.post(fragile.url + "join/")  # twice: still one membership
    assert SubgroupMembership.objects.filter(subgroup=fragile, user=member).count() == 1
    page = client.get(fragile.url)
    assert b"Leave this subgroup" in page.content
    assert page.context["member_count"] == 1

    client.post(fragile.url + "leave/")
    assert not SubgroupMembership.objects.exists()


def test_visitors_and_non_members_cannot_join(client, fragile, registered_user):
    assert client.post(fragile.url + "join/").status_code == 302
    client.force_login(registered_user)
    assert client.post(fragile.url + "join/").status_code == 403
    assert not SubgroupMembership.objects.exists()


def test_index_lists_subgroups_with_member_counts(client, fragile, member, other_member):
    for user in (member, other_member):
        SubgroupMembership.objects.create(subgroup=fragile, user=user)
    response = client.get("/subgroups/")
    assert b"Fragile state contexts" in response.content
    assert b"2 members" in response.content


def test_subgroups_are_in_the_catalogue_as_type_subgroup(fragile):
    entry = CatalogEntry.objects.get(page_id=fragile.pk)
    facets = {(f.facet, f.value) for f in entry.facet_values.all()}
    assert ("type", "subgroup") in facets
    assert ("subgroup", "fragile") in facets
    assert ("context", "fragile-states") in facets


def propose(client, **data):
    return client.post(
        "/subgroups/request/",
        {"name": "Online facilitation", "purpose": "Share methods.", "why_now": "Many courses "
         "moved online.", **data},
    )  # fmt: skip


def test_member_proposes_and_a_moderator_approves(
    client, subgroups, member, moderator, django_capture_on_commit_callbacks
):
    client.force_login(member)
    assert client.get("/subgroups/request/").status_code == 200
    assert propose(client).status_code == 302
    proposal = SubgroupRequest.objects.get()
    assert proposal.proposer == member

    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("subgroup_request_approve", args=[proposal.pk]))

    proposal.refresh_from_db()
    page = proposal.subgroup
    assert proposal.status == "approved"
    assert page.title == "Online facilitation" and not page.live
    assert SubgroupMembership.objects.get(subgroup=page).role == "coordinator"
    assert [m.to for m in mail.outbox] == [[member.email]]
    assert "approved" in mail.outbox[0].subject


def test_moderator_declines_with_a_reason(
    client, subgroups, member, moderator, django_capture_on_commit_callbacks
):
    client.force_login(member)
    propose(client)
    proposal = SubgroupRequest.objects.get()
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("subgroup_request_decline", args=[proposal.pk]),
            {"reason": "The methodology subgroup covers it."},
        )
    proposal.refresh_from_db()
    assert proposal.status == "declined"
    assert "The methodology subgroup covers it." in mail.outbox[0].body
    assert not SubgroupPage.objects.exists()


@pytest.mark.parametrize(
    ("data", "field"),
    [({"name": ""}, "name"), ({"purpose": "<i>x</i>"}, "purpose"), ({"why_now": "w" * 2001},
     "why_now")],
)  # fmt: skip
def test_bad_proposals_are_refused(client, subgroups, member, data, field):
    client.force_login(member)
    response = propose(client, **data)
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not SubgroupRequest.objects.exists()


@pytest.mark.parametrize("role", ["member", "editor", "reviewer"])
def test_only_moderators_decide_proposals(client, subgroups, member, request, role):
    proposal = SubgroupRequest.objects.create(proposer=member, name="X", purpose="Y", why_now="Z")
    client.force_login(request.getfixturevalue(role))
    response = client.post(reverse("subgroup_request_approve", args=[proposal.pk]))
    assert response.status_code in (302, 403)
    proposal.refresh_from_db()
    assert proposal.status == "pending"


def test_only_members_propose(client, subgroups, registered_user):
    assert client.get("/subgroups/request/").status_code == 302
    client.force_login(registered_user)
    assert propose(client).status_code == 403
