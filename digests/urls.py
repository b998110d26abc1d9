from django.urls import path

from . import views

app_name = "digests"

urlpatterns = [
    path("digests/saved/", views.save_search, name="save"),
    path("digests/saved/<int:pk>/", views.change_frequency, name="frequency"),
    path("digests/saved/<int:pk>/delete/", views.delete_search, name="delete"),
    path("digests/news/", views.change_news_frequency, name="news"),
    path("digests/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
