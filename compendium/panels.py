from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class AssessmentsPanel(Panel):
    """Read-only: the reviewers' criteria assessments of this practice, for moderators."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Criteria assessments"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "assessments"

    class BoundPanel(Panel.BoundPanel):
        template_name = "compendium/admin/assessments_panel.html"

        def get_context_data(self, parent_context=None):
            from .models import Assessment

            context = super().get_context_data(parent_context)
            context["assessments"] = (
                list(
                    Assessment.objects.filter(page_id=self.instance.pk)
                    .select_related("reviewer")
                    .prefetch_related("scores__criterion")
                )
                if self.instance.pk
                else []
            )
            return context
