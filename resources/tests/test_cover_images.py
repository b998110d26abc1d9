"""Cover images: at the top of the entry's page and as its card's thumbnail in the library and
in search results, with the alt text the editor wrote (or none, for a decorative image)."""

import io

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page

from resources.factories import ResourcePageFactory
from resources.models import ResourcePage
from taxonomy.factories import ResourceTypeFactory, ThemeFactory

CONTRIBUTE = "/resources/contribute/"


def make_image(title="Cover", description=""):
    buffer = io.BytesIO()
    PILImage.new("RGB", (800, 500), (120, 60, 160)).save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title, description=description, file=ImageFile(buffer, name="cover.png")
    )


def cards(response):
    return BeautifulSoup(response.content, "html.parser").select("li.entry")


def thumbnail_of(response, title):
    for card in cards(response):
        if card.select_one(".entry__title").get_text(strip=True) == title:
            return card.select_one(".entry__image img")
    raise AssertionError(f"No card for {title}")


@pytest.fixture
def illustrated(library):
    return ResourcePageFactory(
        parent=library,
        title="Facilitating gender training online",
        cover_image=make_image(),
        cover_image_alt="Four trainers around a laptop during an online session",
    )


def test_the_cover_image_shows_with_its_alt_text_on_the_page_the_library_and_search(
    client, library, illustrated
):
    alt = "Four trainers around a laptop during an online session"

    soup = BeautifulSoup(client.get(illustrated.url).content, "html.parser")
    cover = soup.select_one(".cover-image img")
    assert cover["alt"] == alt
    # Sized and responsive: no layout shift, a smaller file for phones.
    assert cover["width"] == "600" and cover["height"] == "315"
    assert len(cover["srcset"].split(",")) == 2

    thumbnail = thumbnail_of(client.get(library.url), illustrated.title)
    assert thumbnail["alt"] == alt
    assert thumbnail["loading"] == "lazy"
    assert thumbnail["width"] and thumbnail["height"]

    thumbnail = thumbnail_of(client.get("/search/", {"q": "facilitating"}), illustrated.title)
    assert thumbnail["alt"] == alt


def test_a_decorative_image_has_an_empty_alt_and_an_image_description_is_the_default(
    client, library
):
    decorative = ResourcePageFactory(
        parent=library, title="Decorated resource", cover_image=make_image()
    )
    described = ResourcePageFactory(
        parent=library,
        title="Described resource",
        cover_image=make_image(description="A map of the regions the network covers"),
    )
    plain = ResourcePageFactory(parent=library, title="Plain resource")

    listing = client.get(library.url)
    assert thumbnail_of(listing, decorative.title)["alt"] == ""
    assert thumbnail_of(listing, described.title)["alt"] == (
        "A map of the regions the network covers"
    )
    assert thumbnail_of(listing, plain.title) is None
    page = BeautifulSoup(client.get(decorative.url).content, "html.parser")
    assert page.select_one(".cover-image img")["alt"] == ""


def test_the_library_query_count_does_not_grow_with_the_images(
    client, library, django_assert_max_num_queries
):
    for _ in range(2):
        ResourcePageFactory(parent=library, cover_image=make_image())
    client.get(library.url)  # renditions are made once, on the first view
    with CaptureQueriesContext(connection) as two:
        client.get(library.url)

    limit = len(two)  # now: the next request empties the query log it reads
    for _ in range(6):
        ResourcePageFactory(parent=library, cover_image=make_image())
    client.get(library.url)
    with django_assert_max_num_queries(limit):
        response = client.get(library.url)
    assert len(BeautifulSoup(response.content, "html.parser").select(".entry__image img")) == 8


# Members add an image to their contribution


def png_upload(name="workshop.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 400), (40, 120, 90)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def contribution(db):
    return {
        "title": "Engaging men as allies: a facilitation toolkit",
        "summary": "Exercises for mixed groups on masculinities and gender norms.",
        "resource_type": ResourceTypeFactory(slug="toolkit", name="Toolkit").pk,
        "external_url": "https://example.org/engaging-men",
        "themes": [ThemeFactory(slug="masculinities", name="Masculinities").pk],
    }


def stored_images():
    folder = settings.MEDIA_ROOT / "original_images"
    return sorted(folder.iterdir()) if folder.exists() else []


def test_a_member_contributes_a_resource_with_an_image_and_its_description(
    client, library, member, contribution
):
    client.force_login(member)
    response = client.post(
        CONTRIBUTE,
        {**contribution, "image": png_upload(), "image_alt": "Trainers in a circle of chairs"},
    )

    assert response.status_code == 302
    page = ResourcePage.objects.get(title=contribution["title"]).get_latest_revision_as_object()
    assert page.cover_image.width == 640
    assert page.cover_image.uploaded_by_user == member
    assert page.cover_image_alt == "Trainers in a circle of chairs"


def test_a_file_that_is_not_an_image_is_refused_and_nothing_is_saved(
    client, library, member, contribution
):
    client.force_login(member)
    before = (Page.objects.count(), get_image_model().objects.count(), stored_images())
    fake = SimpleUploadedFile("photo.png", b"%PDF-1.4 not an image", content_type="image/png")

    response = client.post(CONTRIBUTE, {**contribution, "image": fake, "image_alt": "A photo"})

    assert response.status_code == 400
    field = BeautifulSoup(response.content, "html.parser").select_one("#id_image").parent
    assert "Upload a valid image" in field.get_text()
    assert (Page.objects.count(), get_image_model().objects.count(), stored_images()) == before
