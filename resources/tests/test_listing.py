"""The library listing at /resources/: the catalogue's resources through the search engine.
Newest first, paginated, filtered by facets (OR within a facet, AND across facets) with
disjunctive counts, showing only live public entries, with a query count that does not grow
with the library, and usable without JavaScript."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from resources.factories import (
    ExpertPageFactory,
    InstitutionPageFactory,
    ResourcePageFactory,
    TrainingPageFactory,
)
from search import catalogue
from search.query import SearchQuery
from taxonomy.factories import (
    LanguageFactory,
    RegionFactory,
    ResourceTypeFactory,
    ThemeFactory,
    TrainingContextFactory,
)

pytestmark = pytest.mark.django_db
PER_PAGE = SearchQuery.per_page


def get_listing(client, library, params=None):
    response = client.get(library.url, params or {})
    assert response.status_code == 200
    return response, response.context["results"]


def counts(results, key):
    """The facet's values and counts, as the visitor sees them beside each checkbox."""
    return {value.value: value.count for value in results.facets[key]}


def titles(results):
    return [hit.title for hit in results.hits]


def selection(response):
    return response.context["query"].filters


def published(page, days_ago):
    moment = timezone.now() - datetime.timedelta(days=days_ago)
    Page.objects.filter(pk=page.pk).update(first_published_at=moment, last_published_at=moment)
    catalogue.refresh(Page.objects.get(pk=page.pk))  # the catalogue follows the page


@pytest.fixture
def themes(db):
    return {
        "masculinities": ThemeFactory(slug="masculinities", name="Masculinities"),
        "budgeting": ThemeFactory(slug="budgeting", name="Gender-responsive budgeting"),
        "evaluation": ThemeFactory(slug="evaluation", name="Evaluation and impact"),
    }


@pytest.fixture
def contexts(db):
    return {
        "humanitarian": TrainingContextFactory(slug="humanitarian", name="Humanitarian settings"),
        "un-system-wide": TrainingContextFactory(slug="un-system-wide", name="UN system-wide"),
        "fragile-states": TrainingContextFactory(slug="fragile-states", name="Fragile states"),
    }


@pytest.fixture
def tagged_library(library, themes, contexts):
    """Four resources: two on masculinities, two on budgeting, across three contexts."""
    ResourcePageFactory(
        parent=library,
        title="Engaging men in humanitarian response",
        themes=[themes["masculinities"]],
        contexts=[contexts["humanitarian"]],
        year=2019,
    )
    ResourcePageFactory(
        parent=library,
        title="Masculinities in UN peacekeeping training",
        themes=[themes["masculinities"]],
        contexts=[contexts["un-system-wide"]],
        year=2021,
    )
    ResourcePageFactory(
        parent=library,
        title="Budgeting for gender in crisis settings",
        themes=[themes["budgeting"]],
        contexts=[contexts["humanitarian"]],
        year=2021,
    )
    ResourcePageFactory(
        parent=library,
        title="Gender budget statements in fragile states",
        themes=[themes["budgeting"]],
        contexts=[contexts["fragile-states"]],
        year=2016,
    )
    return library


def test_newest_entries_come_first(client, library):
    middle = ResourcePageFactory(parent=library, title="Published last month")
    newest = ResourcePageFactory(parent=library, title="Published yesterday")
    oldest = ResourcePageFactory(parent=library, title="Published last year")
    published(middle, days_ago=30)
    published(newest, days_ago=1)
    published(oldest, days_ago=365)

    response, listing = get_listing(client, library)

    expected = ["Published yesterday", "Published last month", "Published last year"]
    assert titles(listing) == expected
    html = response.content.decode()
    assert html.index(expected[0]) < html.index(expected[1]) < html.index(expected[2])


def test_listing_shows_twenty_entries_a_page_and_the_rest_on_page_two(client, library):
    ResourcePageFactory.create_batch(PER_PAGE + 5, parent=library)

    first_response, first = get_listing(client, library)
    second_response, second = get_listing(client, library, {"page": "2"})

    assert PER_PAGE == 20
    assert first.total == 25
    assert len(first.hits) == 20
    assert len(second.hits) == 5
    assert set(titles(first)).isdisjoint(titles(second))
    assert "Page 1 of 2" in first_response.content.decode()
    assert 'rel="next"' in first_response.content.decode()
    assert "Page 2 of 2" in second_response.content.decode()


