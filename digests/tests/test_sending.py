"""Digest emails: what is new in a member's saved searches and subgroups, once, to members
only, in the locmem outbox; a failing mail server loses nothing."""

import datetime
import socket

import pytest
from django.core import mail
from django.core.management import CommandError
from django.utils import timezone
from wagtail.models import PageViewRestriction

from digests.models import SavedSearch, SentItem

from .conftest import save, send

pytestmark = pytest.mark.django_db


def digest_for(user):
    """The one email sent to ``user`` in the outbox (fails if there are several)."""
    messages = [message for message in mail.outbox if message.to == [user.email]]
    assert len(messages) == 1, [message.subject for message in messages]
    return messages[0]


def html_of(message):
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html


def test_new_items_appear_once_over_two_periods(member, publish):
    save(member, "theme=masculinities", name="Masculinities")
    publish("Toolkit A on masculinities", "masculinities")
    publish("Manual B on masculinities", "masculinities")
    publish("Evaluation guide D", "evaluation")

    output = send("weekly")

    first = digest_for(member)
    assert "Toolkit A on masculinities" in first.body
    assert "Manual B on masculinities" in first.body
    assert "Evaluation guide D" not in first.body
    assert "2 new items" in first.subject
    assert "1 sent (2 items)" in output

    mail.outbox.clear()
    publish("Curriculum C on masculinities", "masculinities")
    send("weekly")

    second = digest_for(member)
    assert "Curriculum C on masculinities" in second.body
    assert "Toolkit A" not in second.body and "Manual B" not in second.body
    assert "Toolkit A" not in html_of(second)

    mail.outbox.clear()
    output = send("weekly")
    assert mail.outbox == []  # nothing new: no email at all
    assert "0 sent" in output and "1 with nothing new" in output


def test_items_published_before_the_search_was_saved_are_not_news(member, publish):
    publish("Old toolkit on masculinities", "masculinities")
    save(member, "theme=masculinities")

    send("weekly")

    assert mail.outbox == []


def test_private_and_draft_pages_never_appear(member, publish):
    save(member, "q=toolkit")
    publish("Public toolkit")
    publish("Draft toolkit", live=False)
    private = publish("Private toolkit")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    send("weekly")

    body = digest_for(member).body
    assert "Public toolkit" in body
    assert "Draft toolkit" not in body
    assert "Private toolkit" not in body


def test_a_page_unpublished_before_the_digest_is_left_out(member, publish):
    save(member, "q=toolkit")
    publish("Kept toolkit")
    withdrawn = publish("Withdrawn toolkit")
    withdrawn.unpublish()

    send("weekly")

    assert "Withdrawn toolkit" not in digest_for(member).body


def test_each_frequency_sends_only_its_searches(member, publish):
    save(member, "theme=masculinities", frequency=SavedSearch.DAILY, name="Daily masc")
    save(member, "theme=evaluation-impact", frequency=SavedSearch.WEEKLY, name="Weekly eval")
    save(member, "q=toolkit", frequency=SavedSearch.NEVER, name="Never toolkit")
    publish("Masculinities toolkit", "masculinities")
    publish("Evaluation toolkit", "evaluation")

    send("daily")
    daily = digest_for(member)
    assert "Masculinities toolkit" in daily.body
    assert "Evaluation toolkit" not in daily.body
    assert "Never toolkit" not in daily.body

    mail.outbox.clear()
    send("weekly")
    weekly = digest_for(member)
    assert "Evaluation toolkit" in weekly.body
    assert "Masculinities toolkit" not in weekly.body

    mail.outbox.clear()
    send("immediately")
    assert mail.outbox == []


def test_one_email_per_member_with_each_item_once(member, other_member, publish):
    save(member, "theme=masculinities", name="Masculinities")
    save(member, "q=toolkit", name="Toolkits")
    save(other_member, "q=toolkit", name="Toolkits")
    publish("Masculinities toolkit", "masculinities")

    send("weekly")

    assert len(mail.outbox) == 2
    mine = digest_for(member)
    assert mine.body.count("* Masculinities toolkit\n") == 1
    assert "Masculinities toolkit" in digest_for(other_member).body
    assert SentItem.objects.filter(user=member).count() == 1


def test_the_email_has_text_html_absolute_links_and_unsubscribe(member, publish):
    saved = save(member, "theme=masculinities", name="Masculinities")
    page = publish("Toolkit on masculinities", "masculinities")

    send("weekly")

    message = digest_for(member)
    html = html_of(message)
    page_url = f"http://localhost{page.url}"
    assert page_url in message.body and page_url in html
    assert f"http://localhost{saved.search_url}" in message.body
    assert "http://localhost/digests/unsubscribe/" in message.body
    assert "http://localhost/digests/unsubscribe/" in html
    assert "http://localhost/account/" in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith(
        "<http://localhost/digests/unsubscribe/"
    )
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_only_active_members_receive_digests(member, registered_user, editor, publish):
    for user in (registered_user, editor):
        save(user, "q=toolkit")
    lapsed = member
    save(lapsed, "q=toolkit")
    lapsed.is_active = False
    lapsed.save()
    publish("A toolkit")

    send("weekly")

    assert mail.outbox == []
    assert not SentItem.objects.exists()


# Dialogues of the member's subgroups, from the community app's digest section


