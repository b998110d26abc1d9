"""What a page says about itself in its head, for search engines and link previews: one meta
description, a canonical address on the site's own address (the Wagtail Site's, whatever Host
the request named), Open Graph and Twitter card tags, and the favicon. Search results and the
404 page are noindex, with no canonical link: no query address is ever canonical.
"""

import copy
from html.parser import HTMLParser
from pathlib import Path

import pytest
from wagtail.models import Site

from home.factories import StandardPageFactory, make_site_home
from resources.factories import ResourceIndexPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db

ROOT = "https://cop.example.org"
HOST_TEMPLATES = Path(__file__).resolve().parent.parent / "contributions" / "tests" / "templates"


class Head(HTMLParser):
    """The <meta> and <link> elements of a document's head."""

    def __init__(self, content):
        super().__init__()
        self.metas, self.links, self.in_head = [], [], True
        self.feed(content.decode())

    def handle_starttag(self, tag, attrs):
        if not self.in_head:
            return
        if tag == "meta":
            self.metas.append(dict(attrs))
        elif tag == "link":
            self.links.append(dict(attrs))
        elif tag == "body":
            self.in_head = False

    def meta(self, key, value):
        return [meta.get("content") for meta in self.metas if meta.get(key) == value]

    def link(self, rel):
        return [link for link in self.links if link.get("rel") == rel]


@pytest.fixture
def site():
    home = make_site_home(search_description="Where gender trainers compare notes.")
    Site.objects.filter(root_page=home).update(
        hostname="cop.example.org", port=443, site_name="Gender Training CoP"
    )
    about = StandardPageFactory(
        parent=home, title="About us", slug="about", intro="Who we are, and why."
    )
    library = ResourceIndexPageFactory(parent=home, slug="resources")
    resource = ResourcePageFactory(
        parent=library,
        title="Facilitation guide",
        summary="A guide for facilitators.",
        search_description="The facilitation guide, with exercises.",
    )
    return {"home": home, "about": about, "library": library, "resource": resource}


def head_of(client, path, status=200):
    response = client.get(path)
    assert response.status_code == status, path
    return Head(response.content)


def test_every_page_type_describes_itself_on_the_sites_address(client, site):
    """The request names Host "testserver": every address is still the Site's."""
    expected = {
        "/": ("Where gender trainers compare notes.", f"{ROOT}/", "website"),
        "/about/": ("Who we are, and why.", f"{ROOT}/about/", "article"),
        # Search parameters and tracking are not part of the canonical address.
        "/resources/?theme=masculinities&utm_source=newsletter": (
            None,
            f"{ROOT}/resources/",
            "article",
        ),
        site["resource"].url: (
            "The facilitation guide, with exercises.",
            f"{ROOT}{site['resource'].url}",
            "article",
        ),
        "/membership/apply/": (None, f"{ROOT}/membership/apply/", "website"),
        "/accounts/login/?next=/account/": (None, f"{ROOT}/accounts/login/", "website"),
    }
    for path, (description, canonical, og_type) in expected.items():
        head = head_of(client, path)
        descriptions = head.meta("name", "description")
        assert len(descriptions) == 1 and descriptions[0].strip(), path
        if description:
            assert descriptions == [description], path
        assert [link["href"] for link in head.link("canonical")] == [canonical], path
        assert head.meta("property", "og:url") == [canonical], path
        assert len(head.meta("property", "og:title")) == 1 and head.meta("property", "og:title")[0]
        assert head.meta("property", "og:description") == descriptions, path
        assert head.meta("property", "og:type") == [og_type], path
        assert head.meta("property", "og:site_name") == ["Gender Training CoP"], path
        assert head.meta("name", "twitter:card") == ["summary"], path
        assert [link["href"] for link in head.link("icon")] == ["/static/img/logo-mark.svg"]
        assert head.meta("name", "robots") == [], path


def test_a_page_of_a_listing_is_its_own_canonical_address(client, site):
    for number in range(25):
        ResourcePageFactory(parent=site["library"], title=f"Entry {number}")
    head = head_of(client, "/resources/?page=2&utm_campaign=spring")
    assert [link["href"] for link in head.link("canonical")] == [f"{ROOT}/resources/?page=2"]


def test_the_title_of_a_view_is_its_open_graph_title(client, site):
    head = head_of(client, "/membership/apply/")
    assert head.meta("property", "og:title")[0].startswith("Apply for membership")


def test_search_results_and_the_404_page_are_noindex_without_a_canonical(client, site):
    for path, status in [
        ("/search/?q=facilitation", 200),
        ("/search/?q=no-such-word-anywhere", 200),
        ("/no-such-page/", 404),
    ]:
        head = head_of(client, path, status)
        assert head.meta("name", "robots") == ["noindex"], path
        assert head.link("canonical") == [], path
        assert len(head.meta("name", "description")) == 1, path


def test_a_hosts_own_base_template_gets_the_metadata_once(client, site, settings):
    """A host whose base template (as `wagtail start` makes it) has no metadata of its own:
    the plugin's base template writes it."""
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [HOST_TEMPLATES, *templates[0]["DIRS"]]
    settings.TEMPLATES = templates
    settings.COP_BASE_TEMPLATE = "cop_test/host_base.html"
    head = head_of(client, site["resource"].url)
    assert head.meta("name", "description") == ["The facilitation guide, with exercises."]
    assert [link["href"] for link in head.link("canonical")] == [f"{ROOT}{site['resource'].url}"]
    assert head.meta("property", "og:title") == ["Facilitation guide"]
    search = head_of(client, "/search/?q=facilitation")
    assert search.meta("name", "robots") == ["noindex"]
    assert search.meta("property", "og:title") == ["Search: facilitation"]


def test_a_page_with_a_cover_image_has_it_as_its_preview_image(client, site, tmp_path, settings):
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    settings.MEDIA_ROOT = str(tmp_path)
    buffer = io.BytesIO()
    PILImage.new("RGB", (800, 500), (120, 60, 160)).save(buffer, "PNG")
    image = get_image_model().objects.create(
        title="Cover", file=ImageFile(buffer, name="cover.png")
    )
    illustrated = ResourcePageFactory(
        parent=site["library"], title="Illustrated", cover_image=image
    )
    [preview] = head_of(client, illustrated.url).meta("property", "og:image")
    assert preview.startswith(f"{ROOT}/media/images/cover.") and "1200x630" in preview
    assert head_of(client, site["resource"].url).meta("property", "og:image") == []
