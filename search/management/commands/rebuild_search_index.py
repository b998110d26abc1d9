import time

from django.core.management.base import BaseCommand

from search import catalogue, sync
from search.service import elasticsearch_configured


class Command(BaseCommand):
    help = (
        "Rebuild the search catalogue from the pages, then (with Elasticsearch) load it into a "
        "new index and swap the alias to it: searches keep answering throughout."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--skip-catalogue",
            action="store_true",
            help="Only reload Elasticsearch from the catalogue as it is.",
        )

    def handle(self, *args, skip_catalogue=False, **options):
        started = time.monotonic()
        if not skip_catalogue:
            self.stdout.write("Catalogue: rewriting rows from the pages …")
            indexed, withdrawn = catalogue.rebuild(
                progress=lambda n: self.stdout.write(f"  {n} pages")
            )
            self.stdout.write(f"  {indexed} pages indexed, {withdrawn} rows withdrawn")
        if elasticsearch_configured():
            self.stdout.write("Elasticsearch: loading a new index …")
            name, count = sync.rebuild_elasticsearch(
                progress=lambda n: self.stdout.write(f"  {n} documents")
            )
            self.stdout.write(f"  {count} documents in {name}; alias swapped")
        else:
            self.stdout.write("Elasticsearch is not configured: the database engine answers.")
        self.stdout.write(self.style.SUCCESS(f"Done in {time.monotonic() - started:.1f}s"))
