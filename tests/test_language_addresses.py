"""The site in its three languages: English at /..., Spanish at /es/..., French at /fr/...,
pages and the other views alike; a language switcher on every page that leads to the same page
in the other language when it is translated (to the nearest translated section, or that
language's home, otherwise), and hreflang alternates for the languages the page exists in.
"""

from html.parser import HTMLParser

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Site

from compendium.factories import CompendiumIndexPageFactory, GoodPracticePageFactory
from home.factories import StandardPageFactory, make_site_home
from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
from taxonomy.models import Language

pytestmark = pytest.mark.django_db

ROOT = "https://cop.example.org"


class Document(HTMLParser):
    """The html element's lang, the head's alternates and the language switcher's links."""

    def __init__(self, content):
        super().__init__()
        self.lang = None
        self.alternates = {}
        self.switcher = []
        self.in_switcher = False
        self.feed(content.decode())

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "link" and attrs.get("rel") == "alternate" and "hreflang" in attrs:
            self.alternates[attrs["hreflang"]] = attrs["href"]
        elif tag == "nav" and "cop-languages" in attrs.get("class", ""):
            self.in_switcher = True
            self.switcher_label = attrs.get("aria-label")
        elif tag == "a" and self.in_switcher:
            self.switcher.append(attrs)

    def handle_endtag(self, tag):
        if tag == "nav":
            self.in_switcher = False

    def link(self, code):
        (link,) = [link for link in self.switcher if link["hreflang"] == code]
        return link


@pytest.fixture
def site():
    for code in ("es", "fr"):
        Locale.objects.get_or_create(language_code=code)
    home = make_site_home()
    Site.objects.filter(root_page=home).update(hostname="cop.example.org", port=443)
    about = StandardPageFactory(parent=home, title="About us", slug="about")
    library = ResourceIndexPageFactory(parent=home)
    resource = ResourcePageFactory(parent=library, title="Facilitation guide", slug="guide")
    return {"home": home, "about": about, "library": library, "resource": resource}


