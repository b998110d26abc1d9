"""The demo site's name in its admin templates (templates/wagtailadmin/): the admin's pages
have no request-independent context that holds WAGTAIL_SITE_NAME."""

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def site_name():
    return getattr(settings, "WAGTAIL_SITE_NAME", "") or "Wagtail"
