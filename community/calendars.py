"""iCalendar (RFC 5545) for virtual dialogues, with the icalendar library."""

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

from . import conf


def _uid(dialogue):
    # Stable across edits and moves: the page's id never changes.
    host = conf.setting("WAGTAILADMIN_BASE_URL").split("//")[-1].split("/")[0] or "localhost"
    return f"dialogue-{dialogue.pk}@{host}"


def calendar_for(dialogues):
    calendar = Calendar()
    calendar.add("prodid", "-//Gender Training Community of Practice//Dialogues//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Gender Training CoP dialogues")
    base = conf.setting("WAGTAILADMIN_BASE_URL").rstrip("/")
    stamp = timezone.now()
    for dialogue in dialogues:
        event = Event()
        event.add("uid", _uid(dialogue))
        event.add("dtstamp", stamp)
        event.add("dtstart", dialogue.local_start)
        event.add("dtend", dialogue.local_end)
        event.add("summary", dialogue.title)
        event.add("description", dialogue.summary_text)
        event.add("url", base + (dialogue.url or ""))
        event.add("last-modified", dialogue.last_published_at or stamp)
        calendar.add_component(event)
    # Time zone definitions for every zone the events use, as RFC 5545 asks.
    calendar.add_missing_timezones()
    return calendar


def response(dialogues, filename):
    body = calendar_for(dialogues).to_ical()
    result = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    result["Content-Disposition"] = f'inline; filename="{filename}"'
    return result
