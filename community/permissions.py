"""Admin-wide rules the roles rely on, applied where Wagtail asks (hooks) and, where Wagtail
asks nothing, at the one method that decides.

- Only superusers change superusers: every action on user accounts, bulk ones included.
- Admin users without any page permission (reviewers: they reach practices through their
  workflow task) see, in the page chooser, only what the public site shows: live pages without
  view restrictions.
- The site-history report's "user" filter lists only the users of the log entries the viewer
  may see (Wagtail 7.4 builds it from every page log entry).
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.models import Page

PAGE_ACTIONS = {"add", "change", "publish", "bulk_delete", "lock", "unlock"}


# Superusers


def refuse_superuser_changes(request, accounts=(), *, form_data=None):
    """Only superusers may make, change, deactivate, regroup or delete superusers."""
    if request.user.is_superuser:
        return
    if any(account.is_superuser for account in accounts):
        raise PermissionDenied
    if form_data is not None and form_data.get("is_superuser"):
        raise PermissionDenied


def refuse_bulk_actions_on_superusers(request, action_type, objects, action):
    """Wagtail's user bulk actions (set active state, assign role, delete, and any a site adds)
    check only the model permission ("change user"): a moderator could deactivate the superuser
    or put it in any group. Wagtail runs ``before_bulk_action`` before every bulk action
    executes, whatever its type."""
    if getattr(action, "model", None) is get_user_model():
        refuse_superuser_changes(request, objects)


# The page chooser


def has_page_permissions(user):
    from wagtail.permissions import page_permission_policy

    return page_permission_policy.user_has_any_permission(user, PAGE_ACTIONS)


def public_pages():
    return Page.objects.live().public()


def limit_page_chooser(pages, request):
    """``construct_page_chooser_queryset``: what the chooser lists and searches. Users who may
    edit pages choose among all of them (Wagtail's default); others among the public ones."""
    if has_page_permissions(request.user):
        return pages
    match = getattr(request, "resolver_match", None)
    parent_id = match.kwargs.get("parent_page_id") if match else None
    if parent_id is not None and not public_pages().filter(pk=parent_id).exists():
        # The chooser shows the page it browses (title, status) before its children.
        raise Http404
    # By id: the search backends filter on ``id`` (a FilterField), not on restrictions.
    return pages.filter(id__in=public_pages().values_list("id", flat=True))


def chosen_pages_view(original_get):
    """Wagtail's "chosen multiple" page view returns the title of any page id it is given,
    without the chooser's hooks: it answers only for the pages the chooser would list."""
    from wagtail import hooks

    def get(self, request, *args, **kwargs):
        ids = [pk for pk in request.GET.getlist("id") if pk.isdigit()]
        pages = Page.objects.filter(pk__in=ids)
        for hook in hooks.get_hooks("construct_page_chooser_queryset"):
            pages = hook(pages, request)
        allowed = {str(pk) for pk in pages.values_list("pk", flat=True)}
        query = request.GET.copy()
        query.setlist("id", [pk for pk in ids if pk in allowed])
        request.GET = query
        return original_get(self, request, *args, **kwargs)

    get.cop_limited = True
    return get


# Site history


def site_history_users(filterset):
    """The users the site-history filter offers: those of the entries the viewer may see."""
    from wagtail.admin.views.reports.audit_logging import get_users_for_filter

    return get_users_for_filter(filterset.request.user)


def install():
    """Make Wagtail's views that consult no hook follow the rules above (idempotent)."""
    from wagtail.admin.views import chooser
    from wagtail.admin.views.reports.audit_logging import SiteHistoryReportFilterSet

    # Wagtail defines ``get_user_choices`` (the viewer's entries only) but its filter set
    # reads ``get_users_queryset``, which lists the users of every page log entry.
    SiteHistoryReportFilterSet.get_users_queryset = site_history_users
    if not getattr(chooser.ChosenMultipleView.get, "cop_limited", False):
        chooser.ChosenMultipleView.get = chosen_pages_view(chooser.ChosenMultipleView.get)
