"""Many users at once: `jobbtorg bench --load` starts the app, drives its /ask
API from concurrent gradio_client sessions and compares every answer with the
single-user answer. (Throughput and latency are reported, not asserted.)"""

from __future__ import annotations

import json
import shutil

from conftest import run_cli


def test_concurrent_clients_get_the_single_user_answers(shipped_index, tmp_path):
    index_dir = tmp_path / "index"
    shutil.copytree(shipped_index.index_dir, index_dir)
    out = tmp_path / "load.json"
    result = run_cli("bench", "--load", "--clients", "8", "--requests", "64", "--json", "--out", str(out),
                     "--index-dir", str(index_dir))
    report = json.loads(result.stdout)
    assert result.returncode == 0, result.stderr
    assert report == json.loads(out.read_text(encoding="utf-8"))
    assert report["requests"] == 64 and report["clients"] == 8 and report["distinct_questions"] >= 60
    assert report["errors"] == 0 and report["differing_from_single_user"] == 0
    assert report["latency_ms"]["n"] == 64 and report["throughput_per_s"] > 0
    assert report["url"].startswith("http://127.0.0.1:")


def test_load_test_refuses_other_hosts(tmp_path):
    result = run_cli("bench", "--load", "--url", "http://example.org:7860/", "--index-dir", str(tmp_path))
    assert result.returncode == 2 and "127.0.0.1 only" in result.stderr and "Traceback" not in result.stderr
