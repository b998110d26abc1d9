"""The "Criteria assessment" task: reviewers score every criterion before editorial approval.

Its approve and request-changes actions open the assessment form in the admin; the scores
are stored with the task state they decided.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask


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

    def get_actions(self, obj, user):
        if user.is_superuser or self._user_in_groups(user):
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
        from compendium.assessments import record_assessment
        from compendium.forms import AssessmentForm

        page = task_state.workflow_state.content_object
        if action_name not in {name for name, *_rest in self.get_actions(page, user)}:
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