@pytest.fixture
def subgroups(home_page):
    from community.models import SubgroupIndexPage, SubgroupPage

    index = SubgroupIndexPage(title="Subgroups", slug="subgroups")
    home_page.add_child(instance=index)
    made = {}
    for slug in ("fragile", "policy"):
        subgroup = SubgroupPage(title=f"Subgroup {slug}", slug=slug, purpose="Exchange.")
        index.add_child(instance=subgroup)
        subgroup.save_revision().publish()
        made[slug] = subgroup
    return made


@pytest.fixture
def dialogue_in(home_page):
    from community.models import DialogueEventPage, DialogueIndexPage

    index = DialogueIndexPage(title="Virtual dialogues", slug="dialogues")
    home_page.add_child(instance=index)

    def make(title, subgroup, days=10):
        start = timezone.now() + datetime.timedelta(days=days)
        page = DialogueEventPage(
            title=title,
            summary_text=f"About {title}.",
            start=start,
            end=start + datetime.timedelta(hours=2),
            subgroup=subgroup,
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        return page

    return make


def test_dialogues_of_the_members_subgroups_only(
    member, other_member, subgroups, dialogue_in, publish
):
    from community.models import SubgroupMembership

    SubgroupMembership.objects.create(user=member, subgroup=subgroups["fragile"])
    SubgroupMembership.objects.create(user=other_member, subgroup=subgroups["policy"])
    save(member, "q=nothing-matches-this")
    save(other_member, "q=nothing-matches-this")
    mine = dialogue_in("Training in fragile states", subgroups["fragile"])
    dialogue_in("Policy dialogue", subgroups["policy"])
    dialogue_in("Fragile dialogue already held", subgroups["fragile"], days=-3)

    send("weekly")

    body = digest_for(member).body
    assert "Upcoming dialogues in your subgroups" in body
    assert "Training in fragile states" in body
    assert f"http://localhost{mine.url}" in body
    assert "Policy dialogue" not in body
    assert "already held" not in body
    assert "Policy dialogue" in digest_for(other_member).body
    assert SentItem.objects.filter(user=member, key=f"dialogue:{mine.pk}").exists()

    mail.outbox.clear()
    mine.save_revision().publish()  # changed again: already announced, not sent twice
    send("weekly")
    assert mail.outbox == []


def test_private_dialogue_is_not_sent(member, subgroups, dialogue_in):
    from community.models import SubgroupMembership

    SubgroupMembership.objects.create(user=member, subgroup=subgroups["fragile"])
    save(member, "q=nothing-matches-this")
    hidden = dialogue_in("Closed dialogue", subgroups["fragile"])
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)

    send("weekly")

    assert mail.outbox == []


def test_community_news_comes_weekly_without_any_saved_search(member, subgroups, dialogue_in):
    from community.models import SubgroupMembership

    SubgroupMembership.objects.create(user=member, subgroup=subgroups["fragile"])
    dialogue_in("Training in fragile states", subgroups["fragile"])

    send("daily")
    assert mail.outbox == []

    send("weekly")
    assert "Training in fragile states" in digest_for(member).body


@pytest.mark.parametrize(("news", "sent_by"), [("never", None), ("daily", "daily")])
def test_community_news_follows_the_members_choice(member, subgroups, dialogue_in, news, sent_by):
    from community.models import SubgroupMembership
    from digests.models import DigestSettings

    DigestSettings.objects.create(user=member, news_frequency=news)
    SubgroupMembership.objects.create(user=member, subgroup=subgroups["fragile"])
    dialogue_in("Training in fragile states", subgroups["fragile"])

    for frequency in SavedSearch.SENT:
        send(frequency)
        sent = [message for message in mail.outbox if message.to == [member.email]]
        assert bool(sent) == (frequency == sent_by), frequency
        mail.outbox.clear()


# A mail server that does not answer


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_nothing_is_recorded_when_the_mail_server_fails(member, publish, settings):
    saved = save(member, "theme=masculinities")
    publish("Toolkit on masculinities", "masculinities")
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = closed_port()
    settings.EMAIL_TIMEOUT = 2

    output = send("weekly")

    assert "1 failed" in output
    assert not SentItem.objects.exists()
    saved.refresh_from_db()
    assert saved.last_sent_at is None

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    send("weekly")

    assert "Toolkit on masculinities" in digest_for(member).body
    assert SentItem.objects.filter(user=member).count() == 1


# Running it: command options and the worker's task


def test_now_ends_the_period(member, publish):
    save(member, "theme=masculinities", ago=datetime.timedelta(days=3))
    publish("Toolkit on masculinities", "masculinities")

    send("weekly", now=timezone.now() - datetime.timedelta(days=1))
    assert mail.outbox == []  # published after the period's end

    send("weekly")
    assert "Toolkit on masculinities" in digest_for(member).body


@pytest.mark.parametrize(
    "args",
    [
        ["--frequency", "hourly"],
        ["--frequency", "daily", "--now", "soon"],
        ["--frequency", "daily", "--now", "2026-13-45T00:00"],
        [],
    ],
)
def test_bad_command_options_are_refused(args, db):
    from django.core.management import call_command

    with pytest.raises(CommandError):
        call_command("send_digests", *args)


def test_the_worker_task_sends_digests(member, publish):
    from digests.tasks import send_digests

    save(member, "theme=masculinities")
    publish("Toolkit on masculinities", "masculinities")

    result = send_digests.enqueue("weekly")  # the test settings run tasks at once

    assert result.return_value == {"sent": 1, "items": 1, "failed": 0}
    assert "Toolkit on masculinities" in digest_for(member).body
