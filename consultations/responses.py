"""Who may give feedback on a proposal, when, and saving it in one piece."""

from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from contributions.roles import is_member

from .models import (
    CLOSED,
    UPCOMING,
    ConsultationFeedback,
    CriterionRating,
    QualityCriterion,
    QuestionAnswer,
    aggregate_for,
)


class FeedbackRefused(Exception):
    """Feedback cannot be given or changed; the message says why, for the member."""


def _when(moment, proposal):
    local = timezone.localtime(moment, proposal.zone)
    return f"{formats.date_format(local, 'DATETIME_FORMAT')} ({proposal.time_zone})"


def refusal(proposal, user, moment=None):
    """Why ``user`` may not give feedback on ``proposal`` now, or None if they may."""
    if not is_member(user):
        return _("Only members of the community can give feedback on training proposals.")
    if proposal.is_proposer(user):
        return _("You proposed this training: the feedback comes from the other members.")
    status = proposal.status_at(moment or timezone.now())
    if status == UPCOMING:
        return _("Feedback opens on %(when)s. Please come back then.") % {
            "when": _when(proposal.opens_at, proposal)
        }
    if status == CLOSED:
        return _("This consultation closed on %(when)s and no longer accepts feedback.") % {
            "when": _when(proposal.closes_at, proposal)
        }
    return None


def asked_criteria():
    return QualityCriterion.objects.active().order_by("sort_order", "pk")


def feedback_of(proposal, user):
    if not user.is_authenticated:
        return None
    return (
        ConsultationFeedback.objects.filter(proposal=proposal, user=user)
        .prefetch_related("ratings", "answers")
        .first()
    )


@transaction.atomic
def save_feedback(proposal, user, form):
    """Store a valid form as the member's one feedback: created, or replacing their earlier
    ratings and answers. All or nothing."""
    reason = refusal(proposal, user)
    if reason:
        raise FeedbackRefused(reason)
    # Locks the member's row, so two tabs posting at once save one after the other.
    feedback, created = ConsultationFeedback.objects.select_for_update().get_or_create(
        proposal=proposal, user=user, defaults={"show_name": form.cleaned_data["show_name"]}
    )
    if not created:
        feedback.show_name = form.cleaned_data["show_name"]
        feedback.save(update_fields=["show_name", "updated_at"])
        feedback.ratings.all().delete()
        feedback.answers.all().delete()
    CriterionRating.objects.bulk_create(
        CriterionRating(feedback=feedback, criterion=criterion, score=score)
        for criterion, score in form.ratings().items()
    )
    QuestionAnswer.objects.bulk_create(
        QuestionAnswer(feedback=feedback, question=question, text=text)
        for question, text in form.answers().items()
    )
    return feedback, created


def proposal_context(request, page):
    """What the proposal page shows, fetched here once: the template makes no queries."""
    from .forms import FeedbackForm  # the forms import the models

    user = request.user
    context = {
        "index": page.get_parent().specific,
        "status": page.status,
        "themes": list(page.themes.all()),
        "contexts": list(page.contexts.all()),
        "questions": list(page.questions.all()),
        "attachments": list(page.attachments.select_related("document")),
        "feedback_url": page.url + page.reverse_subpage("feedback"),
        "is_member": is_member(user),
        "feedback_refusal": None,
        "feedback_form": None,
        "my_feedback": None,
        "aggregate": aggregate_for(page) if page.is_closed else None,
        "results_url": None,
    }
    if not page.is_closed and page.can_see_results(user):
        context["results_url"] = page.url + page.reverse_subpage("results")
    if context["is_member"]:
        context["feedback_refusal"] = refusal(page, user)
        context["my_feedback"] = feedback_of(page, user)
        if context["feedback_refusal"] is None:
            context["feedback_form"] = FeedbackForm(
                criteria=asked_criteria(),
                questions=context["questions"],
                feedback=context["my_feedback"],
            )
    return context
