"""Saved searches, and the record of what each member's digests already sent them."""

from django.conf import settings
from django.db import models
from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class SavedSearch(models.Model):
    IMMEDIATELY, DAILY, WEEKLY, NEVER = "immediately", "daily", "weekly", "never"
    FREQUENCIES = [
        (IMMEDIATELY, _("As soon as there is something new")),
        (DAILY, _("Daily")),
        (WEEKLY, _("Weekly")),
        (NEVER, _("Never (no email)")),
    ]
    SENT = (IMMEDIATELY, DAILY, WEEKLY)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches"
    )
    name = models.CharField(_("name"), max_length=100)
    # Normalised by the search app's SearchQuery: only known facets and values, no sort/page.
    query = models.CharField(_("search"), max_length=2000, blank=True)
    frequency = models.CharField(
        _("email"), max_length=20, choices=FREQUENCIES, default=WEEKLY, db_index=True
    )
    created_at = models.DateTimeField(_("saved"), auto_now_add=True)
    # The end of the last period a digest covered for this search (sent, or empty).
    last_sent_at = models.DateTimeField(_("last digest"), null=True, blank=True)

    class Meta:
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "query"], name="one_saved_search_per_query")
        ]

    def __str__(self):
        return self.name

    @property
    def search_url(self):
        url = reverse("search:search")
        return f"{url}?{self.query}" if self.query else url

    def search_query(self):
        from search.query import SearchQuery

        return SearchQuery.from_params(QueryDict(self.query))

    @property
    def since(self):
        """New items are those that entered the catalogue after this moment."""
        return self.last_sent_at or self.created_at


class DigestSettings(models.Model):
    """How often a member receives community news: the sections other apps add to digests
    (dialogues of their subgroups, open consultations). No row: the default frequency."""

    DEFAULT_NEWS_FREQUENCY = SavedSearch.WEEKLY

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_settings"
    )
    news_frequency = models.CharField(
        _("community news by email"),
        max_length=20,
        choices=SavedSearch.FREQUENCIES,
        default=DEFAULT_NEWS_FREQUENCY,
        db_index=True,
    )
    news_sent_at = models.DateTimeField(_("last community news"), null=True, blank=True)

    class Meta:
        verbose_name = _("digest settings")
        verbose_name_plural = _("digest settings")

    def __str__(self):
        return f"{self.user}: {self.news_frequency}"

    @classmethod
    def for_user(cls, user):
        """The member's settings, unsaved defaults when they never changed them."""
        return cls.objects.filter(user=user).first() or cls(user=user)

    def news_since(self):
        return self.news_sent_at or self.user.date_joined


class SentItem(models.Model):
    """One item a member was sent in a digest: never sent to them again."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_items"
    )
    # "page:<page id>" for catalogue pages, "dialogue:<id>", "consultation:<id>", …
    key = models.CharField(max_length=100)
    frequency = models.CharField(max_length=20)
    sent_at = models.DateTimeField()

    class Meta:
        verbose_name = _("item sent in a digest")
        verbose_name_plural = _("items sent in digests")
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="digest_item_sent_once")
        ]

    def __str__(self):
        return f"{self.key} to {self.user}"
