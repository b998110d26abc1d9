"""Member profiles and the directory: what visitors and members may see, and the filters."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from community.models import MemberProfile
from taxonomy.factories import LanguageFactory, RegionFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def make_member(username, **profile):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "pw", first_name=username.capitalize()
    )
    user.groups.add(Group.objects.get(name="Members"))
    expertise = profile.pop("expertise", [])
    languages = profile.pop("languages", [])
    record = MemberProfile.objects.create(user=user, **profile)
    record.expertise.set(expertise)
    record.languages.set(languages)
    return user


@pytest.fixture
def terms(db):
    return {
        "masc": ThemeFactory(slug="masculinities", name="Masculinities"),
        "gbv": ThemeFactory(slug="gbv", name="Gender-based violence"),
        "africa": RegionFactory(slug="africa", name="Africa"),
        "asia": RegionFactory(slug="asia-pacific", name="Asia and the Pacific"),
        "fr": LanguageFactory(slug="fr", name="French"),
    }


@pytest.fixture
def members(terms):
    return {
        "amina": make_member(
            "amina",
            in_directory=True,
            show_email_to_members=True,
            organisation="Southern Africa Network",
            organisation_type="ngo",
            region=terms["africa"],
            expertise=[terms["masc"]],
            languages=[terms["fr"]],
        ),
        "mei": make_member(
            "mei",
            in_directory=True,
            show_email_to_members=False,
            organisation_type="government",
            region=terms["asia"],
            expertise=[terms["gbv"]],
        ),
        "hidden": make_member("hidden", in_directory=False, expertise=[terms["masc"]]),
    }


def names(response):
    return [profile.user.username for profile in response.context["profiles"]]


def test_only_members_who_opted_in_are_listed(client, members):
    response = client.get("/members/")
    assert sorted(names(response)) == ["amina", "mei"]
    assert b"Hidden" not in response.content


def test_visitors_never_see_email_addresses(client, members):
    html = client.get("/members/").content.decode()
    assert "@example.org" not in html
    assert "Southern Africa Network" in html


def test_members_see_only_the_emails_members_chose_to_share(client, members, member):
    client.force_login(member)
    html = client.get("/members/").content.decode()
    assert "amina@example.org" in html
    assert "mei@example.org" not in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"expertise": "masculinities"}, ["amina"]),
        ({"region": "asia-pacific"}, ["mei"]),
        ({"organisation_type": "ngo"}, ["amina"]),
        ({"language": "fr"}, ["amina"]),
        ({"expertise": ["masculinities", "gbv"]}, ["amina", "mei"]),
        ({"expertise": "masculinities", "region": "asia-pacific"}, []),
        ({"expertise": "no-such-theme", "colour": "blue"}, ["amina", "mei"]),
    ],
)
def test_directory_filters(client, members, params, expected):
    assert sorted(names(client.get("/members/", params))) == expected


def test_deactivated_members_leave_the_directory(client, members):
    members["amina"].is_active = False
    members["amina"].save()
    assert names(client.get("/members/")) == ["mei"]


def test_member_edits_their_profile(client, member, terms):
    client.force_login(member)
    assert client.get("/account/profile/").status_code == 200
    response = client.post(
        "/account/profile/",
        {
            "organisation": "Independent",
            "organisation_type": "independent",
            "position": "Consultant",
            "country": "Senegal",
            "region": terms["africa"].pk,
            "expertise": [terms["masc"].pk],
            "languages": [terms["fr"].pk],
            "bio": "Trainer of trainers.",
            "in_directory": "on",
        },
    )
    assert response.status_code == 302
    profile = MemberProfile.objects.get(user=member)
    assert (profile.position, profile.in_directory, profile.show_email_to_members) == (
        "Consultant",
        True,
        False,
    )
    assert "member" in names(client.get("/members/"))
    assert b"Consultant" in client.get("/account/").content


def test_bad_profile_input_is_refused(client, member):
    client.force_login(member)
    response = client.post("/account/profile/", {"bio": "<b>bold</b>", "position": "p" * 300})
    assert response.status_code == 400
    assert not MemberProfile.objects.filter(user=member, position__startswith="p").exists()


def test_only_members_have_a_profile_page(client, registered_user):
    assert client.get("/account/profile/").status_code == 302
    client.force_login(registered_user)
    assert client.get("/account/profile/").status_code == 403
