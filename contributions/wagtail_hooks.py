from django.http import Http404
from wagtail import hooks

from .uploads import may_download


@hooks.register("before_serve_document")
def unpublished_uploads_stay_private(document, request):
    if not may_download(document, request.user, request):
        # As for a wrong address: whether an unpublished file exists is not told.
        raise Http404


# After wagtail.documents' own hook (order 0), which registers Wagtail's endpoint.
@hooks.register("construct_admin_api", order=100)
def admin_api_documents_follow_the_download_policy(router):
    from .admin_api import PolicyDocumentsAdminAPIViewSet

    router.register_endpoint("documents", PolicyDocumentsAdminAPIViewSet)


@hooks.register("cop_setup", order=5)
def setup_editorial_review(setup):
    from .setup import setup_editorial_review

    setup_editorial_review(setup)


@hooks.register("construct_homepage_panels")
def add_work_queue_panels(request, panels):
    """One dashboard panel per app whose queues the user acts on (``cop_work_queues``), in
    hook order."""
    from .queues import QueuePanel, work_queues

    panels.extend(QueuePanel(group) for group in work_queues(request.user))
