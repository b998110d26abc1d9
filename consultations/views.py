from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _

from contributions.ratelimit import limit_posts
from contributions.roles import is_member

from . import responses
from .forms import FeedbackForm, ProposalForm
from .models import ConsultationIndexPage, TrainingProposalPage, aggregate_for
from .proposals import ContributionError, status_of, submit_proposal


def refused(request, message, status=403, page=None):
    """A refusal people can read (the default 403 page says nothing of why)."""
    return TemplateResponse(
        request, "consultations/refused.html", {"message": message, "page": page}, status=status
    )


def give_feedback(request, page):
    if request.method != "POST":
        return redirect(page.url + "#feedback")
    if not request.user.is_authenticated:
        return redirect_to_login(page.url)

    reason = responses.refusal(page, request.user)
    if reason is None:
        form = FeedbackForm(
            request.POST, criteria=responses.asked_criteria(), questions=page.questions.all()
        )
        if form.is_valid():
            try:
                _feedback, created = responses.save_feedback(page, request.user, form)
            except responses.FeedbackRefused as error:
                reason = str(error)
            else:
                messages.success(
                    request,
                    _("Thank you: your feedback is saved.")
                    if created
                    else _("Your feedback is updated."),
                )
                return redirect(page.url + "#feedback")
        if reason is None:
            response = page.render(
                request, context_overrides={"feedback_form": form, "feedback_refusal": None}
            )
            response.status_code = 400
            return response

    # The page says why in its feedback section (no flash message: it would say it twice).
    response = page.render(
        request, context_overrides={"feedback_form": None, "feedback_refusal": reason}
    )
    response.status_code = 403
    return response


def results(request, page):
    """The aggregate so far, for the proposer and moderators; for everyone once closed."""
    if not page.can_see_results(request.user):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return refused(
            request,
            _("The feedback is shown to everyone when the consultation closes."),
            page=page,
        )
    return TemplateResponse(
        request,
        "consultations/results.html",
        {"page": page, "aggregate": aggregate_for(page), "status": page.status},
    )


@limit_posts("training_proposal")
def propose(request, index, page_id=None):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not is_member(request.user):
        return refused(
            request, _("Only members of the community can propose a training for consultation.")
        )

    proposal, status = None, None
    if page_id is not None:
        # Someone else's draft looks exactly like a missing one.
        proposal = TrainingProposalPage.objects.filter(pk=page_id, owner=request.user).first()
        if proposal is None:
            raise Http404
        status = status_of(proposal)
        if not status.editable:
            messages.info(
                request, _("This proposal is %(status)s.") % {"status": status.label.lower()}
            )
            return redirect("/account/")
        proposal = proposal.get_latest_revision_as_object()

    if request.method == "POST":
        form = ProposalForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                page = submit_proposal(
                    index=index, user=request.user, data=form.cleaned_data, page=proposal
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
        form = ProposalForm(initial=ProposalForm.initial_for(proposal) if proposal else None)

    return TemplateResponse(
        request,
        "consultations/propose.html",
        {"page": index, "form": form, "proposal": proposal, "status": status},
        status=400 if request.method == "POST" else 200,
    )


# The pages' sub-addresses (registered on the page classes: the models do not import views).
ConsultationIndexPage.add_routes(
    path("propose/", propose, name="propose"),
    path("propose/<id:page_id>/", propose, name="edit_proposal"),
)
TrainingProposalPage.add_routes(
    path("feedback/", give_feedback, name="feedback"),
    path("results/", results, name="results"),
)
