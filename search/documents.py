"""What a page gives the catalogue: the contract between content apps and search.

A searchable page type defines ``search_document(self) -> SearchDocument``; a page type that
is not searched says so with ``search_document = None``. The search app never imports a
content app: it only reads these plain values.
"""

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

# Facet keys, in the order pages show them.
FACETS = (
    "type",
    "theme",
    "context",
    "resource_type",
    "region",
    "country",
    "language",
    "year",
    "subgroup",
)
FACET_LABELS = {
    "type": _("Type"),
    "theme": _("Theme"),
    "context": _("Training context"),
    "resource_type": _("Resource type"),
    "region": _("Region"),
    "country": _("Country"),
    "language": _("Language"),
    "year": _("Year"),
    "subgroup": _("Subgroup"),
}
# A facet whose values sit under another facet's (their ``parent``): the search page lists
# them nested, and the API gives their parent.
NESTED_FACETS = {"country": "region"}
TYPES = {
    "resource": _("Resource"),
    "good-practice": _("Good practice"),
    "subgroup": _("Subgroup"),
    "dialogue": _("Virtual dialogue"),
    "question": _("Question"),
    "consultation": _("Consultation"),
}


@dataclass
class SearchDocument:
    type: str  # one of TYPES
    title: str
    text: str  # everything a search should find the page by, as plain text
    summary: str = ""  # shown in result lists
    date: datetime.date | None = None
    type_label: str = ""  # a finer label than the type, e.g. "Training manual"
    # facet key -> [(value, label)]; values are the taxonomy's stable slugs. "type" and
    # "year" (from ``date`` when not given) are filled in by the catalogue. A value of a
    # hierarchical facet may be (value, label, parent): a country's region slug.
    facets: dict[str, list[tuple[str, str] | tuple[str, str, str]]] = field(default_factory=dict)
    # The page's cover image (a Wagtail image id) and its alt text on that page ("": the
    # image's own description, or decorative): result cards show it as a thumbnail.
    image_id: int | None = None
    image_alt: str = ""

    def __post_init__(self):
        if self.type not in TYPES:
            raise ValueError(f"Unknown search document type {self.type!r}")
        unknown = set(self.facets) - set(FACETS)
        if unknown:
            raise ValueError(f"Unknown facets {sorted(unknown)}")


def terms(queryset):
    """(slug, name) pairs of taxonomy terms, for ``SearchDocument.facets``."""
    return [(term.slug, term.name) for term in queryset]
