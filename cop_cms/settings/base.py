"""Settings shared by every environment.

Production-safe on its own: DEBUG is off, there is no secret key and no allowed host unless the
environment provides them. The environment is read here, once; the other settings modules only
adjust what this one reads.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def _env(name, default=""):
    return os.environ.get(name, default)


def _env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _env_int(name, default):
    value = os.environ.get(name)
    return int(value) if value else default


def _env_list(name, default=()):
    value = os.environ.get(name)
    if not value:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = _env_bool("DEBUG", False)
SECRET_KEY = _env("SECRET_KEY")
ALLOWED_HOSTS = _env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = _env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Project apps first so their templates override the libraries' ones.
    "home",
    "contributions",
    "taxonomy",
    "resources",
    "compendium",
    "community",
    "consultations",
    "search",
    "digests",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    # wagtail_localize.locales replaces wagtail.locales: its locale screens also sync trees.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cop_cms.csp.SiteAndAdminCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cop_cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.navigation",
                "contributions.context_processors.plugin",
            ],
        },
    },
]

WSGI_APPLICATION = "cop_cms.wsgi.application"

# Database: a SQLite file in the project unless DATABASE_URL names another database.
# SQLite lets one transaction write at a time. Begun DEFERRED (its default), a transaction
# that reads first and then writes fails at once with "database is locked" when another is
# writing: begun IMMEDIATE, it waits for the write lock from the start, up to "timeout"
# seconds. WAL lets pages be read while one is written; synchronous=NORMAL is safe with WAL.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}

# PostgreSQL on solid-state storage (the server default assumes spinning disks): with
# random_page_cost at 4 the planner reads every catalogue row and unpacks its text vector
# rather than ask the GIN index (a word found in 40 % of 100,000 entries: 690 ms against
# 145 ms). JIT compilation costs more than it saves on the search's short queries.
# DATABASE_PG_OPTIONS replaces both (server options, "-c name=value ...").
POSTGRESQL_SESSION = _env("DATABASE_PG_OPTIONS", "-c random_page_cost=1.1 -c jit=off")


def _database(url):
    config = dj_database_url.parse(
        url,
        conn_max_age=_env_int("DATABASE_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = {**SQLITE_OPTIONS, **config.get("OPTIONS", {})}
    elif config["ENGINE"] == "django.db.backends.postgresql":
        config["OPTIONS"] = {"options": POSTGRESQL_SESSION, **config.get("OPTIONS", {})}
    return config


DATABASES = {"default": _database(_env("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Sign-in lockout (django-axes) on every sign-in form: the plugin's /accounts/login/, Wagtail's
# /admin/login/ and Django's /django-admin/login/. Axes' backend comes first so a locked-out
# attempt is refused before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = _env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=_env_int("AXES_COOLOFF_MINUTES", 15))
# Failures count per user name *and* client address. By user name alone, anyone could lock any
# member (or the admins) out with five wrong passwords; by address alone, one mistyping
# colleague would lock out a whole office behind one NAT address. Per pair, guessing one
# account from one address stops after the limit while its owner, elsewhere, still signs in.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The same client address as the plugin's rate limits (honours COP_TRUST_X_FORWARDED_FOR).
AXES_CLIENT_IP_CALLABLE = "contributions.ratelimit.client_ip"
AXES_LOCKOUT_TEMPLATE = "account_locked.html"  # templates/, rendered with status 429

# URL names, so that a visitor at /es/... signs in at /es/accounts/login/ and lands on
# /es/account/ (Django reverses them in the active language).
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "community:account"
LOGOUT_REDIRECT_URL = "/"

# Internationalisation: English, Spanish and French are the community's working languages.
# English pages are at /..., Spanish at /es/..., French at /fr/... (cop_cms/urls.py). Each
# language is named in itself, untranslated: a reader looks for their own language's name in
# the switcher, whatever language the page is in.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español"), ("fr", "Français")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
# English dates the international way (cop_cms/formats/en); Spanish and French: Django's.
FORMAT_MODULE_PATH = ["cop_cms.formats"]

# Static and uploaded files. Everything a page needs is served from here: no CDN.
STATIC_URL = "/static/"
STATIC_ROOT = Path(_env("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(_env("MEDIA_ROOT") or BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# A cache shared by every process (rate limits must hold across workers): a database table,
# created by `manage.py createcachetable`.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "cop_cache",
    }
}

# Email
EMAIL_BACKEND = _env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = _env("EMAIL_HOST", "localhost")
EMAIL_PORT = _env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = _env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = _env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = _env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _env_bool("EMAIL_USE_SSL", False)
# A mail server that hangs must not hang the request that sends the mail.
EMAIL_TIMEOUT = _env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = _env("DEFAULT_FROM_EMAIL", "Gender Training CoP <noreply@localhost>")
SERVER_EMAIL = _env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# Background tasks (django-tasks, as Wagtail uses): stored in the database and run by
# `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Security defaults that hold whatever the environment.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Content-Security-Policy (django-csp). The public site runs no inline script or style and
# loads nothing from other origins (no CDN), so its policy is strict.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail admin (and Django's) need inline scripts and styles, data:/blob: images and
# workers, and frame their own previews.
COP_ADMIN_CSP_PATHS = ["/admin/", "/django-admin/"]
COP_ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "media-src": ["'self'", "blob:"],
    "worker-src": ["'self'", "blob:"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}

# Upload limits. Documents match what the contribution and submission forms accept (the
# plugin's COP_MAX_UPLOAD_BYTES, 20 MB by default); a request body without files is small.
# The proxy in front must accept bodies a little larger than the largest upload.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # larger uploads stream to a temporary file

# Wagtail
WAGTAIL_SITE_NAME = _env("WAGTAIL_SITE_NAME", "Gender Training Community of Practice")
WAGTAILADMIN_BASE_URL = _env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The admin's own search stays on Wagtail's database backend so the admin never depends on
# Elasticsearch; the public catalogue search is the search app's concern.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = [
    "pdf", "doc", "docx", "odt", "ppt", "pptx", "odp", "xls", "xlsx", "ods", "txt", "epub", "csv",
    "rtf",
]  # fmt: skip
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # permission checks and no direct media links
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_FINDERS = []  # nothing fetches from the internet at render time
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: nothing is fetched from other origins (and the CSP refuses it).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = False
TAGGIT_CASE_INSENSITIVE = True

# The plugin's settings have their defaults in its apps (<app>/conf.py); only what this site
# reads from the environment is set here.
# Trust the last X-Forwarded-For address for rate limits (only behind a proxy that sets it).
COP_TRUST_X_FORWARDED_FOR = _env_bool("COP_TRUST_X_FORWARDED_FOR", False)

# The demo site's page types decide whether they are searchable, as the plugin's do.
COP_SEARCH_CHECKED_APPS = ["home"]

# Public catalogue search: Elasticsearch when ELASTICSEARCH_URL is set (one node, or a cluster's
# nodes apart by commas), the database otherwise (the search app's default for COP_SEARCH_ENGINE).
ELASTICSEARCH_URL = _env("ELASTICSEARCH_URL")
# The alias the catalogue is searched through; rebuilt indices are named <alias>-<timestamp>.
COP_SEARCH_INDEX = _env("COP_SEARCH_INDEX", "cop-catalogue")
COP_SEARCH_TIMEOUT = float(_env("COP_SEARCH_TIMEOUT", "2"))  # seconds per Elasticsearch request
# The catalogue index's shards and replicas (COP_SEARCH_REPLICAS=1 on a cluster).
COP_SEARCH_SHARDS = _env_int("COP_SEARCH_SHARDS", 1)
COP_SEARCH_REPLICAS = _env_int("COP_SEARCH_REPLICAS", 0)
# After this many failures in a row, skip Elasticsearch for this many seconds.
COP_SEARCH_BREAKER_FAILURES = _env_int("COP_SEARCH_BREAKER_FAILURES", 3)
COP_SEARCH_BREAKER_SECONDS = _env_int("COP_SEARCH_BREAKER_SECONDS", 30)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": _env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {
            "handlers": ["console"],
            "level": _env("LOG_LEVEL", "INFO"),
            "propagate": False,
        },
        "elastic_transport": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}
