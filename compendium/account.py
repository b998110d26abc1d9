"""The member's good-practice submissions, as a section of their account page."""

from django.template.loader import render_to_string

from contributions.drafts import open_workflow_states
from contributions.roles import is_member

from .models import CompendiumIndexPage
from .submissions import status_of, submissions_of


def submissions_section(request):
    practices = list(submissions_of(request.user).order_by("-latest_revision_created_at", "-pk"))
    # The submit view's own rule (members only): nobody is offered what they may not do.
    may_submit = is_member(request.user)
    if not practices and not may_submit:
        return ""
    states = open_workflow_states(practices)
    index = CompendiumIndexPage.objects.live().first()
    rows = []
    for practice in practices:
        status = status_of(practice, states.get(practice.pk))
        resume_url = None
        if status.editable and index:
            resume_url = index.url + index.reverse_subpage(
                "submission_step", args=[practice.pk, "basics"]
            )
        rows.append({"practice": practice, "status": status, "resume_url": resume_url})
    return render_to_string(
        "compendium/account_submissions.html",
        {"rows": rows, "index": index, "may_submit": may_submit},
        request=request,
    )
