"""The library's block on a host's page (the site's home page here): its newest live public
entries, of every kind."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from contributions.tests.listing_blocks import listing, show_on_page
from resources.factories import ExpertPageFactory, ResourcePageFactory
from resources.models import LibraryEntryPage

pytestmark = pytest.mark.django_db


def test_newest_entries_are_live_public_and_newest_first(client, home_page, library):
    now = timezone.now()
    for days, factory, title in [
        (4, ResourcePageFactory, "Oldest manual"),
        (3, ExpertPageFactory, "An expert"),
        (2, ResourcePageFactory, "Newer manual"),
        (1, ResourcePageFactory, "Members-only manual"),
    ]:
        entry = factory(parent=library, title=title)
        LibraryEntryPage.objects.filter(pk=entry.pk).update(
            first_published_at=now - datetime.timedelta(days=days)
        )
    ResourcePageFactory(parent=library, title="Draft manual", live=False)
    private = LibraryEntryPage.objects.get(title="Members-only manual")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    show_on_page(home_page, ("newest_resources", {"heading": "New in the library", "count": 3}))

    titles, section = listing(client.get("/").content.decode(), "New in the library")

    assert titles == ["Newer manual", "An expert", "Oldest manual"]
    assert "Training manual · 2020" in section
    assert 'href="/resources/"' in section


def test_an_empty_library_invites_the_first_contribution(client, home_page, library):
    show_on_page(home_page, ("newest_resources", {"heading": "New in the library", "count": 3}))

    titles, section = listing(client.get("/").content.decode(), "New in the library")

    assert titles == []
    assert "The library has no entries yet." in section
    assert 'href="/resources/contribute/"' in section
