from .dialogues import (
    DialogueContribution,
    DialogueEventPage,
    DialogueIndexPage,
    DialogueRegistration,
)
from .membership import MembershipApplication, MembershipApplicationQuerySet, Nomination
from .profiles import ORGANISATION_TYPES, MemberProfile, MemberProfileQuerySet
from .subgroups import SubgroupIndexPage, SubgroupMembership, SubgroupPage, SubgroupRequest

__all__ = [
    "ORGANISATION_TYPES",
    "DialogueContribution",
    "DialogueEventPage",
    "DialogueIndexPage",
    "DialogueRegistration",
    "MemberProfile",
    "MemberProfileQuerySet",
    "MembershipApplication",
    "MembershipApplicationQuerySet",
    "Nomination",
    "SubgroupIndexPage",
    "SubgroupMembership",
    "SubgroupPage",
    "SubgroupRequest",
]
