import factory

from .models import Language, Region, ResourceType, Theme, TrainingContext


class TermFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.Sequence(lambda n: f"term-{n}")

    class Meta:
        abstract = True
        django_get_or_create = ("slug",)


class ThemeFactory(TermFactory):
    class Meta:
        model = Theme


class TrainingContextFactory(TermFactory):
    class Meta:
        model = TrainingContext


class ResourceTypeFactory(TermFactory):
    class Meta:
        model = ResourceType


class RegionFactory(TermFactory):
    class Meta:
        model = Region


class LanguageFactory(TermFactory):
    class Meta:
        model = Language
