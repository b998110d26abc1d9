"""Suite-wide test set-up: real services, and no silent skips in CI.

Tests marked ``elasticsearch`` talk to the node at ELASTICSEARCH_URL (``make test`` starts one
when Java and Maven are present). Tests marked ``postgresql`` need DATABASE_URL to name a
PostgreSQL database. With CI=true both services are required: the run stops with an error
before any test when one is missing, so nothing is skipped in CI.
"""

import json
import os
import urllib.error
import urllib.request

import pytest
from django.conf import settings
from django.utils import translation

ON_CI = os.environ.get("CI", "").lower() == "true"

HOW_TO_ENABLE = {
    "elasticsearch": (
        "Elasticsearch tests skipped: install Java 17+ and Maven (make test starts a node) "
        "or set ELASTICSEARCH_URL to a running Elasticsearch 8."
    ),
    "postgresql": (
        "PostgreSQL tests skipped: set DATABASE_URL=postgres://user:password@host/dbname."
    ),
    "browser": (
        "Browser tests skipped: install Debian's chromium (apt-get install chromium) "
        "or set CHROMIUM_PATH."
    ),
}

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# The machine's network is closed: these flags stop Chromium's own background connections.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def elasticsearch_health(url):
    # GET / is not served by the test distribution (it lacks the rest-root module), so
    # reachability is checked on cluster health, which every node serves. A cluster's URL
    # lists its nodes apart by commas: the first that answers speaks for the cluster.
    for node in filter(None, (part.strip().rstrip("/") for part in url.split(","))):
        try:
            with urllib.request.urlopen(f"{node}/_cluster/health", timeout=5) as response:  # noqa: S310
                return json.load(response)
        except (urllib.error.URLError, OSError, ValueError):
            continue
    return None


def _missing_services():
    missing = {}
    if not settings.ELASTICSEARCH_URL:
        missing["elasticsearch"] = "ELASTICSEARCH_URL is not set"
    elif elasticsearch_health(settings.ELASTICSEARCH_URL) is None:
        missing["elasticsearch"] = f"no Elasticsearch answers at {settings.ELASTICSEARCH_URL}"
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        missing["postgresql"] = "DATABASE_URL does not name a PostgreSQL database"
    if not os.access(CHROMIUM_PATH, os.X_OK):
        missing["browser"] = f"no Chromium at {CHROMIUM_PATH}"
    return missing


def pytest_sessionstart(session):
    session.config.cop_missing_services = _missing_services()
    if ON_CI and session.config.cop_missing_services:
        reasons = "; ".join(session.config.cop_missing_services.values())
        pytest.exit(
            f"CI=true needs PostgreSQL, Elasticsearch and Chromium: {reasons}", returncode=3
        )


def pytest_collection_modifyitems(config, items):
    missing = getattr(config, "cop_missing_services", {})
    for item in items:
        for service in missing:
            if service in item.keywords:
                item.add_marker(pytest.mark.skip(reason=HOW_TO_ENABLE[service]))
    # pytest-django has put the tests without a database last. The host-site tests are among
    # them and take minutes each: started last, one worker would run them while the others
    # stand idle. They touch no test database, so they may go first.
    items.sort(key=lambda item: "hostsite" not in item.keywords)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    skipped = {
        report.longrepr[2].removeprefix("Skipped: ")
        for report in terminalreporter.stats.get("skipped", [])
        if isinstance(report.longrepr, tuple)
    }
    for message in HOW_TO_ENABLE.values():
        if message in skipped:
            terminalreporter.write_line(message, yellow=True)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database gets what ``cop_setup`` makes in a host (roles, workflows, required
    terms), without section pages or starting vocabularies: tests make their own."""
    from django.db import connections

    from community.setup import run_setup

    with django_db_blocker.unblock():
        run_setup(parent=None, starting_terms=False)
        # Tests with serialized_rollback restore the state serialized after migrate: take it
        # again so that it includes the setup.
        for connection in connections.all():
            if getattr(connection, "_test_serialized_contents", None) is not None:
                connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language. LocaleMiddleware activates the language of
    the address it answers (/es/..., /fr/...) and leaves it active on the thread: without
    this, a test after one that visited /es/ would run in Spanish."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def elasticsearch_url():
    return settings.ELASTICSEARCH_URL


@pytest.fixture
def home_page(db):
    from home.factories import make_site_home

    return make_site_home()


@pytest.fixture
def chromium(live_server):
    """Debian's Chromium driven by Playwright, for one test.

    Playwright's sync API keeps an event loop running in the test thread while it is open,
    and Django then treats the thread as async (a different connection, ORM calls refused).
    So the browser is opened after the test's data is in place (request data fixtures first)
    and closed before the database is flushed; test bodies make no ORM calls while it is open.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium):
    context = chromium.new_context()
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


@pytest.fixture
def browser_without_js(chromium):
    context = chromium.new_context(java_script_enabled=False)
    context.set_default_timeout(15_000)
    yield context
    context.close()


@pytest.fixture
def library(home_page):
    from resources.factories import ResourceIndexPageFactory

    return ResourceIndexPageFactory(parent=home_page)


def _user_in(role, username):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.org",
        password="password",  # noqa: S106
        first_name=username.capitalize(),
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def member(db):
    return _user_in("Members", "member")


@pytest.fixture
def other_member(db):
    return _user_in("Members", "othermember")


@pytest.fixture
def editor(db):
    return _user_in("Editors", "editor")


@pytest.fixture
def moderator(db):
    return _user_in("Moderators", "moderator")


@pytest.fixture
def reviewer(db):
    return _user_in("Reviewers", "reviewer")


@pytest.fixture
def registered_user(db):
    """Signed up but in no group: not (yet) a member."""
    return _user_in(None, "outsider")
