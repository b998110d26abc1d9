"""The plugin installed into a site that `wagtail start` made, the way docs/host-guide.md says,
and used over real HTTP.

For each environment (Django 5.2 on Python 3.11, Django 6.0 on Python 3.12): a fresh virtual
environment gets Wagtail 7.4, Django and the wheel; `wagtail start mysite` makes the host; the
guide's section is followed literally (its sh lines run, its python blocks appended to the
files they name); the host is served by `runserver` on a free loopback port and driven like a
browser (cookies, forms read from the pages, CSRF tokens):

- the host's home page is still its own;
- the resource library lists and filters, and the search API answers with the database engine;
- a visitor applies for membership, a moderator approves in the admin, the new member sets a
  password from the emailed link and signs in;
- the member contributes a resource, an editor approves it from the admin dashboard, and it is
  found through the search API and the library's theme filter;
- the member submits a good practice over the multi-step form, a reviewer assesses it (the
  criteria assessment task's form), a moderator publishes it, and it is live at its address.

The only thing the test adds to the host besides the guide: settings/local.py (mail to files,
the server's address in emails), and the staff accounts, made with `manage.py shell -c` (a
site's staff are its own business). In CI (CI=true) a missing interpreter fails the test.
"""

import json
import os
import re
import time
import urllib.parse

import pytest

from .host_site import HostSite, Visitor, forms_in, python_for, text_of

pytestmark = pytest.mark.hostsite

ON_CI = os.environ.get("CI", "").lower() == "true"
PASSWORD = "a-long-host-passphrase"
MEMBER_PASSWORD = "a-new-member-passphrase"

PLUGIN_LABELS = [
    "coptaxonomy",
    "copcontributions",
    "copresources",
    "copcompendium",
    "copcommunity",
    "copconsultations",
    "copdigests",
    "copsearch",
]
ENVIRONMENTS = {
    "django5.2-python3.11": ("3.11", "Django>=5.2,<5.3"),
    "django6.0-python3.12": ("3.12", "Django>=6.0,<6.1"),
}


@pytest.fixture(params=list(ENVIRONMENTS))
def host(request, wheel, tmp_path):
    version, django = ENVIRONMENTS[request.param]
    python = python_for(version)
    if python is None:
        message = f"no Python {version} here (pyenv install {version}, or python{version} on PATH)"
        if ON_CI:
            pytest.fail(message)
        pytest.skip(message)
    site = HostSite(root=tmp_path, python=python, django_requirement=django, wheel=wheel)
    started = time.monotonic()
    yield site
    site.stop()
    site.timings["total"] = round(time.monotonic() - started, 1)
    # Shown whatever the capture mode: how long each environment took.
    request.node.user_properties.append(("timings", site.timings))
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if capture is not None:
        with capture.global_and_fixture_disabled():
            print(f"\n{request.param} timings (s): {json.dumps(site.timings)}")


class Steps:
    """Names the step a failure happened in, with the server's log."""

    def __init__(self, host):
        self.host = host

    def __call__(self, name):
        self.name = name
        return self

    def __enter__(self):
        self.started = time.monotonic()

    def __exit__(self, kind, error, traceback):
        self.host.timings[f"step: {self.name}"] = round(time.monotonic() - self.started, 1)
        if isinstance(error, Exception):  # not pytest's outcomes (BaseException)
            raise AssertionError(
                f"step {self.name!r}: {type(error).__name__}: {error}\n"
                f"--- runserver log (end)\n{self.host.log_tail()}"
            ) from error


def ok(response, *, contains=None):
    assert response.status == 200, (response.status, response.url, text_of(response.text)[:2000])
    if contains is not None:
        assert contains in response.text, (contains, response.url, text_of(response.text)[:3000])
    return response


def row_with(page_html, text):
    """The table row of an admin listing that names `text`."""
    for row in re.findall(r"<tr\b.*?</tr>", page_html, flags=re.S):
        if text in row:
            return row
    raise AssertionError(f"no row names {text!r}: {text_of(page_html)[:3000]}")


def admin_action_url(visitor, title, action="approve"):
    """A workflow action's address from the dashboard's "Awaiting your review" panel."""
    dashboard = ok(visitor.get("/admin/"))
    row = row_with(dashboard.text, title)
    match = re.search(
        rf'data-workflow-action-url="(/admin/pages/workflow/action/\d+/{action}/\d+/)"', row
    )
    assert match, f"no {action} action for {title!r} in {text_of(row)}"
    return match.group(1)


def search_api(visitor, query):
    response = ok(visitor.get("/api/search/?" + urllib.parse.urlencode({"q": query})))
    assert response.headers.get("Content-Type", "").startswith("application/json")
    return response.json()


