"""The consultations section of members' email digests (the ``cop_digest_sections`` hook)."""

from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from contributions.roles import is_member

from .models import TrainingProposalPage


def digest_sections(user, since, until):
    """Consultations open now that opened, or were published, in (since, until]."""
    if user is None or not is_member(user):
        return []
    now = timezone.now()
    proposals = (
        TrainingProposalPage.objects.live()
        .public()
        .open_at(now)
        .filter(
            Q(opens_at__gt=since, opens_at__lte=until)
            | Q(first_published_at__gt=since, first_published_at__lte=until)
        )
        .order_by("closes_at", "pk")
    )
    items = []
    for proposal in proposals:
        closes = timezone.localtime(proposal.closes_at, proposal.zone)
        items.append(
            {
                "key": f"consultation:{proposal.pk}",
                "title": proposal.title,
                "url": proposal.full_url or proposal.url or "",
                "summary": _("%(summary)s Feedback closes on %(when)s (%(zone)s).")
                % {
                    "summary": proposal.summary,
                    "when": formats.date_format(closes, "DATETIME_FORMAT"),
                    "zone": proposal.time_zone,
                },
            }
        )
    if not items:
        return []
    return [{"title": _("Training proposals open for your feedback"), "items": items}]
