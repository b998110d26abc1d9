from django.urls import include, path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from . import permissions
from .viewsets import ApproveApplicationsBulkAction, CommunityViewSetGroup, admin_urlpatterns

register_snippet(CommunityViewSetGroup)


@hooks.register("register_admin_urls")
def register_membership_admin_urls():
    return [path("", include(admin_urlpatterns))]


hooks.register("register_bulk_action", ApproveApplicationsBulkAction)


# Only superusers change superusers (community/permissions.py): Wagtail's user form lets anyone
# who may change users tick "Administrator" or reset an administrator's password, and its bulk
# actions (set active state, assign role) check the model permission only.


@hooks.register("before_create_user")
def only_superusers_create_superusers(request):
    permissions.refuse_superuser_changes(
        request, form_data=request.POST if request.method == "POST" else None
    )


@hooks.register("before_edit_user")
def only_superusers_edit_superusers(request, user):
    permissions.refuse_superuser_changes(
        request, [user], form_data=request.POST if request.method == "POST" else None
    )


@hooks.register("before_delete_user")
def only_superusers_delete_superusers(request, user):
    permissions.refuse_superuser_changes(request, [user])


hooks.register("before_bulk_action", permissions.refuse_bulk_actions_on_superusers)

# Reviewers (no page permission) choose only among public pages; the site-history filter lists
# only the users of entries the viewer may see.
hooks.register("construct_page_chooser_queryset", permissions.limit_page_chooser)
permissions.install()


@hooks.register("cop_account_sections", order=0)
def profile_section(request):
    from .views import profile_section as section

    return section(request)


@hooks.register("cop_digest_sections", order=10)
def dialogues_digest_section(user, since, until):
    from .digest_sections import dialogues_section

    return dialogues_section(user, since, until)


# Before every other step: the section pages' translations need their locales.
@hooks.register("cop_setup", order=-10)
def setup_locales(setup):
    from .setup import setup_locales

    setup_locales(setup)


@hooks.register("cop_setup", order=0)
def setup_roles(setup):
    from .setup import setup_roles

    setup_roles(setup)


@hooks.register("cop_setup", order=35)
def setup_community(setup):
    from .setup import setup_community

    setup_community(setup)


# What waits for the people who act on it: a dashboard panel (contributions adds one per
# group) and their account page's list.
@hooks.register("cop_work_queues", order=0)
def membership_queues(user):
    from .queues import membership_queues as queues

    return queues(user)
