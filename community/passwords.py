"""Password reset at /accounts/password_reset/: limited, and mailed outside the request.

Two limits: per client address (a flood of requests gets the 429 page) and per email address
(a flood of links to one inbox stops quietly: the page answers as if the link were sent, so
the limit tells nobody whether the address has an account). The email itself goes through a
task, so the time the request takes does not tell registered addresses from others either.
"""

import hashlib

from django.contrib.auth import views as auth
from django.core.mail import EmailMultiAlternatives
from django.http import HttpResponseRedirect
from django.utils.translation import ngettext
from django_tasks import task

from contributions import addresses
from contributions.ratelimit import client_ip, minutes, over_limit, rate_limited

from . import conf


class LimitedPasswordResetView(auth.PasswordResetView):
    def post(self, request, *args, **kwargs):
        # Every request counts, valid or not: turning a bot away costs the same either way.
        limit, window = conf.setting("COP_PASSWORD_RESET_CLIENT_RATE_LIMIT")
        if over_limit(f"community:password-reset:client:{client_ip(request)}", limit, window):
            message = ngettext(
                "We have received several password reset requests from your network in a "
                "short time. Please try again in %(minutes)d minute; no email was sent.",
                "We have received several password reset requests from your network in a "
                "short time. Please try again in %(minutes)d minutes; no email was sent.",
                minutes(window),
            ) % {"minutes": minutes(window)}
            return rate_limited(request, window, message)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        if address_over_limit(form.cleaned_data["email"]):
            return HttpResponseRedirect(self.get_success_url())
        # The link goes to the site's own address, never to the Host header the client sent.
        self.extra_email_context = {
            **(self.extra_email_context or {}),
            **addresses.scheme_and_host(self.request),
        }
        return super().form_valid(form)


def address_over_limit(email):
    """Count one reset request for ``email`` (whatever its case); True once over the limit."""
    limit, window = conf.setting("COP_PASSWORD_RESET_RATE_LIMIT")
    # Hashed: the cache holds no addresses, and any address makes a valid cache key.
    digest = hashlib.sha256(email.casefold().encode()).hexdigest()
    return over_limit(f"community:password-reset:address:{digest}", limit, window)


@task()
def send_password_reset_email(subject, body, from_email, to_email, html_body=None, language=None):
    """Send a reset email rendered in the request (``MemberPasswordResetForm.send_mail``), in
    ``language``. A failure is the task's: the worker logs it and keeps the traceback."""
    headers = {"Content-Language": language} if language else None
    message = EmailMultiAlternatives(subject, body, from_email, [to_email], headers=headers)
    if html_body is not None:
        message.attach_alternative(html_body, "text/html")
    message.send()
