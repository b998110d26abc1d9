"""Moderators manage the quality criteria and read (and hide) consultation feedback."""

from django.db import migrations

GRANTS = {
    "qualitycriterion": ("add", "change", "delete", "view"),
    "consultationfeedback": ("view", "change"),
}


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    for model, actions in GRANTS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="consultations", model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            moderators.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("consultations", "0002_quality_criteria"), ("community", "0001_roles")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
