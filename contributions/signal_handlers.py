"""Workflow emails for members' drafts.

Members have no admin access, so Wagtail's workflow emails (which link to the admin editor) go
only to people who can use the admin; each content app sends members its own, through
``member_submission`` and ``email_member``, linking to the front-end form. Editors keep
Wagtail's own "submitted for review" email.
"""

import logging

from django.core.mail import send_mail
from django.template.loader import render_to_string
from wagtail.admin.mail import (
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
)
from wagtail.signals import workflow_approved, workflow_rejected

from . import conf

logger = logging.getLogger(__name__)


def can_use_admin(user):
    return user.has_perm("wagtailadmin.access_admin")


class AdminUsersOnly:
    def get_recipient_users(self, workflow_state, **kwargs):
        return {
            user
            for user in super().get_recipient_users(workflow_state, **kwargs)
            if can_use_admin(user)
        }


class AdminOnlyApprovalNotifier(AdminUsersOnly, WorkflowStateApprovalEmailNotifier):
    pass


class AdminOnlyRejectionNotifier(AdminUsersOnly, WorkflowStateRejectionEmailNotifier):
    pass


# Wagtail connects its notifiers under these ids. Disconnecting first and connecting ours with
# the same ids replaces them whichever app is ready first (a later connect with a taken id is
# ignored by Django).
WAGTAIL_NOTIFIERS = [
    (workflow_approved, "workflow_state_approved_email_notification", AdminOnlyApprovalNotifier()),
    (
        workflow_rejected,
        "workflow_state_rejected_email_notification",
        AdminOnlyRejectionNotifier(),
    ),
]


def member_submission(workflow_state, page_type):
    """The submitted page (specific) and the member who submitted it, when the page is a
    ``page_type`` and the submitter is a member without admin access who can receive mail;
    ``(None, None)`` otherwise."""
    page = workflow_state.content_object
    specific = page.specific if page is not None else None
    requester = workflow_state.requested_by
    if not isinstance(specific, page_type) or requester is None or can_use_admin(requester):
        return None, None
    if not requester.email or not requester.is_active:
        return None, None
    return specific, requester


def email_member(templates, template, page, requester, **context):
    """Render ``<templates>/<template>_subject.txt`` and ``<templates>/<template>.txt`` about
    ``page`` and send them to the member who submitted it."""
    context = {
        "page": page,
        "member": requester,
        "base_url": conf.setting("WAGTAILADMIN_BASE_URL").rstrip("/"),
        **context,
    }
    subject = render_to_string(f"{templates}/{template}_subject.txt", context).strip()
    body = render_to_string(f"{templates}/{template}.txt", context)
    deliver(subject, body, requester.email)


def deliver(subject, body, to):
    """A mail server that is down or refuses the message is logged: the workflow step is
    taken all the same, never turned into an error page for the editor."""
    try:
        send_mail(subject, body, None, [to])
    except Exception:  # refused connections, timeouts, SMTP errors
        logger.exception("Could not send %r to %s", subject, to)
        return False
    return True


def register_signal_handlers():
    from wagtail.models import WorkflowState

    for signal, dispatch_uid, notifier in WAGTAIL_NOTIFIERS:
        signal.disconnect(sender=WorkflowState, dispatch_uid=dispatch_uid)
        signal.connect(notifier, sender=WorkflowState, dispatch_uid=dispatch_uid)
