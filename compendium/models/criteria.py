"""The published good-practice criteria, and members' proposals to add or change one."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from taxonomy.i18n import TranslatableQuerySet, TranslatableTermMixin, synchronized


class Criterion(TranslatableTermMixin, index.Indexed, models.Model):
    # Name and slug are unique per language (Meta); a translation keeps its original's slug.
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        blank=True,
        help_text=_("Used in exports. Leave blank to derive it from the name."),
    )
    description = models.TextField(_("description"), max_length=2000)
    guiding_questions = models.TextField(
        _("guiding questions"), max_length=2000, blank=True, help_text=_("One question a line.")
    )
    sort_order = models.IntegerField(_("order"), default=0, editable=False)

    objects = TranslatableQuerySet.as_manager()

    sort_order_field = "sort_order"
    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("guiding_questions")]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.FilterField("locale"),
    ]
    override_translatable_fields = synchronized("slug")

    class Meta(TranslatableTermMixin.Meta):
        ordering = ["sort_order", "pk"]
        unique_together = [("translation_key", "locale"), ("slug", "locale"), ("name", "locale")]
        verbose_name = _("good-practice criterion")
        verbose_name_plural = _("good-practice criteria")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:120] or "criterion"
        if self._state.adding and not self.sort_order:
            last = Criterion.objects.filter(locale_id=self.locale_id).aggregate(
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

    @property
    def questions(self):
        return [line.strip() for line in self.guiding_questions.splitlines() if line.strip()]


class CriterionProposal(models.Model):
    STATUS_PENDING = "pending"
    STATUS_ACCEPTED = "accepted"
    STATUS_DECLINED = "declined"
    STATUSES = [
        (STATUS_PENDING, _("Pending")),
        (STATUS_ACCEPTED, _("Accepted")),
        (STATUS_DECLINED, _("Declined")),
    ]

    criterion = models.ForeignKey(
        Criterion,
        verbose_name=_("criterion to change"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
        help_text=_("Empty for a proposed new criterion."),
    )
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), max_length=2000)
    guiding_questions = models.TextField(_("guiding questions"), max_length=2000, blank=True)
    rationale = models.TextField(_("why"), max_length=2000)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="criterion_proposals",
    )
    created_at = models.DateTimeField(_("proposed at"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=10, choices=STATUSES, default="pending")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("criterion proposal")
        verbose_name_plural = _("criterion proposals")

    def __str__(self):
        return self.name

    @property
    def kind(self):
        return _("Change") if self.criterion_id else _("New criterion")
