"""System checks: what the plugin needs from the host site, said with how to add it.

Each says what is missing and the line that adds it, at ``manage.py check`` (and every
``runserver`` or ``migrate``), instead of a traceback at the first request.

============================  =======================================================
``copcontributions.E001``     one of the plugin's apps is not installed
``copcontributions.E002``     an app the plugin needs is not installed
``copcontributions.E003``     the plugin's URLs are not included
``copcontributions.E004``     the plugin's URLs are hidden by an earlier pattern
``copcontributions.E005``     no usable default task backend (django-tasks)
``copcontributions.E006``     ``COP_BASE_TEMPLATE`` names no template
``copcontributions.E007``     ``COP_BASE_TEMPLATE`` set without the context processor
``copcontributions.W001``     the default cache is not shared across processes
``copcontributions.W002``     tasks run inside the request (or never) on a live site
``copcontributions.W003``     ``WAGTAILADMIN_BASE_URL`` is not set
============================  =======================================================
"""

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import NoReverseMatch, Resolver404, resolve, reverse

from . import conf

PLUGIN_APPS = {
    "taxonomy": "coptaxonomy",
    "contributions": "copcontributions",
    "resources": "copresources",
    "compendium": "copcompendium",
    "community": "copcommunity",
    "consultations": "copconsultations",
    "digests": "copdigests",
    "search": "copsearch",
}
REQUIRED_APPS = [
    "wagtail.contrib.routable_page",
    "django_tasks",
    # Editors translate pages, terms and criteria with it (the terms are its snippets).
    "wagtail_localize",
]
# One view of each URL module the plugin's pages link to.
PLUGIN_URL_NAMES = ["community:account", "search:search"]
INCLUDE_LINE = 'path("", include("community.plugin_urls"))'
PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}
# Backends whose tasks do not run in a worker, and what that means for the search index.
IN_REQUEST_TASK_BACKENDS = {
    "django_tasks.backends.immediate.ImmediateBackend": "runs each task inside the request that "
    "enqueues it: publishing a page waits for Elasticsearch in the editor's request",
    "django_tasks.backends.dummy.DummyBackend": "never runs tasks: published pages reach "
    "Elasticsearch only when `manage.py sync_search_index` runs",
}
CONTEXT_PROCESSOR = "contributions.context_processors.plugin"
DJANGO_TEMPLATES = "django.template.backends.django.DjangoTemplates"


@register()
def host_has_what_the_plugin_needs(app_configs, **kwargs):
    errors = []
    installed = {config.label for config in apps.get_app_configs()}
    for module, label in PLUGIN_APPS.items():
        if label not in installed:
            errors.append(
                Error(
                    f"The community of practice's '{module}' app is not installed.",
                    hint=f"Add '{module}' to INSTALLED_APPS: the plugin's apps work together.",
                    id="copcontributions.E001",
                )
            )
    for name in REQUIRED_APPS:
        if not apps.is_installed(name):
            errors.append(
                Error(
                    f"The community of practice needs '{name}'.",
                    hint=f"Add '{name}' to INSTALLED_APPS.",
                    id="copcontributions.E002",
                )
            )
    return errors


@register(Tags.urls)
def plugin_urls_are_included(app_configs, **kwargs):
    errors = []
    for name in PLUGIN_URL_NAMES:
        try:
            url = reverse(name)
        except NoReverseMatch:
            errors.append(
                Error(
                    f"The community of practice's URLs are not included (no URL named '{name}').",
                    hint=f"In the site's urls.py add {INCLUDE_LINE} to urlpatterns, before "
                    'Wagtail\'s path("", include(wagtail_urls)).',
                    id="copcontributions.E003",
                )
            )
            continue
        try:
            found = resolve(url).view_name
        except Resolver404:
            found = None
        if found != name:
            errors.append(
                Error(
                    f"The address {url} ('{name}') is served by "
                    f"{repr(found) if found else 'nothing'}, not by the community of "
                    "practice: an earlier URL pattern catches it.",
                    hint=f'Put {INCLUDE_LINE} before Wagtail\'s path("", '
                    "include(wagtail_urls)) (which catches every remaining path) and before "
                    "any pattern that matches the plugin's addresses.",
                    id="copcontributions.E004",
                )
            )
    return errors


