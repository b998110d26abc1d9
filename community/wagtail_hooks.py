from django.urls import include, path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from . import demo
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


@hooks.register("cop_seed_demo", order=5)
def seed_demo_accounts(log, with_accounts=False, password=None, **options):
    if not with_accounts:
        return
    credentials = demo.seed_accounts(log, password=password)
    options["report"].extend(
        f"{username} / {password}  ({role})" for username, role in credentials
    )


@hooks.register("cop_seed_demo", order=35)
def seed_subgroups(log, **options):
    demo.seed_subgroups(log)


@hooks.register("cop_seed_demo", order=37)
def seed_dialogues(log, **options):
    demo.seed_dialogues(log)


@hooks.register("cop_seed_demo", order=38)
def seed_questions(log, **options):
    demo.seed_questions(log)


@hooks.register("cop_seed_demo", order=40)
def seed_membership(log, **options):
    demo.seed_membership(log)


@hooks.register("cop_account_sections", order=0)
def profile_section(request):
    from .views import profile_section as section

    return section(request)


@hooks.register("cop_digest_sections", order=10)
def dialogues_digest_section(user, since, until):
    from .digest_sections import dialogues_section

    return dialogues_section(user, since, until)
