"""A run killed at any point leaves the previous index answering exactly as before."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from conftest import ROOT, make_settings, run_cli

from assistant.embeddings import get_embeddings
from assistant.ingest import ingest
from assistant.store import Index


QUESTIONS = ("Hur många aspiranter fick arbete under juni månad?", "Hur många personer skrev Jobbtorg Stockholm in 2008?",
             "Vad kostar vuxenutbildningen?")


def _snapshot(settings) -> tuple:
    from assistant import store
    from assistant.chain import Assistant

    store._OPEN.clear()  # read the index from disk, as a new process would
    answers = [{k: v for k, v in Assistant(settings, warm=False).ask(q).to_json().items() if k != "timings_ms"}
               for q in QUESTIONS]
    index = Index(settings)
    embeddings = get_embeddings(settings)
    collection = index.collection(embeddings)
    dense = index.dense_search(collection, embeddings.embed_query("Hur många fick ett arbete?"), 5)
    lexical = index.lexical().search("aspiranter arbete juni", k=5)
    texts = {d["source"]: index.record(d["source"]).text for d in index.documents}
    return index.manifest, [(cid, round(dist, 5)) for cid, dist, _ in dense], lexical, texts, answers


def test_sigkill_during_ingest_at_several_points(tmp_path, corpus_copy):
    settings = make_settings(tmp_path / "index", batch_size=2)
    ingest([corpus_copy / "000_10e06c5843140a80.txt", corpus_copy / "003_a1fd56d9e386bfcd.txt"], settings, progress=False)
    before = _snapshot(settings)
    env = {**os.environ, "JOBBTORG_INDEX_DIR": str(settings.index_dir), "JOBBTORG_BATCH_SIZE": "2"}
    killed_mid_embedding = 0
    # Kill at random points, later and later: each killed run gets further
    # (its vectors are reused by the next), until one finishes before its kill.
    rng = random.Random(int(os.environ.get("JOBBTORG_TEST_SEED", "8")))
    for delay in [0.5 * step + rng.uniform(0, 0.5) for step in range(1, 25)]:
        process = subprocess.Popen(
            [sys.executable, "-m", "assistant.cli", "ingest", str(corpus_copy), "--quiet"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        if process.poll() is not None:
            break  # it finished first: that run committed, the kills before it did not
        process.send_signal(signal.SIGKILL)
        process.wait()
        after = _snapshot(settings)
        if after != before:
            # Killed after its commit point (cleaning up): then the new index is whole.
            manifest = after[0]
            assert manifest["generation"] == before[0]["generation"] + 1 and len(manifest["documents"]) == 5, delay
            index = Index(settings)
            stored = set(index.collection(get_embeddings(settings)).get(include=[])["ids"])
            assert index.live_chunk_ids <= stored
            break
        index = Index(settings)
        killed_mid_embedding += index.collection(get_embeddings(settings)).count() > len(index.live_chunk_ids)
    # At least one kill landed after vectors had been written (they are orphans now).
    assert killed_mid_embedding >= 1
    report = ingest([corpus_copy], settings, progress=False)
    assert report.ok and report.documents == 5
    index = Index(settings)
    assert index.collection(get_embeddings(settings)).count() == len(index.live_chunk_ids)
    assert run_cli("docs", "--index-dir", str(settings.index_dir)).returncode == 0


def test_concurrent_ingests_into_one_index_are_serialised(tmp_path, corpus_copy):
    index_dir = tmp_path / "index"
    env = {**os.environ, "JOBBTORG_INDEX_DIR": str(index_dir)}
    halves = [sorted(corpus_copy.glob("*.txt"))[:2], sorted(corpus_copy.glob("*.txt"))[2:]]
    processes = [
        subprocess.Popen([sys.executable, "-m", "assistant.cli", "ingest", *map(str, half), "--quiet"],
                         cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for half in halves
    ]
    for process in processes:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    settings = make_settings(index_dir)
    index = Index(settings)
    assert len(index.documents) == 5
    assert index.collection(get_embeddings(settings)).count() == len(index.live_chunk_ids)


def test_previous_generation_files_kept_one_round(tmp_path, corpus_copy):
    settings = make_settings(tmp_path / "index")
    target = corpus_copy / "003_a1fd56d9e386bfcd.txt"
    ingest([target], settings, progress=False)
    first = Index(settings).manifest
    original = target.read_text(encoding="utf-8")
    for n, amount in enumerate(("21 miljoner", "22 miljoner")):
        target.write_text(original.replace("20 miljoner", amount), encoding="utf-8")
        ingest([target], settings, progress=False)
        if n == 0:
            # A reader holding the first manifest can still read its files.
            assert (settings.index_dir / first["documents"][0]["record"]).exists()
            assert (settings.index_dir / first["bm25"]).exists()
    assert not (settings.index_dir / first["documents"][0]["record"]).exists()
    assert not (settings.index_dir / first["bm25"]).exists()
    assert len(list((settings.index_dir / "docs").glob("*.json"))) == 2
    assert len(list((settings.index_dir / "bm25").iterdir())) == 2
