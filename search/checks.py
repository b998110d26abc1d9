from django.core import checks

PLUGIN_LABELS = {
    "coptaxonomy",
    "copcontributions",
    "copresources",
    "copcompendium",
    "copcommunity",
    "copconsultations",
    "copdigests",
    "copsearch",
}


def _checked(model):
    from .conf import setting

    label = model._meta.app_label
    return label in PLUGIN_LABELS or label in setting("COP_SEARCH_CHECKED_APPS")


@checks.register()
def every_page_type_is_indexed_or_excluded(app_configs, **kwargs):
    """A new page type must decide: a ``search_document()`` method, or
    ``search_document = None`` to stay out of the catalogue."""
    from wagtail.models import Page, get_page_models

    errors = []
    for model in get_page_models():
        # The plugin's page types and those of apps that opt in (COP_SEARCH_CHECKED_APPS): a
        # host's own page types are simply not in the catalogue.
        if model is Page or not _checked(model):
            continue
        if "search_document" not in {name for cls in model.__mro__ for name in vars(cls)}:
            errors.append(
                checks.Error(
                    f"{model._meta.label} is neither indexed nor excluded from search.",
                    hint=(
                        "Give it a search_document() method returning a "
                        "search.documents.SearchDocument, or set search_document = None."
                    ),
                    obj=model,
                    id="copsearch.E001",
                )
            )
    return errors
