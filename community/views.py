from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks

from contributions.guards import members_only
from contributions.ratelimit import client_ip, limit_posts, minutes, over_limit, rate_limited
from contributions.roles import is_member

from . import conf, membership, questions
from .forms import ApplicationForm, DirectoryFilterForm, NominationForm, ProfileForm
from .models import (
    DialogueEventPage,
    MemberProfile,
    QuestionIndexPage,
    QuestionPage,
    SubgroupIndexPage,
    SubgroupPage,
)


@login_required
def account(request):
    """The signed-in person's page. Each app adds its section through the
    ``cop_account_sections`` hook (a function of the request returning HTML)."""
    from contributions.queues import work_queues

    sections = [section(request) for section in hooks.get_hooks("cop_account_sections")]
    # People with admin access do their work there: the page points them to it and to what
    # waits for them, instead of actions they may not take on the public site.
    admin_access = request.user.has_perm("wagtailadmin.access_admin")
    return TemplateResponse(
        request,
        "community/account.html",
        {
            "sections": sections,
            "admin_access": admin_access,
            "queue_groups": work_queues(request.user) if admin_access else [],
        },
    )


def apply(request):
    if request.method == "POST":
        limit, window = conf.setting("COP_APPLICATION_RATE_LIMIT")
        if over_limit(f"community:apply:{client_ip(request)}", limit, window):
            message = ngettext(
                "We have received several applications from your network in a short time. "
                "Please try again in %(minutes)d minute; this one was not sent.",
                "We have received several applications from your network in a short time. "
                "Please try again in %(minutes)d minutes; this one was not sent.",
                minutes(window),
            ) % {"minutes": minutes(window)}
            return rate_limited(request, window, message)
        form = ApplicationForm(request.POST)
        if form.is_spam:
            # Look like success so the bot moves on; keep nothing.
            return redirect("community:application_received")
        if form.is_valid():
            membership.submit_application(form)
            return redirect("community:application_received")
        status = 400
    else:
        form = ApplicationForm()
        status = 200
    return TemplateResponse(request, "community/apply.html", {"form": form}, status=status)


def application_received(request):
    return TemplateResponse(request, "community/application_received.html", {})


@login_required
@limit_posts("nomination")
def nominate(request):
    if not is_member(request.user):
        raise PermissionDenied(_("Only members can nominate new members."))
    if request.method == "POST":
        form = NominationForm(request.POST)
        if form.is_valid():
            # Someone who is already a member needs no invitation: nothing is kept, and the
            # thanks are the same, so the form tells nobody who is a member.
            if not form.nominates_a_member:
                nomination = form.save(commit=False)
                nomination.nominated_by = request.user
                nomination.save()
            messages.success(
                request,
                _("Thank you. The moderators will consider inviting %(name)s.")
                % {"name": form.cleaned_data["name"]},
            )
            return redirect("community:account")
        status = 400
    else:
        form = NominationForm()
        status = 200
    return TemplateResponse(request, "community/nominate.html", {"form": form}, status=status)


@login_required
def edit_profile(request):
    if not is_member(request.user):
        raise PermissionDenied(_("Only members have a profile."))
    profile, _created = MemberProfile.objects.get_or_create(user=request.user)
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=profile)
        if form.is_valid():
            form.save()
            messages.success(request, _("Your profile is saved."))
            return redirect("community:account")
        status = 400
    else:
        form = ProfileForm(instance=profile)
        status = 200
    return TemplateResponse(request, "community/profile_form.html", {"form": form}, status=status)


def directory(request):
    filters = DirectoryFilterForm(request.GET or None)
    profiles = filters.filter(MemberProfile.objects.for_directory())
    viewer_is_member = is_member(request.user)
    return TemplateResponse(
        request,
        "community/directory.html",
        {
            "filters": filters,
            "profiles": list(profiles),
            # Email addresses are for signed-in members only, and only when shared.
            "show_emails": viewer_is_member,
        },
    )


def profile_section(request):
    from django.template.loader import render_to_string

    profile = (
        MemberProfile.objects.filter(user=request.user)
        .select_related("region")
        .prefetch_related("expertise", "languages")
        .first()
    )
    return render_to_string(
        "community/account_profile.html",
        {
            "profile": profile,
            "member": is_member(request.user),
            "may_apply": membership.may_apply(request.user),
        },
        request=request,
    )


