#!/usr/bin/env python
"""Public-search latency while Elasticsearch is hung: it accepts connections and never answers.

A hung node is worse than a stopped one: a refused connection fails at once, a silent one
holds the request for the whole timeout. This measures what visitors get meanwhile: N client
threads (--users, default 40) send /search/ requests, pausing --think seconds (default 2)
between a client's requests, for D seconds (--duration, default 60) to a live server whose
ELASTICSEARCH_URL is a local listener that never answers.
It prints p50/p95/max latency and, per circuit-breaker window, how many requests took longer
than the probe timeout (the ones that waited on Elasticsearch instead of being answered by the
database).

By default it prepares the database named by DATABASE_URL as load_test.py does (migrate,
createcachetable, seed_demo when empty, collectstatic; no index rebuild: there is no working
node), then starts gunicorn with the production settings and the hung node. With --url it
loads a running server instead; that server must already point at a hung node (for example
the one --listen-only starts) with the settings printed at the start.

    DATABASE_URL=postgres://cop:cop@localhost:5432/cop_load \\
        .venv/bin/python benchmarks/hung_node.py --users 40 --duration 60 --breaker-seconds 5

See benchmarks/README.md ("Hung Elasticsearch node").
"""

import argparse
import collections
import http.client
import json
import os
import random
import shutil
import socket
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

from load_test import (
    WORDS,
    fetch,
    percentile,
    prepare,
    server_environment,
    start_gunicorn,
    stop_gunicorn,
)


def hung_node(backlog=1024):
    """A listener that completes the TCP handshake (the kernel does, up to the backlog) and
    never reads nor answers: a node stuck in a long GC pause or a frozen VM."""
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(backlog)
    return listener, f"http://127.0.0.1:{listener.getsockname()[1]}"


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.samples = []  # (started, seconds, outcome)

    def add(self, started, seconds, outcome):
        with self.lock:
            self.samples.append((started, seconds, outcome))


def client(number, base_url, recorder, started_at, stop_at, args):
    rng = random.Random(args.random_seed * 1000 + number)  # noqa: S311 - repeatable, not secrets
    # Clients do not all start in the same instant.
    time.sleep(rng.uniform(0, max(args.think, 0.2)))
    while time.monotonic() < stop_at:
        path = "/search/?" + urllib.parse.urlencode({"q": rng.choice(WORDS)})
        began = time.monotonic()
        try:
            status, body = fetch(base_url, path, args.timeout)
            if status >= 400:
                outcome = f"HTTP {status}"
            elif b"simpler search" in body:
                outcome = "database"  # the fallback notice: answered without Elasticsearch
            else:
                outcome = "elasticsearch"
        except (OSError, http.client.HTTPException) as exc:
            outcome = type(exc).__name__
        recorder.add(began - started_at, time.monotonic() - began, outcome)
        if args.think:
            time.sleep(rng.uniform(0.5 * args.think, 1.5 * args.think))


