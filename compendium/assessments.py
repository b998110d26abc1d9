"""Storing a reviewer's criteria assessment (called from the task's on_action)."""

from django.core.exceptions import PermissionDenied

from .models import Assessment, CriterionScore
from .models.workflow import is_own_work


def record_assessment(task_state, user, action_name, form):
    """Store a valid AssessmentForm's assessment and scores; return the comment for the
    workflow history. Nobody assesses a practice they submitted or own."""
    page = task_state.workflow_state.content_object.specific
    if is_own_work(page, user, task_state.workflow_state):
        raise PermissionDenied
    assessment = Assessment.objects.create(
        page=page,
        task_state=task_state,
        reviewer=user,
        action=action_name,
        recommendation=form.cleaned_data["recommendation"],
        comment=form.cleaned_data.get("comment", ""),
    )
    CriterionScore.objects.bulk_create(
        CriterionScore(assessment=assessment, **score) for score in form.scores()
    )
    return assessment.comment or str(assessment.get_recommendation_display())
