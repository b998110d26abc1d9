"""Virtual dialogues: listings, registration and the joining link, contributions and their
moderation, and iCalendar feeds parsed back with icalendar."""

import datetime

import pytest
from django.utils import timezone
from icalendar import Calendar

from community.models import (
    DialogueContribution,
    DialogueEventPage,
    DialogueIndexPage,
    DialogueRegistration,
    SubgroupIndexPage,
    SubgroupMembership,
    SubgroupPage,
)
from search.models import CatalogEntry

pytestmark = pytest.mark.django_db
LINK = "https://meet.example.org/secret-room"


@pytest.fixture
def dialogues(home_page):
    index = DialogueIndexPage(title="Virtual dialogues", slug="dialogues")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_dialogue(index, title, days, capacity=None, subgroup=None, zone="America/Lima"):
    start = timezone.now() + datetime.timedelta(days=days)
    page = DialogueEventPage(
        title=title,
        summary_text=f"About {title.lower()}.",
        start=start,
        end=start + datetime.timedelta(hours=2),
        time_zone=zone,
        capacity=capacity,
        joining_link=LINK,
        subgroup=subgroup,
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def upcoming(dialogues):
    return make_dialogue(dialogues, "Online facilitation", days=10, capacity=2)


@pytest.fixture
def past(dialogues):
    return make_dialogue(dialogues, "Resistance in the room", days=-10)


def test_listing_shows_upcoming_then_past(client, upcoming, past, dialogues):
    make_dialogue(dialogues, "Later still", days=40)
    response = client.get("/dialogues/")
    assert [d.title for d in response.context["upcoming"]] == [
        "Online facilitation",
        "Later still",
    ]
    assert [d.title for d in response.context["past"]] == ["Resistance in the room"]
    assert b"(America/Lima)" in response.content


def test_member_registers_and_sees_the_joining_link(client, upcoming, member):
    client.force_login(member)
    assert LINK.encode() not in client.get(upcoming.url).content

    client.post(upcoming.url + "register/")

    assert DialogueRegistration.objects.filter(dialogue=upcoming, user=member).exists()
    assert LINK.encode() in client.get(upcoming.url).content


@pytest.mark.parametrize("who", ["visitor", "other_member", "registered_user"])
def test_the_joining_link_is_only_for_registered_members(client, upcoming, member, request, who):
    DialogueRegistration.objects.create(dialogue=upcoming, user=member)
    if who != "visitor":
        client.force_login(request.getfixturevalue(who))
    assert LINK.encode() not in client.get(upcoming.url).content


def test_double_registration_and_full_events(client, upcoming, member, other_member, editor):
    client.force_login(member)
    client.post(upcoming.url + "register/")
    response = client.post(upcoming.url + "register/", follow=True)
    assert b"already registered" in response.content
    client.force_login(other_member)
    client.post(upcoming.url + "register/")
    assert DialogueRegistration.objects.filter(dialogue=upcoming).count() == 2

    from django.contrib.auth.models import Group

    editor.groups.add(Group.objects.get(name="Members"))
    client.force_login(editor)
    full = client.post(upcoming.url + "register/", follow=True)
    assert b"this dialogue is full" in full.content
    assert b"This dialogue is full." in client.get(upcoming.url).content
    assert DialogueRegistration.objects.filter(dialogue=upcoming).count() == 2


def test_cancelling_frees_the_place(client, upcoming, member):
    client.force_login(member)
    client.post(upcoming.url + "register/")
    client.post(upcoming.url + "cancel/")
    assert not DialogueRegistration.objects.exists()


def test_non_members_cannot_register(client, upcoming, registered_user):
    assert client.post(upcoming.url + "register/").status_code == 302
    client.force_login(registered_user)
    assert client.post(upcoming.url + "register/").status_code == 403
    assert not DialogueRegistration.objects.exists()


def test_past_dialogues_take_no_registration_or_contribution(client, past, member):
    client.force_login(member)
    client.post(past.url + "register/")
    client.post(past.url + "contribute/", {"body": "Too late"})
    assert not DialogueRegistration.objects.exists()
    assert not DialogueContribution.objects.exists()


def test_members_contribute_with_clear_errors(client, upcoming, member):
    client.force_login(member)
    bad = client.post(upcoming.url + "contribute/", {"body": "<script>x</script>"})
    assert bad.status_code == 400
    assert b"HTML tags" in bad.content
    client.post(upcoming.url + "contribute/", {"body": "We use breakout rooms of four."})
    assert b"We use breakout rooms of four." in client.get(upcoming.url).content


@pytest.fixture
def coordinated(dialogues, home_page, reviewer):
    subgroups = SubgroupIndexPage(title="Subgroups", slug="subgroups")
    home_page.add_child(instance=subgroups)
    subgroup = SubgroupPage(title="Methodology", slug="methodology", purpose="Methods.")
    subgroups.add_child(instance=subgroup)
    SubgroupMembership.objects.create(subgroup=subgroup, user=reviewer, role="coordinator")
    return make_dialogue(dialogues, "Methods dialogue", days=5, subgroup=subgroup)


@pytest.mark.parametrize(
    ("role", "can_hide"),
    [("reviewer", True), ("moderator", True), ("other_member", False), ("editor", False)],
)
def test_coordinators_and_moderators_hide_contributions(
    client, coordinated, member, request, role, can_hide
):
    post = DialogueContribution.objects.create(dialogue=coordinated, user=member, body="Spam")
    client.force_login(request.getfixturevalue(role))
    response = client.post(f"{coordinated.url}contributions/{post.pk}/hide/")
    post.refresh_from_db()
    assert post.hidden is can_hide
    assert response.status_code == (302 if can_hide else 403)
    if can_hide:
        assert b"Spam" not in client.get(coordinated.url).content


def test_calendar_of_all_dialogues_is_valid_icalendar(client, upcoming, past):
    response = client.get("/dialogues/calendar.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == [past.title, upcoming.title]
    # The host of the page's Wagtail site (the default site's "localhost" in tests).
    assert {str(event["UID"]) for event in events} == {
        f"dialogue-{past.pk}@localhost",
        f"dialogue-{upcoming.pk}@localhost",
    }
    first = events[1]
    assert first["DTSTAMP"]
    assert first.decoded("DTSTART") == upcoming.start.replace(microsecond=0)
    # A UTC time, which every reader gets right; the dialogue's zone is in the description.
    assert first.decoded("DTSTART").utcoffset() == datetime.timedelta(0)
    assert "TZID" not in first["DTSTART"].params
    assert "(America/Lima)" in str(first["DESCRIPTION"])


def test_one_event_calendar_keeps_its_uid_across_edits(client, upcoming):
    before = Calendar.from_ical(client.get(f"/dialogues/{upcoming.slug}.ics").content)
    upcoming.title = "Online facilitation (new title)"
    upcoming.save_revision().publish()
    after = Calendar.from_ical(client.get(f"/dialogues/{upcoming.slug}.ics").content)
    (old,), (new,) = before.walk("VEVENT"), after.walk("VEVENT")
    assert old["UID"] == new["UID"]
    assert str(new["SUMMARY"]) == "Online facilitation (new title)"


def test_unknown_calendar_is_a_404(client, dialogues):
    assert client.get("/dialogues/no-such-dialogue.ics").status_code == 404


def test_dialogues_are_searchable_as_type_dialogue(upcoming):
    entry = CatalogEntry.objects.get(page_id=upcoming.pk)
    assert entry.type == "dialogue"


def test_end_before_start_is_refused(dialogues):
    from django.core.exceptions import ValidationError

    page = make_dialogue(dialogues, "Valid", days=3)
    page.end = page.start - datetime.timedelta(hours=1)
    with pytest.raises(ValidationError):
        page.full_clean()
    page.end = page.start + datetime.timedelta(hours=1)
    page.time_zone = "Mars/Olympus"
    with pytest.raises(ValidationError):
        page.full_clean()


def test_times_are_shown_in_the_dialogue_time_zone(client, dialogues):
    page = make_dialogue(dialogues, "Across the Pacific", days=30, zone="Pacific/Auckland")
    start = datetime.datetime(2031, 3, 10, 21, 0, tzinfo=datetime.UTC)  # 10:00 in Auckland
    page.start, page.end = start, start + datetime.timedelta(hours=2)
    page.save_revision().publish()

    detail = client.get(page.url).content.decode()
    listing = client.get(dialogues.url).content.decode()

    assert "Tuesday 11 March 2031, 10:00</time>" in detail
    assert "12:00</time> (Pacific/Auckland)" in detail
    assert "11 March 2031, 10:00</time> (Pacific/Auckland)" in listing
    assert 'datetime="2031-03-10T21:00:00+00:00"' in detail
