"""Files members upload with a contribution, a practice or a proposal, and who may download
documents."""

import contextlib
import contextvars
import functools
import logging
import os
import secrets

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.documents.permissions import permission_policy
from wagtail.models import Collection, Page, ReferenceIndex, TaskState

CONTRIBUTIONS_COLLECTION = "Member contributions"

logger = logging.getLogger(__name__)

# The files stored by the step running now (``atomic_with_uploads``): (storage, name) pairs.
_stored_files = contextvars.ContextVar("cop_stored_files", default=None)


def contributions_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=CONTRIBUTIONS_COLLECTION).first()
    return existing or root.add_child(name=CONTRIBUTIONS_COLLECTION)


def _page_ids_using(document):
    """The pages whose saved content (the page row: a live page's published version, a
    never-published page's draft) uses the document, as the reference index records it: rich
    text document links, document chooser blocks, foreign keys, and those of child objects
    such as a practice's attachments."""
    return [
        int(pk)
        for pk in ReferenceIndex.get_references_to(document)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    ]


def _used_by_a_page_they_may_see(page_ids, request):
    pages = Page.objects.live().filter(pk__in=page_ids)
    if pages.public().exists():
        return True
    if request is None:
        return False
    # A live page in a private section (signed-in members, some groups, a password): its
    # files go to whoever may see the page.
    return any(
        all(restriction.accept_request(request) for restriction in page.get_view_restrictions())
        for page in pages.not_public()
    )


def _references_in(page):
    return {
        (content_type_id, object_id)
        for content_type_id, object_id, _model_path, _content_path in (
            ReferenceIndex._extract_references_from_object(page)
        )
    }


def _under_review_by(document, user, page_ids):
    """Whether the user may act now on the workflow task of a page that uses the document (a
    reviewer assessing a practice opens its attachments). What is under review is the task's
    revision, which for a page already live is not what the reference index records: it is
    read too when the index does not say."""
    states = (
        TaskState.objects.reviewable_by(user)
        .filter(workflow_state__base_content_type=ContentType.objects.get_for_model(Page))
        .select_related("revision")
    )
    if states.filter(workflow_state__object_id__in=[str(pk) for pk in page_ids]).exists():
        return True
    wanted = (ReferenceIndex._get_base_content_type(document).id, str(document.pk))
    for state in states:
        revision = state.revision
        if revision is not None and wanted in _references_in(revision.as_object()):
            return True
    return False


def may_download(document, user, request=None):
    """The download policy, for every document: a file is public once a live, public page
    uses it (or a live page in a private section, to whoever may see that page). Before
    that it goes to its uploader, to the people who may choose documents in the admin, and to
    those who may act now on the workflow task of a page that uses it; to nobody else:
    document addresses are not secret (ids are sequential)."""
    signed_in = user is not None and user.is_authenticated
    if signed_in and (
        document.uploaded_by_user_id == user.pk
        or permission_policy.user_has_permission_for_instance(user, "choose", document)
    ):
        return True
    page_ids = _page_ids_using(document)
    if _used_by_a_page_they_may_see(page_ids, request):
        return True
    return signed_in and _under_review_by(document, user, page_ids)


def private_file_name(name):
    """``<random folder>/<the file's own name>``: a file's place under MEDIA_ROOT cannot be
    guessed from its id, its title or its name. Downloads keep the file's own name: Wagtail's
    serve view names them ``document.filename``, the last part of the path."""
    return f"{secrets.token_urlsafe(16)}/{os.path.basename(name)}"


def _delete_stored_file(storage, name):
    """Delete a stored file and its own random folder (``private_file_name``), which nothing
    else uses; the shared ``documents`` folder stays. Storages without folders (object
    storage) have no path."""
    try:
        storage.delete(name)
        folder = os.path.dirname(storage.path(name))
    except NotImplementedError:
        return
    except Exception:
        # Cleaning up must not hide why the request failed.
        logger.exception("Could not delete the uploaded file %s", name)
        return
    with contextlib.suppress(OSError):
        os.rmdir(folder)


def atomic_with_uploads(func):
    """``transaction.atomic`` for a step that stores members' files (``store_document``): if
    it fails, the files it stored are deleted as the transaction forgets their documents, so a
    failed request (a later field refused, a database error) leaves nothing in MEDIA_ROOT.
    Django has no hook on rollback: the files go when the exception leaves the step. The step
    must not run inside a transaction that may roll back after it returns (ATOMIC_REQUESTS):
    that rollback is not seen."""

    @functools.wraps(func)
    def step(*args, **kwargs):
        stored = []
        outer = _stored_files.get()
        token = _stored_files.set(stored)
        try:
            with transaction.atomic():
                result = func(*args, **kwargs)
        except BaseException:
            for storage, name in stored:
                _delete_stored_file(storage, name)
            raise
        finally:
            _stored_files.reset(token)
        if outer is not None:
            # A step inside another: its files are the outer step's to delete if that fails.
            outer.extend(stored)
        return result

    return step


def store_document(upload, title, user):
    """Store a member's upload as a document of the contributions collection. Call it inside
    ``atomic_with_uploads``, which deletes the file if the step fails."""
    document = get_document_model()(
        title=title, collection=contributions_collection(), uploaded_by_user=user
    )
    # Saved now under documents/<random folder>/<name> (the field's upload_to is "documents").
    document.file.save(private_file_name(upload.name), upload, save=False)
    stored = (document.file.storage, document.file.name)
    pending = _stored_files.get()
    if pending is not None:
        pending.append(stored)
    try:
        document._set_document_file_metadata()
        document.save()
    except BaseException:
        if pending is None:
            _delete_stored_file(*stored)
        raise
    return document


def store_image(upload, title, user):
    """Store a member's image (a page's cover image) in the contributions collection. Call it
    inside ``atomic_with_uploads``, which deletes the file if the step fails."""
    from wagtail.images import get_image_model

    image = get_image_model()(
        title=title, collection=contributions_collection(), uploaded_by_user=user
    )
    # Under original_images/ (Wagtail's upload_to), behind a random prefix: a draft's image,
    # and its renditions named after it, cannot be found from the file's own name.
    image.file.save(
        f"{secrets.token_urlsafe(12)}-{os.path.basename(upload.name)}", upload, save=False
    )
    stored = (image.file.storage, image.file.name)
    pending = _stored_files.get()
    if pending is not None:
        pending.append(stored)
    try:
        image._set_image_file_metadata()
        image.save()
    except BaseException:
        if pending is None:
            _delete_stored_file(*stored)
        raise
    return image
