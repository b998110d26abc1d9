"""A good practice's cover image: members add it in the evidence step; the published practice
shows it at the top of its page and as its card's thumbnail in the compendium."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from compendium.factories import GoodPracticePageFactory
from compendium.models import GoodPracticePage

from .helpers import SUBMIT, step_url

pytestmark = pytest.mark.django_db


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 400), (200, 120, 40)).save(buffer, "PNG")
    return buffer.getvalue()


def test_a_published_practice_shows_its_image_on_its_page_and_in_the_compendium(
    client, compendium
):
    image = get_image_model().objects.create(
        title="Clinic", file=ImageFile(io.BytesIO(png_bytes()), name="clinic.png")
    )
    practice = GoodPracticePageFactory(
        parent=compendium,
        title="Budget clinics for district officers",
        cover_image=image,
        cover_image_alt="District officers around a table covered in budget sheets",
    )

    page = BeautifulSoup(client.get(practice.url).content, "html.parser")
    cover = page.select_one(".cover-image img")
    assert cover["alt"] == "District officers around a table covered in budget sheets"
    assert cover["width"] and cover["height"]

    listing = BeautifulSoup(client.get(compendium.url).content, "html.parser")
    card = listing.select_one("li.entry")
    assert card.select_one(".entry__title").get_text(strip=True) == practice.title
    assert card.select_one(".entry__image img")["alt"] == cover["alt"]


def test_a_member_adds_an_image_to_a_practice_and_a_non_image_is_refused(
    client, compendium, member, basics, evidence
):
    client.force_login(member)
    client.post(SUBMIT, {**basics, "action": "save"})
    page = GoodPracticePage.objects.get(title=basics["title"])
    images_before = get_image_model().objects.count()

    fake = SimpleUploadedFile("clinic.jpg", b"not a picture at all", "image/jpeg")
    response = client.post(
        step_url(page, "evidence"), {**evidence, "image": fake, "action": "stay"}
    )
    assert response.status_code == 400
    assert "Upload a valid image" in " ".join(response.context["form"].errors["image"])
    assert get_image_model().objects.count() == images_before
    assert GoodPracticePage.objects.get(pk=page.pk).get_latest_revision_as_object().results == ""

    upload = SimpleUploadedFile("clinic.png", png_bytes(), "image/png")
    response = client.post(
        step_url(page, "evidence"),
        {**evidence, "image": upload, "image_alt": "A budget clinic", "action": "stay"},
    )
    assert response.status_code == 302
    draft = GoodPracticePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert draft.cover_image.uploaded_by_user == member
    assert draft.cover_image_alt == "A budget clinic"
    assert draft.results == evidence["results"]
