from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet

from .viewsets import (
    admin_urlpatterns,
    can_see_admin_results,
    consultation_feedback_viewset,
    quality_criterion_viewset,
)

register_snippet(quality_criterion_viewset)


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return consultation_feedback_viewset


@hooks.register("register_admin_urls")
def register_results_urls():
    return admin_urlpatterns


def _results_button(page, user, priority):
    from .models import TrainingProposalPage

    specific_class = page.specific_class
    if specific_class is None or not issubclass(specific_class, TrainingProposalPage):
        return
    if not can_see_admin_results(user, page):
        return
    yield Button(
        _("Consultation results"),
        reverse("consultations_results", args=[page.pk]),
        icon_name="table",
        priority=priority,
    )


@hooks.register("register_page_listing_more_buttons")
def results_listing_button(page, user, next_url=None):
    yield from _results_button(page, user, priority=45)


@hooks.register("register_page_header_buttons")
def results_header_button(page, user, view_name=None, next_url=None):
    yield from _results_button(page, user, priority=68)


@hooks.register("cop_account_sections", order=30)
def consultations_section(request):
    from .account import consultations_section as section

    return section(request)


@hooks.register("cop_digest_sections")
def consultations_digest(user, since, until):
    from .digest import digest_sections

    return digest_sections(user, since, until)


@hooks.register("cop_setup", order=39)
def setup_consultations(setup):
    from .setup import setup_consultations

    setup_consultations(setup)


# What waits for the people who act on it: a dashboard panel (contributions adds one per
# group) and their account page's list.
@hooks.register("cop_work_queues", order=30)
def consultation_queues(user):
    from .queues import consultation_queues as queues

    return queues(user)
