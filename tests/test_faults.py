"""What the site does when a service it depends on fails, with real failures: a mail server
that refuses connections (a closed loopback port), a database statement cancelled by
PostgreSQL, an Elasticsearch node that accepts connections and never answers, and a real node
stopped and restarted while pages are published."""

import contextlib
import json
import math
import socket
import threading
import time
import urllib.request
from importlib import import_module

import pytest
from django.db import connection, transaction
from django.urls import path, reverse

from community.tests.faults import closed_smtp_port
from search.tests.faults import silent_server

from .es_node import own_node

pytestmark = pytest.mark.django_db


@pytest.fixture
def mail_server_down(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_smtp_port()
    settings.EMAIL_TIMEOUT = 2


@pytest.fixture
def vocabulary(db):
    from taxonomy.factories import LanguageFactory, ResourceTypeFactory, ThemeFactory

    return {
        "theme": ThemeFactory(slug="masculinities", name="Masculinities"),
        "type": ResourceTypeFactory(slug="toolkit", name="Toolkit"),
        "language": LanguageFactory(slug="en", name="English"),
    }


def contribution(vocabulary, title="Engaging men as allies"):
    return {
        "title": title,
        "summary": "Exercises for mixed groups.",
        "resource_type": vocabulary["type"].pk,
        "external_url": "https://example.org/engaging-men",
        "themes": [vocabulary["theme"].pk],
        "licence": "cc-by",
    }


def workflow_action(client, page, action, comment=""):
    task_state = page.current_workflow_state.current_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        {"comment": comment},
    )


# The mail server is down


def test_contribution_and_its_approval_survive_a_dead_mail_server(
    client,
    library,
    member,
    editor,
    vocabulary,
    mail_server_down,
    django_capture_on_commit_callbacks,
):
    from resources.models import ResourcePage

    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/resources/contribute/", contribution(vocabulary))
    assert response.status_code == 302
    page = ResourcePage.objects.get(title="Engaging men as allies")
    assert page.current_workflow_state is not None

    # Approving sends the member a "published" email: the mail server refuses it, the
    # editor still gets the admin's answer and the page is live.
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = workflow_action(client, page, "approve")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200


def test_changes_requested_survive_a_dead_mail_server(
    client,
    library,
    member,
    editor,
    vocabulary,
    mail_server_down,
    django_capture_on_commit_callbacks,
):
    from resources.models import ResourcePage

    client.force_login(member)
    client.post("/resources/contribute/", contribution(vocabulary))
    page = ResourcePage.objects.get()
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = workflow_action(client, page, "reject", comment="Add a summary.")
    assert response.status_code == 302
    client.force_login(member)
    account = client.get("/account/").content.decode()
    assert "Changes requested" in account


def test_application_and_nomination_are_kept_when_mail_is_down(
    client, member, vocabulary, mail_server_down, django_capture_on_commit_callbacks
):
    from community.models import MembershipApplication, Nomination

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/membership/apply/",
            {
                "name": "Lucía Fernández",
                "email": "lucia@example.org",
                "organisation": "Red de Formación en Género",
                "organisation_type": "ngo",
                "position": "Training coordinator",
                "country": "Peru",
                "expertise": [vocabulary["theme"].pk],
                "experience": "Ten years of training of trainers.",
                "languages": [vocabulary["language"].pk],
                "motivation": "To learn from peers.",
                "acknowledged_personal_capacity": "on",
                "website": "",
            },
            follow=True,
        )
    assert response.status_code == 200
    assert "Thank you for applying" in response.content.decode()
    assert MembershipApplication.objects.filter(email="lucia@example.org").exists()

    client.force_login(member)
    response = client.post(
        "/membership/nominate/",
        {"name": "Ana Pérez", "email": "ana@example.org", "reason": "Great trainer."},
        follow=True,
    )
    assert "will consider inviting Ana Pérez" in response.content.decode()
    assert Nomination.objects.filter(email="ana@example.org").exists()


def test_a_moderator_approves_an_application_while_mail_is_down(
    client, moderator, vocabulary, mail_server_down, django_capture_on_commit_callbacks
):
    from community.models import MembershipApplication

    application = MembershipApplication.objects.create(
        name="Lucía Fernández",
        email="lucia@example.org",
        organisation="Red",
        experience="Years.",
        motivation="Peers.",
        acknowledged_personal_capacity=True,
    )
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("membership_application_approve", args=[application.pk]), follow=True
        )
    assert response.status_code == 200
    application.refresh_from_db()
    assert application.status == "approved"
    assert application.user.groups.filter(name="Members").exists()


