"""Questions: members ask and answer, the asker marks helpful answers, listings by newest and
unanswered, and questions (with their answers) in search."""

import pytest

from community.models import Answer, QuestionIndexPage, QuestionPage
from search.models import CatalogEntry
from taxonomy.factories import ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def questions(home_page):
    index = QuestionIndexPage(title="Questions", slug="questions")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


def ask(client, title="Icebreakers online?", body="What works with mixed groups?", **extra):
    return client.post("/questions/ask/", {"title": title, "body": body, **extra})


def test_member_asks_and_the_question_is_published(client, questions, member):
    theme = ThemeFactory(slug="methods", name="Methods")
    client.force_login(member)
    response = ask(client, themes=[theme.pk])
    question = QuestionPage.objects.get()
    assert response["Location"] == question.url
    assert question.live and question.asked_by == member
    assert [t.slug for t in question.themes.all()] == ["methods"]
    entry = CatalogEntry.objects.get(page_id=question.pk)
    assert entry.type == "question"


@pytest.mark.parametrize(
    ("data", "field"),
    [({"title": ""}, "title"), ({"body": "<b>x</b>"}, "body"), ({"title": "t" * 201}, "title")],
)
def test_bad_questions_are_refused(client, questions, member, data, field):
    client.force_login(member)
    response = ask(client, **data)
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not QuestionPage.objects.exists()


def test_only_members_ask_and_answer(client, questions, member, registered_user):
    assert client.get("/questions/ask/").status_code == 302
    client.force_login(member)
    ask(client)
    question = QuestionPage.objects.get()
    client.force_login(registered_user)
    assert ask(client, title="Another").status_code == 403
    assert client.post(question.url + "answer/", {"body": "Hi"}).status_code == 403
    assert not Answer.objects.exists()


def test_peers_answer_and_the_asker_marks_the_helpful_one(client, questions, member, other_member):
    client.force_login(member)
    ask(client)
    question = QuestionPage.objects.get()
    client.force_login(other_member)
    client.post(question.url + "answer/", {"body": "Anonymous polls first."})
    answer = Answer.objects.get()
    # Only the asker marks answers.
    assert client.post(f"{question.url}answers/{answer.pk}/helpful/").status_code == 403

    client.force_login(member)
    client.post(f"{question.url}answers/{answer.pk}/helpful/")
    answer.refresh_from_db()
    assert answer.helpful
    assert b"Helpful" in client.get(question.url).content
    # The answer is findable through the question.
    assert "polls" in CatalogEntry.objects.get(page_id=question.pk).search_tokens


def test_bad_answer_is_refused(client, questions, member):
    client.force_login(member)
    ask(client)
    question = QuestionPage.objects.get()
    response = client.post(question.url + "answer/", {"body": ""})
    assert response.status_code == 400
    assert not Answer.objects.exists()


def test_listing_by_newest_and_unanswered(client, questions, member, other_member):
    client.force_login(member)
    ask(client, title="First question")
    ask(client, title="Second question")
    first = QuestionPage.objects.get(title="First question")
    client.force_login(other_member)
    client.post(first.url + "answer/", {"body": "An answer."})

    newest = client.get("/questions/")
    unanswered = client.get("/questions/", {"show": "unanswered"})

    assert [q.title for q in newest.context["questions"]] == ["Second question", "First question"]
    assert [q.title for q in unanswered.context["questions"]] == ["Second question"]
