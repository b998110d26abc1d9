"""What consultations need in a host (``cop_setup``): the recognised training-quality criteria
members rate proposals against (moderators edit the list afterwards), the Moderators' rights,
and the consultations page."""

from contributions.roles import MODERATORS

from .models import ConsultationIndexPage, QualityCriterion

MODERATOR_PERMISSIONS = {
    "qualitycriterion": ["add", "change", "delete", "view"],
    "consultationfeedback": ["view", "change"],
}

QUALITY_CRITERIA = [
    (
        "clear-learning-objectives",
        "Clear learning objectives",
        "States what participants will know and be able to do afterwards, in terms that can be "
        "observed and assessed.",
    ),
    (
        "gender-transformative-approach",
        "Gender-transformative approach",
        "Goes beyond awareness: examines gender norms and power relations and aims to change "
        "them, not only to accommodate them.",
    ),
    (
        "participatory-methodology",
        "Participatory methodology",
        "Builds on participants' experience through dialogue, practice and reflection rather "
        "than lectures alone.",
    ),
    (
        "context-relevance",
        "Context relevance",
        "Fits the participants' institutional, cultural and political context, with examples "
        "and data from it.",
    ),
    (
        "evaluation-plan",
        "Evaluation plan",
        "Says how learning and change after the training will be measured, beyond satisfaction "
        "forms.",
    ),
    (
        "accessibility",
        "Accessibility",
        "Reachable and usable by everyone intended: languages, formats, disability, cost, "
        "connectivity and timing.",
    ),
]


def setup_consultations(setup):
    setup.grant(MODERATORS, "copconsultations", MODERATOR_PERMISSIONS)
    for position, (slug, name, description) in enumerate(QUALITY_CRITERIA, start=1):
        setup.get_or_create(
            QualityCriterion,
            f"quality criterion {slug}",
            defaults={"name": name, "description": description, "sort_order": position},
            slug=slug,
        )
    setup.section(
        ConsultationIndexPage,
        "consultations page",
        title="Consultations",
        slug="consultations",
        intro=(
            "Training proposals open for members' feedback: rate them on the recognised "
            "quality criteria and answer the proposers' questions."
        ),
        search_description="Training proposals open for feedback from the community.",
    )
