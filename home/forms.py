"""Form fields every front-end form of the site shares."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

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
