"""Template tags of the community app for a host's own templates (its 403 page, say)."""

from django import template

from ..membership import may_apply as may_apply_for

register = template.Library()


@register.simple_tag(takes_context=True)
def may_apply(context):
    """Whether the invitation to apply for membership is for the person viewing the page:
    ``{% may_apply as invited %}``."""
    request = context.get("request")
    return request is not None and may_apply_for(request.user)
