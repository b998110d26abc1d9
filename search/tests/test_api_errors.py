"""/api/search/ answers its errors as JSON, as integrations read it, never as HTML pages."""

import logging

import pytest
from django.db import connection
from django.test import Client

from search.models import CatalogEntry

from .conftest import load

pytestmark = pytest.mark.django_db


def assert_json_error(response, status):
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    assert set(response.json()) == {"error"}
    assert response.json()["error"]


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_other_methods_than_get_and_head_are_refused_in_json(client, method):
    response = getattr(client, method)("/api/search/", {"q": "training"})

    assert_json_error(response, 405)
    assert response["Allow"] == "GET, HEAD"


def test_a_request_too_big_to_read_is_refused_in_json(client, settings, caplog):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    query = "&".join(f"theme=t{number}" for number in range(11))

    with caplog.at_level(logging.ERROR, logger="django.security"):
        response = client.get(f"/api/search/?{query}")

    assert_json_error(response, 400)
    assert any(record.name == "django.security.TooManyFieldsSent" for record in caplog.records)


def test_a_failure_on_the_server_is_answered_in_json_and_logged(caplog):
    load()
    table = CatalogEntry._meta.db_table
    # The catalogue's table gone (a failed migration, a restore half done): the test's
    # transaction puts it back.
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE {table} RENAME TO {table}_gone")

    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = Client(raise_request_exception=False).get("/api/search/", {"q": "training"})

    assert_json_error(response, 500)
    assert any(record.name == "django.request" and record.exc_info for record in caplog.records)


def test_head_answers_like_get_without_a_body(client):
    load()
    get = client.get("/api/search/", {"q": "training"})
    head = client.head("/api/search/", {"q": "training"})

    assert (head.status_code, head["Content-Type"]) == (get.status_code, get["Content-Type"])
    assert get.status_code == 200
    assert head.content == b""
