"""Countries (ISO 3166-1 alpha-2, through django-countries) and the regions they belong to.

Fields store the upper-case code django-countries uses; the search facet uses it lower-case,
like the other facets' slugs.
"""

import re

from django.utils import translation
from django_countries import countries

# ISO names put the article after the name ("Congo (the Democratic Republic of the)");
# people write it in front ("Democratic Republic of the Congo").
_ISO_ORDER = re.compile(r"^(?P<name>.+?) \((?P<before>[^)]+)\)$")


def _spoken(name):
    match = _ISO_ORDER.match(name)
    if not match:
        return name
    return f"{match['before'].strip()} {match['name']}".removeprefix("the ")


def code_for(text):
    """The country code for a code or an English name (case-insensitive), else ""."""
    text = " ".join(str(text or "").split())
    if not text:
        return ""
    if len(text) == 2 and text.upper() in countries:
        return text.upper()
    code = countries.by_name(text, language="en")
    if code:
        return code
    wanted = text.casefold().removeprefix("the ")
    with translation.override("en"):
        for code, name in countries:
            if _spoken(str(name)).casefold() == wanted:
                return code
    return ""


def english_name(code):
    with translation.override("en"):
        return str(countries.name(str(code))) if code else ""


def region_of(country, regions):
    """The first of ``regions`` (in their order) that lists ``country``, else None."""
    code = str(country or "").upper()
    if not code:
        return None
    for region in regions:
        if code in region.countries:
            return region
    return None


def facets(country, regions, all_regions):
    """The "region" and "country" facet values of an item tagged with ``regions`` and in
    ``country``: the country's region counts as one of the item's, so that selecting a
    region finds the items of its countries."""
    region_terms = [(region.slug, region.name) for region in regions]
    code = str(country or "").upper()
    if not code:
        return {"region": region_terms}
    parent = region_of(code, all_regions)
    if parent is not None and parent.slug not in {slug for slug, _name in region_terms}:
        region_terms.append((parent.slug, parent.name))
    return {
        "region": region_terms,
        "country": [(code.lower(), english_name(code), parent.slug if parent else "")],
    }


def names_to_codes(apps, app_label, model_names, source, target="country"):
    """Migration step: each page's free-text ``source`` country becomes the code in ``target``
    (matched by code_for), in the pages and in their revisions (a draft or an older revision
    published later must not bring a name back). A name matching no country leaves the code
    empty and is logged."""
    import logging

    logger = logging.getLogger("taxonomy.countries")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    for model_name in model_names:
        model = apps.get_model(app_label, model_name)
        for page in model.objects.exclude(**{source: ""}).only("pk", source):
            text = getattr(page, source)
            code = code_for(text)
            if not code:
                logger.warning("Page %s: no country is called %r; left empty", page.pk, text)
            model.objects.filter(pk=page.pk).update(**{target: code})
        content_type = ContentType.objects.filter(app_label=app_label, model=model_name).first()
        if content_type is None:
            continue
        # Revisions store the field under its model name, whatever the column is called.
        for revision in Revision.objects.filter(content_type=content_type).only("pk", "content"):
            content = revision.content or {}
            if content.get(target):
                content[target] = code_for(content[target])
                Revision.objects.filter(pk=revision.pk).update(content=content)
