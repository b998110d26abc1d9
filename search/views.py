from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe
from wagtail import hooks

from .documents import NESTED_FACETS
from .jsonapi import json_endpoint
from .presentation import display_label, listing_context
from .query import SearchQuery
from .service import search, suggest


# HEAD too: link checkers and crawlers ask with HEAD, and must see what GET would answer.
@require_safe
def search_page(request):
    query = SearchQuery.from_params(request.GET)
    results = search(query)
    context = listing_context(query, results)
    context["feed_query"] = query.query_string()
    # Other apps offer actions on the current search (e.g. saving it) through the
    # ``cop_search_actions`` hook: a function of (request, query) returning HTML. Search knows
    # none of them.
    context["search_actions"] = [
        action(request, query) for action in hooks.get_hooks("cop_search_actions")
    ]
    return TemplateResponse(request, "search/search.html", context)


@json_endpoint
def search_api(request):
    query = SearchQuery.from_params(request.GET)
    results = search(query)
    return JsonResponse(
        {
            "total": results.total,
            "page": results.page,
            "per_page": results.per_page,
            "results": [
                {
                    "url": hit.url,
                    "title": hit.title,
                    "type": hit.type,
                    "snippet": hit.snippet,
                    "date": hit.date.isoformat() if hit.date else None,
                }
                for hit in results.hits
            ],
            "facets": {
                key: [
                    {
                        "value": value.value,
                        "label": display_label(key, value.value, value.label),
                        "count": value.count,
                        "selected": value.selected,
                        # A nested facet's value names the one it sits under ("" if none).
                        **({"parent": value.parent} if key in NESTED_FACETS else {}),
                    }
                    for value in values
                ]
                for key, values in results.facets.items()
            },
            "engine": results.engine,
            "did_you_mean": results.did_you_mean,
        },
        json_dumps_params={"ensure_ascii": False},
    )


@json_endpoint
def suggest_api(request):
    """Suggestions while typing: ``q`` (the last word a prefix), ``lang`` (titles in that
    language only; an unknown one is ignored). Any text answers, at worst with none."""
    found = suggest(request.GET.get("q", ""), locale=request.GET.get("lang"))
    return JsonResponse({"suggestions": found}, json_dumps_params={"ensure_ascii": False})
