"""Every public page template is valid HTML by the W3C Nu Html Checker (the validator.w3.org
one): rendered with Django's test client on the seeded demo site, as a visitor and as a member,
every form also posted with errors, and all the pages checked in one run of the checker.

Warnings are allowed; each error is reported with the page's name and line.
"""

import pytest
from django.contrib.auth import get_user_model

from home.tests.seeding import seeded_once

pytestmark = pytest.mark.django_db

ERRORS = ("error", "non-document-error")


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    yield from seeded_once(django_db_blocker, "--with-accounts")


def first(model, **filters):
    return model.objects.live().filter(**filters).order_by("path").first()


def page_urls():
    """The address of one page of each page type the seed made (two dialogues: upcoming and
    past render differently)."""
    from django.utils import timezone

    from community.models import (
        DialogueEventPage,
        DialogueIndexPage,
        QuestionIndexPage,
        QuestionPage,
        SubgroupIndexPage,
        SubgroupPage,
    )
    from compendium.models import CompendiumIndexPage, GoodPracticePage
    from consultations.models import ConsultationIndexPage, TrainingProposalPage
    from home.models import StandardPage
    from resources.models import (
        ExpertPage,
        InstitutionPage,
        ResourceIndexPage,
        ResourcePage,
        TrainingPage,
    )

    now = timezone.now()
    pages = {
        "standard page": first(StandardPage),
        "library": first(ResourceIndexPage),
        "resource": first(ResourcePage),
        "institution": first(InstitutionPage),
        "training": first(TrainingPage),
        "expert": first(ExpertPage),
        "compendium": first(CompendiumIndexPage),
        "good practice": first(GoodPracticePage),
        "dialogues": first(DialogueIndexPage),
        "upcoming dialogue": first(DialogueEventPage, start__gt=now),
        "past dialogue": first(DialogueEventPage, start__lt=now),
        "questions": first(QuestionIndexPage),
        "question": first(QuestionPage),
        "subgroups": first(SubgroupIndexPage),
        "subgroup": first(SubgroupPage),
        "consultations": first(ConsultationIndexPage),
        "proposal": first(TrainingProposalPage),
    }
    missing = [name for name, page in pages.items() if page is None]
    assert not missing, f"the demo seed has no {missing}"
    return {name: page.url for name, page in pages.items()}, pages["resource"].pk


