from django.db import migrations, models
from django.db.models import F


def fill_created_at(apps, schema_editor):
    # The best record there is of when an existing row entered the catalogue.
    CatalogEntry = apps.get_model("search", "CatalogEntry")
    CatalogEntry.objects.filter(created_at__isnull=True).update(created_at=F("updated_at"))


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_facet_labels"),
    ]

    operations = [
        migrations.AddField(
            model_name="catalogentry",
            name="created_at",
            field=models.DateTimeField(null=True),
        ),
        migrations.RunPython(fill_created_at, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="catalogentry",
            name="created_at",
            field=models.DateTimeField(auto_now_add=True, db_index=True),
        ),
    ]
