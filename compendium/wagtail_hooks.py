from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .viewsets import assessment_viewset, criterion_proposal_viewset, criterion_viewset

register_snippet(criterion_viewset)


@hooks.register("register_admin_viewset")
def register_proposal_viewset():
    return criterion_proposal_viewset


@hooks.register("register_admin_viewset")
def register_assessment_viewset():
    return assessment_viewset


@hooks.register("after_edit_page")
def send_task_only_users_to_the_dashboard(request, page):
    """After acting on a workflow task, Wagtail shows the page explorer. Reviewers only act on
    their task and may not explore pages: send them to the dashboard instead of a
    permission error."""
    from django.shortcuts import redirect

    if not page.permissions_for_user(request.user).can_edit():
        return redirect("wagtailadmin_home")
    return None


@hooks.register("cop_account_sections", order=20)
def submissions_section(request):
    from .account import submissions_section as section

    return section(request)


@hooks.register("cop_setup", order=30)
def setup_compendium(setup):
    from .setup import setup_compendium

    setup_compendium(setup)


@hooks.register("register_admin_urls")
def register_admin_urls():
    from django.urls import path

    from .admin_views import already_decided

    return [
        path("compendium/already-decided/", already_decided, name="compendium_already_decided")
    ]


# What waits for the people who act on it: a dashboard panel (contributions adds one per
# group) and their account page's list.
@hooks.register("cop_work_queues", order=10)
def compendium_queues(user):
    from .queues import compendium_queues as queues

    return queues(user)
