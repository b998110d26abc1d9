"""The "Good practice review" workflow: a criteria assessment by Reviewers, then editorial
approval by Moderators. Moderators manage the criteria, decide on proposals and read the
assessments. Reviewers open submitted practices in the admin through the task itself
(CriteriaAssessmentTask.user_can_access_editor), so they need no page permissions."""

from django.db import migrations

WORKFLOW = "Good practice review"
ASSESSMENT_TASK = "Criteria assessment"
EDITORIAL_TASK = "Editorial approval by Moderators"

MODERATOR_PERMISSIONS = {
    "criterion": ["add", "change", "delete", "view"],
    "criterionproposal": ["change", "view"],
    "assessment": ["view"],
}


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    CriteriaAssessmentTask = apps.get_model("compendium", "CriteriaAssessmentTask")

    reviewers, _ = Group.objects.get_or_create(name="Reviewers")
    moderators, _ = Group.objects.get_or_create(name="Moderators")

    assessment_type, _ = ContentType.objects.get_or_create(
        app_label="compendium", model="criteriaassessmenttask"
    )
    assessment = CriteriaAssessmentTask.objects.filter(name=ASSESSMENT_TASK).first()
    if assessment is None:
        assessment = CriteriaAssessmentTask.objects.create(
            name=ASSESSMENT_TASK, content_type=assessment_type, active=True
        )
        assessment.groups.set([reviewers])

    approval_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    approval = GroupApprovalTask.objects.filter(name=EDITORIAL_TASK).first()
    if approval is None:
        approval = GroupApprovalTask.objects.create(
            name=EDITORIAL_TASK, content_type=approval_type, active=True
        )
        approval.groups.set([moderators])

    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=assessment, sort_order=0)
        WorkflowTask.objects.create(workflow=workflow, task=approval, sort_order=1)

    for model, actions in MODERATOR_PERMISSIONS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="compendium", model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            moderators.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("compendium", "0001_initial"),
        ("community", "0001_roles"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
