from .assessment import MAX_SCORE, SCORE_LABELS, Assessment, CriterionScore
from .criteria import Criterion, CriterionProposal
from .index import CompendiumIndexPage
from .practices import (
    ORGANISATION_TYPES,
    SECTION_FIELDS,
    SECTIONS,
    GoodPracticeAttachment,
    GoodPracticePage,
)
from .workflow import CriteriaAssessmentTask

__all__ = [
    "MAX_SCORE",
    "ORGANISATION_TYPES",
    "SCORE_LABELS",
    "SECTIONS",
    "SECTION_FIELDS",
    "Assessment",
    "CompendiumIndexPage",
    "CriteriaAssessmentTask",
    "Criterion",
    "CriterionProposal",
    "CriterionScore",
    "GoodPracticeAttachment",
    "GoodPracticePage",
]
