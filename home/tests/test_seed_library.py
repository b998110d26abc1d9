"""The demo library that `seed_demo` builds: enough entries and vocabulary for every filter to
have something to show, members' feedback, and editorial review on the library.

Seeding takes seconds, so the module seeds once (``demo_with_accounts``, rolled back after the
module) and each test checks a whole area.
"""

import pytest
from wagtail.models import WorkflowPage

from resources.contributions import EDITORIAL_WORKFLOW
from resources.models import (
    ExpertPage,
    InstitutionPage,
    ResourceFeedback,
    ResourceIndexPage,
    ResourcePage,
    TrainingPage,
)
from taxonomy.models import Language, ResourceType, Theme, TrainingContext

pytestmark = pytest.mark.django_db

DIRECTORY_TYPES = ["institution", "training", "expert"]
CONTEXTS = {
    "epistemology-methodology",
    "un-system-wide",
    "national-public-policy",
    "fragile-states",
    "developed-states",
    "humanitarian",
}


def test_seed_fills_the_library_and_its_vocabularies(demo_with_accounts):
    assert ResourcePage.objects.live().count() >= 60
    directory = (
        InstitutionPage.objects.live().count()
        + TrainingPage.objects.live().count()
        + ExpertPage.objects.live().count()
    )
    assert directory >= 10
    assert Theme.objects.count() >= 10
    assert set(TrainingContext.objects.values_list("slug", flat=True)) == CONTEXTS
    assert ResourceType.objects.exclude(slug__in=DIRECTORY_TYPES).count() >= 10
    assert Language.objects.count() >= 5
    # Every resource was published with its own revision, as an editor would.
    assert all(page.revisions.exists() for page in ResourcePage.objects.live()[:5])


def test_seeded_library_answers_with_uneven_facets_feedback_and_review(demo_with_accounts, client):
    index = ResourceIndexPage.objects.get()

    response = client.get("/resources/")

    assert response.status_code == 200
    results = response.context["results"]
    assert results.total >= 70
    theme_counts = [value.count for value in results.facets["theme"]]
    assert len(theme_counts) >= 10
    assert len(set(theme_counts)) > 1, "every theme has the same number of entries"
    resource_types = {value.value for value in results.facets["resource_type"]}
    assert set(DIRECTORY_TYPES) <= resource_types
    assert ResourceFeedback.objects.exists()
    assert WorkflowPage.objects.filter(page=index, workflow__name=EDITORIAL_WORKFLOW).exists()
