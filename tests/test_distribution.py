"""The wheel: the eight plugin apps with their migrations, templates and static files, none
of the demo site or the tests, and only the plugin's own dependencies."""

import email
import re
import zipfile

import pytest

from .host_site import PLUGIN_APPS, REPO, source_files

DEMO_SITE_REQUIREMENTS = ["gunicorn", "django-csp", "psycopg", "whitenoise", "dj-database-url"]


@pytest.fixture(scope="module")
def names(wheel):
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.fixture(scope="module")
def metadata(wheel):
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return email.message_from_bytes(archive.read(name))


def requirement_names(metadata):
    return {
        re.match(r"[A-Za-z0-9._-]+", requirement).group(0).lower().replace("_", "-")
        for requirement in metadata.get_all("Requires-Dist") or []
    }


@pytest.mark.parametrize("app", PLUGIN_APPS)
def test_each_app_is_in_the_wheel_with_its_migrations(names, app):
    assert f"{app}/__init__.py" in names
    assert f"{app}/apps.py" in names
    assert f"{app}/migrations/__init__.py" in names
    in_tree = {
        name
        for name in source_files()
        if name.startswith(f"{app}/migrations/") and name.endswith(".py")
    }
    assert {name for name in names if name.startswith(f"{app}/migrations/")} == in_tree
    if any(name != f"{app}/migrations/__init__.py" for name in in_tree):
        assert f"{app}/migrations/0001_initial.py" in names


@pytest.mark.parametrize("app", PLUGIN_APPS)
def test_each_app_s_templates_static_files_and_translations_are_in_the_wheel(names, app):
    data = {
        name
        for name in source_files()
        if name.startswith((f"{app}/templates/", f"{app}/static/"))
        or (name.startswith(f"{app}/locale/") and name.endswith((".po", ".mo")))
    }
    assert data <= names, sorted(data - names)
    if (REPO / app / "templates").is_dir():
        assert any(n.startswith(f"{app}/templates/") and n.endswith(".html") for n in names)


def test_the_compiled_catalogues_are_in_the_wheel(names):
    # A host site runs no compilemessages: without the .mo files its pages stay in English.
    for language in ("es", "fr"):
        assert f"community/locale/{language}/LC_MESSAGES/django.mo" in names
        assert f"community/locale/{language}/LC_MESSAGES/django.po" in names


def test_the_compendium_print_stylesheet_is_in_the_wheel(names):
    assert "compendium/static/compendium/print.css" in names


def test_nothing_of_the_demo_site_or_the_tests_is_in_the_wheel(names):
    top_level = {name.split("/")[0] for name in names}
    assert top_level <= {*PLUGIN_APPS, *(n for n in top_level if n.endswith(".dist-info"))}
    for demo in ("cop_cms/", "home/", "templates/", "static/", "tests/", "benchmarks/"):
        assert not any(name.startswith(demo) for name in names), demo
    assert not [name for name in names if "/tests/" in name]
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]


def test_the_wheel_requires_the_plugin_s_dependencies_only(metadata):
    required = requirement_names(metadata)
    assert {"wagtail", "django", "django-tasks", "icalendar", "elasticsearch-dsl"} <= required
    assert not required & set(DEMO_SITE_REQUIREMENTS)
    assert not [r for r in metadata.get_all("Requires-Dist") if "extra ==" in r]
    # Django 6.0 is allowed, 6.1 is not.
    (django,) = [
        r for r in metadata.get_all("Requires-Dist") if re.match(r"django\s*[<>=(]", r, re.I)
    ]
    assert "<6.1" in django and ">=5.2" in django
