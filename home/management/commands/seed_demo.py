from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from community.setup import run_setup, site_address
from home.demo import (
    community,
    compendium,
    consultations,
    digests,
    resources,
    site,
    translations,
)

DEFAULT_DEMO_PASSWORD = "cop-demo-2026"  # noqa: S105 - printed for a newcomer's local site


class Command(BaseCommand):
    help = (
        "Build the demo site: its home page, the community of practice set up under it (as "
        "cop_setup does for any host) and demo content in every section. Safe to run again: "
        "existing content is left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-accounts",
            action="store_true",
            help="Also create a demo administrator and one account per role.",
        )
        parser.add_argument(
            "--site-url",
            default=settings.WAGTAILADMIN_BASE_URL,
            help=(
                "The demo site's address, which its sitemap, feeds, calendars and emails use "
                "(default: WAGTAILADMIN_BASE_URL, %(default)s)."
            ),
        )
        parser.add_argument(
            "--password",
            default=DEFAULT_DEMO_PASSWORD,
            help="Password for new demo accounts (default: %(default)s).",
        )

    def handle(self, *args, with_accounts, password, site_url, verbosity, **options):
        if site_url:
            try:
                site_address(site_url)
            except ValueError as error:  # before anything is written
                raise CommandError(f"--site-url: {error}") from error
        counts = {"created": 0, "unchanged": 0}
        report = []

        def log(message, created):
            counts["created" if created else "unchanged"] += 1
            if verbosity >= 1:
                marker = self.style.SUCCESS("+") if created else "="
                self.stdout.write(f"  {marker} {message}")

        def setup_log(kind, message):
            log(message, created=kind == "created")

        with transaction.atomic():
            home = site.seed(log)
            run_setup(parent=home, site_url=site_url or None, log=setup_log)
            translations.seed_sections(log)
            if with_accounts:
                credentials = community.seed_accounts(log, password=password)
                report.extend(f"{name} / {password}  ({role})" for name, role in credentials)
            resources.seed(log)
            compendium.seed(log)
            community.seed_subgroups(log)
            community.seed_dialogues(log)
            community.seed_questions(log)
            consultations.seed(log, with_accounts=with_accounts)
            community.seed_membership(log)
            digests.seed(log)
            translations.seed_content(log)

        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {counts['created']} created, "
                f"{counts['unchanged']} already there."
            )
        )
        if report:
            self.stdout.write("Demo accounts (sign in at http://127.0.0.1:8000/admin/):")
            for line in report:
                self.stdout.write(f"  {line}")