# Subgroups


def join_subgroup(request, subgroup):
    from .models import SubgroupMembership

    if request.method != "POST":
        return redirect(subgroup.url)
    refused = members_only(request, _("Only members can join subgroups."))
    if refused:
        return refused
    _membership, created = SubgroupMembership.objects.get_or_create(
        subgroup=subgroup, user=request.user
    )
    if created:
        messages.success(request, _("You joined %(name)s.") % {"name": subgroup.title})
    return redirect(subgroup.url)


def leave_subgroup(request, subgroup):
    from .models import SubgroupMembership

    if request.method != "POST":
        return redirect(subgroup.url)
    refused = members_only(request, _("Only members can leave subgroups."))
    if refused:
        return refused
    deleted, _details = SubgroupMembership.objects.filter(
        subgroup=subgroup, user=request.user
    ).delete()
    if deleted:
        messages.success(request, _("You left %(name)s.") % {"name": subgroup.title})
    return redirect(subgroup.url)


@limit_posts("subgroup_request")
def request_subgroup(request, index):
    from .forms import SubgroupRequestForm

    refused = members_only(request, _("Only members can propose subgroups."))
    if refused:
        return refused
    if request.method == "POST":
        form = SubgroupRequestForm(request.POST)
        if form.is_valid():
            proposal = form.save(commit=False)
            proposal.proposer = request.user
            proposal.save()
            messages.success(
                request,
                _("Thank you. The moderators will consider “%(name)s” and reply by email.")
                % {"name": proposal.name},
            )
            return redirect(index.url)
        status = 400
    else:
        form = SubgroupRequestForm()
        status = 200
    return TemplateResponse(
        request, "community/subgroup_request.html", {"form": form, "page": index}, status=status
    )


# Virtual dialogues


def register_for_dialogue(request, dialogue):
    from django.db import transaction

    from .models import DialogueEventPage, DialogueRegistration

    if request.method != "POST":
        return redirect(dialogue.url)
    refused = members_only(request, _("Only members can register for dialogues."))
    if refused:
        return refused
    if dialogue.is_past:
        messages.error(request, _("This dialogue has already taken place."))
        return redirect(dialogue.url)
    with transaction.atomic():
        # Lock the event so two last-place registrations cannot both succeed.
        locked = DialogueEventPage.objects.select_for_update().get(pk=dialogue.pk)
        if DialogueRegistration.objects.filter(dialogue=locked, user=request.user).exists():
            messages.info(request, _("You are already registered."))
            return redirect(dialogue.url)
        taken = DialogueRegistration.objects.filter(dialogue=locked).count()
        if locked.capacity is not None and taken >= locked.capacity:
            messages.error(request, _("Sorry, this dialogue is full."))
            return redirect(dialogue.url)
        DialogueRegistration.objects.create(dialogue=locked, user=request.user)
    messages.success(request, _("You are registered. The joining link is below."))
    return redirect(dialogue.url)


def cancel_registration(request, dialogue):
    from .models import DialogueRegistration

    if request.method != "POST":
        return redirect(dialogue.url)
    refused = members_only(request, _("Only members register for dialogues."))
    if refused:
        return refused
    deleted, _details = DialogueRegistration.objects.filter(
        dialogue=dialogue, user=request.user
    ).delete()
    if deleted:
        messages.success(request, _("Your registration is cancelled."))
    return redirect(dialogue.url)


@limit_posts("dialogue_contribution")
def contribute_to_dialogue(request, dialogue):
    from .forms import ContributionForm
    from .models import DialogueContribution

    if request.method != "POST":
        return redirect(dialogue.url)
    refused = members_only(request, _("Only members can contribute."))
    if refused:
        return refused
    if dialogue.is_past:
        messages.error(request, _("Contributions closed when the dialogue ended."))
        return redirect(dialogue.url)
    form = ContributionForm(request.POST)
    if form.is_valid():
        DialogueContribution.objects.create(
            dialogue=dialogue, user=request.user, body=form.cleaned_data["body"]
        )
        messages.success(request, _("Thank you for your contribution."))
        return redirect(dialogue.url + "#contributions")
    context = dialogue.get_context(request)
    context["contribution_form"] = form
    return TemplateResponse(request, dialogue.get_template(request), context, status=400)


