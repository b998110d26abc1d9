"""Nobody assesses or approves their own work, in any workflow.

The user who submitted an object to its workflow and the object's owner take no action on its
tasks, even when they are also in the task's groups. ``OwnWorkExcluded`` says so to Wagtail
through a group approval task's hooks (``contributions.models.GroupReviewTask`` and the
compendium's ``CriteriaAssessmentTask`` use it). Tasks whose actions we cannot change, such as
Wagtail's own GroupApprovalTask, are guarded where their decisions are saved:
``contributions.signal_handlers.refuse_decisions_on_own_work``.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from wagtail.models import Page, TaskState


def is_own_work(obj, user, workflow_state=None):
    """Whether ``user`` submitted ``obj`` to its workflow (``workflow_state``, by default the
    current one) or owns it: such a user may not decide on its tasks."""
    if user is None or not user.is_authenticated:
        return False
    if getattr(obj, "owner_id", None) == user.pk:
        return True
    if workflow_state is None:
        workflow_state = getattr(obj, "current_workflow_state", None)
    return workflow_state is not None and workflow_state.requested_by_id == user.pk


class OwnWorkExcluded:
    """For subclasses of Wagtail's ``AbstractGroupApprovalTask`` (put it first among the
    bases): the task's groups decide, except on their own work.

    Wagtail asks ``get_actions()`` in the workflow action view (GET and POST, modal or not),
    in the page editor's "workflow action" and in the modal that collects its data; the task
    does not open the editor for them, locks the object against their edits and leaves it
    out of their "awaiting review" lists. ``on_action()`` checks again, on the task state's
    own workflow and object (Wagtail's action view takes the task state from the address
    without tying it to the object in the address).
    """

    def may_decide(self, obj, user, workflow_state=None):
        return (user.is_superuser or self._user_in_groups(user)) and not is_own_work(
            obj, user, workflow_state
        )

    def get_actions(self, obj, user):
        if is_own_work(obj, user):
            return []
        return super().get_actions(obj, user)

    def user_can_access_editor(self, obj, user):
        return self.may_decide(obj, user)

    def locked_for_user(self, obj, user):
        return not self.may_decide(obj, user)

    def user_can_lock(self, obj, user):
        return self.may_decide(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        owned_pages = (
            Page.objects.filter(owner=user)
            .annotate(pk_text=Cast("pk", output_field=CharField()))
            .values("pk_text")
        )
        return states.exclude(workflow_state__requested_by=user).exclude(
            Q(workflow_state__base_content_type=Page.get_base_content_type(Page))
            & Q(workflow_state__object_id__in=owned_pages)
        )

    def check_action(self, task_state, user, action_name):
        """Refuse (PermissionDenied) a decision on a task state that is not in progress, by
        someone not in the task's groups or on their own work, or an action the task does not
        offer them."""
        workflow_state = task_state.workflow_state
        obj = workflow_state.content_object
        if (
            task_state.status != TaskState.STATUS_IN_PROGRESS
            or not self.may_decide(obj, user, workflow_state)
            or action_name not in {name for name, *_rest in self.get_actions(obj, user)}
        ):
            raise PermissionDenied

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        self.check_action(task_state, user, action_name)
        return super().on_action(task_state, user, action_name, **kwargs)
