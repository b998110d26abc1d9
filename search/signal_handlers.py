"""Keep the catalogue in step with the pages. Each handler runs inside the transaction of the
change that caused it, so the catalogue never disagrees with a committed page."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import catalogue


def on_published(sender, instance, **kwargs):
    catalogue.refresh(instance)
    catalogue.changed()


def on_unpublished(sender, instance, **kwargs):
    catalogue.withdraw([instance.pk])
    catalogue.changed()


def on_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and catalogue.withdraw([instance.pk]):
        catalogue.changed()


def on_moved(sender, instance, **kwargs):
    catalogue.refresh_subtree(instance)
    catalogue.changed()


def on_privacy_changed(sender, instance, **kwargs):
    if instance.page_id is not None and Page.objects.filter(pk=instance.page_id).exists():
        catalogue.refresh_subtree(instance.page)
        catalogue.changed()


def register_signal_handlers():
    page_published.connect(on_published, dispatch_uid="search_catalogue_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="search_catalogue_unpublished")
    post_delete.connect(on_deleted, dispatch_uid="search_catalogue_deleted")
    post_page_move.connect(on_moved, dispatch_uid="search_catalogue_moved")
    for signal in (post_save, post_delete):
        signal.connect(
            on_privacy_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"search_catalogue_privacy_{signal is post_save}",
        )
