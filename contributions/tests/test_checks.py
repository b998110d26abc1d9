"""The system checks: each says what the host site is missing and how to add it, and the demo
site's settings pass them all."""

import io
import types

import pytest
from django.core.checks import Error, Tags, run_checks
from django.core.checks import Warning as CheckWarning
from django.core.management import call_command
from django.test.utils import modify_settings
from django.urls import include, path
from wagtail import urls as wagtail_urls

from contributions import checks

DEMO_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def urlconf(*patterns):
    module = types.ModuleType("host_urls")
    module.urlpatterns = list(patterns)
    return module


def ids(messages):
    return [message.id for message in messages]


def only(messages, check_id):
    found = [message for message in messages if message.id == check_id]
    assert len(found) == 1, messages
    return found[0]


def test_the_test_settings_pass_every_check():
    out = io.StringIO()
    call_command("check", stdout=out)
    assert "System check identified no issues" in out.getvalue()


def test_the_demo_settings_pass_every_check_of_the_plugin(settings):
    # The demo site's own task backend (test settings run tasks at once).
    settings.TASKS = DEMO_TASKS
    messages = [m for m in run_checks() if m.id and m.id.startswith("copcontributions.")]
    assert messages == []


# Installed apps


def test_a_missing_plugin_app_is_named():
    with modify_settings(INSTALLED_APPS={"remove": ["digests"]}):
        message = only(checks.host_has_what_the_plugin_needs(None), "copcontributions.E001")
    assert isinstance(message, Error)
    assert "'digests'" in message.msg
    assert "Add 'digests' to INSTALLED_APPS" in message.hint


def test_a_missing_required_app_is_named():
    with modify_settings(INSTALLED_APPS={"remove": ["wagtail.contrib.routable_page"]}):
        message = only(checks.host_has_what_the_plugin_needs(None), "copcontributions.E002")
    assert "Add 'wagtail.contrib.routable_page' to INSTALLED_APPS" in message.hint


# URLs


def test_urls_not_included_are_an_error_with_the_line_to_add(settings):
    settings.ROOT_URLCONF = urlconf(path("", include(wagtail_urls)))
    messages = run_checks(tags=[Tags.urls])
    errors = [m for m in messages if m.id == "copcontributions.E003"]
    assert len(errors) == 2  # community:account and search:search
    assert all(isinstance(error, Error) for error in errors)
    assert 'path("", include("community.plugin_urls"))' in errors[0].hint
    assert "before Wagtail" in errors[0].hint


def test_urls_after_wagtails_catch_all_are_an_error(settings):
    settings.ROOT_URLCONF = urlconf(
        path("", include(wagtail_urls)), path("", include("community.plugin_urls"))
    )
    messages = checks.plugin_urls_are_included(None)
    assert ids(messages) == ["copcontributions.E004", "copcontributions.E004"]
    assert "/account/" in messages[0].msg
    assert "before Wagtail's" in messages[0].hint


def test_urls_included_before_the_catch_all_pass(settings):
    settings.ROOT_URLCONF = urlconf(
        path("", include("community.plugin_urls")), path("", include(wagtail_urls))
    )
    assert checks.plugin_urls_are_included(None) == []


# Cache


@pytest.mark.parametrize(
    "backend",
    [
        "django.core.cache.backends.locmem.LocMemCache",
        "django.core.cache.backends.dummy.DummyCache",
    ],
)
def test_a_per_process_cache_is_a_warning(settings, backend):
    settings.CACHES = {"default": {"BACKEND": backend}}
    message = only(checks.cache_is_shared(None), "copcontributions.W001")
    assert isinstance(message, CheckWarning)
    assert "rate limits" in message.msg
    assert "DatabaseCache" in message.hint
    assert "createcachetable" in message.hint
    assert "Redis" in message.hint


def test_the_database_cache_passes():
    assert checks.cache_is_shared(None) == []


# Tasks


@pytest.mark.parametrize(
    "tasks",
    [
        {"other": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}},
        {"default": {"BACKEND": "nowhere.TaskBackend"}},
    ],
)
def test_no_usable_default_task_backend_is_an_error(settings, tasks):
    settings.TASKS = tasks
    message = only(checks.task_backend_is_usable(None), "copcontributions.E005")
    assert "django_tasks_db.DatabaseBackend" in message.hint
    assert "db_worker" in message.hint


