"""The aggregate: exact figures from known ratings, names only with consent, and who sees it
when (on the page, on the results page, in the admin)."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from consultations.models import (
    ConsultationFeedback,
    CriterionRating,
    QuestionAnswer,
    TrainingProposalPage,
    aggregate_for,
)

pytestmark = pytest.mark.django_db


def give(proposal, user, criteria, scores, answers, show_name):
    feedback = ConsultationFeedback.objects.create(
        proposal=proposal, user=user, show_name=show_name
    )
    for criterion, score in zip(criteria, scores, strict=False):
        CriterionRating.objects.create(feedback=feedback, criterion=criterion, score=score)
    for question, text in zip(proposal.questions.all(), answers, strict=True):
        QuestionAnswer.objects.create(feedback=feedback, question=question, text=text)
    return feedback


def close(proposal):
    TrainingProposalPage.objects.filter(pk=proposal.pk).update(
        closes_at=timezone.now() - datetime.timedelta(hours=1)
    )
    proposal.refresh_from_db()


@pytest.fixture
def rated(open_proposal, member, other_member, criteria):
    third = get_user_model().objects.create_user(
        username="third", first_name="Thandiwe", last_name="Nkosi"
    )
    third.groups.add(Group.objects.get(name="Members"))
    member.last_name = "Member"
    member.save()
    give(open_proposal, member, criteria, [5, 4, 3, 2, 1, 5], ["Yes from Member", "A"], True)
    give(open_proposal, other_member, criteria, [4, 4, 4, 4, 4, 4], ["Quiet one", "B"], False)
    # The third member rated before the sixth criterion was added: 5 ratings only.
    give(open_proposal, third, criteria[:5], [3, 1, 2, 2, 1], ["Named too", "C"], True)
    return open_proposal


def test_figures_are_exact(rated, criteria):
    aggregate = aggregate_for(rated)
    assert aggregate["respondents"] == 3
    figures = {c.slug: (round(c.average, 4), c.count) for c in aggregate["criteria"]}
    assert figures == {
        "clear-learning-objectives": (4.0, 3),  # (5 + 4 + 3) / 3
        "gender-transformative-approach": (3.0, 3),  # (4 + 4 + 1) / 3
        "participatory-methodology": (3.0, 3),  # (3 + 4 + 2) / 3
        "context-relevance": (2.6667, 3),  # (2 + 4 + 2) / 3
        "evaluation-plan": (2.0, 3),  # (1 + 4 + 1) / 3
        "accessibility": (4.5, 2),  # (5 + 4) / 2
    }
    # In the moderators' order.
    assert [c.slug for c in aggregate["criteria"]] == [c.slug for c in criteria]


def test_figures_count_only_this_proposal(rated, closed_proposal, member, criteria):
    give(closed_proposal, member, criteria, [1] * 6, ["x", "y"], True)
    figures = {c.slug: c.count for c in aggregate_for(rated)["criteria"]}
    assert set(figures.values()) == {3, 2}


def test_answers_show_names_only_with_consent(rated):
    questions = aggregate_for(rated)["questions"]
    first = [(str(a.feedback.display_name), a.text) for a in questions[0].visible_answers]
    assert first == [
        ("Member Member", "Yes from Member"),
        ("Anonymous member", "Quiet one"),
        ("Thandiwe Nkosi", "Named too"),
    ]


def test_hidden_answers_leave_the_list_but_ratings_still_count(rated, other_member):
    ConsultationFeedback.objects.filter(user=other_member).update(hidden=True)
    aggregate = aggregate_for(rated)
    assert [a.text for a in aggregate["questions"][0].visible_answers] == [
        "Yes from Member",
        "Named too",
    ]
    assert aggregate["respondents"] == 3
    assert aggregate["criteria"][0].count == 3


def test_aggregate_takes_a_fixed_number_of_queries(rated, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        aggregate = aggregate_for(rated)
        for question in aggregate["questions"]:
            for answer in question.visible_answers:
                str(answer.feedback.display_name)


def test_page_shows_no_results_while_open(client, rated, other_member):
    client.force_login(other_member)
    page = client.get(rated.url).content.decode()
    assert "What the members said" not in page
    assert "Yes from Member" not in page  # someone else's answer
    assert "Quiet one" in page  # their own, in their form to edit


def test_everyone_sees_the_results_after_closing(client, rated):
    close(rated)
    page = client.get(rated.url).content.decode()
    assert "What the members said" in page
    assert "3 members gave feedback." in page
    assert "<td>4.00</td><td>3</td>" in page.replace("\n", "").replace("  ", "")
    assert "2.67" in page
    assert "Anonymous member" in page
    assert "Thandiwe Nkosi" in page
    assert "Othermember" not in page  # the member who did not agree is never named
    # A closed consultation offers no form: the window is over.
    assert 'name="criterion_' not in page


def test_closed_consultation_shows_results_to_members_too(client, rated, member):
    close(rated)
    client.force_login(member)
    page = client.get(rated.url).content.decode()
    assert "What the members said" in page
    assert "no longer accepts feedback" in page


# The front-end results page: the proposer (a member, without admin access) and moderators
# follow the feedback while the consultation is open.

RESULTS_WHILE_OPEN = {
    "anonymous": 302,
    "member": 403,
    "other_member": 403,
    "registered_user": 403,
    "reviewer": 403,
    "editor": 403,
    "proposer": 200,
    "moderator": 200,
}


@pytest.mark.parametrize("role", RESULTS_WHILE_OPEN)
def test_results_page_while_open_per_role(client, request, rated, role):
    if role != "anonymous":
        client.force_login(request.getfixturevalue(role))
    response = client.get(rated.url + "results/")
    assert response.status_code == RESULTS_WHILE_OPEN[role]
    content = response.content.decode()
    if response.status_code == 200:
        assert "still open" in content
        assert "Quiet one" in content
        assert "Anonymous member" in content
    elif response.status_code == 403:
        assert "shown to everyone when the consultation closes" in content
        assert "Quiet one" not in content
    else:
        assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("role", ["anonymous", "member", "registered_user"])
def test_results_page_after_closing_is_open_to_all(client, request, rated, role):
    close(rated)
    if role != "anonymous":
        client.force_login(request.getfixturevalue(role))
    response = client.get(rated.url + "results/")
    assert response.status_code == 200
    assert "3 members gave feedback." in response.content.decode()


# The admin results view: moderators, and the proposer when they can use the admin.

ADMIN_RESULTS = {
    # Without admin access, Wagtail sends people to its sign-in; with it but without the
    # right, Wagtail answers a PermissionDenied by going back to the dashboard with a message.
    "anonymous": "/admin/login/",
    "member": "/admin/login/",
    "other_member": "/admin/login/",
    "registered_user": "/admin/login/",
    "reviewer": "/admin/",
    "editor": "/admin/",
    "moderator": None,
}


@pytest.mark.parametrize("role", ADMIN_RESULTS)
def test_admin_results_per_role(client, request, rated, role):
    if role != "anonymous":
        client.force_login(request.getfixturevalue(role))
    response = client.get(f"/admin/consultations/{rated.pk}/results/")
    content = response.content.decode()
    if ADMIN_RESULTS[role] is None:
        assert response.status_code == 200
        assert "3 members gave feedback." in content
        assert "Quiet one" in content
        assert "2.67" in content
    else:
        assert response.status_code == 302
        location = response["Location"]
        assert location.split("?")[0] == ADMIN_RESULTS[role]
        assert "Quiet one" not in client.get(location).content.decode()


def test_admin_results_for_the_editor_who_proposed_it(client, editor, consultations, criteria):
    from .conftest import make_proposal

    proposal = make_proposal(consultations, "Editor's own", owner=editor)
    client.force_login(editor)
    response = client.get(f"/admin/consultations/{proposal.pk}/results/")
    assert response.status_code == 200
    assert "0 members gave feedback." in response.content.decode()


def test_admin_results_for_a_page_that_is_not_a_proposal_is_404(client, moderator, consultations):
    client.force_login(moderator)
    assert client.get(f"/admin/consultations/{consultations.pk}/results/").status_code == 404


def test_page_listing_offers_the_results_to_moderators_only(
    client, moderator, editor, rated, consultations
):
    url = f"/admin/pages/{consultations.pk}/"
    results_link = f"/admin/consultations/{rated.pk}/results/"
    client.force_login(moderator)
    assert results_link in client.get(url).content.decode()
    client.force_login(editor)
    listing = client.get(url)
    assert listing.status_code == 200
    assert results_link not in listing.content.decode()


def test_member_gives_feedback_then_sees_the_aggregate_after_closing(
    client, member, other_member, open_proposal, criteria
):
    from .conftest import feedback_data, feedback_url

    client.force_login(other_member)
    client.post(
        feedback_url(open_proposal),
        feedback_data(open_proposal, criteria, scores=[2, 2, 2, 2, 2, 2], answers=["O1", "O2"]),
    )
    client.force_login(member)
    response = client.post(
        feedback_url(open_proposal),
        feedback_data(
            open_proposal,
            criteria,
            scores=[5, 4, 3, 2, 1, 5],
            answers=["M1", "M2"],
            show_name=True,
        ),
    )
    assert response.status_code == 302
    assert "What the members said" not in client.get(open_proposal.url).content.decode()

    close(open_proposal)
    page = client.get(open_proposal.url).content.decode()
    compact = page.replace("\n", "").replace("  ", "")
    assert "2 members gave feedback." in page
    assert '<th scope="row">Clear learning objectives</th><td>3.50</td><td>2</td>' in compact
    assert '<th scope="row">Evaluation plan</th><td>1.50</td><td>2</td>' in compact
    assert "Member</p><p>M1</p>" in compact
    assert "Anonymous member</p><p>O1</p>" in compact
