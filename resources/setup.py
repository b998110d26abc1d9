"""What the library needs in a host (``cop_setup``): the Moderators' right to read feedback and
hide comments, and the library page, reviewed through the "Editorial review" workflow."""

from wagtail.models import Workflow

from contributions.drafts import EDITORIAL_WORKFLOW
from contributions.roles import MODERATORS

from .models import ResourceIndexPage


def setup_library(setup):
    setup.grant(MODERATORS, "copresources", {"resourcefeedback": ["view", "change"]})
    setup.section(
        ResourceIndexPage,
        "resource library page",
        workflow=Workflow.objects.filter(name=EDITORIAL_WORKFLOW).first(),
        title="Resource library",
        slug="resources",
        intro=(
            "The community's gender training wiki: training materials, tools, evaluations and "
            "experiences, and a directory of institutions, trainings and experts. Members "
            "contribute; editors review every entry."
        ),
        search_description="Training materials, tools and a directory of institutions, "
        "trainings and experts, filterable by theme, context, region and language.",
    )
