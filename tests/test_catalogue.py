"""The catalogue follows the pages: a row per live, public, indexed page, written in the same
transaction as the publish, unpublish, move, delete or privacy change that caused it."""

import pytest
from django.db import transaction
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from home.models import IntroBodyPage
from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
from search.checks import every_page_type_is_indexed_or_excluded
from search.models import CatalogEntry
from taxonomy.factories import ThemeFactory

pytestmark = pytest.mark.django_db


def row(page):
    return CatalogEntry.objects.filter(page_id=page.pk).first()


def test_publishing_writes_a_row_with_the_page_document(library):
    theme = ThemeFactory(slug="masculinities", name="Masculinities")
    page = ResourcePageFactory(
        parent=library, title="Engaging men", summary="Sessions for men.", themes=[theme]
    )

    entry = row(page)
    assert (entry.type, entry.title, entry.url) == ("resource", "Engaging men", page.url)
    assert entry.pending and not entry.withdrawn
    facets = {(f.facet, f.value, f.label) for f in entry.facet_values.all()}
    assert ("theme", "masculinities", "Masculinities") in facets
    assert ("type", "resource", "Resource") in facets
    assert ("year", "2020", "2020") in facets


def test_the_row_is_part_of_the_publishing_transaction(library):
    page = ResourcePageFactory(parent=library, live=False)
    with pytest.raises(RuntimeError), transaction.atomic():
        page.save_revision().publish()
        assert row(page) is not None
        raise RuntimeError("the publish fails after the catalogue was written")
    assert row(page) is None


def test_drafts_and_excluded_page_types_have_no_row(library, home_page):
    draft = ResourcePageFactory(parent=library, live=False)
    standard = StandardPageFactory(parent=home_page)
    standard.save_revision().publish()
    assert row(draft) is None
    assert row(standard) is None
    assert row(library) is None


def test_a_new_revision_rewrites_the_row(library):
    page = ResourcePageFactory(parent=library, title="First title")
    version = row(page).version
    page.title = "Second title"
    page.save_revision().publish()
    assert row(page).title == "Second title"
    assert row(page).version == version + 1


def test_unpublishing_withdraws_the_row(library):
    page = ResourcePageFactory(parent=library)
    page.unpublish()
    assert row(page).withdrawn
    assert row(page).pending  # Elasticsearch still has to forget it


def test_deleting_withdraws_the_row(library):
    page = ResourcePageFactory(parent=library)
    page_id = page.pk
    page.delete()
    entry = CatalogEntry.objects.get(page_id=page_id)
    assert entry.withdrawn and entry.pending


def test_moving_updates_the_url_of_the_page_and_its_subtree(home_page, library):
    page = ResourcePageFactory(parent=library, slug="guide")
    archive = ResourceIndexPageFactory.build(title="Archive", slug="archive")
    home_page.add_child(instance=archive)

    page.move(archive, pos="last-child")

    assert row(page).url == "/archive/guide/"


def test_privacy_withdraws_and_restores_a_subtree(library):
    page = ResourcePageFactory(parent=library)
    restriction = PageViewRestriction.objects.create(
        page=library, restriction_type=PageViewRestriction.LOGIN
    )
    assert row(page).withdrawn

    restriction.delete()

    assert not row(page).withdrawn


def test_the_system_check_names_page_types_that_did_not_decide(monkeypatch):
    assert every_page_type_is_indexed_or_excluded(None) == []

    monkeypatch.delattr(IntroBodyPage, "search_document")

    errors = every_page_type_is_indexed_or_excluded(None)
    assert {error.obj.__name__ for error in errors} == {"HomePage", "StandardPage"}
    assert {error.id for error in errors} == {"copsearch.E001"}
