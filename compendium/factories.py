import factory
import wagtail_factories

from .models import CompendiumIndexPage, Criterion, GoodPracticePage


class CompendiumIndexPageFactory(wagtail_factories.PageFactory):
    title = "Compendium of good practices"
    slug = "compendium"

    class Meta:
        model = CompendiumIndexPage


class CriterionFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Criterion {n}")
    description = "What the practice should show."
    guiding_questions = "Does it?\nHow do we know?"

    class Meta:
        model = Criterion


class GoodPracticePageFactory(wagtail_factories.PageFactory):
    """Published; pass themes=[...] (and contexts, regions, languages) to tag it."""

    title = factory.Sequence(lambda n: f"Good practice {n}")
    summary = "A training programme that changed practice."
    year = 2021
    background = "The context."
    objectives = "The objectives."
    target_group = "Trainers."
    approach = "The approach."
    results = "The results."
    lessons_learned = "The lessons."
    contact = "contact@example.org"

    class Meta:
        model = GoodPracticePage

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
            page.save_revision().publish()
        return page
