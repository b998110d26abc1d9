from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.http import HttpRequest
from wagtail.models import Page, Revision, Site, WorkflowPage

from compendium.models import Assessment, CompendiumIndexPage, Criterion, GoodPracticePage
from compendium.submissions import REVIEW_WORKFLOW
from contributions import roles
from home.models import HomePage, SiteSettings, StandardPage
from resources.contributions import EDITORIAL_WORKFLOW
from resources.models import (
    ExpertPage,
    InstitutionPage,
    ResourceFeedback,
    ResourceIndexPage,
    ResourcePage,
    TrainingPage,
)
from search.models import CatalogEntry
from taxonomy.models import Language, ResourceType, Theme, TrainingContext

from .seeding import seeded_once

pytestmark = pytest.mark.django_db

DIRECTORY_TYPES = ["institution", "training", "expert"]
CONTEXTS = {
    "epistemology-methodology",
    "un-system-wide",
    "national-public-policy",
    "fragile-states",
    "developed-states",
    "humanitarian",
}


def seed(*args):
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "title", "live")),
        "revisions": Revision.objects.count(),
        "sites": list(Site.objects.values_list("root_page_id", "is_default_site")),
        "settings": SiteSettings.objects.count(),
        "users": list(get_user_model().objects.values_list("username", "password")),
        "criteria": list(Criterion.objects.values_list("slug", flat=True)),
        "assessments": Assessment.objects.count(),
    }


# seed_demo takes seconds: each class seeds once for its tests (rolled back after the class),
# and each test starts from that seed in a savepoint of its own.


@pytest.fixture(scope="class")
def seeded_without_accounts(django_db_setup, django_db_blocker):
    yield from seeded_once(django_db_blocker)


@pytest.fixture(scope="class")
def seeded_with_accounts(django_db_setup, django_db_blocker):
    yield from seeded_once(django_db_blocker, *WITH_ACCOUNTS)


WITH_ACCOUNTS = ("--with-accounts", "--password", "a-demo-password")


class TestWithoutAccounts:
    def test_seed_builds_the_site_tree_and_the_home_page_answers(
        self, seeded_without_accounts, client
    ):
        output = seeded_without_accounts

        home = HomePage.objects.get(locale__language_code="en")
        assert Site.objects.get(is_default_site=True).root_page_id == home.pk
        # Wagtail's placeholder page is replaced, not left beside the home page.
        assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()
        assert set(StandardPage.objects.child_of(home).live().values_list("slug", flat=True)) == {
            "about",
            "terms-of-reference",
        }
        assert "home page created" in output

        response = client.get("/")
        assert response.status_code == 200
        assert b"Gender Training Community of Practice" in response.content
        assert client.get("/about/").status_code == 200
        assert client.get("/terms-of-reference/").status_code == 200

    def test_without_the_flag_no_account_is_created(self, seeded_without_accounts):
        assert not get_user_model().objects.exists()


