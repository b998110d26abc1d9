import datetime
import sys
import time

from django.core.management.base import BaseCommand, CommandError

from search import service, tasks
from search.models import CatalogEntry


class Command(BaseCommand):
    help = (
        "Push catalogue rows still pending (for example, changed while Elasticsearch was "
        "down). Run it from cron, or with --every to keep retrying. With --check it pushes "
        "nothing: it prints the search's state and exits with status 1 (and a one-line "
        "message on stderr) when a row has been pending longer than --max-age seconds "
        "(default 600), for monitoring."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--every", type=int, default=0, help="Keep running, retrying every N seconds."
        )
        parser.add_argument(
            "--start-health-checks",
            action="store_true",
            help="Start (or restart) the task worker's health checks of Elasticsearch, every "
            "COP_SEARCH_HEALTH_SECONDS; run once after each deployment.",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="Push nothing; print the state and fail when rows wait longer than --max-age.",
        )
        parser.add_argument(
            "--max-age",
            type=float,
            default=600,
            help="With --check: seconds a row may stay pending before the check fails "
            "(default 600).",
        )

    def handle(
        self, *args, every=0, check=False, max_age=600, start_health_checks=False, **options
    ):
        if check:
            return self.check(max_age)
        if start_health_checks:
            started = tasks.start_health_checks()
            self.stdout.write(
                "health checks started on the task worker"
                if started
                else "this task backend runs tasks at once: run this command from cron instead"
            )
            return
        while True:
            # The worker's health check, by cron: records the node's state, replays what it
            # missed and closes the breaker when it is back.
            before = CatalogEntry.objects.pending().count()
            service.check_health()
            pending = CatalogEntry.objects.pending().count()
            self.stdout.write(f"{before - pending} pushed, {pending} still pending")
            if not every:
                return
            time.sleep(every)

    def check(self, max_age):
        if max_age < 0:
            raise CommandError("--max-age must be 0 or more seconds.")
        status = service.status()
        self.stdout.write(state_line(status))
        oldest = status["oldest_pending_seconds"]
        if oldest is not None and oldest > max_age:
            # Monitoring reads the exit status and one line on stderr; a CommandError would
            # prefix it with "CommandError:", which reads as bad input.
            self.stderr.write(
                f"search index behind: {status['pending']} rows pending, the oldest for "
                f"{oldest:.0f} s (more than {max_age:g} s)"
            )
            sys.exit(1)


def state_line(status):
    oldest = status["oldest_pending_seconds"]
    down_since = status["down_since"]
    return " ".join(
        [
            f"engine={status['engine']}",
            f"state={status['state']}",
            f"pending={status['pending']}",
            f"oldest_pending_seconds={'-' if oldest is None else f'{oldest:.0f}'}",
            "down_since="
            + (
                "-"
                if down_since is None
                else datetime.datetime.fromtimestamp(down_since, datetime.UTC).isoformat(
                    timespec="seconds"
                )
            ),
        ]
    )
