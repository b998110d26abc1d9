"""Composing and sending digests: one email per member and run, with what is new for them.

A digest has a section per saved search of the run's frequency (catalogue pages that entered
the catalogue after the search's last digest and still match it) and, when the member's
community news comes at that frequency (DigestSettings, weekly unless changed), the sections
other apps add through the ``cop_digest_sections`` hook: functions of ``(user, since, until)``
returning ``[{"title": str, "items": [{"key", "title", "url", "summary"}]}]`` (``url`` absolute
or from the site root). Keys are recorded per member once sent, so no item is ever sent twice.

Deciding and recording happen in one transaction per member, with the member's row locked so
two runs cannot both send the same items; the email is sent inside it, so a mail server that
refuses it rolls everything back and the next run sends it.
"""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail import hooks

from contributions import addresses, mail

from .models import DigestSettings, SavedSearch, SentItem
from .tokens import make_token

logger = logging.getLogger(__name__)

# Items shown per saved search; the rest are a click away ("see all").
ITEMS_PER_SEARCH = 20
SUMMARY_LENGTH = 300


def base_url():
    return addresses.root_url()


def absolute(url):
    return base_url() + url if url.startswith("/") else url


def unsubscribe_url(user, saved_search=None):
    return absolute(reverse("digests:unsubscribe", args=[make_token(user, saved_search)]))


def _shorten(text):
    text = " ".join((text or "").split())
    return text if len(text) <= SUMMARY_LENGTH else text[: SUMMARY_LENGTH - 1].rstrip() + "…"


@dataclass
class Section:
    title: str
    items: list  # dicts: key, title, url (absolute), summary
    search_url: str = ""  # saved searches: the search, to see everything
    unsubscribe_url: str = ""  # saved searches: stop this search's emails
    more: bool = False  # more new items than shown


@dataclass
class Digest:
    user: object
    frequency: str
    since: object
    until: object
    sections: list = field(default_factory=list)

    @property
    def keys(self):
        return [item["key"] for section in self.sections for item in section.items]

    @property
    def count(self):
        return len(self.keys)


def _saved_search_section(user, saved, until, seen):
    from search.engines import database

    query = saved.search_query()
    # The database engine answers every query the search page answers; it is always there.
    entries = (
        database.matching_entries(query)
        .filter(created_at__gt=saved.since, created_at__lte=until)
        .order_by("-created_at", "-page_id")
        .only("page_id", "title", "url", "summary")
    )
    items = []
    more = False
    for entry in entries[: ITEMS_PER_SEARCH * 3]:
        key = f"page:{entry.page_id}"
        if key in seen:
            continue
        if len(items) == ITEMS_PER_SEARCH:
            more = True
            break
        seen.add(key)
        items.append(
            {
                "key": key,
                "title": entry.title,
                "url": absolute(entry.url),
                "summary": _shorten(entry.summary),
            }
        )
    return Section(
        title=_("New for your search “%(name)s”") % {"name": saved.name},
        items=items,
        search_url=absolute(saved.search_url),
        unsubscribe_url=unsubscribe_url(user, saved),
        more=more,
    )


def _hook_sections(user, since, until, seen):
    sections = []
    for section_for in hooks.get_hooks("cop_digest_sections"):
        for section in section_for(user, since, until) or []:
            items = []
            for item in section.get("items", []):
                key = str(item["key"])[:100]
                if key in seen:
                    continue
                seen.add(key)
                items.append(
                    {
                        "key": key,
                        "title": str(item["title"]),
                        "url": absolute(str(item["url"])),
                        "summary": _shorten(item.get("summary", "")),
                    }
                )
            sections.append(Section(title=str(section["title"]), items=items))
    return sections


