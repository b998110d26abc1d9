"""A site made by ``wagtail start`` has a ``search`` app of its own, which hides the plugin's
when it is on the path first: the site stops at start-up with a message that says what to do,
not with an ImportError from somewhere inside the plugin."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def start_django(cwd):
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "DJANGO_SETTINGS_MODULE": "cop_cms.settings.test",
    }
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_hosts_own_search_app_is_named_with_what_to_do(tmp_path):
    # What `wagtail start` makes: search/__init__.py, views.py, templates.
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "__init__.py").write_text("")
    (tmp_path / "search" / "views.py").write_text("def search(request):\n    pass\n")

    result = start_django(tmp_path)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"The package 'search' found at {tmp_path / 'search'}" in result.stderr
    assert "delete that folder" in result.stderr
    assert "ModuleNotFoundError" not in result.stderr


def test_without_a_search_app_of_its_own_the_site_starts(tmp_path):
    result = start_django(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout
