"""Demo library: the index page, resources, directory entries and members' feedback.

Entries are matched by slug under the library, so running the seed again adds nothing.
Entries are published one by one with their own revision, as an editor would.
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from contributions.text import text_to_paragraphs
from resources.models import (
    ExpertPage,
    InstitutionPage,
    ResourceFeedback,
    ResourceIndexPage,
    ResourcePage,
    TrainingPage,
)
from taxonomy.models import Language, Region, ResourceType, Theme, TrainingContext

from . import resources_data as demo_data
from .images import cover_for
from .translations import libraries, move_into_locale, original


class Vocabulary:
    def __init__(self):
        self.terms = {
            model: {term.slug: term for term in model.objects.originals()}
            for model in (Theme, TrainingContext, ResourceType, Region, Language)
        }

    def pick(self, model, slugs):
        return [self.terms[model][slug] for slug in slugs if slug in self.terms[model]]


def _publish(index, page, spec, vocabulary, published_at):
    # Spread publication dates so "newest first" means something in the demo; Wagtail keeps
    # a first publication date it is given.
    page.first_published_at = published_at
    page.summary = spec["summary"]
    page.body = text_to_paragraphs("\n\n".join(spec["body"]))
    page.cover_image, page.cover_image_alt = cover_for(spec["title"])
    index.add_child(instance=page)
    page.themes.set(vocabulary.pick(Theme, spec.get("themes", [])))
    page.contexts.set(vocabulary.pick(TrainingContext, spec.get("contexts", [])))
    page.regions.set(vocabulary.pick(Region, spec.get("regions", [])))
    page.languages.set(vocabulary.pick(Language, spec.get("languages", [])))
    page.tags.set(spec.get("tags", []))
    page.save()
    page.save_revision().publish()


def seed_entries(index, log):
    # A resource written in Spanish or French only lives in that language's library.
    by_language = libraries()
    existing = {
        slug
        for library in by_language.values()
        for slug in library.get_children().values_list("slug", flat=True)
    }
    vocabulary = Vocabulary()
    now = timezone.now()
    created = 0

    def build(kind, spec, **fields):
        return kind(title=spec["title"], slug=slugify(spec["title"])[:80], **fields)

    entries = []
    for spec in demo_data.RESOURCES:
        resource_type = vocabulary.terms[ResourceType][spec["resource_type"]]
        entries.append(
            (
                spec,
                build(
                    ResourcePage,
                    spec,
                    resource_type=resource_type,
                    authors=spec["authors"],
                    organisation=spec["organisation"],
                    year=spec["year"],
                    audience=spec["audience"],
                    licence=spec["licence"],
                    external_url=spec["external_url"],
                ),
            )
        )
    for spec in demo_data.INSTITUTIONS:
        entries.append(
            (
                spec,
                build(
                    InstitutionPage,
                    spec,
                    website=spec["website"],
                    country=spec["country"],
                    contact_email=spec["contact_email"],
                ),
            )
        )
    for spec in demo_data.TRAININGS:
        entries.append(
            (
                spec,
                build(
                    TrainingPage,
                    spec,
                    provider=spec["provider"],
                    format=spec["format"],
                    location=spec["location"],
                    start_date=spec["start_date"],
                    end_date=spec["end_date"],
                    registration_url=spec["registration_url"],
                ),
            )
        )
    for spec in demo_data.EXPERTS:
        entries.append(
            (
                spec,
                build(
                    ExpertPage,
                    spec,
                    organisation=spec["organisation"],
                    position=spec["position"],
                    country=spec["country"],
                    website=spec["website"],
                ),
            )
        )

    moved = 0
    for position, (spec, page) in enumerate(entries):
        library = by_language.get(spec.get("locale"), index)
        if page.slug in existing:
            if library is not index:
                found = ResourcePage.objects.child_of(index).filter(slug=page.slug).first()
                moved += bool(found and move_into_locale(found, library))
            continue
        published_at = now - datetime.timedelta(days=3 * (len(entries) - position))
        _publish(library, page, spec, vocabulary, published_at)
        existing.add(page.slug)
        created += 1
    if moved:
        log(f"library entries: {moved} moved to their language's library", created=True)
    if created:
        log(f"library entries: {created} created", created=True)
    else:
        log(f"library entries: all {len(entries)} exist", created=False)


def seed_feedback(index, log):
    users = {user.username: user for user in get_user_model().objects.all()}
    slugs = [slugify(spec["title"])[:80] for spec in demo_data.RESOURCES]
    pages = {page.slug: page for page in ResourcePage.objects.child_of(index)}
    created = 0
    for resource_index, username, rating, comment in demo_data.FEEDBACK:
        user = users.get(username)
        page = pages.get(slugs[resource_index])
        if user is None or page is None:
            continue
        _, was_created = ResourceFeedback.objects.get_or_create(
            entry=page, user=user, defaults={"rating": rating, "comment": comment}
        )
        created += was_created
    if created:
        log(f"feedback: {created} ratings created", created=True)
    else:
        log(
            "feedback: nothing to add (demo accounts are created with --with-accounts)",
            created=False,
        )


CONTRIBUTION = {
    "title": "Checklist for gender-responsive training venues",
    "summary": "A one-page checklist for choosing and setting up venues where every "
    "participant can take part safely: access, childcare, timing and transport.",
    "description": "Drawn from ten years of regional workshops. Each item says why it matters "
    "and what to ask the venue before booking.",
    "resource_type": "toolkit",
    "themes": ["training-methodology"],
    "external_url": "https://example.org/venue-checklist",
}


def seed_contribution(index, log):
    """A member's contribution waiting in editorial review, so the editors' queue is not
    empty in the demo. Submitted as the contribute form does (needs the demo accounts)."""
    from resources.contributions import submit_contribution

    member = get_user_model().objects.filter(username="member").first()
    if (
        member is None
        or ResourcePage.objects.filter(owner=member, title=CONTRIBUTION["title"]).exists()
    ):
        return
    data = {
        **CONTRIBUTION,
        "resource_type": ResourceType.objects.by_slugs([CONTRIBUTION["resource_type"]]).first()
        or ResourceType.objects.originals()
        .exclude(slug__in=["institution", "training", "expert"])
        .first(),
        "themes": Theme.objects.by_slugs(CONTRIBUTION["themes"]),
    }
    submit_contribution(index=index, user=member, data=data)
    log("library contribution awaiting editorial review created", created=True)


@transaction.atomic
def seed(log):
    index = original(ResourceIndexPage)
    seed_entries(index, log)
    seed_feedback(index, log)
    seed_contribution(index, log)
