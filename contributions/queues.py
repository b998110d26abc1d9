"""What waits for someone in the admin: each app's work queues, shown on the Wagtail dashboard
(one panel per app) and on the account page of people with admin access.

An app registers a function of the user on the ``cop_work_queues`` hook returning a
``QueueGroup`` (or None when the user acts on none of its queues); this app's
``wagtail_hooks`` turns each group into a dashboard panel (``QueuePanel``). Each queue costs a
constant number of queries, whatever it holds.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Min
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Task, TaskState


@dataclass(frozen=True)
class Queue:
    label: str
    count: int
    url: str


@dataclass
class QueueGroup:
    name: str  # the panel's id, e.g. "membership-queues"
    heading: str
    queues: list = field(default_factory=list)
    empty: str = ""  # said when every queue is empty

    @property
    def total(self):
        return sum(queue.count for queue in self.queues)


class QueuePanel(Component):
    """A dashboard panel: a heading, one row per queue (count and link), an empty state."""

    template_name = "contributions/admin/queue_panel.html"
    # After Wagtail's site summary, before its own lists of pages in moderation.
    order = 150

    def __init__(self, group):
        self.group = group
        self.name = group.name

    def get_context_data(self, parent_context):
        return {"group": self.group}


def work_queues(user):
    """Every app's queue groups the user acts on, in hook order."""
    groups = (queues(user) for queues in hooks.get_hooks("cop_work_queues"))
    return [group for group in groups if group is not None]


def task_queues(user, workflow_name, page_models, label):
    """One queue per active task of the workflow ``workflow_name`` that ``user`` decides on
    (Wagtail's own rule: the task's ``get_task_states_user_can_moderate``, which leaves out
    their own work), counting the pages of ``page_models`` waiting on it. ``label`` makes the
    row's label from the task's name. Users who decide on none of the tasks get no queue.

    The link is the workflow tasks report filtered to the task and to what awaits the user,
    for those who may read it (page editors); the others (reviewers, who reach a page only
    through its task) open the page that has waited longest."""
    from wagtail.permissions import page_permission_policy

    content_types = list(ContentType.objects.get_for_models(*page_models).values())
    may_read_report = None
    queues = []
    tasks = Task.objects.filter(
        active=True,
        workflow_tasks__workflow__name=workflow_name,
        workflow_tasks__workflow__active=True,
    )
    for task in tasks.specific():
        states = task.get_task_states_user_can_moderate(user)
        if states.query.is_empty():
            continue
        waiting = states.filter(workflow_state__content_type__in=content_types).aggregate(
            count=Count("pk"), oldest=Min("pk")
        )
        if may_read_report is None:
            may_read_report = page_permission_policy.user_has_any_permission(
                user, {"add", "change", "publish"}
            )
        if may_read_report:
            query = {"task": task.pk, "status": TaskState.STATUS_IN_PROGRESS, "reviewable": "true"}
            url = reverse("wagtailadmin_reports:workflow_tasks") + "?" + urlencode(query)
        elif waiting["count"]:
            oldest = TaskState.objects.select_related("workflow_state").get(pk=waiting["oldest"])
            url = reverse("wagtailadmin_pages:edit", args=[oldest.workflow_state.object_id])
        else:
            url = ""
        queues.append(Queue(label(task.name), waiting["count"], url))
    return queues
