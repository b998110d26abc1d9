"""Members' ratings of library entries: one per member and entry, which they can change."""

from .models import ResourceFeedback


def rate(*, entry, user, rating, comment):
    """Keep the member's rating and comment of ``entry``, replacing the ones they gave before.
    ``update_or_create`` survives two posts at once (a double click): the insert that loses
    the race on the one-per-member constraint fails in its savepoint and becomes an update of
    the row the other one made. A comment a moderator hid stays hidden."""
    feedback, _created = ResourceFeedback.objects.update_or_create(
        entry=entry, user=user, defaults={"rating": rating, "comment": comment}
    )
    return feedback
