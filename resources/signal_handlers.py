"""Emails to members about their contributions, linking to the front-end form (Wagtail's own
workflow emails reach only admin users: see contributions.signal_handlers)."""

from wagtail.signals import workflow_approved, workflow_rejected

from contributions.signal_handlers import email_member, member_submission

from .models import ResourcePage

EMAILS = "resources/emails"


def notify_member_of_changes_requested(sender, instance, user=None, **kwargs):
    page, requester = member_submission(instance, ResourcePage)
    if page is None:
        return
    task_state = instance.current_task_state
    comment = task_state.get_comment() if task_state else ""
    index = page.get_parent().specific
    edit_url = index.url + index.reverse_subpage("edit_contribution", args=[page.pk])
    context = {"comment": comment, "edit_url": edit_url, "editor": user}
    email_member(EMAILS, "changes_requested", page, requester, **context)


def notify_member_of_publication(sender, instance, user=None, **kwargs):
    page, requester = member_submission(instance, ResourcePage)
    if page is None:
        return
    page.refresh_from_db()
    email_member(EMAILS, "published", page, requester, page_url=page.url)


def register_signal_handlers():
    from wagtail.models import WorkflowState

    workflow_rejected.connect(
        notify_member_of_changes_requested,
        sender=WorkflowState,
        dispatch_uid="resources_contribution_changes_requested",
    )
    workflow_approved.connect(
        notify_member_of_publication,
        sender=WorkflowState,
        dispatch_uid="resources_contribution_published",
    )
