"""iCalendar (RFC 5545) for virtual dialogues, with the icalendar library.

Times are written in UTC (``DTSTART:...Z``), not as local times with a VTIMEZONE: a dialogue is
one online moment for participants in every zone, and a generated VTIMEZONE lists its daylight
saving dates in one comma-separated RDATE, which some readers (vobject, hence many tools) cut to
its first date, showing a summer dialogue an hour off. The dialogue's own zone is kept in the
description. UIDs and URLs use the address of the page's Wagtail site."""

import datetime
from urllib.parse import urlsplit

from django.http import HttpResponse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from contributions import addresses


def _utc(moment):
    return timezone.localtime(moment, datetime.UTC)


def _uid(dialogue, url, request):
    # Stable across edits and moves: the page's id never changes, nor the site's host name.
    host = urlsplit(url or addresses.root_url(request)).hostname
    return f"dialogue-{dialogue.pk}@{host}"


def _description(dialogue):
    when = formats.date_format(dialogue.local_start, "DATETIME_FORMAT")
    local = _("Local time: %(when)s (%(zone)s).") % {"when": when, "zone": dialogue.time_zone}
    return "\n\n".join(filter(None, [dialogue.summary_text, local]))


def calendar_for(dialogues, request):
    calendar = Calendar()
    calendar.add("prodid", "-//Gender Training Community of Practice//Dialogues//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Gender Training CoP dialogues"))
    stamp = timezone.now()
    for dialogue in dialogues:
        url = dialogue.get_full_url(request)
        event = Event()
        event.add("uid", _uid(dialogue, url, request))
        event.add("dtstamp", stamp)
        event.add("dtstart", _utc(dialogue.start))
        event.add("dtend", _utc(dialogue.end))
        event.add("summary", dialogue.title)
        event.add("description", _description(dialogue))
        if url:
            event.add("url", url)
        event.add("last-modified", dialogue.last_published_at or stamp)
        calendar.add_component(event)
    return calendar


def response(request, dialogues, filename):
    body = calendar_for(dialogues, request).to_ical()
    result = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    result["Content-Disposition"] = f'inline; filename="{filename}"'
    return result
