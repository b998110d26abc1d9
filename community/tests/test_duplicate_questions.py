"""The same question posted twice by the same member (a double click, a resent form) is one
question."""

import pytest

from community.models import QuestionIndexPage, QuestionPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def questions(home_page):
    index = QuestionIndexPage(title="Questions", slug="questions")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


def ask(client, title="Icebreakers online?", body="What works with mixed groups?"):
    return client.post("/questions/ask/", {"title": title, "body": body}, follow=True)


def test_asking_the_same_question_again_leads_to_the_first(client, questions, member):
    client.force_login(member)
    ask(client)
    question = QuestionPage.objects.get()

    again = ask(client)

    assert QuestionPage.objects.count() == 1
    assert again.redirect_chain == [(question.url, 302)]
    assert "You already asked this question." in again.content.decode()


def test_another_question_or_another_member_makes_a_new_one(
    client, questions, member, other_member
):
    client.force_login(member)
    ask(client)
    ask(client, body="What works with large groups?")
    client.force_login(other_member)
    ask(client)
    assert QuestionPage.objects.count() == 3
