"""Member contributions: a draft ResourcePage, owned by the member, in editorial review.

Each step is a small function; ``submit_contribution`` runs them in one transaction so a
failure leaves no page, document or revision behind.
"""

import html
from dataclasses import dataclass

from django.db import transaction
from django.utils.html import escape, strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import Collection, Workflow, WorkflowState

from .models import ResourcePage

EDITORIAL_WORKFLOW = "Editorial review"
CONTRIBUTIONS_COLLECTION = "Member contributions"


class ContributionError(Exception):
    """The contribution cannot change in its current state."""


@dataclass(frozen=True)
class ContributionStatus:
    code: str  # draft, in_review, changes_requested, published
    label: str
    comment: str = ""

    @property
    def editable(self):
        return self.code in {"draft", "changes_requested"}


def editorial_workflow():
    return Workflow.objects.get(name=EDITORIAL_WORKFLOW)


def contributions_of(user):
    return ResourcePage.objects.filter(owner=user).select_related("resource_type")


_LOOK_UP = object()


def status_of(entry, workflow_state=_LOOK_UP):
    """Where a contribution stands. Pass the entry's open workflow state (or None) when it
    was fetched in bulk; otherwise it is looked up."""
    if entry.live:
        return ContributionStatus("published", _("Published"))
    state = entry.current_workflow_state if workflow_state is _LOOK_UP else workflow_state
    if state is None:
        return ContributionStatus("draft", _("Draft, not submitted"))
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        task_state = state.current_task_state
        comment = task_state.get_comment() if task_state else ""
        return ContributionStatus("changes_requested", _("Changes requested"), comment or "")
    return ContributionStatus("in_review", _("In editorial review"))


def text_to_paragraphs(text):
    paragraphs = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n")]
    return [
        ("paragraph", "<p>" + escape(part).replace("\n", "<br>") + "</p>")
        for part in paragraphs
        if part
    ]


def paragraphs_to_text(body):
    return "\n\n".join(
        html.unescape(strip_tags(block.value.source.replace("<br>", "\n")))
        for block in body
        if block.block_type == "paragraph"
    )


def contributions_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=CONTRIBUTIONS_COLLECTION).first()
    return existing or root.add_child(name=CONTRIBUTIONS_COLLECTION)


def may_download(document, user):
    """Files members upload (with a contribution or a practice) are public once a live,
    public page uses them. Before that only their uploader and the people who may choose
    documents in the admin get them: document addresses are not secret (ids are sequential)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.documents.permissions import permission_policy
    from wagtail.models import Page, ReferenceIndex

    if document.collection.name != CONTRIBUTIONS_COLLECTION:
        return True
    if user.is_authenticated and (
        document.uploaded_by_user_id == user.pk
        or permission_policy.user_has_permission_for_instance(user, "choose", document)
    ):
        return True
    page_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    return Page.objects.live().public().filter(pk__in=[int(pk) for pk in page_ids]).exists()


def store_document(upload, title, user):
    document = get_document_model()(
        title=title, file=upload, collection=contributions_collection(), uploaded_by_user=user
    )
    document._set_document_file_metadata()
    document.save()
    return document


def _apply(page, data, user):
    page.title = data["title"]
    page.draft_title = data["title"]
    page.summary = data["summary"]
    page.body = text_to_paragraphs(data.get("description", ""))
    page.resource_type = data["resource_type"]
    page.authors = data.get("authors", "")
    page.organisation = data.get("organisation", "")
    page.year = data.get("year")
    page.external_url = data.get("external_url", "")
    page.audience = data.get("audience", "")
    page.licence = data.get("licence", "")
    if data.get("file"):
        page.document = store_document(data["file"], data["title"], user)


def _apply_relations(page, data):
    page.themes.set(data["themes"])
    page.contexts.set(data.get("contexts", []))
    page.regions.set(data.get("regions", []))
    page.languages.set(data.get("languages", []))
    page.tags.set(data.get("tags", []))


def _unique_slug(index, title):
    base = slugify(title)[:70] or "resource"
    slug, number = base, 1
    taken = set(index.get_children().values_list("slug", flat=True))
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


@transaction.atomic
def submit_contribution(*, index, user, data, entry=None):
    """Create (or update) the member's draft and put it in editorial review."""
    if entry is None:
        page = ResourcePage(owner=user, live=False, slug=_unique_slug(index, data["title"]))
        _apply(page, data, user)
        index.add_child(instance=page)
    else:
        if entry.owner_id != user.pk:
            raise ContributionError(_("Only the member who contributed it can edit this entry."))
        if not status_of(entry).editable:
            raise ContributionError(_("This contribution cannot be edited now."))
        page = entry.get_latest_revision_as_object()
        _apply(page, data, user)
    _apply_relations(page, data)
    page.save()
    page.save_revision(user=user, log_action=True)

    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        editorial_workflow().start(page, user)
    return page
