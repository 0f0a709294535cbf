"""`jobbtorg bench`: timings on the shipped corpus and on a synthetic corpus at scale.

Shipped corpus: cold start to first answer in a fresh process; a clean ingest,
with the embedder timed alone on exactly the texts the ingest embedded (same
batches, tight loop); warm `ask` latency over the eval questions, split into
retrieval and composition; warm `check` latency over the eval claims.

Scale (`--scale N[,N...]`, default 20 000 chunks; 0 skips it; with
`--stores embedded,server` each size also against a `chroma run` server on
127.0.0.1 started here): a seeded synthetic
corpus (`synthetic.py`). A sample of it (`--real-sample` chunks) is ingested
with the real embedder to measure embedding throughput; the whole corpus is
ingested with vectors derived from real ones (embedding 20 000 chunks and their
sentences takes a quarter of an hour or more on two cores; `--real-sample N`
with N at the corpus size does it), which measures everything else: ingest throughput without
embedding, size on disk, index open, warm `ask` latency, and how BM25 and
dense search grow with the number of chunks. Each figure says which it was.
Each size also gets: the ingest's peak RSS (it runs in a forked process of its
own), the time to re-ingest one changed document, warm `check` latency, and a
one-line growth summary from the smallest size to the largest.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from .config import PACKAGE_ROOT, Settings

FIRST_QUESTION = "Hur många aspiranter fick arbete under juni månad?"


def percentiles(values: list[float]) -> dict:
    """p50, p95 and max of timings (nearest rank), rounded to 0.1.

    >>> percentiles([1.0, 2.0, 3.0, 4.0])
    {'p50': 3.0, 'p95': 4.0, 'max': 4.0, 'n': 4}
    """
    ordered = sorted(values)
    pick = lambda q: round(ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))], 1)  # noqa: E731
    return {"p50": pick(0.5), "p95": pick(0.95), "max": round(ordered[-1], 1), "n": len(ordered)}


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in _read("/proc/cpuinfo").splitlines()
                if line.startswith("model name")), platform.processor() or platform.machine())
    mem = next((line.split()[1] for line in _read("/proc/meminfo").splitlines() if line.startswith("MemTotal")), None)
    return {"cpus": os.cpu_count(), "cpu": cpu, "memory_gb": round(int(mem) / 2**20, 1) if mem else None,
            "python": sys.version.split()[0], "platform": platform.platform(terse=True)}


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def disk_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20, 1)


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


class RecordingEmbeddings:
    """Passes calls to a real embedder and records the batches it was given,
    so the embedder alone can be timed on the same batches afterwards."""

    def __init__(self, real):
        self.real = real
        self.embedder_id, self.dimension = real.embedder_id, real.dimension
        self.batches: list[list[str]] = []
        self.vectors: dict[str, list[float]] = {}

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.batches.append(list(texts))
        vectors = self.real.embed_documents(texts)
        self.vectors.update(zip(texts, vectors))
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return self.real.embed_query(text)


def _timed_ingest(files: list[Path], settings: Settings, embeddings) -> dict:
    from .ingest import ingest

    report = ingest(files, settings, progress=False, embeddings=embeddings)
    if report.failed:
        raise RuntimeError(f"benchmark ingest failed: {report.failed[0]}")
    return {"documents": report.documents, "chunks": report.chunks, "seconds": round(report.seconds, 2),
            "chunks_per_s": round(report.chunks / report.seconds, 1), "embed_seconds": round(report.embed_seconds, 2),
            "embedded_chunks": report.embedded, "embedded_sentences": report.embedded_sentences,
            "disk_mb": disk_mb(settings.index_dir)}


def real_embedding_run(files: list[Path], settings: Settings, real) -> dict:
    """Ingest with the real embedder, then the embedder alone on the same batches."""
    recorder = RecordingEmbeddings(real)
    result = _timed_ingest(files, settings, recorder)
    texts = sum(len(b) for b in recorder.batches)
    started = time.perf_counter()
    for batch in recorder.batches:
        real.embed_documents(batch)
    alone = texts / (time.perf_counter() - started)
    in_pipeline = texts / result["embed_seconds"]
    result.update({"texts_embedded": texts, "pipeline_texts_per_s": round(in_pipeline, 1),
                   "embedder_alone_texts_per_s": round(alone, 1),
                   "pipeline_vs_alone": round(in_pipeline / alone, 3)})
    result["_known"] = recorder.vectors
    return result


_CHILD = (
    "import sys\n"
    "from assistant.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "# VmHWM belongs to this process's own memory map, unlike ru_maxrss, which\n"
    "# a child started by vfork inherits from its parent.\n"
    "peak = next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
    "print('peak_kb', peak, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def cold_start(settings: Settings) -> tuple[float, float | None]:
    """Seconds from process start to the first answer printed, and the peak
    RSS (MB) of that answering process."""
    started = time.perf_counter()
    server = {"JOBBTORG_CHROMA_HOST": settings.chroma_host or "", "JOBBTORG_CHROMA_PORT": str(settings.chroma_port)}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, "ask", FIRST_QUESTION, "--json", "--index-dir", str(settings.index_dir)],
        check=True, capture_output=True, text=True, cwd=PACKAGE_ROOT, env={**os.environ, **server},
    )
    seconds = round(time.perf_counter() - started, 2)
    peak = next((line.split()[1] for line in done.stderr.splitlines() if line.startswith("peak_kb")), None)
    return seconds, round(int(peak) / 1024, 1) if peak else None


def _own_peak_rss_mb() -> float:
    with open("/proc/self/status") as status:
        return round(int(next(line.split()[1] for line in status if line.startswith("VmHWM"))) / 1024, 1)


def ingest_in_own_process(files: list[Path], settings: Settings, derived, work: Path) -> dict:
    """The derived-vector ingest in a process of its own, so its peak RSS is
    the ingest's, not the benchmark's. (A fork would share the parent's
    threads' locks and can hang; this starts a fresh interpreter.)"""
    import pickle

    spec = work / f"ingest-{settings.index_dir.name}.pickle"
    with open(spec, "wb") as handle:
        pickle.dump({"files": [str(f) for f in files], "known": derived.known, "index_dir": str(settings.index_dir),
                     "chroma_host": settings.chroma_host, "chroma_port": settings.chroma_port,
                     "collection": settings.collection, "embedder": settings.embedder,
                     "embedding_model": settings.embedding_model}, handle)
    done = subprocess.run([sys.executable, "-m", "assistant.benchmark", str(spec)], capture_output=True, text=True,
                          cwd=PACKAGE_ROOT, env={**os.environ, "JOBBTORG_CHROMA_HOST": settings.chroma_host or ""})
    if done.returncode != 0:
        raise RuntimeError(f"benchmark ingest failed: {(done.stderr.strip().splitlines() or ['?'])[-1]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _ingest_child(spec_path: str) -> None:
    import pickle

    from .embeddings import get_embeddings
    from .synthetic import DerivedEmbeddings

    with open(spec_path, "rb") as handle:
        spec = pickle.load(handle)
    settings = Settings.from_env(index_dir=Path(spec["index_dir"]), chroma_host=spec["chroma_host"],
                                 chroma_port=spec["chroma_port"], collection=spec["collection"],
                                 embedder=spec["embedder"], embedding_model=spec["embedding_model"])
    derived = DerivedEmbeddings(get_embeddings(settings), spec["known"])
    result = _timed_ingest([Path(f) for f in spec["files"]], settings, derived)
    print(json.dumps({**result, "peak_rss_mb": _own_peak_rss_mb()}))


def check_latency(assistant, claims: list[str]) -> dict:
    checks = []
    for claim in claims:
        started = time.perf_counter()
        assistant.check(claim)
        checks.append((time.perf_counter() - started) * 1000)
    return percentiles(checks)


TEXT_SENTENCES = 10  # the whole-text check is timed on drafts of this many sentences


def text_check_latency(assistant, claims: list[str], rounds: int = 4) -> dict:
    """Milliseconds to check drafts of ten sentences (ten claims in a row) with `check --text`."""
    times = []
    for start in range(0, rounds * TEXT_SENTENCES, TEXT_SENTENCES):
        draft = " ".join(c.rstrip(" .") + "." for c in (claims * 2)[start : start + TEXT_SENTENCES])
        started = time.perf_counter()
        assistant.check_text(draft)
        times.append((time.perf_counter() - started) * 1000)
    return percentiles(times)


def update_one(files: list[Path], settings: Settings, embeddings) -> dict:
    """Change one figure in one document and re-ingest that document alone."""
    from .ingest import ingest

    target = files[len(files) // 2]
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("procent", "procent (reviderat)", 1) if "procent" in text else text + "\n\nReviderad.",
                      encoding="utf-8")
    started = time.perf_counter()
    report = ingest([target], settings, progress=False, embeddings=embeddings)
    if report.updated != [target.name]:
        raise RuntimeError(f"benchmark update did not update {target.name}: {report.summary()}")
    return {"seconds": round(time.perf_counter() - started, 2), "document": target.name,
            "chunks_embedded": report.embedded}


def ask_latency(assistant, questions: list[str]) -> dict:
    from .embeddings import forget_queries

    forget_queries()  # each question's vector is computed, as for a new question
    retrieve, compose, total = [], [], []
    for question in questions:
        answer = assistant.ask(question)
        retrieve.append(answer.timings_ms["retrieve"])
        compose.append(answer.timings_ms["answer"])
        total.append(answer.timings_ms["total"])
    return {"total": percentiles(total), "retrieve": percentiles(retrieve), "answer": percentiles(compose)}


def search_cost(assistant, questions: list[str], k: int = 20) -> dict:
    """Median ms of one BM25 search and one dense search (query vector cached)."""
    from .store import open_index

    index = open_index(assistant.settings)
    lexical, collection = index.lexical(), index.collection(assistant.embeddings)
    bm25, dense = [], []
    for question in questions:
        vector = assistant.embeddings.embed_query(question)
        started = time.perf_counter()
        lexical.search(question, k=k)
        middle = time.perf_counter()
        index.dense_search(collection, vector, k)
        bm25.append((middle - started) * 1000)
        dense.append((time.perf_counter() - middle) * 1000)
    return {"chunks": len(index.live_chunk_ids), "bm25_ms": round(statistics.median(bm25), 2),
            "dense_ms": round(statistics.median(dense), 2)}


def shipped_run(settings: Settings, work: Path, questions: list[str], claims: list[str]) -> tuple[dict, dict]:
    from .chain import Assistant
    from .embeddings import get_embeddings

    fresh = replace(settings, index_dir=work / "shipped", chroma_host=None)
    files = sorted(p for p in settings.corpus_dir.iterdir() if p.is_file())
    ingest = real_embedding_run(files, fresh, get_embeddings(fresh))
    known = ingest.pop("_known")
    seconds, rss = cold_start(fresh)
    result: dict = {"ingest": ingest, "cold_start_to_first_answer_s": seconds, "answering_process_peak_rss_mb": rss}
    assistant = Assistant(fresh)
    result["ask_ms"] = ask_latency(assistant, questions)
    result["check_ms"] = check_latency(assistant, claims)
    result["check_text_10_sentences_ms"] = text_check_latency(assistant, claims)
    result["search"] = search_cost(assistant, questions)
    return result, known


def scale_run(settings: Settings, work: Path, target: int, real_sample: int, questions: list[str], claims: list[str],
              known: dict, store: str = "embedded") -> dict:
    from .chain import Assistant
    from .embeddings import get_embeddings
    from .synthetic import DerivedEmbeddings, synthetic_corpus

    shipped = sorted(p for p in settings.corpus_dir.iterdir() if p.is_file() and p.suffix == ".txt")
    started = time.perf_counter()
    files, chunks = synthetic_corpus(shipped, work / f"synthetic-{target}-{store}", target)
    result: dict = {"store": store, "target_chunks": target, "files": len(files), "generated_chunks": chunks,
                    "generate_seconds": round(time.perf_counter() - started, 1)}
    real = get_embeddings(settings)

    if real_sample:
        sample, count = [], 0
        for path in files:
            if count >= real_sample:
                break
            sample.append(path)
            count += len(_chunks_of(path))
        sample_settings = replace(settings, index_dir=work / "sample", chroma_host=None)
        run = real_embedding_run(sample, sample_settings, real)
        run.pop("_known")
        sample_assistant = Assistant(sample_settings)
        run["ask_ms"] = ask_latency(sample_assistant, questions)
        run["search"] = search_cost(sample_assistant, questions)
        result["real_embedding_sample"] = run

    derived = DerivedEmbeddings.from_vectors(real, known)
    # A collection per run: on a server, runs of two sizes must not share one.
    scale_settings = replace(settings, index_dir=work / f"scale-{target}-{store}", collection=f"jobbtorg-scale-{target}")
    if store == "embedded":
        scale_settings = replace(scale_settings, chroma_host=None)
    result["derived_vectors_ingest"] = ingest_in_own_process(files, scale_settings, derived, work)
    if real_sample:
        # What a real run would embed is exactly what the derived run embedded
        # (distinct texts), at the sample's rate in the pipeline.
        derived_run, sample_run = result["derived_vectors_ingest"], result["real_embedding_sample"]
        texts = derived_run["embedded_chunks"] + derived_run["embedded_sentences"]
        result["estimated_real_ingest_min"] = round(
            (derived_run["seconds"] - derived_run["embed_seconds"] + texts / sample_run["pipeline_texts_per_s"]) / 60, 1)
    result["update_one_document"] = update_one(files, scale_settings, derived)
    result["derived_vectors_ingest"]["disk_mb_by_part"] = {
        part: disk_mb(scale_settings.index_dir / part) for part in ("chroma", "docs", "bm25")}
    result["cold_start_to_first_answer_s"], result["answering_process_peak_rss_mb"] = cold_start(scale_settings)
    started = time.perf_counter()
    assistant = Assistant(scale_settings, embeddings=derived)
    result["open_and_warm_up_s"] = round(time.perf_counter() - started, 2)
    result["ask_ms"] = ask_latency(assistant, questions)
    result["check_ms"] = check_latency(assistant, claims)
    result["search"] = search_cost(assistant, questions)
    return result


def growth(small: dict, large: dict) -> str:
    """One line: how the figures grow from one size to the next."""
    factor = large["derived_vectors_ingest"]["chunks"] / max(1, small["derived_vectors_ingest"]["chunks"])

    def times(path) -> str:
        a, b = small, large
        for key in path:
            a, b = a[key], b[key]
        return f"×{b / a:.1f}" if a else "n/a"

    return (f"{large['store']}: {factor:.0f}× the chunks -> ask p95 {times(('ask_ms', 'total', 'p95'))}, "
            f"check p95 {times(('check_ms', 'p95'))}, update {times(('update_one_document', 'seconds'))}, "
            f"ingest peak RSS {times(('derived_vectors_ingest', 'peak_rss_mb'))}, "
            f"cold start {times(('cold_start_to_first_answer_s',))}")


@contextlib.contextmanager
def chroma_server(folder: Path):
    """A `chroma run` on a free 127.0.0.1 port for the server figures; stopped after."""
    import shutil
    import socket

    from .loadtest import wait_until_serving

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    binary = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "chroma.log", "w") as log:
        process = subprocess.Popen([binary, "run", "--path", str(folder / "data"), "--host", "127.0.0.1", "--port", str(port)],
                                   stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
    try:
        wait_until_serving(f"http://127.0.0.1:{port}/api/v2/heartbeat", process, 60)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def _chunks_of(path: Path):
    from .ingest import parse_document
    from .loading import load_document

    return parse_document(load_document(path)).chunks


def run(settings: Settings, scales: tuple[int, ...] = (20000,), real_sample: int = 300,
        stores: tuple[str, ...] = ("embedded",)) -> dict:
    from .evaluation import read_jsonl

    evals = PACKAGE_ROOT / "evals"
    questions = [row["q"] for row in read_jsonl(evals / "dev" / "qa.jsonl", ("id", "q"))]
    claims = [row["claim"] for row in read_jsonl(evals / "dev" / "claims.jsonl", ("id", "claim"))]
    result: dict = {"machine": machine(), "measured": time.strftime("%Y-%m-%d")}
    with tempfile.TemporaryDirectory(prefix="jobbtorg-bench-") as tmp:
        work = Path(tmp)
        result["shipped"], known = shipped_run(settings, work, questions, claims)
        result["peak_rss_mb_shipped"] = peak_rss_mb()
        runs = []
        for store in stores:
            with chroma_server(work / "chroma-server") if store == "server" else contextlib.nullcontext() as port:
                at = replace(settings, chroma_host="127.0.0.1", chroma_port=port) if port else settings
                for size in (s for s in scales if s):
                    sample = real_sample if not runs else 0  # the embedding throughput is measured once
                    runs.append(scale_run(at, work, size, sample, questions, claims, known, store))
        if runs:
            result["scale"], result["scale_runs"] = runs[0], runs
            result["growth"] = [growth(min(group, key=lambda r: r["target_chunks"]), max(group, key=lambda r: r["target_chunks"]))
                                for store in stores
                                for group in [[r for r in runs if r["store"] == store]] if len(group) > 1]
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def render(result: dict) -> str:
    m, s = result["machine"], result["shipped"]
    ask, ingest = s["ask_ms"], s["ingest"]
    lines = [
        f"machine                        {m['cpus']} CPUs ({m['cpu']}), {m['memory_gb']} GB, Python {m['python']}",
        "— shipped corpus, real e5 vectors",
        f"cold start -> first answer     {s['cold_start_to_first_answer_s']} s (that process's peak RSS "
        f"{s['answering_process_peak_rss_mb']} MB)",
        f"ingest                         {ingest['documents']} docs, {ingest['chunks']} chunks in {ingest['seconds']} s; "
        f"embedding {ingest['texts_embedded']} texts (chunks + sentences) in {ingest['embed_seconds']} s",
        f"embedding throughput           pipeline {ingest['pipeline_texts_per_s']} texts/s, embedder alone "
        f"{ingest['embedder_alone_texts_per_s']} texts/s ({ingest['pipeline_vs_alone']:.0%})",
        f"ask, warm (ms)                 p50 {ask['total']['p50']}  p95 {ask['total']['p95']}  max {ask['total']['max']}  (n={ask['total']['n']})",
        f"  retrieval / composition      p50 {ask['retrieve']['p50']} / {ask['answer']['p50']}  "
        f"p95 {ask['retrieve']['p95']} / {ask['answer']['p95']}",
        f"check, warm (ms)               p50 {s['check_ms']['p50']}  p95 {s['check_ms']['p95']}  (n={s['check_ms']['n']})",
        f"check --text, 10 sentences (ms) p50 {s['check_text_10_sentences_ms']['p50']}  "
        f"p95 {s['check_text_10_sentences_ms']['p95']}  (n={s['check_text_10_sentences_ms']['n']})",
        f"peak RSS of the benchmark      {result['peak_rss_mb_shipped']} MB (with the ingest)",
    ]
    for scale in result.get("scale_runs") or ([result["scale"]] if result.get("scale") else []):
        d = scale["derived_vectors_ingest"]
        where = "a `chroma run` server on 127.0.0.1" if scale.get("store") == "server" else "the embedded store"
        lines.append(f"— synthetic corpus: {scale['files']} files, {d['chunks']} chunks (seeded), {where}")
        sample, chunks_at_scale = scale.get("real_embedding_sample"), d["chunks"]
        if sample:
            lines.append(
                f"real e5 sample                 {sample['documents']} docs, {sample['chunks']} chunks in {sample['seconds']} s "
                f"({sample['chunks_per_s']} chunks/s end to end); embedding {sample['pipeline_texts_per_s']} texts/s in the "
                f"pipeline vs {sample['embedder_alone_texts_per_s']} alone ({sample['pipeline_vs_alone']:.0%}); all "
                f"{chunks_at_scale} chunks ({d['embedded_chunks'] + d['embedded_sentences']} distinct texts to embed) "
                f"at that rate: about {scale['estimated_real_ingest_min']} min")
            lines.append(f"  ask on it, warm (ms)         p50 {sample['ask_ms']['total']['p50']}  p95 {sample['ask_ms']['total']['p95']}  "
                         f"max {sample['ask_ms']['total']['max']}")
        a, c, u = scale["ask_ms"], scale.get("check_ms"), scale.get("update_one_document")
        lines += [
            f"ingest, derived vectors        {d['seconds']} s ({d['chunks_per_s']} chunks/s without embedding time); "
            f"peak RSS of the ingesting process {d.get('peak_rss_mb')} MB",
        ]
        if u:
            lines.append(f"re-ingest one changed document {u['seconds']} s ({u['document']}, {u['chunks_embedded']} chunks embedded)")
        lines += [
            f"on disk                        {d['disk_mb']} MB ({', '.join(f'{k} {v} MB' for k, v in d['disk_mb_by_part'].items())})",
            f"cold start -> first answer     {scale['cold_start_to_first_answer_s']} s (that process's peak RSS "
            f"{scale['answering_process_peak_rss_mb']} MB); open + warm-up in process {scale['open_and_warm_up_s']} s",
            f"ask, warm (ms)                 p50 {a['total']['p50']}  p95 {a['total']['p95']}  max {a['total']['max']}  (n={a['total']['n']})",
            f"  retrieval / composition      p50 {a['retrieve']['p50']} / {a['answer']['p50']}  "
            f"p95 {a['retrieve']['p95']} / {a['answer']['p95']}",
        ]
        if c:
            lines.append(f"check, warm (ms)               p50 {c['p50']}  p95 {c['p95']}  (n={c['n']})")
        points = [s["search"]] + ([sample["search"]] if sample else []) + [scale["search"]]
        lines.append("search cost by size (median ms) " + ";  ".join(
            f"{p['chunks']} chunks: BM25 {p['bm25_ms']}, dense {p['dense_ms']}" for p in points))
    lines += [f"growth                         {line}" for line in result.get("growth", [])]
    if result.get("scale"):
        lines.append(f"peak RSS of the benchmark      {result['peak_rss_mb']} MB (with the ingests of the synthetic corpus)")
    return "\n".join(lines)


def main(settings: Settings, as_json: bool, out: Path | None, scales: tuple[int, ...] = (20000,), real_sample: int = 300,
         stores: tuple[str, ...] = ("embedded",)) -> None:
    result = run(settings, scales, real_sample, stores)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(result, indent=1, ensure_ascii=False) if as_json else render(result))


if __name__ == "__main__":  # the ingest process of `ingest_in_own_process`
    _ingest_child(sys.argv[1])
