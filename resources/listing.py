"""The library listing's filters and counts, on the ORM.

This is the one faceting implementation until the search app's engine lands; then
``library_listing`` delegates to ``search`` with ``type=resource`` and keeps its return shape
(the search contract's: total, hits, facets of value/label/count/selected).

Semantics: OR within a facet, AND across facets; a facet's counts apply every other facet's
selection but not its own (disjunctive counts). Unknown parameters and values are ignored.
"""

import re
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from taxonomy.models import Language, Region, ResourceType, Theme, TrainingContext

PER_PAGE = 20


@dataclass(frozen=True)
class Facet:
    key: str  # the query parameter
    label: str
    field: str  # the entry's field
    vocabulary: type | None  # None: the values are the field's own (years)


FACETS = [
    Facet("theme", _("Theme"), "themes", Theme),
    Facet("context", _("Training context"), "contexts", TrainingContext),
    Facet("resource_type", _("Resource type"), "resource_type", ResourceType),
    Facet("region", _("Region"), "regions", Region),
    Facet("language", _("Language"), "languages", Language),
    Facet("year", _("Year"), "year", None),
]


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetResult:
    key: str
    label: str
    values: list[FacetValue]

    @property
    def selected_count(self):
        return sum(value.selected for value in self.values)


@dataclass
class Listing:
    total: int
    page: object  # a Django paginator page of entries
    facets: list[FacetResult]
    selection: dict[str, list[str]]
    base_query: str = ""  # the filters as a query string, without the page number
    selected_labels: list[tuple[str, str, str]] = field(default_factory=list)


def _known_values(entries):
    known = {}
    for facet in FACETS:
        if facet.vocabulary is None:
            years = entries.exclude(year=None).values_list("year", flat=True).distinct()
            known[facet.key] = {str(year): str(year) for year in years}
        else:
            known[facet.key] = dict(facet.vocabulary.objects.values_list("slug", "name"))
    return known


def _selection(params, known):
    selection = {}
    for facet in FACETS:
        values = []
        for value in params.getlist(facet.key):
            if facet.key == "year" and not re.fullmatch(r"\d{4}", value):
                continue
            if value in known[facet.key] and value not in values:
                values.append(value)
        selection[facet.key] = values
    return selection


def _filter(entries, facet, values):
    if not values:
        return entries
    if facet.key == "year":
        return entries.filter(year__in=[int(value) for value in values])
    if facet.key == "resource_type":
        return entries.filter(resource_type__slug__in=values)
    # A subquery rather than a join keeps one row per entry without DISTINCT.
    matching = entries.model.objects.filter(**{f"{facet.field}__slug__in": values})
    return entries.filter(pk__in=matching.values("pk"))


def _filtered(entries, selection, skip=None):
    for facet in FACETS:
        if facet.key != skip:
            entries = _filter(entries, facet, selection[facet.key])
    return entries


def _counts(entries, facet):
    if facet.key == "year":
        rows = entries.exclude(year=None).values_list("year").annotate(n=Count("pk"))
        return {str(year): n for year, n in rows}
    if facet.key == "resource_type":
        rows = entries.exclude(resource_type=None).values_list("resource_type__slug")
        return dict(rows.annotate(n=Count("pk")).order_by())
    rows = (
        facet.vocabulary.objects.filter(Q(library_entries__in=entries.values("pk")))
        .values_list("slug")
        .annotate(n=Count("library_entries"))
    )
    return dict(rows.order_by())


def library_listing(entries, params, per_page=PER_PAGE):
    """Filter ``entries`` by the facet parameters in ``params`` and count every facet."""
    params = params if isinstance(params, QueryDict) else QueryDict(mutable=True)
    known = _known_values(entries)
    selection = _selection(params, known)

    facets = []
    for facet in FACETS:
        counts = _counts(_filtered(entries, selection, skip=facet.key), facet)
        values = [
            FacetValue(
                value=value,
                label=label,
                count=counts.get(value, 0),
                selected=value in selection[facet.key],
            )
            for value, label in known[facet.key].items()
            if counts.get(value) or value in selection[facet.key]
        ]
        if facet.key == "year":
            values.sort(key=lambda v: v.value, reverse=True)
        facets.append(FacetResult(facet.key, str(facet.label), values))

    results = _filtered(entries, selection).for_listing()
    paginator = Paginator(results, per_page)
    page = paginator.get_page(params.get("page"))

    base = QueryDict(mutable=True)
    for key, values in selection.items():
        base.setlist(key, values)
    selected_labels = [
        (facet.key, value, known[facet.key][value])
        for facet in FACETS
        for value in selection[facet.key]
    ]
    return Listing(
        total=paginator.count,
        page=page,
        facets=facets,
        selection=selection,
        base_query=base.urlencode(),
        selected_labels=selected_labels,
    )
