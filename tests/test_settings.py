"""Settings read from the environment, and production settings that pass Django's deploy check.

Each case runs Django in a fresh process with exactly the environment it names, as a server
would start.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent
PRODUCTION_SECRET = "p" * 20 + "-not-a-real-secret-but-long-enough-for-the-check-0123456789"

SHOW = """
import json
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from search.conf import setting as search_setting
try:
    secret_key = settings.SECRET_KEY
except ImproperlyConfigured:  # Django refuses an empty secret key
    secret_key = None
db = settings.DATABASES["default"]
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "SECRET_KEY": secret_key,
    "ALLOWED_HOSTS": settings.ALLOWED_HOSTS,
    "ENGINE": db["ENGINE"],
    "NAME": str(db["NAME"]),
    "HOST": db.get("HOST", ""),
    "PORT": db.get("PORT", ""),
    "ELASTICSEARCH_URL": settings.ELASTICSEARCH_URL,
    "COP_SEARCH_ENGINE": search_setting("COP_SEARCH_ENGINE"),
    "WAGTAILSEARCH_BACKEND": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
    "MEDIA_ROOT": str(settings.MEDIA_ROOT),
    "EMAIL_TIMEOUT": settings.EMAIL_TIMEOUT,
    "EMAIL_HOST": settings.EMAIL_HOST,
}))
"""


def run_django(settings_module, env, *args, code=None):
    clean_env = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": settings_module, **env}
    if code is not None:
        command = [sys.executable, "-c", f"import django; django.setup(); {code}"]
    else:
        command = [sys.executable, "manage.py", *args]
    return subprocess.run(
        command, cwd=BASE_DIR, env=clean_env, capture_output=True, text=True, timeout=120
    )


def settings_of(settings_module, env):
    result = run_django(settings_module, env, code=SHOW)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_base_settings_are_production_safe_without_environment():
    values = settings_of("cop_cms.settings.base", {})
    assert values["DEBUG"] is False
    assert values["SECRET_KEY"] is None
    assert values["ALLOWED_HOSTS"] == []
    assert values["ENGINE"] == "django.db.backends.sqlite3"
    assert values["NAME"] == str(BASE_DIR / "db.sqlite3")
    assert values["COP_SEARCH_ENGINE"] == "database"
    assert values["EMAIL_TIMEOUT"] == 10


def test_environment_configures_database_search_media_and_email(tmp_path):
    values = settings_of(
        "cop_cms.settings.base",
        {
            "DATABASE_URL": "postgres://cop:secret@db.internal:5433/cop",
            "ELASTICSEARCH_URL": "http://search.internal:9200",
            "SECRET_KEY": "from-the-environment",
            "ALLOWED_HOSTS": "cop.example.org, www.cop.example.org",
            "DEBUG": "false",
            "MEDIA_ROOT": str(tmp_path),
            "EMAIL_HOST": "smtp.example.org",
            "EMAIL_TIMEOUT": "5",
        },
    )
    assert values["ENGINE"] == "django.db.backends.postgresql"
    assert (values["HOST"], values["PORT"], values["NAME"]) == ("db.internal", 5433, "cop")
    assert values["ELASTICSEARCH_URL"] == "http://search.internal:9200"
    assert values["COP_SEARCH_ENGINE"] == "elasticsearch"
    # The admin's own search never depends on Elasticsearch.
    assert values["WAGTAILSEARCH_BACKEND"] == "wagtail.search.backends.database"
    assert values["SECRET_KEY"] == "from-the-environment"
    assert values["ALLOWED_HOSTS"] == ["cop.example.org", "www.cop.example.org"]
    assert values["MEDIA_ROOT"] == str(tmp_path)
    assert (values["EMAIL_HOST"], values["EMAIL_TIMEOUT"]) == ("smtp.example.org", 5)


def test_dev_settings_work_with_no_environment():
    values = settings_of("cop_cms.settings.dev", {})
    assert values["DEBUG"] is True
    assert values["SECRET_KEY"]
    assert "127.0.0.1" in values["ALLOWED_HOSTS"]
    assert values["COP_SEARCH_ENGINE"] == "database"


def test_production_settings_pass_the_deploy_check(tmp_path):
    result = run_django(
        "cop_cms.settings.production",
        {
            "SECRET_KEY": PRODUCTION_SECRET,
            "ALLOWED_HOSTS": "cop.example.org",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy-check.sqlite3'}",
        },
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ALLOWED_HOSTS": "cop.example.org"}, "Set SECRET_KEY"),
        ({"SECRET_KEY": "too-short", "ALLOWED_HOSTS": "cop.example.org"}, "Set SECRET_KEY"),
        ({"SECRET_KEY": PRODUCTION_SECRET}, "Set ALLOWED_HOSTS"),
    ],
)
def test_production_settings_refuse_to_start_without_secret_or_hosts(env, message):
    result = run_django("cop_cms.settings.production", env, "check")
    assert result.returncode != 0
    assert message in result.stderr


SHOW_SECURITY = """
import json
from django.conf import settings
print(json.dumps({name: getattr(settings, name) for name in [
    "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY",
    "SECURE_SSL_REDIRECT", "SECURE_PROXY_SSL_HEADER", "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY", "X_FRAME_OPTIONS", "DATA_UPLOAD_MAX_MEMORY_SIZE",
    "FILE_UPLOAD_MAX_MEMORY_SIZE", "WAGTAILDOCS_MAX_UPLOAD_SIZE",
    "WAGTAILIMAGES_MAX_UPLOAD_SIZE", "MIDDLEWARE",
]}))
"""
PRODUCTION_ENV = {"SECRET_KEY": PRODUCTION_SECRET, "ALLOWED_HOSTS": "cop.example.org"}


def test_production_settings_turn_on_https_and_secure_cookies():
    result = run_django("cop_cms.settings.production", PRODUCTION_ENV, code=SHOW_SECURITY)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values["SECURE_HSTS_SECONDS"] >= 60 * 60 * 24 * 365
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SECURE_HSTS_PRELOAD"] is True
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["SESSION_COOKIE_HTTPONLY"] is True
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["SECURE_CONTENT_TYPE_NOSNIFF"] is True
    assert values["SECURE_REFERRER_POLICY"] == "same-origin"
    assert values["X_FRAME_OPTIONS"] == "DENY"
    assert "cop_cms.csp.SiteAndAdminCSPMiddleware" in values["MIDDLEWARE"]


def test_upload_limits_match_what_the_forms_accept():
    from django.conf import settings

    from resources.forms import MAX_UPLOAD_BYTES

    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == MAX_UPLOAD_BYTES
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE <= MAX_UPLOAD_BYTES
    # Form fields without files stay small; files stream to disk above the memory threshold.
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE <= 5 * 1024 * 1024
    assert settings.FILE_UPLOAD_MAX_MEMORY_SIZE <= settings.DATA_UPLOAD_MAX_MEMORY_SIZE


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (
            {"SECURE_PROXY_SSL_HEADER": "HTTP_X_FORWARDED_SCHEME"},
            ["HTTP_X_FORWARDED_SCHEME", "https"],
        ),
        ({"SECURE_PROXY_SSL_HEADER": "none"}, None),
    ],
)
def test_the_proxy_ssl_header_is_configurable(env, expected):
    code = (
        "import json; from django.conf import settings; "
        "print(json.dumps(settings.SECURE_PROXY_SSL_HEADER))"
    )
    result = run_django("cop_cms.settings.production", {**PRODUCTION_ENV, **env}, code=code)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == expected


def directives(header):
    return {
        name: set(values)
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


@pytest.mark.django_db
def test_public_pages_carry_the_strict_policy(client, home_page):
    response = client.get(home_page.url)
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == {"'self'"}
    assert policy["script-src"] == {"'self'"}
    assert policy["style-src"] == {"'self'"}
    assert policy["img-src"] == {"'self'", "data:"}
    assert policy["frame-ancestors"] == {"'none'"}
    assert policy["form-action"] == {"'self'"}
    assert policy["object-src"] == {"'none'"}
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_public_templates_need_no_inline_script_or_style(client, home_page):
    # The strict policy would block them: keep scripts and styles in static files.
    html = client.get(home_page.url).content.decode()
    assert "<script>" not in html
    assert "<style" not in html
    assert " style=" not in html


@pytest.mark.django_db
def test_the_admin_carries_the_policy_the_wagtail_admin_needs(client, editor):
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert {"data:", "blob:"} <= policy["img-src"]
    assert policy["frame-ancestors"] == {"'self'"}
    assert policy["form-action"] == {"'self'"}
    assert "'unsafe-eval'" not in policy["script-src"]
    # The login page is the admin's too.
    client.logout()
    login = client.get("/admin/login/")
    assert "'unsafe-inline'" in login["Content-Security-Policy"]


CLIENT_ADDRESSES = """
import json
from django.test import RequestFactory
from contributions.ratelimit import client_ip
proxy = "10.0.0.2"
print(json.dumps([
    client_ip(RequestFactory().get("/", REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=forwarded))
    for forwarded in ["198.51.100.7", "203.0.113.9", "6.6.6.6, 198.51.100.8"]
]))
"""


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        # Behind the documented TLS proxy each visitor is counted by the address the proxy
        # saw (its last X-Forwarded-For entry; a client's own entries come before it).
        ({}, ["198.51.100.7", "203.0.113.9", "198.51.100.8"]),
        # Django terminating TLS itself: the header is the client's word, so not trusted.
        ({"SECURE_PROXY_SSL_HEADER": "none"}, ["10.0.0.2"] * 3),
        ({"COP_TRUST_X_FORWARDED_FOR": "false"}, ["10.0.0.2"] * 3),
    ],
)
def test_production_counts_visitors_by_the_address_the_proxy_saw(env, expected):
    result = run_django(
        "cop_cms.settings.production", {**PRODUCTION_ENV, **env}, code=CLIENT_ADDRESSES
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == expected
