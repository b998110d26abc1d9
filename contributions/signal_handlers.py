"""Workflow emails for members' drafts, and no decision on one's own work.

Members have no admin access, so Wagtail's workflow emails (which link to the admin editor) go
only to people who can use the admin; each content app sends members its own, through
``member_submission`` and ``email_member``, linking to the front-end form. Editors keep
Wagtail's own "submitted for review" email.

Nobody approves or rejects their own work in any workflow: the review tasks refuse it
(contributions.workflow.OwnWorkExcluded), and ``refuse_decisions_on_own_work`` refuses it
where a decision is saved, for tasks whose actions we cannot change (Wagtail's
GroupApprovalTask, which hosts set up before GroupReviewTask keep, or a site's own).
"""

import logging

from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db.models.signals import pre_save
from django.utils.translation import gettext as _
from wagtail.admin.mail import (
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
)
from wagtail.signals import workflow_approved, workflow_rejected

from . import addresses
from .mail import compose, render_subject  # noqa: F401 (render_subject: still imported from here)

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
    ``page`` and send them to the member who submitted it, in the member's language."""
    context = {
        "page": page,
        "member": requester,
        "base_url": addresses.root_url(site=page.get_site()),
        **context,
    }
    deliver(compose(f"{templates}/{template}", requester.email, requester, context))


def deliver(message):
    """A mail server that is down or refuses the message is logged: the workflow step is
    taken all the same, never turned into an error page for the editor."""
    try:
        message.send()
    except Exception:  # refused connections, timeouts, SMTP errors
        logger.exception("Could not send %r to %s", message.subject, message.to)
        return False
    return True


def refuse_decisions_on_own_work(sender, instance, raw=False, **kwargs):
    """Whatever the task and whatever the admin path, a decision (approve or reject) on a
    task state is saved through TaskState.approve()/reject(): refuse it when it is taken by
    the object's submitter (who started its workflow) or, for a page or any object with an
    owner, its owner. Both run in a transaction (as Task.on_action() does), so nothing of the
    refused decision stays."""
    from wagtail.models import TaskState

    decided = (TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED)
    if (
        raw
        or not isinstance(instance, TaskState)
        or instance.status not in decided
        or instance.finished_by_id is None
    ):
        return
    if (
        instance.pk
        and not TaskState.objects.filter(
            pk=instance.pk, status=TaskState.STATUS_IN_PROGRESS
        ).exists()
    ):
        return  # not being decided now
    workflow_state = instance.workflow_state
    if instance.finished_by_id == workflow_state.requested_by_id:
        raise PermissionDenied(_("Nobody decides on work they submitted."))
    model = workflow_state.base_content_type.model_class()
    try:
        owner = model._meta.get_field("owner") if model is not None else None
    except FieldDoesNotExist:
        owner = None
    if owner is None or not owner.many_to_one:
        return
    owner_id = (
        model._default_manager.filter(pk=workflow_state.object_id)
        .values_list(owner.attname, flat=True)
        .first()
    )
    if owner_id is not None and instance.finished_by_id == owner_id:
        raise PermissionDenied(_("Nobody decides on their own work."))


def register_signal_handlers():
    from wagtail.models import WorkflowState

    for signal, dispatch_uid, notifier in WAGTAIL_NOTIFIERS:
        signal.disconnect(sender=WorkflowState, dispatch_uid=dispatch_uid)
        signal.connect(notifier, sender=WorkflowState, dispatch_uid=dispatch_uid)
    # No sender: a task's own TaskState subclass (Task.task_state_class) is checked too.
    pre_save.connect(refuse_decisions_on_own_work, dispatch_uid="contributions_no_own_decision")
