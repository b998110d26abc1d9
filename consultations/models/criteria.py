"""The training-quality criteria members rate proposals against."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from taxonomy.i18n import TranslatableQuerySet, TranslatableTermMixin, synchronized


class QualityCriterionQuerySet(TranslatableQuerySet):
    def active(self):
        return self.originals().filter(active=True)


class QualityCriterion(TranslatableTermMixin, index.Indexed, models.Model):
    # Name and slug are unique per language (Meta); a translation keeps its original's slug.
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        blank=True,
        help_text=_("Leave blank to derive it from the name."),
    )
    description = models.TextField(_("description"), max_length=1000)
    active = models.BooleanField(
        _("asked"),
        default=True,
        help_text=_(
            "Members rate open consultations on the criteria asked. Switch a criterion off "
            "instead of deleting it: its past ratings are kept."
        ),
    )
    sort_order = models.IntegerField(_("order"), default=0, editable=False)

    objects = QualityCriterionQuerySet.as_manager()

    sort_order_field = "sort_order"
    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("active")]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.FilterField("locale"),
    ]
    override_translatable_fields = synchronized("slug", "active")

    class Meta(TranslatableTermMixin.Meta):
        ordering = ["sort_order", "pk"]
        unique_together = [("translation_key", "locale"), ("slug", "locale"), ("name", "locale")]
        verbose_name = _("training-quality criterion")
        verbose_name_plural = _("training-quality criteria")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:120] or "criterion"
        if self._state.adding and not self.sort_order:
            last = QualityCriterion.objects.filter(locale_id=self.locale_id).aggregate(
                models.Max("sort_order")
            )["sort_order__max"]
            self.sort_order = (last or 0) + 1
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = self.unique_per_locale_errors(
            {"name": self.name, "slug": self.slug or slugify(self.name)[:120]}
        )
        if errors:
            raise ValidationError(errors)
