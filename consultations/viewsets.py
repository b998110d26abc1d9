from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ConsultationFeedback, QualityCriterion, TrainingProposalPage, aggregate_for


class QualityCriterionViewSet(SnippetViewSet):
    """The criteria members rate proposals on, in the order moderators give them."""

    model = QualityCriterion
    icon = "list-ol"
    menu_label = gettext_lazy("Training-quality criteria")
    menu_order = 330
    add_to_admin_menu = True
    sort_order_field = "sort_order"
    list_display = ["name", "active"]
    list_filter = ["active"]
    copy_view_enabled = False


class ConsultationFeedbackViewSet(ModelViewSet):
    """Moderators read members' feedback and hide answers that break the community's rules."""

    model = ConsultationFeedback
    icon = "comment"
    menu_label = gettext_lazy("Consultation feedback")
    menu_order = 331
    add_to_admin_menu = True
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["proposal", "user", "show_name", "hidden", "updated_at"]
    list_filter = ["hidden", "show_name"]
    ordering = ["-updated_at"]
    panels = [FieldPanel("hidden")]

    def get_queryset(self, request):
        return ConsultationFeedback.objects.select_related("proposal", "user")


def can_see_admin_results(user, proposal):
    """The proposal's proposer and moderators, whatever the window."""
    if not user.is_authenticated:
        return False
    # Works on a plain Page too (the page listing's buttons get those).
    return proposal.owner_id == user.pk or user.has_perm(
        "copconsultations.view_consultationfeedback"
    )


def results_view(request, page_id):
    proposal = get_object_or_404(TrainingProposalPage, pk=page_id)
    if not can_see_admin_results(request.user, proposal):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "consultations/admin/results.html",
        {
            "proposal": proposal,
            "aggregate": aggregate_for(proposal),
            "status": proposal.status,
            "header_title": _("Consultation results: %(title)s") % {"title": proposal.title},
            "edit_url": reverse("wagtailadmin_pages:edit", args=[proposal.pk]),
        },
    )


admin_urlpatterns = [
    path("consultations/<int:page_id>/results/", results_view, name="consultations_results")
]

quality_criterion_viewset = QualityCriterionViewSet()
consultation_feedback_viewset = ConsultationFeedbackViewSet("consultation_feedback")
