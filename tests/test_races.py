"""Double clicks and races: requests that arrive at the same moment each get a clear answer
and leave one record each, never a 500.

The requests go through Django's test client in threads: a client in a thread uses that
thread's database connection, so on PostgreSQL they run as concurrent transactions, as a
server's workers do. A barrier releases them together. SQLite runs one writing transaction at a
time (the demo site begins them IMMEDIATE), so these run on PostgreSQL;
tests/test_sqlite_concurrency.py covers SQLite.
"""

import threading
import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, connections, transaction
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from compendium.factories import CompendiumIndexPageFactory, CriterionFactory
from compendium.models import Assessment, GoodPracticePage
from resources.models import ResourceFeedback, ResourcePage
from taxonomy.factories import ResourceTypeFactory, ThemeFactory

from .proposals import proposal_data

# Enough requests at once that, without the locks, the race is lost every time.
AT_ONCE = 4


def on_postgresql(test):
    # Committed data (each thread reads what the others commit); serialized_rollback puts back
    # the roles and workflows of the set-up for the tests after these.
    test = pytest.mark.django_db(transaction=True, serialized_rollback=True)(test)
    return pytest.mark.postgresql(test)


def people(role, count):
    group = Group.objects.get(name=role)
    users = []
    for number in range(count):
        name = f"{role.lower()}{number}"
        user = get_user_model().objects.create_user(username=name, email=f"{name}@example.org")
        user.groups.add(group)
        users.append(user)
    return users


def signed_in(user):
    """A session of its own (another browser tab, another person)."""
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def at_once(posts, held=None):
    """Send each post, a (client, address, data) triple, from a thread of its own, all
    released at the same moment; the responses, in order. With ``held`` (a model), another
    transaction (a long report, a migration) holds its table until every request waits for
    it: they then all read it at the same moment, however short their race window is."""
    barrier = threading.Barrier(len(posts))
    responses = [None] * len(posts)

    def run(number, post):
        client, url, data = post
        try:
            barrier.wait(timeout=30)
            responses[number] = client.post(url, data)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=item) for item in enumerate(posts)]
    with transaction.atomic():
        if held is not None:
            _lock_table(held)
        for thread in threads:
            thread.start()
        if held is not None:
            _wait_for_waiters(held, len(posts))
    for thread in threads:
        thread.join(timeout=120)
    return responses


def _lock_table(model):
    with connection.cursor() as cursor:
        cursor.execute(f"LOCK TABLE {model._meta.db_table} IN ACCESS EXCLUSIVE MODE")


def _wait_for_waiters(model, count):
    deadline = time.monotonic() + 60
    with connection.cursor() as cursor:
        while True:
            cursor.execute(
                "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = %s::regclass",
                [model._meta.db_table],
            )
            if cursor.fetchone()[0] >= count:
                return
            assert time.monotonic() < deadline, "the requests never reached the table"
            time.sleep(0.01)


def statuses(responses):
    return [response.status_code for response in responses]


def assert_distinct_slugs_in_a_sound_tree(pages):
    assert len({page.slug for page in pages}) == len(pages)
    assert Page.find_problems() == ([], [], [], [], [])


# Questions


@pytest.fixture
def questions(home_page):
    from community.models import QuestionIndexPage

    index = QuestionIndexPage(title="Questions", slug="questions")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@on_postgresql
def test_different_questions_asked_at_the_same_moment_are_all_published(questions):
    from community.models import QuestionPage

    # Long titles alike: a question's address keeps the start of its title.
    opening = "How do you open a gender training with a group whose members have never met"
    posts = [
        (
            signed_in(user),
            "/questions/ask/",
            {"title": f"{opening}, in session {number}?", "body": "What works online?"},
        )
        for number, user in enumerate(people("Members", AT_ONCE))
    ]

    responses = at_once(posts)

    assert statuses(responses) == [302] * AT_ONCE
    asked = list(QuestionPage.objects.child_of(questions).live())
    assert len(asked) == AT_ONCE
    assert_distinct_slugs_in_a_sound_tree(asked)


@on_postgresql
def test_a_question_sent_twice_at_the_same_moment_is_asked_once(questions):
    from community.models import QuestionPage

    (member,) = people("Members", 1)
    data = {"title": "Icebreakers online?", "body": "What works with mixed groups?"}
    posts = [(signed_in(member), "/questions/ask/", data) for _tab in range(AT_ONCE)]

    responses = at_once(posts)

    question = QuestionPage.objects.child_of(questions).get()
    assert statuses(responses) == [302] * AT_ONCE
    assert {response["Location"] for response in responses} == {question.url}


# The library


@on_postgresql
def test_the_same_resource_contributed_at_the_same_moment_makes_a_draft_each(library):
    kind = ResourceTypeFactory(slug="toolkit", name="Toolkit")
    theme = ThemeFactory(slug="masculinities", name="Masculinities")
    data = {
        "title": "Engaging men as allies: a facilitation toolkit",
        "summary": "Exercises for mixed groups.",
        "resource_type": kind.pk,
        "year": "2023",
        "external_url": "https://example.org/engaging-men",
        "themes": [theme.pk],
    }
    posts = [
        (signed_in(user), "/resources/contribute/", data) for user in people("Members", AT_ONCE)
    ]

    responses = at_once(posts)

    assert statuses(responses) == [302] * AT_ONCE
    drafts = list(ResourcePage.objects.child_of(library))
    assert len(drafts) == AT_ONCE
    assert all(draft.current_workflow_state is not None for draft in drafts)
    assert_distinct_slugs_in_a_sound_tree(drafts)


