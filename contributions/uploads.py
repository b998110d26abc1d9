"""Files members upload with a contribution, a practice or a proposal, and who may download
them."""

from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.documents.permissions import permission_policy
from wagtail.models import Collection, Page, ReferenceIndex

CONTRIBUTIONS_COLLECTION = "Member contributions"


def contributions_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=CONTRIBUTIONS_COLLECTION).first()
    return existing or root.add_child(name=CONTRIBUTIONS_COLLECTION)


def may_download(document, user):
    """Files members upload are public once a live, public page uses them. Before that only
    their uploader and the people who may choose documents in the admin get them: document
    addresses are not secret (ids are sequential)."""
    if document.collection.name != CONTRIBUTIONS_COLLECTION:
        return True
    if user.is_authenticated and (
        document.uploaded_by_user_id == user.pk
        or permission_policy.user_has_permission_for_instance(user, "choose", document)
    ):
        return True
    page_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    return Page.objects.live().public().filter(pk__in=[int(pk) for pk in page_ids]).exists()


def store_document(upload, title, user):
    document = get_document_model()(
        title=title, file=upload, collection=contributions_collection(), uploaded_by_user=user
    )
    document._set_document_file_metadata()
    document.save()
    return document