def test_out_of_range_or_malformed_page_numbers_do_not_error(client, library):
    ResourcePageFactory.create_batch(PER_PAGE + 1, parent=library)
    cases = [("999", 2), ("99999999999", 2), ("abc", 1), ("0", 1), ("-3", 1), ("", 1)]

    for page, shown in cases:
        response, listing = get_listing(client, library, {"page": page})

        assert listing.page == shown, page
        assert listing.hits, page
        assert f"Page {shown} of 2" in response.content.decode(), page


def test_filter_by_one_theme(client, tagged_library):
    response, listing = get_listing(client, tagged_library, {"theme": "masculinities"})

    assert listing.total == 2
    assert sorted(titles(listing)) == [
        "Engaging men in humanitarian response",
        "Masculinities in UN peacekeeping training",
    ]
    html = response.content.decode()
    assert "Budgeting for gender in crisis settings" not in html
    assert "2 entries" in html
    assert "Theme: Masculinities" in html  # the active-filter chip


def response_filters(client, library):
    response = client.get(library.url, {"theme": ["masculinities", "budgeting"]})
    return selection(response)["theme"]


def test_two_themes_match_entries_on_either(client, tagged_library, themes):
    ResourcePageFactory(
        parent=tagged_library,
        title="Evaluating a training programme",
        themes=[themes["evaluation"]],
    )

    _, listing = get_listing(client, tagged_library, {"theme": ["masculinities", "budgeting"]})

    assert listing.total == 4
    assert "Evaluating a training programme" not in titles(listing)
    assert response_filters(client, tagged_library) == ["masculinities", "budgeting"]


def test_theme_and_context_both_apply(client, tagged_library):
    _, listing = get_listing(
        client, tagged_library, {"theme": "masculinities", "context": "humanitarian"}
    )

    assert titles(listing) == ["Engaging men in humanitarian response"]


def test_counts_ignore_their_own_facet_but_apply_the_others(client, tagged_library):
    response, listing = get_listing(client, tagged_library, {"theme": "masculinities"})

    # The theme facet still tells how many budgeting entries there are, to widen the search.
    assert counts(listing, "theme") == {"masculinities": 2, "budgeting": 2}
    # The context facet counts only the masculinities entries.
    assert counts(listing, "context") == {"humanitarian": 1, "un-system-wide": 1}
    assert counts(listing, "year") == {"2021": 1, "2019": 1}
    html = response.content.decode()
    assert 'Gender-responsive budgeting <span class="facet__count">(2)</span>' in html
    assert 'Humanitarian settings <span class="facet__count">(1)</span>' in html
    assert "Fragile states" not in html


def test_unfiltered_counts_cover_the_whole_library(client, tagged_library):
    _, listing = get_listing(client, tagged_library)

    assert listing.total == 4
    assert counts(listing, "theme") == {"masculinities": 2, "budgeting": 2}
    assert counts(listing, "context") == {
        "humanitarian": 2,
        "un-system-wide": 1,
        "fragile-states": 1,
    }
    assert counts(listing, "resource_type") == {"training-manual": 4}


def test_year_facet_lists_four_digit_years_newest_first_and_filters(client, tagged_library):
    response, unfiltered = get_listing(client, tagged_library)
    _, listing = get_listing(client, tagged_library, {"year": "2021"})

    assert [value.value for value in unfiltered.facets["year"]] == ["2021", "2019", "2016"]
    assert 'name="year" value="2016"' in response.content.decode()
    assert sorted(titles(listing)) == [
        "Budgeting for gender in crisis settings",
        "Masculinities in UN peacekeeping training",
    ]


def test_year_facet_counts_every_entry_of_the_year(client, tagged_library):
    response, listing = get_listing(client, tagged_library)

    assert counts(listing, "year") == {"2021": 2, "2019": 1, "2016": 1}
    assert '2021 <span class="facet__count">(2)</span>' in response.content.decode()


@pytest.mark.parametrize("year", ["abc", "21", "20211", "1999"])
def test_malformed_or_unused_years_are_ignored(client, tagged_library, year):
    response, listing = get_listing(client, tagged_library, {"year": year})

    assert listing.total == 4
    assert "year" not in selection(response)


def test_unknown_parameters_and_values_are_ignored(client, tagged_library):
    response, listing = get_listing(
        client,
        tagged_library,
        {
            "colour": "purple",
            "theme": "no-such-theme",
            "context": "<script>",
            "resource_type": "podcast",
            "region": "atlantis",
            "language": "klingon",
        },
    )

    assert listing.total == 4
    assert selection(response) == {}
    assert response.context["active_filters"] == []
    assert "Clear all filters" not in response.content.decode()


def test_an_unknown_slug_beside_a_known_one_is_dropped(client, tagged_library):
    response, listing = get_listing(
        client, tagged_library, {"theme": ["masculinities", "no-such-theme"]}
    )

    assert listing.total == 2
    assert selection(response)["theme"] == ["masculinities"]


