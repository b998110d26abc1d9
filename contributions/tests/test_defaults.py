"""A host that sets none of the plugin's settings gets the defaults, and the features that
read them still work."""

import datetime
import types

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.test import RequestFactory

import community.conf
import contributions.conf
import digests.conf
import search.conf
from contributions.forms import validate_upload
from contributions.ratelimit import client_ip

MB = 1024 * 1024
EXPECTED = {
    (search.conf, "ELASTICSEARCH_URL"): "",
    (search.conf, "COP_SEARCH_INDEX"): "cop-catalogue",
    (search.conf, "COP_SEARCH_TIMEOUT"): 2,
    (search.conf, "COP_SEARCH_SHARDS"): 1,
    (search.conf, "COP_SEARCH_REPLICAS"): 0,
    (search.conf, "COP_SEARCH_BREAKER_FAILURES"): 3,
    (search.conf, "COP_SEARCH_BREAKER_SECONDS"): 30,
    (search.conf, "COP_SEARCH_PROBE_TIMEOUT"): 0.5,
    (search.conf, "COP_SEARCH_HEALTH_SECONDS"): 10,
    (search.conf, "COP_SEARCH_CHECKED_APPS"): (),
    (community.conf, "COP_APPLICATION_RATE_LIMIT"): (5, 3600),
    (community.conf, "COP_PASSWORD_RESET_RATE_LIMIT"): (3, 3600),
    (community.conf, "COP_PASSWORD_RESET_CLIENT_RATE_LIMIT"): (10, 3600),
    (digests.conf, "COP_DIGEST_MAX_SAVED_SEARCHES"): 20,
    (digests.conf, "COP_DIGEST_UNSUBSCRIBE_MAX_AGE"): datetime.timedelta(days=90),
    (contributions.conf, "COP_BASE_TEMPLATE"): "base.html",
    (contributions.conf, "COP_MAX_UPLOAD_BYTES"): 20 * MB,
    (contributions.conf, "COP_TRUST_X_FORWARDED_FOR"): False,
    (contributions.conf, "COP_MEMBER_RATE_LIMITS"): {
        "question": (5, 3600),
        "answer": (20, 3600),
        "dialogue_contribution": (20, 3600),
        "feedback": (10, 600),
        "resource": (10, 3600),
        "practice": (5, 3600),
        "training_proposal": (5, 3600),
        "criterion_proposal": (5, 3600),
        "nomination": (5, 3600),
        "subgroup_request": (3, 3600),
    },
    (contributions.conf, "COP_PAGE_PASSWORD_RATE_LIMIT"): (10, 900),
    (contributions.conf, "WAGTAILADMIN_BASE_URL"): "",
}


def test_the_site_description_of_last_resort_is_a_sentence(settings):
    unset(settings, "COP_SITE_DESCRIPTION")
    description = str(contributions.conf.setting("COP_SITE_DESCRIPTION"))
    assert "gender training" in description and description.endswith(".")


def unset(settings, *names):
    for name in names:
        if hasattr(settings, name):
            delattr(settings, name)


def test_every_default_is_listed_here():
    listed = {(module.__name__, name) for module, name in EXPECTED} | {
        ("search.conf", "COP_SEARCH_ENGINE"),
        # A sentence, translated: test_the_site_description_of_last_resort_is_a_sentence.
        ("contributions.conf", "COP_SITE_DESCRIPTION"),
    }
    defined = {
        (module.__name__, name)
        for module in (search.conf, community.conf, digests.conf, contributions.conf)
        for name in module.DEFAULTS
    }
    assert listed == defined


@pytest.mark.parametrize(
    ("module", "name"), list(EXPECTED), ids=[f"{m.__name__}:{n}" for m, n in EXPECTED]
)
def test_an_unset_setting_gives_its_default(settings, module, name):
    unset(settings, name)
    assert module.setting(name) == EXPECTED[module, name]


def test_a_set_setting_is_read_when_asked(settings):
    settings.COP_SEARCH_INDEX = "host-catalogue"
    assert search.conf.setting("COP_SEARCH_INDEX") == "host-catalogue"
    settings.COP_SEARCH_INDEX = "changed"
    assert search.conf.setting("COP_SEARCH_INDEX") == "changed"


