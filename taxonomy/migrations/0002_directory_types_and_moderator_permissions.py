"""Resource types the library's directory entries rely on, and the Moderators' right to
manage the vocabularies (DESIGN: moderators manage taxonomies)."""

from django.db import migrations

DIRECTORY_TYPES = [
    ("institution", "Institution", 100),
    ("training", "Training course or event", 101),
    ("expert", "Expert or practitioner", 102),
]
MODELS = ["theme", "trainingcontext", "resourcetype", "region", "language"]


def forwards(apps, schema_editor):
    ResourceType = apps.get_model("taxonomy", "ResourceType")
    for slug, name, order in DIRECTORY_TYPES:
        ResourceType.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": order})

    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    for model in MODELS:
        content_type, _ = ContentType.objects.get_or_create(app_label="taxonomy", model=model)
        for action in ("add", "change", "delete", "view"):
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            moderators.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("taxonomy", "0001_vocabularies"),
        ("community", "0001_roles"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
