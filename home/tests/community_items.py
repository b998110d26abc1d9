"""Items of every kind the home page's blocks list, for its tests."""

import datetime

from django.utils import timezone

from community.models import (
    DialogueEventPage,
    DialogueIndexPage,
    QuestionIndexPage,
    QuestionPage,
    SubgroupIndexPage,
    SubgroupMembership,
    SubgroupPage,
)
from compendium.factories import GoodPracticePageFactory
from compendium.models import CompendiumIndexPage
from consultations.models import ConsultationIndexPage, TrainingProposalPage
from resources.factories import ExpertPageFactory, ResourcePageFactory
from resources.models import ResourceIndexPage


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def add_items(n, start, member):
    """``n`` items of every kind the home page lists, ``start`` numbering their titles."""
    now = timezone.now()
    sections = {
        model: model.objects.get()
        for model in (
            DialogueIndexPage,
            QuestionIndexPage,
            SubgroupIndexPage,
            ResourceIndexPage,
            CompendiumIndexPage,
            ConsultationIndexPage,
        )
    }
    for i in range(start, start + n):
        begins = now + datetime.timedelta(days=i + 1)
        publish(
            sections[DialogueIndexPage],
            DialogueEventPage(
                title=f"Dialogue {i}",
                summary_text="A topic.",
                start=begins,
                end=begins + datetime.timedelta(hours=2),
                subgroup=SubgroupPage.objects.first(),
            ),
        )
        publish(sections[QuestionIndexPage], QuestionPage(title=f"Question {i}", body="Help?"))
        subgroup = publish(
            sections[SubgroupIndexPage], SubgroupPage(title=f"Subgroup {i}", purpose="Why.")
        )
        SubgroupMembership.objects.create(subgroup=subgroup, user=member)
        factory = ResourcePageFactory if i % 2 else ExpertPageFactory
        factory(parent=sections[ResourceIndexPage], title=f"Entry {i}")
        GoodPracticePageFactory(parent=sections[CompendiumIndexPage], title=f"Practice {i}")
        publish(
            sections[ConsultationIndexPage],
            TrainingProposalPage(
                title=f"Proposal {i}",
                summary="A course.",
                target_audience="Trainers",
                opens_at=now - datetime.timedelta(days=1),
                closes_at=now + datetime.timedelta(days=i + 1),
            ),
        )
