"""What crawlers, link checkers and integrations rely on across the plugin's addresses: HEAD
answers like GET, robots.txt, the sitemap, and JSON downloads refusing other methods in JSON."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Site

from compendium.factories import CompendiumIndexPageFactory
from digests import tokens

pytestmark = pytest.mark.django_db

ANYONE = [
    "/",
    "/search/",
    "/search/?q=training&theme=masculinities",
    "/search/feed/",
    "/api/search/?q=training",
    "/robots.txt",
    "/sitemap.xml",
    "/membership/apply/",
    "/membership/apply/received/",
    "/membership/nominate/",
    "/members/",
    "/account/",
    "/account/profile/",
    "/dialogues/calendar.ics",
    "/dialogues/feed/",
    "/accounts/login/",
    "/accounts/password_reset/",
    "/accounts/password_reset/done/",
    "/accounts/reset/MQ/not-a-token/",
    "/accounts/reset/done/",
    "/resources/",
    "/compendium/",
    "/compendium/criteria/",
    "/compendium/print/",
    "/compendium/export.csv",
    "/compendium/export.json",
]
MEMBERS = ["/account/", "/account/profile/", "/membership/nominate/"]


@pytest.fixture
def compendium(home_page):
    return CompendiumIndexPageFactory(parent=home_page)


def assert_head_like_get(client, url):
    get, head = client.get(url), client.head(url)
    assert (head.status_code, head.get("Content-Type"), head.get("Location")) == (
        get.status_code,
        get.get("Content-Type"),
        get.get("Location"),
    ), url
    assert head.content == b"", url


def test_head_answers_like_get_on_every_public_address(client, library, compendium, member):
    for url in ANYONE:
        assert_head_like_get(client, url)
    assert_head_like_get(client, f"/digests/unsubscribe/{tokens.make_token(member)}/")
    client.force_login(member)
    for url in MEMBERS:
        assert_head_like_get(client, url)


def test_json_export_refuses_other_methods_in_json(client, compendium):
    response = client.post("/compendium/export.json")

    assert response.status_code == 405
    assert response["Content-Type"] == "application/json"
    assert response["Allow"] == "GET, HEAD"
    assert set(response.json()) == {"error"}


def test_robots_txt_keeps_crawlers_out_of_results_accounts_admin_and_api(client, home_page):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    disallowed = {
        line.removeprefix("Disallow: ") for line in lines if line.startswith("Disallow:")
    }
    assert disallowed == {
        "/search/",
        "/api/search/",
        "/account/",
        "/accounts/",
        "/digests/",
        "/admin/",
        "/django-admin/",
        *(
            f"/{code}{path}"
            for code in ("es", "fr")
            for path in ("/search/", "/api/search/", "/account/", "/accounts/", "/digests/")
        ),
    }
    assert f"Sitemap: {Site.objects.get(is_default_site=True).root_url}/sitemap.xml" in lines


def test_robots_txt_names_the_sitemap_of_the_site_asked(client, home_page, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "cop.example.org"]
    Site.objects.create(hostname="cop.example.org", port=443, root_page=home_page)

    response = client.get("/robots.txt", HTTP_HOST="cop.example.org", secure=True)

    assert "Sitemap: https://cop.example.org/sitemap.xml" in response.content.decode().splitlines()


def test_sitemap_lists_the_criteria_and_the_printable_compendium(client, compendium):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    # The site's own sitemap, not untrusted input.
    urls = ET.fromstring(response.content)  # noqa: S314
    locations = {loc.text for loc in urls.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    base = compendium.get_full_url()
    assert {base, base + "criteria/", base + "print/"} <= locations
