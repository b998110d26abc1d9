"""Saving a search from /search/ and managing saved searches on /account/: members only,
their own searches only, and bad input saves nothing."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages

from digests.models import SavedSearch

from .conftest import save

pytestmark = pytest.mark.django_db


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_member_saves_the_current_search(client, member, publish):
    publish("Toolkit on masculinities", "masculinities")
    client.force_login(member)

    page = soup_of(client.get("/search/", {"q": "toolkit", "theme": "masculinities"}))
    form = page.find("form", action="/digests/saved/")
    assert form["method"] == "post"
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})
    query = form.find("input", attrs={"name": "query"})["value"]

    response = client.post(
        "/digests/saved/", {"name": "Masculinity toolkits", "frequency": "daily", "query": query}
    )

    saved = SavedSearch.objects.get(user=member)
    assert (saved.name, saved.frequency) == ("Masculinity toolkits", "daily")
    assert saved.query == "q=toolkit&theme=masculinities"
    assert response.status_code == 302
    assert response["Location"] == "/search/?q=toolkit&theme=masculinities"
    assert any("Search saved" in text for text in messages_of(response))


def test_unknown_facets_are_dropped_and_the_member_told(client, member, publish):
    publish("Toolkit on masculinities", "masculinities")
    client.force_login(member)

    response = client.post(
        "/digests/saved/",
        {
            "name": "Mixed",
            "frequency": "weekly",
            "query": "q=toolkit&colour=red&theme=masculinities&theme=no-such-theme"
            "&year=MMXX&sort=title&page=3",
        },
    )

    saved = SavedSearch.objects.get(user=member)
    assert saved.query == "q=toolkit&theme=masculinities"
    warning = next(text for text in messages_of(response) if "left out" in text)
    for dropped in ("colour=red", "theme=no-such-theme", "year=MMXX"):
        assert dropped in warning
    assert "sort" not in warning and "page" not in warning


def test_visitors_are_offered_to_log_in_and_cannot_save(client):
    page = soup_of(client.get("/search/", {"q": "toolkit"}))
    assert not page.find("form", action="/digests/saved/")
    login = page.find("a", string=lambda text: text and "log in to save" in text)
    assert login["href"].startswith("/accounts/login/?next=")

    response = client.post("/digests/saved/", {"name": "Mine", "frequency": "weekly"})

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert not SavedSearch.objects.exists()


@pytest.mark.parametrize("role", ["registered_user", "editor", "moderator"])
def test_people_who_are_not_members_cannot_save(client, request, role):
    person = request.getfixturevalue(role)
    client.force_login(person)

    assert not soup_of(client.get("/search/")).find("form", action="/digests/saved/")
    response = client.post(
        "/digests/saved/", {"name": "Mine", "frequency": "weekly", "query": "q=x"}
    )

    assert response.status_code == 403
    assert not SavedSearch.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": "", "frequency": "weekly"}, "This field is required"),
        ({"name": "<b>Mine</b>", "frequency": "weekly"}, "plain text"),
        ({"name": "x" * 101, "frequency": "weekly"}, "at most 100 characters"),
        ({"name": "Mine", "frequency": "hourly"}, "Select a valid choice"),
    ],
)
def test_bad_input_saves_nothing_and_says_why(client, member, data, message):
    client.force_login(member)

    response = client.post("/digests/saved/", {"query": "q=toolkit", **data})

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not SavedSearch.objects.exists()


def test_saving_the_same_search_twice_is_refused(client, member):
    save(member, "q=toolkit", name="Toolkits")
    client.force_login(member)

    response = client.post(
        "/digests/saved/",
        {"name": "Again", "frequency": "weekly", "query": "sort=title&q=toolkit"},
    )

    assert response.status_code == 400
    assert "You already saved this search as “Toolkits”" in response.content.decode()
    assert SavedSearch.objects.count() == 1


def test_a_member_keeps_at_most_the_limit(client, member, settings):
    settings.COP_DIGEST_MAX_SAVED_SEARCHES = 2
    save(member, "q=one")
    save(member, "q=two")
    client.force_login(member)

    response = client.post(
        "/digests/saved/", {"name": "Three", "frequency": "weekly", "query": "q=three"}
    )

    assert response.status_code == 400
    assert "You have 2 saved searches, the most one can keep" in response.content.decode()
    assert SavedSearch.objects.count() == 2


def test_saving_needs_post(client, member):
    client.force_login(member)
    assert client.get("/digests/saved/").status_code == 405


# The account page


def test_account_lists_the_members_own_searches(client, member, other_member):
    save(member, "q=toolkit&theme=masculinities", name="My toolkits")
    save(other_member, "q=secret", name="Someone else's search")
    client.force_login(member)

    page = soup_of(client.get("/account/"))

    section = page.find("section", id="saved-searches")
    link = section.find("a", string="My toolkits")
    assert link["href"] == "/search/?q=toolkit&theme=masculinities"
    assert "Someone else" not in section.get_text()
    assert client.get(link["href"]).status_code == 200


def test_account_section_invites_members_without_saved_searches(client, member):
    client.force_login(member)
    section = soup_of(client.get("/account/")).find("section", id="saved-searches")
    assert "You have no saved searches" in section.get_text()


def test_member_changes_frequency_and_deletes_own_search(client, member):
    saved = save(member, "q=toolkit", name="Toolkits")
    client.force_login(member)

    response = client.post(f"/digests/saved/{saved.pk}/", {f"s{saved.pk}-frequency": "daily"})
    assert response.status_code == 302
    saved.refresh_from_db()
    assert saved.frequency == "daily"

    client.post(f"/digests/saved/{saved.pk}/", {f"s{saved.pk}-frequency": "yearly"})
    saved.refresh_from_db()
    assert saved.frequency == "daily"

    client.post(f"/digests/saved/{saved.pk}/delete/")
    assert not SavedSearch.objects.filter(pk=saved.pk).exists()


def test_switching_emails_back_on_starts_afresh(client, member):
    saved = save(member, "q=toolkit", frequency=SavedSearch.NEVER)
    client.force_login(member)

    client.post(f"/digests/saved/{saved.pk}/", {f"s{saved.pk}-frequency": "weekly"})

    saved.refresh_from_db()
    assert saved.last_sent_at is not None


def test_another_members_search_cannot_be_changed_or_deleted(client, member, other_member):
    theirs = save(other_member, "q=toolkit", name="Theirs")
    client.force_login(member)

    changed = client.post(f"/digests/saved/{theirs.pk}/", {f"s{theirs.pk}-frequency": "never"})
    deleted = client.post(f"/digests/saved/{theirs.pk}/delete/")

    assert (changed.status_code, deleted.status_code) == (404, 404)
    theirs.refresh_from_db()
    assert theirs.frequency == SavedSearch.WEEKLY


def test_visitors_cannot_manage_saved_searches(client, member):
    saved = save(member, "q=toolkit")

    response = client.post(f"/digests/saved/{saved.pk}/delete/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert SavedSearch.objects.filter(pk=saved.pk).exists()


def test_member_chooses_how_often_community_news_comes(client, member):
    from digests.models import DigestSettings

    client.force_login(member)
    section = soup_of(client.get("/account/")).find("section", id="saved-searches")
    select = section.find("select", attrs={"name": "news_frequency"})
    assert select.find("option", selected=True)["value"] == "weekly"

    client.post("/digests/news/", {"news_frequency": "daily"})
    assert DigestSettings.objects.get(user=member).news_frequency == "daily"

    client.post("/digests/news/", {"news_frequency": "hourly"})
    assert DigestSettings.objects.get(user=member).news_frequency == "daily"
    assert client.post("/digests/news/").status_code == 302


def test_visitors_cannot_change_community_news(client):
    from digests.models import DigestSettings

    response = client.post("/digests/news/", {"news_frequency": "daily"})

    assert response["Location"].startswith("/accounts/login/")
    assert not DigestSettings.objects.exists()
