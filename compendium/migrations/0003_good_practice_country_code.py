import django_countries.fields
from django.db import migrations


def names_to_codes(apps, schema_editor):
    from taxonomy.countries import names_to_codes

    names_to_codes(apps, "copcompendium", ["goodpracticepage"], source="country_text")


class Migration(migrations.Migration):
    """The free-text country becomes an ISO 3166-1 code, matched by its English name."""

    dependencies = [
        ("copcompendium", "0002_good_practice_cover_image"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RenameField("goodpracticepage", "country", "country_text"),
        migrations.AddField(
            model_name="goodpracticepage",
            name="country",
            field=django_countries.fields.CountryField(
                blank=True, max_length=2, verbose_name="country"
            ),
        ),
        migrations.RunPython(names_to_codes, migrations.RunPython.noop, elidable=True),
        migrations.RemoveField("goodpracticepage", "country_text"),
    ]
