"""Fixtures of the seed tests: see seeding.py."""

import pytest

from .seeding import seeded_once


@pytest.fixture(scope="module")
def demo_with_accounts(django_db_setup, django_db_blocker):
    """``seed_demo --with-accounts``, once for the module."""
    yield from seeded_once(django_db_blocker, "--with-accounts")
