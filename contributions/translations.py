"""A translated page is reviewed and permitted like its original.

Workflows and page permissions are assigned on a page and hold for its subtree; a translation
lives in another locale's tree, where neither reaches. When Wagtail (or wagtail-localize)
copies a page for translation, the translation gets the original's own workflow assignment
and group permissions, so a translated good practice still goes through the assessment and is
published by moderators only.
"""

from django.db import transaction
from wagtail.models import GroupPagePermission, Page, WorkflowPage
from wagtail.signals import copy_for_translation_done


def share_review_rules(original, translation):
    """The workflow and group permissions set on ``original`` itself, on ``translation`` too
    (those it has already are kept)."""
    assignment = WorkflowPage.objects.filter(page=original).first()
    if assignment and not WorkflowPage.objects.filter(page=translation).exists():
        WorkflowPage.objects.create(page=translation, workflow=assignment.workflow)
    for grant in GroupPagePermission.objects.filter(page=original):
        GroupPagePermission.objects.get_or_create(
            group=grant.group, page=translation, permission=grant.permission
        )


def on_copy_for_translation(sender, source_obj, target_obj, **kwargs):
    if isinstance(source_obj, Page) and isinstance(target_obj, Page):
        # The copy is saved inside the action's transaction; the rows go with it.
        with transaction.atomic():
            share_review_rules(source_obj, target_obj)


def register_signal_handlers():
    copy_for_translation_done.connect(
        on_copy_for_translation, dispatch_uid="contributions_translation_review_rules"
    )