def translate(page, code):
    """The page's translation into ``code``, published (its parent must be translated)."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=code))
    translation.title = f"{page.title} ({code})"
    translation.save_revision().publish()
    return translation.specific


def document(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return Document(response.content)


@pytest.mark.parametrize(("path", "lang"), [("/", "en"), ("/es/", "es"), ("/fr/", "fr")])
def test_each_language_is_served_under_its_prefix(client, site, path, lang):
    assert document(client, path).lang == lang
    assert document(client, path + "resources/guide/").lang == lang


def test_english_addresses_have_no_prefix_and_no_redirect(client, site):
    for path in ("/", "/about/", "/resources/guide/", "/search/"):
        response = client.get(path, headers={"accept-language": "es"})
        assert response.status_code == 200, path
        assert Document(response.content).lang == "en"
    assert client.get("/en/about/").status_code == 404


@pytest.mark.parametrize("prefix", ["/es", "/fr"])
def test_the_other_views_answer_in_every_language(client, site, prefix):
    for path in (
        "/search/",
        "/search/feed/",
        "/api/search/",
        "/accounts/login/",
        "/membership/apply/",
    ):
        response = client.get(prefix + path)
        assert response.status_code == 200, prefix + path
    search = document(client, prefix + "/search/?q=guide")
    assert search.lang == prefix[1:]
    # On a view, the switcher keeps the view and its query, under the other prefix.
    assert search.link("en")["href"] == "/search/?q=guide"
    assert search.link("es")["href"] == "/es/search/?q=guide"
    assert search.link("fr")["href"] == "/fr/search/?q=guide"


def test_switcher_on_an_untranslated_page_leads_to_the_other_languages_home(client, site):
    page = document(client, "/resources/guide/")
    assert page.switcher_label == "Language"
    assert [(link["lang"], link["hreflang"]) for link in page.switcher] == [
        ("en", "en"),
        ("es", "es"),
        ("fr", "fr"),
    ]
    assert page.link("en").get("aria-current") == "true"
    assert "aria-current" not in page.link("es")
    assert page.link("es")["href"] == "/es/"
    assert page.link("fr")["href"] == "/fr/"


def test_switcher_leads_to_the_nearest_translated_section(client, site):
    spanish_home = translate(site["home"], "es")
    translate(site["library"], "es")
    page = document(client, "/resources/guide/")
    assert page.link("es")["href"] == "/es/resources/"
    assert page.link("fr")["href"] == "/fr/"
    # The Spanish home is the Site root's translation, served at /es/.
    spanish = document(client, "/es/")
    assert spanish.lang == "es"
    assert spanish.link("en")["href"] == "/"
    assert spanish_home.get_url() == "/es/"


def test_switcher_leads_to_the_translation_both_ways(client, site):
    translate(site["home"], "es")
    translate(site["library"], "es")
    translate(site["resource"], "es")
    english = document(client, "/resources/guide/")
    assert english.link("es")["href"] == "/es/resources/guide/"
    spanish = document(client, "/es/resources/guide/")
    assert spanish.lang == "es"
    assert spanish.link("en")["href"] == "/resources/guide/"
    assert spanish.link("es").get("aria-current") == "true"
    assert spanish.link("fr")["href"] == "/fr/"


def test_a_draft_translation_is_not_offered(client, site):
    translate(site["home"], "es")
    draft = site["about"].copy_for_translation(Locale.objects.get(language_code="es"))
    assert not draft.live
    assert document(client, "/about/").link("es")["href"] == "/es/"


def test_alternates_list_exactly_the_languages_the_page_exists_in(client, site):
    untranslated = document(client, "/about/")
    assert untranslated.alternates == {"en": f"{ROOT}/about/", "x-default": f"{ROOT}/about/"}

    translate(site["home"], "fr")
    translate(site["about"], "fr")
    for path in ("/about/", "/fr/about/"):
        assert document(client, path).alternates == {
            "en": f"{ROOT}/about/",
            "fr": f"{ROOT}/fr/about/",
            "x-default": f"{ROOT}/about/",
        }, path


def test_the_switcher_costs_the_same_few_queries_at_any_depth(client, site, settings):
    translate(site["home"], "es")
    deeper = StandardPageFactory(parent=site["about"], slug="team")
    StandardPageFactory(parent=deeper, slug="board")
    client.get("/")  # the Site and its root paths, cached from here on

    def queries(path):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        return len(captured)

    with_switcher = {path: queries(path) for path in ("/about/", "/about/team/board/")}
    # One language: no switcher, no alternates, and none of their queries.
    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES = [("en", "English")]
    without = {path: queries(path) for path in with_switcher}
    assert Document(client.get("/about/").content).switcher == []
    # The translations of the page and all its ancestors, with their locales: one, at any depth.
    assert {path: with_switcher[path] - without[path] for path in with_switcher} == {
        "/about/": 1,
        "/about/team/board/": 1,
    }


def test_cop_setup_creates_the_locales_once(site):
    Locale.objects.exclude(language_code="en").delete()
    call_command("cop_setup", "--no-starting-terms", verbosity=0)
    call_command("cop_setup", "--no-starting-terms", verbosity=0)
    assert sorted(Locale.objects.values_list("language_code", flat=True)) == ["en", "es", "fr"]


def test_the_demo_sites_header_stays_in_the_language(client, site):
    translate(site["home"], "es")
    translate(site["about"], "es")
    content = client.get("/es/resources/guide/").content.decode()
    header = content[content.index('<header class="site-header">') : content.index("</header>")]
    assert 'class="site-header__brand" href="/es/"' in header
    assert '<a href="/es/about/"' in header
    assert '<a href="/about/"' not in header


def test_a_pages_own_languages_are_not_the_switchers(client, site):
    # A good practice lists the languages it was run in, under the context name "languages".
    compendium = CompendiumIndexPageFactory(parent=site["home"])
    GoodPracticePageFactory(
        parent=compendium,
        slug="mentors",
        languages=[Language.objects.create(name="Lingala", slug="lingala")],
    )
    for path in ("/compendium/mentors/", "/es/compendium/mentors/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "Lingala" in response.content.decode()
        assert Document(response.content).link("en")["href"] == "/compendium/mentors/"


def test_signing_in_keeps_the_language(client, site):
    response = client.get("/es/account/")
    assert response.status_code == 302
    assert response["Location"].startswith("/es/accounts/login/?next=")
    assert client.get("/account/")["Location"].startswith("/accounts/login/?next=")
