from .entries import (
    EARLIEST_YEAR,
    ExpertPage,
    InstitutionPage,
    LibraryEntryPage,
    LibraryEntryQuerySet,
    LibraryEntryTag,
    ResourcePage,
    TrainingPage,
    latest_allowed_year,
    validate_year,
)
from .feedback import ResourceFeedback, ResourceFeedbackQuerySet
from .index import ResourceIndexPage

__all__ = [
    "EARLIEST_YEAR",
    "ExpertPage",
    "InstitutionPage",
    "LibraryEntryPage",
    "LibraryEntryQuerySet",
    "LibraryEntryTag",
    "ResourceFeedback",
    "ResourceFeedbackQuerySet",
    "ResourceIndexPage",
    "ResourcePage",
    "TrainingPage",
    "latest_allowed_year",
    "validate_year",
]
