"""Who may take part on the public site."""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from .roles import is_member


def members_only(request, message):
    """None when the request comes from a member. Otherwise a visitor is sent to sign in, and
    anyone else signed in is refused with ``message`` (the site's 403 page shows it)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not is_member(request.user):
        raise PermissionDenied(message)
    return None


def offers_member_actions(user):
    """Whether a page offers members-only actions to ``user``: those ``members_only`` lets in
    (members) or sends to sign in (visitors, who may be members). Anyone else signed in would
    only meet its refusal."""
    return not user.is_authenticated or is_member(user)
