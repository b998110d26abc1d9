from .tasks import GroupReviewTask

__all__ = ["GroupReviewTask"]
