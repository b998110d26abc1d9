"""Counting requests per key in the shared cache, so a limit holds across processes, and the
friendly 429 page a limited request gets."""

import math
from functools import wraps

from django.core.cache import cache
from django.template.response import TemplateResponse
from django.utils.translation import ngettext

from . import conf


def over_limit(key, limit, window_seconds):
    """Count one more hit for ``key``; True once more than ``limit`` hits fell in the window."""
    cache_key = f"ratelimit:{key}"
    cache.add(cache_key, 0, window_seconds)
    try:
        hits = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, window_seconds)
        hits = 1
    return hits > limit


def client_ip(request):
    # Behind the TLS proxy the production settings expect, REMOTE_ADDR is the proxy; the
    # proxy's own X-Forwarded-For is trusted only when configured to be.
    if conf.setting("COP_TRUST_X_FORWARDED_FOR"):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def minutes(window_seconds):
    return max(1, math.ceil(window_seconds / 60))


def rate_limited(request, window_seconds, message, back_url=None):
    """The 429 page: ``message`` says what was refused and when to try again. The window is
    counted from the first hit, so a full window is the longest anyone has to wait."""
    response = TemplateResponse(
        request,
        "contributions/rate_limited.html",
        {"message": message, "back_url": back_url},
        status=429,
    )
    response["Retry-After"] = str(window_seconds)
    return response


def member_posts_limited(request, kind, back_url=None):
    """Count one post of ``kind`` (a key of ``COP_MEMBER_RATE_LIMITS``) by the signed-in user:
    the 429 page once they are over the limit, else None."""
    limit, window = conf.member_rate_limit(kind)
    if not over_limit(f"member-posts:{kind}:{request.user.pk}", limit, window):
        return None
    message = ngettext(
        "You have posted a lot in a short time. Please try again in %(minutes)d minute; "
        "this one was not saved.",
        "You have posted a lot in a short time. Please try again in %(minutes)d minutes; "
        "this one was not saved.",
        minutes(window),
    ) % {"minutes": minutes(window)}
    return rate_limited(request, window, message, back_url)


def limit_posts(kind):
    """Limit a member-facing view's POSTs to ``COP_MEMBER_RATE_LIMITS[kind]`` per member.

    Every POST of a signed-in user counts, whether the form then saves or not: a bot sending
    invalid forms costs as much to turn away, and the count never depends on what the view
    does. Visitors are not counted (the view sends them to sign in). A page view's page (its
    first argument) is where the 429 page links back to."""

    def decorator(view):
        @wraps(view)
        def limited(request, *args, **kwargs):
            if request.method == "POST" and request.user.is_authenticated:
                back_url = getattr(args[0], "url", None) if args else None
                refused = member_posts_limited(request, kind, back_url)
                if refused:
                    return refused
            return view(request, *args, **kwargs)

        return limited

    return decorator


def limit_password_guesses(view):
    """Wrap Wagtail's page-password view (``authenticate_with_password``): guesses per client
    address and page restriction are limited to ``COP_PAGE_PASSWORD_RATE_LIMIT``. Every
    attempt counts, the right password too, so the limit cannot be probed."""

    @wraps(view)
    def limited(request, page_view_restriction_id, page_id):
        if request.method == "POST":
            limit, window = conf.setting("COP_PAGE_PASSWORD_RATE_LIMIT")
            key = f"page-password:{page_view_restriction_id}:{client_ip(request)}"
            if over_limit(key, limit, window):
                message = ngettext(
                    "There were too many password attempts for this page from your network. "
                    "Please try again in %(minutes)d minute.",
                    "There were too many password attempts for this page from your network. "
                    "Please try again in %(minutes)d minutes.",
                    minutes(window),
                ) % {"minutes": minutes(window)}
                return rate_limited(request, window, message)
        return view(request, page_view_restriction_id, page_id)

    return limited
