"""What members' drafts need in a host (``cop_setup``): the "Editorial review" workflow (one
group review task for Editors, who never approve their own work) that contributions and
proposals go through, and the collection their files are kept in."""

from django.contrib.auth.models import Group
from wagtail.models import Collection, GroupApprovalTask, Workflow, WorkflowTask

from .drafts import EDITORIAL_TASK, EDITORIAL_WORKFLOW
from .models import GroupReviewTask
from .roles import EDITORS
from .uploads import CONTRIBUTIONS_COLLECTION, contributions_collection


def group_review_task(setup, name, group):
    """The approval task called ``name``, made a GroupReviewTask for ``group`` when missing.

    A task of that name made by an older setup is Wagtail's GroupApprovalTask: it is found and
    kept as it is (its workflow and history with it). Its owner or submitter still cannot
    decide on their own work there: contributions.signal_handlers.refuse_decisions_on_own_work
    refuses such decisions where they are saved, whatever the task.
    """

    def find():
        return (
            GroupReviewTask.objects.filter(name=name).first()
            or GroupApprovalTask.objects.filter(name=name).first()
        )

    def create():
        task = GroupReviewTask.objects.create(name=name, active=True)
        task.groups.set([Group.objects.get(name=group)])
        return task

    return setup.ensure(f"task {name}", find, create)


def setup_editorial_review(setup):
    task = group_review_task(setup, EDITORIAL_TASK, EDITORS)

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
