"""Emails to members about their good-practice submissions.

Wagtail's own workflow emails are already limited to admin users by resources.signal_handlers
(its notifiers replace Wagtail's for every workflow); members get these, which link to the
front-end submission form instead of the admin.
"""

from wagtail.signals import workflow_approved, workflow_rejected

from contributions.signal_handlers import email_member, member_submission

from .models import Assessment, GoodPracticePage

EMAILS = "compendium/emails"


def notify_member_of_changes_requested(sender, instance, user=None, **kwargs):
    page, requester = member_submission(instance, GoodPracticePage)
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
    email_member(
        EMAILS,
        "changes_requested",
        page,
        requester,
        comment=comment,
        scores=list(assessment.scores.all()) if assessment else [],
        step_name=task_state.task.name if task_state else "",
        resume_url=resume_url,
    )


def notify_member_of_publication(sender, instance, user=None, **kwargs):
    page, requester = member_submission(instance, GoodPracticePage)
    if page is None:
        return
    page.refresh_from_db()
    email_member(EMAILS, "published", page, requester, page_url=page.url)


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