@on_postgresql
def test_a_rating_sent_twice_at_the_same_moment_keeps_one(library):
    from resources.factories import ResourcePageFactory

    entry = ResourcePageFactory(parent=library, title="Gender analysis frameworks compared")
    (member,) = people("Members", 1)
    ratings = range(1, AT_ONCE + 1)
    posts = [
        (signed_in(member), f"/resources/feedback/{entry.pk}/", {"rating": str(rating)})
        for rating in ratings
    ]

    # Its race window is short (a read, then the insert): the requests are held at the read.
    responses = at_once(posts, held=ResourceFeedback)

    assert statuses(responses) == [302] * len(ratings)
    feedback = ResourceFeedback.objects.get(entry=entry)
    assert feedback.user == member
    assert feedback.rating in ratings


# The compendium


@pytest.fixture
def compendium(home_page):
    return CompendiumIndexPageFactory(parent=home_page)


@on_postgresql
def test_practices_started_at_the_same_moment_make_a_draft_each(compendium):
    theme = ThemeFactory(slug="masculinities", name="Masculinities")
    basics = {
        "title": "Peer facilitators for men and boys",
        "summary": "Trained community facilitators ran discussion groups on care work.",
        "organisation": "Kasai Gender Learning Network",
        "organisation_type": "ngo",
        "country": "Democratic Republic of the Congo",
        "year": "2022",
        "themes": [theme.pk],
        "action": "next",
    }
    posts = [
        (signed_in(user), "/compendium/submit/", basics) for user in people("Members", AT_ONCE)
    ]

    responses = at_once(posts)

    assert statuses(responses) == [302] * AT_ONCE
    drafts = list(GoodPracticePage.objects.child_of(compendium))
    assert len(drafts) == AT_ONCE
    assert_distinct_slugs_in_a_sound_tree(drafts)


def submitted_practice(compendium):
    """A member's practice in the criteria assessment, and the address of its approval."""
    from compendium.factories import GoodPracticePageFactory
    from compendium.submissions import review_workflow

    member = get_user_model().objects.create_user(username="submitter")
    member.groups.add(Group.objects.get(name="Members"))
    page = GoodPracticePageFactory(parent=compendium, live=False, owner=member)
    page.save_revision(user=member)
    review_workflow().start(page, member)
    task_state = page.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return page, url


def assessment(criteria):
    data = {"recommendation": "include", "comment": ""}
    for criterion in criteria:
        data[f"score_{criterion.pk}"] = "2"
        data[f"comment_{criterion.pk}"] = "Clear evidence."
    return data


@on_postgresql
def test_an_assessment_sent_at_the_same_moment_by_reviewers_is_recorded_once(compendium):
    criteria = [CriterionFactory(name="Relevance"), CriterionFactory(name="Sustainability")]
    page, url = submitted_practice(compendium)
    posts = [(signed_in(user), url, assessment(criteria)) for user in people("Reviewers", AT_ONCE)]

    responses = at_once(posts)

    assert statuses(responses) == [302] * AT_ONCE
    assert Assessment.objects.filter(page=page).count() == 1
    told = reverse("compendium_already_decided")
    assert sorted(response["Location"] == told for response in responses) == [False] + [True] * (
        AT_ONCE - 1
    )


@pytest.mark.django_db
@pytest.mark.parametrize("from_the_modal", [True, False])
def test_an_assessment_sent_again_after_the_decision_is_not_recorded_twice(
    client, compendium, from_the_modal
):
    criteria = [CriterionFactory(name="Relevance")]
    page, url = submitted_practice(compendium)
    (reviewer,) = people("Reviewers", 1)
    client.force_login(reviewer)
    headers = {"x-requested-with": "XMLHttpRequest"} if from_the_modal else {}
    client.post(url, assessment(criteria), headers=headers)

    again = client.post(url, assessment(criteria), headers=headers)

    assert again.status_code == (200 if from_the_modal else 302)
    told = again.json()["redirect"] if from_the_modal else again["Location"]
    dashboard = client.get(told, follow=True)
    assert "already been decided, so your assessment was not recorded" in (
        dashboard.content.decode()
    )
    assert Assessment.objects.filter(page=page).count() == 1


# Consultations


@on_postgresql
def test_proposals_sent_at_the_same_moment_make_a_draft_each(home_page):
    from consultations.models import ConsultationIndexPage, TrainingProposalPage

    index = ConsultationIndexPage(title="Consultations", slug="consultations")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    data = proposal_data()
    posts = [
        (signed_in(user), "/consultations/propose/", data) for user in people("Members", AT_ONCE)
    ]

    responses = at_once(posts)

    assert statuses(responses) == [302] * AT_ONCE
    drafts = list(TrainingProposalPage.objects.child_of(index))
    assert len(drafts) == AT_ONCE
    assert_distinct_slugs_in_a_sound_tree(drafts)
