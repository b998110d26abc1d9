"""Translatable vocabularies: terms and criteria that editors translate as snippets.

A translation is a row of its own (same ``translation_key``, another locale) that keeps the
original's slug, the language-neutral value that pages, URLs and search facets use. Pages
always point at the originals (the rows in the default locale); translations only give labels.
So every lookup that counts, filters or offers choices works on ``originals()``, and the
labels a visitor reads come from ``localized()``.
"""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import get_supported_language_variant, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField


def default_language_code():
    return get_supported_language_variant(settings.LANGUAGE_CODE)


def default_locale_id():
    """The default for ``locale``: rows made by setup steps, factories or ``bulk_create``
    without a locale are originals."""
    return Locale.get_default().pk


def in_default_locale():
    """``limit_choices_to`` of the links to terms: editors choose among the originals only."""
    return models.Q(locale__language_code=default_language_code())


def synchronized(*field_names):
    """Fields a translation copies from its original instead of translating."""
    return [SynchronizedField(name, overridable=False) for name in field_names]


class TranslatableQuerySet(models.QuerySet):
    def originals(self):
        """One row per term: the one in the default locale."""
        return self.filter(locale__language_code=default_language_code())

    def localized(self):
        """These rows as a list, each replaced by its translation in the active language when
        there is one (one query for all of them)."""
        rows = list(self)
        if not rows:
            return rows
        active = Locale.get_active()
        translations = {
            row.translation_key: row
            for row in self.model._default_manager.filter(
                locale=active, translation_key__in={row.translation_key for row in rows}
            )
        }
        return [translations.get(row.translation_key, row) for row in rows]

    def labels(self):
        """{slug: name in the active language} of these rows."""
        return {row.slug: row.name for row in self.localized()}


class TranslatableTermMixin(TranslatableMixin):
    locale = models.ForeignKey(
        Locale,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
        verbose_name=_("locale"),
        default=default_locale_id,
    )
    locale.wagtail_reference_index_ignore = True

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def unique_per_locale_errors(self, fields):
        """Messages for the fields whose value another row of this locale already has: the
        admin form leaves ``locale`` out, so Django's own unique-together check would not
        run and the database would refuse the row instead."""
        errors = {}
        rows = type(self)._default_manager.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        for field, value in fields.items():
            if value and rows.filter(**{field: value}).exists():
                label = self._meta.get_field(field).verbose_name
                errors[field] = gettext(
                    "Another %(model)s in this language has this %(field)s."
                ) % {"model": self._meta.verbose_name, "field": label}
        return errors


class OriginalTermsField(forms.ModelMultipleChoiceField):
    """The admin's many-to-many choices: a link to a translatable term offers its originals
    only, so a page cannot be filed under a translation (it would be a second facet value)."""

    def __init__(self, queryset, **kwargs):
        if issubclass(queryset.model, TranslatableTermMixin):
            queryset = queryset.filter(in_default_locale())
        super().__init__(queryset, **kwargs)


def register_admin_choices():
    from wagtail.admin.forms.models import register_form_field_override

    # Every many-to-many field of the admin's forms; other models' choices are left whole.
    register_form_field_override(
        models.ManyToManyField, override={"form_class": OriginalTermsField}
    )
