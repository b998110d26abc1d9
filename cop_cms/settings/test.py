"""The test suite: the database from DATABASE_URL (SQLite locally, PostgreSQL in CI)."""

import os
import tempfile

from .base import *

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-production"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="cop-test-media-"))
WAGTAILADMIN_BASE_URL = "http://testserver"
# ELASTICSEARCH_URL is kept from the environment for the tests that talk to the node; the
# site's engine in tests is chosen per test.
COP_SEARCH_ENGINE = "database"
# pytest-xdist workers (gw0, gw1, ...) share the node: each has an index of its own, as it has
# a test database of its own.
COP_SEARCH_INDEX = "cop-test-catalogue"
if os.environ.get("PYTEST_XDIST_WORKER"):
    COP_SEARCH_INDEX += "-" + os.environ["PYTEST_XDIST_WORKER"]
# A busy CI machine (and a node that has just started) can be slower than production; the
# outage tests set their own short timeouts.
COP_SEARCH_TIMEOUT = 10
# Serve static files straight from the apps, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The sign-in lockout (django-axes, from base) stays on, so the tests exercise it. Its backend
# needs the request: sign in with client.force_login, through a sign-in form, or with
# client.login(request=HttpRequest(), ...).
