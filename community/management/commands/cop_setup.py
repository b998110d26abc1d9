from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Page, Site

from community.setup import run_setup, site_address

MARKERS = {"created": "+", "found": "=", "missing": "!"}


class Command(BaseCommand):
    help = (
        "Create what the community of practice needs in this site: roles, workflows, the "
        "section pages under a parent page, the starting vocabularies and criteria, and the "
        "site's address. Safe to run again: what exists is left as it is, and the site's own "
        "pages are never changed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--parent",
            default="/",
            help=(
                "The page the section pages go under: its address on the default site (such "
                "as / or /community/) or its id. Default: the site's home page."
            ),
        )
        parser.add_argument(
            "--site-url",
            help=(
                "The public address of the site (such as https://cop.example.org), used in "
                "feeds, calendars and the sitemap."
            ),
        )
        parser.add_argument(
            "--no-starting-terms",
            action="store_true",
            help="Create no starting themes, contexts, regions, languages or criteria.",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="Change nothing; list what is missing and exit with an error if anything is.",
        )

    def handle(self, *args, parent, site_url, no_starting_terms, check, verbosity, **options):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError("This site has no default Wagtail Site: create one first.")
        parent_page = self._parent(site, parent)

        def log(kind, message):
            if verbosity >= 1 and (kind != "found" or verbosity >= 2 or check):
                self.stdout.write(f"  {MARKERS[kind]} {message}")

        if site_url:
            try:
                site_address(site_url)
            except ValueError as error:
                raise CommandError(f"--site-url: {error}") from error
        with transaction.atomic():
            setup = run_setup(
                parent=parent_page,
                check=check,
                starting_terms=not no_starting_terms,
                site_url=site_url,
                log=log,
            )
            if check:
                transaction.set_rollback(True)

        summary = (
            f"{len(setup.created)} created, {len(setup.found)} already there, "
            f"{len(setup.missing)} missing."
        )
        if check and setup.missing:
            raise CommandError(f"The community of practice is not set up: {summary}")
        self.stdout.write(self.style.SUCCESS(f"Community of practice: {summary}"))

    def _parent(self, site, parent):
        if parent.isdigit():
            page = Page.objects.filter(pk=int(parent)).first()
        else:
            path = site.root_page.url_path + parent.strip("/") + "/" if parent.strip("/") else ""
            page = (
                Page.objects.filter(url_path=path).first()
                if path
                else site.root_page.specific_deferred
            )
        if page is None:
            raise CommandError(f"No page at {parent!r}: give an address on the site or an id.")
        return page
