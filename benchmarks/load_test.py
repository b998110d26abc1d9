#!/usr/bin/env python
"""A bounded load test of the public site: simulated visitors on loopback for a fixed time.

By default it prepares the database named by DATABASE_URL (migrate, createcachetable,
seed_demo when the site has no content, collectstatic, and rebuild_search_index into a fresh
Elasticsearch index when ELASTICSEARCH_URL is set), starts gunicorn with the production
settings on a free loopback port, runs the users, prints the figures and stops gunicorn.
With --url it loads a server that is already running and prepares nothing.

Each user is a thread that picks a request from a weighted mix (home, listings with and
without filters, search with 0-3 facets, the search API, detail pages discovered from the
listings), sends it on a fresh connection, and waits --think seconds (randomised +/-50 %)
before the next. Redirects are not followed and count as answers; any other status of 400
or more, and any exception or timeout, is an error.

    DATABASE_URL=postgres://cop:cop@localhost:5432/cop_load ELASTICSEARCH_URL=... \\
        .venv/bin/python benchmarks/load_test.py --users 40 --duration 60

See benchmarks/README.md ("Load test").
"""

import argparse
import collections
import http.client
import json
import os
import random
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
LISTINGS = ["/resources/", "/compendium/", "/dialogues/", "/questions/", "/subgroups/"]
WORDS = [
    "gender", "training", "masculinities", "evaluation", "facilitation", "violence",
    "budgeting", "policy", "toolkit", "participation", "men and boys", "humanitarian",
    "curriculum", "resistance", "\"gender training\"",
]  # fmt: skip
# How often each kind of request comes up (relative weights).
MIX = {
    "home": 10,
    "library": 10,
    "library-filtered": 12,
    "compendium": 6,
    "dialogues": 5,
    "questions": 5,
    "search": 22,
    "api": 10,
    "detail": 20,
}


# Preparing and serving


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_environment(static_root):
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", "cop_cms.settings.production")
    env.setdefault("SECRET_KEY", secrets.token_urlsafe(64))
    env.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
    # Plain HTTP on loopback: no redirect to HTTPS, no HSTS.
    env.setdefault("SECURE_SSL_REDIRECT", "false")
    env.setdefault("SECURE_HSTS_SECONDS", "0")
    env.setdefault("STATIC_ROOT", str(static_root))
    env.setdefault("DATABASE_CONN_MAX_AGE", "60")
    env.setdefault("LOG_LEVEL", "WARNING")
    return env


def manage(env, *args):
    print("  manage.py", " ".join(args), flush=True)
    return subprocess.run(  # noqa: S603 - our own manage.py with our arguments
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout


def prepare(env, seed):
    manage(env, "migrate", "--noinput")
    manage(env, "createcachetable")
    has_content = manage(
        env,
        "shell",
        "-c",
        "from wagtail.models import Page; print(Page.objects.filter(depth__gt=2).count())",
    )
    if seed and int(has_content.strip().splitlines()[-1]) == 0:
        manage(env, "seed_demo", "--verbosity", "0")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    if env.get("ELASTICSEARCH_URL"):
        # The node may be new (an empty index) or the mapping may have changed since the
        # catalogue was pushed, and no task worker runs here: load a fresh index.
        print("   ", manage(env, "rebuild_search_index").strip().splitlines()[-2], flush=True)


def start_gunicorn(env, workers, threads):
    port = free_port()
    command = [
        str(Path(PYTHON).with_name("gunicorn")),
        "cop_cms.wsgi",
        "--bind", f"127.0.0.1:{port}",
        "--workers", str(workers),
        "--threads", str(threads),
        "--worker-class", "gthread" if threads > 1 else "sync",
        "--backlog", "512",
        "--timeout", "30",
        "--log-level", "warning",
    ]  # fmt: skip
    print("  " + " ".join(command[1:]), flush=True)
    # A session of its own: stopping it stops every worker.
    server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)  # noqa: S603
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn exited while starting")
        try:
            if fetch(url, "/", timeout=5)[0] < 500:
                return server, url
        except OSError:
            pass
        time.sleep(0.5)
    stop_gunicorn(server)
    raise SystemExit("gunicorn did not answer within 60 s")


def stop_gunicorn(server):
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


