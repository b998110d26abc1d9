from .membership import MembershipApplication, MembershipApplicationQuerySet, Nomination
from .profiles import ORGANISATION_TYPES, MemberProfile, MemberProfileQuerySet

__all__ = [
    "ORGANISATION_TYPES",
    "MemberProfile",
    "MemberProfileQuerySet",
    "MembershipApplication",
    "MembershipApplicationQuerySet",
    "Nomination",
]
