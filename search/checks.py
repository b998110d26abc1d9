from django.core import checks


@checks.register()
def every_page_type_is_indexed_or_excluded(app_configs, **kwargs):
    """A new page type must decide: a ``search_document()`` method, or
    ``search_document = None`` to stay out of the catalogue."""
    from wagtail.models import Page, get_page_models

    errors = []
    for model in get_page_models():
        if model is Page:
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
