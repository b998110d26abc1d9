"""An Elasticsearch node of a test's own, which the test may really stop and start again (the
node other tests share at ELASTICSEARCH_URL is never touched)."""

import contextlib
import os
import subprocess
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts" / "elasticsearch"


class Node:
    def __init__(self, env):
        self.env = env
        started = self._run("start.sh", env=env)
        values = dict(line.split("=", 1) for line in started.split())
        self.url = values["ELASTICSEARCH_URL"]
        self.run_dir = values["COP_ES_RUN_DIR"]
        self.port = self.url.rsplit(":", 1)[1]

    def _run(self, script, *args, env):
        return subprocess.run(
            [str(SCRIPTS / script), *args], env=env, capture_output=True, text=True, check=True
        ).stdout

    def stop(self, keep=False):
        """keep: keep the data and the port, to start the same node again."""
        self._run("stop.sh", *(["--keep"] if keep else []), self.run_dir, env=self.env)

    def start(self):
        """Start the node stopped with stop(keep=True), with its data, on its port."""
        self._run("start.sh", env={**self.env, "ES_RUN_DIR": self.run_dir, "ES_PORT": self.port})


@contextlib.contextmanager
def own_node(heap="384m"):
    env = {**os.environ, "ES_HEAP": heap}
    node = Node(env)
    try:
        yield node
    finally:
        subprocess.run([str(SCRIPTS / "stop.sh"), node.run_dir], env=env, check=False)
