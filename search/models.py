"""The catalogue: one denormalised row per indexed page.

It is the database engine's data and, through ``pending``, the outbox for Elasticsearch: a row
written in the publish's transaction stays pending until Elasticsearch has it, so a change made
while Elasticsearch is down is replayed later. A withdrawn row (the page was unpublished,
deleted or made private) is kept until Elasticsearch has forgotten it too.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .fields import SearchVectorField


class CatalogEntryQuerySet(models.QuerySet):
    def searchable(self):
        return self.filter(withdrawn=False)

    def pending(self):
        return self.filter(pending=True)


class CatalogEntry(models.Model):
    # Not a foreign key: the row outlives a deleted page until Elasticsearch forgets it.
    page_id = models.PositiveBigIntegerField(unique=True)
    url = models.CharField(max_length=1000)
    type = models.CharField(max_length=30, db_index=True)
    type_label = models.CharField(max_length=100, blank=True)
    title = models.CharField(max_length=500)
    sort_title = models.CharField(max_length=500, db_index=True)
    summary = models.TextField(blank=True)
    text = models.TextField(blank=True)
    date = models.DateField(null=True, blank=True, db_index=True)
    # The page's cover image, for result cards. Not a foreign key, like page_id: a deleted
    # image simply has no thumbnail (cards fetch the images by id, in one query).
    image_id = models.PositiveIntegerField(null=True, blank=True)
    image_alt = models.CharField(max_length=200, blank=True)
    locale = models.CharField(max_length=20, default="en")
    # The distinct folded words of title and text and their stems in the page's language,
    # space-delimited (search.analysis.index_tokens): what every engine matches words on.
    search_tokens = models.TextField(blank=True)
    # Every folded word of title and text in order, the fields apart: what phrases match on.
    search_words = models.TextField(blank=True)
    # PostgreSQL's vectors (unused elsewhere): the tokens, for matching through a GIN index,
    # and the words weighted by field, for ranking.
    token_vector = SearchVectorField(null=True, blank=True)
    search_vector = SearchVectorField(null=True, blank=True)
    # Every facet value of the row as "key:value", space-delimited with a space at each end,
    # and on PostgreSQL as a GIN-indexed vector: the database engine filters and counts on the
    # row itself instead of joining its CatalogFacet rows (which stay for labels and
    # Elasticsearch), so a search reads each matching row once.
    facet_keys = models.TextField(blank=True)
    facet_vector = SearchVectorField(null=True, blank=True)

    withdrawn = models.BooleanField(default=False)
    pending = models.BooleanField(default=True, db_index=True)
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)
    # When the page first entered the catalogue: "what is new" for digests. A republished
    # page keeps its row (and this date) unless Elasticsearch had already forgotten it.
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = CatalogEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("catalogue entry")
        verbose_name_plural = _("catalogue entries")

    def __str__(self):
        return f"{self.type}: {self.title}"


class CatalogFacetLabel(models.Model):
    """One label per facet value: looking labels up must not scan every entry's facet rows."""

    facet = models.CharField(max_length=30)
    value = models.CharField(max_length=100)
    label = models.CharField(max_length=200)
    # The value one level up in a hierarchical facet (a country's region slug), "" at the top.
    parent = models.CharField(max_length=100, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["facet", "value"], name="one_label_per_facet_value")
        ]

    def __str__(self):
        return f"{self.facet}={self.value}: {self.label}"


class CatalogFacet(models.Model):
    entry = models.ForeignKey(CatalogEntry, on_delete=models.CASCADE, related_name="facet_values")
    facet = models.CharField(max_length=30)
    value = models.CharField(max_length=100)
    label = models.CharField(max_length=200)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entry", "facet", "value"], name="one_facet_value")
        ]
        indexes = [models.Index(fields=["facet", "value"], name="catalog_facet_value")]

    def __str__(self):
        return f"{self.facet}={self.value}"


class CatalogWord(models.Model):
    """The catalogue's vocabulary, for "did you mean" (search.spelling): each folded word and
    language-tagged stem of the searchable rows, with the number of rows that have it. Kept by
    the catalogue as it writes and withdraws rows; a count of 0 is a word no longer found (the
    row stays: deleting it could race with a publish that counts it again)."""

    word = models.CharField(max_length=64, unique=True)
    documents = models.PositiveIntegerField(default=0)
    # The first and last three letters and the length, so that words two edits away are
    # looked up through an index (a stem's are empty: stems are never offered).
    head = models.CharField(max_length=3, blank=True)
    tail = models.CharField(max_length=3, blank=True)
    length = models.PositiveSmallIntegerField(default=0)

    class Meta:
        indexes = [
            models.Index(fields=["head", "length"], name="catalog_word_head"),
            models.Index(fields=["tail", "length"], name="catalog_word_tail"),
        ]

    def __str__(self):
        return f"{self.word} ({self.documents})"
