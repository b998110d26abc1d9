"""Form fields every form members type into shares, and the uploads they attach."""

import os
import re

from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from . import conf

_TAG = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>")
# Bidirectional embedding/override/isolate controls can make text display differently from
# what it says; a plain-text field has no use for them (nor for NUL).
_INVISIBLE_CONTROLS = dict.fromkeys([0, *range(0x202A, 0x202F), *range(0x2066, 0x206A)], None)


def reject_html(value):
    if value and _TAG.search(value):
        raise forms.ValidationError(
            _("Please use plain text here: HTML tags such as <b> or <a> are not accepted."),
            code="html",
        )


class PlainTextField(forms.CharField):
    """Text shown back as text: no HTML, no invisible direction controls."""

    default_validators = [reject_html]

    def to_python(self, value):
        value = super().to_python(value)
        return value.translate(_INVISIBLE_CONTROLS).strip() if value else value


ALLOWED_EXTENSIONS = [
    "pdf", "doc", "docx", "odt", "ppt", "pptx", "odp", "xls", "xlsx", "ods", "txt", "epub",
]  # fmt: skip


def max_upload_bytes():
    """The largest document a member may upload (COP_MAX_UPLOAD_BYTES), read when an upload
    is validated."""
    return conf.setting("COP_MAX_UPLOAD_BYTES")


def __getattr__(name):
    # ``from contributions.forms import MAX_UPLOAD_BYTES`` (the forms' help texts) keeps
    # working and gives the site's limit, read when it is imported.
    if name == "MAX_UPLOAD_BYTES":
        return max_upload_bytes()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def validate_upload(upload):
    """The site's allow-list of document types and size limit, for one uploaded file."""
    extension = os.path.splitext(upload.name)[1].lower().lstrip(".")
    if extension not in ALLOWED_EXTENSIONS:
        raise forms.ValidationError(
            _("Files of type “%(extension)s” are not accepted. Accepted types: %(types)s."),
            params={"extension": extension or "?", "types": ", ".join(ALLOWED_EXTENSIONS)},
            code="file_type",
        )
    limit = max_upload_bytes()
    if upload.size > limit:
        raise forms.ValidationError(
            _("The file is %(size)s; the limit is %(limit)s."),
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="file_size",
        )
