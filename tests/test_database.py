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


@pytest.mark.postgresql
@pytest.mark.django_db
def test_postgresql_sessions_are_tuned_for_the_catalogue_search():
    # With the server's default random_page_cost the planner scans every catalogue row
    # instead of the GIN index (cop_cms/settings/base.py POSTGRESQL_SESSION).
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert cursor.fetchone()[0] == "1.1"
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"


@pytest.mark.postgresql
@pytest.mark.django_db
def test_the_planner_knows_facet_values_belong_to_their_facet():
    # Extended statistics on (facet, value): a common value is estimated as common, so the
    # search's facet queries are planned for the rows they really read.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT stxkind FROM pg_statistic_ext WHERE stxname = 'catalog_facet_value_mcv'"
        )
        (kinds,) = cursor.fetchone()
    assert {"m", "f"} <= set(kinds)


@pytest.mark.postgresql
@pytest.mark.django_db
def test_what_a_search_reads_per_row_is_kept_in_the_row():
    # A search matching most of the catalogue reads these columns for every matching row:
    # fetched through the TOAST table they were most of its time; the page text is not.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attname, attstorage FROM pg_attribute "
            "WHERE attrelid = 'copsearch_catalogentry'::regclass AND attnum > 0"
        )
        storage = dict(cursor.fetchall())
        cursor.execute(
            "SELECT reloptions FROM pg_class WHERE oid = 'copsearch_catalogentry'::regclass"
        )
        (options,) = cursor.fetchone()
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'copsearch_catalogentry'"
        )
        indexes = " ".join(row[0] for row in cursor.fetchall())
    in_row = ["token_vector", "search_vector", "facet_vector", "facet_keys", "sort_title"]
    assert {column: storage[column] for column in in_row} == dict.fromkeys(in_row, "m")
    assert {storage[column] for column in ("text", "summary", "search_words")} == {"x"}
    assert "toast_tuple_target=256" in options
    assert "USING gin (facet_vector)" in indexes
