"""Member submissions of good practices, step by step.

The saved state of a submission is the draft GoodPracticePage itself: created on the first
save, owned by the member, not live, and in no workflow until it is submitted. Each step is a
small function; each runs in one transaction, so a failure leaves nothing half-saved.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Workflow, WorkflowState

from resources.contributions import store_document

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


class SubmissionError(Exception):
    """The submission cannot change in its current state."""


@dataclass(frozen=True)
class SubmissionStatus:
    code: str  # draft, in_review, changes_requested, published
    label: str
    comment: str = ""

    @property
    def editable(self):
        return self.code in {"draft", "changes_requested"}


_LOOK_UP = object()


def status_of(page, workflow_state=_LOOK_UP):
    """Where a submission stands. Pass the page's open workflow state (or None) when it was
    fetched in bulk; otherwise it is looked up."""
    if page.live:
        return SubmissionStatus("published", _("Published"))
    state = page.current_workflow_state if workflow_state is _LOOK_UP else workflow_state
    if state is None:
        return SubmissionStatus("draft", _("Draft, not submitted"))
    task_state = state.current_task_state
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        comment = task_state.get_comment() if task_state else ""
        return SubmissionStatus("changes_requested", _("Changes requested"), comment or "")
    if task_state is not None and task_state.task_id and task_state.task.name == EDITORIAL_TASK:
        return SubmissionStatus("in_review", _("In editorial approval"))
    return SubmissionStatus("in_review", _("In criteria assessment"))


def submissions_of(user):
    return GoodPracticePage.objects.filter(owner=user)


def review_workflow():
    return Workflow.objects.get(name=REVIEW_WORKFLOW)


def _unique_slug(index, title):
    base = slugify(title)[:70] or "good-practice"
    slug, number = base, 1
    taken = set(Page.objects.child_of(index).values_list("slug", flat=True))
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


RELATIONS = ("themes", "contexts", "regions", "languages")


def _apply(page, data):
    for name, value in data.items():
        if name in RELATIONS:
            getattr(page, name).set(value)
        elif name == "title":
            page.title = value
            page.draft_title = value
        elif name in {"attachment", "attachment_title", "remove_attachments"}:
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


def _save(page, user):
    page.save()
    page.save_revision(user=user, log_action=True)


def editable_draft(page, user):
    """The member's latest version of the page, if it may be edited now."""
    if page.owner_id != user.pk:
        raise SubmissionError(_("Only the member who submitted it can edit this practice."))
    if not status_of(page).editable:
        raise SubmissionError(_("This practice cannot be edited now."))
    return page.get_latest_revision_as_object()


@transaction.atomic
def create_draft(*, index, user, data):
    """The first save: a draft page owned by the member, in no workflow."""
    page = GoodPracticePage(owner=user, live=False, slug=_unique_slug(index, data["title"]))
    relations = {name: data.pop(name) for name in RELATIONS if name in data}
    _apply(page, data)
    index.add_child(instance=page)
    _apply(page, relations)
    _save(page, user)
    return page


@transaction.atomic
def save_step(*, page, user, data):
    """Save one step's data on the member's draft (page is from ``editable_draft``)."""
    _apply(page, data)
    _apply_attachments(page, data, user)
    _save(page, user)
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
    _save(page, user)
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        review_workflow().start(page, user)
    return page
