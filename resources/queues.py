"""What waits for editors in the library (the ``cop_work_queues`` hook): library entries on
the tasks of "Editorial review" that the user decides on."""

from django.utils.translation import gettext as _

from contributions.drafts import EDITORIAL_WORKFLOW
from contributions.queues import QueueGroup, task_queues

from .models import ExpertPage, InstitutionPage, ResourcePage, TrainingPage


def _entries_at(task_name):
    return _("Library contributions waiting for “%(task)s”") % {"task": task_name}


def library_queues(user):
    models = [ResourcePage, InstitutionPage, TrainingPage, ExpertPage]
    queues = task_queues(user, EDITORIAL_WORKFLOW, models, _entries_at)
    if not queues:
        return None
    return QueueGroup(
        "library-queues",
        _("Library: contributions to review"),
        queues,
        _("No contribution to the library is waiting for review."),
    )
