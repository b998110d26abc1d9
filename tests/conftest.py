"""Fixtures of the distribution and host-site tests: the plugin's wheel, built once a session;
and the W3C Nu Html Checker for the HTML validity tests."""

import fcntl
import json
import os
import subprocess
from pathlib import Path

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


NU_VALIDATOR_FETCH = (
    Path(__file__).resolve().parent.parent / "scripts" / "nu-validator" / "fetch.sh"
)


@pytest.fixture(scope="session")
def nu_validator(tmp_path_factory):
    """``check(paths)``: the Nu Html Checker's messages on those HTML files, from one run of its
    command-line client (a Java start costs seconds: check pages in one batch). Its jars come
    from COP_VNU_LIB (scripts/test.sh fetches them) or are fetched here, once for all xdist
    workers (their temporary folders share a parent)."""
    lib = os.environ.get("COP_VNU_LIB")
    if not lib:
        with open(tmp_path_factory.getbasetemp().parent / "nu-validator.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            fetch = subprocess.run(
                [str(NU_VALIDATOR_FETCH)], check=False, capture_output=True, text=True
            )
        if fetch.returncode:
            raise AssertionError(
                "The Nu Html Checker could not be fetched (it needs Java 17+ and Maven): "
                + fetch.stderr
            )
        lib = fetch.stdout.strip()

    def check(paths):
        run = subprocess.run(
            [
                "java",
                "-Xss1m",
                "-cp",
                f"{lib}/*",
                "nu.validator.client.SimpleCommandLineValidator",
                "--format",
                "json",
                "--stdout",
                *map(str, paths),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        # Exit status 1 means "errors found"; anything else without JSON is a failed run.
        try:
            return json.loads(run.stdout)["messages"]
        except (ValueError, KeyError):
            raise AssertionError(f"The Nu Html Checker did not run: {run.stderr}") from None

    return check
