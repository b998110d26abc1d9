"""The "Criteria assessment" task: reviewers score every criterion before editorial approval.

Its approve and request-changes actions open the assessment form in the admin; the scores
are stored with the task state they decided.

Nobody assesses or approves their own work: the user who submitted the practice to the
workflow and the practice's owner take no action on the task, even when they are also
reviewers. The compendium's "Editorial approval" step is Wagtail's GroupApprovalTask, whose
actions we cannot change: refuse_decisions_on_own_practice() stops its decision on a practice
where every task's decision is saved.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import CharField
from django.db.models.functions import Cast
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Page, TaskState


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


class CriteriaAssessmentTask(AbstractGroupApprovalTask):
    """Group approval whose actions take a criteria assessment (see compendium.forms)."""

    class Meta:
        verbose_name = _("Criteria assessment task")
        verbose_name_plural = _("Criteria assessment tasks")

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups score the good practice against every criterion "
            "and recommend approval or changes"
        )

    def _may_assess(self, obj, user, workflow_state=None):
        return (user.is_superuser or self._user_in_groups(user)) and not is_own_work(
            obj, user, workflow_state
        )

    # Wagtail asks get_actions() in the workflow action view (the assessment modal, GET and
    # POST), in the page editor's "workflow action" and in the modal that collects its data.
    def get_actions(self, obj, user):
        if self._may_assess(obj, user):
            return [
                ("reject", _("Request changes (with assessment)"), True),
                ("approve", _("Approve (with assessment)"), True),
            ]
        return []

    # Reviewers open the practice in the admin through the task, not through page
    # permissions: not their own submission.
    def user_can_access_editor(self, obj, user):
        return self._may_assess(obj, user)

    def locked_for_user(self, obj, user):
        return not self._may_assess(obj, user)

    def user_can_lock(self, obj, user):
        return self._may_assess(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        owned = (
            Page.objects.filter(owner=user)
            .annotate(pk_text=Cast("pk", output_field=CharField()))
            .values("pk_text")
        )
        return states.exclude(workflow_state__requested_by=user).exclude(
            workflow_state__object_id__in=owned
        )

    def get_form_for_action(self, action):
        from compendium.forms import AssessmentForm

        return AssessmentForm

    def get_template_for_action(self, action):
        return "compendium/admin/assessment_modal.html"

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        from compendium.assessments import record_assessment
        from compendium.forms import AssessmentForm

        # Wagtail's workflow action view takes the task state from the address without tying
        # it to the page in the address: decide on the task state's own workflow and page.
        workflow_state = task_state.workflow_state
        page = workflow_state.content_object
        if (
            task_state.status != TaskState.STATUS_IN_PROGRESS
            or not self._may_assess(page, user, workflow_state)
            or action_name not in {name for name, *_rest in self.get_actions(page, user)}
        ):
            raise PermissionDenied
        # The page editor passes the data collected by the modal back as JSON: check it again.
        form = AssessmentForm(data=AssessmentForm.data_from_cleaned(kwargs))
        if not form.is_valid():
            raise PermissionDenied(form.errors.as_text())
        comment = record_assessment(task_state, user, action_name, form)
        if action_name == "approve":
            task_state.approve(user=user, comment=comment)
        else:
            task_state.reject(user=user, comment=comment)


@receiver(pre_save, sender=TaskState, dispatch_uid="compendium_no_decision_on_own_practice")
def refuse_decisions_on_own_practice(sender, instance, raw=False, **kwargs):
    """Whatever the task (Wagtail's GroupApprovalTask too) and whatever the admin path, a
    decision on a good practice's task is saved through TaskState.approve()/reject(): refuse
    it when it is taken by the practice's submitter or owner. Task.on_action() is atomic, so
    nothing of the refused decision stays."""
    from .practices import GoodPracticePage

    decided = (TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED)
    if raw or instance.status not in decided or instance.finished_by_id is None:
        return
    if (
        instance.pk
        and not TaskState.objects.filter(
            pk=instance.pk, status=TaskState.STATUS_IN_PROGRESS
        ).exists()
    ):
        return  # not being decided now
    workflow_state = instance.workflow_state
    if workflow_state.content_type_id != ContentType.objects.get_for_model(GoodPracticePage).pk:
        return
    owner_id = (
        GoodPracticePage.objects.filter(pk=workflow_state.object_id)
        .values_list("owner_id", flat=True)
        .first()
    )
    if instance.finished_by_id in {owner_id, workflow_state.requested_by_id}:
        raise PermissionDenied("Nobody decides on their own good practice.")
