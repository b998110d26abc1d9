"""Member submissions of good practices, step by step.

The saved state of a submission is the draft GoodPracticePage itself: created on the first
save, owned by the member, not live, and in no workflow until it is submitted. Each step is a
small function; each runs in one transaction, so a failure leaves nothing half-saved.
"""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from contributions.drafts import (
    DraftError,
    add_child_page,
    latest_draft,
    save_draft,
    submit,
    workflow_named,
)
from contributions.drafts import status_of as draft_status
from contributions.uploads import atomic_with_uploads, store_document, store_image

from .models import SECTIONS, GoodPracticeAttachment, GoodPracticePage

REVIEW_WORKFLOW = "Good practice review"
ASSESSMENT_TASK = "Criteria assessment"
EDITORIAL_TASK = "Editorial approval by Moderators"

STEPS = [
    ("basics", _("Basics and taxonomies")),
    ("description", _("Description")),
    ("evidence", _("Evidence and attachments")),
    ("review", _("Review and submit")),
]
STEP_NAMES = [name for name, _label in STEPS]

# Where each required item is entered, for the "missing" list at submission.
STEP_OF_FIELD = {
    "summary": "basics",
    "year": "basics",
    "themes": "basics",
    "background": "description",
    "objectives": "description",
    "target_group": "description",
    "approach": "description",
    "contact": "description",
    "results": "evidence",
    "lessons_learned": "evidence",
}


SubmissionError = DraftError


def _review_step(task_state):
    if task_state is not None and task_state.task_id and task_state.task.name == EDITORIAL_TASK:
        return _("In editorial approval")
    return _("In criteria assessment")


def status_of(page, *workflow_state):
    """Where a submission stands (``contributions.drafts.status_of``, naming the review step)."""
    return draft_status(page, *workflow_state, in_review=_review_step)


def submissions_of(user):
    return GoodPracticePage.objects.filter(owner=user)


def review_workflow():
    return workflow_named(REVIEW_WORKFLOW)


RELATIONS = ("themes", "contexts", "regions", "languages")


def _apply(page, data):
    for name, value in data.items():
        if name in RELATIONS:
            getattr(page, name).set(value)
        elif name == "title":
            page.title = value
            page.draft_title = value
        elif name == "image_alt":
            page.cover_image_alt = value or ""
        elif name in {"attachment", "attachment_title", "remove_attachments", "image"}:
            continue
        else:
            setattr(page, name, "" if value is None and name != "year" else value)


def _apply_attachments(page, data, user):
    remove = set(data.get("remove_attachments") or [])
    if remove:
        kept = [item for index, item in enumerate(page.attachments.all()) if index not in remove]
        page.attachments = kept
    upload = data.get("attachment")
    if upload:
        title = data.get("attachment_title") or upload.name
        document = store_document(upload, title, user)
        page.attachments.add(GoodPracticeAttachment(document=document, title=title))
    if data.get("image"):
        page.cover_image = store_image(data["image"], page.title, user)


def editable_draft(page, user):
    """The member's latest version of the page, if it may be edited now."""
    return latest_draft(
        page,
        user,
        not_owner=_("Only the member who submitted it can edit this practice."),
        not_editable=_("This practice cannot be edited now."),
    )


@transaction.atomic
def create_draft(*, index, user, data):
    """The first save: a draft page owned by the member, in no workflow."""
    page = GoodPracticePage(owner=user, live=False)
    relations = {name: data.pop(name) for name in RELATIONS if name in data}
    _apply(page, data)
    add_child_page(index, page, fallback="good-practice")
    _apply(page, relations)
    save_draft(page, user)
    return page


@atomic_with_uploads
def save_step(*, page, user, data):
    """Save one step's data on the member's draft (page is from ``editable_draft``)."""
    _apply(page, data)
    _apply_attachments(page, data, user)
    save_draft(page, user)
    return page


def missing_for_submission(page):
    """(field, label, step) of what must be filled in before the practice is submitted."""
    missing = []
    if not page.summary:
        missing.append(("summary", _("Summary"), "basics"))
    if not page.year:
        missing.append(("year", _("Year"), "basics"))
    if not list(page.themes.all()):
        missing.append(("themes", _("At least one theme"), "basics"))
    for name, label, _max, required in SECTIONS:
        if required and not getattr(page, name).strip():
            missing.append((name, label, STEP_OF_FIELD[name]))
    return missing


@transaction.atomic
def submit_for_review(*, page, user):
    """Send the complete draft to the "Good practice review" workflow (or back into it)."""
    missing = missing_for_submission(page)
    if missing:
        raise SubmissionError(
            _("Complete these before submitting: %(items)s.")
            % {"items": ", ".join(str(label) for _name, label, _step in missing)}
        )
    save_draft(page, user)
    return submit(page, user, review_workflow())
