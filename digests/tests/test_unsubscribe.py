"""Unsubscribing from a digest email's link, without logging in; forged, garbled and expired
links change nothing."""

import re
import time

import pytest
from bs4 import BeautifulSoup
from django.core import mail, signing

from digests import tokens
from digests.models import DigestSettings, SavedSearch

from .conftest import save, send

pytestmark = pytest.mark.django_db


def links_in(body):
    return re.findall(r"http://localhost(/digests/unsubscribe/[^/\s]+/)", body)


@pytest.fixture
def emailed(member, publish):
    """A member's digest with two saved searches, and the links in it."""
    masc = save(member, "theme=masculinities", name="Masculinities")
    toolkits = save(member, "q=toolkit", name="Toolkits")
    publish("Toolkit on masculinities", "masculinities")
    publish("Evaluation toolkit", "evaluation")
    send("weekly")
    [message] = mail.outbox
    masc_link, toolkits_link, all_link = links_in(message.body)
    return {
        "masc": masc,
        "toolkits": toolkits,
        "masc_link": masc_link,
        "all_link": all_link,
        "toolkits_link": toolkits_link,
    }


def frequencies(*searches):
    return [SavedSearch.objects.get(pk=saved.pk).frequency for saved in searches]


def test_one_search_unsubscribed_from_the_email_without_login(client, emailed):
    assert not DigestSettings.objects.filter(news_frequency="never").exists()
    page = client.get(emailed["masc_link"])
    assert page.status_code == 200
    assert "Masculinities" in page.content.decode()
    assert frequencies(emailed["masc"]) == ["weekly"]  # a GET changes nothing
    form = BeautifulSoup(page.content, "html.parser").find("form", method="post")
    assert form["action"] == emailed["masc_link"]

    done = client.post(emailed["masc_link"])

    assert done.status_code == 200
    assert "no more emails for “Masculinities”" in done.content.decode()
    assert frequencies(emailed["masc"], emailed["toolkits"]) == ["never", "weekly"]


def test_all_searches_unsubscribed_and_no_more_digests(client, emailed, publish):
    response = client.post(emailed["all_link"])

    assert response.status_code == 200
    assert frequencies(emailed["masc"], emailed["toolkits"]) == ["never", "never"]
    assert DigestSettings.objects.get(user=emailed["masc"].user).news_frequency == "never"
    mail.outbox.clear()
    publish("Another toolkit on masculinities", "masculinities")
    send("weekly")
    assert mail.outbox == []


def test_the_email_client_one_click_post_works(emailed):
    from django.test import Client

    # Mail clients post without a session or CSRF token (RFC 8058).
    response = Client(enforce_csrf_checks=True).post(
        emailed["all_link"], {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert frequencies(emailed["masc"]) == ["never"]


def forged(link):
    token = link.split("/")[-2]
    value, timestamp, signature = token.split(":")
    other_payload = signing.b64_encode(b'{"u":999,"s":"all"}').decode()
    return [
        f"/digests/unsubscribe/{value}:{timestamp}:{signature[:-2]}xx/",  # signature changed
        f"/digests/unsubscribe/{other_payload}:{timestamp}:{signature}/",  # payload changed
        "/digests/unsubscribe/garbage/",
        "/digests/unsubscribe/%00%ff/",
        "/digests/unsubscribe/" + "a:" * 500 + "/",
        # Signed with the site's key for another purpose.
        f"/digests/unsubscribe/{signing.dumps({'u': 1, 's': 'all'}, salt='other')}/",
    ]


@pytest.mark.parametrize("method", ["get", "post"])
def test_forged_or_garbled_links_change_nothing(client, emailed, method):
    for link in forged(emailed["all_link"]):
        response = getattr(client, method)(link)
        assert response.status_code == 400, link
        assert "This unsubscribe link is not valid" in response.content.decode()
    assert frequencies(emailed["masc"], emailed["toolkits"]) == ["weekly", "weekly"]


class OldSigner(signing.TimestampSigner):
    def timestamp(self):
        return signing.b62_encode(int(time.time()) - 91 * 24 * 3600)


def test_an_expired_link_changes_nothing(client, member):
    saved = save(member, "q=toolkit")
    token = OldSigner(salt=tokens.SALT).sign_object({"u": member.pk, "s": saved.pk})

    response = client.post(f"/digests/unsubscribe/{token}/")

    assert response.status_code == 400
    assert "This unsubscribe link has expired" in response.content.decode()
    assert frequencies(saved) == ["weekly"]


def test_a_link_cannot_touch_another_members_search(client, member, other_member):
    theirs = save(other_member, "q=toolkit")
    token = tokens.make_token(member, theirs)  # a genuine token, but theirs is not mine

    response = client.post(f"/digests/unsubscribe/{token}/")

    assert response.status_code == 200
    assert "no longer exists" in response.content.decode()
    assert frequencies(theirs) == ["weekly"]


def test_a_link_to_a_deleted_search_says_so(client, member):
    saved = save(member, "q=toolkit")
    token = tokens.make_token(member, saved)
    saved.delete()

    response = client.get(f"/digests/unsubscribe/{token}/")

    assert response.status_code == 200
    assert "This saved search no longer exists" in response.content.decode()
