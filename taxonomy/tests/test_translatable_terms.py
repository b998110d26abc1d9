"""Taxonomy terms are translatable snippets: a translation gives a term a label in another
language and keeps its slug, the value URLs and facets use, so a translated term is still one
facet value counted once."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from resources.factories import ResourcePageFactory
from taxonomy.factories import ThemeFactory
from taxonomy.models import Theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def french():
    return Locale.objects.get_or_create(language_code="fr")[0]


def translate_term(term, locale, name):
    """The term translated with wagtail-localize, then named as a translator would."""
    source, _ = TranslationSource.get_or_create_from_instance(term)
    translated, _ = source.create_or_update_translation(locale, fallback=True)
    translated.name = name
    translated.full_clean()
    translated.save()
    return translated


def test_a_translated_term_keeps_its_slug_and_gives_its_label_in_the_language(french):
    theme = ThemeFactory(slug="masculinities", name="Masculinities")

    translated = translate_term(theme, french, "Masculinités")

    assert translated.pk != theme.pk
    assert translated.slug == "masculinities"
    assert translated.locale == french
    assert list(Theme.objects.by_slugs(["masculinities"])) == [theme]
    assert Theme.objects.originals().count() == 1
    with translation.override("fr"):
        assert Theme.objects.by_slugs(["masculinities"]).labels() == {
            "masculinities": "Masculinités"
        }
        assert theme.localized.name == "Masculinités"
    with translation.override("en"):
        assert Theme.objects.originals().labels() == {"masculinities": "Masculinities"}


def test_a_translated_term_counts_once_in_the_library_facets(client, library, french):
    theme = ThemeFactory(slug="masculinities", name="Masculinities")
    translate_term(theme, french, "Masculinités")
    ResourcePageFactory(parent=library, title="Engaging men", themes=[theme])

    response = client.get(library.url, {"theme": "masculinities"})

    results = response.context["results"]
    assert {value.value: value.count for value in results.facets["theme"]} == {"masculinities": 1}
    assert [hit.title for hit in results.hits] == ["Engaging men"]


def test_names_and_slugs_are_unique_within_a_language_only(french):
    theme = ThemeFactory(slug="asia", name="Asia")
    # "Asia" is also the French word: another language may repeat a name and the slug.
    translate_term(theme, french, "Asia")

    duplicate = Theme(name="Asia", slug="asia-2")
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert error.value.message_dict["name"] == ["Another theme in this language has this name."]
    same_slug = Theme(name="Asian countries", slug="asia")
    with pytest.raises(ValidationError) as error:
        same_slug.full_clean()
    assert error.value.message_dict["slug"] == ["Another theme in this language has this slug."]
    assert Theme.objects.count() == 2


def test_the_page_editor_offers_the_original_terms_only(client, library, french, admin_user):
    theme = ThemeFactory(slug="masculinities", name="Masculinities")
    translate_term(theme, french, "Masculinités")
    page = ResourcePageFactory(parent=library, title="Engaging men", themes=[theme])
    client.force_login(admin_user)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    offered = {int(box["value"]) for box in soup.select("input[name=themes]")}
    assert offered == {theme.pk}
