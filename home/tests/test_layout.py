"""The base layout every page shares: landmarks, skip link, navigation, local assets."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import path

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_page_has_landmarks_and_a_working_skip_link(client, home_page):
    html = client.get("/").content.decode()

    assert re.search(r'<a class="skip-link" href="#main-content">', html)
    assert 'id="main-content"' in html
    for landmark in ("<header", "<nav", "<main", "<footer"):
        assert landmark in html
    assert '<html lang="en">' in html
    assert html.count("<h1>") == 1


def test_navigation_lists_menu_pages_and_marks_the_current_one(client, home_page):
    about = StandardPageFactory(parent=home_page, title="About the community", slug="about")
    StandardPageFactory(parent=home_page, title="Hidden page", slug="hidden", show_in_menus=False)
    draft = StandardPageFactory(parent=home_page, title="Draft page", slug="draft", live=False)

    html = client.get(about.url).content.decode()

    nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group(0)
    assert '<a href="/about/" aria-current="page">About the community</a>' in nav
    assert "Hidden page" not in nav
    assert draft.title not in nav


def test_assets_are_served_locally(client, home_page):
    html = client.get("/").content.decode()

    urls = re.findall(r'(?:href|src)="([^"]+\.(?:css|js))"', html)
    assert urls, "the page links its stylesheet"
    for url in urls:
        assert url.startswith("/static/"), f"{url} is not served by the site"
        assert finders.find(url.removeprefix("/static/").split("?")[0])
    assert client.get("/static/css/site.css").status_code == 200


def test_home_page_query_count_does_not_grow_with_its_sections(client, home_page):
    StandardPageFactory(parent=home_page)
    client.get("/")  # warm the site and URL caches, as any running server has them
    with CaptureQueriesContext(connection) as few:
        client.get("/")
    StandardPageFactory.create_batch(6, parent=home_page)
    with CaptureQueriesContext(connection) as many:
        response = client.get("/")

    assert response.content.decode().count('class="card"') == 7
    assert len(many) == len(few)


def test_unknown_address_gets_the_404_page(client, home_page):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert b"Page not found" in response.content
    assert b'href="#main-content"' in response.content


def broken_view(request):
    raise RuntimeError("boom")


urlpatterns = [path("broken/", broken_view)]


@pytest.mark.urls("home.tests.test_layout")
def test_server_error_gets_the_500_page(client):
    client.raise_request_exception = False

    response = client.get("/broken/")

    assert response.status_code == 500
    assert b"Something went wrong" in response.content
    assert b'href="#main-content"' in response.content


def test_500_page_renders_without_request_or_database():
    html = render_to_string("500.html")
    assert "Something went wrong" in html


def test_login_page_reports_bad_credentials(client, home_page):
    response = client.post(
        "/accounts/login/", {"username": "nobody", "password": "wrong"}, follow=True
    )

    assert response.status_code == 200
    assert b"did not match" in response.content
    assert "_auth_user_id" not in client.session
