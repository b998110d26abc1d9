"""Members rate and comment on library entries; moderators hide comments; posting is
rate-limited."""

import pytest
from django.urls import reverse

from resources.factories import ResourcePageFactory
from resources.models import ResourceFeedback

pytestmark = pytest.mark.django_db


@pytest.fixture
def entry(library):
    return ResourcePageFactory(parent=library, title="Gender analysis frameworks compared")


def feedback_url(entry):
    return f"/resources/feedback/{entry.pk}/"


def test_member_rates_and_the_page_shows_average_and_count(client, entry, member, other_member):
    client.force_login(member)
    response = client.post(feedback_url(entry), {"rating": "5", "comment": "Used it twice."})
    assert response.status_code == 302
    assert response["Location"] == entry.url + "#feedback"
    client.force_login(other_member)
    client.post(feedback_url(entry), {"rating": "2", "comment": ""})

    page = client.get(entry.url)

    assert page.context["rating"] == {"average": 3.5, "count": 2}
    assert b"Rated 3.5 out of 5 by 2 members." in page.content
    assert b"Used it twice." in page.content


def test_one_rating_per_member_which_they_can_change(client, entry, member):
    client.force_login(member)
    client.post(feedback_url(entry), {"rating": "2", "comment": "Too long."})
    client.post(feedback_url(entry), {"rating": "4", "comment": "Better on a second read."})

    feedback = ResourceFeedback.objects.get(entry=entry)
    assert (feedback.user, feedback.rating, feedback.comment) == (
        member,
        4,
        "Better on a second read.",
    )
    page = client.get(entry.url)
    assert b"Change your feedback" in page.content
    assert page.context["feedback_form"].initial["rating"] == 4


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"rating": "0"}, "Select a valid choice"),
        ({"rating": "6"}, "Select a valid choice"),
        ({"rating": ""}, "This field is required."),
        ({"rating": "3", "comment": "x" * 2001}, "at most 2000 characters"),
        ({"rating": "3", "comment": "<a href='http://spam'>cheap</a>"}, "HTML tags"),
    ],
)
def test_bad_feedback_is_refused_and_saves_nothing(client, entry, member, data, message):
    client.force_login(member)

    response = client.post(feedback_url(entry), data)

    assert response.status_code == 400
    assert message in str(response.context["feedback_form"].errors)
    assert not ResourceFeedback.objects.exists()


def test_visitor_is_sent_to_sign_in_and_nothing_is_saved(client, entry):
    response = client.post(feedback_url(entry), {"rating": "5"})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert not ResourceFeedback.objects.exists()
    assert b"to rate this entry" in client.get(entry.url).content


def test_non_member_cannot_rate(client, entry, registered_user):
    client.force_login(registered_user)
    assert client.post(feedback_url(entry), {"rating": "5"}).status_code == 403
    assert not ResourceFeedback.objects.exists()


def test_feedback_on_a_draft_is_refused(client, library, member):
    draft = ResourcePageFactory(parent=library, live=False)
    client.force_login(member)
    assert client.post(feedback_url(draft), {"rating": "5"}).status_code == 404


def test_feedback_needs_post(client, entry, member):
    client.force_login(member)
    assert client.get(feedback_url(entry)).status_code == 405


def test_posting_is_rate_limited(client, library, member, settings):
    settings.COP_MEMBER_RATE_LIMITS = {"feedback": (3, 600)}
    entries = [ResourcePageFactory(parent=library) for _ in range(4)]
    client.force_login(member)

    statuses = [client.post(feedback_url(entry), {"rating": "4"}).status_code for entry in entries]

    assert statuses == [302, 302, 302, 429]
    assert ResourceFeedback.objects.count() == 3
    blocked = client.post(feedback_url(entries[3]), {"rating": "4"})
    assert b"Please wait a moment" in blocked.content
    assert blocked["Retry-After"] == "600"


def test_moderator_hides_a_comment_but_the_rating_still_counts(client, entry, member, moderator):
    feedback = ResourceFeedback.objects.create(
        entry=entry, user=member, rating=1, comment="Off-topic advertising."
    )
    client.force_login(moderator)
    listing = client.get(reverse("resource_feedback:index"))
    assert listing.status_code == 200
    assert b"Off-topic advertising." in listing.content

    response = client.post(reverse("resource_feedback:edit", args=[feedback.pk]), {"hidden": "on"})

    assert response.status_code == 302
    feedback.refresh_from_db()
    assert feedback.hidden
    page = client.get(entry.url)
    assert b"Off-topic advertising." not in page.content
    assert page.context["rating"]["count"] == 1


@pytest.mark.parametrize("role", ["member", "reviewer", "editor"])
def test_only_moderators_can_hide_comments(client, entry, member, request, role):
    feedback = ResourceFeedback.objects.create(entry=entry, user=member, rating=3, comment="Ok.")
    client.force_login(request.getfixturevalue(role))

    listing = client.get(reverse("resource_feedback:index"))
    response = client.post(reverse("resource_feedback:edit", args=[feedback.pk]), {"hidden": "on"})

    assert listing.status_code in (302, 403)
    assert response.status_code in (302, 403)
    feedback.refresh_from_db()
    assert not feedback.hidden
