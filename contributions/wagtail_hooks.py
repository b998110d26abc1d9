from django.http import Http404
from wagtail import hooks

from .uploads import may_download


@hooks.register("before_serve_document")
def unpublished_uploads_stay_private(document, request):
    if not may_download(document, request.user):
        # As for a wrong address: whether an unpublished file exists is not told.
        raise Http404


@hooks.register("cop_setup", order=5)
def setup_editorial_review(setup):
    from .setup import setup_editorial_review

    setup_editorial_review(setup)
