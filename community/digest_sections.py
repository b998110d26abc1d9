"""The community's part of members' digests (the ``cop_digest_sections`` hook): upcoming
dialogues of the subgroups the member belongs to, published or changed in the period."""

from django.utils import formats
from django.utils.translation import gettext as _


def dialogues_section(user, since, until):
    from .models import DialogueEventPage, SubgroupMembership

    dialogues = list(
        DialogueEventPage.objects.live()
        .public()
        .filter(
            subgroup__in=SubgroupMembership.objects.filter(user=user).values("subgroup"),
            start__gt=until,
            last_published_at__gt=since,
            last_published_at__lte=until,
        )
        .select_related("subgroup")
        .order_by("start")
    )
    if not dialogues:
        return []
    return [
        {
            "title": _("Upcoming dialogues in your subgroups"),
            "items": [
                {
                    "key": f"dialogue:{dialogue.pk}",
                    "title": dialogue.title,
                    "url": dialogue.url or "/",
                    "summary": _("%(when)s (%(zone)s), %(subgroup)s. %(topic)s")
                    % {
                        "when": formats.date_format(dialogue.local_start, "DATETIME_FORMAT"),
                        "zone": dialogue.time_zone,
                        "subgroup": dialogue.subgroup.title,
                        "topic": dialogue.summary_text,
                    },
                }
                for dialogue in dialogues
            ],
        }
    ]
