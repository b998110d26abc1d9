"""The permission matrix: every role by every protected URL and action, with the expected
outcome. Roles and objects are described in permission_world.py.

Outcomes:

- a status code (200, 400, 403, 404, 405) — exact;
- ``302``: a redirect that is not to a sign-in page (the action's own "done" redirect, or the
  object's page for a GET on a POST-only action);
- ``"login"``, ``"admin-login"``, ``"django-login"``: a redirect to the site's, the Wagtail
  admin's or Django admin's sign-in page;
- ``"shown"`` / ``"hidden"``: the page answers 200 and does / does not contain the row's
  marker text (member-only links and data).

Every request runs in its own transaction, rolled back afterwards, so each role meets the same
world. For a POST that is refused, the row's ``state`` must be the same after the request as
before it (nothing changed); for a POST that is allowed, it must have changed.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from community.models import (
    Answer,
    DialogueContribution,
    DialogueRegistration,
    MemberProfile,
    MembershipApplication,
    Nomination,
    SubgroupMembership,
    SubgroupRequest,
)
from compendium.models import Criterion, CriterionProposal, GoodPracticePage
from compendium.tests.test_publish_paths import page_form_data as practice_form
from digests.models import SavedSearch
from resources.models import ResourceFeedback, ResourcePage
from taxonomy.models import Theme

from .permission_world import ROLES, module_world, task_state_of, world_fixture  # noqa: F401

pytestmark = pytest.mark.django_db

MEMBERS = ("member", "other_member", "coordinator")
STAFF = ("reviewer", "editor", "moderator", "superuser")
REFUSED = {"login", "admin-login", "django-login", 403, 404, 405}
# A POST that is allowed but has nothing to do (leaving a subgroup one is not in).
NOOP = "302 but nothing changed"


def outcome(default, **roles):
    """The expected outcome of every role: ``default`` unless named."""
    unknown = set(roles) - set(ROLES)
    assert not unknown, unknown
    return {role: roles.get(role, default) for role in ROLES}


def members_only(allowed, **roles):
    """A member's action on the public site: visitors sign in, non-members are refused
    (staff too, superusers included: they are not members)."""
    return outcome(403, **{"anonymous": "login", **dict.fromkeys(MEMBERS, allowed), **roles})


def admin(allowed, *, who, refused="dashboard", **roles):
    """An admin screen: people without admin access are sent to the admin's sign-in; the
    ``who`` roles get ``allowed``, other staff ``refused``."""
    expected = outcome(
        refused,
        anonymous="admin-login",
        applicant="admin-login",
        **dict.fromkeys(MEMBERS, "admin-login"),
    )
    expected.update(dict.fromkeys(who, allowed))
    expected.update(roles)
    return expected


@dataclass
class Row:
    id: str
    method: str
    url: Callable[[Any], str]
    expected: dict
    data: Callable[[Any], dict] = field(default=lambda w: {})
    state: Callable[[Any], Any] | None = None
    marker: str | None = None


# Page ids and revision ids used in URLs.
def _revisions(page):
    return list(page.revisions.order_by("pk").values_list("pk", flat=True))


def page_admin(page_attr, name, *extra):
    return lambda w: reverse(f"wagtailadmin_pages:{name}", args=[getattr(w, page_attr).pk, *extra])


def workflow_action(page_attr, action):
    def url(w):
        page = getattr(w, page_attr)
        return reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, action, task_state_of(page).pk],
        )

    return url


def workflow_status(page_attr):
    def state(w):
        page = getattr(w, page_attr)
        page = type(page).objects.get(pk=page.pk)  # the page caches its workflow state
        workflow_state = page.current_workflow_state
        return (
            page.live,
            workflow_state and workflow_state.status,
            workflow_state and workflow_state.current_task_state_id,
        )

    return state


def assessment(w, recommendation="include"):
    data = {"recommendation": recommendation, "comment": "Sound."}
    for criterion in w.criteria:
        data[f"score_{criterion.pk}"] = "3"
        data[f"comment_{criterion.pk}"] = "Clear."
        data[f"publish_{criterion.pk}"] = "on"
    return data


def snippet(model, view, attr=None):
    def url(w):
        name = f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:{view}"
        return reverse(name, args=[getattr(w, attr).pk] if attr else [])

    return url


def page_exists(attr):
    return lambda w: type(getattr(w, attr)).objects.filter(pk=getattr(w, attr).pk).exists()


def page_live(attr):
    return lambda w: type(getattr(w, attr)).objects.get(pk=getattr(w, attr).pk).live


def application_status(w):
    return MembershipApplication.objects.get(pk=w.application.pk).status


def live_practices(w):
    return sorted(GoodPracticePage.objects.live().values_list("slug", flat=True))


def bulk(app, model, action, attr):
    def url(w):
        target = getattr(w, attr) if not attr.startswith("users.") else w.users[attr[6:]]
        return reverse("wagtail_bulk_action", args=[app, model, action]) + f"?id={target.pk}"

    return url


def account_state(role):
    def state(w):
        user = type(w.users[role]).objects.get(pk=w.users[role].pk)
        return user.is_active, sorted(user.groups.values_list("name", flat=True))

    return state


def snippet_chooser(model, view="choose", attr=None):
    def url(w):
        name = f"wagtailsnippetchoosers_{model._meta.app_label}_{model._meta.model_name}:{view}"
        return reverse(name, args=[getattr(w, attr).pk] if attr else [])

    return url


# The copy form refused with "You do not have permission to publish": nothing is copied.
COPY_REFUSED = "200 but nothing changed"
# A publish the role may not make: Wagtail keeps the form's content as a draft (or refuses the
# copy), and nothing new is live.
NOT_PUBLISHED = "302 but nothing changed"


CONTRIBUTION = {"title": "A new toolkit", "summary": "Exercises.", "themes": []}


ROWS = [
    # --- The account and membership -------------------------------------------------------
    Row("account", "GET", lambda w: "/account/", outcome(200, anonymous="login")),
    Row(
        "profile edit",
        "GET",
        lambda w: "/account/profile/",
        members_only(200),
    ),
    Row(
        "profile save",
        "POST",
        lambda w: "/account/profile/",
        members_only(302),
        data=lambda w: {"organisation": "Changed org", "country": "Chile"},
        state=lambda w: sorted(MemberProfile.objects.values_list("organisation", flat=True)),
    ),
    Row("apply form", "GET", lambda w: "/membership/apply/", outcome(200)),
    Row("nominate form", "GET", lambda w: "/membership/nominate/", members_only(200)),
    Row(
        "nominate",
        "POST",
        lambda w: "/membership/nominate/",
        members_only(302),
        data=lambda w: {"name": "A Nominee", "email": "new@example.org", "reason": "Expert."},
        state=lambda w: Nomination.objects.count(),
    ),
    Row(
        "directory shows emails to members only",
        "GET",
        lambda w: "/members/",
        outcome("hidden"),
        marker="@example.org",
    ),
    # --- The library ------------------------------------------------------------------------
    Row("contribute form", "GET", lambda w: "/resources/contribute/", members_only(200)),
    Row(
        "contribute (invalid: nothing saved)",
        "POST",
        lambda w: "/resources/contribute/",
        members_only(400),
        data=lambda w: CONTRIBUTION,
        state=lambda w: ResourcePage.objects.count(),
    ),
    Row(
        "edit my returned contribution",
        "GET",
        lambda w: f"/resources/contribute/{w.returned.pk}/",
        members_only(404, member=200),
    ),
    Row(
        "edit my contribution while in review",
        "GET",
        lambda w: f"/resources/contribute/{w.in_review.pk}/",
        members_only(404, member=302),
    ),
    Row(
        "save my returned contribution",
        "POST",
        lambda w: f"/resources/contribute/{w.returned.pk}/",
        members_only(404, member=302),
        data=lambda w: {
            "title": "Returned contribution, revised",
            "summary": "Better.",
            "external_url": "https://example.org/toolkit",
            "resource_type": w.toolkit.pk,
            "themes": [w.theme.pk],
        },
        state=lambda w: ResourcePage.objects.get(pk=w.returned.pk).latest_revision_id,
    ),
    Row(
        "rate a published entry",
        "POST",
        lambda w: f"/resources/feedback/{w.entry.pk}/",
        members_only(302),
        data=lambda w: {"rating": "2", "comment": "Changed my mind."},
        state=lambda w: sorted(ResourceFeedback.objects.values_list("user_id", "rating")),
    ),
    Row(
        "rate: GET is not allowed",
        "GET",
        lambda w: f"/resources/feedback/{w.entry.pk}/",
        outcome(405),
    ),
    Row(
        "rate an entry in review",
        "POST",
        lambda w: f"/resources/feedback/{w.in_review.pk}/",
        outcome(404),
        data=lambda w: {"rating": "5"},
        state=lambda w: ResourceFeedback.objects.count(),
    ),
    Row(
        "download the file of a contribution in review",
        "GET",
        lambda w: w.upload.url,
        outcome(404, member=200, editor=200, moderator=200, superuser=200),
    ),
    Row(
        "download a published entry's file", "GET", lambda w: w.published_upload.url, outcome(200)
    ),
    Row(
        "download a published practice's attachment",
        "GET",
        lambda w: w.attachment.url,
        outcome(200),
    ),
    Row(
        "an entry in review is not public",
        "GET",
        lambda w: "/resources/contribution-in-review-zzqx/",
        outcome(404),
    ),
    Row(
        "an entry in review is not in the search API",
        "GET",
        lambda w: "/api/search/?q=zzqx",
        outcome("hidden"),
        marker="Contribution in review",
    ),
    # --- The compendium ---------------------------------------------------------------------
    Row(
        "submit a practice: first step", "GET", lambda w: "/compendium/submit/", members_only(200)
    ),
    Row(
        "resume my draft practice",
        "GET",
        lambda w: f"/compendium/submit/{w.practice_draft.pk}/description/",
        members_only(404, member=200),
    ),
    Row(
        "save a step of my draft practice",
        "POST",
        lambda w: f"/compendium/submit/{w.practice_draft.pk}/description/",
        members_only(404, member=302),
        data=lambda w: {
            "background": "Changed.",
            "objectives": "O.",
            "target_group": "T.",
            "approach": "A.",
            "resources_needed": "",
            "contact": "c@example.org",
            "action": "save",
        },
        state=lambda w: GoodPracticePage.objects.get(pk=w.practice_draft.pk).latest_revision_id,
    ),
    Row(
        "resume my practice under assessment",
        "GET",
        lambda w: f"/compendium/submit/{w.practice.pk}/basics/",
        members_only(404, member=302),
    ),
    Row("criteria", "GET", lambda w: "/compendium/criteria/", outcome(200)),
    Row(
        "propose a criterion form",
        "GET",
        lambda w: "/compendium/criteria/propose/",
        members_only(200),
    ),
    Row(
        "propose a criterion",
        "POST",
        lambda w: "/compendium/criteria/propose/",
        members_only(302),
        data=lambda w: {"name": "Reach", "description": "Who.", "rationale": "Because."},
        state=lambda w: CriterionProposal.objects.count(),
    ),
    Row("export CSV", "GET", lambda w: "/compendium/export.csv", outcome(200)),
    Row(
        "exports hold published practices only",
        "GET",
        lambda w: "/compendium/export.json",
        outcome("hidden"),
        marker="Practice under assessment",
    ),
    Row("print", "GET", lambda w: "/compendium/print/", outcome(200)),
    # --- Subgroups --------------------------------------------------------------------------
    Row("request a subgroup form", "GET", lambda w: "/subgroups/request/", members_only(200)),
    Row(
        "request a subgroup",
        "POST",
        lambda w: "/subgroups/request/",
        members_only(302),
        data=lambda w: {"name": "Curricula", "purpose": "P.", "why_now": "N."},
        state=lambda w: SubgroupRequest.objects.count(),
    ),
    Row(
        "join the other subgroup",
        "POST",
        lambda w: w.other_subgroup.url + "join/",
        members_only(302),
        state=lambda w: SubgroupMembership.objects.count(),
    ),
    Row(
        "join: GET changes nothing",
        "GET",
        lambda w: w.other_subgroup.url + "join/",
        outcome(302),
    ),
    Row(
        "leave the subgroup",
        "POST",
        lambda w: w.subgroup.url + "leave/",
        members_only(302, other_member=NOOP, coordinator=NOOP),
        state=lambda w: SubgroupMembership.objects.filter(user__username="member").count(),
    ),
    # --- Dialogues --------------------------------------------------------------------------
    Row(
        "joining link for registered members only",
        "GET",
        lambda w: w.dialogue.url,
        outcome("hidden", member="shown"),
        marker="members-only-room",
    ),
    Row(
        "calendar feed has no joining link",
        "GET",
        lambda w: "/dialogues/calendar.ics",
        outcome("hidden"),
        marker="members-only-room",
    ),
    Row(
        "register for the other dialogue",
        "POST",
        lambda w: w.other_dialogue.url + "register/",
        members_only(302),
        state=lambda w: DialogueRegistration.objects.count(),
    ),
    Row(
        "cancel my registration",
        "POST",
        lambda w: w.dialogue.url + "cancel/",
        members_only(302, other_member=NOOP, coordinator=NOOP),
        state=lambda w: DialogueRegistration.objects.count(),
    ),
    Row(
        "contribute to a dialogue",
        "POST",
        lambda w: w.dialogue.url + "contribute/",
        members_only(302),
        data=lambda w: {"body": "From our experience."},
        state=lambda w: DialogueContribution.objects.count(),
    ),
    Row(
        "hide a contribution in the coordinator's subgroup",
        "POST",
        lambda w: w.dialogue.url + f"contributions/{w.contribution.pk}/hide/",
        outcome(403, anonymous="login", coordinator=302, moderator=302, superuser=302),
        state=lambda w: DialogueContribution.objects.get(pk=w.contribution.pk).hidden,
    ),
    Row(
        "hide a contribution in another subgroup",
        "POST",
        lambda w: w.other_dialogue.url + f"contributions/{w.other_contribution.pk}/hide/",
        outcome(403, anonymous="login", moderator=302, superuser=302),
        state=lambda w: DialogueContribution.objects.get(pk=w.other_contribution.pk).hidden,
    ),
    # --- Questions --------------------------------------------------------------------------
    Row("ask form", "GET", lambda w: "/questions/ask/", members_only(200)),
    Row(
        "answer a question",
        "POST",
        lambda w: w.question.url + "answer/",
        members_only(302),
        data=lambda w: {"body": "Try a round of names."},
        state=lambda w: Answer.objects.count(),
    ),
    Row(
        "mark an answer to my question helpful",
        "POST",
        lambda w: w.question.url + f"answers/{w.answer.pk}/helpful/",
        outcome(403, anonymous="login", member=302),
        state=lambda w: Answer.objects.get(pk=w.answer.pk).helpful,
    ),
    Row(
        "mark an answer to someone else's question helpful",
        "POST",
        lambda w: w.other_question.url + f"answers/{w.other_answer.pk}/helpful/",
        outcome(403, anonymous="login", other_member=302),
        state=lambda w: Answer.objects.get(pk=w.other_answer.pk).helpful,
    ),
    # --- Consultations ----------------------------------------------------------------------
    Row(
        "propose a training form",
        "GET",
        lambda w: w.consultations.url + "propose/",
        members_only(200),
    ),
    Row(
        "edit a proposal",
        "GET",
        lambda w: w.consultations.url + f"propose/{w.consultation.pk}/",
        # The proposer's own, but published: no longer editable, back to the account page.
        members_only(404, other_member=302),
    ),
    Row(
        "give feedback on a consultation (invalid: nothing saved)",
        "POST",
        lambda w: w.consultation.url + "feedback/",
        # Proposers do not rate their own proposal.
        members_only(400, other_member=403),
        state=lambda w: w.consultation.feedback.count(),
    ),
    Row(
        "results of an open consultation",
        "GET",
        lambda w: w.consultation.url + "results/",
        outcome(403, anonymous="login", other_member=200, moderator=200, superuser=200),
    ),
    # --- Digests ----------------------------------------------------------------------------
    Row(
        "save a search",
        "POST",
        lambda w: "/digests/saved/",
        members_only(302),
        data=lambda w: {"query": "q=training", "name": "Training", "frequency": "weekly"},
        state=lambda w: SavedSearch.objects.count(),
    ),
    Row(
        "change a saved search's emails",
        "POST",
        lambda w: f"/digests/saved/{w.saved_search.pk}/",
        outcome(404, anonymous="login", member=302),
        data=lambda w: {f"s{w.saved_search.pk}-frequency": "daily"},
        state=lambda w: SavedSearch.objects.get(pk=w.saved_search.pk).frequency,
    ),
    Row(
        "delete a saved search",
        "POST",
        lambda w: f"/digests/saved/{w.saved_search.pk}/delete/",
        outcome(404, anonymous="login", member=302),
        state=lambda w: SavedSearch.objects.count(),
    ),
    Row(
        "unsubscribe with a forged token",
        "POST",
        lambda w: f"/digests/unsubscribe/{w.users['member'].pk}:all:forged/",
        outcome(400),
        state=lambda w: SavedSearch.objects.get(pk=w.saved_search.pk).frequency,
    ),
    # --- Wagtail admin: a published resource page -------------------------------------------
    Row("admin dashboard", "GET", lambda w: "/admin/", admin(200, who=STAFF)),
    Row(
        "page: edit",
        "GET",
        page_admin("entry", "edit"),
        admin(200, who=("editor", "moderator", "superuser")),
    ),
    Row(
        "page: lock",
        "POST",
        page_admin("entry", "lock"),
        admin(302, who=("editor", "moderator", "superuser")),
        state=lambda w: ResourcePage.objects.get(pk=w.entry.pk).locked,
    ),
    Row(
        "page: preview",
        "GET",
        page_admin("entry", "preview_on_edit"),
        admin(200, who=("editor", "moderator", "superuser")),
    ),
    Row(
        "page: view draft",
        "GET",
        page_admin("entry", "view_draft"),
        admin(200, who=("editor", "moderator", "superuser")),
    ),
    Row(
        "page: history",
        "GET",
        page_admin("entry", "history"),
        admin(200, who=("editor", "moderator", "superuser")),
    ),
    Row(
        "page: revisions compare",
        "GET",
        lambda w: reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[w.entry.pk, *_revisions(w.entry)[:2]],
        ),
        admin(200, who=("editor", "moderator", "superuser")),
    ),
    Row(
        "page: revert to a revision",
        "GET",
        lambda w: reverse(
            "wagtailadmin_pages:revisions_revert", args=[w.entry.pk, _revisions(w.entry)[0]]
        ),
        admin(200, who=("editor", "moderator", "superuser")),
    ),
    Row(
        "page: copy",
        "GET",
        page_admin("entry", "copy"),
        admin(200, who=("editor", "moderator", "superuser")),
    ),
    Row(
        "page: move",
        "GET",
        page_admin("entry", "move"),
        admin(200, who=("editor", "moderator", "superuser")),
    ),
    Row(
        "page: delete",
        "GET",
        page_admin("entry", "delete"),
        admin(200, who=("editor", "moderator", "superuser")),
    ),
    Row(
        "page: delete (POST)",
        "POST",
        page_admin("entry", "delete"),
        admin(302, who=("editor", "moderator", "superuser")),
        state=page_exists("entry"),
    ),
    Row(
        "page: unpublish",
        "POST",
        page_admin("entry", "unpublish"),
        admin(302, who=("editor", "moderator", "superuser")),
        state=page_live("entry"),
    ),
    Row(
        "page: add a resource to the library",
        "GET",
        lambda w: reverse(
            "wagtailadmin_pages:add", args=["copresources", "resourcepage", w.library.pk]
        ),
        admin(200, who=("editor", "moderator", "superuser")),
    ),
    # --- Wagtail admin: workflows -----------------------------------------------------------
    Row(
        "contribution in review: edit",
        "GET",
        page_admin("in_review", "edit"),
        admin(200, who=("editor", "moderator", "superuser")),
    ),
    Row(
        "contribution in review: approve",
        "POST",
        workflow_action("in_review", "approve"),
        admin(302, who=("editor", "superuser")),
        state=workflow_status("in_review"),
    ),
    Row(
        "contribution in review: request changes",
        "POST",
        workflow_action("in_review", "reject"),
        admin(302, who=("editor", "superuser")),
        data=lambda w: {"comment": "Please add the year."},
        state=workflow_status("in_review"),
    ),
    Row(
        "practice under assessment: edit",
        "GET",
        page_admin("practice", "edit"),
        admin(200, who=("reviewer", "editor", "moderator", "superuser")),
    ),
    Row(
        "practice under assessment: approve with assessment",
        "POST",
        workflow_action("practice", "approve"),
        admin(302, who=("reviewer", "superuser")),
        data=assessment,
        state=workflow_status("practice"),
    ),
    Row(
        "practice under assessment: request changes",
        "POST",
        workflow_action("practice", "reject"),
        admin(302, who=("reviewer", "superuser")),
        data=lambda w: assessment(w, recommendation="include_with_changes"),
        state=workflow_status("practice"),
    ),
    Row(
        "unsubmitted practice: edit",
        "GET",
        page_admin("practice_draft", "edit"),
        admin(200, who=("editor", "moderator", "superuser")),
    ),
    # --- Wagtail admin: choosers ------------------------------------------------------------
    Row("page chooser", "GET", lambda w: "/admin/choose-page/", admin(200, who=STAFF)),
    Row(
        "document chooser lists members' uploads to those who may choose them",
        "GET",
        lambda w: "/admin/documents/chooser/",
        admin("shown", who=("editor", "moderator", "superuser"), reviewer="hidden"),
        marker="zzdoc",
    ),
    # Wagtail opens the image chooser to every admin user; it lists only the images of
    # collections they may choose from (none for reviewers).
    Row("image chooser", "GET", lambda w: "/admin/images/chooser/", admin(200, who=STAFF)),
    Row(
        "theme snippet chooser",
        "GET",
        lambda w: reverse("wagtailsnippetchoosers_coptaxonomy_theme:choose"),
        admin(200, who=STAFF),
    ),
    # --- Wagtail admin: snippets and the project's admin screens ----------------------------
    Row(
        "theme: edit",
        "GET",
        snippet(Theme, "edit", "theme"),
        admin(200, who=("moderator", "superuser")),
    ),
    Row(
        "theme: history",
        "GET",
        snippet(Theme, "history", "theme"),
        admin(200, who=("moderator", "superuser")),
    ),
    Row(
        "theme: delete",
        "POST",
        snippet(Theme, "delete", "theme"),
        admin(302, who=("moderator", "superuser")),
        state=lambda w: Theme.objects.filter(pk=w.theme.pk).exists(),
    ),
    Row(
        "criterion: edit",
        "GET",
        snippet(Criterion, "edit", "criterion"),
        admin(200, who=("moderator", "superuser")),
    ),
    Row(
        "criterion: delete",
        "POST",
        snippet(Criterion, "delete", "criterion"),
        admin(302, who=("moderator", "superuser")),
        state=lambda w: Criterion.objects.filter(pk=w.criterion.pk).exists(),
    ),
    Row(
        "criterion proposal: accept",
        "POST",
        lambda w: reverse("compendium_criterion_proposals:accept", args=[w.proposal.pk]),
        admin(302, who=("moderator", "superuser")),
        state=lambda w: CriterionProposal.objects.get(pk=w.proposal.pk).status,
    ),
    Row(
        "assessments: list",
        "GET",
        lambda w: reverse("compendium_assessments:index"),
        admin(200, who=("moderator", "superuser")),
    ),
    Row(
        "applications: list",
        "GET",
        snippet(MembershipApplication, "list"),
        admin(200, who=("moderator", "superuser")),
    ),
    Row(
        "application: inspect",
        "GET",
        snippet(MembershipApplication, "inspect", "application"),
        admin(200, who=("moderator", "superuser")),
    ),
    Row(
        "application: approve screen",
        "GET",
        lambda w: reverse("membership_application_approve", args=[w.application.pk]),
        admin(200, who=("moderator", "superuser")),
    ),
    Row(
        "application: approve",
        "POST",
        lambda w: reverse("membership_application_approve", args=[w.application.pk]),
        admin(302, who=("moderator", "superuser")),
        state=application_status,
    ),
    Row(
        "application: reject",
        "POST",
        lambda w: reverse("membership_application_reject", args=[w.application.pk]),
        admin(302, who=("moderator", "superuser")),
        data=lambda w: {"reason": "Out of scope."},
        state=application_status,
    ),
    Row(
        "nomination: invite",
        "POST",
        lambda w: reverse("nomination_invite", args=[w.nomination.pk]),
        admin(302, who=("moderator", "superuser")),
        state=lambda w: Nomination.objects.get(pk=w.nomination.pk).invited_at,
    ),
    Row(
        "subgroup request: approve",
        "POST",
        lambda w: reverse("subgroup_request_approve", args=[w.subgroup_request.pk]),
        admin(302, who=("moderator", "superuser")),
        state=lambda w: SubgroupRequest.objects.get(pk=w.subgroup_request.pk).status,
    ),
    Row(
        "subgroup request: decline",
        "POST",
        lambda w: reverse("subgroup_request_decline", args=[w.subgroup_request.pk]),
        admin(302, who=("moderator", "superuser")),
        data=lambda w: {"reason": "Covered by another subgroup."},
        state=lambda w: SubgroupRequest.objects.get(pk=w.subgroup_request.pk).status,
    ),
    Row(
        "feedback: hide",
        "POST",
        lambda w: reverse("resource_feedback:edit", args=[w.feedback.pk]),
        admin(302, who=("moderator", "superuser")),
        data=lambda w: {"hidden": "on"},
        state=lambda w: ResourceFeedback.objects.get(pk=w.feedback.pk).hidden,
    ),
    Row(
        "users: edit a member",
        "GET",
        lambda w: reverse("wagtailusers_users:edit", args=[w.users["member"].pk]),
        admin(200, who=("moderator", "superuser")),
    ),
    Row(
        "users: edit a superuser",
        "GET",
        lambda w: reverse("wagtailusers_users:edit", args=[w.users["superuser"].pk]),
        admin(200, who=("superuser",)),
    ),
    Row(
        "users: make a member a superuser",
        "POST",
        lambda w: reverse("wagtailusers_users:edit", args=[w.users["member"].pk]),
        admin(302, who=("superuser",)),
        data=lambda w: {
            "username": "member",
            "email": "member@example.org",
            "first_name": "Member",
            "last_name": "Person",
            "is_active": "on",
            "is_superuser": "on",
            "groups": [group.pk for group in w.users["member"].groups.all()],
        },
        state=lambda w: type(w.users["member"]).objects.get(username="member").is_superuser,
    ),
    Row(
        "users: create a superuser",
        "POST",
        lambda w: reverse("wagtailusers_users:add"),
        admin(302, who=("superuser",)),
        data=lambda w: {
            "username": "newadmin",
            "email": "newadmin@example.org",
            "first_name": "New",
            "last_name": "Admin",
            "password1": "a-long-test-passphrase-2",
            "password2": "a-long-test-passphrase-2",
            "is_superuser": "on",
        },
        state=lambda w: type(w.users["member"]).objects.filter(username="newadmin").exists(),
    ),
    # --- Wagtail admin: every path that could make a good practice live ---------------------
    Row(
        "practice: add under the compendium and publish",
        "POST",
        lambda w: reverse(
            "wagtailadmin_pages:add", args=["copcompendium", "goodpracticepage", w.compendium.pk]
        ),
        admin(302, who=("moderator", "superuser"), editor=NOT_PUBLISHED),
        data=lambda w: practice_form("Made in the admin", "made", **{"action-publish": "on"}),
        state=live_practices,
    ),
    Row(
        "practice: copy a live practice and publish the copy",
        "POST",
        page_admin("published_practice", "copy"),
        admin(302, who=("moderator", "superuser"), editor=COPY_REFUSED),
        data=lambda w: {
            "new_title": "Copied",
            "new_slug": "copied",
            "new_parent_page": w.compendium.pk,
            "publish_copies": "on",
        },
        state=live_practices,
    ),
    Row(
        "practice: bulk publish a draft",
        "POST",
        bulk("wagtailcore", "page", "publish", "practice_draft"),
        admin(302, who=("moderator", "superuser"), editor=NOT_PUBLISHED, reviewer=NOT_PUBLISHED),
        state=live_practices,
    ),
    Row(
        "practice: publish a draft from its edit form",
        "POST",
        page_admin("practice_draft", "edit"),
        admin(302, who=("moderator", "superuser"), editor=NOT_PUBLISHED),
        data=lambda w: practice_form(
            "Unsubmitted practice", w.practice_draft.slug, **{"action-publish": "on"}
        ),
        state=live_practices,
    ),
    # --- Wagtail admin: bulk actions on the superuser's account -----------------------------
    Row(
        "users: bulk deactivate the superuser",
        "POST",
        bulk("auth", "user", "set_active_state", "users.superuser"),
        # Wagtail lets nobody deactivate their own account.
        admin(302, who=("superuser",), superuser=NOOP),
        data=lambda w: {"mark_as_active": "False"},
        state=account_state("superuser"),
    ),
    Row(
        "users: bulk assign a role to the superuser",
        "POST",
        bulk("auth", "user", "assign_role", "users.superuser"),
        admin(302, who=("superuser",)),
        data=lambda w: {"role": w.users["reviewer"].groups.first().pk},
        state=account_state("superuser"),
    ),
    # --- Wagtail admin: personal data behind the snippet choosers -----------------------------
    Row(
        "application chooser",
        "GET",
        snippet_chooser(MembershipApplication),
        admin("shown", who=("moderator", "superuser")),
        marker="Applicant Person",
    ),
    Row(
        "application chooser: chosen",
        "GET",
        snippet_chooser(MembershipApplication, "chosen", "application"),
        admin("shown", who=("moderator", "superuser")),
        marker="Applicant Person",
    ),
    Row(
        "nomination chooser",
        "GET",
        snippet_chooser(Nomination),
        admin("shown", who=("moderator", "superuser")),
        marker="nominee@example.org",
    ),
    Row(
        "subgroup request chooser",
        "GET",
        snippet_chooser(SubgroupRequest),
        admin(200, who=("moderator", "superuser")),
    ),
    # --- Wagtail admin: the admin API and reports -------------------------------------------
    Row(
        "admin API: pages include an unsubmitted draft",
        "GET",
        lambda w: "/admin/api/main/pages/?search=Unsubmitted",
        admin("shown", who=("editor", "moderator", "superuser"), reviewer="hidden"),
        marker="Unsubmitted practice",
    ),
    Row(
        "admin API: documents include a member's unpublished upload",
        "GET",
        lambda w: "/admin/api/main/documents/",
        admin("shown", who=("editor", "moderator", "superuser"), reviewer="hidden"),
        marker="zzdoc",
    ),
    Row(
        "site history",
        "GET",
        lambda w: reverse("wagtailadmin_reports:site_history"),
        admin(200, who=STAFF),
    ),
    # --- Documents ---------------------------------------------------------------------------
    Row(
        "document: a member's upload not yet on a live page",
        "GET",
        lambda w: reverse("wagtaildocs_serve", args=[w.upload.pk, w.upload.filename]),
        outcome(404, member=200, editor=200, moderator=200, superuser=200),
    ),
    Row(
        "document: the attachment of a live practice",
        "GET",
        lambda w: reverse("wagtaildocs_serve", args=[w.attachment.pk, w.attachment.filename]),
        outcome(200),
    ),
    # --- Django admin -----------------------------------------------------------------------
    Row(
        "django admin",
        "GET",
        lambda w: "/django-admin/",
        outcome("django-login", superuser=200),
    ),
    Row(
        "django admin: users",
        "GET",
        lambda w: "/django-admin/auth/user/",
        outcome("django-login", superuser=200),
    ),
]


def classify(response, marker=None):
    if response.status_code in (301, 302):
        location = response["Location"]
        for prefix, name in (
            ("/accounts/login/", "login"),
            ("/admin/login/", "admin-login"),
            ("/django-admin/login/", "django-login"),
        ):
            if location.startswith(prefix):
                return name
        if location == "/admin/":
            return "dashboard"
        return 302
    if marker and response.status_code == 200:
        return "shown" if marker in response.content.decode() else "hidden"
    return response.status_code


def attempt(world, role, row):
    """What ``role`` gets for ``row``; the database is rolled back afterwards."""
    with transaction.atomic():
        client = Client()
        if role != "anonymous":
            client.force_login(world.users[role])
        before = row.state(world) if row.state else None
        if row.method == "GET":
            response = client.get(row.url(world))
        else:
            response = client.post(row.url(world), row.data(world))
        result = classify(response, row.marker)
        if row.state:
            after = row.state(world)
            if result in REFUSED and after != before:
                result = f"{result} but changed"
            elif result == "dashboard" and after != before:
                result = "dashboard, changed"
            elif result not in REFUSED | {"dashboard", 400} and after == before:
                result = f"{result} but nothing changed"
        transaction.set_rollback(True)
    return result


@pytest.mark.parametrize("row", ROWS, ids=[row.id for row in ROWS])
def test_permission_matrix(world, row):
    observed = {role: attempt(world, role, row) for role in ROLES}
    wrong = {
        role: f"expected {row.expected[role]!r}, got {observed[role]!r}"
        for role in ROLES
        if observed[role] != row.expected[role]
    }
    assert not wrong, wrong
