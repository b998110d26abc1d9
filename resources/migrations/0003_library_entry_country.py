import django_countries.fields
from django.db import migrations


def names_to_codes(apps, schema_editor):
    from taxonomy.countries import names_to_codes

    # The free-text countries of institutions and experts move to the entry every kind shares.
    names_to_codes(apps, "copresources", ["institutionpage", "expertpage"], source="country_text")


class Migration(migrations.Migration):
    """Every library entry gains an optional country (an ISO 3166-1 code); the free-text
    countries of institutions and experts become codes, matched by their English name."""

    dependencies = [
        ("copresources", "0002_library_entry_cover_image"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RenameField("institutionpage", "country", "country_text"),
        migrations.RenameField("expertpage", "country", "country_text"),
        migrations.AddField(
            model_name="libraryentrypage",
            name="country",
            field=django_countries.fields.CountryField(
                blank=True, max_length=2, verbose_name="country"
            ),
        ),
        migrations.RunPython(names_to_codes, migrations.RunPython.noop, elidable=True),
        migrations.RemoveField("institutionpage", "country_text"),
        migrations.RemoveField("expertpage", "country_text"),
    ]