def compose(user, searches, news_since, frequency, until):
    """The member's digest: new items of ``searches`` (all of one frequency) and, when
    ``news_since`` is given, the community news of the period since then."""
    seen = set(SentItem.objects.filter(user=user).values_list("key", flat=True))
    starts = [saved.since for saved in searches] + ([news_since] if news_since else [])
    digest = Digest(user=user, frequency=frequency, since=min(starts), until=until)
    digest.sections = [_saved_search_section(user, saved, until, seen) for saved in searches]
    if news_since is not None:
        digest.sections += _hook_sections(user, news_since, until, seen)
    return digest


def message_for(digest):
    user = digest.user
    context = {
        "user": user,
        "digest": digest,
        "sections": [section for section in digest.sections if section.items],
        "site_name": settings.WAGTAIL_SITE_NAME,
        "account_url": absolute(reverse("community:account")),
        "unsubscribe_all_url": unsubscribe_url(user),
        "frequency_label": dict(SavedSearch.FREQUENCIES)[digest.frequency],
    }
    return mail.compose(
        "digests/emails/digest",
        user.email,
        user,
        context,
        html=True,
        headers={
            # One-click unsubscribe for mail clients (RFC 8058): the link is signed, no login.
            "List-Unsubscribe": f"<{context['unsubscribe_all_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def members_to_send(frequency):
    from django.db.models import Q

    from contributions.roles import MEMBERS

    wanted = Q(saved_searches__frequency=frequency) | Q(digest_settings__news_frequency=frequency)
    if frequency == DigestSettings.DEFAULT_NEWS_FREQUENCY:
        wanted |= Q(digest_settings__isnull=True)
    # Only active members: a lapsed member's saved searches stay, unsent.
    return (
        get_user_model()
        .objects.filter(wanted, is_active=True, groups__name=MEMBERS)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def send_digest(user, frequency, until):
    """Send the member's digest for the period ending ``until``. Returns the number of items
    sent (0: nothing new, nothing sent). A failing mail server raises, and nothing is kept."""
    from contributions.roles import is_member

    with transaction.atomic():
        get_user_model().objects.select_for_update().filter(pk=user.pk).first()
        if not is_member(user):
            return 0
        searches = list(
            SavedSearch.objects.filter(user=user, frequency=frequency).order_by("created_at", "pk")
        )
        preferences = DigestSettings.for_user(user)
        news = preferences.news_frequency == frequency
        if not searches and not news:
            return 0
        # Section titles (ours and the hooks') are written in the member's language too.
        with mail.in_language_of(user):
            digest = compose(
                user, searches, preferences.news_since() if news else None, frequency, until
            )
        # The period is covered whether or not it had news.
        SavedSearch.objects.filter(pk__in=[saved.pk for saved in searches]).update(
            last_sent_at=until
        )
        if news:
            preferences.news_sent_at = until
            preferences.save()
        if not digest.count:
            return 0
        SentItem.objects.bulk_create(
            [
                SentItem(user=user, key=key, frequency=frequency, sent_at=until)
                for key in digest.keys
            ]
        )
        message_for(digest).send(fail_silently=False)
    return digest.count


@dataclass
class RunSummary:
    members: int = 0
    sent: int = 0
    items: int = 0
    empty: int = 0
    failed: int = 0


def send_digests(frequency, until=None, progress=None):
    """Send every member's digest of ``frequency``; one member's failure stops no other."""
    if frequency not in SavedSearch.SENT:
        raise ValueError(f"Unknown digest frequency {frequency!r}")
    until = until or timezone.now()
    summary = RunSummary()
    for user in members_to_send(frequency).iterator():
        summary.members += 1
        try:
            count = send_digest(user, frequency, until)
        except Exception:  # mail server down, a section failing: retried on the next run
            logger.exception("Could not send the %s digest to %s", frequency, user.pk)
            summary.failed += 1
            if progress:
                progress(f"{user.get_username()}: failed, will be retried")
            continue
        if count:
            summary.sent += 1
            summary.items += count
            if progress:
                progress(f"{user.get_username()}: {count} new item(s)")
        else:
            summary.empty += 1
    return summary
