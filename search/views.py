from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe
from wagtail import hooks

from .jsonapi import json_endpoint
from .presentation import listing_context
from .query import SearchQuery
from .service import search


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
                        "label": value.label,
                        "count": value.count,
                        "selected": value.selected,
                    }
                    for value in values
                ]
                for key, values in results.facets.items()
            },
            "engine": results.engine,
        },
        json_dumps_params={"ensure_ascii": False},
    )
