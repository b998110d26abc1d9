"""The catalogue's vocabulary for "did you mean", counted from the rows already there."""

from django.db import migrations, models


def count_existing_rows(apps, schema_editor):
    from search.spelling import rebuild_vocabulary

    rebuild_vocabulary(
        entries=apps.get_model("copsearch", "CatalogEntry"),
        words=apps.get_model("copsearch", "CatalogWord"),
    )


class Migration(migrations.Migration):
    dependencies = [("copsearch", "0005_facet_parent")]

    operations = [
        migrations.CreateModel(
            name="CatalogWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("word", models.CharField(max_length=64, unique=True)),
                ("documents", models.PositiveIntegerField(default=0)),
                ("head", models.CharField(blank=True, max_length=3)),
                ("tail", models.CharField(blank=True, max_length=3)),
                ("length", models.PositiveSmallIntegerField(default=0)),
            ],
            options={
                "indexes": [
                    models.Index(fields=["head", "length"], name="catalog_word_head"),
                    models.Index(fields=["tail", "length"], name="catalog_word_tail"),
                ],
            },
        ),
        migrations.RunPython(count_existing_rows, migrations.RunPython.noop),
    ]
