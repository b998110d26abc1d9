"""Admin pages of the compendium that are no listing or form."""

from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.admin import messages


def already_decided(request):
    """Where an assessment posted on a task already decided lands (the task's on_action
    cannot reach the request to say so itself): the reviewer's dashboard, with the reason
    nothing was recorded."""
    messages.warning(
        request,
        _(
            "This practice's criteria assessment had already been decided, so your assessment "
            "was not recorded."
        ),
    )
    return redirect("wagtailadmin_home")
