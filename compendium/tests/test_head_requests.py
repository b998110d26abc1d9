"""A moderator's decision pages answer HEAD like GET (a link preview, a checker), and HEAD
decides nothing."""

import pytest
from django.urls import reverse

from compendium.models import CriterionProposal

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("action", ["accept", "decline"])
def test_head_on_a_decision_page_answers_like_get_and_decides_nothing(
    client, criteria, member, moderator, action
):
    proposal = CriterionProposal.objects.create(
        name="Intersectionality",
        description="Considers intersecting inequalities.",
        rationale="Because.",
        proposed_by=member,
    )
    client.force_login(moderator)
    url = reverse(f"compendium_criterion_proposals:{action}", args=[proposal.pk])

    get, head = client.get(url), client.head(url)

    assert (head.status_code, head["Content-Type"]) == (get.status_code, get["Content-Type"])
    assert get.status_code == 200
    assert head.content == b""
    proposal.refresh_from_db()
    assert proposal.status == CriterionProposal._meta.get_field("status").default
