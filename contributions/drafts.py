"""A member's draft page on its way through a review workflow.

The draft is the page itself: owned by the member, not live, and in a workflow once
submitted. These small steps are what the library's contributions, the compendium's
submissions and consultations' proposals have in common.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, Workflow, WorkflowState

EDITORIAL_WORKFLOW = "Editorial review"
EDITORIAL_TASK = "Editorial approval by Editors"


class DraftError(Exception):
    """The draft cannot change in its current state."""


@dataclass(frozen=True)
class DraftStatus:
    code: str  # draft, in_review, changes_requested, published
    label: str
    comment: str = ""

    @property
    def editable(self):
        return self.code in {"draft", "changes_requested"}


_LOOK_UP = object()


def _in_editorial_review(task_state):
    return _("In editorial review")


def status_of(page, workflow_state=_LOOK_UP, in_review=_in_editorial_review):
    """Where a member's page stands. Pass the page's open workflow state (or None) when it was
    fetched in bulk (``open_workflow_states``); otherwise it is looked up. ``in_review`` names
    the step a page in review is at, from its current task state."""
    if page.live:
        return DraftStatus("published", _("Published"))
    state = page.current_workflow_state if workflow_state is _LOOK_UP else workflow_state
    if state is None:
        return DraftStatus("draft", _("Draft, not submitted"))
    task_state = state.current_task_state
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        comment = task_state.get_comment() if task_state else ""
        return DraftStatus("changes_requested", _("Changes requested"), comment or "")
    return DraftStatus("in_review", in_review(task_state))


def open_workflow_states(pages):
    """Each page's open workflow state (page id -> state) in one query, for listings."""
    return {
        int(state.object_id): state
        for state in WorkflowState.objects.active()
        .filter(
            base_content_type=Page.get_base_content_type(Page),
            object_id__in=[str(page.pk) for page in pages],
        )
        .select_related("current_task_state__task")
    }


def workflow_named(name):
    return Workflow.objects.get(name=name)


def editorial_workflow():
    return workflow_named(EDITORIAL_WORKFLOW)


def available_slug(parent, title, fallback):
    return find_available_slug(parent, slugify(title)[:70] or fallback)


def lock_parent(parent):
    """The parent page's row, locked until the surrounding transaction ends (call it inside
    one): two requests adding under the same parent take turns, and the second reads what the
    first committed. A check among the children (a free slug, a duplicate) is only safe after
    it. SQLite ignores the lock: it runs one writing transaction at a time (the demo site
    begins them IMMEDIATE)."""
    return Page.objects.select_for_update().get(pk=parent.pk)


def add_child_page(parent, page, fallback="page"):
    """Add a member's new ``page`` under ``parent``, its slug made from its title and free
    among its siblings at that moment. Chosen before the lock, two titles alike (a double
    click, a long title's common start) got the same slug and the second request failed."""
    with transaction.atomic():
        locked = lock_parent(parent)
        page.slug = available_slug(locked, page.title, fallback)
        locked.add_child(instance=page)
    return page


def latest_draft(page, user, *, not_owner, not_editable):
    """The member's latest version of their page, if they may edit it now; otherwise
    ``DraftError`` with the message that says why."""
    if page.owner_id != user.pk:
        raise DraftError(not_owner)
    if not status_of(page).editable:
        raise DraftError(not_editable)
    return page.get_latest_revision_as_object()


def save_draft(page, user):
    page.save()
    page.save_revision(user=user, log_action=True)


def submit(page, user, workflow):
    """Put the saved draft in ``workflow``, or back where it was when changes were requested."""
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        workflow.start(page, user)
    return page
