"""PostgreSQL's full-text vector column, without django.contrib.postgres.

django.contrib.postgres.search needs psycopg at import time on Django 6.0 and the
django.contrib.postgres app installed (postgres.E005): a host on SQLite or MySQL has neither.
The column is "tsvector" (SQLite accepts the type name and the column stays empty there); the
PostgreSQL ``@@`` lookup is registered when a PostgreSQL query first needs it.
"""

from django.db import models


class SearchVectorField(models.Field):
    description = "PostgreSQL tsvector"

    def db_type(self, connection):
        return "tsvector"


def register_postgresql_lookups():
    """``search_vector=SearchQuery(...)`` as ``@@`` (PostgreSQL only: imports psycopg)."""
    from django.contrib.postgres.search import SearchVectorExact

    SearchVectorField.register_lookup(SearchVectorExact)
