import time

from django.core.management.base import BaseCommand

from search import sync
from search.models import CatalogEntry


class Command(BaseCommand):
    help = (
        "Push catalogue rows still pending (for example, changed while Elasticsearch was "
        "down). Run it from cron, or with --every to keep retrying."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--every", type=int, default=0, help="Keep running, retrying every N seconds."
        )

    def handle(self, *args, every=0, **options):
        while True:
            pushed = sync.push_pending()
            pending = CatalogEntry.objects.pending().count()
            self.stdout.write(f"{pushed} pushed, {pending} still pending")
            if not every:
                return
            time.sleep(every)
