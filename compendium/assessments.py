"""Storing a reviewer's criteria assessment (called from the task's on_action)."""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.models import TaskState

from .models import Assessment, CriterionScore
from .models.workflow import is_own_work


def still_open(task_state):
    """Whether the task state is still in progress, read with its row locked until the
    transaction ends: of two decisions posted at once (a double click, two reviewers), the
    second waits for the first and finds the task decided. Call it inside the transaction."""
    task_state.status = (
        TaskState.objects.select_for_update()
        .values_list("status", flat=True)
        .get(pk=task_state.pk)
    )
    return task_state.status == TaskState.STATUS_IN_PROGRESS


def already_decided_url():
    """Where a decision on a task already decided goes: the dashboard, told so."""
    return reverse("compendium_already_decided")


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
