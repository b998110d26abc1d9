"""``cop_setup``: what a host runs once after ``migrate`` (and may run again)."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site, Workflow, WorkflowPage

from compendium.models import CompendiumIndexPage, Criterion
from consultations.models import ConsultationIndexPage
from resources.models import ResourceIndexPage
from taxonomy.models import Theme

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command("cop_setup", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def host_home():
    """A host's own home page (a plain page, as in a site made by ``wagtail start``)."""
    site = Site.objects.get(is_default_site=True)
    return site.root_page


def test_setup_creates_the_sections_under_the_parent_with_their_workflows(host_home):
    before = host_home.get_latest_revision()
    output = run("--parent", "/")

    library = ResourceIndexPage.objects.get()
    compendium = CompendiumIndexPage.objects.get()
    assert library.get_parent().pk == host_home.pk
    assert library.live and library.url == "/resources/"
    assert WorkflowPage.objects.get(page=library).workflow.name == "Editorial review"
    assert WorkflowPage.objects.get(page=compendium).workflow.name == "Good practice review"
    assert ConsultationIndexPage.objects.get().get_parent().pk == host_home.pk
    assert Theme.objects.exists() and Criterion.objects.count() >= 8
    assert "+ resource library page" in output
    # The host's own page is left as it was.
    host_home.refresh_from_db()
    assert host_home.get_latest_revision() == before


def test_running_it_again_changes_nothing():
    run()
    counts = (Page.objects.count(), Theme.objects.count(), Workflow.objects.count())
    output = run()
    assert (Page.objects.count(), Theme.objects.count(), Workflow.objects.count()) == counts
    assert "0 created" in output


def test_check_lists_what_is_missing_and_changes_nothing():
    pages = Page.objects.count()
    with pytest.raises(CommandError, match="not set up"):
        run("--check")
    assert Page.objects.count() == pages
    assert not ResourceIndexPage.objects.exists()

    run()
    assert "0 missing" in run("--check")


def test_sections_go_under_a_page_the_host_chooses(host_home):
    community = Page(title="Community", slug="community")
    host_home.add_child(instance=community)
    run("--parent", "/community/")
    assert ResourceIndexPage.objects.get().url == "/community/resources/"


def test_a_parent_that_does_not_exist_is_refused_with_nothing_made():
    with pytest.raises(CommandError, match="No page at"):
        run("--parent", "/nowhere/")
    assert not ResourceIndexPage.objects.exists()


def test_the_site_address_is_set_when_given():
    run("--site-url", "https://cop.example.org")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("cop.example.org", 443)
    with pytest.raises(CommandError, match="http"):
        run("--site-url", "ftp://cop.example.org")


def test_without_starting_terms_only_the_required_ones_are_made():
    Theme.objects.all().delete()
    run("--no-starting-terms")
    assert not Theme.objects.exists()
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Members",
        "Reviewers",
        "Editors",
        "Moderators",
    }
