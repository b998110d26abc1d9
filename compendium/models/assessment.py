"""Reviewers' criteria assessments of submitted good practices."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_SCORE = 3
SCORE_LABELS = {
    0: _("0: not met"),
    1: _("1: partly met"),
    2: _("2: largely met"),
    3: _("3: fully met"),
}


class Assessment(models.Model):
    RECOMMENDATIONS = [
        ("include", _("Include in the compendium")),
        ("include_with_changes", _("Include after changes")),
        ("do_not_include", _("Do not include")),
    ]

    page = models.ForeignKey(
        "copcompendium.GoodPracticePage", on_delete=models.CASCADE, related_name="assessments"
    )
    task_state = models.OneToOneField(
        "wagtailcore.TaskState",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="compendium_assessment",
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(_("action"), max_length=20)  # approve / reject
    recommendation = models.CharField(_("recommendation"), max_length=30, choices=RECOMMENDATIONS)
    comment = models.TextField(_("overall comment"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("criteria assessment")

    def __str__(self):
        return f"{self.page} ({self.created_at:%Y-%m-%d})"

    def average(self):
        scores = [score.score for score in self.scores.all()]
        return round(sum(scores) / len(scores), 2) if scores else None

    average.short_description = _("average score")

    def score_summary(self):
        return "; ".join(
            f"{score.criterion.name}: {score.score}/{MAX_SCORE} ({score.comment})"
            for score in self.scores.all()
        )

    score_summary.short_description = _("scores and comments")


class CriterionScore(models.Model):
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(
        "copcompendium.Criterion", on_delete=models.PROTECT, related_name="scores"
    )
    score = models.PositiveSmallIntegerField(
        _("score"), validators=[MinValueValidator(0), MaxValueValidator(MAX_SCORE)]
    )
    comment = models.TextField(_("comment"), max_length=2000)
    publish_comment = models.BooleanField(_("publish this comment"), default=False)

    class Meta:
        ordering = ["criterion__sort_order", "criterion__pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "criterion"], name="compendium_one_score_per_criterion"
            ),
            models.CheckConstraint(
                condition=models.Q(score__gte=0, score__lte=MAX_SCORE),
                name="compendium_score_0_to_3",
            ),
        ]

    def __str__(self):
        return f"{self.criterion}: {self.score}"
