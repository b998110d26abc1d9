"""The search app in Wagtail's admin: the "Search engine" panel on the dashboard, for those who
look after the site, and the Moderators' right to see it (``cop_setup``)."""

import datetime

from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component

from . import service

# Who sees the panel; superusers have every permission.
PANEL_PERMISSION = "copsearch.view_catalogentry"


def panel_context():
    status = service.status()
    now = timezone.now()
    oldest = status["oldest_pending_seconds"]
    down_since = status["down_since"]
    return {
        **status,
        "down_since_at": (
            None
            if down_since is None
            else datetime.datetime.fromtimestamp(down_since, datetime.UTC)
        ),
        # As a moment, so the template's timesince renders the age in the admin's language.
        "oldest_pending_at": None if oldest is None else now - datetime.timedelta(seconds=oldest),
    }


class SearchStatusPanel(Component):
    name = "search_status"
    template_name = "search/admin/status_panel.html"
    # After Wagtail's own summary and moderation panels, before recent edits.
    order = 240

    def get_context_data(self, parent_context):
        return panel_context()


@hooks.register("construct_homepage_panels")
def add_search_status_panel(request, panels):
    if request.user.has_perm(PANEL_PERMISSION):
        panels.append(SearchStatusPanel())


@hooks.register("cop_setup", order=40)
def setup_search(setup):
    from contributions.roles import MODERATORS

    setup.grant(MODERATORS, "copsearch", {"catalogentry": ["view"]})
