"""The review task members' drafts go through: Wagtail's group approval, except that nobody
approves their own work (see contributions.workflow)."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask

from ..workflow import OwnWorkExcluded


class GroupReviewTask(OwnWorkExcluded, AbstractGroupApprovalTask):
    """Wagtail's GroupApprovalTask (its groups, admin form and action modal), whose actions
    are not offered to the object's owner or submitter."""

    class Meta:
        verbose_name = _("Group approval (not one's own work)")
        verbose_name_plural = _("Group approvals (not one's own work)")

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve or request changes, except on what they "
            "submitted or own"
        )
