"""What the scale benchmark and several ingest processes rely on: a seeded
synthetic corpus, derived vectors with real neighbourhoods, texts embedded once
per run, and garbage collection that leaves another ingest's vectors alone."""

from __future__ import annotations

import json
import os
import socket

import numpy as np
import pytest

from conftest import CORPUS, make_settings

from assistant.chunking import split_sentences
from assistant.embeddings import get_embeddings
from assistant.figures import document_figures
from assistant.ingest import ingest, parse_document
from assistant.loading import load_document
from assistant.store import Index
from assistant.synthetic import DerivedEmbeddings, letters_key, synthetic_corpus

SHIPPED = sorted(CORPUS.glob("*.txt"))


def test_synthetic_corpus_is_seeded_and_varies_the_figures(tmp_path):
    files_a, chunks_a = synthetic_corpus(SHIPPED, tmp_path / "a", 400, seed=7)
    files_b, chunks_b = synthetic_corpus(SHIPPED, tmp_path / "b", 400, seed=7)
    files_c, _ = synthetic_corpus(SHIPPED, tmp_path / "c", 400, seed=8)
    assert chunks_a == chunks_b >= 400
    assert [f.read_bytes() for f in files_a] == [f.read_bytes() for f in files_b]
    assert [f.read_bytes() for f in files_a] != [f.read_bytes() for f in files_c]
    counted = sum(len(parse_document(load_document(f)).chunks) for f in files_a)
    assert counted == chunks_a
    # A variant of 001 keeps its words and changes its figures.
    variant = next(f for f in files_a if "_001" in f.name).read_text(encoding="utf-8")
    assert "skrev in" in variant and "9472 personer" not in variant
    assert len({f.read_text(encoding="utf-8") for f in files_a}) == len(files_a)


def test_derived_vectors_sit_next_to_the_real_vector_of_the_sentence_they_vary(shipped_index):
    real = get_embeddings(shipped_index)
    record = parse_document(load_document(SHIPPED[1]))
    sentences = [record.text[s.start : s.end] for s in record.sentences]
    derived = DerivedEmbeddings.from_texts(real, sentences)
    assert derived.embedder_id == real.embedder_id and derived.dimension == real.dimension
    original = "Från den 1 januari till och med den oktober 2008 tog Jobbtorg Stockholm emot och skrev in 9472 personer."
    varied = original.replace("9472", "8 113").replace("2008", "2011")
    assert letters_key(varied) == letters_key(original)
    v = np.asarray(derived.embed_documents([varied])[0])
    real_vectors = np.asarray(real.embed_documents(sentences))
    similarities = real_vectors @ v
    assert sentences[int(np.argmax(similarities))].startswith("Från den 1 januari")
    assert 0.9 < similarities.max() < 1.0  # noise, but the same neighbourhood
    assert derived.embed_documents([varied]) == derived.embed_documents([varied])  # seeded by the text
    unknown = np.asarray(derived.embed_documents(["Helt annan text om väder och vind."])[0])
    assert abs(np.linalg.norm(unknown) - 1) < 1e-5 and (real_vectors @ unknown).max() < 0.5


def test_a_text_shared_by_documents_is_embedded_once(tmp_path):
    shared = "Jobbtorg Stockholm är stadens gemensamma arbetsmarknadsenhet för arbetslösa stockholmare. "
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, own in (("a.txt", "I januari fanns 971 inskrivna."), ("b.txt", "I juni fanns 1 200 inskrivna.")):
        (folder / name).write_text(f"Rapport om läget\n\n{shared}{own}\n", encoding="utf-8")
    report = ingest([folder], make_settings(tmp_path / "index"), progress=False)
    texts = set()
    for path in sorted(folder.iterdir()):
        record = parse_document(load_document(path))
        texts |= {record.text[s.start : s.end] for s in split_sentences(record.text)}
        texts |= {f.counts for f in document_figures(record)}  # each figure's own words have a row too
    assert report.embedded_sentences == len(texts)  # the shared sentence (and heading) counted once
    records = [parse_document(load_document(p)) for p in folder.iterdir()]
    assert report.embedded_sentences < sum(len(r.sentences) + len(document_figures(r)) for r in records)


def test_garbage_collection_spares_sources_another_ingest_is_working_on(tmp_path, corpus_copy):
    settings = make_settings(tmp_path / "index")
    assert ingest([corpus_copy], settings, progress=False).ok
    index = Index(settings)
    embeddings = get_embeddings(settings)
    collection = index.collection(embeddings)
    source = "003_a1fd56d9e386bfcd.txt"
    # What another ingest's update of 003 has written but not yet committed:
    collection.upsert(ids=["in-flight-003"], embeddings=[[0.0] * 383 + [1.0]], metadatas=[{"source": source}],
                      documents=["ny version"])
    # ... and the record it wrote for it before committing (records are written batch by batch).
    from assistant.store import record_prefix

    their_record = tmp_path / "index" / f"{record_prefix(source)}0123456789ab.p1.json"
    their_record.write_text("{}", encoding="utf-8")
    marker = tmp_path / "index" / ".pending" / "other.json"
    marker.write_text(json.dumps({"host": socket.gethostname(), "pid": os.getppid(), "sources": [source]}), encoding="utf-8")

    edited = corpus_copy / "001_67a7f12664a140df.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("9472 personer", "9473 personer"), encoding="utf-8")
    assert ingest([edited], settings, progress=False).updated == [edited.name]
    assert collection.get(ids=["in-flight-003"], include=[])["ids"] == ["in-flight-003"] and their_record.exists()

    # The other ingest died: its marker names a process that is gone; the next run collects.
    marker.write_text(json.dumps({"host": socket.gethostname(), "pid": 2**22 + 12345, "sources": [source]}), encoding="utf-8")
    edited.write_text(edited.read_text(encoding="utf-8").replace("9473 personer", "9474 personer"), encoding="utf-8")
    assert ingest([edited], settings, progress=False).ok
    assert collection.get(ids=["in-flight-003"], include=[])["ids"] == [] and not their_record.exists()
    assert not marker.exists() and not list((tmp_path / "index" / ".pending").iterdir())


