"""The Spanish and French catalogues: every plugin app's ``locale/`` and the demo site's
``locale/`` (its templates/, home/ and cop_cms/) are complete, compiled from the .po files
as they are now, and what ``makemessages`` would extract today (``make messages``).

A catalogue fails when an entry has no translation or is fuzzy, when a translation loses or
changes a placeholder (msgfmt --check), when its .mo says something other than its .po (a
.po edited without compiling), or when the code or templates hold a string it lacks or it
holds one they no longer use (a string marked without running makemessages)."""

import os
import shutil
import subprocess
import sys

import polib
import pytest

from .host_site import PLUGIN_APPS, REPO

LANGUAGES = ["es", "fr"]
MAKEMESSAGES = ["makemessages", *(f"--locale={code}" for code in LANGUAGES), "--no-obsolete"]
# The demo site's catalogue holds its own strings only: each app has its catalogue.
DEMO_SITE = ["templates", "home", "cop_cms"]
DEMO_SITE_IGNORE = ["tests"]

CATALOGUES = [*PLUGIN_APPS, "demo site"]


def root_of(catalogue):
    return REPO if catalogue == "demo site" else REPO / catalogue


def po_path(catalogue, language, domain="django"):
    return root_of(catalogue) / "locale" / language / "LC_MESSAGES" / f"{domain}.po"


def domains(catalogue):
    """``django``, and ``djangojs`` where the catalogue has JavaScript strings."""
    found = ["django"]
    if any(po_path(catalogue, language, "djangojs").exists() for language in LANGUAGES):
        found.append("djangojs")
    return found


CASES = [
    pytest.param(catalogue, language, domain, id=f"{catalogue}-{language}-{domain}")
    for catalogue in CATALOGUES
    for language in LANGUAGES
    for domain in domains(catalogue)
]


def read(path):
    assert path.exists(), f"{path.relative_to(REPO)} is missing: run `make messages`"
    return polib.pofile(str(path))


def key(entry):
    return (entry.msgctxt, entry.msgid, entry.msgid_plural or None)


def translations(entries):
    return {
        (entry.msgctxt, entry.msgid): (
            tuple(entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural))
            if entry.msgid_plural
            else entry.msgstr
        )
        for entry in entries
        if entry.msgid
    }


def without_settings():
    # Without settings, makemessages writes to the locale/ folder where it runs; with the demo
    # site's, it would put every app's strings in the site's LOCALE_PATHS.
    env = dict(os.environ)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


@pytest.mark.parametrize(("catalogue", "language", "domain"), CASES)
def test_every_entry_is_translated_and_none_is_fuzzy(catalogue, language, domain):
    po = read(po_path(catalogue, language, domain))
    assert po.metadata.get("Language") == language
    assert not po.metadata_is_fuzzy, "the header is marked fuzzy"
    nplurals = int(po.metadata["Plural-Forms"].split("nplurals=")[1].split(";")[0])
    entries = [entry for entry in po if not entry.obsolete]
    assert entries, "the catalogue is empty"
    untranslated = [
        entry.msgid
        for entry in entries
        if (
            len(entry.msgstr_plural) != nplurals or not all(entry.msgstr_plural.values())
            if entry.msgid_plural
            else not entry.msgstr
        )
    ]
    fuzzy = [entry.msgid for entry in entries if "fuzzy" in entry.flags]
    obsolete = [entry.msgid for entry in po if entry.obsolete]
    assert not untranslated, f"untranslated: {untranslated}"
    assert not fuzzy, f"fuzzy: {fuzzy}"
    assert not obsolete, f"obsolete (makemessages --no-obsolete drops them): {obsolete}"


@pytest.mark.parametrize(("catalogue", "language", "domain"), CASES)
def test_the_shipped_mo_is_the_po_compiled(catalogue, language, domain, tmp_path):
    po_file = po_path(catalogue, language, domain)
    read(po_file)
    compiled = tmp_path / f"{domain}.mo"
    # --check: a translation keeps every placeholder of its msgid, and the plural forms.
    checked = subprocess.run(
        ["msgfmt", "--check", "-o", str(compiled), str(po_file)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr
    mo_file = po_file.with_suffix(".mo")
    assert mo_file.exists(), f"{mo_file.relative_to(REPO)} is missing: run compilemessages"
    shipped = translations(polib.mofile(str(mo_file)))
    assert shipped == translations(polib.mofile(str(compiled))), (
        f"{mo_file.relative_to(REPO)} is not its .po compiled: run compilemessages"
    )


def _extract_into_copy(catalogue, tmp_path, domain):
    """makemessages run, as ``make messages`` runs it, on a copy of the catalogue's sources;
    the path of the .po files it leaves."""
    copy = tmp_path / "copy"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.mo")
    if catalogue == "demo site":
        for folder in [*DEMO_SITE, "locale"]:
            shutil.copytree(REPO / folder, copy / folder, ignore=ignore)
        options = [f"--ignore={pattern}" for pattern in DEMO_SITE_IGNORE]
    else:
        shutil.copytree(root_of(catalogue), copy, ignore=ignore)
        options = []
    command = [sys.executable, "-m", "django", *MAKEMESSAGES, f"--domain={domain}", *options]
    done = subprocess.run(
        command, cwd=copy, env=without_settings(), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return copy


@pytest.mark.parametrize(
    ("catalogue", "domain"),
    [
        pytest.param(catalogue, domain, id=f"{catalogue}-{domain}")
        for catalogue in CATALOGUES
        for domain in domains(catalogue)
    ],
)
def test_makemessages_would_not_change_the_catalogue(catalogue, domain, tmp_path):
    shipped = {language: read(po_path(catalogue, language, domain)) for language in LANGUAGES}
    copy = _extract_into_copy(catalogue, tmp_path, domain)
    for language in LANGUAGES:
        fresh = polib.pofile(str(copy / "locale" / language / "LC_MESSAGES" / f"{domain}.po"))
        now = {key(entry) for entry in fresh if not entry.obsolete}
        was = {key(entry) for entry in shipped[language] if not entry.obsolete}
        new, gone = sorted(now - was, key=str), sorted(was - now, key=str)
        assert not new, f"{language}: strings not in the catalogue (run `make messages`): {new}"
        assert not gone, f"{language}: strings no longer used (run `make messages`): {gone}"
