"""Every email in its recipient's language, whoever sends it and in whatever language.

A moderator browsing in English approves an applicant who reads French: the approval email is
rendered under the applicant's language, not the moderator's. Each app composes its messages
through ``compose`` (or ``in_language_of`` around its own rendering), so the rule lives here
once: members have a preferred language on their profile, applicants the one of their
application, and everybody else gets the site's default language.
"""

from contextlib import contextmanager

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation


def site_languages():
    """The languages a recipient can choose: the site's ``LANGUAGES``, each named in itself
    ("Français", "Español"), so a reader finds their language whatever the page's."""
    choices = []
    for code, name in settings.LANGUAGES:
        try:
            local = translation.get_language_info(code)["name_local"]
        except KeyError:  # a language Django does not know: the site's own name for it
            local = name
        choices.append((code, local[:1].upper() + local[1:]))
    return choices


def supported(language):
    """``language`` as one of the site's languages (a regional variant falls back to its
    base language); the site's default when it is none of them."""
    if language:
        try:
            return translation.get_supported_language_variant(language)
        except LookupError:
            pass
    return translation.get_supported_language_variant(settings.LANGUAGE_CODE)


def default_language():
    """The site's default language: what a recipient who never chose gets."""
    return supported(settings.LANGUAGE_CODE)


def current_language():
    """The language the visitor is browsing in, as one of the site's languages."""
    return supported(translation.get_language())


def recipient_language(recipient):
    """The language to write to ``recipient`` in: a language code, anything with a
    ``preferred_language`` (a membership application, a member profile), or an account,
    whose member profile says it. Accounts without a profile (staff) get the site's default:
    never the language of whoever happens to trigger the email."""
    if isinstance(recipient, str):
        return supported(recipient)
    language = getattr(recipient, "preferred_language", None)
    if language is None and recipient is not None:
        try:
            language = recipient.member_profile.preferred_language
        except (AttributeError, ObjectDoesNotExist):  # no member profile
            language = None
    return supported(language)


@contextmanager
def in_language_of(recipient):
    """Render inside this block to render in the recipient's language; yields the code."""
    language = recipient_language(recipient)
    with translation.override(language):
        yield language


def render_subject(template, context):
    """An email subject from its ``_subject.txt`` template: plain text on one line.

    The templates render with autoescaping off (a subject is no HTML: "Tom & Jerry's" stays
    so, not "Tom &amp; Jerry&#x27;s"), and every run of whitespace, line breaks included, is
    one space: Django refuses a header with a newline in it (BadHeaderError), so a title with
    a line break would otherwise lose the email."""
    return " ".join(render_to_string(template, context).split())


def compose(template, to, recipient, context, html=False, headers=None):
    """The email ``<template>_subject.txt`` / ``<template>.txt`` (and ``<template>.html`` when
    ``html``) rendered in ``recipient``'s language, addressed to ``to``.

    The templates get ``LANGUAGE_CODE`` (for the HTML body's ``lang``) and the message says
    its language in ``Content-Language``, so mail clients and screen readers read it right."""
    with in_language_of(recipient) as language:
        context = {**context, "LANGUAGE_CODE": language}
        subject = render_subject(f"{template}_subject.txt", context)
        body = render_to_string(f"{template}.txt", context)
        html_body = render_to_string(f"{template}.html", context) if html else None
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        to=[to],
        headers={"Content-Language": language, **(headers or {})},
    )
    if html_body is not None:
        message.attach_alternative(html_body, "text/html")
    return message
