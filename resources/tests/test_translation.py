"""Resources translated with wagtail-localize: the texts are translated, the facets and the
file are the original's, and stay so when the original changes and the translation is synced.
Editors translate from the admin."""

import pytest
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from resources.factories import ResourcePageFactory
from resources.models import ResourcePage
from taxonomy.factories import RegionFactory, ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def french():
    return Locale.objects.get_or_create(language_code="fr")[0]


@pytest.fixture
def document(db):
    from django.core.files.base import ContentFile

    return Document.objects.create(
        title="Session plans", file=ContentFile(b"%PDF-1.4 plans", name="plans.pdf")
    )


@pytest.fixture
def resource(library, document):
    masculinities = ThemeFactory(slug="masculinities", name="Masculinities")
    africa = RegionFactory(slug="africa", name="Africa")
    return ResourcePageFactory(
        parent=library,
        title="Engaging men as allies",
        summary="Session plans for working with male participants.",
        themes=[masculinities],
        regions=[africa],
        country="RW",
        year=2021,
        document=document,
    )


def sync(page, locale, django_capture_on_commit_callbacks):
    """What "Sync translated pages" does: the source takes the original's new content, then
    the translation is made again from it."""
    source, _ = TranslationSource.update_or_create_from_instance(page)
    with django_capture_on_commit_callbacks(execute=True):
        translated, _ = source.create_or_update_translation(
            locale, copy_parent_pages=True, fallback=True
        )
    return ResourcePage.objects.get(pk=translated.pk)


def test_a_translation_keeps_the_facets_and_file_and_follows_the_original(
    resource, french, django_capture_on_commit_callbacks
):
    translated = sync(resource, french, django_capture_on_commit_callbacks)

    assert translated.locale == french
    assert translated.translation_key == resource.translation_key
    assert [theme.slug for theme in translated.themes.all()] == ["masculinities"]
    assert [region.slug for region in translated.regions.all()] == ["africa"]
    assert (translated.country.code, translated.year) == ("RW", 2021)
    assert translated.document_id == resource.document_id

    # The original is filed under another theme and its file replaced; a sync carries both.
    education = ThemeFactory(slug="education", name="Education")
    other_file = Document.objects.create(title="New plans", file=resource.document.file)
    resource.themes.set([education])
    resource.document = other_file
    resource.save_revision().publish()

    translated = sync(
        ResourcePage.objects.get(pk=resource.pk), french, django_capture_on_commit_callbacks
    )

    assert [theme.slug for theme in translated.themes.all()] == ["education"]
    assert translated.document_id == other_file.pk
    assert ResourcePage.objects.get(pk=resource.pk).title == "Engaging men as allies"


def test_an_editor_translates_a_resource_from_the_admin(
    client, resource, french, editor, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    url = reverse("wagtail_localize:submit_page_translation", args=[resource.pk])

    form = client.get(url)
    assert form.status_code == 200
    assert "French" in form.content.decode() or "Français" in form.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"locales": [french.pk]})

    assert response.status_code == 302
    translated = ResourcePage.objects.get(translation_key=resource.translation_key, locale=french)
    # The editor lands on the translation editor of the new page.
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[translated.pk])
    assert [theme.slug for theme in translated.themes.all()] == ["masculinities"]
    assert translated.document_id == resource.document_id
    # The library was translated along with it (its parent in the French tree).
    assert translated.get_parent().locale == french
