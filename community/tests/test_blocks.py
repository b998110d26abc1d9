"""The community's blocks on a host's page (the site's home page here): the next public
dialogues, the questions nobody has answered, the subgroups, and the invitation to join."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from community.models import (
    Answer,
    DialogueEventPage,
    DialogueIndexPage,
    QuestionIndexPage,
    QuestionPage,
    SubgroupIndexPage,
    SubgroupPage,
)
from contributions.tests.listing_blocks import listing, show_on_page

pytestmark = pytest.mark.django_db


def add(index, page, live=True):
    page.live = live
    index.add_child(instance=page)
    if live:
        page.save_revision().publish()
    else:
        page.save_revision()
    return page


def dialogue(index, title, days, live=True):
    start = timezone.now() + datetime.timedelta(days=days)
    page = DialogueEventPage(
        title=title,
        summary_text=f"About {title.lower()}.",
        start=start,
        end=start + datetime.timedelta(hours=2),
        time_zone="America/Lima",
    )
    return add(index, page, live)


@pytest.fixture
def dialogues(home_page):
    return add(home_page, DialogueIndexPage(title="Virtual dialogues", slug="dialogues"))


@pytest.fixture
def questions(home_page):
    return add(home_page, QuestionIndexPage(title="Questions", slug="questions"))


def test_upcoming_dialogues_are_the_next_live_public_ones_soonest_first(
    client, home_page, dialogues
):
    dialogue(dialogues, "Later dialogue", days=30)
    dialogue(dialogues, "Sooner dialogue", days=3)
    dialogue(dialogues, "Third dialogue", days=40)
    dialogue(dialogues, "Past dialogue", days=-3)
    dialogue(dialogues, "Draft dialogue", days=5, live=False)
    private = dialogue(dialogues, "Members-only dialogue", days=6)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    show_on_page(home_page, ("upcoming_dialogues", {"heading": "Coming up", "count": 2}))

    titles, section = listing(client.get("/").content.decode(), "Coming up")

    assert titles == ["Sooner dialogue", "Later dialogue"]
    assert "(America/Lima)" in section
    assert 'href="/dialogues/"' in section


def test_no_upcoming_dialogue_says_so_and_invites_a_proposal(
    client, home_page, dialogues, questions
):
    dialogue(dialogues, "Past dialogue", days=-3)
    show_on_page(home_page, ("upcoming_dialogues", {"heading": "Coming up", "count": 3}))

    titles, section = listing(client.get("/").content.decode(), "Coming up")

    assert titles == []
    assert "No dialogues scheduled yet." in section
    assert 'href="/questions/ask/">Propose one</a>' in section


def test_questions_block_lists_only_the_unanswered_newest_first(
    client, home_page, questions, member
):
    now = timezone.now()
    pages = {}
    for days, title in [(3, "Oldest open question"), (2, "Answered question"), (1, "Newest")]:
        pages[title] = add(questions, QuestionPage(title=title, body="Help?", asked_by=member))
        QuestionPage.objects.filter(pk=pages[title].pk).update(
            first_published_at=now - datetime.timedelta(days=days)
        )
    hidden_only = add(questions, QuestionPage(title="Only a hidden answer", body="?"))
    QuestionPage.objects.filter(pk=hidden_only.pk).update(
        first_published_at=now - datetime.timedelta(days=4)
    )
    add(questions, QuestionPage(title="Draft question", body="?"), live=False)
    Answer.objects.create(question=pages["Answered question"], user=member, body="This.")
    Answer.objects.create(question=hidden_only, user=member, body="Spam", hidden=True)
    show_on_page(home_page, ("unanswered_questions", {"heading": "Waiting", "count": 4}))

    titles, section = listing(client.get("/").content.decode(), "Waiting")

    assert titles == ["Newest", "Oldest open question", "Only a hidden answer"]
    assert "No answer yet" in section


def test_subgroups_block_shows_live_public_subgroups_with_their_purpose(client, home_page):
    index = add(home_page, SubgroupIndexPage(title="Subgroups", slug="subgroups"))
    add(index, SubgroupPage(title="Fragile states", purpose="Training where states are weak."))
    add(index, SubgroupPage(title="Draft subgroup", purpose="Not yet."), live=False)
    private = add(index, SubgroupPage(title="Closed subgroup", purpose="Hidden."))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    show_on_page(home_page, ("subgroups", {"heading": "Our subgroups", "count": 4}))

    titles, section = listing(client.get("/").content.decode(), "Our subgroups")

    assert titles == ["Fragile states"]
    assert "Training where states are weak." in section
    assert "0 members" in section


JOIN = {
    "heading": "Join us",
    "text": "Practitioners take part in their own name.",
    "button_text": "Apply to join",
    "member_heading": "Welcome back",
    "member_text": "Share what you know.",
}


def test_join_block_invites_visitors_to_apply_and_members_to_contribute(client, home_page, member):
    show_on_page(home_page, ("join", JOIN))

    visitor = client.get("/").content.decode()
    assert '<a class="button" href="/membership/apply/">Apply to join</a>' in visitor
    assert "Welcome back" not in visitor

    client.force_login(member)
    signed_in = client.get("/").content.decode()
    assert "/membership/apply/" not in signed_in
    assert "Welcome back" in signed_in
    assert 'href="/account/"' in signed_in
    assert 'href="/members/"' in signed_in
