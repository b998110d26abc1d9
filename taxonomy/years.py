"""The year facet every dated page (entries, practices) shares."""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

EARLIEST_YEAR = 1950


def latest_allowed_year():
    return datetime.date.today().year + 1


def validate_year(value):
    if value is not None and not EARLIEST_YEAR <= value <= latest_allowed_year():
        raise ValidationError(
            _("Enter a year between %(first)s and %(last)s."),
            params={"first": EARLIEST_YEAR, "last": latest_allowed_year()},
            code="year_out_of_range",
        )
