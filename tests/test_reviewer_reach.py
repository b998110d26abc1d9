"""Reviewers open the admin only to assess the practices of their workflow task: they hold no
page permission. The page chooser (browse, search, chosen), the admin API and the site-history
report show them no more than the public site does: no draft's or private page's title, and
no member's name. Editors choose among every page."""

import pytest
from django.urls import reverse
from wagtail.log_actions import log
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home_page):
    public = StandardPageFactory(parent=home_page, title="Zq public page")
    draft = StandardPageFactory(parent=home_page, title="Zq draft page", live=False)
    private = StandardPageFactory(parent=home_page, title="Zq private page")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    under_private = StandardPageFactory(parent=private, title="Zq under private")
    return {
        "home": home_page,
        "public": public,
        "draft": draft,
        "private": private,
        "under_private": under_private,
    }


HIDDEN = ["Zq draft page", "Zq private page", "Zq under private"]


def text(response):
    return response.content.decode()


def chooser_responses(client, pages):
    return {
        "browse root": client.get(reverse("wagtailadmin_choose_page")),
        "browse home": client.get(
            reverse("wagtailadmin_choose_page_child", args=[pages["home"].pk])
        ),
        "search": client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Zq"}),
        "chosen": client.get(
            reverse("wagtailadmin_choose_page_chosen_multiple"),
            {"id": [pages[name].pk for name in pages]},
        ),
    }


def test_the_page_chooser_shows_reviewers_only_public_pages(client, reviewer, pages):
    client.force_login(reviewer)

    responses = chooser_responses(client, pages)

    for name, response in responses.items():
        assert response.status_code == 200, name
        for title in HIDDEN:
            assert title not in text(response), (name, title)
    assert "Zq public page" in text(responses["browse home"])
    assert "Zq public page" in text(responses["search"])
    assert "Zq public page" in text(responses["chosen"])


@pytest.mark.parametrize("hidden", ["draft", "private", "under_private"])
def test_reviewers_cannot_browse_into_a_hidden_page(client, reviewer, pages, hidden):
    client.force_login(reviewer)

    response = client.get(reverse("wagtailadmin_choose_page_child", args=[pages[hidden].pk]))

    assert response.status_code == 404
    for title in HIDDEN:
        assert title not in text(response)


def test_the_admin_api_lists_no_page_to_reviewers(client, reviewer, pages):
    client.force_login(reviewer)

    listing = client.get("/admin/api/main/pages/", {"search": "Zq"})
    draft = client.get(f"/admin/api/main/pages/{pages['draft'].pk}/")

    assert listing.status_code == 200
    assert draft.status_code == 404
    for title in HIDDEN:
        assert title not in text(listing)


def test_the_site_history_filter_lists_no_member_to_reviewers(
    client, reviewer, member, other_member, pages
):
    log(pages["draft"], "wagtail.edit", user=member)
    log(pages["public"], "wagtail.edit", user=other_member)
    client.force_login(reviewer)

    report = client.get(reverse("wagtailadmin_reports:site_history"))
    results = client.get(reverse("wagtailadmin_reports:site_history_results"))

    assert report.status_code == 200
    for response in (report, results):
        assert 'name="user"' not in text(response)
        assert "Othermember" not in text(response)
        assert f'value="{member.pk}"' not in text(response)
        assert "Zq draft page" not in text(response)


def test_editors_still_choose_among_every_page(client, editor, member, pages):
    log(pages["draft"], "wagtail.edit", user=member)
    client.force_login(editor)

    responses = chooser_responses(client, pages)
    into_draft = client.get(reverse("wagtailadmin_choose_page_child", args=[pages["private"].pk]))
    history = client.get(reverse("wagtailadmin_reports:site_history"))

    for title in ["Zq public page", "Zq draft page", "Zq private page"]:
        assert title in text(responses["browse home"])
        assert title in text(responses["search"])
        assert title in text(responses["chosen"])
    assert "Zq under private" in text(into_draft)
    # Editors see the pages' history, and so who edited them.
    assert f'name="user" value="{member.pk}"' in text(history)
