"""Atom feeds of searches: /search/feed/ lists what /search/ lists (newest first unless the
address asks otherwise), the library's and the compendium's feeds list their entries, nothing
private or unpublished is in any of them, and no query string breaks them."""

import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from .conftest import load, sync_to

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def catalogue(db):
    load()


def feed(client, url, params=None):
    response = client.get(url, params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    # Raises on anything but well-formed XML; the site's own output, not untrusted data.
    root = ET.fromstring(response.content)  # noqa: S314
    assert root.tag == f"{ATOM}feed"
    return root


def entries(root):
    return [
        (
            entry.find(f"{ATOM}title").text,
            urlsplit(entry.find(f"{ATOM}link").get("href")).path,
        )
        for entry in root.findall(f"{ATOM}entry")
    ]


def page_hits(client, url, params):
    soup = BeautifulSoup(client.get(url, params).content, "html.parser")
    return [(a.get_text(), a["href"]) for a in soup.select(".entry__title a")]


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "training"},
        {"theme": "masc"},
        {"q": "training", "theme": ["masc", "gbv"]},
        {"type": "resource", "context": "fragile"},
        {"q": "gender training", "sort": "title"},
        {"year": ["2021", "2020"], "sort": "relevance"},
    ],
)
def test_feed_lists_the_search_results_in_the_same_order(client, catalogue, params):
    # The feed's default sort is "newest"; the search page shows the same with sort=newest.
    page_params = {"sort": "newest", **params}

    in_feed = entries(feed(client, "/search/feed/", params))

    assert in_feed == page_hits(client, "/search/", page_params)
    assert in_feed  # every case finds something: the comparison means something


def test_feed_and_page_agree_on_each_engine(client, engine):
    from search import service

    load()
    sync_to(engine)
    service.reset_breaker()
    params = {"q": "training", "theme": ["masc", "gbv"]}

    in_feed = entries(feed(client, "/search/feed/", params))

    assert in_feed == page_hits(client, "/search/", {"sort": "newest", **params})
    assert len(in_feed) == 4
    assert b"simpler search" not in client.get("/search/", params).content  # no fallback


def test_feed_keeps_the_pages_first_page_and_order(client, db):
    load([(f"Manual {n:02}", "training", "resource", ["masc"], [], 1990 + n) for n in range(25)])

    in_feed = entries(feed(client, "/search/feed/", {"theme": "masc"}))

    assert len(in_feed) == 20
    assert in_feed[0][0] == "Manual 24"  # newest year first
    assert in_feed == page_hits(client, "/search/", {"theme": "masc", "sort": "newest"})


def test_feed_is_atom_a_reader_can_follow(client, catalogue):
    root = feed(client, "/search/feed/", {"q": "training", "theme": "masc", "page": "1"})

    assert "training" in root.find(f"{ATOM}title").text
    assert root.find(f"{ATOM}updated").text
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    self_link = urlsplit(links["self"])
    assert self_link.path == "/search/feed/"
    assert parse_qs(self_link.query) == {"q": ["training"], "theme": ["masc"]}
    page_link = urlsplit(links["alternate"])
    assert page_link.netloc == "localhost"
    assert parse_qs(page_link.query) == {"q": ["training"], "theme": ["masc"], "sort": ["newest"]}
    for entry in root.findall(f"{ATOM}entry"):
        assert entry.find(f"{ATOM}id").text
        assert entry.find(f"{ATOM}updated").text
        assert entry.find(f"{ATOM}link").get("href").startswith("http://localhost/doc-")
        assert entry.find(f"{ATOM}summary").text


