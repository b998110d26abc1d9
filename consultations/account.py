"""The member's training proposals and their consultation feedback, on their account page."""

from django.template.loader import render_to_string
from django.utils import timezone

from contributions.drafts import open_workflow_states
from contributions.roles import is_member

from .models import ConsultationFeedback, ConsultationIndexPage
from .proposals import proposals_of, status_of


def consultations_section(request):
    proposals = list(proposals_of(request.user).order_by("-latest_revision_created_at", "-pk"))
    states = open_workflow_states(proposals)
    index = ConsultationIndexPage.objects.live().first()
    now = timezone.now()
    rows = []
    for proposal in proposals:
        status = status_of(proposal, states.get(proposal.pk))
        edit_url = None
        if status.editable and index:
            edit_url = index.url + index.reverse_subpage("edit_proposal", args=[proposal.pk])
        results_url = None
        if proposal.live:
            results_url = proposal.url + proposal.reverse_subpage("results")
        rows.append(
            {
                "proposal": proposal,
                "status": status,
                "window": proposal.status_at(now),
                "edit_url": edit_url,
                "results_url": results_url,
            }
        )
    feedback = [
        {"feedback": item, "window": item.proposal.status_at(now)}
        for item in ConsultationFeedback.objects.filter(user=request.user, proposal__live=True)
        .select_related("proposal")
        .order_by("-updated_at")
    ]
    # The propose view's own rule (members only): nobody is offered what they may not do.
    may_propose = is_member(request.user)
    if not rows and not feedback and not may_propose:
        return ""
    return render_to_string(
        "consultations/account_section.html",
        {"rows": rows, "feedback": feedback, "index": index, "may_propose": may_propose},
        request=request,
    )
