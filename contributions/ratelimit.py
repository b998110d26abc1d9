"""Counting requests per key in the shared cache, so a limit holds across processes."""

from django.core.cache import cache

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