@pytest.mark.parametrize(
    "query_string",
    [
        'q="unbalanced (((quote AND title:~ OR -',
        "q=%5B%5D%7B%7D%5C%5C%2F%2A%3F",
        "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "q=" + "x" * 5000,
        "q=gender%00training",
        "q=%00",
        "q=%01%02%1b%7f",
        "theme=%00&context=%0b",
        "colour=red&theme=no-such-theme&page=-1",
        "page=-1&sort=random",
        "page=999999999999999999999",
        "year=MMXX&year=%00%00%00%00",
        "q=%ff%fe%ED%A0%80",
        "q[]=a&theme[]=masc",
    ],
)
def test_hostile_query_strings_give_a_valid_feed(client, catalogue, query_string):
    response = client.get("/search/feed/?" + query_string)

    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - the site's own output
    assert root.tag == f"{ATOM}feed"
    assert "<script>" not in response.content.decode()


def test_nul_in_the_query_is_ignored_like_on_the_page(client, catalogue):
    hostile = entries(feed(client, "/search/feed/?q=train%00ing"))
    assert hostile == entries(feed(client, "/search/feed/?q=training"))
    assert client.get("/search/?q=train%00ing").status_code == 200


def test_search_page_offers_the_feed_of_its_query(client, catalogue):
    response = client.get(
        "/search/", {"q": "training", "theme": ["masc", "gbv"], "sort": "title", "page": "1"}
    )
    soup = BeautifulSoup(response.content, "html.parser")

    alternate = soup.find("link", rel="alternate", type="application/atom+xml")
    subscribe = soup.find("a", string="Subscribe (Atom feed)")
    for href in (alternate["href"], subscribe["href"]):
        url = urlsplit(href)
        assert url.path == "/search/feed/"
        assert parse_qs(url.query) == {"q": ["training"], "theme": ["masc", "gbv"]}
    assert client.get(subscribe["href"]).status_code == 200


# Real pages: the library's and the compendium's feeds, and what may never be in a feed


@pytest.fixture
def pages(library, home_page):
    from compendium.factories import CompendiumIndexPageFactory, GoodPracticePageFactory
    from resources.factories import ResourcePageFactory

    compendium = CompendiumIndexPageFactory(parent=home_page)
    public = ResourcePageFactory(parent=library, title="Public toolkit on masculinities")
    draft = ResourcePageFactory(parent=library, title="Draft toolkit", live=False)
    private = ResourcePageFactory(parent=library, title="Private toolkit")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    practice = GoodPracticePageFactory(parent=compendium, title="Peer facilitators in Kasai")
    return {"public": public, "draft": draft, "private": private, "practice": practice}


def test_feeds_never_list_private_or_unpublished_pages(client, pages):
    titles = {
        title
        for url in ("/search/feed/", "/resources/feed/", "/compendium/feed/")
        for title, _path in entries(feed(client, url))
    }
    assert titles == {"Public toolkit on masculinities", "Peer facilitators in Kasai"}
    for params in ({"q": "toolkit"}, {"q": "private"}, {"q": "draft"}):
        found = {title for title, _path in entries(feed(client, "/search/feed/", params))}
        assert found <= {"Public toolkit on masculinities"}


def test_library_and_compendium_feeds_list_their_own_entries(client, pages):
    library = feed(client, "/resources/feed/")
    compendium = feed(client, "/compendium/feed/")

    assert entries(library) == [("Public toolkit on masculinities", pages["public"].url)]
    assert entries(compendium) == [("Peer facilitators in Kasai", pages["practice"].url)]
    assert "Resource library" in library.find(f"{ATOM}title").text
    alternate = next(
        link for link in library.findall(f"{ATOM}link") if link.get("rel") == "alternate"
    )
    assert urlsplit(alternate.get("href")).path == "/resources/"


def test_library_and_compendium_pages_point_to_their_feeds(client, pages):
    for url, feed_url in (
        ("/resources/", "/resources/feed/"),
        ("/compendium/", "/compendium/feed/"),
    ):
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        assert soup.find("link", rel="alternate", type="application/atom+xml")["href"] == feed_url
        assert soup.find("a", href=feed_url, type="application/atom+xml")
