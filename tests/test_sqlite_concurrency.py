"""SQLite, the demo site's database: writes that arrive at the same moment wait for each other
instead of failing with "database is locked"."""

import threading

import pytest
from django.conf import settings
from django.db import connections, transaction

from cop_cms.settings.base import SQLITE_OPTIONS, _database

WRITERS = 8
WRITES_EACH = 5


def test_the_site_configures_sqlite_to_wait_for_writers_and_leaves_postgresql_alone():
    sqlite = _database("sqlite:////srv/cop/db.sqlite3")
    assert sqlite["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert sqlite["OPTIONS"]["timeout"] == 20
    assert "PRAGMA journal_mode=WAL" in sqlite["OPTIONS"]["init_command"]
    postgresql = _database("postgres://cop:secret@db.example.org/cop")
    assert not set(SQLITE_OPTIONS) & set(postgresql.get("OPTIONS", {}))
    if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        assert settings.DATABASES["default"]["OPTIONS"].items() >= SQLITE_OPTIONS.items()


@pytest.fixture
def site_file(tmp_path, django_db_blocker):
    """A SQLite file configured as the demo site configures its database, as a database alias
    of its own for this test (the suite's database may be PostgreSQL, or SQLite in memory)."""
    alias = "sqlite_file"
    configured = connections.configure_settings(
        {"default": {}, alias: _database(f"sqlite:///{tmp_path / 'db.sqlite3'}")}
    )
    connections.settings[alias] = configured[alias]
    with django_db_blocker.unblock():
        with connections[alias].cursor() as cursor:
            cursor.execute("CREATE TABLE entry (id INTEGER PRIMARY KEY, writer INTEGER)")
        try:
            yield alias
        finally:
            connections[alias].close()
            del connections[alias]
            del connections.settings[alias]


def test_members_writing_at_the_same_moment_on_sqlite_all_succeed(site_file):
    barrier = threading.Barrier(WRITERS)
    errors = []

    def write(writer):
        try:
            barrier.wait(timeout=30)
            for _write in range(WRITES_EACH):
                # As a view does: read first, then write, in one transaction.
                with (
                    transaction.atomic(using=site_file),
                    connections[site_file].cursor() as cursor,
                ):
                    cursor.execute("SELECT count(*) FROM entry WHERE writer = %s", [writer])
                    cursor.execute("INSERT INTO entry (writer) VALUES (%s)", [writer])
        except Exception as error:
            errors.append(error)
        finally:
            connections[site_file].close()

    threads = [threading.Thread(target=write, args=[writer]) for writer in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    with connections[site_file].cursor() as cursor:
        cursor.execute("SELECT count(*) FROM entry")
        assert cursor.fetchone()[0] == WRITERS * WRITES_EACH
        # Pages are read while one is written.
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
