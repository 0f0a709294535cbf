"""`jobbtorg bench --load`: many users at once against the running app.

Drives the app's `/ask` API with `gradio_client` from several concurrent
clients (each its own session), after asking every distinct question once
alone. Reports throughput, latency percentiles and errors, and counts every
answer that differs from the single-user answer (timings aside). Only
127.0.0.1 is driven: this is a test, not a tool for loading someone's server.
When no URL is given it starts the app on a free local port and stops it after.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterator

from .benchmark import percentiles
from .config import PACKAGE_ROOT, Settings
from .errors import ConfigError, JobbtorgError

LOCAL = ("127.0.0.1", "localhost")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_serving(url: str, process: subprocess.Popen, timeout: float) -> None:
    """Poll `url` until it answers; JobbtorgError if the process ends or time runs out."""
    deadline = time.time() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            if process.poll() is not None or time.time() > deadline:
                process.kill()
                msg = f"{url} did not start answering"
                raise JobbtorgError(msg) from None
            time.sleep(0.3)


def stop(process: subprocess.Popen, timeout: float = 20) -> None:
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextlib.contextmanager
def local_app(settings: Settings, timeout: float = 180) -> Iterator[str]:
    """The app started as `jobbtorg serve` on a free 127.0.0.1 port."""
    port = _free_port()
    env = {**os.environ, "JOBBTORG_INDEX_DIR": str(settings.index_dir), "GRADIO_SERVER_NAME": "127.0.0.1",
           "GRADIO_SERVER_PORT": str(port)}
    with tempfile.TemporaryFile("w+") as log:
        process = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve"], cwd=PACKAGE_ROOT, env=env,
                                   stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}/"
        try:
            try:
                wait_until_serving(url, process, timeout)
            except JobbtorgError:
                log.seek(0)
                raise JobbtorgError(f"the app did not start: {log.read()[-500:]}") from None
            yield url
        finally:
            stop(process)


def _comparable(answer: dict) -> str:
    return json.dumps({k: v for k, v in answer.items() if k != "timings_ms"}, sort_keys=True, ensure_ascii=False)


def run_load(url: str, questions: list[str], clients: int, requests: int, time_limit: float) -> dict:
    from gradio_client import Client

    host = urllib.parse.urlparse(url).hostname
    if host not in LOCAL:
        msg = f"the load test drives 127.0.0.1 only, not {host}"
        raise ConfigError(msg)
    plan = [questions[i % len(questions)] for i in range(requests)]
    single = Client(url, verbose=False)
    reference = {q: _comparable(single.predict(q, api_name="/ask")) for q in dict.fromkeys(plan)}

    local = threading.local()
    deadline = time.monotonic() + time_limit

    def one(question: str) -> tuple[float, str | None, bool]:
        if time.monotonic() > deadline:
            return 0.0, "not sent: time limit reached", False
        if not hasattr(local, "client"):
            local.client = Client(url, verbose=False)
        started = time.perf_counter()
        try:
            answer = local.client.predict(question, api_name="/ask")
        except Exception as exc:  # noqa: BLE001 - every failure is counted, not raised
            return (time.perf_counter() - started) * 1000, f"{type(exc).__name__}: {exc}"[:200], False
        return (time.perf_counter() - started) * 1000, None, _comparable(answer) != reference[question]

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        results = list(pool.map(one, plan))
    seconds = time.perf_counter() - started
    errors = [error for _, error, _ in results if error]
    latencies = [ms for ms, error, _ in results if not error]
    return {
        "url": url, "clients": clients, "requests": requests, "distinct_questions": len(reference),
        "seconds": round(seconds, 2), "throughput_per_s": round(len(latencies) / seconds, 2),
        "latency_ms": percentiles(latencies) if latencies else None,
        "errors": len(errors), "error_examples": sorted(set(errors))[:3],
        "differing_from_single_user": sum(differs for _, _, differs in results),
    }


def main(settings: Settings, url: str | None, clients: int, requests: int, time_limit: float, as_json: bool,
         out: Path | None) -> int:
    from .evaluation import read_jsonl

    questions = [row["q"] for row in read_jsonl(PACKAGE_ROOT / "evals" / "dev" / "qa.jsonl", ("id", "q"))]
    if url:
        result = run_load(url, questions, clients, requests, time_limit)
    else:
        with local_app(settings) as started:
            result = run_load(started, questions, clients, requests, time_limit)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    if as_json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
    else:
        latency = result["latency_ms"] or {}
        print(f"{result['clients']} clients, {result['requests']} requests ({result['distinct_questions']} distinct) "
              f"in {result['seconds']} s: {result['throughput_per_s']} answers/s; latency p50 {latency.get('p50')} ms, "
              f"p95 {latency.get('p95')} ms, max {latency.get('max')} ms; {result['errors']} errors; "
              f"{result['differing_from_single_user']} answers differ from the single-user answer")
    return 0 if not result["errors"] and not result["differing_from_single_user"] else 1
