"""What waits for editors in consultations (the ``cop_work_queues`` hook): training proposals
on the tasks of "Editorial review" that the user decides on."""

from django.utils.translation import gettext as _

from contributions.drafts import EDITORIAL_WORKFLOW
from contributions.queues import QueueGroup, task_queues

from .models import TrainingProposalPage


def _proposals_at(task_name):
    return _("Training proposals waiting for “%(task)s”") % {"task": task_name}


def consultation_queues(user):
    queues = task_queues(user, EDITORIAL_WORKFLOW, [TrainingProposalPage], _proposals_at)
    if not queues:
        return None
    return QueueGroup(
        "consultation-queues",
        _("Consultations: proposals to review"),
        queues,
        _("No training proposal is waiting for review."),
    )