def run(args, base_url):
    recorder = Recorder()
    started_at = time.monotonic()
    stop_at = started_at + args.duration
    threads = [
        threading.Thread(
            target=client,
            args=(n, base_url, recorder, started_at, stop_at, args),
            daemon=True,
        )
        for n in range(args.users)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return recorder, time.monotonic() - started_at


def report(recorder, elapsed, args):
    samples = recorder.samples
    latencies = sorted(seconds for _started, seconds, _outcome in samples)
    outcomes = collections.Counter(outcome for _started, _seconds, outcome in samples)
    slow_limit = args.probe_timeout
    print()
    print(
        f"{args.users} clients, think {args.think:g} s, {elapsed:.1f} s: "
        f"{len(samples)} requests, "
        f"{len(samples) / elapsed:.1f} req/s"
    )
    print("Answers: " + ", ".join(f"{count} {kind}" for kind, count in outcomes.most_common()))
    if latencies:
        print(
            f"Latency ms: p50 {percentile(latencies, 0.50) * 1000:.0f}, "
            f"p95 {percentile(latencies, 0.95) * 1000:.0f}, "
            f"p99 {percentile(latencies, 0.99) * 1000:.0f}, max {latencies[-1] * 1000:.0f}"
        )
    windows = collections.defaultdict(lambda: [0, 0, 0.0])  # requests, slow, max
    for started, seconds, _outcome in samples:
        window = windows[int(started // args.breaker_seconds)]
        window[0] += 1
        window[1] += seconds > slow_limit
        window[2] = max(window[2], seconds)
    print(
        f"Per breaker window of {args.breaker_seconds:g} s (by request start): requests, "
        f"slower than the probe timeout ({slow_limit:g} s), max ms"
    )
    for index in sorted(windows):
        requests, slow, worst = windows[index]
        print(
            f"  {index * args.breaker_seconds:>6.0f}-{(index + 1) * args.breaker_seconds:<6.0f}"
            f"{requests:>7}{slow:>7}{worst * 1000:>9.0f}"
        )
    slow_counts = [windows[index][1] for index in sorted(windows)]
    total_slow = sum(slow_counts)
    print(
        f"Slower than {slow_limit:g} s: {total_slow} of {len(samples)} requests; per window "
        f"max {max(slow_counts, default=0)}, mean {total_slow / max(len(windows), 1):.1f}"
    )
    return {
        "users": args.users,
        "think": args.think,
        "duration": elapsed,
        "requests": len(samples),
        "outcomes": dict(outcomes),
        "p50_ms": percentile(latencies, 0.50) * 1000,
        "p95_ms": percentile(latencies, 0.95) * 1000,
        "max_ms": latencies[-1] * 1000 if latencies else None,
        "slow_per_window": slow_counts,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="load this running server instead of starting gunicorn")
    parser.add_argument(
        "--listen-only",
        action="store_true",
        help="start the hung node, print its URL and wait (for a server you start yourself)",
    )
    parser.add_argument("--users", type=int, default=40, help="client threads (default 40)")
    parser.add_argument("--duration", type=float, default=60, help="seconds (default 60)")
    parser.add_argument(
        "--breaker-seconds",
        type=float,
        default=float(os.environ.get("COP_SEARCH_BREAKER_SECONDS", 5)),
        help="COP_SEARCH_BREAKER_SECONDS for the server, and the report's window (default 5)",
    )
    parser.add_argument(
        "--breaker-failures",
        type=int,
        default=int(os.environ.get("COP_SEARCH_BREAKER_FAILURES", 3)),
        help="COP_SEARCH_BREAKER_FAILURES for the server (default 3)",
    )
    parser.add_argument(
        "--search-timeout",
        type=float,
        default=float(os.environ.get("COP_SEARCH_TIMEOUT", 2)),
        help="COP_SEARCH_TIMEOUT for the server, seconds per Elasticsearch request (default 2)",
    )
    parser.add_argument(
        "--probe-timeout",
        type=float,
        default=float(os.environ.get("COP_SEARCH_PROBE_TIMEOUT", 0.5)),
        help="COP_SEARCH_PROBE_TIMEOUT for the server, and the report's 'slow' limit "
        "(default 0.5)",
    )
    parser.add_argument(
        "--think",
        type=float,
        default=2.0,
        help="mean pause between a client's requests, seconds (default 2, as load_test.py; "
        "0 = flat out, where queueing for the workers hides the node's effect)",
    )
    parser.add_argument("--timeout", type=float, default=30, help="client timeout (s)")
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) * 2 + 1)
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker")
    parser.add_argument("--no-seed", dest="seed", action="store_false")
    parser.add_argument("--random-seed", type=int, default=20261202)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()

    listener, node_url = hung_node()
    settings = {
        "ELASTICSEARCH_URL": node_url,
        "COP_SEARCH_TIMEOUT": f"{args.search_timeout:g}",
        "COP_SEARCH_PROBE_TIMEOUT": f"{args.probe_timeout:g}",
        "COP_SEARCH_BREAKER_FAILURES": str(args.breaker_failures),
        "COP_SEARCH_BREAKER_SECONDS": f"{args.breaker_seconds:g}",
    }
    server = static_root = None
    try:
        if args.listen_only:
            print("Hung node listening; start the server with:")
            print("  " + " ".join(f"{key}={value}" for key, value in settings.items()))
            while True:
                time.sleep(3600)
        if args.url:
            base_url = args.url.rstrip("/")
            print(f"Loading {base_url}; its settings must be: (not checked)")
        else:
            if "DATABASE_URL" not in os.environ:
                print("DATABASE_URL is not set: using the SQLite file of the checkout.")
            static_root = Path(tempfile.mkdtemp(prefix="cop-hung-static-"))
            env = server_environment(static_root)
            env.pop("ELASTICSEARCH_URL", None)
            # Every fallback logs a warning: 40 clients would bury the figures.
            env["LOG_LEVEL"] = os.environ.get("LOG_LEVEL", "ERROR")
            print("Preparing the site:", flush=True)
            prepare(env, args.seed)
            server, base_url = start_gunicorn({**env, **settings}, args.workers, args.threads)
            print(f"Server {base_url}, {args.workers} workers x {args.threads} threads; settings:")
        for key, value in settings.items():
            print(f"  {key}={value}")
        print(
            f"{args.users} clients on /search/ for {args.duration:g} s, think time "
            f"{args.think:g} s",
            flush=True,
        )
        recorder, elapsed = run(args, base_url)
        figures = report(recorder, elapsed, args)
        if args.json:
            Path(args.json).write_text(json.dumps({**figures, "settings": settings}, indent=2))
        return 0
    except KeyboardInterrupt:
        return 130
    finally:
        if server is not None:
            stop_gunicorn(server)
        if static_root is not None:
            shutil.rmtree(static_root, ignore_errors=True)
        listener.close()


if __name__ == "__main__":
    sys.exit(main())
