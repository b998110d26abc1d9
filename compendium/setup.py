"""What the compendium needs in a host (``cop_setup``): the "Good practice review" workflow (a
criteria assessment by Reviewers, then editorial approval by Moderators, neither of them on
their own practice), the Moderators' rights over criteria, proposals and assessments, the
compendium page, and the starting criteria. Reviewers open submitted practices in the admin
through the task itself (CriteriaAssessmentTask.user_can_access_editor), so they need no page
permissions.

The starting criteria follow recognised frameworks (the OECD DAC evaluation criteria, and
good-practice criteria used by UN Women's Training Centre and the European Institute for
Gender Equality); moderators edit them afterwards.
"""

from django.contrib.auth.models import Group
from wagtail.models import Workflow, WorkflowTask

from contributions.roles import MODERATORS, REVIEWERS
from contributions.setup import group_review_task

from .models import CompendiumIndexPage, CriteriaAssessmentTask, Criterion
from .submissions import ASSESSMENT_TASK, EDITORIAL_TASK, REVIEW_WORKFLOW

MODERATOR_PERMISSIONS = {
    "criterion": ["add", "change", "delete", "view"],
    "criterionproposal": ["change", "view"],
    "assessment": ["view"],
}

CRITERIA = [
    (
        "relevance",
        "Relevance",
        "The practice responds to the needs and priorities of the people it is for and to "
        "the gender inequalities of its context, as identified by a gender analysis.",
        "Was a gender analysis or training needs assessment done before the design?\n"
        "Did participants or their organisations help define the needs?\n"
        "Does the practice fit national or institutional gender equality commitments?",
    ),
    (
        "effectiveness",
        "Effectiveness and impact",
        "The practice achieved its objectives and led to changes in knowledge, attitudes, "
        "practice or institutions beyond the training room.",
        "Which objectives were met, and how do we know?\n"
        "What changed for participants, their organisations or the people they serve?\n"
        "Were there unintended effects, positive or negative?",
    ),
    (
        "sustainability",
        "Sustainability",
        "The results are likely to last after the initial funding or project ends.",
        "Who owns the practice now?\n"
        "Is it funded from regular budgets or institutionalised in curricula or procedures?\n"
        "Are there trainers or champions to carry it forward?",
    ),
    (
        "replicability",
        "Replicability and scalability",
        "The practice can be adapted to other places, institutions or larger groups, and "
        "what that takes is documented.",
        "Has it been repeated elsewhere?\n"
        "Are materials and methods documented and available?\n"
        "What conditions are needed for it to work?",
    ),
    (
        "participation",
        "Participation and ownership",
        "The people concerned, including women's organisations and marginalised groups, "
        "took part in design, delivery and review.",
        "Who was involved in the design?\n"
        "Were participants able to shape the content?\n"
        "Did women's rights organisations have a role?",
    ),
    (
        "gender-transformative",
        "Gender-transformative change",
        "The practice addresses the root causes of gender inequality, such as norms, power "
        "relations and institutions, rather than only their symptoms.",
        "Does the practice question norms and power relations?\n"
        "Does it go beyond awareness to changes in practice or structures?\n"
        "Does it take intersecting inequalities into account?",
    ),
    (
        "evidence",
        "Evidence from evaluation",
        "Results are supported by monitoring data or an evaluation, internal or external, "
        "with sex-disaggregated data where relevant.",
        "Was there a baseline?\n"
        "Was the practice evaluated, by whom and with what method?\n"
        "Are the data disaggregated by sex and other relevant factors?",
    ),
    (
        "innovation",
        "Innovation",
        "The practice brings a new method, partnership or approach to gender training, or "
        "applies a known one in a new context.",
        "What is new about the practice in its setting?\nWhat did others learn from it?",
    ),
    (
        "feasibility",
        "Technical and financial feasibility",
        "The practice can be delivered with resources that organisations of its kind are "
        "likely to have, and its costs are known.",
        "What did it cost, per participant or in total?\n"
        "What skills and equipment does it need?\n"
        "Could a smaller organisation run it?",
    ),
]

# Scores are in the order of CRITERIA. "comments" are the reviewer comments chosen for
# publication, by criterion slug.


def _task(setup, model, name, group):
    def create():
        task = model.objects.create(name=name, active=True)
        task.groups.set([Group.objects.get(name=group)])
        return task

    return setup.ensure(f"task {name}", lambda: model.objects.filter(name=name).first(), create)


def review_workflow(setup):
    assessment = _task(setup, CriteriaAssessmentTask, ASSESSMENT_TASK, REVIEWERS)
    # Moderators never approve their own practice; a host set up before keeps its
    # GroupApprovalTask here (see contributions.setup.group_review_task).
    approval = group_review_task(setup, EDITORIAL_TASK, MODERATORS)

    def create():
        workflow = Workflow.objects.create(name=REVIEW_WORKFLOW, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=assessment, sort_order=0)
        WorkflowTask.objects.create(workflow=workflow, task=approval, sort_order=1)
        return workflow

    return setup.ensure(
        f"workflow {REVIEW_WORKFLOW}",
        lambda: Workflow.objects.filter(name=REVIEW_WORKFLOW).first(),
        create,
    )


def setup_compendium(setup):
    setup.grant(MODERATORS, "copcompendium", MODERATOR_PERMISSIONS)
    workflow = review_workflow(setup)
    setup.section(
        CompendiumIndexPage,
        "compendium page",
        workflow=workflow,
        title="Compendium of good practices",
        slug="compendium",
        intro=(
            "Good practices in gender training, submitted by members, assessed by reviewers "
            "against the community's criteria and approved by the moderators."
        ),
        search_description="Good practices in gender training, with their criteria "
        "assessment, filterable by theme, context, region and year.",
    )
    if not setup.starting_terms:
        return
    for position, (slug, name, description, questions) in enumerate(CRITERIA, start=1):
        setup.get_or_create(
            Criterion,
            f"criterion {slug}",
            defaults={
                "name": name,
                "description": description,
                "guiding_questions": questions,
                "sort_order": position,
            },
            slug=slug,
        )
