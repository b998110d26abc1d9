"""Password reset at /accounts/password_reset/: limited per email address (quietly: the page
answers as if a link were sent) and per client address (the 429 page), and mailed by a task,
so the request neither waits for the mail server nor takes longer for a registered address."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django_tasks import task_backends

from community.passwords import send_password_reset_email

pytestmark = pytest.mark.django_db

RESET = "/accounts/password_reset/"
DONE = "/accounts/password_reset/done/"
NEW_PASSWORD = "a-long-new-passphrase"


@pytest.fixture(autouse=True)
def fresh_counts():
    cache.clear()


def ask_for_a_link(client, email, address="10.0.0.1"):
    return client.post(RESET, {"email": email}, REMOTE_ADDR=address)


def choose_a_password_with(client, message):
    link = re.search(r"http://localhost(/accounts/reset/\S+)", message.body).group(1)
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert (done.status_code, done["Location"]) == (302, "/accounts/reset/done/")


def signs_in(client, user, password):
    response = client.post("/accounts/login/", {"username": user.username, "password": password})
    return response.status_code == 302


def test_the_emailed_link_sets_a_new_password(client, member):
    response = ask_for_a_link(client, member.email)

    assert (response.status_code, response["Location"]) == (302, DONE)
    (message,) = mail.outbox
    assert message.to == [member.email]
    assert message.subject.strip() and "\n" not in message.subject
    choose_a_password_with(client, message)
    assert signs_in(client, member, NEW_PASSWORD)


def test_the_request_only_queues_the_email_for_the_worker(client, member, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}

    response = ask_for_a_link(client, member.email)

    assert (response.status_code, response["Location"]) == (302, DONE)
    assert mail.outbox == []
    (queued,) = task_backends["default"].results
    assert queued.task.func is send_password_reset_email.func
    # What the worker does with it.
    queued.task.call(*queued.args, **queued.kwargs)
    (message,) = mail.outbox
    assert message.to == [member.email]
    choose_a_password_with(client, message)
    assert signs_in(client, member, NEW_PASSWORD)


def test_one_address_gets_three_links_an_hour_whatever_the_case_or_network(
    client, member, other_member
):
    spellings = ["member@example.org", "MEMBER@example.org", "Member@Example.org"]
    for n, email in enumerate(spellings):
        ask_for_a_link(client, email, address=f"10.0.0.{n + 1}")
    assert len(mail.outbox) == 3

    fourth = ask_for_a_link(client, "member@EXAMPLE.ORG", address="10.0.0.9")
    unknown = ask_for_a_link(client, "nobody@example.org", address="10.0.0.9")

    # The same answer as for a sent link (and as for an address with no account).
    assert (fourth.status_code, fourth["Location"]) == (302, DONE)
    assert (unknown.status_code, unknown["Location"]) == (302, DONE)
    assert len(mail.outbox) == 3
    # Other addresses are not held back.
    ask_for_a_link(client, other_member.email, address="10.0.0.9")
    assert mail.outbox[-1].to == [other_member.email]


def test_a_network_asking_for_many_links_is_told_to_wait(client, member):
    statuses = [ask_for_a_link(client, f"someone{n}@example.org").status_code for n in range(10)]
    assert statuses == [302] * 10

    refused = ask_for_a_link(client, member.email)

    assert refused.status_code == 429
    assert refused["Retry-After"] == "3600"
    text = refused.content.decode()
    assert "several password reset requests from your network" in text
    assert "try again in 60 minutes" in text
    assert mail.outbox == []
    # Another network is not held back.
    assert ask_for_a_link(client, member.email, address="10.0.0.2").status_code == 302
    assert [message.to for message in mail.outbox] == [[member.email]]


def test_the_limits_can_be_changed(client, member, settings):
    settings.COP_PASSWORD_RESET_RATE_LIMIT = (1, 600)
    settings.COP_PASSWORD_RESET_CLIENT_RATE_LIMIT = (2, 300)
    ask_for_a_link(client, member.email)
    ask_for_a_link(client, member.email)
    assert len(mail.outbox) == 1
    refused = ask_for_a_link(client, member.email)
    assert (refused.status_code, refused["Retry-After"]) == (429, "300")
