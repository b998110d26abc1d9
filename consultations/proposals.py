"""Member proposals: a draft TrainingProposalPage, owned by the member, in the same
"Editorial review" workflow as resource contributions (whose steps are reused from
resources.contributions). ``submit_proposal`` runs in one transaction, so a failure leaves no
page, document or revision behind."""

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import find_available_slug
from wagtail.models import WorkflowState

from resources.contributions import (
    ContributionError,
    editorial_workflow,
    status_of,
    store_document,
    text_to_paragraphs,
)

from .models import ProposalAttachment, ProposalQuestion, TrainingProposalPage

__all__ = ["ContributionError", "proposals_of", "status_of", "submit_proposal"]


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


@transaction.atomic
def submit_proposal(*, index, user, data, page=None):
    """Create (or update) the member's draft proposal and put it in editorial review."""
    if page is None:
        slug = find_available_slug(index, slugify(data["title"])[:70] or "proposal")
        page = TrainingProposalPage(owner=user, live=False, slug=slug)
        _apply(page, data, user)
        index.add_child(instance=page)
    else:
        if page.owner_id != user.pk:
            raise ContributionError(_("Only the member who proposed it can edit this proposal."))
        if not status_of(page).editable:
            raise ContributionError(_("This proposal cannot be edited now."))
        page = page.get_latest_revision_as_object()
        _apply(page, data, user)
    page.themes.set(data["themes"])
    page.contexts.set(data.get("contexts", []))
    page.save()
    page.save_revision(user=user, log_action=True)

    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        editorial_workflow().start(page, user)
    return page
