"""`jobbtorg bench` runs on the shipped corpus and reports every figure it promises.
(Timings are reported, not asserted: they belong to the machine, not to the code.)"""

from __future__ import annotations

import json

from conftest import run_cli


def test_bench_reports_its_figures(tmp_path):
    out = tmp_path / "bench.json"
    result = run_cli("bench", "--json", "--out", str(out), "--index-dir", str(tmp_path / "unused"), check=True)
    data = json.loads(result.stdout)
    assert data == json.loads(out.read_text(encoding="utf-8"))
    assert data["ingest"]["documents"] == 5 and data["ingest"]["chunks"] > 0
    assert data["ask_ms"]["total"]["n"] >= 80 and data["check_ms"]["n"] >= 40
    for key in ("p50", "p95", "max"):
        assert data["ask_ms"]["total"][key] > 0 and data["ask_ms"]["retrieve"][key] > 0
    assert data["cold_start_to_first_answer_s"] > 0 and data["peak_rss_mb"] > 0
