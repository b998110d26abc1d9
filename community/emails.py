"""Community email: rendered from text templates, in the recipient's language
(``contributions.mail``), and sent through Django's email framework. A failing mail server is
logged, never allowed to lose the record that triggered the mail."""

import logging

from contributions import addresses
from contributions.mail import compose

logger = logging.getLogger(__name__)


def send(template, to, recipient, **context):
    """Send ``community/emails/<template>`` to ``to``, written in ``recipient``'s language
    (an account, an application or a language code; see ``recipient_language``)."""
    context = {"base_url": addresses.root_url(), **context}
    message = compose(f"community/emails/{template}", to, recipient, context)
    try:
        message.send()
    except Exception:  # SMTP errors, timeouts, refused connections: keep going
        logger.exception("Could not send the %r email to %s", template, to)
        return False
    return True
