from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail import hooks

DEFAULT_DEMO_PASSWORD = "cop-demo-2026"  # noqa: S105 - printed for a newcomer's local site


class Command(BaseCommand):
    help = (
        "Build the demo site. Each app adds its content through the 'cop_seed_demo' hook. "
        "Safe to run again: existing content is left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-accounts",
            action="store_true",
            help="Also create a demo administrator and one account per role.",
        )
        parser.add_argument(
            "--password",
            default=DEFAULT_DEMO_PASSWORD,
            help="Password for new demo accounts (default: %(default)s).",
        )

    def handle(self, *args, with_accounts, password, verbosity, **options):
        counts = {"created": 0, "unchanged": 0}
        report = []

        def log(message, created):
            counts["created" if created else "unchanged"] += 1
            if verbosity >= 1:
                marker = self.style.SUCCESS("+") if created else "="
                self.stdout.write(f"  {marker} {message}")

        seeders = hooks.get_hooks("cop_seed_demo")
        with transaction.atomic():
            for seeder in seeders:
                if verbosity >= 1:
                    self.stdout.write(f"{seeder.__module__}.{seeder.__name__}")
                seeder(log, with_accounts=with_accounts, password=password, report=report)

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
