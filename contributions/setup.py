"""What members' drafts need in a host (``cop_setup``): the "Editorial review" workflow (one
group approval task for Editors) that contributions and proposals go through, and the
collection their files are kept in."""

from django.contrib.auth.models import Group
from wagtail.models import Collection, GroupApprovalTask, Workflow, WorkflowTask

from .drafts import EDITORIAL_TASK, EDITORIAL_WORKFLOW
from .roles import EDITORS
from .uploads import CONTRIBUTIONS_COLLECTION, contributions_collection


def setup_editorial_review(setup):
    def create_task():
        task = GroupApprovalTask.objects.create(name=EDITORIAL_TASK, active=True)
        task.groups.set([Group.objects.get(name=EDITORS)])
        return task

    task = setup.ensure(
        f"task {EDITORIAL_TASK}",
        lambda: GroupApprovalTask.objects.filter(name=EDITORIAL_TASK).first(),
        create_task,
    )

    def create_workflow():
        workflow = Workflow.objects.create(name=EDITORIAL_WORKFLOW, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        return workflow

    setup.ensure(
        f"workflow {EDITORIAL_WORKFLOW}",
        lambda: Workflow.objects.filter(name=EDITORIAL_WORKFLOW).first(),
        create_workflow,
    )
    setup.ensure(
        f"collection {CONTRIBUTIONS_COLLECTION}",
        lambda: (
            Collection.get_first_root_node()
            .get_children()
            .filter(name=CONTRIBUTIONS_COLLECTION)
            .first()
        ),
        contributions_collection,
    )
