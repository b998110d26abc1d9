"""Member proposals: a draft TrainingProposalPage, owned by the member, in the same
"Editorial review" workflow as resource contributions. ``submit_proposal`` runs in one
transaction, so a failure leaves no page, document or revision behind, nor the uploaded
file."""

from django.utils.translation import gettext_lazy as _

from contributions.drafts import (
    DraftError,
    add_child_page,
    editorial_workflow,
    latest_draft,
    save_draft,
    status_of,
    submit,
)
from contributions.text import text_to_paragraphs
from contributions.uploads import atomic_with_uploads, store_document

from .models import ProposalAttachment, ProposalQuestion, TrainingProposalPage

__all__ = ["ContributionError", "proposals_of", "status_of", "submit_proposal"]

ContributionError = DraftError


def proposals_of(user):
    return TrainingProposalPage.objects.filter(owner=user)


def _apply(page, data, user):
    page.title = data["title"]
    page.draft_title = data["title"]
    page.summary = data["summary"]
    page.body = text_to_paragraphs(data["description"])
    page.organisation = data.get("organisation", "")
    page.target_audience = data["target_audience"]
    page.opens_at = data["opens_at"]
    page.closes_at = data["closes_at"]
    page.time_zone = data["time_zone"]
    page.questions = [ProposalQuestion(text=text) for text in data["questions"]]
    if data.get("file"):
        document = store_document(data["file"], data["title"], user)
        page.attachments = [
            *page.attachments.all(),
            ProposalAttachment(document=document, title=data["file"].name[:255]),
        ]


@atomic_with_uploads
def submit_proposal(*, index, user, data, page=None):
    """Create (or update) the member's draft proposal and put it in editorial review."""
    if page is None:
        page = TrainingProposalPage(owner=user, live=False)
        _apply(page, data, user)
        add_child_page(index, page, fallback="proposal")
    else:
        page = latest_draft(
            page,
            user,
            not_owner=_("Only the member who proposed it can edit this proposal."),
            not_editable=_("This proposal cannot be edited now."),
        )
        _apply(page, data, user)
    page.themes.set(data["themes"])
    page.contexts.set(data.get("contexts", []))
    save_draft(page, user)
    return submit(page, user, editorial_workflow())
