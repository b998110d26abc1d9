from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from contributions.forms import PlainTextField

from . import conf
from .models import DigestSettings, SavedSearch

# Longer than any address the search page makes; anything past it is not a search.
MAX_RAW_QUERY = 4000


def max_saved_searches():
    return conf.setting("COP_DIGEST_MAX_SAVED_SEARCHES")


def normalise(raw_query):
    """The search a query string stands for, as the search page reads it, and what of it was
    left out (unknown parameters, facets and values) as "key=value" strings."""
    from search.documents import FACETS
    from search.query import SearchQuery
    from search.service import known_selections

    params = QueryDict(raw_query[:MAX_RAW_QUERY])
    query = known_selections(SearchQuery.from_params(params))
    ignored = {"q", "sort", "page"}
    dropped = []
    for key in params:
        if key in ignored:
            continue
        kept = query.filters.get(key, []) if key in FACETS else []
        dropped += [f"{key}={value}"[:120] for value in params.getlist(key) if value not in kept]
    return query.query_string(), list(dict.fromkeys(dropped))


class SaveSearchForm(forms.Form):
    name = PlainTextField(
        label=_("Name this search"),
        max_length=100,
        help_text=_("For example “Masculinities, fragile states”."),
    )
    frequency = forms.ChoiceField(
        label=_("Email me new results"),
        choices=SavedSearch.FREQUENCIES,
        initial=SavedSearch.WEEKLY,
    )
    # The search page's query string, as the visitor had it: checked and normalised here.
    query = forms.CharField(required=False, strip=False, widget=forms.HiddenInput)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.normalised = ""
        self.dropped = []

    def clean(self):
        cleaned = super().clean()
        self.normalised, self.dropped = normalise(cleaned.get("query") or "")
        limit = max_saved_searches()
        if len(self.normalised) > SavedSearch._meta.get_field("query").max_length:
            raise forms.ValidationError(
                _("This search has too many filters to save. Remove some and try again."),
                code="too_long",
            )
        existing = SavedSearch.objects.filter(user=self.user, query=self.normalised).first()
        if existing is not None:
            raise forms.ValidationError(
                _("You already saved this search as “%(name)s”."),
                code="duplicate",
                params={"name": existing.name},
            )
        if SavedSearch.objects.filter(user=self.user).count() >= limit:
            raise forms.ValidationError(
                _(
                    "You have %(limit)s saved searches, the most one can keep. Delete one on "
                    "your account page first."
                ),
                code="limit",
                params={"limit": limit},
            )
        return cleaned


class FrequencyForm(forms.ModelForm):
    class Meta:
        model = SavedSearch
        fields = ["frequency"]


class NewsFrequencyForm(forms.ModelForm):
    class Meta:
        model = DigestSettings
        fields = ["news_frequency"]
