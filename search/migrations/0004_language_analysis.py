"""Language analysis in the catalogue: stems beside the words, the words in order for
phrases, and on PostgreSQL a GIN-indexed vector of the tokens. Existing rows are analysed
again here, so a site searches the new way as soon as it has migrated (Elasticsearch needs
``rebuild_search_index`` for its new fields)."""

from django.db import migrations, models

import search.fields

INDEX = "copsearch_catalogentry_token_vector_gin"
BATCH = 500


def analyse_existing_rows(apps, schema_editor):
    from search import analysis

    CatalogEntry = apps.get_model("copsearch", "CatalogEntry")
    rows = CatalogEntry.objects.order_by("pk").only("pk", "title", "text", "locale")
    changed = []
    for row in rows.iterator(chunk_size=BATCH):
        row.search_tokens = analysis.index_tokens([row.title, row.text], row.locale)
        row.search_words = analysis.index_words([row.title, row.text])
        changed.append(row)
        if len(changed) == BATCH:
            CatalogEntry.objects.bulk_update(changed, ["search_tokens", "search_words"])
            changed = []
    if changed:
        CatalogEntry.objects.bulk_update(changed, ["search_tokens", "search_words"])
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "UPDATE copsearch_catalogentry SET "
            "token_vector = array_to_tsvector(string_to_array(btrim(search_tokens), ' ')), "
            "search_vector = setweight(to_tsvector('simple', split_part(search_words, '|', 1)), 'A')"
            " || setweight(to_tsvector('simple', search_words), 'B')"
        )
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON copsearch_catalogentry USING GIN (token_vector)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("copsearch", "0003_catalogue_entry_image")]

    operations = [
        migrations.AddField(
            model_name="catalogentry",
            name="search_words",
            field=models.TextField(blank=True),
        ),
        migrations.AddField(
            model_name="catalogentry",
            name="token_vector",
            field=search.fields.SearchVectorField(blank=True, null=True),
        ),
        migrations.RunPython(analyse_existing_rows, drop_index),
    ]
