from .entries import (
    ExpertPage,
    InstitutionPage,
    LibraryEntryPage,
    LibraryEntryQuerySet,
    LibraryEntryTag,
    ResourcePage,
    TrainingPage,
)
from .feedback import ResourceFeedback, ResourceFeedbackQuerySet
from .index import ResourceIndexPage

__all__ = [
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
]
