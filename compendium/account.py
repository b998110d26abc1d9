"""The member's good-practice submissions, as a section of their account page."""

from django.template.loader import render_to_string
from wagtail.models import Page, WorkflowState

from .models import CompendiumIndexPage
from .submissions import status_of, submissions_of


def submissions_section(request):
    practices = list(submissions_of(request.user).order_by("-latest_revision_created_at", "-pk"))
    # Every practice's open workflow state in one query, instead of one query per practice.
    states = {
        state.object_id: state
        for state in WorkflowState.objects.active()
        .filter(
            base_content_type=Page.get_base_content_type(Page),
            object_id__in=[str(practice.pk) for practice in practices],
        )
        .select_related("current_task_state__task")
    }
    index = CompendiumIndexPage.objects.live().first()
    rows = []
    for practice in practices:
        status = status_of(practice, states.get(str(practice.pk)))
        resume_url = None
        if status.editable and index:
            resume_url = index.url + index.reverse_subpage(
                "submission_step", args=[practice.pk, "basics"]
            )
        rows.append({"practice": practice, "status": status, "resume_url": resume_url})
    return render_to_string(
        "compendium/account_submissions.html",
        {"rows": rows, "index": index},
        request=request,
    )
