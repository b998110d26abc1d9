"""The community's shared vocabularies: themes, training contexts, resource types, regions and
languages. Slugs are language-neutral and stable: they appear in URLs and search facets, so they
are set once, on creation, and never follow a renamed term.
"""

from django.core.validators import validate_slug
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class TermQuerySet(models.QuerySet):
    def by_slugs(self, slugs):
        return self.filter(slug__in=list(slugs))


class Term(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
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
    ]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:100]
        super().save(*args, **kwargs)


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

    class Meta(Term.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Language(Term):
    class Meta(Term.Meta):
        verbose_name = _("language")
        verbose_name_plural = _("languages")