# Requests


def fetch(base_url, path, timeout):
    parts = urllib.parse.urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
        response = connection.getresponse()
        body = response.read()
        return response.status, body
    finally:
        connection.close()


class Site:
    """What the users can ask for: detail pages linked from the listings, facet values the
    search API reports."""

    def __init__(self, base_url, timeout):
        self.details = []
        self.facets = {}
        for listing in LISTINGS:
            try:
                status, body = fetch(base_url, listing, timeout)
            except OSError:
                continue
            if status != 200:
                continue
            for href in re.findall(rb'href="(/[^"?#]*)"', body):
                path = href.decode()
                if (
                    path.startswith(listing)
                    and path != listing
                    and path.count("/") >= 3
                    and not re.search(r"/(contribute|submit|request|ask|print|criteria)", path)
                ):
                    self.details.append(path)
        self.details = sorted(set(self.details))
        status, body = fetch(base_url, "/api/search/", timeout)
        if status == 200:
            for key, values in json.loads(body)["facets"].items():
                if key in {"theme", "context", "region", "language", "type", "resource_type"}:
                    self.facets[key] = [value["value"] for value in values if value["count"]]

    def facet_params(self, rng, count, keys=None):
        keys = [key for key in (keys or self.facets) if self.facets.get(key)]
        params = []
        for key in rng.sample(keys, min(count, len(keys))):
            params.append((key, rng.choice(self.facets[key])))
        return params

    def request(self, kind, rng):
        if kind == "home":
            return "/"
        if kind == "library":
            return "/resources/" + rng.choice(["", "?page=2", "?sort=title"])
        if kind == "library-filtered":
            params = self.facet_params(rng, rng.randint(1, 3), ["theme", "context", "region"])
            return "/resources/?" + urllib.parse.urlencode(params)
        if kind == "compendium":
            return "/compendium/"
        if kind == "dialogues":
            return "/dialogues/"
        if kind == "questions":
            return "/questions/"
        if kind in {"search", "api"}:
            params = [("q", rng.choice(WORDS))] if rng.random() < 0.85 else []
            params += self.facet_params(rng, rng.randint(0, 3))
            prefix = "/search/?" if kind == "search" else "/api/search/?"
            return prefix + urllib.parse.urlencode(params)
        if kind == "detail":
            return rng.choice(self.details) if self.details else "/"
        raise ValueError(kind)


# The run


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.samples = []  # (kind, seconds, ok)
        self.errors = collections.Counter()
        self.examples = {}

    def add(self, kind, seconds, ok, error=None, path=None):
        with self.lock:
            self.samples.append((kind, seconds, ok))
            if not ok:
                self.errors[error] += 1
                self.examples.setdefault(error, path)


def user(number, base_url, site, recorder, stop_at, think, timeout, seed):
    rng = random.Random(seed * 1000 + number)  # noqa: S311 - a repeatable mix, not secrets
    kinds, weights = zip(*MIX.items(), strict=True)
    # Users do not all start in the same instant.
    time.sleep(rng.uniform(0, max(think, 0.2)))
    while time.monotonic() < stop_at:
        kind = rng.choices(kinds, weights)[0]
        path = site.request(kind, rng)
        started = time.perf_counter()
        try:
            status, _ = fetch(base_url, path, timeout)
            error = None if status < 400 else f"HTTP {status}"
        except (OSError, http.client.HTTPException) as exc:
            error = type(exc).__name__
        recorder.add(kind, time.perf_counter() - started, error is None, error, path)
        if think:
            time.sleep(rng.uniform(0.5 * think, 1.5 * think))


def percentile(sorted_values, fraction):
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(fraction * len(sorted_values) + 0.5) - 1))
    return sorted_values[index]


def summarise(recorder, elapsed):
    rows = []
    by_kind = collections.defaultdict(list)
    for kind, seconds, _ok in recorder.samples:
        by_kind[kind].append(seconds)
    everything = [seconds for _kind, seconds, _ok in recorder.samples]
    for kind, values in [("all", everything), *sorted(by_kind.items())]:
        values = sorted(values)
        rows.append(
            {
                "kind": kind,
                "requests": len(values),
                "rps": len(values) / elapsed,
                "mean_ms": statistics.fmean(values) * 1000 if values else float("nan"),
                "p50_ms": percentile(values, 0.50) * 1000,
                "p95_ms": percentile(values, 0.95) * 1000,
                "p99_ms": percentile(values, 0.99) * 1000,
                "max_ms": values[-1] * 1000 if values else float("nan"),
            }
        )
    return rows


