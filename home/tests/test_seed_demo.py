from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from contributions import roles
from home.models import HomePage, SiteSettings, StandardPage

from .seeding import seeded_once

pytestmark = pytest.mark.django_db


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

        home = HomePage.objects.get()
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
        assert client.login(username="admin", password="a-demo-password")


def test_existing_home_content_is_kept():
    tree_root = Page.get_first_root_node()
    placeholder = tree_root.get_children().get(slug="home")
    placeholder.add_child(instance=Page(title="Someone's page", slug="someones-page"))

    seed()

    assert Page.objects.filter(slug="someones-page").exists()
    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
