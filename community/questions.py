"""Members' questions: what asking one does, beside the view."""

import datetime

from django.db import transaction
from django.utils import timezone

from contributions.drafts import add_child_page, lock_parent

from .models import QuestionPage

# How long the same question from the same member counts as posted again (a double click, a
# resent form) rather than asked anew.
DUPLICATE_WINDOW = datetime.timedelta(minutes=10)


def recent_duplicate(index, user, title, body):
    """The live question ``user`` asked under ``index`` in the last ten minutes with this
    title and body, or None."""
    return (
        QuestionPage.objects.child_of(index)
        .live()
        .filter(
            asked_by=user,
            title=title,
            body=body,
            first_published_at__gte=timezone.now() - DUPLICATE_WINDOW,
        )
        .order_by("-first_published_at")
        .first()
    )


def ask(*, index, user, data):
    """Publish a member's question (``data``: a valid QuestionForm's cleaned data), unless
    they have just asked it: ``(question, asked_now)``. Both happen with the questions page
    locked, so a double click publishes one question and different questions asked at the same
    moment each get an address of their own."""
    with transaction.atomic():
        lock_parent(index)
        asked = recent_duplicate(index, user, data["title"], data["body"])
        if asked is not None:
            return asked, False
        question = QuestionPage(title=data["title"], body=data["body"], asked_by=user, owner=user)
        add_child_page(index, question, fallback="question")
        question.themes.set(data["themes"])
        question.save()
        # Members' questions go live at once (published by the site, as members have no page
        # permissions); moderators can unpublish them in the admin.
        question.save_revision(user=user).publish()
    return question, True
