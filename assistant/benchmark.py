"""`jobbtorg bench`: timings on the shipped corpus (the scale run is issue 7's).

Measures, in this order: cold start to first answer in a fresh process, a
clean ingest into a temporary index (with the embedder's own speed on the same
texts in a tight loop beside it), warm `ask` latency over the eval questions
split into retrieval and composition, warm `check` latency over the eval
claims, and the peak RSS of the process that did the warm runs.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from .config import PACKAGE_ROOT, Settings


def _percentiles(values: list[float]) -> dict:
    ordered = sorted(values)
    pick = lambda q: round(ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))], 1)  # noqa: E731
    return {"p50": pick(0.5), "p95": pick(0.95), "max": round(ordered[-1], 1), "n": len(ordered)}


def cold_start(settings: Settings) -> float:
    """Seconds from process start to the first answer printed."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ask", "Hur många aspiranter fick arbete under juni månad?", "--json",
         "--index-dir", str(settings.index_dir)],
        check=True, capture_output=True, cwd=PACKAGE_ROOT, env={**os.environ},
    )
    return round(time.perf_counter() - started, 2)


def run(settings: Settings) -> dict:
    from .chain import Assistant
    from .evaluation import read_jsonl
    from .ingest import ingest, parse_document
    from .loading import load_document

    evals = PACKAGE_ROOT / "evals"
    result: dict = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
    with tempfile.TemporaryDirectory() as tmp:
        fresh = replace(settings, index_dir=Path(tmp) / "index", chroma_host=None)
        report = ingest([settings.corpus_dir], fresh, progress=False)
        texts = [c.text for p in sorted(settings.corpus_dir.iterdir()) if p.is_file()
                 for c in parse_document(load_document(p)).chunks]
        assistant = Assistant(fresh)
        started = time.perf_counter()
        for i in range(0, len(texts), fresh.batch_size):
            assistant.embeddings.embed_documents(texts[i : i + fresh.batch_size])
        tight = len(texts) / (time.perf_counter() - started)
        result["ingest"] = {"documents": report.documents, "chunks": report.chunks, "seconds": round(report.seconds, 2),
                            "embed_seconds": round(report.embed_seconds, 2),
                            "embedder_alone_chunks_per_s": round(tight, 1)}
        result["cold_start_to_first_answer_s"] = cold_start(fresh)
        questions = read_jsonl(evals / "qa.jsonl", ("id", "q"))
        retrieve, compose, total = [], [], []
        for row in questions:
            answer = assistant.ask(row["q"])
            retrieve.append(answer.timings_ms["retrieve"])
            compose.append(answer.timings_ms["answer"])
            total.append(answer.timings_ms["total"])
        result["ask_ms"] = {"total": _percentiles(total), "retrieve": _percentiles(retrieve), "answer": _percentiles(compose)}
        checks = []
        for row in read_jsonl(evals / "claims.jsonl", ("id", "claim")):
            started = time.perf_counter()
            assistant.check(row["claim"])
            checks.append((time.perf_counter() - started) * 1000)
        result["check_ms"] = _percentiles(checks)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


def render(result: dict) -> str:
    ask, ingest = result["ask_ms"], result["ingest"]
    lines = [
        f"machine                      {result['machine']['cpus']} CPUs, Python {result['machine']['python']}",
        f"cold start -> first answer   {result['cold_start_to_first_answer_s']} s",
        f"ingest (shipped corpus)      {ingest['documents']} docs, {ingest['chunks']} chunks in {ingest['seconds']} s "
        f"(embedding {ingest['embed_seconds']} s; the embedder alone: {ingest['embedder_alone_chunks_per_s']} chunks/s)",
        f"ask, warm (ms)               p50 {ask['total']['p50']}  p95 {ask['total']['p95']}  max {ask['total']['max']}  "
        f"(n={ask['total']['n']})",
        f"  retrieval                  p50 {ask['retrieve']['p50']}  p95 {ask['retrieve']['p95']}",
        f"  answer composition         p50 {ask['answer']['p50']}  p95 {ask['answer']['p95']}",
        f"check, warm (ms)             p50 {result['check_ms']['p50']}  p95 {result['check_ms']['p95']}  (n={result['check_ms']['n']})",
        f"peak RSS                     {result['peak_rss_mb']} MB",
    ]
    return "\n".join(lines)


def main(settings: Settings, as_json: bool, out: Path | None) -> None:
    result = run(settings)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(json.dumps(result, indent=1) if as_json else render(result))
