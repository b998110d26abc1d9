"""The member's contributions, as a section of their account page."""

from django.template.loader import render_to_string

from contributions.drafts import open_workflow_states

from .contributions import contributions_of, status_of
from .models import ResourceIndexPage


def contributions_section(request):
    entries = list(contributions_of(request.user).order_by("-latest_revision_created_at", "-pk"))
    states = open_workflow_states(entries)
    index = ResourceIndexPage.objects.live().first()
    rows = [
        {"entry": entry, "status": status_of(entry, states.get(entry.pk))} for entry in entries
    ]
    return render_to_string(
        "resources/account_contributions.html",
        {"rows": rows, "index": index},
        request=request,
    )
