"""The demo site's sign-in lockout (django-axes, cop_cms/settings/base.py) on its three sign-in
forms: the plugin's /accounts/login/, Wagtail's /admin/login/ and Django's /django-admin/login/.

After five wrong passwords for one account from one client address, the right password is
refused too (a friendly 429 page) for 15 minutes; the account's owner elsewhere, and other
accounts from the same address, still sign in. The client address is the one the plugin's
rate limits count (contributions.ratelimit.client_ip, which honours COP_TRUST_X_FORWARDED_FOR).
"""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.db.models import F

pytestmark = pytest.mark.django_db

LOGIN_URLS = ["/accounts/login/", "/admin/login/", "/django-admin/login/"]
PASSWORD = "the-right-passphrase"
ATTACKER = "198.51.100.7"
OWNER = "203.0.113.20"


@pytest.fixture
def admin_user(django_user_model):
    # A superuser may use all three forms (Django's admin is for superusers only here).
    return django_user_model.objects.create_superuser("chief", "chief@example.org", PASSWORD)


def sign_in(client, url, username, password, address=ATTACKER, **headers):
    return client.post(
        url, {"username": username, "password": password}, REMOTE_ADDR=address, **headers
    )


def signed_in(response):
    return response.status_code == 302


def guess_wrong(client, url, username, times, **kwargs):
    return [
        sign_in(client, url, username, "wrong-guess", **kwargs).status_code for _ in range(times)
    ]


@pytest.mark.parametrize("url", LOGIN_URLS)
def test_five_wrong_passwords_lock_the_account_from_that_address(client, admin_user, url):
    # The fifth wrong guess already gets the lockout page.
    assert guess_wrong(client, url, "chief", 5) == [200, 200, 200, 200, 429]

    refused = sign_in(client, url, "chief", PASSWORD)

    assert refused.status_code == 429
    text = refused.content.decode()
    assert "Please wait a moment" in text
    assert "please try again in 15 minutes" in text
    assert 'href="/accounts/password_reset/"' in text
    assert "_auth_user_id" not in client.session
    # The owner, signing in from their own network, is not locked out.
    assert signed_in(sign_in(client, url, "chief", PASSWORD, address=OWNER))


def test_other_accounts_still_sign_in_from_the_same_address(client, admin_user, member):
    url = "/accounts/login/"
    guess_wrong(client, url, "chief", 5)
    assert sign_in(client, url, "chief", PASSWORD).status_code == 429

    assert signed_in(sign_in(client, url, member.username, "password"))


def test_the_lockout_ends_after_fifteen_minutes(client, admin_user):
    url = "/admin/login/"
    guess_wrong(client, url, "chief", 5)
    assert sign_in(client, url, "chief", PASSWORD).status_code == 429

    # Fifteen minutes and a bit later.
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=16))

    assert signed_in(sign_in(client, url, "chief", PASSWORD))


def test_signing_in_starts_the_count_again(client, admin_user):
    url = "/accounts/login/"
    assert guess_wrong(client, url, "chief", 4) == [200] * 4
    assert signed_in(sign_in(client, url, "chief", PASSWORD))
    client.logout()

    assert guess_wrong(client, url, "chief", 4) == [200] * 4
    assert signed_in(sign_in(client, url, "chief", PASSWORD))


def test_behind_the_proxy_each_client_counts_for_itself(client, admin_user, settings):
    # The address the proxy appends, as the plugin's rate limits see it.
    settings.COP_TRUST_X_FORWARDED_FOR = True
    url = "/django-admin/login/"
    proxy = "10.0.0.1"
    guess_wrong(client, url, "chief", 5, address=proxy, HTTP_X_FORWARDED_FOR=ATTACKER)
    attacker = sign_in(
        client, url, "chief", PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR=ATTACKER
    )
    assert attacker.status_code == 429

    owner = sign_in(client, url, "chief", PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR=OWNER)

    assert signed_in(owner)
