from django.urls import path

import contributions.routes  # noqa: F401  (registers the <id:…> converter)

from . import views

app_name = "digests"

urlpatterns = [
    path("digests/saved/", views.save_search, name="save"),
    path("digests/saved/<id:pk>/", views.change_frequency, name="frequency"),
    path("digests/saved/<id:pk>/delete/", views.delete_search, name="delete"),
    path("digests/news/", views.change_news_frequency, name="news"),
    path("digests/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
