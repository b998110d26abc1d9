"""Giving feedback: who may, when, and bad input refused with nothing saved."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from consultations.models import ConsultationFeedback, CriterionRating, QuestionAnswer

from .conftest import feedback_data, feedback_url

pytestmark = pytest.mark.django_db


def saved_nothing():
    return (
        not ConsultationFeedback.objects.exists()
        and not CriterionRating.objects.exists()
        and not QuestionAnswer.objects.exists()
    )


def test_member_gives_feedback_on_an_open_proposal(client, member, open_proposal, criteria):
    client.force_login(member)
    page = client.get(open_proposal.url)
    assert page.status_code == 200
    assert b'name="criterion_' in page.content
    assert "What is missing?" in page.content.decode()

    data = feedback_data(open_proposal, criteria, scores=[5, 4, 3, 2, 1, 5], show_name=True)
    response = client.post(feedback_url(open_proposal), data, follow=True)

    assert response.status_code == 200
    assert "your feedback is saved" in response.content.decode()
    feedback = ConsultationFeedback.objects.get(proposal=open_proposal, user=member)
    assert feedback.show_name is True
    scores = dict(feedback.ratings.values_list("criterion__slug", "score"))
    assert scores["clear-learning-objectives"] == 5
    assert scores["evaluation-plan"] == 1
    assert feedback.answers.count() == 2


def test_anonymous_visitor_is_sent_to_sign_in(client, open_proposal, criteria):
    response = client.post(feedback_url(open_proposal), feedback_data(open_proposal, criteria))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert saved_nothing()
    page = client.get(open_proposal.url).content.decode()
    assert "to give feedback" in page
    assert 'name="criterion_' not in page


@pytest.mark.parametrize("role", ["registered_user", "editor", "reviewer", "moderator"])
def test_people_who_are_not_members_are_refused(client, request, role, open_proposal, criteria):
    client.force_login(request.getfixturevalue(role))
    response = client.post(feedback_url(open_proposal), feedback_data(open_proposal, criteria))
    assert response.status_code == 403
    assert "Only members of the community can give feedback" in response.content.decode()
    assert saved_nothing()
    assert b'name="criterion_' not in client.get(open_proposal.url).content


def test_the_proposer_cannot_rate_their_own_proposal(client, proposer, open_proposal, criteria):
    client.force_login(proposer)
    response = client.post(feedback_url(open_proposal), feedback_data(open_proposal, criteria))
    assert response.status_code == 403
    assert "You proposed this training" in response.content.decode()
    assert saved_nothing()


def test_upcoming_consultation_accepts_nothing_yet(client, member, upcoming_proposal, criteria):
    client.force_login(member)
    page = client.get(upcoming_proposal.url).content.decode()
    assert "Feedback opens on" in page
    assert "(America/Lima)" in page
    assert 'name="criterion_' not in page

    data = feedback_data(upcoming_proposal, criteria)
    response = client.post(feedback_url(upcoming_proposal), data)
    assert response.status_code == 403
    assert "Feedback opens on" in response.content.decode()
    assert saved_nothing()


def test_closed_consultation_accepts_nothing(client, member, closed_proposal, criteria):
    client.force_login(member)
    data = feedback_data(closed_proposal, criteria)
    response = client.post(feedback_url(closed_proposal), data)
    assert response.status_code == 403
    assert "closed on" in response.content.decode()
    assert "no longer accepts feedback" in response.content.decode()
    assert saved_nothing()


def test_feedback_is_editable_until_the_window_closes(
    client, member, open_proposal, criteria, settings
):
    client.force_login(member)
    url = feedback_url(open_proposal)
    client.post(url, feedback_data(open_proposal, criteria, scores=[2] * 6))
    response = client.post(
        url,
        feedback_data(open_proposal, criteria, scores=[5] * 6, answers=["New", "Also"]),
        follow=True,
    )
    assert "Your feedback is updated" in response.content.decode()
    feedback = ConsultationFeedback.objects.get()
    assert set(feedback.ratings.values_list("score", flat=True)) == {5}
    assert sorted(feedback.answers.values_list("text", flat=True)) == ["Also", "New"]
    assert CriterionRating.objects.count() == 6

    # Once closed, the same member's change is refused and the saved feedback stays.
    type(open_proposal).objects.filter(pk=open_proposal.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    response = client.post(url, feedback_data(open_proposal, criteria, scores=[1] * 6))
    assert response.status_code == 403
    assert set(CriterionRating.objects.values_list("score", flat=True)) == {5}


def test_the_form_shows_the_members_earlier_feedback(client, member, open_proposal, criteria):
    client.force_login(member)
    client.post(
        feedback_url(open_proposal),
        feedback_data(open_proposal, criteria, scores=[3] * 6, answers=["Mine", "Two"]),
    )
    page = client.get(open_proposal.url).content.decode()
    assert "You have given feedback" in page
    assert "\nMine</textarea>" in page
    for criterion in criteria:
        assert (
            f'name="criterion_{criterion.pk}" value="3" id="id_criterion_{criterion.pk}_2" '
            "required checked"
        ) in page


@pytest.mark.parametrize("bad", ["0", "6", "five", "", "4.5", "-1"])
def test_ratings_out_of_range_or_not_numbers_are_refused(
    client, member, open_proposal, criteria, bad
):
    client.force_login(member)
    data = feedback_data(open_proposal, criteria)
    data[f"criterion_{criteria[2].pk}"] = bad
    response = client.post(feedback_url(open_proposal), data)
    assert response.status_code == 400
    content = response.content.decode()
    assert "Please correct the following" in content
    assert f'href="#id_criterion_{criteria[2].pk}_0"' in content
    assert saved_nothing()


def test_a_missing_rating_is_named(client, member, open_proposal, criteria):
    client.force_login(member)
    data = feedback_data(open_proposal, criteria)
    del data[f"criterion_{criteria[0].pk}"]
    response = client.post(feedback_url(open_proposal), data)
    assert response.status_code == 400
    assert "Rate “Clear learning objectives” from 1 to 5." in response.content.decode()
    assert saved_nothing()


def test_a_missing_answer_is_refused(client, member, open_proposal, criteria):
    client.force_login(member)
    data = feedback_data(open_proposal, criteria)
    question = open_proposal.questions.first()
    data[f"question_{question.pk}"] = "   "
    response = client.post(feedback_url(open_proposal), data)
    assert response.status_code == 400
    assert "Answer this question." in response.content.decode()
    assert saved_nothing()


def test_forged_criterion_and_question_ids_are_ignored(
    client, member, open_proposal, closed_proposal, criteria
):
    client.force_login(member)
    data = feedback_data(open_proposal, criteria)
    data["criterion_999999"] = "5"
    other_question = closed_proposal.questions.first()
    data[f"question_{other_question.pk}"] = "Smuggled into another consultation"
    response = client.post(feedback_url(open_proposal), data)
    assert response.status_code == 302
    assert CriterionRating.objects.count() == len(criteria)
    assert not QuestionAnswer.objects.filter(question=other_question).exists()


def test_only_forged_ids_save_nothing(client, member, open_proposal, criteria):
    client.force_login(member)
    response = client.post(
        feedback_url(open_proposal), {"criterion_999999": "5", "question_999999": "x"}
    )
    assert response.status_code == 400
    assert saved_nothing()


def test_an_inactive_criterion_is_not_asked(client, member, open_proposal, criteria):
    retired = criteria[-1]
    retired.active = False
    retired.save()
    client.force_login(member)
    data = feedback_data(open_proposal, criteria)  # still posts a rating for it
    response = client.post(feedback_url(open_proposal), data)
    assert response.status_code == 302
    assert not CriterionRating.objects.filter(criterion=retired).exists()
    assert CriterionRating.objects.count() == len(criteria) - 1


def test_an_invalid_edit_keeps_the_earlier_feedback_whole(client, member, open_proposal, criteria):
    client.force_login(member)
    url = feedback_url(open_proposal)
    client.post(url, feedback_data(open_proposal, criteria, scores=[2] * 6, answers=["A", "B"]))

    data = feedback_data(open_proposal, criteria, scores=[5] * 6, answers=["C", "D"])
    data[f"criterion_{criteria[5].pk}"] = "9"
    response = client.post(url, data)

    assert response.status_code == 400
    assert set(CriterionRating.objects.values_list("score", flat=True)) == {2}
    assert sorted(QuestionAnswer.objects.values_list("text", flat=True)) == ["A", "B"]


def test_html_in_answers_is_refused(client, member, open_proposal, criteria):
    client.force_login(member)
    data = feedback_data(open_proposal, criteria, answers=["<script>x</script>", "ok"])
    response = client.post(feedback_url(open_proposal), data)
    assert response.status_code == 400
    assert saved_nothing()


def test_a_get_on_the_feedback_address_leads_to_the_form(client, member, open_proposal):
    client.force_login(member)
    response = client.get(feedback_url(open_proposal))
    assert response.status_code == 302
    assert response["Location"].endswith("#feedback")


def test_the_database_keeps_one_feedback_per_member(member, open_proposal):
    ConsultationFeedback.objects.create(proposal=open_proposal, user=member)
    with pytest.raises(IntegrityError), transaction.atomic():
        ConsultationFeedback.objects.create(proposal=open_proposal, user=member)


def test_the_database_refuses_a_rating_out_of_range(member, open_proposal, criteria):
    feedback = ConsultationFeedback.objects.create(proposal=open_proposal, user=member)
    with pytest.raises(IntegrityError), transaction.atomic():
        CriterionRating.objects.create(feedback=feedback, criterion=criteria[0], score=6)
