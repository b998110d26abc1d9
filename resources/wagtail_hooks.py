from wagtail import hooks

from .viewsets import resource_feedback_viewset


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return resource_feedback_viewset


@hooks.register("cop_account_sections", order=10)
def contributions_section(request):
    from .account import contributions_section as section

    return section(request)


@hooks.register("cop_setup", order=20)
def setup_library(setup):
    from .setup import setup_library

    setup_library(setup)


# What waits for the people who act on it: a dashboard panel (contributions adds one per
# group) and their account page's list.
@hooks.register("cop_work_queues", order=20)
def library_queues(user):
    from .queues import library_queues as queues

    return queues(user)
