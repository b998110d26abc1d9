"""The site's Atom feeds and iCalendar files, read back by independent parsers as a feed reader
or a calendar application would: feedparser for Atom (RFC 4287); icalendar, vobject and ics
for iCalendar (RFC 5545). A future dialogue and an upcoming consultation are in the world, so
the feeds are asked to describe events that have not happened yet."""

import calendar
import datetime
import re
import time
import zoneinfo
from urllib.parse import urlsplit

import feedparser
import icalendar
import ics
import pytest
import vobject
from django.utils import timezone
from wagtail.models import Site

from community.models import DialogueEventPage, DialogueIndexPage
from consultations.models import ConsultationIndexPage, ProposalQuestion, TrainingProposalPage

pytestmark = pytest.mark.django_db

HOST = "cop.example.org"  # not the test client's host nor WAGTAILADMIN_BASE_URL's
SITE_NAME = "Gender Training CoP (standards test)"
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
FEEDS = ("/dialogues/feed/", "/consultations/feed/", "/search/feed/")
LISTING_FEEDS = ("/resources/feed/", "/compendium/feed/")
TAG_URI = re.compile(r"^tag:[a-z0-9.-]+,\d{4}(-\d{2}(-\d{2})?)?:\S+$")


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _dialogue(index, title, start):
    return _publish(
        index,
        DialogueEventPage(
            title=title,
            summary_text=f"About {title.lower()}.",
            start=start,
            end=start + datetime.timedelta(hours=2),
            time_zone="Europe/Berlin",
        ),
    )


def _proposal(index, title, opens_days, closes_days):
    now = timezone.now()
    return _publish(
        index,
        TrainingProposalPage(
            title=title,
            summary=f"About {title.lower()}.",
            target_audience="Trainers",
            organisation="Proposing institute",
            opens_at=now + datetime.timedelta(days=opens_days),
            closes_at=now + datetime.timedelta(days=closes_days),
            time_zone="America/Lima",
            questions=[ProposalQuestion(text="What is missing?")],
        ),
    )


@pytest.fixture
def world(home_page, library):
    from compendium.factories import CompendiumIndexPageFactory, GoodPracticePageFactory
    from resources.factories import ResourcePageFactory

    Site.objects.filter(is_default_site=True).update(hostname=HOST, site_name=SITE_NAME)
    Site.clear_site_root_paths_cache()
    dialogues = _publish(home_page, DialogueIndexPage(title="Virtual dialogues", slug="dialogues"))
    consultations = _publish(
        home_page, ConsultationIndexPage(title="Consultations", slug="consultations")
    )
    next_year = timezone.now().year + 1
    ResourcePageFactory(parent=library, title="Toolkit on masculinities")
    GoodPracticePageFactory(
        parent=CompendiumIndexPageFactory(parent=home_page), title="Peer facilitators"
    )
    return {
        # 18:00 in Berlin in July is 16:00 UTC (summer time), in January 17:00 UTC.
        "summer": _dialogue(
            dialogues, "Summer dialogue", datetime.datetime(next_year, 7, 1, 18, tzinfo=BERLIN)
        ),
        "winter": _dialogue(
            dialogues, "Winter dialogue", datetime.datetime(next_year, 1, 20, 18, tzinfo=BERLIN)
        ),
        "open": _proposal(consultations, "Open course", opens_days=-2, closes_days=10),
        "upcoming": _proposal(consultations, "Upcoming course", opens_days=20, closes_days=40),
    }


def _parse_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return feedparser.parse(
        response.content, response_headers={"content-type": response["Content-Type"]}
    )


def _instant(struct):
    return calendar.timegm(struct)  # feedparser's dates are UTC struct_times


def test_every_feed_is_valid_atom_with_an_author_real_ids_and_no_future_dates(client, world):
    now = time.time()
    for url in FEEDS + LISTING_FEEDS:
        parsed = _parse_feed(client, url)

        assert parsed.bozo == 0, (url, parsed.get("bozo_exception"))
        assert parsed.version == "atom10", url
        assert parsed.feed.author_detail.name == SITE_NAME, url
        assert parsed.entries, url
        assert _instant(parsed.feed.updated_parsed) <= now, url
        for entry in parsed.entries:
            scheme = urlsplit(entry.id).scheme
            assert scheme in {"http", "https"} or TAG_URI.match(entry.id), (url, entry.id)
            assert _instant(entry.updated_parsed) <= now, (url, entry.title, entry.updated)
            if "published_parsed" in entry:
                assert _instant(entry.published_parsed) <= now, (url, entry.title)

    # The future events are in the feeds, announced by when they were published.
    dialogue_feed = _parse_feed(client, "/dialogues/feed/").entries
    assert [entry.title for entry in dialogue_feed] == ["Winter dialogue", "Summer dialogue"]
    catalogue = {entry.title for entry in _parse_feed(client, "/search/feed/").entries}
    assert {"Summer dialogue", "Upcoming course", "Open course"} <= catalogue


