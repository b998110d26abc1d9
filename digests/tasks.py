from django.utils.dateparse import parse_datetime
from django_tasks import task

from . import sending


@task()
def send_digests(frequency, until=None):
    """The digests of one frequency, for a worker (``send_digests`` is the cron equivalent).
    ``until``: an ISO date-time ending the period, now when not given."""
    summary = sending.send_digests(frequency, until=parse_datetime(until) if until else None)
    return {"sent": summary.sent, "items": summary.items, "failed": summary.failed}
