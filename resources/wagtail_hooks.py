from wagtail import hooks

from . import demo
from .viewsets import resource_feedback_viewset


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return resource_feedback_viewset


@hooks.register("before_serve_document")
def unpublished_uploads_stay_private(document, request):
    from django.http import Http404

    from .contributions import may_download

    if not may_download(document, request.user):
        # As for a wrong address: whether an unpublished file exists is not told.
        raise Http404


@hooks.register("cop_seed_demo", order=20)
def seed_library(log, **options):
    demo.seed(log)


@hooks.register("cop_account_sections", order=10)
def contributions_section(request):
    from .account import contributions_section as section

    return section(request)
