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
    "COP_SEARCH_ENGINE": settings.COP_SEARCH_ENGINE,
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
