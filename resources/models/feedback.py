from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Avg, Count
from django.utils.translation import gettext_lazy as _


class ResourceFeedbackQuerySet(models.QuerySet):
    def summary(self):
        """Average rating and number of ratings, hidden comments included: hiding a comment
        does not take back the member's rating."""
        return self.aggregate(average=Avg("rating"), count=Count("pk"))

    def visible_comments(self):
        return (
            self.filter(hidden=False)
            .exclude(comment="")
            .select_related("user")
            .order_by("-updated_at")
        )


class ResourceFeedback(models.Model):
    entry = models.ForeignKey(
        "copresources.LibraryEntryPage",
        verbose_name=_("library entry"),
        on_delete=models.CASCADE,
        related_name="feedback",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="resource_feedback",
    )
    rating = models.PositiveSmallIntegerField(
        _("usefulness"),
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("From 1 (not useful) to 5 (very useful)."),
    )
    comment = models.TextField(_("comment"), max_length=2000, blank=True)
    hidden = models.BooleanField(
        _("hidden"), default=False, help_text=_("Hidden comments are not shown on the site.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ResourceFeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = _("resource feedback")
        verbose_name_plural = _("resource feedback")
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(fields=["entry", "user"], name="one_feedback_per_member"),
            models.CheckConstraint(
                condition=models.Q(rating__gte=1, rating__lte=5), name="rating_from_1_to_5"
            ),
        ]

    def __str__(self):
        return f"{self.user} on {self.entry}: {self.rating}/5"
