"""Moderators' screens: membership applications (approve, reject, bulk approve) and
nominations (invite)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views import chooser
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from . import membership
from .forms import DeclineForm, RejectionForm
from .models import MembershipApplication, Nomination, SubgroupRequest

REVIEW_PERMISSION = "copcommunity.change_membershipapplication"
INVITE_PERMISSION = "copcommunity.change_nomination"


def _require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


# Wagtail gives every snippet a chooser (choose, results, chosen, chosen-multiple) that checks
# no permission on the model: any admin user (reviewers, editors) could list applicants' and
# nominees' names and addresses through it. Nothing chooses these snippets (no field or block
# points to them); their choosers answer only those who may list them in the admin.
LISTING_PERMISSIONS = ["add", "change", "delete", "view"]


class _ListersOnly(PermissionCheckedMixin):
    any_permission_required = LISTING_PERMISSIONS


class ChooseView(_ListersOnly, chooser.ChooseView):
    pass


class ChooseResultsView(_ListersOnly, chooser.ChooseResultsView):
    pass


class ChosenView(_ListersOnly, chooser.SnippetChosenView):
    pass


class ChosenMultipleView(_ListersOnly, chooser.SnippetChosenMultipleView):
    pass


class CreateView(_ListersOnly, chooser.SnippetCreateView):
    pass


class PersonalDataChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
    create_view_class = CreateView

    @cached_property
    def permission_policy(self):
        # Given to every view: without one, PermissionCheckedMixin lets everyone in.
        return ModelPermissionPolicy(self.model)


class ApplicationIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        if instance.status == MembershipApplication.PENDING and self.request.user.has_perm(
            REVIEW_PERMISSION
        ):
            buttons += [
                ListingButton(
                    _("Approve"),
                    url=reverse("membership_application_approve", args=[instance.pk]),
                    icon_name="check",
                    priority=5,
                ),
                ListingButton(
                    _("Reject"),
                    url=reverse("membership_application_reject", args=[instance.pk]),
                    icon_name="cross",
                    priority=6,
                ),
            ]
        return buttons


class MembershipApplicationViewSet(SnippetViewSet):
    model = MembershipApplication
    chooser_viewset_class = PersonalDataChooserViewSet
    icon = "user"
    menu_label = gettext_lazy("Applications")
    index_view_class = ApplicationIndexView
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "name",
        "email",
        "organisation",
        Column(
            "organisation_type",
            label=gettext_lazy("Type"),
            accessor="get_organisation_type_display",
        ),
        "country",
        Column("status", label=gettext_lazy("Status"), accessor="get_status_display"),
        DateColumn("created_at", label=gettext_lazy("Received")),
    ]
    list_filter = ["status", "organisation_type", "country"]
    inspect_view_fields = [
        "name",
        "email",
        "organisation",
        "organisation_type",
        "position",
        "country",
        "expertise",
        "languages",
        "experience",
        "subgroups_of_interest",
        "motivation",
        "preferred_language",
        "acknowledged_personal_capacity",
        "status",
        "rejection_reason",
        "reviewed_by",
        "reviewed_at",
        "created_at",
    ]
    inspect_template_name = "community/admin/application_inspect.html"
    # What an applicant wrote is theirs: moderators read it and decide, they do not edit it.
    panels = [
        FieldPanel(name, read_only=True)
        for name in [
            "name", "email", "organisation", "organisation_type", "position", "country",
            "expertise", "languages", "experience", "subgroups_of_interest", "motivation",
            "preferred_language", "acknowledged_personal_capacity", "status", "rejection_reason",
        ]
    ]  # fmt: skip
    ordering = ["-created_at"]


class NominationIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        if self.request.user.has_perm(INVITE_PERMISSION):
            buttons.append(
                ListingButton(
                    _("Send invitation") if not instance.invited_at else _("Invite again"),
                    url=reverse("nomination_invite", args=[instance.pk]),
                    icon_name="mail",
                    priority=5,
                )
            )
        return buttons


class NominationViewSet(SnippetViewSet):
    model = Nomination
    chooser_viewset_class = PersonalDataChooserViewSet
    icon = "group"
    menu_label = gettext_lazy("Nominations")
    index_view_class = NominationIndexView
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "name",
        "email",
        "nominated_by",
        DateColumn("created_at"),
        DateColumn("invited_at"),
    ]
    ordering = ["-created_at"]


SUBGROUP_PERMISSION = "copcommunity.change_subgrouprequest"


class SubgroupRequestIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        if instance.status == SubgroupRequest.PENDING and self.request.user.has_perm(
            SUBGROUP_PERMISSION
        ):
            buttons += [
                ListingButton(
                    _("Approve"),
                    url=reverse("subgroup_request_approve", args=[instance.pk]),
                    icon_name="check",
                    priority=5,
                ),
                ListingButton(
                    _("Decline"),
                    url=reverse("subgroup_request_decline", args=[instance.pk]),
                    icon_name="cross",
                    priority=6,
                ),
            ]
        return buttons


class SubgroupRequestViewSet(SnippetViewSet):
    model = SubgroupRequest
    chooser_viewset_class = PersonalDataChooserViewSet
    icon = "group"
    menu_label = gettext_lazy("Subgroup requests")
    index_view_class = SubgroupRequestIndexView
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "name",
        "proposer",
        Column("status", label=gettext_lazy("Status"), accessor="get_status_display"),
        DateColumn("created_at", label=gettext_lazy("Requested")),
    ]
    list_filter = ["status"]
    panels = [
        FieldPanel(name, read_only=True)
        for name in ["name", "purpose", "why_now", "status", "decline_reason"]
    ]
    ordering = ["-created_at"]


class CommunityViewSetGroup(SnippetViewSetGroup):
    menu_label = gettext_lazy("Membership")
    menu_icon = "group"
    menu_order = 250
    items = (MembershipApplicationViewSet, NominationViewSet, SubgroupRequestViewSet)


def approve_subgroup_view(request, pk):
    _require(request, SUBGROUP_PERMISSION)
    proposal = get_object_or_404(SubgroupRequest, pk=pk)
    if request.method == "POST":
        try:
            page = membership.approve_subgroup(proposal, request.user)
        except membership.MembershipError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("“%(name)s” is approved: a draft page waits for the editors.")
                % {"name": page.title},
            )
        return redirect(SubgroupRequest.snippet_viewset.get_url_name("list"))
    return TemplateResponse(
        request, "community/admin/confirm_subgroup.html", {"proposal": proposal}
    )


def decline_subgroup_view(request, pk):
    _require(request, SUBGROUP_PERMISSION)
    proposal = get_object_or_404(SubgroupRequest, pk=pk)
    form = DeclineForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            membership.decline_subgroup(proposal, request.user, form.cleaned_data["reason"])
        except membership.MembershipError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The proposal is declined; the member is told why."))
        return redirect(SubgroupRequest.snippet_viewset.get_url_name("list"))
    return TemplateResponse(
        request,
        "community/admin/decline_subgroup.html",
        {"proposal": proposal, "form": form},
        status=400 if request.method == "POST" else 200,
    )


def _approved_message(user, existing):
    if existing:
        return _(
            "%(name)s is now a member. The address already belonged to the account "
            "“%(username)s”, which is now a member's (a deactivated account keeps none of its "
            "former groups, nor its old password); a set-password email is on its way."
        ) % {"name": user.get_full_name(), "username": user.get_username()}
    return _("%(name)s is now a member; a set-password email is on its way.") % {
        "name": user.get_full_name()
    }


def approve_view(request, pk):
    _require(request, REVIEW_PERMISSION)
    application = get_object_or_404(MembershipApplication, pk=pk)
    conflict, existing = None, None
    if application.status == MembershipApplication.PENDING:
        try:
            existing = membership.account_for(application)
        except membership.MembershipError as error:
            conflict = str(error)
    if request.method == "POST":
        try:
            # Refuses, and changes nothing, when the address is a staff account's (and so on).
            user = membership.approve(application, request.user)
        except membership.MembershipError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _approved_message(user, existing))
        return redirect(MembershipApplication.snippet_viewset.get_url_name("list"))
    # Told before the moderator confirms.
    if conflict:
        messages.error(request, conflict)
    elif existing:
        messages.warning(
            request,
            _(
                "%(email)s already belongs to the account “%(username)s”: approving makes "
                "it a member's (a deactivated account keeps none of its former groups, nor its "
                "old password)."
            )
            % {"email": application.email, "username": existing.get_username()},
        )
    return TemplateResponse(
        request, "community/admin/confirm_approve.html", {"application": application}
    )


def reject_view(request, pk):
    _require(request, REVIEW_PERMISSION)
    application = get_object_or_404(MembershipApplication, pk=pk)
    form = RejectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            membership.reject(application, request.user, form.cleaned_data["reason"])
        except membership.MembershipError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The application is rejected; the applicant is told why."))
        return redirect(MembershipApplication.snippet_viewset.get_url_name("list"))
    return TemplateResponse(
        request,
        "community/admin/reject.html",
        {"application": application, "form": form},
        status=400 if request.method == "POST" else 200,
    )


def invite_view(request, pk):
    _require(request, INVITE_PERMISSION)
    nomination = get_object_or_404(Nomination, pk=pk)
    if request.method == "POST":
        membership.invite(nomination, request.user)
        messages.success(request, _("Invitation sent to %(email)s.") % {"email": nomination.email})
        return redirect(Nomination.snippet_viewset.get_url_name("list"))
    return TemplateResponse(
        request, "community/admin/confirm_invite.html", {"nomination": nomination}
    )


admin_urlpatterns = [
    path(
        "membership/applications/<int:pk>/approve/",
        approve_view,
        name="membership_application_approve",
    ),
    path(
        "membership/applications/<int:pk>/reject/",
        reject_view,
        name="membership_application_reject",
    ),
    path("membership/nominations/<int:pk>/invite/", invite_view, name="nomination_invite"),
    path(
        "membership/subgroup-requests/<int:pk>/approve/",
        approve_subgroup_view,
        name="subgroup_request_approve",
    ),
    path(
        "membership/subgroup-requests/<int:pk>/decline/",
        decline_subgroup_view,
        name="subgroup_request_decline",
    ),
]


class ApproveApplicationsBulkAction(SnippetBulkAction):
    display_name = gettext_lazy("Approve")
    action_type = "approve"
    aria_label = gettext_lazy("Approve the selected applications")
    template_name = "community/admin/bulk_approve.html"
    action_priority = 10
    models = [MembershipApplication]

    def check_perm(self, obj):
        return (
            self.request.user.has_perm(REVIEW_PERMISSION)
            and obj.status == MembershipApplication.PENDING
        )

    @classmethod
    def execute_action(cls, objects, user=None, self=None, **kwargs):
        approved = 0
        for application in objects:
            try:
                membership.approve(application, user)
            except membership.MembershipError as error:
                # Each refusal is told (an address that belongs to a staff account, ...);
                # the application stays pending.
                if self is not None:
                    messages.error(
                        self.request,
                        _("%(name)s is not approved: %(reason)s")
                        % {"name": application.name, "reason": error},
                    )
                continue
            approved += 1
        return approved, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d application approved.",
            "%(count)d applications approved.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
