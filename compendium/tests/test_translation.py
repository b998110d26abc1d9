"""A good practice translated with wagtail-localize is reviewed like its original: the
translated compendium gets the review workflow, and only moderators publish the translation."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, WorkflowPage
from wagtail_localize.models import Translation, TranslationSource

from compendium.factories import GoodPracticePageFactory
from compendium.models import CompendiumIndexPage, GoodPracticePage
from compendium.submissions import REVIEW_WORKFLOW
from contributions.drafts import workflow_named

pytestmark = pytest.mark.django_db


@pytest.fixture
def french():
    return Locale.objects.get_or_create(language_code="fr")[0]


@pytest.fixture
def practice(compendium):
    WorkflowPage.objects.create(page=compendium, workflow=workflow_named(REVIEW_WORKFLOW))
    return GoodPracticePageFactory(parent=compendium, title="Fathers' groups on care work")


def translate_draft(page, locale):
    """What "Translate" in the admin makes: a synced translation, not yet published (its
    parents copied into the locale's tree as needed)."""
    source, _ = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.create(source=source, target_locale=locale)
    translated, _ = source.create_or_update_translation(
        locale, publish=False, copy_parent_pages=True, fallback=True
    )
    return GoodPracticePage.objects.get(pk=translated.pk)


def test_the_translated_compendium_has_the_review_workflow(practice, french):
    translated = translate_draft(practice, french)

    compendium = CompendiumIndexPage.objects.get(locale=french)
    assert translated.get_parent().pk == compendium.pk
    assert WorkflowPage.objects.get(page=compendium).workflow.name == REVIEW_WORKFLOW
    assert translated.get_workflow().name == REVIEW_WORKFLOW


@pytest.mark.parametrize(("role", "may_publish"), [("editor", False), ("moderator", True)])
def test_only_moderators_publish_a_translated_practice(
    request, client, practice, french, role, may_publish, django_capture_on_commit_callbacks
):
    translated = translate_draft(practice, french)
    user = request.getfixturevalue(role)
    client.force_login(user)

    assert translated.permissions_for_user(user).can_publish() is may_publish
    # The translation editor's "Publish" (wagtail-localize's edit view of a translation).
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[translated.pk]), {"action": "publish"}
        )

    translated.refresh_from_db()
    assert translated.live is may_publish
    if not may_publish:
        # Wagtail's answer to a refused admin action: back to the dashboard, nothing done.
        assert response["Location"] == reverse("wagtailadmin_home")