def test_dialogue_registration_is_kept_when_mail_is_down(
    client, home_page, member, mail_server_down, django_capture_on_commit_callbacks
):
    from community.models import DialogueRegistration

    dialogue = upcoming_dialogue(home_page)
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(dialogue.url + "register/", follow=True)
    assert response.status_code == 200
    assert "https://meet.example.org/cop-room" in response.content.decode()
    assert DialogueRegistration.objects.filter(dialogue=dialogue, user=member).exists()


def upcoming_dialogue(home_page):
    import datetime

    from django.utils import timezone

    from community.models import DialogueEventPage, DialogueIndexPage

    index = DialogueIndexPage(title="Virtual dialogues", slug="dialogues")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    start = timezone.now() + datetime.timedelta(days=7)
    dialogue = DialogueEventPage(
        title="Online facilitation",
        summary_text="Keeping participation alive online.",
        start=start,
        end=start + datetime.timedelta(hours=2),
        time_zone="America/Lima",
        joining_link="https://meet.example.org/cop-room",
    )
    index.add_child(instance=dialogue)
    dialogue.save_revision().publish()
    return dialogue


# A database error in one request


def cancelled_statement(request):
    """A query PostgreSQL cancels, as a slow query under a statement timeout would be."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL statement_timeout = 50")
        cursor.execute("SELECT pg_sleep(2)")
    raise AssertionError("PostgreSQL did not cancel the statement")


# The site's own patterns follow, not included: i18n_patterns only works in the root URLconf.
urlpatterns = [
    path("test-only/cancelled-statement/", cancelled_statement),
    *import_module("cop_cms.urls").urlpatterns,
]


@pytest.mark.postgresql
@pytest.mark.urls("tests.test_faults")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_database_error_gets_the_500_page_and_the_next_request_works(client):
    from django.db import OperationalError

    from home.factories import make_site_home

    make_site_home()
    client.raise_request_exception = False

    failed = client.get("/test-only/cancelled-statement/")

    assert failed.status_code == 500
    assert "Something went wrong" in failed.content.decode()
    assert failed.templates[0].name == "500.html"
    assert isinstance(failed.exc_info[1], OperationalError)
    assert client.get("/").status_code == 200
    assert client.get("/search/?q=gender").status_code == 200


# Elasticsearch hangs


@pytest.mark.elasticsearch
def test_a_hung_node_answers_from_the_database_within_the_timeout(client, library, settings):
    from resources.factories import ResourcePageFactory
    from search import service
    from search.engines import elasticsearch

    ResourcePageFactory(parent=library, title="Gender budgeting role plays")
    timeout = 1.0
    settings.COP_SEARCH_ENGINE = "elasticsearch"
    settings.COP_SEARCH_TIMEOUT = timeout
    service.reset_breaker()
    with silent_server() as url:
        settings.ELASTICSEARCH_URL = url
        elasticsearch.reset_client()
        try:
            answers = {}
            for path in ("/search/?q=budgeting", "/api/search/?q=budgeting"):
                started = time.monotonic()
                response = client.get(path)
                took = time.monotonic() - started
                assert response.status_code == 200, path
                assert took < timeout + 0.5, (path, took)
                answers[path] = response.content.decode()
        finally:
            elasticsearch.reset_client()
            service.reset_breaker()
    page = answers["/search/?q=budgeting"]
    assert "Gender budgeting role plays" in page
    assert "simpler search" in page  # the notice
    api = json.loads(answers["/api/search/?q=budgeting"])
    assert api["engine"] == "database"
    assert [hit["title"] for hit in api["results"]] == ["Gender budgeting role plays"]


@contextlib.contextmanager
def hung_node():
    """A listener that accepts every connection and never answers; counts the connections
    (each one a request someone waited on)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    accepted = []

    def accept():
        with contextlib.suppress(OSError):
            while True:
                accepted.append(listener.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", lambda: len(accepted)
    finally:
        listener.close()
        for sock in accepted:
            sock.close()


@pytest.mark.elasticsearch
def test_a_hung_node_is_probed_by_one_request_per_window_under_concurrent_visitors(settings):
    from django.test import Client

    from search import service
    from search.engines import elasticsearch

    window = 1
    # Forty threads of one process share the breaker in process memory. With the site's
    # database cache they would write the keys this test's own (uncommitted) transaction has
    # written and wait on it (PostgreSQL), or find the in-memory database locked (SQLite).
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.COP_SEARCH_ENGINE = "elasticsearch"
    settings.COP_SEARCH_TIMEOUT = 2
    settings.COP_SEARCH_PROBE_TIMEOUT = 0.2
    settings.COP_SEARCH_BREAKER_SECONDS = window
    settings.COP_SEARCH_BREAKER_FAILURES = 1
    service.reset_breaker()
    with hung_node() as (url, requests_to_node):
        settings.ELASTICSEARCH_URL = url
        elasticsearch.reset_client()
        try:
            # The node hangs: the first search waits its timeout and opens the breaker.
            assert Client().get("/api/search/", {"q": "gender"}).json()["engine"] == "database"
            assert requests_to_node() == 1

            answers = []
            started = time.monotonic()

            def visitor():
                visitor_client = Client()
                while time.monotonic() - started < 3.5 * window:
                    response = visitor_client.get("/api/search/", {"q": "gender"})
                    answers.append((response.status_code, response.json()["engine"]))
                connection.close()

            visitors = [threading.Thread(target=visitor) for _ in range(40)]
            for thread in visitors:
                thread.start()
            for thread in visitors:
                thread.join()
            windows = math.ceil((time.monotonic() - started) / window)
        finally:
            elasticsearch.reset_client()
            service.reset_breaker()

    assert len(answers) > 40
    assert set(answers) == {(200, "database")}
    # One probe per window ended, each with the short probe timeout; every other request
    # went straight to the database.
    assert requests_to_node() - 1 <= windows


# Elasticsearch stops and starts again


def es_count(url, index):
    with urllib.request.urlopen(f"{url}/{index}/_count") as response:  # noqa: S310
        return json.load(response)["count"]


@pytest.mark.elasticsearch
def test_publishing_goes_on_while_the_node_is_stopped_and_the_queue_drains_after(
    client, library, settings, django_capture_on_commit_callbacks, tmp_path
):
    import uuid

    from django.core.management import call_command

    from resources.factories import ResourcePageFactory
    from search import service
    from search.engines import elasticsearch
    from search.models import CatalogEntry

    settings.COP_SEARCH_ENGINE = "elasticsearch"
    settings.COP_SEARCH_INDEX = f"cop-test-{uuid.uuid4().hex[:12]}"
    # Every window ends at once: the test needs no clock, and a stopped node refuses fast.
    settings.COP_SEARCH_BREAKER_SECONDS = 0
    settings.COP_SEARCH_PROBE_TIMEOUT = 10  # a loaded test machine is no hung node
    with own_node() as node:
        settings.ELASTICSEARCH_URL = node.url
        elasticsearch.reset_client()
        service.reset_breaker()
        try:
            with django_capture_on_commit_callbacks(execute=True):
                ResourcePageFactory(parent=library, title="Published while the node was up")
            assert not CatalogEntry.objects.pending().exists()
            assert "simpler search" not in client.get("/search/").content.decode()

            node.stop(keep=True)
            page = client.get("/search/?q=published")
            text = page.content.decode()
            assert page.status_code == 200
            assert "simpler search" in text
            assert "Published while the node was up" in text

            with django_capture_on_commit_callbacks(execute=True):
                during = ResourcePageFactory(parent=library, title="Published during the outage")
            assert during.live
            assert client.get(during.url).status_code == 200
            assert CatalogEntry.objects.get(page_id=during.pk).pending
            outage = client.get("/search/?q=outage").content.decode()
            assert "Published during the outage" in outage
            # The cron's sync finds the node still down: the row waits, nothing is lost.
            call_command("sync_search_index", stdout=open(tmp_path / "down.log", "w"))  # noqa: SIM115
            assert CatalogEntry.objects.get(page_id=during.pk).pending

            # Back, with no cron run and no page change: the first search Elasticsearch
            # answers (the one probing it at the window's end) already has the page.
            node.start()
            found = client.get("/api/search/?q=outage").json()
            assert found["engine"] == "elasticsearch"
            assert [hit["title"] for hit in found["results"]] == ["Published during the outage"]
            assert not CatalogEntry.objects.pending().exists()
            assert es_count(node.url, settings.COP_SEARCH_INDEX) == (
                CatalogEntry.objects.searchable().count()
            )
            assert service.status()["state"] == "healthy"
        finally:
            elasticsearch.reset_client()
            service.reset_breaker()
