"""Each section lists its own content type from the one catalogue: the compendium shows no
library entry, the library no good practice."""

import pytest

from compendium.factories import CompendiumIndexPageFactory, GoodPracticePageFactory
from resources.factories import ResourcePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def both(home_page, library):
    compendium = CompendiumIndexPageFactory(parent=home_page)
    ResourcePageFactory(parent=library, title="A resource, not a practice")
    GoodPracticePageFactory(parent=compendium, title="A practice, not a resource")


def test_the_compendium_lists_practices_only(client, both):
    response = client.get("/compendium/")
    assert b"A practice, not a resource" in response.content
    assert b"A resource, not a practice" not in response.content


def test_the_library_lists_entries_only(client, both):
    response = client.get("/resources/")
    assert b"A resource, not a practice" in response.content
    assert b"A practice, not a resource" not in response.content
