"""The community's shared vocabularies: themes, training contexts, resource types, regions and
languages. Slugs are language-neutral and stable: they appear in URLs and search facets, so they
are set once, on creation, and never follow a renamed term.
"""

from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from .i18n import TranslatableQuerySet, TranslatableTermMixin, synchronized


class TermQuerySet(TranslatableQuerySet):
    def by_slugs(self, slugs):
        # The originals: a translation shares its original's slug.
        return self.originals().filter(slug__in=list(slugs))


class Term(TranslatableTermMixin, index.Indexed, models.Model):
    # Unique per language (Meta): "Asia" is the same word in English, Spanish and French.
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        validators=[validate_slug],
        help_text=_(
            "Used in addresses and search filters. Leave blank to derive it from the name."
        ),
        blank=True,
    )
    description = models.TextField(_("description"), blank=True)
    sort_order = models.IntegerField(
        _("order"), default=0, help_text=_("Lower numbers are listed first.")
    )

    objects = TermQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("slug"),
        index.FilterField("locale"),
    ]
    # A translation translates the name and description; its slug and place stay the
    # original's, so facets and addresses do not change with the language.
    override_translatable_fields = synchronized("slug", "sort_order")

    class Meta(TranslatableTermMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale"), ("name", "locale")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:100]
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = self.unique_per_locale_errors(
            {"name": self.name, "slug": self.slug or slugify(self.name)[:100]}
        )
        if errors:
            raise ValidationError(errors)


class Theme(Term):
    class Meta(Term.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class TrainingContext(Term):
    class Meta(Term.Meta):
        verbose_name = _("training context")
        verbose_name_plural = _("training contexts")


class ResourceType(Term):
    class Meta(Term.Meta):
        verbose_name = _("resource type")
        verbose_name_plural = _("resource types")


class Region(Term):
    # Items in one of these countries are found under the region, and the search page lists
    # the countries under it.
    countries = CountryField(_("countries"), multiple=True, blank=True)

    panels = [*Term.panels, FieldPanel("countries")]
    override_translatable_fields = [*Term.override_translatable_fields, *synchronized("countries")]

    class Meta(Term.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Language(Term):
    class Meta(Term.Meta):
        verbose_name = _("language")
        verbose_name_plural = _("languages")
