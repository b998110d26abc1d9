"""JSON endpoints answer their errors in JSON too: an integration reading ``/api/search/``
gets ``{"error": "..."}`` with the status, never the site's HTML error pages.

Search is the app with the public API; content apps' JSON downloads use the same decorator
(they may depend on search, search depends on none of them).
"""

import logging
from functools import wraps

from django.core import signals
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.http import Http404, JsonResponse
from django.utils.log import log_response
from django.utils.translation import gettext as _

SAFE_METHODS = ("GET", "HEAD")


def json_error(message, status):
    return JsonResponse(
        {"error": str(message)}, status=status, json_dumps_params={"ensure_ascii": False}
    )


def json_endpoint(view):
    """A read-only JSON view: GET and HEAD only, and every error it raises answered as JSON.

    Errors are logged and signalled as Django's own handler does (``django.security.*`` for
    suspicious requests, ``django.request`` and ``got_request_exception`` for the rest), so
    error reporting sees them."""

    @wraps(view)
    def answer(request, *args, **kwargs):
        if request.method not in SAFE_METHODS:
            response = json_error(_("This address only answers GET and HEAD requests."), 405)
            response["Allow"] = ", ".join(SAFE_METHODS)
            log_response(
                "Method Not Allowed (%s): %s", request.method, request.path,
                response=response, request=request,
            )  # fmt: skip
            return response
        try:
            return view(request, *args, **kwargs)
        except Http404:
            return json_error(_("Not found."), 404)
        except PermissionDenied:
            return json_error(_("You may not see this."), 403)
        except SuspiciousOperation as error:
            # Too many parameters, a bad Host header, ...: the request is at fault.
            logging.getLogger(f"django.security.{error.__class__.__name__}").error(
                str(error), exc_info=error, extra={"status_code": 400, "request": request}
            )
            return json_error(_("The request could not be read."), 400)
        except Exception as error:
            signals.got_request_exception.send(sender=None, request=request)
            response = json_error(
                _("Something went wrong on our side. Please try again later."), 500
            )
            log_response(
                "Internal Server Error: %s", request.path,
                response=response, request=request, exception=error,
            )  # fmt: skip
            return response

    return answer