def hide_contribution(request, dialogue, contribution_id):
    from django.shortcuts import get_object_or_404

    from .models import DialogueContribution

    if request.method != "POST":
        return redirect(dialogue.url)
    if not request.user.is_authenticated:
        return redirect_to_login(dialogue.url)
    if not dialogue.can_moderate(request.user):
        raise PermissionDenied(
            _("Only moderators and the subgroup's coordinators can hide posts.")
        )
    contribution = get_object_or_404(DialogueContribution, pk=contribution_id, dialogue=dialogue)
    contribution.hidden = True
    contribution.save(update_fields=["hidden"])
    messages.success(request, _("The contribution is hidden."))
    return redirect(dialogue.url + "#contributions")


def dialogues_calendar(request):
    from . import calendars
    from .models import DialogueEventPage

    dialogues = DialogueEventPage.objects.live().public().order_by("start")
    return calendars.response(request, dialogues, "dialogues.ics")


def dialogue_calendar(request, slug):
    from django.http import Http404

    from . import calendars
    from .models import DialogueEventPage

    dialogue = DialogueEventPage.objects.live().public().filter(slug=slug).first()
    if dialogue is None:
        raise Http404
    return calendars.response(request, [dialogue], f"{dialogue.slug}.ics")


# Questions


@limit_posts("question")
def ask_question(request, index):
    from .forms import QuestionForm

    refused = members_only(request, _("Only members can ask questions."))
    if refused:
        return refused
    if request.method == "POST":
        form = QuestionForm(request.POST)
        if form.is_valid():
            question, asked_now = questions.ask(
                index=index, user=request.user, data=form.cleaned_data
            )
            if not asked_now:
                messages.info(request, _("You already asked this question."))
                return redirect(question.url)
            messages.success(request, _("Your question is published."))
            return redirect(question.url)
        status = 400
    else:
        form = QuestionForm()
        status = 200
    return TemplateResponse(
        request, "community/ask_question.html", {"form": form, "page": index}, status=status
    )


@limit_posts("answer")
def answer_question(request, question):
    from .forms import AnswerForm
    from .models import Answer

    if request.method != "POST":
        return redirect(question.url)
    refused = members_only(request, _("Only members can answer."))
    if refused:
        return refused
    form = AnswerForm(request.POST)
    if form.is_valid():
        from django.db import transaction

        from search import catalogue

        with transaction.atomic():
            Answer.objects.create(
                question=question, user=request.user, body=form.cleaned_data["body"]
            )
            # Answers are part of what the question is found by.
            catalogue.refresh(question)
            catalogue.changed()
        messages.success(request, _("Thank you for your answer."))
        return redirect(question.url + "#answers")
    context = question.get_context(request)
    context["answer_form"] = form
    return TemplateResponse(request, question.get_template(request), context, status=400)


def mark_helpful(request, question, answer_id):
    from django.shortcuts import get_object_or_404

    from .models import Answer

    if request.method != "POST":
        return redirect(question.url)
    if not request.user.is_authenticated:
        return redirect_to_login(question.url)
    if request.user.pk != question.asked_by_id:
        raise PermissionDenied(_("Only the person who asked can mark answers as helpful."))
    answer = get_object_or_404(Answer, pk=answer_id, question=question)
    answer.helpful = not answer.helpful
    answer.save(update_fields=["helpful"])
    return redirect(question.url + "#answers")


# The pages' sub-addresses (registered on the page classes: the models do not import views).
QuestionIndexPage.add_routes(
    path("ask/", ask_question, name="ask"),
)
QuestionPage.add_routes(
    path("answer/", answer_question, name="answer"),
    path("answers/<id:answer_id>/helpful/", mark_helpful, name="helpful"),
)
SubgroupIndexPage.add_routes(
    path("request/", request_subgroup, name="request"),
)
SubgroupPage.add_routes(
    path("join/", join_subgroup, name="join"),
    path("leave/", leave_subgroup, name="leave"),
)
DialogueEventPage.add_routes(
    path("register/", register_for_dialogue, name="register"),
    path("cancel/", cancel_registration, name="cancel"),
    path("contribute/", contribute_to_dialogue, name="contribute"),
    path("contributions/<id:contribution_id>/hide/", hide_contribution, name="hide_contribution"),
)
