"""A GIN index for PostgreSQL's full-text search; other databases do not use the column."""

from django.db import migrations

INDEX = "copsearch_catalogentry_search_vector_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON copsearch_catalogentry USING GIN (search_vector)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("copsearch", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index)]
