"""The index at /consultations/, its Atom feed, the digest section and the search document."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail import hooks
from wagtail.models import PageViewRestriction

from consultations.models import TrainingProposalPage
from search.models import CatalogEntry

from .conftest import make_proposal

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_index_lists_open_upcoming_and_closed(
    client, open_proposal, upcoming_proposal, closed_proposal
):
    page = client.get("/consultations/").content.decode()
    open_at = page.index("Open for feedback")
    upcoming_at = page.index("Upcoming")
    closed_at = page.index("Closed: results")
    assert open_at < page.index("System-wide course") < upcoming_at
    assert upcoming_at < page.index("Budgeting course") < closed_at
    assert closed_at < page.index("Humanitarian course")
    assert "(America/Lima)" in page
    assert "Gender mainstreaming" in page  # the open one's theme


def test_index_leaves_out_drafts_and_private_proposals(client, consultations, open_proposal):
    make_proposal(consultations, "Unpublished draft", publish=False)
    private = make_proposal(consultations, "Members only proposal")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    page = client.get("/consultations/").content.decode()
    assert "System-wide course" in page
    assert "Unpublished draft" not in page
    assert "Members only proposal" not in page


def test_index_query_count_does_not_grow_with_proposals(
    client, consultations, theme, context, django_assert_max_num_queries
):
    make_proposal(consultations, "First", themes=[theme], contexts=[context])
    client.get("/consultations/")  # warm the site and locale caches
    with django_assert_max_num_queries(20) as few:
        client.get("/consultations/")
    for number in range(6):
        make_proposal(
            consultations,
            f"Proposal {number}",
            opens_days=number - 3,
            closes_days=number,
            themes=[theme],
            contexts=[context],
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/consultations/")
    assert response.content.decode().count('class="entry"') == 7


def test_index_head_links_the_feed(client, consultations):
    page = client.get("/consultations/").content.decode()
    assert (
        '<link rel="alternate" type="application/atom+xml" '
        'title="Training proposals open for feedback" href="/consultations/feed/">'
    ) in page


def test_feed_lists_only_open_public_live_consultations(
    client, consultations, open_proposal, upcoming_proposal, closed_proposal
):
    make_proposal(consultations, "Open draft", publish=False)
    private = make_proposal(consultations, "Open but private")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")

    response = client.get("/consultations/feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 - the site's own feed
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}title").text for entry in entries] == ["System-wide course"]
    entry = entries[0]
    published = open_proposal.first_published_at.astimezone(datetime.UTC).date()
    assert entry.find(f"{ATOM}id").text == (
        f"tag:localhost,{published.isoformat()}:consultation-{open_proposal.pk}"
    )
    link = entry.find(f"{ATOM}link").get("href")
    assert link == "http://localhost/consultations/system-wide-course/"
    assert "Feedback closes on" in entry.find(f"{ATOM}summary").text
    assert "(America/Lima)" in entry.find(f"{ATOM}summary").text


def digest(user, since, until):
    sections = []
    for hook in hooks.get_hooks("cop_digest_sections"):
        if hook.__module__.startswith("consultations"):
            sections += hook(user, since, until)
    return sections


def test_digest_lists_consultations_that_opened_in_the_period(
    member, consultations, open_proposal, upcoming_proposal, closed_proposal
):
    now = timezone.now()
    old = make_proposal(consultations, "Opened long ago", opens_days=-40, closes_days=5)
    TrainingProposalPage.objects.filter(pk=old.pk).update(
        first_published_at=now - datetime.timedelta(days=40)
    )
    sections = digest(member, now - datetime.timedelta(days=7), now)

    assert len(sections) == 1
    section = sections[0]
    assert section["title"] == "Training proposals open for your feedback"
    assert [item["key"] for item in section["items"]] == [f"consultation:{open_proposal.pk}"]
    item = section["items"][0]
    assert item["title"] == "System-wide course"
    assert item["url"] == open_proposal.full_url
    assert item["url"].startswith("http") and item["url"].endswith("/system-wide-course/")
    assert item["summary"].startswith("About system-wide course.")
    assert all(isinstance(value, str) for value in item.values())


def test_digest_includes_a_consultation_published_in_the_period(member, consultations):
    now = timezone.now()
    # Opened three weeks ago but only published now: new to the readers of this digest.
    proposal = make_proposal(consultations, "Late publication", opens_days=-21, closes_days=9)
    sections = digest(
        member, now - datetime.timedelta(days=1), now + datetime.timedelta(minutes=1)
    )
    assert [item["key"] for item in sections[0]["items"]] == [f"consultation:{proposal.pk}"]


def test_digest_period_excludes_its_start(member, consultations, open_proposal):
    since = open_proposal.opens_at
    until = since + datetime.timedelta(days=2)
    TrainingProposalPage.objects.filter(pk=open_proposal.pk).update(
        first_published_at=since - datetime.timedelta(days=1)
    )
    assert digest(member, since, until) == []
    assert len(digest(member, since - datetime.timedelta(seconds=1), until)) == 1


def test_digest_leaves_out_private_and_draft_pages(member, consultations):
    now = timezone.now()
    make_proposal(consultations, "Draft", publish=False)
    private = make_proposal(consultations, "Private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert (
        digest(member, now - datetime.timedelta(days=7), now + datetime.timedelta(minutes=1)) == []
    )


@pytest.mark.parametrize("role", ["registered_user", "editor", "moderator"])
def test_digest_is_for_active_members_only(request, role, open_proposal):
    now = timezone.now()
    user = request.getfixturevalue(role)
    assert digest(user, now - datetime.timedelta(days=7), now) == []


def test_digest_skips_inactive_members(member, open_proposal):
    member.is_active = False
    member.save()
    now = timezone.now()
    assert digest(member, now - datetime.timedelta(days=7), now) == []


def test_search_document_is_a_consultation_with_facets(open_proposal, theme, context):
    document = open_proposal.search_document()
    assert document.type == "consultation"
    assert document.facets["theme"] == [("gender-mainstreaming", "Gender mainstreaming")]
    assert document.facets["context"] == [("un-system-wide", "UN system-wide")]
    assert "Who should attend?" in document.text
    assert "Trainers" in document.text


def test_publishing_puts_the_consultation_in_the_catalogue(client, open_proposal):
    entry = CatalogEntry.objects.get(page_id=open_proposal.pk)
    assert entry.type == "consultation"
    facets = set(entry.facet_values.values_list("facet", "value"))
    assert ("theme", "gender-mainstreaming") in facets
    assert ("context", "un-system-wide") in facets
    assert ("type", "consultation") in facets
    results = client.get("/api/search/", {"type": "consultation"}).json()
    assert [hit["title"] for hit in results["results"]] == ["System-wide course"]


def test_a_window_that_closes_before_it_opens_is_refused(consultations):
    now = timezone.now()
    page = TrainingProposalPage(
        title="Backwards",
        slug="backwards",
        summary="s",
        target_audience="a",
        opens_at=now,
        closes_at=now,
        time_zone="UTC",
    )
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "close after it opens" in str(error.value)


def test_an_unknown_time_zone_is_refused(consultations):
    now = timezone.now()
    page = TrainingProposalPage(
        title="Nowhere",
        slug="nowhere",
        summary="s",
        target_audience="a",
        opens_at=now,
        closes_at=now + datetime.timedelta(days=1),
        time_zone="Mars/Olympus",
    )
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "time_zone" in error.value.message_dict


def test_the_window_is_shown_in_the_proposals_zone(client, consultations):
    page = make_proposal(consultations, "Zoned", zone="Asia/Tokyo")
    TrainingProposalPage.objects.filter(pk=page.pk).update(
        opens_at=datetime.datetime(2030, 3, 1, 0, 0, tzinfo=datetime.UTC),
        closes_at=datetime.datetime(2030, 3, 31, 15, 0, tzinfo=datetime.UTC),
    )
    content = client.get(page.url).content.decode()
    assert "1 March 2030, 09:00" in content  # UTC+9
    assert "1 April 2030, 00:00" in content
    assert "(Asia/Tokyo)" in content
    assert 'datetime="2030-03-01T00:00:00+00:00"' in content