def report(rows, recorder, elapsed, args):
    total = rows[0]
    errors = sum(recorder.errors.values())
    print()
    print(
        f"{args.users} users, {elapsed:.1f} s, think time {args.think:g} s: "
        f"{total['requests']} requests, {total['rps']:.1f} req/s, {errors} errors"
    )
    header = f"{'kind':<18}{'requests':>9}{'req/s':>8}{'mean':>8}{'p50':>8}{'p95':>8}"
    print(header + f"{'p99':>8}{'max':>8}   (ms)")
    for row in rows:
        print(
            f"{row['kind']:<18}{row['requests']:>9}{row['rps']:>8.1f}{row['mean_ms']:>8.0f}"
            f"{row['p50_ms']:>8.0f}{row['p95_ms']:>8.0f}{row['p99_ms']:>8.0f}{row['max_ms']:>8.0f}"
        )
    if errors:
        print("Errors:")
        for error, count in recorder.errors.most_common():
            print(f"  {count:>6} x {error}, e.g. {recorder.examples[error]}")
    target = total["p95_ms"] <= args.target_p95 and errors == 0
    print(f"Target (0 errors, p95 <= {args.target_p95:g} ms): " + ("met" if target else "NOT met"))
    return target


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="load this server instead of starting gunicorn")
    parser.add_argument("--users", type=int, default=40)
    parser.add_argument("--duration", type=float, default=60, help="seconds (default 60)")
    parser.add_argument(
        "--think",
        type=float,
        default=2.0,
        help="mean pause between a user's requests, seconds (default 2; 0 = flat out)",
    )
    parser.add_argument("--timeout", type=float, default=10, help="per request (s)")
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) * 2 + 1)
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker")
    parser.add_argument("--no-seed", dest="seed", action="store_false")
    parser.add_argument("--random-seed", type=int, default=20261128)
    parser.add_argument("--warmup", type=float, default=5, help="unmeasured seconds first")
    parser.add_argument("--target-p95", type=float, default=300)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()

    server = static_root = None
    try:
        if args.url:
            base_url = args.url.rstrip("/")
        else:
            if "DATABASE_URL" not in os.environ:
                print("DATABASE_URL is not set: using the SQLite file of the checkout.")
            static_root = Path(tempfile.mkdtemp(prefix="cop-load-static-"))
            env = server_environment(static_root)
            print("Preparing the site:", flush=True)
            prepare(env, args.seed)
            server, base_url = start_gunicorn(env, args.workers, args.threads)
        site = Site(base_url, args.timeout)
        print(
            f"Loading {base_url}: {len(site.details)} detail pages, "
            f"facets {', '.join(f'{k} ({len(v)})' for k, v in site.facets.items())}",
            flush=True,
        )
        if args.warmup:
            warm = Recorder()
            run(args, base_url, site, warm, args.warmup)
        recorder = Recorder()
        elapsed = run(args, base_url, site, recorder, args.duration)
        rows = summarise(recorder, elapsed)
        met = report(rows, recorder, elapsed, args)
        if args.json:
            Path(args.json).write_text(
                json.dumps(
                    {
                        "users": args.users,
                        "duration": elapsed,
                        "think": args.think,
                        "errors": dict(recorder.errors),
                        "rows": rows,
                    },
                    indent=2,
                )
            )
        return 0 if met else 1
    finally:
        if server is not None:
            stop_gunicorn(server)
        if static_root is not None:
            shutil.rmtree(static_root, ignore_errors=True)


def run(args, base_url, site, recorder, duration):
    started = time.monotonic()
    stop_at = started + duration
    threads = [
        threading.Thread(
            target=user,
            args=(
                n,
                base_url,
                site,
                recorder,
                stop_at,
                args.think,
                args.timeout,
                args.random_seed,
            ),
            daemon=True,
        )
        for n in range(args.users)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.monotonic() - started


if __name__ == "__main__":
    sys.exit(main())
