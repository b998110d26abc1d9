from .images import CoverImageMixin
from .tasks import GroupReviewTask

__all__ = ["CoverImageMixin", "GroupReviewTask"]
