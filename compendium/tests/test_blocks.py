"""The compendium's block on a host's page (the site's home page here): its newest published
good practices."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from compendium.factories import CompendiumIndexPageFactory, GoodPracticePageFactory
from compendium.models import GoodPracticePage
from contributions.tests.listing_blocks import listing, show_on_page

pytestmark = pytest.mark.django_db


def test_newest_practices_are_the_published_public_ones_newest_first(client, home_page):
    compendium = CompendiumIndexPageFactory(parent=home_page)
    now = timezone.now()
    for days, title in [(3, "Older practice"), (2, "Newer practice"), (1, "Private practice")]:
        practice = GoodPracticePageFactory(
            parent=compendium, title=title, organisation="Training institute", country="PE"
        )
        GoodPracticePage.objects.filter(pk=practice.pk).update(
            first_published_at=now - datetime.timedelta(days=days)
        )
    # Submitted, not yet accepted: a draft.
    GoodPracticePageFactory(parent=compendium, title="Submitted practice", live=False)
    PageViewRestriction.objects.create(
        page=GoodPracticePage.objects.get(title="Private practice"),
        restriction_type=PageViewRestriction.LOGIN,
    )
    show_on_page(home_page, ("newest_practices", {"heading": "Good practices", "count": 3}))

    titles, section = listing(client.get("/").content.decode(), "Good practices")

    assert titles == ["Newer practice", "Older practice"]
    assert "Training institute · Peru · 2021" in section
    assert 'href="/compendium/"' in section


def test_no_practice_yet_invites_a_submission(client, home_page):
    CompendiumIndexPageFactory(parent=home_page)
    show_on_page(home_page, ("newest_practices", {"heading": "Good practices", "count": 3}))

    titles, section = listing(client.get("/").content.decode(), "Good practices")

    assert titles == []
    assert "No good practice is published yet." in section
    assert 'href="/compendium/submit/"' in section
