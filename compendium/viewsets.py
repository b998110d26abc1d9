from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.admin import messages
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import proposals
from .models import Assessment, Criterion, CriterionProposal


class CriterionViewSet(SnippetViewSet):
    """The published criteria, in the order moderators give them (drag and drop)."""

    model = Criterion
    icon = "list-ol"
    menu_label = gettext_lazy("Good-practice criteria")
    menu_order = 320
    add_to_admin_menu = True
    sort_order_field = "sort_order"
    list_display = ["name", "slug"]
    copy_view_enabled = False


class ProposalIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        if instance.status == CriterionProposal.STATUS_PENDING:
            for action, label, icon in (
                ("accept", _("Accept"), "check"),
                ("decline", _("Decline"), "cross"),
            ):
                buttons.append(
                    MenuItem(
                        label,
                        url=reverse(
                            f"compendium_criterion_proposals:{action}", args=[instance.pk]
                        ),
                        icon_name=icon,
                        priority=20,
                    )
                )
        return buttons


class CriterionProposalViewSet(ModelViewSet):
    """Moderators accept (the criteria change) or decline members' proposals."""

    model = CriterionProposal
    icon = "help"
    menu_label = gettext_lazy("Criterion proposals")
    menu_order = 321
    add_to_admin_menu = True
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = ProposalIndexView
    list_display = ["name", "kind", "proposed_by", "status", "created_at"]
    list_filter = ["status"]
    ordering = ["-created_at"]
    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("guiding_questions"),
        FieldPanel("rationale", read_only=True),
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/accept/", self.decision_view("accept"), name="accept"),
            path("<int:pk>/decline/", self.decision_view("decline"), name="decline"),
        ]

    def decision_view(self, action):
        @require_http_methods(["GET", "HEAD", "POST"])
        def view(request, pk):
            if not self.permission_policy.user_has_permission(request.user, "change"):
                raise PermissionDenied
            proposal = get_object_or_404(CriterionProposal, pk=pk)
            if request.method == "POST":
                try:
                    getattr(proposals, action)(proposal, request.user)
                except proposals.ProposalError as error:
                    messages.error(request, str(error))
                else:
                    if action == "accept":
                        messages.success(
                            request, _("Accepted: the criteria now include “%s”.") % proposal.name
                        )
                    else:
                        messages.success(request, _("Declined “%s”.") % proposal.name)
                return redirect(self.get_url_name("index"))
            return TemplateResponse(
                request,
                "compendium/admin/confirm_decision.html",
                {
                    "proposal": proposal,
                    "action": action,
                    "header_title": _("Accept proposal")
                    if action == "accept"
                    else _("Decline proposal"),
                    "submit_url": reverse(self.get_url_name(action), args=[proposal.pk]),
                    "index_url": reverse(self.get_url_name("index")),
                },
            )

        return view


class AssessmentViewSet(ModelViewSet):
    """Reviewers' scores, for moderators (read only)."""

    model = Assessment
    icon = "tasks"
    menu_label = gettext_lazy("Criteria assessments")
    menu_order = 322
    add_to_admin_menu = True
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["page", "reviewer", "action", "recommendation", "average", "created_at"]
    list_filter = ["action", "recommendation"]
    ordering = ["-created_at"]
    inspect_view_fields = [
        "page",
        "reviewer",
        "action",
        "recommendation",
        "comment",
        "average",
        "score_summary",
    ]
    form_fields = ["comment"]

    def get_queryset(self, request):
        return Assessment.objects.select_related("page", "reviewer").prefetch_related(
            "scores__criterion"
        )


criterion_viewset = CriterionViewSet()
criterion_proposal_viewset = CriterionProposalViewSet("compendium_criterion_proposals")
assessment_viewset = AssessmentViewSet("compendium_assessments")
