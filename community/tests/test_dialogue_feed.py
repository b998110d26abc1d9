"""/dialogues/feed/: upcoming public dialogues as Atom, soonest first."""

import datetime
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import PageViewRestriction

from community.models import DialogueEventPage, DialogueIndexPage

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def index(home_page):
    page = DialogueIndexPage(title="Virtual dialogues", slug="dialogues")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def dialogue(index, title, days, live=True):
    start = timezone.now() + datetime.timedelta(days=days)
    page = DialogueEventPage(
        title=title,
        summary_text=f"About {title}.",
        start=start,
        end=start + datetime.timedelta(hours=2),
        time_zone="America/Lima",
        live=live,
    )
    index.add_child(instance=page)
    if live:
        page.save_revision().publish()
    return page


def test_feed_lists_upcoming_public_dialogues_soonest_first(client, index):
    later = dialogue(index, "Later dialogue", days=30)
    dialogue(index, "Sooner dialogue", days=3)
    dialogue(index, "Past dialogue", days=-3)
    dialogue(index, "Draft dialogue", days=5, live=False)
    private = dialogue(index, "Members-only dialogue", days=6)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    response = client.get("/dialogues/feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 - the site's own output
    entries = root.findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}title").text for entry in entries] == [
        "Sooner dialogue",
        "Later dialogue",
    ]
    assert urlsplit(entries[1].find(f"{ATOM}link").get("href")).path == later.url
    assert "America/Lima" in entries[1].find(f"{ATOM}summary").text
    assert all(entry.find(f"{ATOM}updated").text for entry in entries)


def test_feed_is_valid_with_no_dialogue_and_ignores_query_strings(client, db):
    response = client.get("/dialogues/feed/?q=%00%3Cscript%3E&page=-1")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - the site's own output
    assert root.findall(f"{ATOM}entry") == []


def test_the_listing_points_to_the_feed(client, index):
    soup = BeautifulSoup(client.get(index.url).content, "html.parser")
    link = soup.find("link", rel="alternate", type="application/atom+xml")
    assert link["href"] == "/dialogues/feed/"
    assert soup.find("a", href="/dialogues/feed/")


def test_a_dialogues_search_snippet_keeps_its_facilitators_and_agenda_apart(client, index):
    # Found in the search, the agenda's items and the facilitators read as separate lines,
    # not as one run of names and headings ("Fernández Welcome Presentations").
    page = dialogue(index, "Resistance in the room", days=5)
    page.facilitators = "Amina Diallo; Lucía Fernández"
    page.agenda = "<ol><li>Welcome</li><li>Presentations</li><li>Discussion</li></ol>"
    page.save_revision().publish()

    answer = client.get("/api/search/", {"q": "presentations"}).json()

    snippet = answer["results"][0]["snippet"]
    assert "Lucía Fernández · Welcome · <mark>Presentations</mark> · Discussion" in snippet
