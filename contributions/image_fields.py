"""The cover-image fields of members' forms (a resource contribution, a good practice): an
optional image and the words that describe it."""

from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.images.fields import WagtailImageField

from .forms import PlainTextField, max_upload_bytes


def image_field():
    # Wagtail's image field: its formats, size and pixel limits, and a check of the contents.
    return WagtailImageField(label=_("Image"), required=False)


def image_alt_field():
    return PlainTextField(
        label=_("Describe the image"),
        max_length=200,
        required=False,
        help_text=_(
            "Optional. For people who cannot see it; leave empty if the image is decorative."
        ),
    )


def clean_image(upload):
    """The site's upload limit too, when it is lower than Wagtail's image limit."""
    limit = max_upload_bytes()
    if upload and upload.size > limit:
        raise forms.ValidationError(
            _("The image is %(size)s; the limit is %(limit)s."),
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="file_size",
        )
    return upload
