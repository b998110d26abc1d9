from wagtail import hooks
from wagtail.snippets.models import register_snippet

from . import demo
from .viewsets import TaxonomyViewSetGroup

register_snippet(TaxonomyViewSetGroup)


@hooks.register("cop_seed_demo", order=10)
def seed_taxonomies(log, **options):
    demo.seed(log)
