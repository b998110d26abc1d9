from django.urls import path

from . import views
from .feeds import upcoming_dialogues_feed

app_name = "community"

urlpatterns = [
    path("account/", views.account, name="account"),
    path("account/profile/", views.edit_profile, name="edit_profile"),
    path("membership/apply/", views.apply, name="apply"),
    path("membership/apply/received/", views.application_received, name="application_received"),
    path("membership/nominate/", views.nominate, name="nominate"),
    path("members/", views.directory, name="directory"),
    # Not Wagtail routes: Wagtail serves only paths made of slugs ending in a slash.
    path("dialogues/calendar.ics", views.dialogues_calendar, name="dialogues_calendar"),
    # Before Wagtail's pages: a dialogue whose slug is "feed" would be hidden by it.
    path("dialogues/feed/", upcoming_dialogues_feed, name="dialogues_feed"),
    path("dialogues/<slug:slug>.ics", views.dialogue_calendar, name="dialogue_calendar"),
]
