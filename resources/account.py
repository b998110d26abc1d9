"""The member's contributions, as a section of their account page."""

from django.template.loader import render_to_string

from contributions.drafts import open_workflow_states
from contributions.roles import is_member

from .contributions import contributions_of, status_of
from .models import ResourceIndexPage


def contributions_section(request):
    entries = list(contributions_of(request.user).order_by("-latest_revision_created_at", "-pk"))
    # The contribute view's own rule (members only): nobody is offered what they may not do.
    may_contribute = is_member(request.user)
    if not entries and not may_contribute:
        return ""
    states = open_workflow_states(entries)
    index = ResourceIndexPage.objects.live().first()
    rows = [
        {"entry": entry, "status": status_of(entry, states.get(entry.pk))} for entry in entries
    ]
    return render_to_string(
        "resources/account_contributions.html",
        {"rows": rows, "index": index, "may_contribute": may_contribute},
        request=request,
    )
