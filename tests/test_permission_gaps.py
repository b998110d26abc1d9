"""Permission gaps: each custom permission or object-level rule, granted on another object,
must not apply here. Roles and objects are described in permission_world.py."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from wagtail.models import GroupPagePermission

from community.models import DialogueContribution, MembershipApplication, Nomination
from resources.contributions import submit_contribution
from resources.models import ResourceFeedback

from .permission_world import module_world, task_state_of, world_fixture  # noqa: F401

pytestmark = pytest.mark.django_db


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def grant(user, *codenames):
    for codename in codenames:
        app_label, name = codename.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=name)
        )
    # Permissions are cached on the instance.
    return type(user).objects.get(pk=user.pk)


# Subgroup coordinators


def hide(client, dialogue, contribution):
    return client.post(dialogue.url + f"contributions/{contribution.pk}/hide/")


def test_a_coordinator_hides_contributions_only_in_their_own_subgroup(world):
    # other_coordinator coordinates the other subgroup: no power over the first one.
    client = client_for(world.users["other_coordinator"])
    assert hide(client, world.dialogue, world.contribution).status_code == 403
    assert not DialogueContribution.objects.get(pk=world.contribution.pk).hidden

    assert hide(client, world.other_dialogue, world.other_contribution).status_code == 302
    assert DialogueContribution.objects.get(pk=world.other_contribution.pk).hidden


def test_joining_a_subgroup_gives_no_coordinator_powers(world):
    # The member is an ordinary member of the dialogue's subgroup.
    response = hide(client_for(world.users["member"]), world.dialogue, world.contribution)
    assert response.status_code == 403
    assert not DialogueContribution.objects.get(pk=world.contribution.pk).hidden


def test_a_coordinator_has_no_powers_over_a_dialogue_outside_any_subgroup(world):
    world.dialogue.subgroup = None
    world.dialogue.save_revision().publish()
    response = hide(client_for(world.users["coordinator"]), world.dialogue, world.contribution)
    assert response.status_code == 403
    assert not DialogueContribution.objects.get(pk=world.contribution.pk).hidden


def test_a_contribution_id_from_another_dialogue_is_not_found(world):
    # The coordinator may hide in their dialogue, but not reach another dialogue's post
    # through it.
    client = client_for(world.users["coordinator"])
    assert hide(client, world.dialogue, world.other_contribution).status_code == 404
    assert not DialogueContribution.objects.get(pk=world.other_contribution.pk).hidden


def test_coordinating_a_subgroup_opens_no_admin(world):
    response = client_for(world.users["coordinator"]).get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


# Reviewers and workflow tasks


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_a_reviewer_opens_a_practice_only_while_it_is_on_their_task(world, criteria_form):
    reviewer = client_for(world.users["reviewer"])
    assert reviewer.get(edit_url(world.practice)).status_code == 200

    task_state = task_state_of(world.practice)
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[world.practice.pk, "approve", task_state.pk],
    )
    assert reviewer.post(approve, criteria_form).status_code == 302
    # Now at the moderators' editorial approval: the reviewer's access has ended.
    assert task_state_of(world.practice).task.name == "Editorial approval by Moderators"
    response = reviewer.get(edit_url(world.practice))
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_a_reviewer_cannot_open_a_practice_that_is_not_submitted(world):
    response = client_for(world.users["reviewer"]).get(edit_url(world.practice_draft))
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_the_assessment_task_gives_no_access_to_other_workflows(world):
    # The contribution is in the editors' "Editorial review" task.
    reviewer = client_for(world.users["reviewer"])
    response = reviewer.get(edit_url(world.in_review))
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    task_state = task_state_of(world.in_review)
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[world.in_review.pk, "approve", task_state.pk]
    )
    reviewer.post(url, {"comment": ""})
    assert task_state_of(world.in_review).pk == task_state.pk


def test_the_editorial_task_gives_editors_no_assessment_action(world, criteria_form):
    task_state = task_state_of(world.practice)
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[world.practice.pk, "approve", task_state.pk]
    )
    client_for(world.users["editor"]).post(url, criteria_form)
    assert task_state_of(world.practice).pk == task_state.pk
    assert not world.practice.assessments.exists()


@pytest.fixture
def criteria_form(world):
    data = {"recommendation": "include", "comment": "Sound."}
    for criterion in world.criteria:
        data[f"score_{criterion.pk}"] = "3"
        data[f"comment_{criterion.pk}"] = "Clear."
    return data


# Members' own things


def test_owning_a_contribution_does_not_open_another_members(world):
    other = world.users["other_member"]
    mine = submit_contribution(
        index=world.library,
        user=other,
        data={
            "title": "Other member's toolkit",
            "summary": "S.",
            "external_url": "https://example.org/t",
            "resource_type": world.toolkit,
            "themes": [world.theme],
        },
    )
    client = client_for(other)
    assert client.get(f"/resources/contribute/{mine.pk}/").status_code in (200, 302)
    assert client.get(f"/resources/contribute/{world.returned.pk}/").status_code == 404


def test_owning_a_draft_practice_does_not_open_another_members(world):
    from compendium.submissions import create_draft

    other = world.users["other_member"]
    mine = create_draft(
        index=world.compendium, user=other, data={"title": "Mine", "themes": [world.theme]}
    )
    client = client_for(other)
    assert client.get(f"/compendium/submit/{mine.pk}/description/").status_code == 200
    assert (
        client.get(f"/compendium/submit/{world.practice_draft.pk}/description/").status_code == 404
    )


def test_rating_an_entry_changes_only_ones_own_feedback(world):
    client = client_for(world.users["other_member"])
    client.post(f"/resources/feedback/{world.entry.pk}/", {"rating": "1", "comment": "Meh."})
    mine = ResourceFeedback.objects.get(pk=world.feedback.pk)
    assert (mine.rating, mine.comment) == (4, "Useful for our trainers.")
    assert ResourceFeedback.objects.filter(user=world.users["other_member"], rating=1).exists()


def test_asking_a_question_gives_no_say_over_other_questions(world):
    # The member asked world.question; the other member asked world.other_question.
    client = client_for(world.users["member"])
    response = client.post(world.other_question.url + f"answers/{world.other_answer.pk}/helpful/")
    assert response.status_code == 403
    # An answer id from another question is not reachable through one's own question.
    response = client.post(world.question.url + f"answers/{world.other_answer.pk}/helpful/")
    assert response.status_code == 404
    world.other_answer.refresh_from_db()
    assert not world.other_answer.helpful


# Moderators' model permissions


def test_the_right_to_invite_nominees_does_not_decide_applications(world):
    editor = grant(world.users["editor"], "copcommunity.change_nomination")
    client = client_for(editor)
    invite = reverse("nomination_invite", args=[world.nomination.pk])
    assert client.post(invite).status_code == 302
    assert Nomination.objects.get(pk=world.nomination.pk).invited_at is not None

    approve = reverse("membership_application_approve", args=[world.application.pk])
    response = client.post(approve)
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert (
        MembershipApplication.objects.get(pk=world.application.pk).status
        == MembershipApplication.PENDING
    )


def test_the_right_to_edit_criteria_does_not_edit_taxonomies(world):
    editor = grant(world.users["editor"], "copcompendium.change_criterion")
    client = client_for(editor)
    criterion = reverse("wagtailsnippets_copcompendium_criterion:edit", args=[world.criterion.pk])
    theme = reverse("wagtailsnippets_coptaxonomy_theme:edit", args=[world.theme.pk])
    assert client.get(criterion).status_code == 200
    response = client.get(theme)
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_the_right_to_hide_feedback_does_not_hide_dialogue_contributions(world):
    editor = grant(world.users["editor"], "copresources.change_resourcefeedback")
    response = hide(client_for(editor), world.dialogue, world.contribution)
    assert response.status_code == 403
    assert not DialogueContribution.objects.get(pk=world.contribution.pk).hidden


def test_the_right_to_view_assessments_does_not_edit_them(world, criteria_form):
    reviewer = client_for(world.users["reviewer"])
    task_state = task_state_of(world.practice)
    reviewer.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[world.practice.pk, "approve", task_state.pk],
        ),
        criteria_form,
    )
    assessment = world.practice.assessments.get()
    moderator = client_for(world.users["moderator"])
    assert moderator.get(reverse("compendium_assessments:index")).status_code == 200
    response = moderator.post(
        reverse("compendium_assessments:edit", args=[assessment.pk]), {"comment": "Rewritten."}
    )
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assessment.refresh_from_db()
    assert assessment.comment == "Sound."


# Page permissions on a subtree


def test_page_permissions_on_the_compendium_do_not_reach_the_library(world):
    from django.contrib.auth.models import Group

    group = Group.objects.create(name="Compendium editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=world.compendium, permission_type="change"
    )
    user = world.users["applicant"]
    user.groups.add(group)
    client = client_for(user)
    assert client.get(edit_url(world.published_practice)).status_code == 200
    response = client.get(edit_url(world.entry))
    assert (response.status_code, response["Location"]) == (302, "/admin/")


# Django admin and superusers


def test_django_admin_refuses_staff_who_are_not_superusers(world):
    # A moderator who has been made staff still may not use Django's admin: there, "change
    # user" includes ticking "superuser status".
    moderator = world.users["moderator"]
    moderator.is_staff = True
    moderator.save()
    client = client_for(moderator)
    for url in (
        "/django-admin/",
        "/django-admin/auth/user/",
        f"/django-admin/auth/user/{moderator.pk}/change/",
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/django-admin/login/"), url
    client.post(
        f"/django-admin/auth/user/{moderator.pk}/change/",
        {"username": "moderator", "is_superuser": "on", "is_staff": "on", "is_active": "on"},
    )
    moderator.refresh_from_db()
    assert not moderator.is_superuser


def test_moderators_manage_member_accounts_but_not_superusers(world):
    client = client_for(world.users["moderator"])
    member_url = reverse("wagtailusers_users:edit", args=[world.users["member"].pk])
    superuser_url = reverse("wagtailusers_users:edit", args=[world.users["superuser"].pk])
    assert client.get(member_url).status_code == 200
    response = client.post(
        superuser_url,
        {
            "username": "superuser",
            "email": "taken-over@example.org",
            "first_name": "S",
            "last_name": "U",
            "is_active": "on",
            "is_superuser": "on",
            "password1": "a-new-passphrase-123",
            "password2": "a-new-passphrase-123",
        },
    )
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    superuser = type(world.users["superuser"]).objects.get(username="superuser")
    assert superuser.email == "superuser@example.org"
    assert superuser.check_password("a-long-test-passphrase")
