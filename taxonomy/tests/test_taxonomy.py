"""The shared vocabularies: stable slugs, editorial ordering, and the admin listings where
moderators (and only moderators) manage the terms."""

import pytest
from django.urls import reverse

from taxonomy.factories import ThemeFactory
from taxonomy.models import Language, Region, ResourceType, Theme, TrainingContext

pytestmark = pytest.mark.django_db

VOCABULARIES = [Theme, TrainingContext, ResourceType, Region, Language]


def admin_url(model, view):
    return reverse(model.snippet_viewset.get_url_name(view))


def test_slug_is_derived_from_the_name_when_left_blank():
    theme = Theme.objects.create(name="Women, peace and security")

    assert theme.slug == "women-peace-and-security"


def test_slug_stays_the_same_when_the_term_is_renamed():
    theme = Theme.objects.create(name="Masculinities")

    theme.name = "Men and masculinities"
    theme.save()

    theme.refresh_from_db()
    assert theme.name == "Men and masculinities"
    assert theme.slug == "masculinities"


def test_a_slug_given_by_the_editor_is_kept():
    language = Language.objects.create(name="Español", slug="es")

    assert language.slug == "es"


def test_terms_are_ordered_by_sort_order_then_name():
    ThemeFactory(name="Education", slug="education", sort_order=2)
    ThemeFactory(name="Intersectionality", slug="intersectionality", sort_order=1)
    ThemeFactory(name="Climate and environment", slug="climate-environment", sort_order=2)
    ThemeFactory(name="Gender mainstreaming", slug="gender-mainstreaming", sort_order=0)

    assert [theme.name for theme in Theme.objects.all()] == [
        "Gender mainstreaming",
        "Intersectionality",
        "Climate and environment",
        "Education",
    ]


@pytest.mark.parametrize("model", VOCABULARIES, ids=lambda model: model.__name__)
def test_moderator_sees_each_vocabulary_in_the_admin(client, moderator, model):
    model.objects.create(name="Participatory facilitation", slug="participatory-facilitation")
    client.force_login(moderator)

    response = client.get(admin_url(model, "list"))

    assert response.status_code == 200
    assert "Participatory facilitation" in response.content.decode()


@pytest.mark.parametrize("model", VOCABULARIES, ids=lambda model: model.__name__)
def test_moderator_searches_each_vocabulary_in_the_admin(client, moderator, model):
    model.objects.create(name="Participatory facilitation", slug="participatory-facilitation")
    model.objects.create(name="Budget analysis", slug="budget-analysis")
    client.force_login(moderator)

    response = client.get(admin_url(model, "list"), {"q": "facilitation"})

    assert response.status_code == 200
    assert "Participatory facilitation" in response.content.decode()
    assert "Budget analysis" not in response.content.decode()


def test_moderator_adds_a_theme_in_the_admin(client, moderator):
    client.force_login(moderator)

    response = client.post(
        admin_url(Theme, "add"),
        {"name": "Care economy", "slug": "", "description": "", "sort_order": "5"},
    )

    assert response.status_code == 302
    theme = Theme.objects.get(name="Care economy")
    assert theme.slug == "care-economy"
    assert theme.sort_order == 5


@pytest.mark.parametrize("role", ["editor", "reviewer", "member"])
def test_other_roles_cannot_add_a_theme(client, request, role):
    client.force_login(request.getfixturevalue(role))

    response = client.post(
        admin_url(Theme, "add"),
        {"name": "Care economy", "slug": "care-economy", "description": "", "sort_order": "0"},
    )

    assert response.status_code in (302, 403)
    assert not Theme.objects.filter(slug="care-economy").exists()
