from django.urls import include, path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .viewsets import ApproveApplicationsBulkAction, CommunityViewSetGroup, admin_urlpatterns

register_snippet(CommunityViewSetGroup)


@hooks.register("register_admin_urls")
def register_membership_admin_urls():
    return [path("", include(admin_urlpatterns))]


hooks.register("register_bulk_action", ApproveApplicationsBulkAction)


def _refuse_superuser_changes(request, account=None):
    """Moderators manage accounts (they add reviewers, activate members), but Wagtail's user
    form lets anyone who may change users tick "Administrator" or reset an administrator's
    password: only superusers may make or change superusers."""
    from django.core.exceptions import PermissionDenied

    if request.user.is_superuser:
        return
    if account is not None and account.is_superuser:
        raise PermissionDenied
    if request.method == "POST" and request.POST.get("is_superuser"):
        raise PermissionDenied


@hooks.register("before_create_user")
def only_superusers_create_superusers(request):
    _refuse_superuser_changes(request)


@hooks.register("before_edit_user")
def only_superusers_edit_superusers(request, user):
    _refuse_superuser_changes(request, user)


@hooks.register("cop_account_sections", order=0)
def profile_section(request):
    from .views import profile_section as section

    return section(request)


@hooks.register("cop_digest_sections", order=10)
def dialogues_digest_section(user, since, until):
    from .digest_sections import dialogues_section

    return dialogues_section(user, since, until)


@hooks.register("cop_setup", order=0)
def setup_roles(setup):
    from .setup import setup_roles

    setup_roles(setup)


@hooks.register("cop_setup", order=35)
def setup_community(setup):
    from .setup import setup_community

    setup_community(setup)
