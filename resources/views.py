from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from contributions.guards import members_only
from contributions.ratelimit import limit_posts, member_posts_limited
from contributions.roles import is_member

from . import ratings
from .contributions import ContributionError, status_of, submit_contribution
from .forms import ContributionForm, FeedbackForm
from .models import LibraryEntryPage, ResourceIndexPage, ResourcePage


@limit_posts("resource")
def contribute(request, index, entry_id=None):
    refused = members_only(request, _("Only members of the community can contribute resources."))
    if refused:
        return refused

    entry = None
    if entry_id is not None:
        # Someone else's draft looks exactly like a missing one.
        entry = ResourcePage.objects.filter(pk=entry_id, owner=request.user).first()
        if entry is None:
            raise Http404
        status = status_of(entry)
        if not status.editable:
            messages.info(
                request, _("This contribution is %(status)s.") % {"status": status.label}
            )
            return redirect("/account/")
        entry = entry.get_latest_revision_as_object()
    else:
        status = None

    if request.method == "POST":
        form = ContributionForm(request.POST, request.FILES, entry=entry)
        if form.is_valid():
            try:
                page = submit_contribution(
                    index=index, user=request.user, data=form.cleaned_data, entry=entry
                )
            except ContributionError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request,
                    _("Thank you. “%(title)s” is now with the editors for review.")
                    % {"title": page.title},
                )
                return redirect("/account/")
    else:
        form = ContributionForm(
            initial=ContributionForm.initial_for(entry) if entry else None, entry=entry
        )

    return TemplateResponse(
        request,
        "resources/contribute.html",
        {"page": index, "form": form, "entry": entry, "status": status},
        status=400 if request.method == "POST" else 200,
    )


@require_POST
def feedback(request, index, entry_id):
    entry = LibraryEntryPage.objects.child_of(index).live().public().filter(pk=entry_id).first()
    if entry is None:
        raise Http404
    if not request.user.is_authenticated:
        return redirect_to_login(entry.url)
    if not is_member(request.user):
        raise PermissionDenied(_("Only members of the community can rate resources."))
    limited = member_posts_limited(request, "feedback", back_url=entry.url)
    if limited:
        return limited

    form = FeedbackForm(request.POST)
    if form.is_valid():
        ratings.rate(entry=entry, user=request.user, **form.cleaned_data)
        messages.success(request, _("Thank you for your feedback."))
        return redirect(entry.url + "#feedback")

    context = entry.specific.get_context(request)
    context["feedback_form"] = form
    return TemplateResponse(request, entry.specific.get_template(request), context, status=400)


# The pages' sub-addresses (registered on the page classes: the models do not import views).
ResourceIndexPage.add_routes(
    path("contribute/", contribute, name="contribute"),
    path("contribute/<id:entry_id>/", contribute, name="edit_contribution"),
    path("feedback/<id:entry_id>/", feedback, name="feedback"),
)
