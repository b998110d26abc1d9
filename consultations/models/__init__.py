from .criteria import QualityCriterion, QualityCriterionQuerySet
from .feedback import (
    HIGHEST,
    LOWEST,
    ConsultationFeedback,
    CriterionRating,
    QuestionAnswer,
    aggregate_for,
)
from .pages import (
    CLOSED,
    OPEN,
    UPCOMING,
    ConsultationIndexPage,
    ProposalAttachment,
    ProposalQuerySet,
    ProposalQuestion,
    TrainingProposalPage,
)

__all__ = [
    "CLOSED",
    "HIGHEST",
    "LOWEST",
    "OPEN",
    "UPCOMING",
    "ConsultationFeedback",
    "ConsultationIndexPage",
    "CriterionRating",
    "ProposalAttachment",
    "ProposalQuerySet",
    "ProposalQuestion",
    "QualityCriterion",
    "QualityCriterionQuerySet",
    "QuestionAnswer",
    "TrainingProposalPage",
    "aggregate_for",
]
