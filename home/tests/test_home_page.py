"""The demo home page: what is happening in the community (its blocks, filled by the seed),
in a fixed number of queries however much there is, and the seeded footer and about page."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from community.setup import run_setup
from home.demo import site
from home.models import HomePage

from .community_items import add_items

pytestmark = pytest.mark.django_db

BLOCKS = [name for name, _value in site.HOME["body"]]


@pytest.fixture
def home(home_page):
    run_setup(parent=home_page)
    # Every block shows as many as it may, so more items mean more cards.
    home_page.body = [
        (name, {**value, "count": 12} if "count" in value else value)
        for name, value in site.HOME["body"]
    ]
    home_page.save_revision().publish()
    return home_page


def render_counting(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")
    assert response.status_code == 200
    return response.content.decode(), len(queries)


@pytest.mark.parametrize("signed_in", [False, True], ids=["visitor", "member"])
def test_home_page_queries_do_not_grow_with_the_items_it_lists(client, home, member, signed_in):
    if signed_in:
        client.force_login(member)
    add_items(2, 0, member)
    client.get("/")  # the site's root paths, cached after the first request
    html, few = render_counting(client)
    assert html.count('<li class="entry">') == 2 * len(BLOCKS[1:])

    add_items(4, 2, member)
    html, many = render_counting(client)

    assert html.count('<li class="entry">') == 6 * len(BLOCKS[1:])
    assert many == few


def test_the_seeded_home_page_shows_the_community_and_invites_visitors_to_join(client):
    home = site.seed(lambda message, created: None)
    run_setup(parent=home)

    html = client.get("/").content.decode()

    assert [block.block_type for block in HomePage.objects.get().body] == [
        "join",
        "upcoming_dialogues",
        "newest_resources",
        "newest_practices",
        "open_consultations",
        "unanswered_questions",
        "subgroups",
    ]
    assert '<a class="button" href="/membership/apply/">Apply to join</a>' in html
    # Nothing yet: each block says so rather than showing nothing.
    assert "No dialogues scheduled yet." in html
    assert "No consultation is open right now." in html
    # Every section card has a description.
    explore = re.search(r'id="sections-heading".*?</section>', html, re.S).group(0)
    cards = re.findall(r'<li class="card">(.*?)</li>', explore, re.S)
    assert len(cards) == 8
    assert all("<p>" in card for card in cards), cards
    footer = re.search(r"<footer.*?</footer>", html, re.S).group(0)
    assert "hosted by UN-INSTRAW" in footer
    assert '<a href="/about/">About the community</a>' in footer
    assert 'href="mailto:cop@example.org"' in footer

    about = client.get("/about/").content.decode()
    assert '<a href="/membership/apply/">application form</a>' in about
    assert '<a href="/compendium/criteria/">published criteria</a>' in about
    assert client.get("/compendium/criteria/").status_code == 200


def test_a_home_page_without_blocks_still_lists_the_described_sections(client, home_page):
    run_setup(parent=home_page)

    html = client.get("/").content.decode()

    assert "Explore the community" in html
    assert 'href="/dialogues/">Virtual dialogues</a>' in html
    # cop_setup describes every section it makes: no card is a bare title.
    explore = re.search(r'id="sections-heading".*?</section>', html, re.S).group(0)
    cards = re.findall(r'<li class="card">(.*?)</li>', explore, re.S)
    assert len(cards) == 6
    assert all("<p>" in card for card in cards), cards
    assert "listing-block" not in html