def test_every_page_is_valid_html(seeded, client, settings, tmp_path, nu_validator):
    from compendium.submissions import STEP_NAMES
    from digests.models import SavedSearch
    from digests.tokens import make_token
    from taxonomy.models import Theme

    urls, resource_id = page_urls()
    rendered = {}

    def get(name, path, status=200):
        response = client.get(path)
        assert response.status_code == status, (name, path, response.status_code)
        rendered[name] = response.content

    def post(name, path, data, status=(200, 400)):
        """A form sent with errors: the page shows it again, with them."""
        response = client.post(path, data)
        assert response.status_code in status, (name, path, response.status_code)
        rendered[name] = response.content

    theme = Theme.objects.order_by("pk").first()

    # A visitor.
    get("home", "/")
    for name, url in urls.items():
        get(name, url)
    get("library filtered", f"{urls['library']}?theme={theme.slug}&type=toolkit&page=1")
    get("criteria", urls["compendium"] + "criteria/")
    get("print", urls["compendium"] + "print/")
    get("search results", f"/search/?q=gender&theme={theme.slug}")
    get("search without results", "/search/?q=no-such-word-anywhere")
    get("not found", "/no-such-page/", status=404)
    get("sign-in", "/accounts/login/")
    post("sign-in errors", "/accounts/login/", {"username": "member", "password": "wrong"})
    get("password reset", "/accounts/password_reset/")
    post("password reset errors", "/accounts/password_reset/", {"email": "not an address"})
    get("password reset sent", "/accounts/password_reset/done/")
    get("password reset bad link", "/accounts/reset/MQ/set-password/")
    get("password reset complete", "/accounts/reset/done/")
    get("membership application", "/membership/apply/")
    post("membership application errors", "/membership/apply/", {})
    get("application received", "/membership/apply/received/")
    get("unsubscribe bad link", "/digests/unsubscribe/not-a-token/", status=400)

    member = get_user_model().objects.get(username="member")
    saved = SavedSearch.objects.filter(user=member).order_by("pk").first()
    get("unsubscribe one", f"/digests/unsubscribe/{make_token(member, saved)}/")
    get("unsubscribe all", f"/digests/unsubscribe/{make_token(member)}/")
    post("unsubscribe done", f"/digests/unsubscribe/{make_token(member)}/", {})

    # A member.
    client.force_login(member)
    get("account", "/account/")
    get("profile form", "/account/profile/")
    post(
        "profile form errors", "/account/profile/", {"website": "not a link", "country": "x" * 300}
    )
    get("directory", "/members/")
    get("directory filtered", f"/members/?expertise={theme.slug}")
    get("nominate", "/membership/nominate/")
    post("nominate errors", "/membership/nominate/", {})
    for name in ("resource", "question", "upcoming dialogue", "proposal", "subgroup"):
        get(f"{name}, signed in", urls[name])
    post("resource feedback errors", urls["library"] + f"feedback/{resource_id}/", {})
    get("ask question", urls["questions"] + "ask/")
    post("ask question errors", urls["questions"] + "ask/", {})
    post("answer errors", urls["question"] + "answer/", {})
    post("dialogue contribution errors", urls["upcoming dialogue"] + "contribute/", {})
    get("subgroup request", urls["subgroups"] + "request/")
    post("subgroup request errors", urls["subgroups"] + "request/", {})
    get("propose training", urls["consultations"] + "propose/")
    post("propose training errors", urls["consultations"] + "propose/", {"action": "submit"})
    post("proposal feedback errors", urls["proposal"] + "feedback/", {})
    get("contribute resource", urls["library"] + "contribute/")
    post("contribute resource errors", urls["library"] + "contribute/", {})
    get("propose criterion", urls["compendium"] + "criteria/propose/")
    post("propose criterion errors", urls["compendium"] + "criteria/propose/", {})
    submit = urls["compendium"] + "submit/"
    get("submit practice", submit)
    post("submit practice errors", submit, {"action": "next"})
    client.post(submit, {"title": "A practice of my own", "action": "save"})
    draft = member.owned_pages.filter(title="A practice of my own").get()
    for step in STEP_NAMES:
        step_url = f"{submit}{draft.pk}/{step}/"
        get(f"submit practice: {step}", step_url)
    post("submit practice: review errors", f"{submit}{draft.pk}/review/", {"action": "submit"})
    get("search, signed in", f"/search/?q=gender&theme={theme.slug}")
    post(
        "save search errors",
        "/digests/saved/",
        {"name": "", "query": f"q=gender&theme={theme.slug}"},
    )

    # The wait page of a limit.
    client.logout()
    settings.COP_PASSWORD_RESET_CLIENT_RATE_LIMIT = (0, 3600)
    post("rate limited", "/accounts/password_reset/", {"email": "a@example.org"}, status=(429,))

    names = {}
    for number, (name, content) in enumerate(rendered.items()):
        path = tmp_path / f"{number:03}.html"
        path.write_bytes(content)
        names[path.name] = name
    messages = nu_validator(sorted(tmp_path.glob("*.html")))
    errors = [
        f"{names.get(message.get('url', '').rsplit('/', 1)[-1], message.get('url'))}, "
        f"line {message.get('lastLine')}: {message['message']} "
        f"[{message.get('extract', '').strip()}]"
        for message in messages
        if message["type"] in ERRORS
    ]
    assert errors == [], "\n".join(errors)
