"""Writing the catalogue from pages. Called from Wagtail's page signals, inside the
transaction of the publish, unpublish, move or delete that caused the change."""

import logging

from django.db import connection, transaction
from django.db.models import F
from django.utils import translation
from wagtail.models import Page, get_page_models

from . import analysis, conf, spelling
from .documents import TYPES
from .models import CatalogEntry, CatalogFacet, CatalogFacetLabel

logger = logging.getLogger(__name__)

# Between key and value in ``facet_keys``: slugs, years and country codes never hold one.
FACET_SEPARATOR = ":"


def indexed_page_models():
    return [
        model for model in get_page_models() if callable(getattr(model, "search_document", None))
    ]


def text_columns(document, locale):
    """The analysed text of a document (search.analysis), as the catalogue row stores it:
    every engine matches on these columns, never on an analysis of its own."""
    return {
        "search_tokens": analysis.index_tokens([document.title, document.text], locale),
        "search_words": analysis.index_words([document.title, document.text]),
    }


def facet_keys(rows):
    """The ``facet_keys`` column of a row with these facet rows (see CatalogEntry)."""
    return " " + " ".join(f"{row.facet}{FACET_SEPARATOR}{row.value}" for row in rows) + " "


def postgresql_vectors():
    """The PostgreSQL vectors of rows whose text columns are written: matching on the
    tokens as given (no parser in between, so PostgreSQL splits nothing differently), and
    ranking on the folded words, title above text."""
    from django.contrib.postgres.fields import ArrayField
    from django.contrib.postgres.search import SearchVector
    from django.db.models import Func, TextField, Value

    from .fields import SearchVectorField

    text = TextField()
    tokens = Func(
        Func(
            Func(F("search_tokens"), function="btrim", output_field=text),
            Value(" "),
            function="string_to_array",
            output_field=ArrayField(TextField()),
        ),
        function="array_to_tsvector",
        output_field=SearchVectorField(),
    )
    facet_vector = Func(
        Func(
            Func(F("facet_keys"), function="btrim", output_field=text),
            Value(" "),
            function="string_to_array",
            output_field=ArrayField(TextField()),
        ),
        function="array_to_tsvector",
        output_field=SearchVectorField(),
    )
    return {
        "token_vector": tokens,
        "facet_vector": facet_vector,
        # The title is the first field of ``search_words``.
        "search_vector": SearchVector(
            Func(
                F("search_words"),
                Value(analysis.FIELD_BREAK),
                Value(1),
                function="split_part",
                output_field=text,
            ),
            weight="A",
            config="simple",
        )
        + SearchVector("search_words", weight="B", config="simple"),
    }


def is_indexable(page):
    return (
        page.live
        and callable(getattr(page, "search_document", None))
        and not page.get_view_restrictions().exists()
    )


def _facet_rows(entry, document):
    facets = dict(document.facets)
    facets["type"] = [(document.type, str(TYPES[document.type]))]
    if "year" not in facets and document.date:
        facets["year"] = [(str(document.date.year), str(document.date.year))]
    rows = {}
    for key, values in facets.items():
        for value, label, *parent in values:
            row = CatalogFacet(
                entry=entry, facet=key, value=str(value)[:100], label=str(label)[:200]
            )
            # Not a column of the entry's rows: the value's label row keeps it (_store).
            row.parent = str(parent[0] if parent else "")[:100]
            rows[(key, str(value))] = row
    return list(rows.values())


def _store(page, document):
    rows = _facet_rows(None, document)
    url = page.get_url() or ""
    locale = getattr(page.locale, "language_code", "en") if page.locale_id else "en"
    # A label from code is stored untranslated, whatever language the publishing request is
    # in: a hit translates it for its reader (query.Hit). A term's name is stored as it is.
    with translation.override(None):
        type_label = str(document.type_label or TYPES[document.type])[:100]
    values = {
        "url": url,
        "type": document.type,
        "type_label": type_label,
        "title": document.title[:500],
        "sort_title": document.title.casefold()[:500],
        "summary": document.summary,
        "text": document.text,
        "date": document.date,
        "image_id": document.image_id,
        "image_alt": document.image_alt[:200],
        "locale": locale,
        **text_columns(document, locale),
        "facet_keys": facet_keys(rows),
        "withdrawn": False,
        "pending": True,
    }
    entry, created = CatalogEntry.objects.get_or_create(page_id=page.pk, defaults=values)
    spelling.count_changes(
        "" if created or entry.withdrawn else entry.search_tokens, values["search_tokens"]
    )
    if not created:
        CatalogEntry.objects.filter(pk=entry.pk).update(version=F("version") + 1, **values)
        entry.facet_values.all().delete()
    for row in rows:
        row.entry = entry
    CatalogFacet.objects.bulk_create(rows)
    CatalogFacetLabel.objects.bulk_create(
        [
            CatalogFacetLabel(facet=row.facet, value=row.value, label=row.label, parent=row.parent)
            for row in rows
        ],
        update_conflicts=True,
        unique_fields=["facet", "value"],
        update_fields=["label", "parent"],
    )
    if connection.vendor == "postgresql":
        CatalogEntry.objects.filter(pk=entry.pk).update(**postgresql_vectors())
    return entry


def withdraw(page_ids, chunk_size=500):
    """The pages are no longer searchable: hide them now, and forget them in Elasticsearch."""
    page_ids = list(page_ids)
    count = 0
    for start in range(0, len(page_ids), chunk_size):
        rows = CatalogEntry.objects.filter(
            page_id__in=page_ids[start : start + chunk_size], withdrawn=False
        )
        # The vocabulary forgets the rows in the same transaction as they are withdrawn.
        with transaction.atomic():
            spelling.forget(rows.select_for_update().values_list("search_tokens", flat=True))
            count += rows.update(withdrawn=True, pending=True, version=F("version") + 1)
    return count


def refresh(page):
    """Bring the page's row in line with the page: write, rewrite or withdraw it."""
    page = page.specific
    if is_indexable(page):
        document = page.search_document()
        if document is not None:
            return _store(page, document)
    withdraw([page.pk])
    return None


def refresh_subtree(page):
    """A move or a change of privacy affects the page and everything below it."""
    for descendant in Page.objects.descendant_of(page, inclusive=True).specific().iterator():
        refresh(descendant)


def changed():
    """Something is pending: have Elasticsearch catch up once the transaction commits."""
    if conf.setting("COP_SEARCH_ENGINE") != "elasticsearch":
        return

    def enqueue():
        from .tasks import push_pending

        try:
            push_pending.enqueue()
        except Exception:  # the rows stay pending; the periodic sync replays them
            logger.exception("Could not enqueue the search index update")

    transaction.on_commit(enqueue)


def rebuild(progress=None):
    """Rewrite every row from the pages; withdraw rows of pages no longer indexable."""
    seen = set()
    total = 0
    for model in indexed_page_models():
        pages = model.objects.exact_type(model).live().public().specific()
        for page in pages.iterator(chunk_size=200):
            with transaction.atomic():
                entry = refresh(page)
            if entry is not None:
                seen.add(page.pk)
            total += 1
            if progress and total % 500 == 0:
                progress(total)
    current = set(CatalogEntry.objects.searchable().values_list("page_id", flat=True))
    withdrawn = withdraw(sorted(current - seen))
    with transaction.atomic():  # counted again: whatever drifted is right after a rebuild
        spelling.rebuild_vocabulary()
    return len(seen), withdrawn
