"""Community email: rendered from text templates and sent through Django's email framework.
A failing mail server is logged, never allowed to lose the record that triggered the mail."""

import logging

from django.core.mail import send_mail
from django.template.loader import render_to_string

from contributions import addresses
from contributions.signal_handlers import render_subject

logger = logging.getLogger(__name__)


def send(template, to, **context):
    context = {"base_url": addresses.root_url(), **context}
    subject = render_subject(f"community/emails/{template}_subject.txt", context)
    body = render_to_string(f"community/emails/{template}.txt", context)
    try:
        send_mail(subject, body, None, [to])
    except Exception:  # SMTP errors, timeouts, refused connections: keep going
        logger.exception("Could not send the %r email to %s", template, to)
        return False
    return True