def test_a_consultation_entry_id_is_a_tag_uri_of_the_site(client, world):
    (entry,) = _parse_feed(client, "/consultations/feed/").entries
    proposal = world["open"]

    assert entry.title == "Open course"
    published = timezone.localtime(proposal.first_published_at, datetime.UTC).date()
    assert entry.id == f"tag:{HOST},{published.isoformat()}:consultation-{proposal.pk}"
    assert _instant(entry.updated_parsed) >= proposal.opens_at.timestamp() - 1


def _starts(body):
    """The first event's start and end, as UTC instants, by three independent parsers."""
    by_icalendar = icalendar.Calendar.from_ical(body).walk("VEVENT")[0]
    by_vobject = vobject.readOne(body.decode()).vevent
    by_ics = next(iter(ics.Calendar(body.decode()).events))
    return {
        "icalendar": (by_icalendar.decoded("DTSTART"), by_icalendar.decoded("DTEND")),
        "vobject": (by_vobject.dtstart.value, by_vobject.dtend.value),
        "ics": (by_ics.begin.datetime, by_ics.end.datetime),
    }


@pytest.mark.parametrize("season, utc_hour", [("summer", 16), ("winter", 17)])
def test_three_calendar_parsers_agree_on_a_berlin_dialogue(client, world, season, utc_hour):
    dialogue = world[season]
    response = client.get(f"/dialogues/{dialogue.slug}.ics")
    assert response["Content-Type"].startswith("text/calendar")

    expected = dialogue.start.astimezone(datetime.UTC)
    assert expected.hour == utc_hour
    for parser, (start, end) in _starts(response.content).items():
        assert start.astimezone(datetime.UTC) == expected, parser
        assert end - start == datetime.timedelta(hours=2), parser

    (event,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["UID"]) == f"dialogue-{dialogue.pk}@{HOST}"
    assert str(event["URL"]) == f"http://{HOST}/dialogues/{dialogue.slug}/"


def test_the_calendar_of_all_dialogues_reads_the_same_in_every_parser(client, world):
    body = client.get("/dialogues/calendar.ics").content
    expected = {world[season].start.astimezone(datetime.UTC) for season in ("summer", "winter")}
    by_icalendar = {
        event.decoded("DTSTART") for event in icalendar.Calendar.from_ical(body).walk("VEVENT")
    }
    by_vobject = {event.dtstart.value for event in vobject.readOne(body.decode()).vevent_list}
    by_ics = {event.begin.datetime for event in ics.Calendar(body.decode()).events}
    for parser, starts in (("icalendar", by_icalendar), ("vobject", by_vobject), ("ics", by_ics)):
        assert starts == expected, parser
    uids = {str(event["UID"]) for event in icalendar.Calendar.from_ical(body).walk("VEVENT")}
    assert uids == {f"dialogue-{world[season].pk}@{HOST}" for season in ("summer", "winter")}


def test_every_absolute_link_is_on_the_sites_own_address_whatever_host_was_asked(
    client, world, django_user_model, mailoutbox
):
    """The Wagtail Site's address (cop_setup --site-url) is the one address of the sitemap,
    robots.txt, the feeds, the calendars and the emails: not the Host header of the request,
    which the client chose (here 127.0.0.1, an allowed host that is not the site's)."""
    asked = {"HTTP_HOST": "127.0.0.1"}
    links = []
    for url in FEEDS + LISTING_FEEDS:
        parsed = feedparser.parse(client.get(url, **asked).content)
        links += [parsed.feed.link] + [link.href for link in parsed.feed.links]
        links += [entry.link for entry in parsed.entries]
    sitemap = client.get("/sitemap.xml", **asked).content.decode()
    links += re.findall(r"<loc>([^<]+)</loc>", sitemap)
    robots = client.get("/robots.txt", **asked).content.decode()
    links += re.findall(r"^Sitemap: (\S+)$", robots, flags=re.MULTILINE)
    calendar_file = icalendar.Calendar.from_ical(
        client.get("/dialogues/calendar.ics", **asked).content
    )
    links += [str(event["URL"]) for event in calendar_file.walk("VEVENT")]

    django_user_model.objects.create_user("ana", "ana@example.org", "an-old-password-1")
    client.post("/accounts/password_reset/", {"email": "ana@example.org"}, **asked)
    links += re.findall(r"https?://\S+", mailoutbox[0].body)

    assert len(links) > 10
    assert {urlsplit(link).netloc for link in links} == {HOST}, links
