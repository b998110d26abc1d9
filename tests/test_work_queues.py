"""What waits for each role: the dashboard panels (one per app, shown to those who act on its
queues), the account page's pointers for staff, and member actions offered only to members."""

import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from community.models import MembershipApplication, Nomination
from contributions.queues import work_queues

from .permission_world import module_world, world_fixture  # noqa: F401

pytestmark = pytest.mark.django_db

PANELS = ["membership-queues", "compendium-queues", "library-queues", "consultation-queues"]
SITE_NAME = "Gender Training Community of Practice"


def dashboard(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def panel(html, name):
    """The panel's HTML, or None when the dashboard does not show it."""
    start = html.find(f'id="{name}-section"')
    if start == -1:
        return None
    end = html.find("</section>", start)
    return html[start:end]


def rows(panel_html):
    """{label: count} of a panel's queues."""
    row = r'<tr data-queue-count="(\d+)">\s*<td>(?:<a href="[^"]*">)?([^<]+)'
    found = re.findall(row, panel_html)
    return {label.strip(): int(count) for count, label in found}


def shown(html):
    return {name for name in PANELS if panel(html, name) is not None}


def test_reviewer_sees_the_practices_waiting_for_their_assessment_only(client, world):
    html = dashboard(client, world.users["reviewer"])

    assert shown(html) == {"compendium-queues"}
    queues = rows(panel(html, "compendium-queues"))
    assert queues == {"Good practices waiting for “Criteria assessment”": 1}
    # A reviewer may not read the workflow report: the row opens the practice through its task.
    assert f'href="/admin/pages/{world.practice.pk}/edit/"' in panel(html, "compendium-queues")


def test_editor_sees_contributions_and_proposals_awaiting_editorial_review(client, world):
    html = dashboard(client, world.users["editor"])

    assert shown(html) == {"library-queues", "consultation-queues"}
    library = panel(html, "library-queues")
    label = "Library contributions waiting for “Editorial approval by Editors”"
    assert rows(library) == {label: 1}
    assert "/admin/reports/workflow_tasks/?task=" in library
    # Nothing waits in consultations: the panel says so.
    assert "No training proposal is waiting for review." in panel(html, "consultation-queues")


def test_moderator_sees_membership_and_criteria_queues_with_their_counts(client, world):
    # The world has one pending application; one more pending and one decided.
    MembershipApplication.objects.create(
        name="Second Applicant", email="second@example.org", organisation="NGO",
        organisation_type="ngo", position="Trainer", country="Chile", experience="Years.",
        motivation="To learn.", acknowledged_personal_capacity=True,
    )  # fmt: skip
    MembershipApplication.objects.create(
        name="Approved Applicant", email="approved@example.org", organisation="NGO",
        organisation_type="ngo", position="Trainer", country="Chile", experience="Years.",
        motivation="To learn.", acknowledged_personal_capacity=True,
        status=MembershipApplication.APPROVED,
    )  # fmt: skip
    Nomination.objects.create(
        nominated_by=world.users["member"], name="Invited", email="invited@example.org",
        reason="Expert.", invited_at=timezone.now(),
    )  # fmt: skip

    html = dashboard(client, world.users["moderator"])

    assert shown(html) == {"membership-queues", "compendium-queues"}
    membership = panel(html, "membership-queues")
    assert rows(membership) == {
        "Membership applications to decide": 2,
        "Nominations not yet invited": 1,
        "Subgroup requests to decide": 1,
    }
    assert "/admin/snippets/copcommunity/membershipapplication/?status=pending" in membership
    compendium = rows(panel(html, "compendium-queues"))
    assert compendium["Criterion proposals to decide"] == 1
    # The practice is still at the criteria assessment: nothing for the final approval yet.
    assert compendium["Good practices waiting for “Editorial approval by Moderators”"] == 0


def test_queue_queries_do_not_grow_with_what_waits(world):
    def queries():
        # A fresh user each time: Django caches permissions on the user object.
        moderator = type(world.users["moderator"]).objects.get(username="moderator")
        with CaptureQueriesContext(connection) as captured:
            work_queues(moderator)
        return len(captured.captured_queries)

    before = queries()
    for number in range(3):
        MembershipApplication.objects.create(
            name=f"Applicant {number}", email=f"applicant{number}@example.org",
            organisation="NGO", organisation_type="ngo", position="Trainer", country="Chile",
            experience="Years.", motivation="To learn.", acknowledged_personal_capacity=True,
        )  # fmt: skip
    assert queries() == before


MEMBER_ACTIONS = [
    "Contribute a resource",
    "Submit a good practice",
    "Propose a training for consultation",
    "Nominate a potential member",
]


def test_staff_who_are_not_members_are_sent_to_the_admin_not_to_member_actions(client, world):
    client.force_login(world.users["moderator"])

    html = client.get("/account/").content.decode()

    for action in [*MEMBER_ACTIONS, "Apply for membership"]:
        assert action not in html
    assert "Your work in the admin" in html
    assert 'href="/admin/"' in html
    assert "/admin/snippets/copcommunity/membershipapplication/?status=pending" in html


def test_members_see_member_actions_and_no_admin_section(client, world):
    client.force_login(world.users["member"])

    html = client.get("/account/").content.decode()

    for action in MEMBER_ACTIONS:
        assert action in html
    assert "Your work in the admin" not in html
    assert "Apply for membership" not in html


def test_staff_who_are_members_see_both(client, world):
    editor = world.users["editor"]
    editor.groups.add(Group.objects.get(name="Members"))
    client.force_login(editor)

    html = client.get("/account/").content.decode()

    for action in MEMBER_ACTIONS:
        assert action in html
    assert "Your work in the admin" in html


def test_signed_in_non_members_without_admin_access_are_invited_to_apply(client, world):
    client.force_login(world.users["applicant"])

    html = client.get("/account/").content.decode()

    assert "Apply for membership" in html
    for action in MEMBER_ACTIONS:
        assert action not in html


def test_the_admin_carries_the_sites_name_and_logo(client, world):
    sign_in = client.get("/admin/login/").content.decode()
    html = dashboard(client, world.users["editor"])

    for page in (sign_in, html):
        title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
        assert SITE_NAME in title
        assert "Wagtail" not in title
        assert "img/logo-mark.svg" in page
    assert f"Sign in to {SITE_NAME}" in sign_in
    assert 'rel="icon" href="/static/img/logo-mark.svg"' in html


PUBLIC_ACTIONS = {
    "/resources/": "Contribute a resource",
    "/compendium/": "Submit a good practice",
    "/subgroups/": "Propose a subgroup",
    "/questions/": "Ask a question",
    "/consultations/": "Propose a training for consultation",
}


def test_section_pages_offer_member_actions_to_members_only(client, world):
    offered = {}
    for role in ("member", "editor"):
        client.force_login(world.users[role])
        offered[role] = {
            url
            for url, action in PUBLIC_ACTIONS.items()
            if action in client.get(url).content.decode()
        }
    client.logout()
    offered["anonymous"] = {
        url for url, action in PUBLIC_ACTIONS.items() if action in client.get(url).content.decode()
    }

    assert offered["member"] == set(PUBLIC_ACTIONS)
    # Staff who are not members would only meet a refusal.
    assert offered["editor"] == set()
    # Visitors are asked to sign in by the actions (except consultations, which never asked).
    assert offered["anonymous"] == set(PUBLIC_ACTIONS) - {"/consultations/"}


def test_the_refusal_page_invites_to_apply_only_those_who_may(client, world):
    # A member-only form, refused to a moderator (staff) and to an applicant alike.
    address = world.library.url + "contribute/"
    invitation = "apply for membership"

    client.force_login(world.users["moderator"])
    refused = client.get(address)
    assert refused.status_code == 403
    assert invitation not in refused.content.decode()

    client.force_login(world.users["applicant"])
    refused = client.get(address)
    assert refused.status_code == 403
    assert invitation in refused.content.decode()