@register(Tags.caches)
def cache_is_shared(app_configs, **kwargs):
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend not in PER_PROCESS_CACHES:
        return []
    return [
        Warning(
            f"The default cache ({backend}) is not shared across processes: the rate limits "
            "(membership applications) and the search circuit breaker count in each process "
            "separately.",
            hint='Use a shared cache: CACHES = {"default": {"BACKEND": '
            '"django.core.cache.backends.db.DatabaseCache", "LOCATION": "cop_cache"}} and run '
            "`manage.py createcachetable`, or Redis or Memcached.",
            id="copcontributions.W001",
        )
    ]


@register()
def task_backend_is_usable(app_configs, **kwargs):
    from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, InvalidTaskBackendError, task_backends

    hint = (
        'Set TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}, add '
        "'django_tasks_db' to INSTALLED_APPS and run `manage.py db_worker` beside the site."
    )
    try:
        backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
    except (InvalidTaskBackendError, KeyError) as error:
        return [
            Error(
                f"The community of practice has no default task backend: {error}",
                hint=hint,
                id="copcontributions.E005",
            )
        ]
    path = f"{type(backend).__module__}.{type(backend).__qualname__}"
    how = IN_REQUEST_TASK_BACKENDS.get(path)
    if how is None or settings.DEBUG or not _searches_elasticsearch():
        return []
    return [
        Warning(
            f"The default task backend ({path}) {how}.",
            hint=hint,
            id="copcontributions.W002",
        )
    ]


def _searches_elasticsearch():
    try:
        from search import conf as search_conf
    except ImportError:  # said by E001
        return False
    return search_conf.setting("COP_SEARCH_ENGINE") == "elasticsearch"


@register(Tags.templates)
def base_template_is_usable(app_configs, **kwargs):
    name = conf.setting("COP_BASE_TEMPLATE")
    errors = []
    try:
        get_template(name)
    except TemplateDoesNotExist:
        errors.append(
            Error(
                f"COP_BASE_TEMPLATE names the template '{name}', which does not exist: every "
                "page of the community of practice extends it.",
                hint="Set COP_BASE_TEMPLATE to the site's base template (one with the blocks "
                "title, extra_css, content and extra_js, as a `wagtail start` site's base.html "
                "has; 'base.html' by default), or create it in a "
                "templates folder.",
                id="copcontributions.E006",
            )
        )
    if name != conf.DEFAULTS["COP_BASE_TEMPLATE"] and not _has_context_processor():
        errors.append(
            Error(
                f"COP_BASE_TEMPLATE is '{name}' but the context processor that passes it to "
                "the plugin's templates is not installed.",
                hint=f'Add "{CONTEXT_PROCESSOR}", to TEMPLATES[0]["OPTIONS"]'
                '["context_processors"].',
                id="copcontributions.E007",
            )
        )
    return errors


def _has_context_processor():
    return any(
        CONTEXT_PROCESSOR in engine.get("OPTIONS", {}).get("context_processors", [])
        for engine in settings.TEMPLATES
        if engine.get("BACKEND") == DJANGO_TEMPLATES
    )


@register()
def base_url_is_set(app_configs, **kwargs):
    if conf.setting("WAGTAILADMIN_BASE_URL"):
        return []
    return [
        Warning(
            "WAGTAILADMIN_BASE_URL is not set: Wagtail's own workflow emails have no "
            "address to link to the admin, nor the plugin's emails on a database without a "
            "Wagtail Site.",
            hint="Set WAGTAILADMIN_BASE_URL to the site's public address, e.g. "
            '"https://cop.example.org".',
            id="copcontributions.W003",
        )
    ]


@register()
def documents_are_served_through_the_policy(app_configs, **kwargs):
    from django.conf import settings

    method = getattr(settings, "WAGTAILDOCS_SERVE_METHOD", None)
    if method in {"direct", "redirect"}:
        return [
            Error(
                f"WAGTAILDOCS_SERVE_METHOD = {method!r} hands out documents without the "
                "community of practice's download policy (members' drafts would be public).",
                hint='Set WAGTAILDOCS_SERVE_METHOD = "serve_view" (or leave it unset).',
                id="copcontributions.E008",
            )
        ]
    return []
