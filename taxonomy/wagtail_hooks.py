from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .viewsets import TaxonomyViewSetGroup

register_snippet(TaxonomyViewSetGroup)


@hooks.register("cop_setup", order=10)
def setup_taxonomy(setup):
    from .setup import setup_taxonomy

    setup_taxonomy(setup)
