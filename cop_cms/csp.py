"""Two Content-Security-Policies: a strict one for the public site and the relaxed one the
Wagtail admin needs (its templates use inline scripts and styles, data: and blob: images).

django-csp applies one policy to every response; this middleware swaps in the admin policy
for the admin's paths (settings.COP_ADMIN_CSP_PATHS), so the public site stays strict.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings


class SiteAndAdminCSPMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        # Wagtail renders a preview by running a made-up request for the page's public URL
        # through the middleware; the policy belongs to the admin request that frames it.
        if getattr(request, "is_dummy", False):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts: PolicyParts = super().get_policy_parts(request, response, report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(tuple(settings.COP_ADMIN_CSP_PATHS))
        ):
            parts.config = default_config(settings.COP_ADMIN_CONTENT_SECURITY_POLICY)
        return parts
