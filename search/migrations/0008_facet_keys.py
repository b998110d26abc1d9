"""Facet values on the catalogue row itself (``facet_keys``, on PostgreSQL also a GIN-indexed
``facet_vector``), filled in here from the rows' CatalogFacet rows.

On PostgreSQL the columns a search reads for every matching row (the tokens it matches, the
facets it filters and counts, the words it ranks on, the title it sorts on) are kept in the
row (storage MAIN), and the rest (text, summary, the words for phrases, ...) is moved out of
line from 256 bytes on: a search matching most of 100,000 rows spent most of its time
fetching each row's vectors through the TOAST table's index, and the rest of the time reading
text it never looks at.
"""

from django.db import migrations, models

import search.fields

INDEX = "copsearch_catalogentry_facet_vector_gin"
# What a search reads for every matching row, kept in the row.
IN_ROW = ("token_vector", "search_vector", "facet_vector", "facet_keys", "sort_title")
# Read for the page of hits (and phrases) only, moved out of line.
OUT_OF_ROW = ("text", "summary", "search_words", "search_tokens")
TOAST_TUPLE_TARGET = 256
BATCH = 500


def fill_facet_keys(apps, schema_editor):
    CatalogEntry = apps.get_model("copsearch", "CatalogEntry")
    CatalogFacet = apps.get_model("copsearch", "CatalogFacet")
    pks = list(CatalogEntry.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), BATCH):
        chunk = pks[start : start + BATCH]
        keys = {pk: [] for pk in chunk}
        for entry_id, facet, value in (
            CatalogFacet.objects.filter(entry_id__in=chunk)
            .order_by("pk")
            .values_list("entry_id", "facet", "value")
        ):
            keys[entry_id].append(f"{facet}:{value}")
        rows = [CatalogEntry(pk=pk, facet_keys=" " + " ".join(keys[pk]) + " ") for pk in chunk]
        CatalogEntry.objects.bulk_update(rows, ["facet_keys"])
    if schema_editor.connection.vendor != "postgresql":
        return
    table = "copsearch_catalogentry"
    schema_editor.execute(
        f"ALTER TABLE {table} "
        + ", ".join(f"ALTER COLUMN {column} SET STORAGE MAIN" for column in IN_ROW)
        + f", SET (toast_tuple_target = {TOAST_TUPLE_TARGET})"
    )
    # Storage applies to values written after it is set: each column is written again.
    rewrite = [
        f"{column} = {column} || ''" for column in ("facet_keys", "sort_title", *OUT_OF_ROW)
    ]
    rewrite += [f"{column} = {column} || ''::tsvector" for column in IN_ROW[:2]]
    rewrite.append("facet_vector = array_to_tsvector(string_to_array(btrim(facet_keys), ' '))")
    schema_editor.execute(f"UPDATE {table} SET " + ", ".join(rewrite))  # noqa: S608 - names
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table} USING GIN (facet_vector)"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("copsearch", "0007_facet_value_statistics")]

    operations = [
        migrations.AddField(
            model_name="catalogentry",
            name="facet_keys",
            field=models.TextField(blank=True),
        ),
        migrations.AddField(
            model_name="catalogentry",
            name="facet_vector",
            field=search.fields.SearchVectorField(blank=True, null=True),
        ),
        migrations.RunPython(fill_facet_keys, drop_index),
    ]
