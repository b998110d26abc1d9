"""The member's contributions, as a section of their account page."""

from django.template.loader import render_to_string
from wagtail.models import Page, WorkflowState

from .contributions import contributions_of, status_of
from .models import ResourceIndexPage


def contributions_section(request):
    entries = list(contributions_of(request.user).order_by("-latest_revision_created_at", "-pk"))
    # Every entry's open workflow state in one query, instead of one query per entry.
    states = {
        state.object_id: state
        for state in WorkflowState.objects.active()
        .filter(
            base_content_type=Page.get_base_content_type(Page),
            object_id__in=[str(entry.pk) for entry in entries],
        )
        .select_related("current_task_state")
    }
    index = ResourceIndexPage.objects.live().first()
    rows = [
        {"entry": entry, "status": status_of(entry, states.get(str(entry.pk)))}
        for entry in entries
    ]
    return render_to_string(
        "resources/account_contributions.html",
        {"rows": rows, "index": index},
        request=request,
    )
