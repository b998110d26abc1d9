"""The demo in English, Spanish and French: the seed translates the home and section pages,
the taxonomies, the criteria, three resources, a good practice and a dialogue, and puts the
resources written in Spanish or French only in that language's library."""

import pytest
from django.utils import translation
from wagtail.models import Locale, WorkflowPage

from community.models import DialogueEventPage
from compendium.models import CompendiumIndexPage, Criterion, GoodPracticePage
from compendium.submissions import REVIEW_WORKFLOW
from consultations.models import QualityCriterion
from home.demo import resources_data
from home.models import HomePage
from resources.models import ResourceIndexPage, ResourcePage
from taxonomy.models import Region, Theme

from .seeding import seeded_once

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    yield from seeded_once(django_db_blocker)


def in_language(model, code, **lookup):
    return model.objects.filter(locale__language_code=code, **lookup)


def test_the_home_and_section_pages_are_live_in_spanish_and_french(seeded, client):
    titles = {
        "es": ("Comunidad de práctica sobre formación en género", "Biblioteca de recursos"),
        "fr": ("Communauté de pratique sur la formation en genre", "Bibliothèque de ressources"),
    }
    for code, (home_title, library_title) in titles.items():
        home = in_language(HomePage, code).get()
        library = in_language(ResourceIndexPage, code).get()
        assert (home.title, home.live) == (home_title, True)
        assert (library.title, library.live) == (library_title, True)
        assert library.get_parent().pk == home.pk
        assert library.url == f"/{code}/resources/"
    assert in_language(CompendiumIndexPage, "es").get().title == "Compendio de buenas prácticas"
    assert in_language(CompendiumIndexPage, "fr").get().title == "Recueil de bonnes pratiques"


def test_the_translated_compendiums_keep_the_review_workflow(seeded):
    for code in ("es", "fr"):
        compendium = in_language(CompendiumIndexPage, code).get()
        assert WorkflowPage.objects.get(page=compendium).workflow.name == REVIEW_WORKFLOW


def test_spanish_and_french_only_resources_live_in_their_language_only(seeded):
    for code in ("es", "fr"):
        specs = [spec for spec in resources_data.RESOURCES if spec.get("locale") == code]
        assert len(specs) == 5
        library = in_language(ResourceIndexPage, code).get()
        for spec in specs:
            page = ResourcePage.objects.get(title=spec["title"])
            assert page.live
            assert page.locale.language_code == code
            assert page.get_parent().pk == library.pk
            # No English (nor other) version: the resource exists in its language only.
            assert not page.get_translations().exists()


def test_three_resources_a_practice_and_a_dialogue_are_translated(seeded):
    original = ResourcePage.objects.get(
        locale__language_code="en",
        title="Facilitator's Guide to Gender-Responsive Budgeting Workshops",
    )
    spanish = original.get_translation(Locale.objects.get(language_code="es"))
    assert spanish.title == (
        "Guía para facilitar talleres de presupuestos con perspectiva de género"
    )
    assert spanish.live
    assert set(spanish.themes.values_list("slug", flat=True)) == set(
        original.themes.values_list("slug", flat=True)
    )
    english = ResourcePage.objects.filter(locale__language_code="en").values("translation_key")
    for code in ("es", "fr"):
        assert in_language(ResourcePage, code, translation_key__in=english).count() == 3
        assert in_language(GoodPracticePage, code, live=True).count() == 1
        assert in_language(DialogueEventPage, code, live=True).count() == 1


def test_taxonomies_and_criteria_are_translated_and_keep_their_slugs(seeded):
    theme = Theme.objects.by_slugs(["gender-responsive-budgeting"]).get()
    with translation.override("es"):
        assert theme.localized.name == "Presupuestos con perspectiva de género"
    with translation.override("fr"):
        assert theme.localized.name == "Budgétisation sensible au genre"
        assert Region.objects.by_slugs(["africa"]).labels() == {"africa": "Afrique"}
    assert in_language(Theme, "fr").count() == Theme.objects.originals().count()
    relevance = Criterion.objects.originals().get(slug="relevance")
    assert relevance.get_translation(Locale.objects.get(language_code="es")).name == "Pertinencia"
    accessibility = QualityCriterion.objects.originals().get(slug="accessibility")
    french = accessibility.get_translation(Locale.objects.get(language_code="fr"))
    assert (french.slug, french.name) == ("accessibility", "Accessibilité")