def test_running_tasks_in_the_request_of_a_live_elasticsearch_site_is_a_warning(settings):
    settings.TASKS = IMMEDIATE_TASKS
    settings.DEBUG = False
    settings.COP_SEARCH_ENGINE = "elasticsearch"
    message = only(checks.task_backend_is_usable(None), "copcontributions.W002")
    assert isinstance(message, CheckWarning)
    assert "ImmediateBackend" in message.msg
    assert "Elasticsearch" in message.msg
    assert "django_tasks_db.DatabaseBackend" in message.hint
    assert "db_worker" in message.hint


def test_a_dummy_task_backend_is_a_warning_too(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    settings.COP_SEARCH_ENGINE = "elasticsearch"
    message = only(checks.task_backend_is_usable(None), "copcontributions.W002")
    assert "never runs tasks" in message.msg


@pytest.mark.parametrize(("debug", "engine"), [(True, "elasticsearch"), (False, "database")])
def test_running_tasks_in_the_request_is_fine_in_debug_or_without_elasticsearch(
    settings, debug, engine
):
    settings.TASKS = IMMEDIATE_TASKS
    settings.DEBUG = debug
    settings.COP_SEARCH_ENGINE = engine
    assert checks.task_backend_is_usable(None) == []


def test_a_worker_backend_passes(settings):
    settings.TASKS = DEMO_TASKS
    settings.COP_SEARCH_ENGINE = "elasticsearch"
    assert checks.task_backend_is_usable(None) == []


# Base template


def test_a_base_template_that_does_not_exist_is_an_error(settings):
    settings.COP_BASE_TEMPLATE = "nowhere/site_base.html"
    messages = checks.base_template_is_usable(None)
    message = only(messages, "copcontributions.E006")
    assert "'nowhere/site_base.html'" in message.msg
    assert "COP_BASE_TEMPLATE" in message.hint


def with_context_processors(settings, change):
    """TEMPLATES with the first engine's context processors passed through ``change``."""
    templates = [dict(engine) for engine in settings.TEMPLATES]
    options = dict(templates[0]["OPTIONS"])
    options["context_processors"] = change(list(options["context_processors"]))
    templates[0]["OPTIONS"] = options
    settings.TEMPLATES = templates


def test_another_base_template_needs_the_context_processor(settings):
    with_context_processors(
        settings, lambda names: [name for name in names if name != checks.CONTEXT_PROCESSOR]
    )
    settings.COP_BASE_TEMPLATE = "404.html"  # exists in the demo site's templates
    message = only(checks.base_template_is_usable(None), "copcontributions.E007")
    assert (
        message.hint == 'Add "contributions.context_processors.plugin", to '
        'TEMPLATES[0]["OPTIONS"]["context_processors"].'
    )


def test_another_base_template_with_the_context_processor_passes(settings):
    with_context_processors(
        settings,
        lambda names: (
            [name for name in names if name != checks.CONTEXT_PROCESSOR]
            + ["contributions.context_processors.plugin"]
        ),
    )
    settings.COP_BASE_TEMPLATE = "404.html"
    assert checks.base_template_is_usable(None) == []


def test_the_default_base_template_needs_no_context_processor(settings):
    with_context_processors(
        settings, lambda names: [name for name in names if name != checks.CONTEXT_PROCESSOR]
    )
    if hasattr(settings, "COP_BASE_TEMPLATE"):
        del settings.COP_BASE_TEMPLATE
    assert checks.base_template_is_usable(None) == []


# Base URL


@pytest.mark.parametrize("unset", ["delete", ""])
def test_no_base_url_is_a_warning(settings, unset):
    if unset == "delete":
        del settings.WAGTAILADMIN_BASE_URL
    else:
        settings.WAGTAILADMIN_BASE_URL = unset
    message = only(checks.base_url_is_set(None), "copcontributions.W003")
    assert isinstance(message, CheckWarning)
    assert "emails" in message.msg
    assert "Set WAGTAILADMIN_BASE_URL" in message.hint


@pytest.mark.parametrize("method", ["direct", "redirect"])
def test_serving_documents_around_the_download_policy_is_an_error(settings, method):
    settings.WAGTAILDOCS_SERVE_METHOD = method
    message = only(checks.documents_are_served_through_the_policy(None), "copcontributions.E008")
    assert "serve_view" in message.hint


def test_serving_documents_through_the_policy_passes(settings):
    settings.WAGTAILDOCS_SERVE_METHOD = "serve_view"
    assert checks.documents_are_served_through_the_policy(None) == []
