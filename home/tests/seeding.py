"""The demo seed, run once for the tests of a module or a class that read what it built.

seed_demo takes seconds: a module (or class) fixture runs it once in a transaction that is
rolled back after the module's (class's) last test. Each test runs inside it in pytest-django's
own savepoint, rolled back after the test, so every test meets the seeded site as seeded. A
module with such a module fixture has only tests that use it, and no transactional_db or
live_server test. Under xdist (scripts/test.sh, --dist load) each worker that runs some of a
module's tests seeds once for them.
"""

from io import StringIO

from django.core.management import call_command
from django.db import transaction


def seeded_once(django_db_blocker, *args):
    """For a module or class fixture: runs ``seed_demo *args``, gives its output, and rolls
    the seed back at the end."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            out = StringIO()
            call_command("seed_demo", *args, stdout=out)
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield out.getvalue()
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
