"""The plugin's pages live in the host's layout: they extend contributions/base.html, which
extends settings.COP_BASE_TEMPLATE (the host's "base.html" by default) and adds the plugin's
stylesheet to its extra_css block; no plugin template extends the host's base directly."""

import copy
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings as django_settings
from django.test import RequestFactory

from contributions.context_processors import plugin

TEST_TEMPLATES = Path(__file__).parent / "templates"
PROJECT = Path(django_settings.BASE_DIR)
PLUGIN_APPS = [
    "taxonomy",
    "contributions",
    "resources",
    "compendium",
    "community",
    "consultations",
    "digests",
    "search",
]
EXTENDS = re.compile(r"""{%\s*extends\s+(?P<quote>["'])(?P<name>[^"']+)(?P=quote)\s*%}""")


def _with_test_templates(settings):
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [TEST_TEMPLATES, *templates[0]["DIRS"]]
    settings.TEMPLATES = templates


def test_context_processor_names_the_setting_or_base_html(settings):
    request = RequestFactory().get("/")
    del settings.COP_BASE_TEMPLATE
    assert plugin(request) == {"cop_base_template": "base.html"}
    settings.COP_BASE_TEMPLATE = "cop_test/host_base.html"
    assert plugin(request) == {"cop_base_template": "cop_test/host_base.html"}


@pytest.mark.django_db
def test_library_renders_inside_the_configured_base_template(client, settings, library):
    _with_test_templates(settings)
    settings.COP_BASE_TEMPLATE = "cop_test/host_base.html"

    response = client.get("/resources/")

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    # The host's layout, not the demo site's.
    assert soup.select_one('[data-marker="host-base-template"]')
    assert not soup.select_one(".site-header")
    assert soup.title.get_text(strip=True).endswith("- Host site")
    # The plugin's content, in the .cop wrapper, in the host's content block.
    wrapper = soup.select_one("body > .cop")
    assert wrapper is not None
    assert wrapper.find("h1").get_text(strip=True) == library.title
    assert wrapper.select_one("form.search-form") or wrapper.select_one(".library")
    # The plugin's stylesheet (and its feed link) in the head, after the host's own.
    stylesheets = [link["href"] for link in soup.head.select('link[rel="stylesheet"]')]
    assert stylesheets[0] == "/static/css/host.css"
    assert any(href.endswith("contributions/css/cop.css") for href in stylesheets[1:])
    assert soup.head.select_one('link[rel="alternate"][type="application/atom+xml"]')
    # The host's script stays.
    assert soup.body.select_one('script[src="/static/js/host.js"]')


@pytest.mark.django_db
def test_sign_in_page_renders_inside_the_configured_base_template(client, settings):
    _with_test_templates(settings)
    settings.COP_BASE_TEMPLATE = "cop_test/host_base.html"

    response = client.get("/accounts/login/")

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one('[data-marker="host-base-template"]')
    assert soup.select_one("body > .cop form #id_username")


@pytest.mark.django_db
def test_without_the_context_processor_pages_extend_base_html(client, settings, library):
    templates = copy.deepcopy(settings.TEMPLATES)
    processors = templates[0]["OPTIONS"]["context_processors"]
    processors.remove("contributions.context_processors.plugin")
    settings.TEMPLATES = templates

    response = client.get("/resources/")

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".site-header")  # the demo site's base.html
    assert soup.select_one("main > .cop h1")


def _plugin_templates():
    for app in PLUGIN_APPS:
        yield from sorted((PROJECT / app / "templates").rglob("*.html"))


def test_every_plugin_page_extends_a_namespaced_template():
    base = PROJECT / "contributions" / "templates" / "contributions" / "base.html"
    checked = 0
    for path in _plugin_templates():
        if path == base:
            continue
        source = path.read_text()
        if "{% extends" not in source:
            continue
        match = EXTENDS.search(source)
        assert match, f"{path}: extends something other than a quoted template name"
        name = match["name"]
        assert name.startswith(("wagtailadmin/", *(f"{app}/" for app in PLUGIN_APPS))), (
            f"{path} extends {name!r}: extend contributions/base.html instead"
        )
        checked += 1
    assert checked > 40


def test_plugin_includes_are_namespaced():
    include = re.compile(r"""{%\s*include\s+["'](?P<name>[^"']+)["']""")
    for path in _plugin_templates():
        for match in include.finditer(path.read_text()):
            name = match["name"]
            assert "/" in name and not name.startswith("includes/"), f"{path} includes {name!r}"


def test_plugin_templates_live_in_their_apps_namespace():
    for path in _plugin_templates():
        app_dir = path.relative_to(PROJECT).parts[0]
        namespace = path.relative_to(PROJECT / app_dir / "templates").parts[0]
        assert namespace == app_dir, f"{path} is not namespaced"
