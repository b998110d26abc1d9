from django.db import migrations

NAME = "catalog_facet_value_mcv"


def create(apps, schema_editor):
    # A facet's values are only ever asked for with their facet, and each facet has its own
    # values: without statistics on the pair PostgreSQL multiplies the two columns'
    # selectivities and underestimates a common value tenfold, choosing nested loops over
    # tens of thousands of rows.
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(apps.get_model("copsearch", "CatalogFacet")._meta.db_table)
    schema_editor.execute(
        f"CREATE STATISTICS IF NOT EXISTS {NAME} (mcv, dependencies) ON facet, value FROM {table}"
    )
    schema_editor.execute(f"ANALYZE {table}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP STATISTICS IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [("copsearch", "0006_vocabulary")]

    operations = [migrations.RunPython(create, drop)]
