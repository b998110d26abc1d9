from wagtail import hooks

from . import demo
from .viewsets import resource_feedback_viewset


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return resource_feedback_viewset


@hooks.register("cop_seed_demo", order=20)
def seed_library(log, **options):
    demo.seed(log)


@hooks.register("cop_account_sections", order=10)
def contributions_section(request):
    from .account import contributions_section as section

    return section(request)
