"""Demo compendium: the index page, the criteria and published good practices with their
assessments. Matched by slug, so running the seed again adds nothing."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page, Workflow, WorkflowPage

from home.models import HomePage
from taxonomy.models import Language, Region, Theme, TrainingContext

from . import demo_data
from .models import Assessment, CompendiumIndexPage, Criterion, CriterionScore, GoodPracticePage
from .submissions import REVIEW_WORKFLOW

INDEX = {
    "title": "Compendium of good practices",
    "slug": "compendium",
    "intro": (
        "Good practices in gender training, submitted by members, assessed by reviewers "
        "against the community's criteria and approved by the moderators."
    ),
    "search_description": "Good practices in gender training, with their criteria "
    "assessment, filterable by theme, context, region and year.",
}

LEVEL_COMMENTS = {
    0: "Not shown in the submission.",
    1: "Partly met; the submission gives little detail.",
    2: "Largely met, as the submission describes.",
    3: "Fully met and well documented.",
}


def ensure_index(log):
    index = CompendiumIndexPage.objects.first()
    if index is None:
        home = HomePage.objects.first() or Page.get_first_root_node()
        index = CompendiumIndexPage(show_in_menus=True, **INDEX)
        home.add_child(instance=index)
        index.save_revision().publish()
        log("compendium created at /compendium/", created=True)
    else:
        log("compendium exists", created=False)
    workflow = Workflow.objects.filter(name=REVIEW_WORKFLOW).first()
    if workflow and not WorkflowPage.objects.filter(page=index).exists():
        WorkflowPage.objects.create(page=index, workflow=workflow)
        log("good practice review workflow assigned to the compendium", created=True)
    return index


def seed_criteria(log):
    created = 0
    for position, (slug, name, description, questions) in enumerate(demo_data.CRITERIA):
        _, was_created = Criterion.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "description": description,
                "guiding_questions": questions,
                "sort_order": position + 1,
            },
        )
        created += was_created
    if created:
        log(f"criteria: {created} created", created=True)
    else:
        log(f"criteria: all {len(demo_data.CRITERIA)} exist", created=False)


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
    ordered = [criteria[slug] for slug, *_rest in demo_data.CRITERIA if slug in criteria]
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
    index = ensure_index(log)
    seed_criteria(log)
    seed_practices(index, log)
