"""The demo compendium that `seed_demo` builds. The module seeds once (``demo_with_accounts``,
rolled back after the module)."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import WorkflowPage

from compendium.models import Assessment, CompendiumIndexPage, Criterion, GoodPracticePage
from compendium.submissions import REVIEW_WORKFLOW
from search.models import CatalogEntry

pytestmark = pytest.mark.django_db


def seed():
    call_command("seed_demo", "--with-accounts", stdout=StringIO())


def test_seed_builds_the_compendium(demo_with_accounts, client):
    index = CompendiumIndexPage.objects.get()
    assert index.live
    assert index.url == "/compendium/"
    assert WorkflowPage.objects.get(page=index).workflow.name == REVIEW_WORKFLOW
    names = list(Criterion.objects.values_list("slug", flat=True))
    assert len(names) >= 8
    assert names[:3] == ["relevance", "effectiveness", "sustainability"]

    practices = GoodPracticePage.objects.live().child_of(index)
    assert practices.count() >= 12
    for practice in practices:
        assert practice.themes.exists()
        assert practice.regions.exists()
        assert practice.year
        assessment = practice.published_assessment()
        assert assessment is not None
        assert assessment.scores.count() == len(names)
        assert all(getattr(practice, name) for name in ("background", "approach", "results"))
        assert "lorem" not in practice.approach.lower()
    # Spread across the taxonomies.
    regions = {r for p in practices for r in p.regions.values_list("slug", flat=True)}
    contexts = {c for p in practices for c in p.contexts.values_list("slug", flat=True)}
    themes = {t for p in practices for t in p.themes.values_list("slug", flat=True)}
    assert len(regions) >= 6
    assert len(contexts) >= 5
    assert len(themes) >= 10
    assert CatalogEntry.objects.filter(type="good-practice", withdrawn=False).count() >= 12

    listing = client.get("/compendium/")
    assert listing.context["results"].total >= 12
    practice = practices.first()
    assert b"out of 3 on average" in client.get(practice.url).content


def test_seed_twice_adds_nothing(demo_with_accounts):
    # Seeded once for the module: this is the second run.
    counts = (GoodPracticePage.objects.count(), Criterion.objects.count())
    assessments = Assessment.objects.count()
    seed()
    assert (GoodPracticePage.objects.count(), Criterion.objects.count()) == counts
    assert Assessment.objects.count() == assessments
