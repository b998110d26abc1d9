"""What result pages show around a SearchResults: facet groups, active-filter chips with
their remove links, sort choices. Shared by /search/ and the library and compendium listings.
"""

from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.images import get_image_model

from .documents import FACET_LABELS, FACETS, NESTED_FACETS, TYPES
from .models import CatalogFacetLabel
from .query import SORTS

SORT_LABELS = {"relevance": _("Relevance"), "newest": _("Newest"), "title": _("Title")}
COLLAPSE_AFTER = 8
# The renditions a result card's thumbnail uses (contributions/includes/card.html's srcset).
THUMBNAIL_RENDITIONS = ("fill-160x120", "fill-320x240")


@dataclass
class FacetOption:
    """A facet value as a page lists it, with the values nested under it (a region's
    countries: ``children_key`` is their facet)."""

    value: str
    label: str
    count: int
    selected: bool
    children_key: str = ""
    children: list = field(default_factory=list)
    # A parent listed only for its children (no result has it under the other selections):
    # shown as a heading, not as a choice that would find nothing.
    heading_only: bool = False


@dataclass
class FacetGroup:
    key: str
    label: str
    values: list  # FacetOption, zero counts left out unless selected
    collapsed: bool  # long groups start folded (a <details> element: no JavaScript needed)


def display_label(key, value, label):
    """The catalogue keeps country names and content types in the language they were indexed
    in; pages show them in the visitor's."""
    if key == "country" and value.upper() in countries:
        return str(countries.name(value.upper()))
    if key == "type" and value in TYPES:
        return str(TYPES[value])
    return label


def _option(key, value):
    return FacetOption(
        value.value, display_label(key, value.value, value.label), value.count, value.selected
    )


def _shown(results, key):
    return [value for value in results.facets.get(key, []) if value.count or value.selected]


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
    options = {
        key: [_option(key, value) for value in _shown(results, key)]
        for key in FACETS
        if key not in hidden_facets
    }
    # Nested values go under their parent; a parent no result has under the current
    # selections is listed as a heading for them. Values without a parent keep their group.
    for key, parent_key in NESTED_FACETS.items():
        if key not in options or parent_key not in options:
            continue
        parents = {option.value: option for option in options[parent_key]}
        parent_of = {value.value: value.parent for value in results.facets.get(key, [])}
        missing = {parent_of.get(option.value) for option in options[key]} - set(parents) - {""}
        missing.discard(None)
        if missing:
            headings = [
                FacetOption(value, display_label(parent_key, value, label), 0, False)
                for value, label in CatalogFacetLabel.objects.filter(
                    facet=parent_key, value__in=missing
                ).values_list("value", "label")
            ]
            for heading in sorted(headings, key=lambda option: option.label.casefold()):
                heading.heading_only = True
                parents[heading.value] = heading
                options[parent_key].append(heading)
        orphans = []
        for option in options[key]:
            parent = parents.get(parent_of.get(option.value, ""))
            if parent is None:
                orphans.append(option)
            else:
                parent.children_key = key
                parent.children.append(option)
        options[key] = orphans
    groups = []
    for key, values in options.items():
        if values:
            chosen = any(v.selected or any(c.selected for c in v.children) for v in values)
            groups.append(
                FacetGroup(
                    key=key,
                    label=str(FACET_LABELS[key]),
                    values=values,
                    collapsed=len(values) > COLLAPSE_AFTER and not chosen,
                )
            )
    labels = {
        (key, value.value): display_label(key, value.value, value.label)
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
