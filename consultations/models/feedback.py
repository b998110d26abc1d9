"""Members' feedback on a training proposal: one per member, with a rating per criterion and
an answer per question of the proposers."""

from django.conf import settings
from django.db import models
from django.db.models import Avg, Count, Prefetch
from django.utils.translation import gettext_lazy as _

from .criteria import QualityCriterion
from .pages import ProposalQuestion

LOWEST, HIGHEST = 1, 5


class ConsultationFeedback(models.Model):
    proposal = models.ForeignKey(
        "copconsultations.TrainingProposalPage",
        verbose_name=_("training proposal"),
        on_delete=models.CASCADE,
        related_name="feedback",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="consultation_feedback",
    )
    show_name = models.BooleanField(
        _("name shown"),
        default=False,
        help_text=_("The member agreed to show their name with their answers."),
    )
    hidden = models.BooleanField(
        _("answers hidden"),
        default=False,
        help_text=_("Hidden answers are not shown; the ratings still count."),
    )
    created_at = models.DateTimeField(_("given"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("consultation feedback")
        verbose_name_plural = _("consultation feedback")
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "user"], name="one_consultation_feedback_per_member"
            )
        ]

    def __str__(self):
        return f"{self.user} on {self.proposal}"

    @property
    def display_name(self):
        if self.show_name:
            return self.user.get_full_name() or self.user.get_username()
        return _("Anonymous member")


class CriterionRating(models.Model):
    feedback = models.ForeignKey(
        ConsultationFeedback, on_delete=models.CASCADE, related_name="ratings"
    )
    criterion = models.ForeignKey(
        QualityCriterion,
        verbose_name=_("criterion"),
        on_delete=models.CASCADE,
        related_name="ratings",
    )
    score = models.PositiveSmallIntegerField(_("rating"))

    class Meta:
        verbose_name = _("criterion rating")
        constraints = [
            models.UniqueConstraint(
                fields=["feedback", "criterion"], name="one_rating_per_criterion"
            ),
            models.CheckConstraint(
                condition=models.Q(score__gte=LOWEST, score__lte=HIGHEST),
                name="consultation_rating_from_1_to_5",
            ),
        ]

    def __str__(self):
        return f"{self.criterion}: {self.score}"


class QuestionAnswer(models.Model):
    feedback = models.ForeignKey(
        ConsultationFeedback, on_delete=models.CASCADE, related_name="answers"
    )
    question = models.ForeignKey(
        ProposalQuestion,
        verbose_name=_("question"),
        on_delete=models.CASCADE,
        related_name="answers",
    )
    text = models.TextField(_("answer"), max_length=4000)

    class Meta:
        verbose_name = _("answer")
        constraints = [
            models.UniqueConstraint(
                fields=["feedback", "question"], name="one_answer_per_question"
            )
        ]

    def __str__(self):
        return self.text[:60]


def aggregate_for(proposal):
    """The figures proposers and moderators read: computed by the database, one query each."""
    criteria = list(
        QualityCriterion.objects.filter(ratings__feedback__proposal=proposal)
        .annotate(average=Avg("ratings__score"), count=Count("ratings"))
        .order_by("sort_order", "pk")
    )
    visible_answers = (
        QuestionAnswer.objects.filter(feedback__hidden=False)
        .select_related("feedback__user")
        .order_by("feedback__created_at", "pk")
    )
    questions = list(
        ProposalQuestion.objects.filter(page=proposal).prefetch_related(
            Prefetch("answers", queryset=visible_answers, to_attr="visible_answers")
        )
    )
    return {
        "respondents": ConsultationFeedback.objects.filter(proposal=proposal).count(),
        "criteria": criteria,
        "questions": questions,
    }
