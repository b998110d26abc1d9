"""Emails to members about their training proposals.

Members have no admin access, so Wagtail's workflow emails (which link to the admin) do not
reach them (resources.signal_handlers keeps those for admin users); these link to the
front-end form and page instead. Sending goes through resources' ``deliver``, which logs a
mail server failure instead of turning the editor's workflow step into an error page."""

from wagtail.signals import workflow_approved, workflow_rejected

from contributions.signal_handlers import email_member, member_submission

from .models import TrainingProposalPage

EMAILS = "consultations/emails"


def notify_proposer_of_changes_requested(sender, instance, user=None, **kwargs):
    page, requester = member_submission(instance, TrainingProposalPage)
    if page is None:
        return
    task_state = instance.current_task_state
    comment = task_state.get_comment() if task_state else ""
    index = page.get_parent().specific
    edit_url = index.url + index.reverse_subpage("edit_proposal", args=[page.pk])
    email_member(EMAILS, "changes_requested", page, requester, comment=comment, edit_url=edit_url)


def notify_proposer_of_publication(sender, instance, user=None, **kwargs):
    page, requester = member_submission(instance, TrainingProposalPage)
    if page is None:
        return
    page.refresh_from_db()
    email_member(EMAILS, "published", page, requester, page_url=page.url)


def register_signal_handlers():
    from wagtail.models import WorkflowState

    workflow_rejected.connect(
        notify_proposer_of_changes_requested,
        sender=WorkflowState,
        dispatch_uid="consultations_proposal_changes_requested",
    )
    workflow_approved.connect(
        notify_proposer_of_publication,
        sender=WorkflowState,
        dispatch_uid="consultations_proposal_published",
    )
