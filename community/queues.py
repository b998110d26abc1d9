"""What waits for moderators in the community app (the ``cop_work_queues`` hook): membership
applications, nominations not yet answered with an invitation, subgroup requests."""

from urllib.parse import urlencode

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from contributions.queues import Queue, QueueGroup

from .models import MembershipApplication, Nomination, SubgroupRequest
from .viewsets import INVITE_PERMISSION, REVIEW_PERMISSION, SUBGROUP_PERMISSION


def _listing(model, **filters):
    url = reverse(model.snippet_viewset.get_url_name("list"))
    return f"{url}?{urlencode(filters)}" if filters else url


def membership_queues(user):
    queues = []
    if user.has_perm(REVIEW_PERMISSION):
        count = MembershipApplication.objects.pending().count()
        queues.append(
            Queue(
                _("Membership applications to decide"),
                count,
                _listing(MembershipApplication, status=MembershipApplication.PENDING),
            )
        )
    if user.has_perm(INVITE_PERMISSION):
        count = Nomination.objects.aggregate(n=Count("pk", filter=Q(invited_at=None)))["n"]
        queues.append(Queue(_("Nominations not yet invited"), count, _listing(Nomination)))
    if user.has_perm(SUBGROUP_PERMISSION):
        count = SubgroupRequest.objects.filter(status=SubgroupRequest.PENDING).count()
        queues.append(
            Queue(
                _("Subgroup requests to decide"),
                count,
                _listing(SubgroupRequest, status=SubgroupRequest.PENDING),
            )
        )
    if not queues:
        return None
    return QueueGroup(
        "membership-queues",
        _("Membership: waiting for moderators"),
        queues,
        _("No application, nomination or subgroup request is waiting."),
    )
