"""The "Editorial review" workflow members' contributions go through: one group approval
task for Editors. Moderators may read feedback and hide comments."""

from django.db import migrations

WORKFLOW = "Editorial review"
TASK = "Editorial approval by Editors"


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    editors, _ = Group.objects.get_or_create(name="Editors")
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
        task.groups.set([editors])
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)

    moderators, _ = Group.objects.get_or_create(name="Moderators")
    feedback_type, _ = ContentType.objects.get_or_create(
        app_label="resources", model="resourcefeedback"
    )
    for action in ("view", "change"):
        permission, _ = Permission.objects.get_or_create(
            content_type=feedback_type,
            codename=f"{action}_resourcefeedback",
            defaults={"name": f"Can {action} resource feedback"},
        )
        moderators.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0001_initial"),
        ("community", "0001_roles"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
