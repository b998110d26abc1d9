"""Wagtail's admin API (``/admin/api/main/``) for documents, within the download policy."""

from django.db.models import Q
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.documents.permissions import permission_policy


class PolicyDocumentsAdminAPIViewSet(DocumentsAdminAPIViewSet):
    """Wagtail's endpoint lists every document, with its download address, to anyone who may
    open the admin (reviewers too): it filters by collection view restrictions only. Here it
    lists the documents the user may choose or change in the admin, and their own uploads:
    documents they may download whatever pages use them. The detail view looks documents up
    in the same queryset, so another document's id answers 404."""

    def get_queryset(self):
        user = self.request.user
        managed = permission_policy.instances_user_has_any_permission_for(
            user, ["choose", "change"]
        )
        return (
            super()
            .get_queryset()
            .filter(Q(pk__in=managed.values("pk")) | Q(uploaded_by_user_id=user.pk))
        )
