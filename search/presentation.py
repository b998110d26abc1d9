"""What result pages show around a SearchResults: facet groups, active-filter chips with
their remove links, sort choices. Shared by /search/ and the library and compendium listings.
"""

from dataclasses import dataclass

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from .documents import FACET_LABELS, FACETS
from .query import SORTS

SORT_LABELS = {"relevance": _("Relevance"), "newest": _("Newest"), "title": _("Title")}
COLLAPSE_AFTER = 8
# The renditions a result card's thumbnail uses (contributions/includes/card.html's srcset).
THUMBNAIL_RENDITIONS = ("fill-160x120", "fill-320x240")


@dataclass
class FacetGroup:
    key: str
    label: str
    values: list  # FacetValue, zero counts left out unless selected
    collapsed: bool  # long groups start folded (a <details> element: no JavaScript needed)


@dataclass
class ActiveFilter:
    key: str
    value: str
    label: str
    facet_label: str
    remove_url: str


def _query_string(query, drop=None, keep_page=False):
    params = QueryDict(mutable=True)
    if query.text:
        params["q"] = query.text
    for key, values in query.filters.items():
        kept = [value for value in values if (key, value) != drop]
        if kept:
            params.setlist(key, kept)
    if query.sort:
        params["sort"] = query.sort
    if keep_page and query.page > 1:
        params["page"] = str(query.page)
    return params.urlencode()


def attach_images(hits):
    """Give the hits their cover images, with the thumbnails' renditions, in two queries
    whatever the number of hits: templates must not query. A deleted image is no thumbnail;
    an empty alt text falls back to the image's own description (empty: decorative)."""
    ids = {hit.image_id for hit in hits if hit.image_id}
    if not ids:
        return hits
    images = (
        get_image_model().objects.filter(pk__in=ids).prefetch_renditions(*THUMBNAIL_RENDITIONS)
    )
    by_id = {image.pk: image for image in images}
    for hit in hits:
        image = by_id.get(hit.image_id)
        if image is not None:
            hit.image = image
            hit.image_alt = hit.image_alt or image.description
    return hits


def listing_context(query, results, hidden_facets=()):
    attach_images(results.hits)
    groups = []
    for key in FACETS:
        if key in hidden_facets:
            continue
        values = [value for value in results.facets.get(key, []) if value.count or value.selected]
        if values:
            groups.append(
                FacetGroup(
                    key=key,
                    label=str(FACET_LABELS[key]),
                    values=values,
                    collapsed=len(values) > COLLAPSE_AFTER
                    and not any(value.selected for value in values),
                )
            )
    labels = {
        (key, value.value): value.label
        for key, values in results.facets.items()
        for value in values
    }
    active = [
        ActiveFilter(
            key=key,
            value=value,
            label=labels.get((key, value), value),
            facet_label=str(FACET_LABELS[key]),
            remove_url="?" + _query_string(query, drop=(key, value)),
        )
        for key, values in query.filters.items()
        for value in values
    ]
    clear = QueryDict(mutable=True)
    if query.text:
        clear["q"] = query.text
    return {
        "query": query,
        "results": results,
        "facet_groups": groups,
        "active_filters": active,
        "clear_filters_url": "?" + clear.urlencode(),
        "page_query": _query_string(query),  # for pagination links: add &page=N
        "sorts": [(sort, SORT_LABELS[sort]) for sort in SORTS],
    }
