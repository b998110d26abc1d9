from django.urls import path

from . import views

app_name = "community"

urlpatterns = [
    path("account/", views.account, name="account"),
    path("account/profile/", views.edit_profile, name="edit_profile"),
    path("membership/apply/", views.apply, name="apply"),
    path("membership/apply/received/", views.application_received, name="application_received"),
    path("membership/nominate/", views.nominate, name="nominate"),
    path("members/", views.directory, name="directory"),
]
