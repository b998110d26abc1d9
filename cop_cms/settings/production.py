"""Production: PostgreSQL, Elasticsearch, a task worker, gunicorn and whitenoise.

Needs SECRET_KEY and ALLOWED_HOSTS from the environment; everything that makes
`manage.py check --deploy` pass is on by default and can be relaxed only explicitly.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *
from .base import _env, _env_bool, _env_int

DEBUG = False

if not SECRET_KEY or len(SECRET_KEY) < 50 or SECRET_KEY.startswith("django-insecure"):
    raise ImproperlyConfigured("Set SECRET_KEY to a random string of at least 50 characters.")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS (comma-separated host names).")

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto (and strips it from clients'
# requests). Name another header, or "none" when Django itself terminates TLS.
_proxy_header = _env("SECURE_PROXY_SSL_HEADER", "HTTP_X_FORWARDED_PROTO").strip()
SECURE_PROXY_SSL_HEADER = (
    None if _proxy_header.lower() in {"", "none"} else (_proxy_header, "https")
)
# The documented proxy appends the client's address to X-Forwarded-For, and every request
# reaches Django from the proxy's own address: without trusting the header, the rate limits
# and the sign-in lockout would put every visitor in one bucket. Off when Django terminates
# TLS itself (then the header comes from clients and proves nothing).
COP_TRUST_X_FORWARDED_FOR = _env_bool(
    "COP_TRUST_X_FORWARDED_FOR", SECURE_PROXY_SSL_HEADER is not None
)
SECURE_SSL_REDIRECT = _env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = _env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = _env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = _env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
