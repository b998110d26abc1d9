from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from digests import sending
from digests.models import SavedSearch


class Command(BaseCommand):
    help = (
        "Email each member one digest of what is new in their saved searches of a frequency, "
        "plus their subgroups' dialogues and open consultations. Run it from cron or the task "
        "worker at that frequency; nothing is ever sent twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--frequency",
            choices=SavedSearch.SENT,
            required=True,
            help="Which saved searches to send: run 'immediately' every few minutes, 'daily' "
            "once a day, 'weekly' once a week.",
        )
        parser.add_argument(
            "--now",
            help="End of the period as an ISO date-time (default: now), e.g. to replay a run.",
        )

    def handle(self, *args, frequency, now, verbosity, **options):
        until = timezone.now()
        if now:
            try:
                until = parse_datetime(now)
            except ValueError:
                until = None
            if until is None:
                raise CommandError(f"--now: {now!r} is not an ISO date-time.")
            if timezone.is_naive(until):
                until = timezone.make_aware(until)

        def progress(line):
            if verbosity >= 1:
                self.stdout.write(f"  {line}")

        summary = sending.send_digests(frequency, until=until, progress=progress)
        line = (
            f"{frequency} digests up to {until.isoformat()}: {summary.sent} sent "
            f"({summary.items} items), {summary.empty} with nothing new, "
            f"{summary.failed} failed, of {summary.members} members."
        )
        if summary.failed:
            self.stderr.write(self.style.ERROR(line + " Failed digests are retried next run."))
        else:
            self.stdout.write(self.style.SUCCESS(line))