def result_titles(answer):
    return [result.get("title") for result in answer["results"]]


def test_the_plugin_in_a_fresh_wagtail_site(host):
    step = Steps(host)
    visitor = Visitor(host.base_url)

    with step("a fresh virtual environment with Wagtail, Django and `wagtail start mysite`"):
        host.create()

    with step("the guide's steps, word for word"):
        host.follow_guide()

    with step("the test's own settings, staff accounts, and the server"):
        host.add_test_settings()
        for username, group in [
            ("moderator", "Moderators"),
            ("editor", "Editors"),
            ("reviewer", "Reviewers"),
        ]:
            host.add_user(username, PASSWORD, group)
        host.start()

    with step("the setup is complete"):
        assert "0 missing" in host.manage("cop_setup", "--check").stdout

    with step("host home page"):
        ok(visitor.get("/"), contains="Welcome to your new Wagtail site!")

    with step("the empty library renders its search and filter form"):
        library = ok(visitor.get("/resources/"), contains="Apply filters")
        assert "q" in library.form(having="q").names()
        # Facets list only values that have entries: filtering is checked once one is live.
        ok(visitor.get("/resources/?theme=masculinities"))

    with step("the library in Spanish, at /es/, with the switcher back to English"):
        ok(
            visitor.get("/es/resources/"),
            contains='<a href="/resources/" lang="en" hreflang="en">',
        )

    with step("search API"):
        answer = search_api(visitor, "")
        assert {"total", "results", "facets", "engine"} <= set(answer)
        assert answer["engine"] == "database"

    with step("a visitor applies for membership"):
        applicant = Visitor(host.base_url)
        page = ok(applicant.get("/membership/apply/"))
        form = page.form(having="email")
        form.set("name", "Lucía Fernández")
        form.set("email", "lucia@example.org")
        form.set("organisation", "Red de Formación en Género")
        form.first_choice("organisation_type")
        form.set("position", "Training coordinator")
        form.set("country", "Peru")
        form.first_choice("expertise")
        form.set("experience", "Ten years of training of trainers.")
        form.first_choice("languages")
        form.set("motivation", "To share what works with mixed groups.")
        form.set("acknowledged_personal_capacity", True)
        received = applicant.submit(form, page.url)
        ok(received)
        assert received.url.endswith("/membership/apply/received/"), received.url

    with step("a moderator approves the application in the admin"):
        moderator = Visitor(host.base_url)
        signed_in = moderator.sign_in("/admin/login/", "moderator", PASSWORD)
        assert signed_in.url.endswith("/admin/"), signed_in.url
        menu = re.search(r"/admin/snippets/\w+/membershipapplication/", signed_in.text)
        listing_url = (
            menu.group(0) if menu else "/admin/snippets/copcommunity/membershipapplication/"
        )
        listing = ok(moderator.get(listing_url))
        approve = re.search(
            r"/admin/membership/applications/\d+/approve/", row_with(listing.text, "Lucía")
        )
        assert approve, text_of(row_with(listing.text, "Lucía"))
        confirm = ok(moderator.get(approve.group(0)))
        done = moderator.submit(confirm.form(having="csrfmiddlewaretoken"), confirm.url)
        ok(done)
        assert done.redirects, "the approval did not redirect"

    with step("the new member sets a password from the email and signs in"):
        (approval,) = [
            body
            for to, _subject, body in host.mails()
            if "lucia@example.org" in to and "/accounts/reset/" in body
        ]
        username = re.search(r"user name is (\S+?)\.?\s", approval).group(1)
        link = urllib.parse.urlsplit(re.search(r"\S*/accounts/reset/\S+", approval).group(0))
        member = Visitor(host.base_url)
        set_password = ok(member.get(link.path))
        form = set_password.form(having="new_password1")
        form.set("new_password1", MEMBER_PASSWORD)
        form.set("new_password2", MEMBER_PASSWORD)
        ok(member.submit(form, set_password.url))
        account = member.sign_in("/accounts/login/", username, MEMBER_PASSWORD)
        ok(account)
        assert account.url.endswith("/account/"), account.url

    title = "Gender budgeting role plays for budget officers"
    with step("the member contributes a resource"):
        page = ok(member.get("/resources/contribute/"))
        form = page.form(having="title")
        form.set("title", title)
        form.set("summary", "Role plays for budget officers.")
        form.set("description", "Six role plays.\n\nEach with a debrief guide.")
        form.first_choice("resource_type")
        form.set("external_url", "https://example.org/role-plays")
        theme_name = form.first_choice("themes")
        sent = member.submit(form, page.url)
        ok(sent, contains=title)
        assert sent.url.endswith("/account/"), (sent.url, text_of(sent.text)[:2000])
        assert title not in result_titles(search_api(visitor, "budgeting"))

    with step("an editor approves the contribution from the admin dashboard"):
        editor = Visitor(host.base_url)
        assert editor.sign_in("/admin/login/", "editor", PASSWORD).url.endswith("/admin/")
        approved = editor.post(admin_action_url(editor, title), [("comment", "")])
        ok(approved)

    with step("the resource is found through search and the library's filter"):
        answer = search_api(visitor, "budgeting")
        assert title in result_titles(answer), answer
        (found,) = [result for result in answer["results"] if result.get("title") == title]
        ok(visitor.get(found["url"]), contains=title)
        library = ok(visitor.get("/resources/"))
        (slug,) = [
            f["value"]
            for f in library.form(having="theme").fields
            if f["name"] == "theme"
            and library.form(having="theme").labels.get(f["id"], "").startswith(theme_name)
        ]
        ok(visitor.get(f"/resources/?theme={slug}"), contains=title)

    practice = "Peer facilitators for men and boys in Kasai"
    with step("the member submits a good practice over several steps"):
        page = ok(member.get("/compendium/submit/"))
        form = page.form(having="title")
        form.set("title", practice)
        form.set("summary", "Trained facilitators ran men's discussion groups on care work.")
        form.set("country", "Democratic Republic of the Congo")
        form.set("year", "2022")
        form.first_choice("themes")
        page = ok(member.submit(form, page.url, button=("action", "next")))
        assert re.search(r"/compendium/submit/\d+/description/$", page.url), page.url
        form = page.form(having="background")
        for name, value in [
            ("background", "Conflict had disrupted community structures."),
            ("objectives", "Shift norms around care work."),
            ("target_group", "Men aged 18 to 45."),
            ("approach", "Twelve weekly sessions led by trained peers."),
            ("contact", "learning@kasai.example.org"),
        ]:
            form.set(name, value)
        page = ok(member.submit(form, page.url, button=("action", "next")))
        assert page.url.endswith("/evidence/"), page.url
        form = page.form(having="results")
        form.set("results", "Participants doubled time spent on care work.")
        form.set("lessons_learned", "Peers from the same village were trusted more.")
        page = ok(member.submit(form, page.url, button=("action", "next")))
        assert page.url.endswith("/review/"), page.url
        assert "Still missing" not in page.text, text_of(page.text)[:3000]
        form = page.form(having="confirm")
        form.set("confirm", True)
        sent = ok(member.submit(form, page.url), contains=practice)
        assert sent.url.endswith("/account/"), sent.url

    with step("a reviewer assesses it with the criteria assessment task"):
        reviewer = Visitor(host.base_url)
        assert reviewer.sign_in("/admin/login/", "reviewer", PASSWORD).url.endswith("/admin/")
        action_url = admin_action_url(reviewer, practice)
        modal = ok(reviewer.get(action_url, headers={"X-Requested-With": "XMLHttpRequest"}))
        form = next(f for f in forms_in(modal.json()["html"]) if "recommendation" in f.names())
        scores = sorted(name for name in form.names() if name and name.startswith("score_"))
        assert scores, "the assessment form has no criteria (cop_setup makes them)"
        data = [("recommendation", "include"), ("comment", "A convincing practice.")]
        for name in scores:
            pk = name.removeprefix("score_")
            data += [
                (name, "3"),
                (f"comment_{pk}", "Clear evidence."),
                (f"publish_{pk}", "on"),
            ]
        # As the modal's script posts it.
        answer = reviewer.post(action_url, data, headers={"X-Requested-With": "XMLHttpRequest"})
        ok(answer)
        assert answer.json().get("step") == "success", answer.text[:3000]

    with step("a moderator publishes it and it is live at its address"):
        approved = moderator.post(admin_action_url(moderator, practice), [("comment", "")])
        ok(approved)
        compendium = ok(visitor.get("/compendium/"), contains=practice)
        link = re.search(
            rf'<a[^>]+href="([^"]+)"[^>]*>\s*{re.escape(practice)}\s*</a>', compendium.text
        )
        assert link, text_of(compendium.text)[:3000]
        live = ok(visitor.get(link.group(1)), contains=practice)
        assert "Overall" in text_of(live.text) or "assessment" in live.text.lower()

    with step("the plugin's migrations match its models in the host's settings"):
        # A wagtail start site has no DEFAULT_AUTO_FIELD: the plugin's models must need no
        # migration that the wheel lacks.
        host.manage("makemigrations", "--check", "--dry-run", *PLUGIN_LABELS)
