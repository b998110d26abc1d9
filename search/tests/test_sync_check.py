"""``sync_search_index --check``: what cron and monitoring run to learn whether Elasticsearch is
missing changes for too long. It pushes nothing; its exit status is the verdict."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from search.models import CatalogEntry

from .conftest import load
from .faults import closed_port_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def elasticsearch_down(settings):
    # status() reads the catalogue and the breaker: a node nobody answers at is enough.
    settings.COP_SEARCH_ENGINE = "elasticsearch"
    settings.ELASTICSEARCH_URL = closed_port_url()


def check(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("sync_search_index", "--check", *args, stdout=out, stderr=err)
    except SystemExit as exit:
        code = exit.code
    else:
        code = 0
    return code, out.getvalue(), err.getvalue()


def age(page_id, seconds):
    CatalogEntry.objects.filter(page_id=page_id).update(
        updated_at=timezone.now() - datetime.timedelta(seconds=seconds)
    )


def test_nothing_pending_passes(elasticsearch_down):
    code, out, err = check()

    assert code == 0
    assert "engine=elasticsearch" in out
    assert "pending=0" in out
    assert err == ""


def test_a_row_pending_longer_than_the_max_age_fails_and_is_not_pushed(elasticsearch_down):
    load()
    CatalogEntry.objects.exclude(page_id=1).update(pending=False)
    age(1, 700)

    code, out, err = check()

    assert code == 1
    assert "pending=1" in out
    assert "1 rows pending" in err and "more than 600 s" in err
    assert len(err.strip().splitlines()) == 1
    assert CatalogEntry.objects.pending().count() == 1


def test_a_fresh_pending_row_within_the_max_age_passes(elasticsearch_down):
    load()
    age(1, 100)

    code, out, _err = check("--max-age", "300")

    assert code == 0
    assert "pending=7" in out


def test_the_max_age_option_sets_the_limit(elasticsearch_down):
    load()
    age(1, 100)

    assert check("--max-age", "60")[0] == 1


def test_with_the_database_engine_nothing_is_ever_behind(settings):
    settings.COP_SEARCH_ENGINE = "database"
    load()
    age(1, 10_000)

    code, out, _err = check()

    assert code == 0
    assert "engine=database state=healthy pending=0" in out


def test_a_negative_max_age_is_refused_with_a_message():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--max-age must be 0 or more seconds"):
        call_command("sync_search_index", "--check", "--max-age", "-5", stdout=io.StringIO())
