"""The "Criteria assessment" task: reviewers score every criterion before editorial approval.

Its approve and request-changes actions open the assessment form in the admin; the scores
are stored with the task state they decided.

Nobody assesses or approves their own work (contributions.workflow): the user who submitted
the practice to the workflow and the practice's owner take no action on the task, even when
they are also reviewers. The compendium's "Editorial approval" step is the contributions'
GroupReviewTask, which refuses them too; a host set up before it keeps Wagtail's
GroupApprovalTask there, whose decisions contributions.signal_handlers refuses where they are
saved.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask

from contributions.workflow import OwnWorkExcluded, is_own_work

__all__ = ["CriteriaAssessmentTask", "is_own_work"]


class CriteriaAssessmentTask(OwnWorkExcluded, AbstractGroupApprovalTask):
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

    # Who may decide, where Wagtail asks (actions, editor access, locks, the "awaiting review"
    # lists) comes from OwnWorkExcluded: reviewers open the practice in the admin through
    # the task, not through page permissions, and never their own submission.
    def get_actions(self, obj, user):
        if self.may_decide(obj, user):
            return [
                ("reject", _("Request changes (with assessment)"), True),
                ("approve", _("Approve (with assessment)"), True),
            ]
        return []

    def get_form_for_action(self, action):
        from compendium.forms import AssessmentForm

        return AssessmentForm

    def get_template_for_action(self, action):
        return "compendium/admin/assessment_modal.html"

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        from compendium.assessments import already_decided_url, record_assessment, still_open
        from compendium.forms import AssessmentForm

        workflow_state = task_state.workflow_state
        if not still_open(task_state) and self.may_decide(
            workflow_state.content_object, user, workflow_state
        ):
            # Sent again, or twice at once: Wagtail's view goes where on_action says.
            return already_decided_url()
        self.check_action(task_state, user, action_name)
        # The page editor passes the data collected by the modal back as JSON: check it again.
        form = AssessmentForm(data=AssessmentForm.data_from_cleaned(kwargs))
        if not form.is_valid():
            raise PermissionDenied(form.errors.as_text())
        comment = record_assessment(task_state, user, action_name, form)
        if action_name == "approve":
            task_state.approve(user=user, comment=comment)
        else:
            task_state.reject(user=user, comment=comment)
