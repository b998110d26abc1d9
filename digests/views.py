from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from contributions.roles import is_member

from .forms import FrequencyForm, NewsFrequencyForm, SaveSearchForm, max_saved_searches
from .models import DigestSettings, SavedSearch
from .tokens import ALL, InvalidToken, max_age, read_token


def _account_url():
    return reverse("community:account") + "#saved-searches"


# The search page's action (the ``cop_search_actions`` hook)


def search_action(request, query):
    """ "Save this search" on /search/: a form for members, a sign-in link for visitors."""
    if not request.user.is_authenticated:
        return render_to_string(
            "digests/search_action.html",
            {"login_url": f"{reverse('login')}?{urlencode({'next': request.get_full_path()})}"},
            request=request,
        )
    if not is_member(request.user):
        return ""
    form = SaveSearchForm(
        user=request.user,
        initial={"query": request.GET.urlencode(), "name": query.text[:100]},
    )
    return render_to_string("digests/search_action.html", {"form": form}, request=request)


@require_POST
def save_search(request):
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("search:search"))
    if not is_member(request.user):
        raise PermissionDenied(_("Only members can save searches."))
    with transaction.atomic():
        # One save at a time per member, so the limit holds.
        get_user_model().objects.select_for_update().filter(pk=request.user.pk).first()
        form = SaveSearchForm(request.POST, user=request.user)
        if not form.is_valid():
            return TemplateResponse(
                request, "digests/save_search.html", {"form": form}, status=400
            )
        saved = SavedSearch.objects.create(
            user=request.user,
            name=form.cleaned_data["name"],
            query=form.normalised,
            frequency=form.cleaned_data["frequency"],
        )
    if form.dropped:
        messages.warning(
            request,
            _("These filters are not known and were left out of the saved search: %(list)s.")
            % {"list": ", ".join(form.dropped)},
        )
    messages.success(
        request,
        _("Search saved as “%(name)s”. Manage your saved searches on your account page.")
        % {"name": saved.name},
    )
    return redirect(saved.search_url)


# The account page's section (the ``cop_account_sections`` hook)


def account_section(request):
    searches = list(SavedSearch.objects.filter(user=request.user))
    if not searches and not is_member(request.user):
        return ""
    rows = [(saved, FrequencyForm(instance=saved, prefix=f"s{saved.pk}")) for saved in searches]
    return render_to_string(
        "digests/account_saved_searches.html",
        {
            "rows": rows,
            "limit": max_saved_searches(),
            "search_url": reverse("search:search"),
            "news_form": NewsFrequencyForm(instance=DigestSettings.for_user(request.user)),
        },
        request=request,
    )


@login_required
@require_POST
def change_news_frequency(request):
    preferences = DigestSettings.for_user(request.user)
    previous = preferences.news_frequency
    form = NewsFrequencyForm(request.POST, instance=preferences)
    if not form.is_valid():
        messages.error(request, _("Please choose how often to receive community news."))
        return redirect(_account_url())
    preferences = form.save(commit=False)
    if previous == SavedSearch.NEVER and preferences.news_frequency != SavedSearch.NEVER:
        preferences.news_sent_at = timezone.now()  # start afresh, as for saved searches
    preferences.save()
    messages.success(
        request,
        _("Community news by email: %(frequency)s.")
        % {"frequency": preferences.get_news_frequency_display()},
    )
    return redirect(_account_url())


@login_required
@require_POST
def change_frequency(request, pk):
    saved = get_object_or_404(SavedSearch, pk=pk, user=request.user)
    previous = saved.frequency
    form = FrequencyForm(request.POST, instance=saved, prefix=f"s{saved.pk}")
    if not form.is_valid():
        messages.error(request, _("Please choose how often to receive this search's emails."))
        return redirect(_account_url())
    saved = form.save(commit=False)
    if previous == SavedSearch.NEVER and saved.frequency != SavedSearch.NEVER:
        # Start afresh: a search switched back on does not mail everything since it stopped.
        saved.last_sent_at = timezone.now()
    saved.save()
    messages.success(
        request,
        _("“%(name)s”: %(frequency)s.")
        % {"name": saved.name, "frequency": saved.get_frequency_display()},
    )
    return redirect(_account_url())


@login_required
@require_POST
def delete_search(request, pk):
    saved = get_object_or_404(SavedSearch, pk=pk, user=request.user)
    saved.delete()
    messages.success(request, _("Saved search “%(name)s” deleted.") % {"name": saved.name})
    return redirect(_account_url())


# Unsubscribing from an email link, without logging in


def _invalid(request, expired):
    return TemplateResponse(
        request,
        "digests/unsubscribe_invalid.html",
        {"expired": expired, "days": max_age().days},
        status=400,
    )


# The signed token is what authorises this, not a session: mail clients post the one-click
# unsubscribe (RFC 8058) without any CSRF token.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    try:
        user_id, target = read_token(token)
    except InvalidToken as error:
        return _invalid(request, error.expired)
    user = get_user_model().objects.filter(pk=user_id).first()
    if user is None:
        return _invalid(request, expired=False)
    searches = SavedSearch.objects.filter(user=user)
    if target != ALL:
        searches = searches.filter(pk=target)
    saved = None if target == ALL else searches.first()
    context = {"token": token, "all": target == ALL, "saved": saved}
    if target != ALL and saved is None:
        return TemplateResponse(request, "digests/unsubscribe_gone.html", context)
    if request.method == "POST":
        with transaction.atomic():
            searches.exclude(frequency=SavedSearch.NEVER).update(frequency=SavedSearch.NEVER)
            if target == ALL:
                DigestSettings.objects.update_or_create(
                    user=user, defaults={"news_frequency": SavedSearch.NEVER}
                )
        return TemplateResponse(request, "digests/unsubscribe_done.html", context)
    return TemplateResponse(request, "digests/unsubscribe.html", context)
