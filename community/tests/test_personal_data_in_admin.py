"""Applicants' and nominees' names and addresses (and subgroup proposals) are shown in the admin
only to those who may list them there (moderators): not through the snippet chooser, its
results, chosen, chosen-multiple or create endpoints, nor the snippet's usage, history or
inspect views, to reviewers and editors."""

import pytest
from django.urls import reverse

from community.models import MembershipApplication, Nomination, SubgroupRequest

pytestmark = pytest.mark.django_db


@pytest.fixture
def records(member):
    application = MembershipApplication.objects.create(
        name="Lucía Applicantname",
        email="lucia.applicant@example.org",
        organisation="An organisation",
        organisation_type="ngo",
        position="Trainer",
        country="Chile",
        experience="Years of it.",
        motivation="To learn.",
    )
    nomination = Nomination.objects.create(
        nominated_by=member,
        name="Noor Nomineename",
        email="noor.nominee@example.org",
        reason="Great trainer.",
    )
    proposal = SubgroupRequest.objects.create(
        proposer=member, name="Proposedsubgroupname", purpose="A purpose.", why_now="Now."
    )
    return {
        "membershipapplication": (application, "Applicantname", "lucia.applicant@"),
        "nomination": (nomination, "Nomineename", "noor.nominee@"),
        "subgrouprequest": (proposal, "Proposedsubgroupname", "Proposedsubgroupname"),
    }


def chooser_urls(model_name, obj):
    namespace = f"wagtailsnippetchoosers_copcommunity_{model_name}"
    return [
        reverse(f"{namespace}:choose"),
        reverse(f"{namespace}:choose") + "?q=" + "name",
        reverse(f"{namespace}:choose_results"),
        reverse(f"{namespace}:chosen", args=[obj.pk]),
        reverse(f"{namespace}:chosen_multiple") + f"?id={obj.pk}",
        reverse(f"{namespace}:create"),
    ]


def snippet_urls(obj):
    viewset = type(obj).snippet_viewset
    urls = [reverse(viewset.get_url_name("list"))]
    for view in ("edit", "usage", "history", "inspect", "delete"):
        urls.append(reverse(viewset.get_url_name(view), args=[obj.pk]))
    return urls


def shows_nothing_of(response, name, address):
    text = response.content.decode()
    return response.status_code in (302, 403, 404) and name not in text and address not in text


MODELS = ["membershipapplication", "nomination", "subgrouprequest"]


@pytest.mark.parametrize("role", ["reviewer", "editor"])
@pytest.mark.parametrize("model_name", MODELS)
def test_the_snippet_chooser_shows_no_personal_data_to_reviewers_and_editors(
    client, request, records, role, model_name
):
    obj, name, address = records[model_name]
    client.force_login(request.getfixturevalue(role))

    for url in chooser_urls(model_name, obj):
        response = client.get(url)
        assert shows_nothing_of(response, name, address), url
        # As the modal asks for it (XHR): refused, not a page of data.
        xhr = client.get(url, headers={"x-requested-with": "XMLHttpRequest"})
        assert shows_nothing_of(xhr, name, address), url


@pytest.mark.parametrize("role", ["reviewer", "editor"])
@pytest.mark.parametrize("model_name", MODELS)
def test_the_snippet_views_show_no_personal_data_to_reviewers_and_editors(
    client, request, records, role, model_name
):
    obj, name, address = records[model_name]
    client.force_login(request.getfixturevalue(role))

    for url in snippet_urls(obj):
        assert shows_nothing_of(client.get(url), name, address), url


@pytest.mark.parametrize("role", ["reviewer", "editor"])
def test_the_site_history_shows_no_applicant_to_reviewers_and_editors(
    client, request, records, role
):
    from wagtail.log_actions import log

    application, name, address = records["membershipapplication"]
    log(application, "wagtail.edit")
    client.force_login(request.getfixturevalue(role))

    response = client.get(reverse("wagtailadmin_reports:site_history"))

    assert name not in response.content.decode()
    assert address not in response.content.decode()


@pytest.mark.parametrize("model_name", MODELS)
def test_moderators_still_choose_and_list_them(client, moderator, records, model_name):
    obj, name, address = records[model_name]
    namespace = f"wagtailsnippetchoosers_copcommunity_{model_name}"
    client.force_login(moderator)

    choose = client.get(reverse(f"{namespace}:choose"))
    chosen = client.get(reverse(f"{namespace}:chosen", args=[obj.pk]))
    listing = client.get(reverse(type(obj).snippet_viewset.get_url_name("list")))

    assert choose.status_code == 200
    assert name in choose.content.decode()
    assert chosen.status_code == 200
    assert address in chosen.content.decode()
    assert listing.status_code == 200
    assert name in listing.content.decode()
