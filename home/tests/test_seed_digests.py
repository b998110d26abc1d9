"""The demo member's saved searches."""

import pytest

from digests.models import SavedSearch
from home.demo import digests as demo

pytestmark = pytest.mark.django_db


def test_seeding_demo_saved_searches_twice_changes_nothing(member):
    log = []
    demo.seed(lambda message, created: log.append(created))
    demo.seed(lambda message, created: log.append(created))

    assert log == [True, False]
    assert SavedSearch.objects.filter(user=member).count() == len(demo.SAVED_SEARCHES)
