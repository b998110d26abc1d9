import pytest
from django.db import connection


@pytest.mark.postgresql
@pytest.mark.django_db
def test_suite_runs_on_postgresql_with_full_text_search():
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()")
        (version,) = cursor.fetchone()
        cursor.execute(
            "SELECT to_tsvector('english', %s) @@ plainto_tsquery('english', %s)",
            ["Trainers of gender trainings", "training"],
        )
        (matches,) = cursor.fetchone()
    assert version.startswith("PostgreSQL")
    assert matches is True
