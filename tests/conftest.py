"""Fixtures of the distribution and host-site tests: the plugin's wheel, built once a session."""

import fcntl

import pytest

from .host_site import build_wheel


@pytest.fixture(scope="session")
def wheel(tmp_path_factory, worker_id):
    """The wheel `python -m build --wheel` makes from the working tree, built once for all
    xdist workers (their temporary folders share a parent)."""
    if worker_id == "master":
        return build_wheel(tmp_path_factory.mktemp("wheel"))
    shared = tmp_path_factory.getbasetemp().parent / "wheel"
    shared.mkdir(exist_ok=True)
    with open(shared / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        built = sorted((shared / "dist").glob("*.whl"))
        return built[0] if built else build_wheel(shared)