def test_drafts_and_private_entries_are_neither_listed_nor_counted(client, library, themes):
    secret = ThemeFactory(slug="unpublished-theme", name="Unpublished theme")
    ResourcePageFactory(parent=library, title="Public guide", themes=[themes["masculinities"]])
    ResourcePageFactory(
        parent=library,
        title="Draft guide",
        live=False,
        themes=[themes["masculinities"], secret],
        year=1999,
    )
    private = ResourcePageFactory(
        parent=library,
        title="Password-protected guide",
        themes=[themes["masculinities"], secret],
        year=1998,
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )

    response, listing = get_listing(client, library)
    _, by_secret_theme = get_listing(client, library, {"theme": "unpublished-theme"})

    assert titles(listing) == ["Public guide"]
    assert counts(listing, "theme") == {"masculinities": 1}
    assert counts(listing, "year") == {"2020": 1}
    assert counts(listing, "resource_type") == {"training-manual": 1}
    html = response.content.decode()
    assert "Draft guide" not in html
    assert "Password-protected guide" not in html
    assert "Unpublished theme" not in html
    # Only hidden entries have that theme: to the catalogue it is an unknown value, ignored.
    assert by_secret_theme.total == 1
    assert counts(by_secret_theme, "theme") == {"masculinities": 1}


def test_directory_entries_are_listed_under_their_own_resource_types(client, library):
    ResourcePageFactory(parent=library, title="Toolkit on gender analysis")
    InstitutionPageFactory(parent=library, title="Institute for Gender Training")
    TrainingPageFactory(parent=library, title="Online training of trainers")
    ExpertPageFactory(parent=library, title="Dr Amina Diallo")

    response, listing = get_listing(client, library)
    _, experts = get_listing(client, library, {"resource_type": "expert"})

    assert listing.total == 4
    assert counts(listing, "resource_type") == {
        "training-manual": 1,
        "institution": 1,
        "training": 1,
        "expert": 1,
    }
    assert titles(experts) == ["Dr Amina Diallo"]
    html = response.content.decode()
    for label in ("Institution", "Training course or event", "Expert or practitioner"):
        assert label in html


def tag_entries(library, count, terms):
    for _ in range(count):
        ResourcePageFactory(
            parent=library,
            themes=[terms["theme"], terms["other_theme"]],
            contexts=[terms["context"]],
            regions=[terms["region"]],
            languages=[terms["language"]],
        )


def test_query_count_does_not_grow_with_the_library(
    client, library, django_assert_max_num_queries
):
    terms = {
        "theme": ThemeFactory(slug="masculinities", name="Masculinities"),
        "other_theme": ThemeFactory(slug="budgeting", name="Budgeting"),
        "context": TrainingContextFactory(slug="humanitarian", name="Humanitarian"),
        "region": RegionFactory(slug="africa", name="Africa"),
        "language": LanguageFactory(slug="fr", name="French"),
    }
    ResourceTypeFactory(slug="toolkit", name="Toolkit")
    params = {"theme": "masculinities", "language": "fr"}
    tag_entries(library, 10, terms)
    client.get(library.url, params)  # warm the site and URL caches, as a running server has
    with CaptureQueriesContext(connection) as ten:
        response = client.get(library.url, params)
    assert response.context["results"].total == 10

    tag_entries(library, 15, terms)
    with django_assert_max_num_queries(len(ten)):
        response = client.get(library.url, params)

    assert response.context["results"].total == 25
    assert response.content.decode().count('class="entry"') == 20


def test_filters_work_without_javascript(client, tagged_library):
    response, listing = get_listing(client, tagged_library, {"theme": "budgeting"})

    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.find("form", class_="search-form")
    assert form["method"].lower() == "get"
    assert form["action"] == tagged_library.url
    assert form.find("button", type="submit")
    checkboxes = form.find_all("input", type="checkbox")
    shown = {(box["name"], box["value"]) for box in checkboxes}
    groups = response.context["facet_groups"]
    expected = {(group.key, value.value) for group in groups for value in group.values}
    assert shown == expected
    assert ("theme", "masculinities") in shown
    assert ("year", "2021") in shown
    for box in checkboxes:
        label = form.find("label", attrs={"for": box["id"]})
        facet_values = listing.facets[box["name"]]
        count = next(v.count for v in facet_values if v.value == box["value"])
        assert f"({count})" in label.get_text()
    checked = [box["value"] for box in checkboxes if box.has_attr("checked")]
    assert checked == ["budgeting"]
