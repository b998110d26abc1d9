"""A member's digest is written in their preferred language, whatever language the site's
default is and whoever runs the command: the message says so (``Content-Language``, the HTML
body's ``lang``) and its dates are those of the language."""

import datetime

import pytest
from django.core import mail
from django.utils import formats, timezone, translation

from community.models import MemberProfile

from .conftest import A_MINUTE, save, send

pytestmark = pytest.mark.django_db

# Django's own French and Spanish month names, so nothing here depends on our catalogues.
MONTHS = {
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}


def french_date(moment):
    return f"{moment.day} {MONTHS['fr'][moment.month - 1]} {moment.year}"


def spanish_date(moment):
    return f"{moment.day} de {MONTHS['es'][moment.month - 1]} de {moment.year}"


def the_digest(user):
    (message,) = [message for message in mail.outbox if message.to == [user.email]]
    [(html, _mimetype)] = message.alternatives
    return message, html


@pytest.mark.parametrize(("language", "formatted"), [("fr", french_date), ("es", spanish_date)])
def test_the_digest_comes_in_the_members_language(member, publish, language, formatted):
    MemberProfile.objects.create(user=member, preferred_language=language)
    since = timezone.now() - datetime.timedelta(days=3)
    save(member, "theme=masculinities", ago=datetime.timedelta(days=3))
    publish("Toolkit on masculinities", "masculinities")
    until = timezone.now() + A_MINUTE

    send("weekly", now=until)

    message, html = the_digest(member)
    assert message.message()["Content-Language"] == language
    assert f'<html lang="{language}">' in html
    for body in (message.body, html):
        assert formatted(since) in body and formatted(until) in body
    assert "Toolkit on masculinities" in message.body


def test_a_member_who_never_chose_gets_the_sites_language(member, publish):
    save(member, "theme=masculinities", ago=datetime.timedelta(days=3))
    publish("Toolkit on masculinities", "masculinities")
    until = timezone.now() + A_MINUTE

    send("weekly", now=until)

    message, html = the_digest(member)
    assert message.message()["Content-Language"] == "en"
    assert '<html lang="en">' in html
    with translation.override("en"):
        assert formats.date_format(until, "DATE_FORMAT") in message.body
