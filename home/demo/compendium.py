"""Demo compendium: the index page, the criteria and published good practices with their
assessments. Matched by slug, so running the seed again adds nothing."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from compendium.models import (
    Assessment,
    CompendiumIndexPage,
    Criterion,
    CriterionScore,
    GoodPracticePage,
)
from compendium.setup import CRITERIA
from taxonomy.models import Language, Region, Theme, TrainingContext

from . import compendium_data as demo_data
from .images import cover_for
from .translations import original

LEVEL_COMMENTS = {
    0: "Not shown in the submission.",
    1: "Partly met; the submission gives little detail.",
    2: "Largely met, as the submission describes.",
    3: "Fully met and well documented.",
}


def _terms(model, slugs):
    return list(model.objects.filter(slug__in=slugs))


def _assess(page, spec, criteria, reviewer):
    assessment = Assessment.objects.create(
        page=page,
        reviewer=reviewer,
        action="approve",
        recommendation="include",
        comment="Recommended for the compendium.",
    )
    CriterionScore.objects.bulk_create(
        CriterionScore(
            assessment=assessment,
            criterion=criterion,
            score=score,
            comment=spec["comments"].get(criterion.slug, LEVEL_COMMENTS[score]),
            publish_comment=criterion.slug in spec["comments"],
        )
        for criterion, score in zip(criteria, spec["scores"], strict=False)
    )


def seed_practices(index, log):
    existing = set(index.get_children().values_list("slug", flat=True))
    criteria = {criterion.slug: criterion for criterion in Criterion.objects.originals()}
    ordered = [criteria[slug] for slug, *_rest in CRITERIA if slug in criteria]
    reviewer = get_user_model().objects.filter(groups__name="Reviewers").first()
    now = timezone.now()
    created = 0
    for position, spec in enumerate(demo_data.PRACTICES):
        slug = slugify(spec["title"])[:80]
        if slug in existing:
            continue
        page = GoodPracticePage(
            title=spec["title"],
            slug=slug,
            summary=spec["summary"],
            organisation=spec["organisation"],
            organisation_type=spec["organisation_type"],
            country=spec["country"],
            year=spec["year"],
            first_published_at=now
            - datetime.timedelta(days=5 * (len(demo_data.PRACTICES) - position)),
            **spec["sections"],
        )
        page.cover_image, page.cover_image_alt = cover_for(spec["title"])
        index.add_child(instance=page)
        page.themes.set(_terms(Theme, spec["themes"]))
        page.contexts.set(_terms(TrainingContext, spec["contexts"]))
        page.regions.set(_terms(Region, spec["regions"]))
        page.languages.set(_terms(Language, spec["languages"]))
        page.save()
        _assess(page, spec, ordered, reviewer)
        page.save_revision().publish()
        created += 1
    if created:
        log(f"good practices: {created} created", created=True)
    else:
        log(f"good practices: all {len(demo_data.PRACTICES)} exist", created=False)


SUBMITTED_PRACTICE = {
    "title": "Peer coaching after gender training in district health offices",
    "summary": "Pairs of district health staff coach each other for six months after a "
    "gender training, turning what they learned into changes in clinic routines.",
    "organisation": "Demo NGO",
    "organisation_type": "ngo",
    "country": "UG",
    "year": 2025,
    "themes": ["training-methodology"],
    "sections": {
        "background": "District health offices had trained staff on gender, with little change "
        "in how clinics worked.",
        "objectives": "Make the training's lessons part of clinic routines.",
        "target_group": "District health officers and clinic managers.",
        "approach": "Trained staff were paired; each pair met monthly with a checklist.",
        "results": "Eight of twelve clinics changed opening hours or waiting areas.",
        "lessons_learned": "Coaching works when supervisors set time aside for it.",
        "contact": "demo@example.org",
    },
}

CRITERION_PROPOSAL = {
    "name": "Accessibility for participants with disabilities",
    "description": "The practice plans for participants with disabilities: venues, "
    "materials and facilitation everyone can use.",
    "guiding_questions": "Were accessible formats offered?\nWere participants asked what "
    "they needed?",
    "rationale": "None of the criteria asks whether everyone could take part.",
}


def seed_review_queues(index, log):
    """What waits for reviewers and moderators in the demo: a member's practice submitted to
    "Good practice review" (on the reviewers' criteria assessment) and a criterion proposal.
    Both are a member's, so they need the demo accounts."""
    from compendium.models import CriterionProposal
    from compendium.submissions import create_draft, submit_for_review

    member = get_user_model().objects.filter(username="member").first()
    if member is None:
        return
    spec = SUBMITTED_PRACTICE
    if not GoodPracticePage.objects.filter(owner=member, title=spec["title"]).exists():
        data = {key: value for key, value in spec.items() if key not in {"themes", "sections"}}
        page = create_draft(
            index=index,
            user=member,
            data={**data, **spec["sections"], "themes": _terms(Theme, spec["themes"])},
        )
        submit_for_review(page=page, user=member)
        log("good practice awaiting criteria assessment created", created=True)
    if not CriterionProposal.objects.filter(name=CRITERION_PROPOSAL["name"]).exists():
        CriterionProposal.objects.create(proposed_by=member, **CRITERION_PROPOSAL)
        log("criterion proposal created", created=True)


@transaction.atomic
def seed(log):
    index = original(CompendiumIndexPage)
    seed_practices(index, log)
    seed_review_queues(index, log)
