"""Fixtures of the distribution and host-site tests: the plugin's wheel, built once a session."""

import pytest

from .host_site import build_wheel


@pytest.fixture(scope="session")
def wheel(tmp_path_factory):
    """The wheel `python -m build --wheel` makes from the working tree."""
    return build_wheel(tmp_path_factory.mktemp("wheel"))
