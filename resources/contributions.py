"""Member contributions: a draft ResourcePage, owned by the member, in editorial review.

``submit_contribution`` runs its steps in one transaction so a failure leaves no page,
document or revision behind, nor the uploaded file.
"""

from django.utils.translation import gettext_lazy as _

from contributions.drafts import (
    EDITORIAL_WORKFLOW,
    DraftError,
    add_child_page,
    editorial_workflow,
    latest_draft,
    save_draft,
    status_of,
    submit,
)
from contributions.text import text_to_paragraphs
from contributions.uploads import atomic_with_uploads, store_document, store_image

from .models import ResourcePage

__all__ = [
    "EDITORIAL_WORKFLOW",
    "ContributionError",
    "contributions_of",
    "status_of",
    "submit_contribution",
]

ContributionError = DraftError


def contributions_of(user):
    return ResourcePage.objects.filter(owner=user).select_related("resource_type")


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
    page.cover_image_alt = data.get("image_alt", "")
    if data.get("image"):
        page.cover_image = store_image(data["image"], data["title"], user)


def _apply_relations(page, data):
    page.themes.set(data["themes"])
    page.contexts.set(data.get("contexts", []))
    page.regions.set(data.get("regions", []))
    page.languages.set(data.get("languages", []))
    page.tags.set(data.get("tags", []))


@atomic_with_uploads
def submit_contribution(*, index, user, data, entry=None):
    """Create (or update) the member's draft and put it in editorial review."""
    if entry is None:
        page = ResourcePage(owner=user, live=False)
        _apply(page, data, user)
        add_child_page(index, page, fallback="resource")
    else:
        page = latest_draft(
            entry,
            user,
            not_owner=_("Only the member who contributed it can edit this entry."),
            not_editable=_("This contribution cannot be edited now."),
        )
        _apply(page, data, user)
    _apply_relations(page, data)
    save_draft(page, user)
    return submit(page, user, editorial_workflow())
