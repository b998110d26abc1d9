"""Emails to members about their good-practice submissions.

Wagtail's own workflow emails are already limited to admin users by resources.signal_handlers
(its notifiers replace Wagtail's for every workflow); members get these, which link to the
front-end submission form instead of the admin.
"""

from django.conf import settings
from django.template.loader import render_to_string
from wagtail.signals import workflow_approved, workflow_rejected

from resources.signal_handlers import can_use_admin, deliver

from .models import Assessment, GoodPracticePage


def _submission(workflow_state):
    page = workflow_state.content_object
    specific = page.specific if page is not None else None
    requester = workflow_state.requested_by
    if not isinstance(specific, GoodPracticePage) or requester is None:
        return None, None
    if can_use_admin(requester) or not requester.email or not requester.is_active:
        return None, None
    return specific, requester


def _send(template, page, requester, **context):
    context = {
        "page": page,
        "member": requester,
        "base_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
        **context,
    }
    subject = render_to_string(f"compendium/emails/{template}_subject.txt", context).strip()
    body = render_to_string(f"compendium/emails/{template}.txt", context)
    deliver(subject, body, requester.email)


def notify_member_of_changes_requested(sender, instance, user=None, **kwargs):
    page, requester = _submission(instance)
    if page is None:
        return
    task_state = instance.current_task_state
    comment = task_state.get_comment() if task_state else ""
    assessment = (
        Assessment.objects.filter(task_state=task_state)
        .prefetch_related("scores__criterion")
        .first()
        if task_state
        else None
    )
    index = page.get_parent().specific
    resume_url = index.url + index.reverse_subpage("submission_step", args=[page.pk, "basics"])
    _send(
        "changes_requested",
        page,
        requester,
        comment=comment,
        scores=list(assessment.scores.all()) if assessment else [],
        step_name=task_state.task.name if task_state else "",
        resume_url=resume_url,
    )


def notify_member_of_publication(sender, instance, user=None, **kwargs):
    page, requester = _submission(instance)
    if page is None:
        return
    page.refresh_from_db()
    _send("published", page, requester, page_url=page.url)


def register_signal_handlers():
    from wagtail.models import WorkflowState

    workflow_rejected.connect(
        notify_member_of_changes_requested,
        sender=WorkflowState,
        dispatch_uid="compendium_submission_changes_requested",
    )
    workflow_approved.connect(
        notify_member_of_publication,
        sender=WorkflowState,
        dispatch_uid="compendium_submission_published",
    )
