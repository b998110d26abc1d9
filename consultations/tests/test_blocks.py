"""The consultations' block on a host's page (the site's home page here): the live public
proposals whose feedback window is open now, closing soonest first."""

import pytest
from wagtail.models import PageViewRestriction

from contributions.tests.listing_blocks import listing, show_on_page

from .conftest import make_proposal

pytestmark = pytest.mark.django_db


def test_open_consultations_are_the_live_public_open_ones_closing_first(
    client, home_page, consultations
):
    make_proposal(consultations, "Closes later", closes_days=20)
    make_proposal(consultations, "Closes soon", closes_days=2)
    make_proposal(consultations, "Not open yet", opens_days=3, closes_days=10)
    make_proposal(consultations, "Closed already", opens_days=-10, closes_days=-1)
    make_proposal(consultations, "Draft proposal", publish=False)
    private = make_proposal(consultations, "Members-only proposal")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    show_on_page(home_page, ("open_consultations", {"heading": "Open now", "count": 3}))

    titles, section = listing(client.get("/").content.decode(), "Open now")

    assert titles == ["Closes soon", "Closes later"]
    assert "Feedback until" in section
    assert "(America/Lima)" in section


def test_no_open_consultation_says_so(client, home_page, consultations):
    make_proposal(consultations, "Closed already", opens_days=-10, closes_days=-1)
    show_on_page(home_page, ("open_consultations", {"heading": "Open now", "count": 3}))

    titles, section = listing(client.get("/").content.decode(), "Open now")

    assert titles == []
    assert "No consultation is open right now." in section
    assert 'href="/consultations/propose/"' in section
