"""The "Search engine" panel on the admin dashboard: those who look after the site (Moderators,
superusers) see whether the public search is healthy, down since when, and what Elasticsearch
has not received yet; editors and reviewers do not."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from .conftest import load
from .faults import closed_port_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def elasticsearch_down(settings):
    settings.COP_SEARCH_ENGINE = "elasticsearch"
    settings.ELASTICSEARCH_URL = closed_port_url()
    settings.COP_SEARCH_BREAKER_FAILURES = 1
    settings.COP_SEARCH_TIMEOUT = 1
    load()


def panel(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find(id="search-status-section")


def test_a_moderator_sees_the_rows_elasticsearch_has_not_received(
    client, moderator, elasticsearch_down
):
    found = panel(client, moderator)

    assert found is not None
    assert "Search engine" in found.get_text()
    assert found.select_one(".search-status__pending").get_text(strip=True) == "7"


def test_a_moderator_sees_since_when_elasticsearch_is_down(client, moderator, elasticsearch_down):
    # A visitor's search finds Elasticsearch failing and answers from the database.
    assert client.get("/search/", {"q": "training"}).status_code == 200

    found = panel(client, moderator)

    state = found.select_one(".search-status__state").get_text(" ", strip=True)
    assert state.startswith("Down since")


def test_a_superuser_sees_the_panel(client, elasticsearch_down):
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "password")

    assert panel(client, admin) is not None


def test_editors_and_reviewers_do_not_see_the_panel(client, editor, reviewer, elasticsearch_down):
    assert panel(client, editor) is None
    assert panel(client, reviewer) is None
