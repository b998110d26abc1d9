"""Criteria: the public list, members' proposals, moderators' decisions in the admin."""

import pytest
from django.urls import reverse

from compendium.models import Criterion, CriterionProposal

pytestmark = pytest.mark.django_db

PROPOSE = "/compendium/criteria/propose/"


@pytest.fixture
def proposal_data():
    return {
        "name": "Intersectionality",
        "description": "The practice considers how gender intersects with other inequalities.",
        "guiding_questions": "Whose experiences were included?",
        "rationale": "Several practices address disability and age.",
    }


def test_members_are_invited_to_propose(client, compendium, criteria, member):
    assert PROPOSE.encode() not in client.get("/compendium/criteria/").content
    client.force_login(member)
    assert PROPOSE.encode() in client.get("/compendium/criteria/").content


def test_visitor_is_sent_to_sign_in(client, compendium):
    response = client.get(PROPOSE)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_non_member_is_refused(client, compendium, registered_user):
    client.force_login(registered_user)
    assert client.get(PROPOSE).status_code == 403


def test_member_proposes_a_new_criterion(client, compendium, member, proposal_data):
    client.force_login(member)
    response = client.post(PROPOSE, proposal_data)
    assert response.status_code == 302
    proposal = CriterionProposal.objects.get()
    assert proposal.proposed_by == member
    assert proposal.status == "pending"
    assert proposal.criterion is None
    assert not Criterion.objects.filter(name="Intersectionality").exists()


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"name": ""}, "name", "This field is required."),
        ({"rationale": ""}, "rationale", "This field is required."),
        ({"description": "<script>x</script>"}, "description", "HTML tags"),
        ({"name": "n" * 121}, "name", "at most 120 characters"),
        ({"criterion": "99999"}, "criterion", "Select a valid choice"),
    ],
)
def test_bad_proposals_are_refused(
    client, compendium, member, proposal_data, change, field, message
):
    client.force_login(member)
    response = client.post(PROPOSE, {**proposal_data, **change})
    assert response.status_code == 400
    assert any(message in error for error in response.context["form"].errors[field])
    assert not CriterionProposal.objects.exists()


def _proposal(member, criterion=None, **fields):
    values = {
        "name": "Intersectionality",
        "description": "Considers intersecting inequalities.",
        "rationale": "Because.",
        "proposed_by": member,
        "criterion": criterion,
        **fields,
    }
    return CriterionProposal.objects.create(**values)


def test_moderator_sees_proposals_and_accepts_a_new_criterion(
    client, compendium, criteria, member, moderator
):
    proposal = _proposal(member)
    client.force_login(moderator)
    listing = client.get(reverse("compendium_criterion_proposals:index"))
    assert listing.status_code == 200
    assert b"Intersectionality" in listing.content
    accept_url = reverse("compendium_criterion_proposals:accept", args=[proposal.pk])
    assert accept_url.encode() in listing.content
    assert client.get(accept_url).status_code == 200

    response = client.post(accept_url)

    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == "accepted"
    assert proposal.decided_by == moderator
    criterion = Criterion.objects.get(name="Intersectionality")
    assert list(Criterion.objects.all())[-1] == criterion  # added at the end
    assert proposal.criterion == criterion
    client.logout()
    assert b"Intersectionality" in client.get("/compendium/criteria/").content


def test_accepting_a_change_updates_the_criterion(client, criteria, member, moderator):
    proposal = _proposal(member, criteria[0], name="Relevance to needs")
    client.force_login(moderator)
    client.post(reverse("compendium_criterion_proposals:accept", args=[proposal.pk]))
    criteria[0].refresh_from_db()
    assert criteria[0].name == "Relevance to needs"
    assert criteria[0].description == "Considers intersecting inequalities."
    assert Criterion.objects.count() == 3


def test_moderator_declines(client, criteria, member, moderator):
    proposal = _proposal(member)
    client.force_login(moderator)
    client.post(reverse("compendium_criterion_proposals:decline", args=[proposal.pk]))
    proposal.refresh_from_db()
    assert proposal.status == "declined"
    assert not Criterion.objects.filter(name="Intersectionality").exists()
    # A decided proposal cannot be decided again.
    client.post(reverse("compendium_criterion_proposals:accept", args=[proposal.pk]))
    proposal.refresh_from_db()
    assert proposal.status == "declined"
    assert not Criterion.objects.filter(name="Intersectionality").exists()


@pytest.mark.parametrize("role", ["reviewer", "editor", "member"])
def test_only_moderators_decide(client, criteria, member, request, role):
    proposal = _proposal(member)
    client.force_login(request.getfixturevalue(role))
    response = client.post(reverse("compendium_criterion_proposals:accept", args=[proposal.pk]))
    assert response.status_code in (302, 403)
    proposal.refresh_from_db()
    assert proposal.status == "pending"


def test_moderators_manage_and_order_criteria_in_the_admin(client, criteria, moderator):
    client.force_login(moderator)
    response = client.get(reverse("wagtailsnippets_copcompendium_criterion:list"))
    assert response.status_code == 200
    assert b"Effectiveness and impact" in response.content
    add = client.post(
        reverse("wagtailsnippets_copcompendium_criterion:add"),
        {"name": "Innovation", "description": "New ways of working.", "guiding_questions": ""},
    )
    assert add.status_code == 302
    assert list(Criterion.objects.values_list("name", flat=True))[-1] == "Innovation"


def test_member_proposes_a_change_to_a_criterion(
    client, compendium, criteria, member, proposal_data
):
    client.force_login(member)
    page = client.get("/compendium/criteria/")
    change_url = f"{PROPOSE}?criterion={criteria[1].pk}"
    assert change_url.encode() in page.content
    form = client.get(change_url)
    assert str(form.context["form"]["criterion"].value()) == str(criteria[1].pk)

    client.post(PROPOSE, {**proposal_data, "criterion": criteria[1].pk})

    proposal = CriterionProposal.objects.get()
    assert proposal.criterion == criteria[1]
    assert str(proposal.kind) == "Change"
