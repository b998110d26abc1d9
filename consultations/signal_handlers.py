"""Emails to members about their training proposals.

Members have no admin access, so Wagtail's workflow emails (which link to the admin) do not
reach them (resources.signal_handlers keeps those for admin users); these link to the
front-end form and page instead. Sending goes through resources' ``deliver``, which logs a
mail server failure instead of turning the editor's workflow step into an error page."""

from django.conf import settings
from django.template.loader import render_to_string
from wagtail.signals import workflow_approved, workflow_rejected

from resources.signal_handlers import can_use_admin, deliver

from .models import TrainingProposalPage


def _proposal(workflow_state):
    page = workflow_state.content_object
    specific = page.specific if page is not None else None
    requester = workflow_state.requested_by
    if not isinstance(specific, TrainingProposalPage) or requester is None:
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
    subject = render_to_string(f"consultations/emails/{template}_subject.txt", context).strip()
    body = render_to_string(f"consultations/emails/{template}.txt", context)
    deliver(subject, body, requester.email)


def notify_proposer_of_changes_requested(sender, instance, user=None, **kwargs):
    page, requester = _proposal(instance)
    if page is None:
        return
    task_state = instance.current_task_state
    comment = task_state.get_comment() if task_state else ""
    index = page.get_parent().specific
    edit_url = index.url + index.reverse_subpage("edit_proposal", args=[page.pk])
    _send("changes_requested", page, requester, comment=comment, edit_url=edit_url)


def notify_proposer_of_publication(sender, instance, user=None, **kwargs):
    page, requester = _proposal(instance)
    if page is None:
        return
    page.refresh_from_db()
    _send("published", page, requester, page_url=page.url)


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