class TestWithAccounts:
    def test_second_run_changes_nothing(self, seeded_with_accounts):
        # The class seeded once: this is the second run, with the same arguments.
        before = snapshot()

        output = seed(*WITH_ACCOUNTS)

        assert snapshot() == before
        assert "0 created" in output

    def test_accounts_for_each_role_with_printed_credentials(self, seeded_with_accounts, client):
        output = seeded_with_accounts

        User = get_user_model()
        admin = User.objects.get(username="admin")
        assert admin.is_superuser
        for username, role in [
            ("member", roles.MEMBERS),
            ("reviewer", roles.REVIEWERS),
            ("editor", roles.EDITORS),
            ("moderator", roles.MODERATORS),
        ]:
            assert list(
                User.objects.get(username=username).groups.values_list("name", flat=True)
            ) == [role]
            assert f"{username} / a-demo-password" in output
        assert client.login(request=HttpRequest(), username="admin", password="a-demo-password")

    def test_seed_builds_the_compendium(self, seeded_with_accounts, client):
        index = CompendiumIndexPage.objects.get(locale__language_code="en")
        assert index.live
        assert index.url == "/compendium/"
        assert WorkflowPage.objects.get(page=index).workflow.name == REVIEW_WORKFLOW
        names = list(Criterion.objects.originals().values_list("slug", flat=True))
        assert len(names) >= 8
        assert names[:3] == ["relevance", "effectiveness", "sustainability"]

        practices = GoodPracticePage.objects.live().child_of(index)
        assert practices.count() >= 12
        for practice in practices:
            assert practice.themes.exists()
            assert practice.regions.exists()
            assert practice.year
            assessment = practice.published_assessment()
            assert assessment is not None
            assert assessment.scores.count() == len(names)
            assert all(getattr(practice, name) for name in ("background", "approach", "results"))
            assert "lorem" not in practice.approach.lower()
        # Spread across the taxonomies.
        regions = {r for p in practices for r in p.regions.values_list("slug", flat=True)}
        contexts = {c for p in practices for c in p.contexts.values_list("slug", flat=True)}
        themes = {t for p in practices for t in p.themes.values_list("slug", flat=True)}
        assert len(regions) >= 6
        assert len(contexts) >= 5
        assert len(themes) >= 10
        assert CatalogEntry.objects.filter(type="good-practice", withdrawn=False).count() >= 12

        listing = client.get("/compendium/")
        assert listing.context["results"].total >= 12
        practice = practices.first()
        assert b"out of 3 on average" in client.get(practice.url).content

    def test_seed_fills_the_library_and_its_vocabularies(self, seeded_with_accounts):
        assert ResourcePage.objects.live().count() >= 60
        directory = (
            InstitutionPage.objects.live().count()
            + TrainingPage.objects.live().count()
            + ExpertPage.objects.live().count()
        )
        assert directory >= 10
        assert Theme.objects.originals().count() >= 10
        assert set(TrainingContext.objects.values_list("slug", flat=True)) == CONTEXTS
        assert ResourceType.objects.exclude(slug__in=DIRECTORY_TYPES).count() >= 10
        assert Language.objects.originals().count() >= 5
        # Every resource was published with its own revision, as an editor would.
        assert all(page.revisions.exists() for page in ResourcePage.objects.live()[:5])

    def test_seeded_library_answers_with_uneven_facets_feedback_and_review(
        self, seeded_with_accounts, client
    ):
        index = ResourceIndexPage.objects.get(locale__language_code="en")

        response = client.get("/resources/")

        assert response.status_code == 200
        results = response.context["results"]
        assert results.total >= 70
        theme_counts = [value.count for value in results.facets["theme"]]
        assert len(theme_counts) >= 10
        assert len(set(theme_counts)) > 1, "every theme has the same number of entries"
        resource_types = {value.value for value in results.facets["resource_type"]}
        assert set(DIRECTORY_TYPES) <= resource_types
        assert ResourceFeedback.objects.exists()
        assert WorkflowPage.objects.filter(page=index, workflow__name=EDITORIAL_WORKFLOW).exists()

    def test_seed_leaves_something_in_every_queue(self, seeded_with_accounts):
        from community.models import MembershipApplication, Nomination, SubgroupRequest
        from compendium.models import CriterionProposal
        from consultations.models import TrainingProposalPage
        from contributions.queues import work_queues

        assert MembershipApplication.objects.pending().exists()
        assert Nomination.objects.filter(invited_at=None).exists()
        assert SubgroupRequest.objects.filter(status=SubgroupRequest.PENDING).exists()
        assert CriterionProposal.objects.filter(status=CriterionProposal.STATUS_PENDING).exists()
        # What each role finds waiting for them, as their dashboard counts it.
        User = get_user_model()
        counts = {
            username: {
                queue.label: queue.count
                for group in work_queues(User.objects.get(username=username))
                for queue in group.queues
            }
            for username in ("reviewer", "editor", "moderator")
        }
        assert counts["reviewer"]["Good practices waiting for “Criteria assessment”"] >= 1
        editing = "waiting for “Editorial approval by Editors”"
        assert counts["editor"][f"Library contributions {editing}"] >= 1
        assert counts["editor"][f"Training proposals {editing}"] >= 1
        for label in (
            "Membership applications to decide",
            "Nominations not yet invited",
            "Subgroup requests to decide",
            "Criterion proposals to decide",
        ):
            assert counts["moderator"][label] >= 1, label
        # The waiting items are the member's, in review, and not on the public site.
        member = User.objects.get(username="member")
        assert not ResourcePage.objects.filter(owner=member).live().exists()
        assert GoodPracticePage.objects.filter(owner=member).exclude(live=True).exists()
        assert TrainingProposalPage.objects.filter(owner=member, live=False).exists()


def test_existing_home_content_is_kept():
    tree_root = Page.get_first_root_node()
    placeholder = tree_root.get_children().get(slug="home")
    placeholder.add_child(instance=Page(title="Someone's page", slug="someones-page"))

    seed()

    assert Page.objects.filter(slug="someones-page").exists()
    home = HomePage.objects.get(locale__language_code="en")
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk


def test_a_site_address_that_is_not_http_is_refused_before_anything_is_made():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match=r"--site-url: .*http"):
        call_command("seed_demo", "--site-url", "ftp://cop.example.org", stdout=StringIO())
    assert not HomePage.objects.exists()


def test_the_demo_site_is_on_the_address_it_is_given():
    seed("--site-url", "https://cop.example.org")
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "https://cop.example.org"
