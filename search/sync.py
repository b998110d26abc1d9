"""Bringing Elasticsearch up to date with the catalogue's pending rows."""

import logging

from django.db import transaction
from django.db.models import Q

from . import service
from .models import CatalogEntry
from .service import elasticsearch_configured

logger = logging.getLogger(__name__)
BATCH = 500


def _mark_done(entries):
    """Rows pushed as they were: synced, or gone when withdrawn. A row changed meanwhile has a
    new version and stays pending for the next push."""
    by_version = {}
    for entry in entries:
        by_version.setdefault(entry.version, []).append(entry.pk)
    same_version = Q()
    for version, pks in by_version.items():
        same_version |= Q(version=version, pk__in=pks)
    with transaction.atomic():
        done = CatalogEntry.objects.filter(same_version)
        done.filter(withdrawn=True).delete()
        done.update(pending=False)


def push_pending(batch_size=BATCH, max_batches=None):
    """Push pending rows in bulk until none are left (or ``max_batches`` were pushed). Returns
    how many were pushed. On failure the rows stay pending, the error is logged and searches go
    to the database until a later push has emptied the queue: Elasticsearch would lack them."""
    if not elasticsearch_configured():
        return 0
    from .engines import elasticsearch

    pushed = 0
    last_pk = 0
    batches = 0
    while True:
        entries = list(
            CatalogEntry.objects.pending().filter(pk__gt=last_pk).order_by("pk")[:batch_size]
        )
        if not entries:
            if service.is_stale():
                # Back after missing changes: they are searchable before it serves again.
                try:
                    elasticsearch.refresh_index()
                except elasticsearch.SearchUnavailable:
                    return pushed
                service.mark_fresh()
            if pushed:
                service.close_breaker()  # it has just taken writes: it is up
            return pushed
        if max_batches is not None and batches >= max_batches:
            return pushed
        try:
            elasticsearch.push(entries)
        except elasticsearch.SearchUnavailable as error:
            logger.warning(
                "Search index update postponed, %s rows pending: %s", len(entries), error
            )
            service.mark_stale()
            return pushed
        _mark_done(entries)
        pushed += len(entries)
        last_pk = entries[-1].pk
        batches += 1


def rebuild_elasticsearch(progress=None, batch_size=BATCH):
    """Load the whole catalogue into a fresh index and swap the alias to it."""
    from .engines import elasticsearch

    def batches():
        last_pk = 0
        while True:
            entries = list(
                CatalogEntry.objects.searchable()
                .filter(pk__gt=last_pk)
                .order_by("pk")[:batch_size]
            )
            if not entries:
                return
            yield entries
            last_pk = entries[-1].pk

    started = (
        CatalogEntry.objects.order_by("-updated_at").values_list("updated_at", flat=True).first()
    )
    name, count = elasticsearch.rebuild(batches(), progress=progress)
    # Rows untouched since the rebuild started are in the new index. Withdrawn ones are gone.
    unchanged = CatalogEntry.objects.all()
    if started is not None:
        unchanged = unchanged.filter(updated_at__lte=started)
    unchanged.filter(withdrawn=True).delete()
    unchanged.filter(withdrawn=False).update(pending=False)
    return name, count
