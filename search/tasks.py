from django_tasks import task

from . import sync


@task()
def push_pending():
    """Push pending catalogue rows to Elasticsearch (enqueued after each indexed change)."""
    return sync.push_pending()
