"""The profile form's descriptions reach screen readers: every ``aria-describedby`` names an
element of the page, and the help texts are shown."""

import pytest
from bs4 import BeautifulSoup

from taxonomy.factories import LanguageFactory, ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms(db):
    return [ThemeFactory(slug="masculinities", name="Masculinities"), LanguageFactory()]


def described_ids(response):
    soup = BeautifulSoup(response.content, "html.parser")
    ids = {
        described
        for element in soup.find_all(attrs={"aria-describedby": True})
        for described in element["aria-describedby"].split()
    }
    return soup, ids


def assert_every_description_exists(response):
    soup, ids = described_ids(response)
    assert ids
    assert {name for name in ids if soup.find(id=name) is None} == set()
    return soup, ids


def test_profile_form_shows_the_help_texts_it_points_to(client, member, terms):
    client.force_login(member)

    soup, ids = assert_every_description_exists(client.get("/account/profile/"))

    assert {"id_in_directory_helptext", "id_show_email_to_members_helptext"} <= ids
    text = soup.get_text()
    assert "Visitors see your name, organisation, position, country and expertise." in text
    assert "Visitors never see email addresses." in text


def test_an_invalid_profile_points_to_its_errors(client, member, terms):
    client.force_login(member)

    response = client.post("/account/profile/", {"bio": "x" * 1501, "expertise": ["0"]})

    assert response.status_code == 400
    _soup, ids = assert_every_description_exists(response)
    assert {"id_bio_error", "id_expertise_error"} <= ids
