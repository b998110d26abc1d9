"""Cover images for a few demo pages, drawn here with Pillow (no downloads): flat geometric
illustrations in the site's palette, each with the alt text an editor would write."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from wagtail.images import get_image_model

PALETTES = [
    ((37, 52, 110), (244, 180, 76), (230, 110, 90), (246, 241, 232)),
    ((18, 98, 92), (250, 208, 120), (236, 128, 98), (240, 246, 242)),
    ((92, 44, 110), (255, 196, 120), (120, 190, 200), (247, 240, 246)),
]

# Page title -> (palette, alt text; "" for a decorative image).
COVERS = {
    "Facilitator's Guide to Gender-Responsive Budgeting Workshops": (
        0,
        "Illustration: amber and coral discs and bars above a navy band, like a bar chart",
    ),
    "Gender Analysis Frameworks: A Comparative Training Module": (
        1,
        "Illustration: yellow and coral discs over teal bars, like a framework diagram",
    ),
    "Working with Resistance in the Training Room": (2, ""),
    "Peer-led fathers' groups on care work in rural Rwanda": (
        1,
        "Illustration: warm-coloured discs, like people gathered, above a teal field",
    ),
    "Gender budgeting clinics for district finance officers": (
        0,
        "Illustration: navy and coral bars of different heights, like a ledger",
    ),
}


def _draw(title, palette):
    base, accent, warm, light = PALETTES[palette]
    rng = random.Random(title)  # noqa: S311 -- a picture, not a secret: the same on every seed
    width, height = 1200, 630
    picture = Image.new("RGB", (width, height), light)
    draw = ImageDraw.Draw(picture)
    draw.rectangle([0, height * 0.62, width, height], fill=base)
    for _ in range(5):
        size = rng.randint(90, 200)
        x, y = rng.randint(80, width - 240), rng.randint(30, int(height * 0.62) - size)
        draw.ellipse([x, y, x + size, y + size], fill=rng.choice([accent, warm]))
    for position in range(6):
        left = 120 + position * 170
        top = height * 0.62 - rng.randint(60, 240)
        draw.rectangle([left, top, left + 110, height * 0.62], fill=rng.choice([base, warm]))
    draw.polygon([(width * 0.7, height), (width, height * 0.35), (width, height)], fill=accent)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", optimize=True)
    return buffer


def cover_for(title):
    """(image, alt text) for a page the demo illustrates, else (None, "")."""
    if title not in COVERS:
        return None, ""
    palette, alt = COVERS[title]
    model = get_image_model()
    image_title = f"Demo cover: {title}"[:255]
    image = model.objects.filter(title=image_title).first()
    if image is None:
        image = model(title=image_title)
        image.file = ImageFile(_draw(title, palette), name="demo-cover.png")
        image.save()
    return image, alt
