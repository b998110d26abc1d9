"""A library entry's own page: what it shows a visitor (title, summary, vocabularies, who last
updated it and how often it was revised), the rules each kind of entry enforces, and a query
count that does not grow with the entry's themes."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import dateformat, timezone

from resources.factories import (
    ExpertPageFactory,
    InstitutionPageFactory,
    ResourcePageFactory,
    TrainingPageFactory,
)
from resources.models import ResourcePage
from taxonomy.factories import (
    LanguageFactory,
    RegionFactory,
    ThemeFactory,
    TrainingContextFactory,
)

pytestmark = pytest.mark.django_db


def test_resource_page_shows_its_content_and_vocabularies(client, library):
    page = ResourcePageFactory(
        parent=library,
        title="Engaging men as allies in gender training",
        summary="Session plans for working with male participants.",
        authors="Tendai Moyo",
        themes=[
            ThemeFactory(slug="masculinities", name="Masculinities"),
            ThemeFactory(slug="gbv", name="Gender-based violence"),
        ],
        contexts=[TrainingContextFactory(slug="humanitarian", name="Humanitarian settings")],
        regions=[RegionFactory(slug="africa", name="Africa")],
        languages=[LanguageFactory(slug="fr", name="French")],
    )

    response = client.get(page.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Engaging men as allies in gender training</h1>" in html
    assert "Session plans for working with male participants." in html
    assert "Tendai Moyo" in html
    assert "Training manual" in html
    assert "Gender-based violence, Masculinities" in html
    assert "Humanitarian settings" in html
    assert "Africa" in html
    assert "French" in html
    assert 'href="https://example.org/resource"' in html


def test_page_says_who_last_updated_it_and_how_often_it_was_revised(client, library, editor):
    page = ResourcePageFactory(parent=library, title="Gender analysis frameworks")  # revision 1
    page.summary = "A comparative training module, now with a second case."
    page.save_revision(user=editor).publish(user=editor)
    page.refresh_from_db()

    response = client.get(page.url)

    html = response.content.decode()
    date = dateformat.format(timezone.localtime(page.last_published_at), "j F Y")
    assert page.revisions.count() == 2
    assert f"Last updated on {date} by Editor." in html
    assert "2 revisions." in html
    assert "A comparative training module, now with a second case." in html


def test_page_published_without_a_user_names_nobody(client, library):
    page = ResourcePageFactory(parent=library)  # the factory publishes without a user
    page.refresh_from_db()

    html = client.get(page.url).content.decode()

    date = dateformat.format(timezone.localtime(page.last_published_at), "j F Y")
    assert f"Last updated on {date}." in html
    assert "1 revision." in html


def test_resource_needs_a_file_or_a_link(library):
    page = ResourcePageFactory(parent=library)
    page.external_url = ""

    with pytest.raises(ValidationError) as error:
        page.full_clean()

    assert "external_url" in error.value.message_dict


def test_resource_needs_a_resource_type(library):
    page = ResourcePageFactory(parent=library)
    page.resource_type = None

    with pytest.raises(ValidationError) as error:
        page.full_clean()

    assert "resource_type" in error.value.message_dict


def test_a_complete_resource_is_valid(library):
    page = ResourcePageFactory(parent=library)

    page.full_clean()

    assert ResourcePage.objects.filter(pk=page.pk).exists()


def test_training_cannot_end_before_it_starts(library):
    training = TrainingPageFactory(parent=library, start_date=datetime.date(2026, 5, 10))
    training.end_date = datetime.date(2026, 5, 9)

    with pytest.raises(ValidationError) as error:
        training.full_clean()

    assert "end_date" in error.value.message_dict


def test_one_day_training_is_valid(library):
    training = TrainingPageFactory(parent=library, start_date=datetime.date(2026, 5, 10))
    training.end_date = datetime.date(2026, 5, 10)

    training.full_clean()

    assert training.end_date == training.start_date


def test_training_year_follows_its_start_date(library):
    training = TrainingPageFactory(parent=library, start_date=datetime.date(2025, 9, 15))
    assert training.year == 2025

    training.start_date = datetime.date(2026, 1, 20)
    training.save()

    training.refresh_from_db()
    assert training.year == 2026


def test_training_page_shows_its_dates_and_provider(client, library):
    training = TrainingPageFactory(
        parent=library,
        start_date=datetime.date(2026, 5, 10),
        end_date=datetime.date(2026, 5, 14),
        provider="Regional Gender Training Network",
    )

    html = client.get(training.url).content.decode()

    assert "10 May 2026 \u2013 14 May 2026" in html
    assert "Regional Gender Training Network" in html
    assert "Training course or event · 2026" in html


@pytest.mark.parametrize(
    ("factory", "slug", "label"),
    [
        (InstitutionPageFactory, "institution", "Institution"),
        (ExpertPageFactory, "expert", "Expert or practitioner"),
        (TrainingPageFactory, "training", "Training course or event"),
    ],
)
def test_directory_entries_take_their_resource_type(client, library, factory, slug, label):
    entry = factory(parent=library)

    entry.refresh_from_db()
    assert entry.resource_type.slug == slug
    assert label in client.get(entry.url).content.decode()


def test_entry_page_query_count_does_not_grow_with_its_themes(client, library):
    themes = [ThemeFactory(slug=f"theme-{n}", name=f"Theme {n}") for n in range(6)]
    one = ResourcePageFactory(parent=library, themes=themes[:1])
    six = ResourcePageFactory(parent=library, themes=themes)
    client.get(one.url)  # warm the site and URL caches, as a running server has them
    client.get(six.url)

    with CaptureQueriesContext(connection) as with_one:
        client.get(one.url)
    with CaptureQueriesContext(connection) as with_six:
        response = client.get(six.url)

    assert "Theme 0, Theme 1, Theme 2, Theme 3, Theme 4, Theme 5" in response.content.decode()
    assert len(with_six) == len(with_one)


def test_expert_entry_shows_the_linked_member_only_when_listed(client, library, member):
    from community.models import MemberProfile
    from resources.factories import ExpertPageFactory

    profile = MemberProfile.objects.create(
        user=member, position="Trainer of trainers", bio="Works with police academies."
    )
    entry = ExpertPageFactory(parent=library, title="Mika Member", member_profile=profile)

    hidden = client.get(entry.url).content.decode()
    profile.in_directory = True
    profile.save()
    shown = client.get(entry.url).content.decode()

    assert "Member of the community" not in hidden
    assert "Works with police academies." not in hidden
    assert "Member of the community" in shown
    assert "Works with police academies." in shown
