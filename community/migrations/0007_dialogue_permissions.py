"""Moderators hide dialogue contributions and see registrations."""

from django.db import migrations

GRANTS = {"dialoguecontribution": ("view", "change"), "dialogueregistration": ("view",)}


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    for model, actions in GRANTS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="community", model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            moderators.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("community", "0006_dialogues")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
