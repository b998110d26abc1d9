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
    criteria = {criterion.slug: criterion for criterion in Criterion.objects.all()}
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


@transaction.atomic
def seed(log):
    index = CompendiumIndexPage.objects.get()
    seed_practices(index, log)