def test_the_search_engine_follows_elasticsearch_url_by_default(settings):
    unset(settings, "COP_SEARCH_ENGINE", "ELASTICSEARCH_URL")
    assert search.conf.setting("COP_SEARCH_ENGINE") == "database"
    settings.ELASTICSEARCH_URL = "http://search.internal:9200"
    assert search.conf.setting("COP_SEARCH_ENGINE") == "elasticsearch"
    settings.COP_SEARCH_ENGINE = "database"  # said explicitly, it wins
    assert search.conf.setting("COP_SEARCH_ENGINE") == "database"


@pytest.mark.django_db
def test_search_answers_from_the_database_when_nothing_is_set(client, settings):
    from search.tests.conftest import load

    unset(settings, *search.conf.DEFAULTS)
    load()
    response = client.get("/api/search/", {"q": "training"})
    assert response.status_code == 200
    data = response.json()
    assert data["engine"] == "database"
    assert data["total"] >= 1
    page = client.get("/search/", {"q": "training"})
    assert page.status_code == 200


@pytest.mark.django_db
def test_the_application_rate_limit_applies_by_default(client, settings):
    unset(settings, "COP_APPLICATION_RATE_LIMIT", "COP_TRUST_X_FORWARDED_FOR")
    cache.clear()
    # The honeypot answers like a success without keeping anything; the limit comes first.
    spam = {"website": "http://spam.example"}
    statuses = [
        client.post("/membership/apply/", spam, REMOTE_ADDR="10.20.30.40").status_code
        for _ in range(6)
    ]
    assert statuses == [302] * 5 + [429]
    blocked = client.post("/membership/apply/", spam, REMOTE_ADDR="10.20.30.40")
    assert blocked["Retry-After"] == "3600"


@pytest.mark.django_db
def test_member_posts_are_limited_by_default(client, settings, member):
    unset(settings, "COP_MEMBER_RATE_LIMITS")
    client.force_login(member)
    statuses = [
        client.post(
            "/membership/nominate/",
            {"name": f"Nominee {n}", "email": f"nominee{n}@example.org", "reason": "Trainer."},
        ).status_code
        for n in range(6)
    ]
    assert statuses == [302] * 5 + [429]


def test_a_host_changes_one_member_limit_and_keeps_the_others(settings):
    settings.COP_MEMBER_RATE_LIMITS = {"answer": (50, 600)}
    assert contributions.conf.member_rate_limit("answer") == (50, 600)
    assert contributions.conf.member_rate_limit("question") == (5, 3600)


def test_client_addresses_ignore_x_forwarded_for_by_default(settings):
    unset(settings, "COP_TRUST_X_FORWARDED_FOR")
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert client_ip(request) == "10.0.0.1"
    settings.COP_TRUST_X_FORWARDED_FOR = True
    assert client_ip(request) == "203.0.113.9"


def upload(size):
    return types.SimpleNamespace(name="report.pdf", size=size)


def test_uploads_are_limited_to_20_mb_by_default(settings):
    unset(settings, "COP_MAX_UPLOAD_BYTES")
    validate_upload(upload(20 * MB))
    with pytest.raises(ValidationError) as raised:
        validate_upload(upload(20 * MB + 1))
    assert raised.value.code == "file_size"


def test_the_upload_limit_is_read_when_an_upload_is_validated(settings):
    settings.COP_MAX_UPLOAD_BYTES = 1000
    validate_upload(upload(1000))
    with pytest.raises(ValidationError):
        validate_upload(upload(1001))


def test_the_upload_limit_keeps_its_module_name():
    from contributions import forms

    assert contributions.conf.setting("COP_MAX_UPLOAD_BYTES") == forms.MAX_UPLOAD_BYTES


def test_digest_limits_have_defaults(settings):
    from digests.forms import max_saved_searches
    from digests.tokens import max_age

    unset(settings, "COP_DIGEST_MAX_SAVED_SEARCHES", "COP_DIGEST_UNSUBSCRIBE_MAX_AGE")
    assert max_saved_searches() == 20
    assert max_age() == datetime.timedelta(days=90)


@pytest.mark.django_db
def test_links_without_a_site_or_a_base_url_are_relative(settings):
    from wagtail.models import Site

    from digests.sending import absolute

    Site.objects.all().delete()
    unset(settings, "WAGTAILADMIN_BASE_URL")
    assert absolute("/search/?q=x") == "/search/?q=x"
