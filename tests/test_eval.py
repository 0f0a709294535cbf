"""The eval runner on the shipped corpus: report, plots, comparison, and the CI gate."""

from __future__ import annotations

import json

from conftest import ROOT, run_cli

from assistant.evaluation import gate, holds, numbers_backed

THRESHOLDS = ROOT / "evals" / "thresholds.json"


def test_sets_have_the_promised_size_and_shape():
    qa = [json.loads(line) for line in (ROOT / "evals" / "qa.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    claims = [json.loads(line) for line in (ROOT / "evals" / "claims.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(qa) >= 80 and len(claims) >= 40
    assert len({r["id"] for r in qa}) == len(qa) and len({r["id"] for r in claims}) == len(claims)
    assert sum(r["type"] == "unanswerable" for r in qa) >= 12
    assert {"number", "factual", "computed", "english", "multidoc", "followup", "unanswerable"} <= {r["type"] for r in qa}
    assert {r["verdict"] for r in claims} == {"supported", "contradicted", "not_found"}
    for row in qa:
        assert set(row) >= {"id", "q", "type", "sources", "answer", "must"}
        assert (row["type"] == "unanswerable") == (row["must"] == [])


def test_must_groups_and_number_backing():
    assert holds("Det var 9472 personer, dvs. 19.1 %", [["9 472"], ["19,1", "tjugo"]])
    assert not holds("Det var 9472 personer", [["9 472"], ["19,1"]])
    assert numbers_backed("De var 1 812 [1] av 9472 [2].", ["varav 1 812 hade", "9 472 personer"])
    assert not numbers_backed("De var 1 813 [1].", ["varav 1 812 hade"])


def test_eval_runs_reports_and_passes_the_gate(shipped_index, tmp_path):
    out = tmp_path / "run1"
    result = run_cli("eval", "--out", str(out), "--json", "--gate", str(THRESHOLDS), "--index-dir", str(shipped_index.index_dir))
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    overall = summary["overall"]
    for key in ("answer_accuracy", "citation_hit", "citation_precision", "abstention_precision", "abstention_recall",
                "numeric_exactness", "retrieval_recall", "mrr", "latency_p50_ms", "latency_p95_ms", "claim_accuracy",
                "claim_accuracy_with_evidence"):
        assert overall[key] is not None, key
    assert set(summary["by_type"]) >= {"number", "english", "unanswerable", "computed"}
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "## By question type" in report and "## Failed questions" in report
    for plot in ("accuracy_by_type.png", "latency_hist.png"):
        assert (out / plot).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert len(results["qa"]) >= 80 and len(results["claims"]) >= 40
    assert gate(summary, json.loads(THRESHOLDS.read_text())) == []

    # Comparison: a copy in which one right answer went wrong shows it.
    right = next(r for r in results["qa"] if r["correct"])
    right["correct"] = False
    results["summary"]["overall"]["answer_accuracy"] -= 0.01
    worse = tmp_path / "worse.json"
    worse.write_text(json.dumps(results), encoding="utf-8")
    shown = run_cli("eval", "--compare", str(out / "results.json"), str(worse), check=True).stdout
    assert f"questions now wrong: {right['id']}" in shown
    assert "answer_accuracy" in shown and "worse" in shown


def test_eval_on_an_outside_set_and_a_failing_gate(shipped_index, tmp_path):
    qa = tmp_path / "qa.jsonl"
    qa.write_text(
        '{"id": "a", "q": "Hur många aspiranter fick arbete under juni månad?", "type": "number", '
        '"sources": ["002_c92b7a411cd0c83a.txt"], "answer": "32", "must": [["32"]]}\n'
        '{"id": "b", "q": "Vem är Sveriges statsminister?", "type": "unanswerable", "sources": [], "answer": "", "must": []}\n',
        encoding="utf-8",
    )
    claims = tmp_path / "claims.jsonl"
    claims.write_text('{"id": "c", "claim": "32 aspiranter fick arbete i juni", "verdict": "supported", '
                      '"sources": ["002_c92b7a411cd0c83a.txt"]}\n', encoding="utf-8")
    strict = tmp_path / "strict.json"
    strict.write_text('{"answer_accuracy": 1.01}', encoding="utf-8")
    result = run_cli("eval", "--set", str(qa), "--claims", str(claims), "--out", str(tmp_path / "o"), "--json",
                     "--gate", str(strict), "--index-dir", str(shipped_index.index_dir))
    assert result.returncode == 1 and "answer_accuracy" in result.stderr
    overall = json.loads(result.stdout)["overall"]
    assert overall["answer_accuracy"] == 1.0 and overall["abstention_recall"] == 1.0 and overall["claim_accuracy"] == 1.0
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n', encoding="utf-8")
    broken = run_cli("eval", "--set", str(bad), "--claims", str(claims), "--out", str(tmp_path / "x"), "--index-dir", str(shipped_index.index_dir))
    assert broken.returncode == 2 and "missing field(s) q" in broken.stderr