def _chunk_texts(settings):
    index = Index(settings)
    ids, texts = [], []
    for doc in index.documents:
        for chunk in index.record(doc["source"]).chunks:
            ids.append(chunk.id)
            texts.append(chunk.text)
    return ids, texts


def test_bm25_scores_are_bm25s_lucene_scores(shipped_index):
    """The lexical index keeps term frequencies so that it can be updated; its
    scores are those bm25s computes (Lucene's BM25, k1 1.2, b 0.75) over the same tokens."""
    import bm25s

    from assistant.evaluation import read_jsonl
    from assistant.lexical import LexicalIndex, tokenize

    ids, texts = _chunk_texts(shipped_index)
    ours = LexicalIndex.build(ids, texts)
    reference = bm25s.BM25(k1=1.2, b=0.75)
    reference.index([tokenize(t, ours.decompounder) or ["\u2205"] for t in texts], show_progress=False)
    questions = [row["q"] for row in read_jsonl(CORPUS.parent.parent / "evals" / "dev" / "qa.jsonl", ("q",))][:40]
    compared = 0
    for question in questions:
        tokens = [t for t in ours.tokens(question) if t in reference.vocab_dict]
        if not tokens:
            continue
        rows, scores = reference.retrieve([tokens], k=6, show_progress=False, n_threads=1)
        ranked = [(ids[int(r)], round(float(s), 4)) for r, s in zip(rows[0], scores[0]) if s > 0]
        expected = ranked[:5]
        got = [(h.chunk_id, round(h.score, 4)) for h in ours.search(question, k=5)]
        # bm25s scores in float32: the fourth decimal may round either way.
        assert [s for _, s in got] == pytest.approx([s for _, s in expected], abs=2e-4), question
        # Chunks of equal score are in either order, also across the cut at five.
        tied_at_cut = len(ranked) > 5 and ranked[4][1] == ranked[5][1]
        assert {c for c, _ in got} == {c for c, _ in expected} or len({s for _, s in got}) < len(got) or tied_at_cut, question
        compared += 1
    assert compared >= 30


def test_a_changed_document_replaces_only_its_own_bm25_rows(tmp_path, corpus_copy):
    """Re-ingesting one changed document reuses every other chunk's BM25 row as
    it was; the changed text is found, the old one is not, and the result is
    what a fresh build ranks first."""
    settings = make_settings(tmp_path / "index")
    assert ingest([corpus_copy], settings, progress=False).ok
    before = Index(settings).lexical()
    edited = corpus_copy / "001_67a7f12664a140df.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("9472 personer", "9475 personer"), encoding="utf-8")
    assert ingest([edited], settings, progress=False).updated == [edited.name]
    after = Index(settings).lexical()
    changed = set(Index(settings).document(edited.name)["chunk_ids"]) - set(before.chunk_ids)
    assert changed and set(after.chunk_ids) - set(before.chunk_ids) == changed
    # Rows of other documents are the very rows they had.
    other = next(c for c in after.chunk_ids if c not in changed and c in before.chunk_ids)
    row_before = before.matrix[before.chunk_ids.index(other)]
    row_after = after.matrix[after.chunk_ids.index(other)]
    assert {before.vocab[i]: v for i, v in zip(row_before.indices, row_before.data)} == \
           {after.vocab[i]: v for i, v in zip(row_after.indices, row_after.data)}
    assert after.search("9475 personer", k=1)[0].chunk_id in changed
    assert "9472" not in after.doc_freq or after.doc_freq["9472"] < before.doc_freq["9472"]
    ids, texts = _chunk_texts(settings)
    fresh = type(after).build(ids, texts)
    assert fresh.search("9475 personer", k=1)[0].chunk_id == after.search("9475 personer", k=1)[0].chunk_id


def test_a_run_larger_than_its_embedding_memory_streams_through(tmp_path, corpus_copy, monkeypatch):
    """Batches and the bounded memory of vectors embedded this run: with both
    tiny, a whole corpus goes through, each text still embedded once per batch
    at most, and the index answers as one built in one go."""
    from assistant import ingest as ingest_module

    monkeypatch.setattr(ingest_module, "EMBED_MEMORY", 3)
    monkeypatch.setattr(ingest_module, "BATCH_CHUNKS", 5)
    settings = make_settings(tmp_path / "index", batch_size=4)
    report = ingest([corpus_copy], settings, progress=False)
    assert report.ok and report.documents == len(list(corpus_copy.glob("*.txt")))
    index = Index(settings)
    assert index.collection(get_embeddings(settings)).count() == len(index.live_chunk_ids) == report.chunks
    assert index.lexical().search("aspiranter arbete juni", k=1)
