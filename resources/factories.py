import datetime

import factory
import wagtail_factories

from taxonomy.factories import ResourceTypeFactory

from .models import ExpertPage, InstitutionPage, ResourceIndexPage, ResourcePage, TrainingPage


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Resource library"
    slug = "resources"

    class Meta:
        model = ResourceIndexPage


class LibraryEntryFactory(wagtail_factories.PageFactory):
    """Entries are published; pass themes=[...] (and contexts, regions, languages) to tag them."""

    title = factory.Sequence(lambda n: f"Gender training resource {n}")
    summary = "A practical resource for gender trainers."

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        relations = {
            name: kwargs.pop(name, None) for name in ("themes", "contexts", "regions", "languages")
        }
        page = super()._create(model_class, *args, **kwargs)
        for name, terms in relations.items():
            if terms is not None:
                getattr(page, name).set(terms)
        page.save()
        if page.live:
            # Published as an editor would, so the catalogue (and search) has it.
            page.save_revision().publish()
        return page


class ResourcePageFactory(LibraryEntryFactory):
    resource_type = factory.SubFactory(
        ResourceTypeFactory, slug="training-manual", name="Training manual"
    )
    year = 2020
    external_url = "https://example.org/resource"

    class Meta:
        model = ResourcePage


class InstitutionPageFactory(LibraryEntryFactory):
    title = factory.Sequence(lambda n: f"Gender training institute {n}")

    class Meta:
        model = InstitutionPage


class TrainingPageFactory(LibraryEntryFactory):
    title = factory.Sequence(lambda n: f"Training of trainers {n}")
    provider = "Regional Gender Training Network"
    format = "online"
    start_date = datetime.date(2027, 3, 1)

    class Meta:
        model = TrainingPage


class ExpertPageFactory(LibraryEntryFactory):
    title = factory.Sequence(lambda n: f"Expert {n}")

    class Meta:
        model = ExpertPage
