import datetime
import uuid

from django.core.cache import cache
from django.utils import timezone
from django_tasks import task

from . import conf, service, sync

# The id of the one chain of health checks that goes on (see start_health_checks).
HEALTH_CHAIN = "search:health:chain"


@task()
def push_pending():
    """Push pending catalogue rows to Elasticsearch (enqueued after each indexed change)."""
    return sync.push_pending()


@task()
def check_search_health(chain=None):
    """The worker's check of Elasticsearch (``service.check_health``), every
    ``COP_SEARCH_HEALTH_SECONDS``: each run enqueues the next while its chain is the current
    one, so starting the checks again replaces the old chain instead of adding one."""
    health = service.check_health()
    if chain is not None and cache.get(HEALTH_CHAIN) == chain:
        _enqueue_next(chain)
    return health


def _enqueue_next(chain):
    run_after = timezone.now() + datetime.timedelta(
        seconds=conf.setting("COP_SEARCH_HEALTH_SECONDS")
    )
    check_search_health.using(run_after=run_after).enqueue(chain=chain)


def start_health_checks():
    """Start (or restart) the periodic health checks on a task backend that runs tasks later
    (a worker); False on one that runs them at once, where the cron's sync does the check."""
    if not check_search_health.get_backend().supports_defer:
        return False
    chain = uuid.uuid4().hex
    cache.set(HEALTH_CHAIN, chain, None)
    check_search_health.enqueue(chain=chain)
    return True
