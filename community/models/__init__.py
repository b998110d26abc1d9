from .dialogues import (
    DialogueContribution,
    DialogueEventPage,
    DialogueIndexPage,
    DialogueRegistration,
)
from .membership import MembershipApplication, MembershipApplicationQuerySet, Nomination
from .profiles import ORGANISATION_TYPES, MemberProfile, MemberProfileQuerySet
from .questions import Answer, QuestionIndexPage, QuestionPage
from .subgroups import SubgroupIndexPage, SubgroupMembership, SubgroupPage, SubgroupRequest

__all__ = [
    "ORGANISATION_TYPES",
    "Answer",
    "DialogueContribution",
    "DialogueEventPage",
    "DialogueIndexPage",
    "DialogueRegistration",
    "MemberProfile",
    "MemberProfileQuerySet",
    "MembershipApplication",
    "MembershipApplicationQuerySet",
    "Nomination",
    "QuestionIndexPage",
    "QuestionPage",
    "SubgroupIndexPage",
    "SubgroupMembership",
    "SubgroupPage",
    "SubgroupRequest",
]
