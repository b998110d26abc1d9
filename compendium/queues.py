"""What waits for reviewers and moderators in the compendium (the ``cop_work_queues`` hook):
good practices on the tasks of "Good practice review" that the user decides on (reviewers:
the criteria assessment; moderators: the final approval), and criterion proposals."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _

from contributions.queues import Queue, QueueGroup, task_queues

from .models import CriterionProposal, GoodPracticePage
from .submissions import REVIEW_WORKFLOW

PROPOSAL_PERMISSION = "copcompendium.change_criterionproposal"


def _practices_at(task_name):
    return _("Good practices waiting for “%(task)s”") % {"task": task_name}


def compendium_queues(user):
    queues = task_queues(user, REVIEW_WORKFLOW, [GoodPracticePage], _practices_at)
    if user.has_perm(PROPOSAL_PERMISSION):
        count = CriterionProposal.objects.filter(status=CriterionProposal.STATUS_PENDING).count()
        url = reverse("compendium_criterion_proposals:index")
        query = urlencode({"status": CriterionProposal.STATUS_PENDING})
        queues.append(Queue(_("Criterion proposals to decide"), count, f"{url}?{query}"))
    if not queues:
        return None
    return QueueGroup(
        "compendium-queues",
        _("Compendium of good practices"),
        queues,
        _("No good practice or criterion proposal is waiting for you."),
    )
