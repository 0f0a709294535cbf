"""Ingest files into the index: load -> clean -> metadata -> chunks -> vectors.

Idempotent and incremental: a file whose bytes (and the pipeline) are
unchanged is skipped; a changed file replaces all of its chunks; vectors of
unchanged chunk texts are reused, never recomputed. Bad files are reported one
line each and do not stop the others. The run commits in one atomic rename
(see `store`), so a failure part-way leaves the previous index as it was.
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from .chunking import make_chunks, split_sentences
from .cleaning import clean_document, is_table_line, paragraphs
from .config import Settings
from .embeddings import get_embeddings
from .errors import DocumentNotFound, IndexMissing, JobbtorgError, UnsupportedDocument
from .figures import document_figures, linear_row, table_caption, table_context
from .lexical import LEXICAL_VERSION, LexicalIndex
from .loading import MAX_SENTENCES, LoadedDocument, load_document
from .metadata import extract_metadata
from .store import (
    FORMAT,
    DocumentRecord,
    IndexDir,
    chroma_client,
    document_summary,
    embedder_mismatch,
    open_collection,
    record_filename,
    record_prefix,
)

# Bump when cleaning, metadata or chunking change what a file turns into:
# re-ingesting then redoes unchanged files once.
PIPELINE_VERSION = "p27"  # p2: figure windows embedded after the sentences; p3: a figure's words stop at "och" before another figure; p4: "det." ends a sentence; p5: a letterhead line gives the title and the meeting date; p6: "2 050" is a count, not a year; p7: a minutes approval line is not the date, a letterhead dateline is; p8: table rows typed as lines stay apart; p9: "sex av tio" is a proportion; p10: running headers and "Sida 2 (3)" markers are no text; p11: "från 9,4 till 11,0 procent" is two percentages, "(150 år 2023)" a count; p12: "ett hundratal" is about 100; p13: a signature with a party marker ("Karin Ström (S)") is the signatory; p14: "en miljon kronor" is a sum; p15: a table's column gaps are kept, its rows embedded with their caption, a field line ("Datum: ...") stands apart; p16: a table caption's unit ("tkr") makes its rows sums, a row labelled "procent" holds percentages; p17: a letterhead is no title (the heading under it is, whole minutes are named by board and date), a date under its "Datum" label; p18: the heads of a table's columns keep their gaps, a year's row counts what they say; p19: a signature line stands alone; p20: a neuter noun's definite form ("överskottet") is indexed under its bare stem too; p21: "14 av 18 deltagare fick arbete": what follows the base is what 14 did, 18 counts who they were; an excerpt of one item of minutes is named by the item's heading; p22: a figure's words stop at "och" also when the figure before stands further back ("641 ... till en anställning och 287 påbörjade studier"), "2022–2025" is a span of years, "1 januari–31 december" bounds its year; p23: "Nettokostnad, mnkr" makes its row sums, "(2024: 3,6 mnkr)" counts what the figure before it does, a heading's reference line is no part of its title; p24: a table's heads typed over two lines are one line, a cell may be "27,3 procent", a year's row is searched and embedded read out with its columns' heads; p25: the meeting day's label may stand after the letterhead's other words; p26: a head may end in a bracket or hold a number ("varav 16–24 år"); p27: a month ("i maj.") ends a sentence, a table's rule line ("-----") is blank, a letterhead's word in capitals types a paper before a paper it cites, press releases and follow-ups are typed, "Satsningen startar den 4 maj 2026." is no dateline, bare "miljoner" of a sum of money are kronor


@dataclass(frozen=True)
class Failure:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    documents: int = 0
    chunks: int = 0
    embedded: int = 0
    reused: int = 0
    seconds: float = 0.0
    embed_seconds: float = 0.0
    embedded_sentences: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_json(self) -> dict:
        return {
            "documents": self.documents, "chunks": self.chunks, "added": self.added, "updated": self.updated,
            "unchanged": self.unchanged, "failed": [{"source": f.source, "reason": f.reason} for f in self.failed],
            "embedded": self.embedded, "reused": self.reused, "seconds": round(self.seconds, 3),
        }

    def summary(self) -> str:
        lines = [
            f"{self.documents} documents, {self.chunks} chunks in the index: "
            f"{len(self.added)} added, {len(self.updated)} updated, {len(self.unchanged)} unchanged (skipped), "
            f"{len(self.failed)} failed; {self.embedded} chunks embedded, {self.reused} reused, {self.seconds:.1f} s"
        ]
        lines += [f"FAILED {failure}" for failure in self.failed]
        return "\n".join(lines)


def parse_document(loaded: LoadedDocument) -> DocumentRecord:
    """Everything but the vectors: cleaned text, metadata, sentences, chunks."""
    clean = clean_document(loaded)
    if not clean.text.strip():
        raise UnsupportedDocument(loaded.source, "no text left after cleaning")
    sentences = split_sentences(clean.text)
    if len(sentences) > MAX_SENTENCES:
        raise UnsupportedDocument(loaded.source, f"{len(sentences)} sentences (limit {MAX_SENTENCES}): split the document")
    chunks = make_chunks(loaded.source, clean.text, sentences)
    if not chunks:
        raise UnsupportedDocument(loaded.source, "no sentences found in the text")
    return DocumentRecord(
        source=loaded.source, sha256=loaded.sha256, format=loaded.format, path=loaded.path,
        encoding=loaded.encoding, metadata=extract_metadata(clean.text), clean=clean,
        sentences=tuple(sentences), chunks=tuple(chunks),
    )


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[Failure]]:
    """Files to ingest: given files as they are, directories walked recursively."""
    files: list[Path] = []
    failures: list[Failure] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    files.append(child)
        elif path.is_file():
            files.append(path)
        else:
            failures.append(Failure(path.name or str(path), f"no such file or directory: {path}"))
    return files, failures


def _chroma_metadata(record: DocumentRecord, chunk) -> dict:
    meta = record.metadata
    out = {
        "source": record.source,
        "chunk_index": chunk.index,
        "start": chunk.start,
        "end": chunk.end,
        "text_hash": chunk.text_hash,
        "doc_sha256": record.sha256,
    }
    optional = {"title": meta.title, "type": meta.type, "date": meta.date, "year": meta.year,
                "page": record.clean.page_of(chunk.start)}
    out.update({k: v for k, v in optional.items() if v is not None})
    return out


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc="embedding", unit="chunk", disable=not enabled or total == 0, file=sys.stderr)


# Documents are parsed, embedded and written in batches of about this many
# chunks; only the batch is held in memory. Unchanged files are checked against
# the store this many at a time.
BATCH_CHUNKS = 2000
CHECK_FILES = 500


def _parsed_batches(files: list[Path], old_docs: dict, collection, max_bytes: int, report: IngestReport,
                    index_dir: IndexDir) -> Iterator[dict[str, DocumentRecord]]:
    """The new and changed documents, parsed, in batches of about BATCH_CHUNKS chunks."""
    seen: set[str] = set()
    batch: dict[str, DocumentRecord] = {}
    for i in range(0, len(files), CHECK_FILES):
        group = files[i : i + CHECK_FILES]
        stored = _existing_ids(collection, [cid for p in group if p.name in old_docs for cid in old_docs[p.name]["chunk_ids"]])
        for path in group:
            batch.update(_parse_changed([path], old_docs, stored, max_bytes, report, index_dir, seen))
            if sum(len(r.chunks) for r in batch.values()) >= BATCH_CHUNKS:
                yield batch
                batch = {}
    if batch:
        yield batch


def _parse_changed(files: list[Path], old_docs: dict, stored_ids: set[str], max_bytes: int,
                   report: IngestReport, index_dir: IndexDir, seen: set[str]) -> dict[str, DocumentRecord]:
    """Parse the files that are new or changed; note the unchanged and the failed.

    A file counts as unchanged only if its bytes, the pipeline and all of its
    vectors are as committed: a store that lost vectors is repaired by ingesting."""
    changed: dict[str, DocumentRecord] = {}
    for path in files:
        source = path.name
        if source in seen:
            report.failed.append(Failure(source, f"another file in this run has the same name ({path})"))
            continue
        seen.add(source)
        try:
            loaded = load_document(path, max_bytes=max_bytes)
            prior = old_docs.get(source)
            if (
                prior
                and prior["sha256"] == loaded.sha256
                and prior["record"].endswith(f".{PIPELINE_VERSION}.json")
                and stored_ids.issuperset(prior["chunk_ids"])
                and prior.get("sentence_vectors")
                and index_dir.intact(prior)
            ):
                report.unchanged.append(source)
                continue
            record = parse_document(loaded)
        except UnsupportedDocument as exc:
            report.failed.append(Failure(exc.source, exc.reason))
            continue
        except Exception as exc:  # noqa: BLE001 - one broken file must not stop the run
            report.failed.append(Failure(source, f"could not be processed ({type(exc).__name__}: {exc})"))
            continue
        (report.updated if source in old_docs else report.added).append(source)
        changed[source] = record
    return changed


def _previous_sentence_vectors(index_dir: IndexDir, prior: dict | None) -> dict[str, np.ndarray]:
    if not prior or not prior.get("sentence_vectors"):
        return {}
    try:
        record = index_dir.load_record(prior["record"])
        matrix = np.load(index_dir.root / prior["sentence_vectors"])
    except (OSError, ValueError, JobbtorgError):
        return {}  # damaged: everything is embedded again
    texts = _vector_texts(record)
    return {text: matrix[i] for i, text in enumerate(texts) if i < len(matrix)}


def _vector_texts(record: DocumentRecord) -> list[str]:
    """The texts a document's vector matrix holds, one per row: its sentences, then
    the words of each figure ("32 aspiranter har fått arbete"), which tell apart
    two figures of one sentence by what they count."""
    # A table's row ("Till arbete  260  301  352") says what it counts only with its caption; a year's
    # row ("2023  1 102  352") with its columns' heads, each beside its cell.
    def in_context(sentence: str, start: int, text: str) -> str:
        if not is_table_line(sentence):
            return text
        if linear := linear_row(record.text, start):
            # A cell of a year's row counts what its own head says ("Nettokostnad (mnkr)"), not the others.
            return f"{table_caption(record.text, start)} {linear if text == sentence else text}".strip()
        return f"{table_context(record.text, start)} {text}".strip()

    sentences = [record.text[s.start : s.end] for s in record.sentences]
    return ([in_context(text, s.start, text) for s, text in zip(record.sentences, sentences)]
            + [in_context(f.sentence, f.sentence_start, f.counts) for f in document_figures(record)])


def _store_vectors(collection, index_dir: IndexDir, changed: dict[str, DocumentRecord], old_docs: dict, embeddings,
                   batch: int, report: IngestReport, progress: bool, done: _SeenVectors) -> dict[str, np.ndarray]:
    """Put every chunk of the changed documents in Chroma, embedding only what
    is new: a chunk id already stored (left by an interrupted run) or a text
    the document's previous version had keeps its vector."""
    to_embed = []
    for source, record in changed.items():
        ids = [c.id for c in record.chunks]
        have = _existing_ids(collection, ids)
        present = [c for c in record.chunks if c.id in have]
        if present:
            collection.update(ids=[c.id for c in present], metadatas=[_chroma_metadata(record, c) for c in present])
            report.reused += len(present)
        reusable: dict[str, list[float]] = {}
        if source in old_docs:
            prev = collection.get(where={"source": source}, include=["embeddings", "metadatas"])
            vectors = prev["embeddings"] if prev["embeddings"] is not None else []
            reusable = {meta.get("text_hash"): vector for meta, vector in zip(prev["metadatas"] or [], vectors)}
        reused = [c for c in record.chunks if c.id not in have and c.text_hash in reusable]
        if reused:
            collection.upsert(
                ids=[c.id for c in reused], embeddings=[reusable[c.text_hash] for c in reused],
                metadatas=[_chroma_metadata(record, c) for c in reused], documents=[c.text for c in reused],
            )
            report.reused += len(reused)
        to_embed += [(record, c) for c in record.chunks if c.id not in have and c.text_hash not in reusable]

    # Sentence vectors let the answer composer pick sentences without
    # embedding anything but the question; reused by text from the old version.
    sentence_jobs: list[tuple[str, int, str]] = []
    sentence_vectors: dict[str, np.ndarray] = {}
    for source, record in changed.items():
        previous = _previous_sentence_vectors(index_dir, old_docs.get(source))
        texts = _vector_texts(record)
        matrix = np.zeros((len(texts), embeddings.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            if text in previous:
                matrix[row] = previous[text]
            else:
                sentence_jobs.append((source, row, text))
        sentence_vectors[source] = matrix

    # A text repeated across documents (boilerplate, a shared paragraph) is
    # embedded once per run.
    embed_started = time.perf_counter()
    batch = max(1, batch)
    with _progress(len(to_embed) + len(sentence_jobs), progress) as bar:
        for i in range(0, len(to_embed), batch):
            part = to_embed[i : i + batch]
            vectors = _embed_once(embeddings, [chunk_search_text(record, chunk) for record, chunk in part], done, report)
            collection.upsert(
                ids=[chunk.id for _, chunk in part],
                embeddings=vectors,
                metadatas=[_chroma_metadata(record, chunk) for record, chunk in part],
                documents=[chunk.text for _, chunk in part],
            )
            bar.update(len(part))
        for i in range(0, len(sentence_jobs), batch):
            part = sentence_jobs[i : i + batch]
            vectors = _embed_once(embeddings, [text for _, _, text in part], done, report, sentences=True)
            for (source, row, _), vector in zip(part, vectors):
                sentence_vectors[source][row] = vector
            bar.update(len(part))
    report.embed_seconds += time.perf_counter() - embed_started
    return sentence_vectors


def chunk_search_text(record: DocumentRecord, chunk) -> str:
    """What a chunk is searched by (its vector and its BM25 row): its text, but a table's year rows read out with their
    columns' heads under the table's caption (`figures.linear_row`); the rows alone are near in
    meaning to no question, and a chunk of them was never retrieved."""
    out, captioned = [], False
    for start, end in paragraphs(chunk.text):
        line = chunk.text[start:end]
        linear = linear_row(record.text, chunk.start + start) if is_table_line(line) else None
        if linear and not captioned:
            # The rows' own document and table: "hur många fick jobb via jobbtorget" names neither column.
            out += [record.metadata.title or "", table_caption(record.text, chunk.start + start)]
            captioned = True
        out.append(linear or line)
    return "\n\n".join(filter(None, out))


class _SeenVectors(OrderedDict):
    """Vectors this run embedded, by text: the most recent EMBED_MEMORY kept
    (as float32), so memory stays flat however large the run."""

    def remember(self, texts: list[str], vectors) -> None:
        for text, vector in zip(texts, vectors):
            self[text] = np.asarray(vector, dtype=np.float32)
            self.move_to_end(text)
        while len(self) > EMBED_MEMORY:
            self.popitem(last=False)


EMBED_MEMORY = 20_000


def _embed_once(embeddings, texts: list[str], done: _SeenVectors, report: IngestReport,
                sentences: bool = False) -> list[list[float]]:
    """Vectors of `texts`, embedding only those this run has not embedded yet."""
    new = [t for t in dict.fromkeys(texts) if t not in done]
    fresh = dict(zip(new, embeddings.embed_documents(new))) if new else {}
    # Read the older vectors before remembering the new ones may evict them.
    vectors = [fresh[t] if t in fresh else done[t].tolist() for t in texts]
    done.remember(new, [fresh[t] for t in new])
    if sentences:
        report.embedded_sentences += len(new)
    else:
        report.embedded += len(new)
        report.reused += len(texts) - len(new)
    return vectors


def ingest(paths: Iterable[Path], settings: Settings, *, rebuild: bool = False, progress: bool = True,
           embeddings=None) -> IngestReport:
    """Ingest files and directories into the index of `settings` (with the
    configured embedder unless another is passed: the benchmark's)."""
    started = time.perf_counter()
    report = IngestReport()
    files, missing = discover(paths)
    report.failed.extend(missing)
    index_dir = IndexDir(settings)
    embeddings = embeddings or get_embeddings(settings)
    max_bytes = int(settings.max_file_mb * 2**20)

    # With a Chroma server, ingests over disjoint file sets parse and embed
    # side by side and take the lock only to commit. An embedded Chroma is one
    # process's database, and a rebuild replaces everything: both run whole
    # under the lock.
    exclusive = rebuild or not settings.uses_chroma_server
    sources = {p.name for p in files}
    # A rebuild replaces the manifest, so a damaged one must not stop it.
    read_manifest = (lambda: _readable_manifest(index_dir)) if rebuild else index_dir.read_manifest
    with index_dir.lock() if exclusive else contextlib.nullcontext(), index_dir.pending(sources):
        snapshot = read_manifest()
        old = None if rebuild else snapshot
        _check_embedder(settings, old, embeddings)
        old_docs = {d["source"]: d for d in (old or {}).get("documents", [])}
        client = chroma_client(settings)
        collection_name = (old or {}).get("collection") or settings.collection
        if rebuild:
            collection_name = f"{settings.collection}-g{(snapshot or {}).get('generation', 0) + 1}"
        collection = open_collection(client, collection_name, embeddings, create=True)
        written: dict[str, dict] = {}  # source -> manifest entry of a changed document, its files on disk
        done = _SeenVectors()
        for changed in _parsed_batches(files, old_docs, collection, max_bytes, report, index_dir):
            vectors = _store_vectors(collection, index_dir, changed, old_docs, embeddings, settings.batch_size,
                                     report, progress, done)
            written.update(_write_documents(index_dir, changed, vectors, embeddings.dimension))
            del changed, vectors  # the next batch starts from nothing: memory stays flat

        with contextlib.nullcontext() if exclusive else index_dir.lock():
            previous = read_manifest()
            current = None if rebuild else previous
            if not rebuild and (current or {}).get("collection", collection_name) != collection_name:
                msg = f"the index in {settings.index_dir} was rebuilt while this ingest ran: run it again"
                raise JobbtorgError(msg)
            _check_embedder(settings, current, embeddings)
            if (not written and current is not None and current.get("lexical") == LEXICAL_VERSION
                    and (index_dir.root / current.get("bm25", "-")).is_dir()):
                manifest = current  # nothing to commit: the live generation stays
            else:
                docs = {d["source"]: d for d in (current or {}).get("documents", [])}
                generation = (previous or {}).get("generation", 0) + 1
                manifest = _commit(index_dir, settings, embeddings, docs, written, generation, collection_name, current)
            _collect_garbage(index_dir, manifest, client, collection, previous, sources,
                             embedded=not settings.uses_chroma_server)
    return _finish(report, manifest, started)


def _readable_manifest(index_dir: IndexDir) -> dict | None:
    """The manifest, or None when it is damaged: a rebuild replaces it anyway."""
    try:
        return index_dir.read_manifest()
    except JobbtorgError:
        return None


def _check_embedder(settings: Settings, manifest: dict | None, embeddings) -> None:
    if manifest is not None and manifest.get("embedder") != embeddings.embedder_id:
        raise embedder_mismatch(settings, manifest.get("embedder"), embeddings.embedder_id)


def _write_documents(index_dir: IndexDir, changed: dict[str, DocumentRecord], sentence_vectors: dict[str, np.ndarray],
                     dimension: int) -> dict[str, dict]:
    """Write each changed document's record and sentence vectors under new
    names (invisible until a manifest lists them); their manifest entries."""
    entries = {}
    for source, record in changed.items():
        relative = record_filename(source, record.sha256, PIPELINE_VERSION)
        index_dir.write_json_atomic(relative, record.to_json())
        vectors_file = relative.replace(".json", f".{dimension}d.npy")
        index_dir.write_array_atomic(vectors_file, sentence_vectors[source])
        entries[source] = document_summary(record, relative, vectors_file)
    return entries


def _lexical(index_dir: IndexDir, previous: dict | None, ordered: list[dict], written: dict[str, dict]) -> LexicalIndex:
    """This generation's BM25: the previous one with the changed documents'
    rows replaced (work in proportion to the change), or built from every
    record when there is no usable previous one."""
    live = [cid for doc in ordered for cid in doc["chunk_ids"]]
    prior = None
    if previous and previous.get("lexical") == LEXICAL_VERSION and previous.get("bm25"):
        try:
            prior = LexicalIndex.load(index_dir.root / previous["bm25"])
        except (OSError, ValueError, KeyError):
            prior = None
    prior_ids = set(prior.chunk_ids) if prior is not None else set()
    if prior is not None and prior_ids == {c for d in previous["documents"] for c in d["chunk_ids"]}:
        kept = prior_ids & set(live)
        drop = prior_ids - kept
        ids, texts = [], []
        for source in written:
            record = index_dir.load_record(written[source]["record"])
            fresh = [c for c in record.chunks if c.id not in kept]
            ids += [c.id for c in fresh]
            texts += [chunk_search_text(record, c) for c in fresh]
        return prior.updated(drop, ids, texts)

    def blocks():
        for doc in ordered:
            record = index_dir.load_record(doc["record"])
            yield [c.id for c in record.chunks], [chunk_search_text(record, c) for c in record.chunks]

    return LexicalIndex.from_blocks(blocks)


def _commit(index_dir: IndexDir, settings: Settings, embeddings, docs: dict, written: dict[str, dict],
            generation: int, collection_name: str, previous: dict | None) -> dict:
    """Write this generation's BM25, then switch the manifest."""
    docs.update(written)
    ordered = [docs[name] for name in sorted(docs)]
    bm25_dir = f"bm25/{generation}"
    _lexical(index_dir, previous, ordered, written).save(index_dir.root / bm25_dir)

    manifest = {
        "format": FORMAT,
        "generation": generation,
        "updated": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "embedder": embeddings.embedder_id,
        "dimension": embeddings.dimension,
        "collection": collection_name,
        "chroma": (
            {"mode": "server", "host": settings.chroma_host, "port": settings.chroma_port}
            if settings.uses_chroma_server else {"mode": "persistent"}
        ),
        "bm25": bm25_dir,
        "lexical": LEXICAL_VERSION,
        "pipeline": PIPELINE_VERSION,
        "documents": ordered,
    }
    index_dir.commit(manifest)
    return manifest


def remove(sources: Iterable[str], settings: Settings) -> list[str]:
    """Take documents out of the index by source name; returns those removed."""
    index_dir = IndexDir(settings)
    embeddings = get_embeddings(settings)
    with index_dir.lock():
        previous = index_dir.read_manifest()
        if not previous or not previous.get("documents"):
            raise IndexMissing(str(settings.index_dir))
        docs = {d["source"]: d for d in previous["documents"]}
        wanted = list(dict.fromkeys(sources))
        unknown = [s for s in wanted if s not in docs]
        if unknown:
            msg = f"not in the index: {', '.join(unknown)}; indexed: {', '.join(sorted(docs))}"
            raise DocumentNotFound(msg)
        for source in wanted:
            del docs[source]
        client = chroma_client(settings)
        collection = open_collection(client, previous["collection"], embeddings, create=True)
        manifest = _commit(index_dir, settings, embeddings, docs, {}, previous["generation"] + 1, previous["collection"],
                           previous)
        _collect_garbage(index_dir, manifest, client, collection, previous, embedded=not settings.uses_chroma_server)
    return wanted


def _finish(report: IngestReport, manifest: dict, started: float) -> IngestReport:
    report.documents = len(manifest["documents"])
    report.chunks = sum(d["chunks"] for d in manifest["documents"])
    report.seconds = time.perf_counter() - started
    return report


# Ids per Chroma read or delete: one SQL statement may bind only so many
# variables (200 000 chunks in one `get` fail), so every whole-collection read
# and every long id list goes in pages of this size.
PAGE = 5000


def _existing_ids(collection, ids: list[str]) -> set[str]:
    """Which of `ids` the collection holds, asked page by page."""
    found: set[str] = set()
    for i in range(0, len(ids), PAGE):
        found.update(collection.get(ids=ids[i : i + PAGE], include=[])["ids"])
    return found


def _delete(collection, ids: list[str]) -> None:
    for i in range(0, len(ids), PAGE):
        collection.delete(ids=ids[i : i + PAGE])


def _stale_ids(collection, live: set[str], ours: set[str] | None, pending: set[str]) -> list[str]:
    """Stored chunks no committed manifest lists, read page by page. `ours`
    None: every document in the collection is this index's (the embedded
    store); else only those sources are (a Chroma server may hold other index
    directories' documents in the same collection: never ours to delete)."""
    stale: list[str] = []
    offset = 0
    while True:
        page = collection.get(include=["metadatas"], limit=PAGE, offset=offset)
        for cid, meta in zip(page["ids"], page["metadatas"] or []):
            source = (meta or {}).get("source")
            if cid not in live and source not in pending and (ours is None or source in ours):
                stale.append(cid)
        if len(page["ids"]) < PAGE:
            return stale
        offset += PAGE


def _collect_garbage(index_dir: IndexDir, manifest: dict, client, collection, old: dict | None,
                     touched: set[str] | None = None, embedded: bool = True) -> None:
    """Remove what the committed manifest no longer references. Runs after
    the commit; if it is interrupted the next ingest finishes it.

    The manifests say which chunks a changed or removed document had: those go
    by id, work in proportion to the change. Only when the store holds more
    than the manifest lists (a killed ingest's vectors) is it swept, in pages."""
    live = {cid for doc in manifest["documents"] for cid in doc["chunk_ids"]}
    pending = index_dir.pending_sources()  # another ingest's vectors, not yet committed
    if old and old.get("collection") == manifest["collection"]:
        dropped = [cid for doc in old["documents"] if doc["source"] not in pending
                   for cid in doc["chunk_ids"] if cid not in live]
        _delete(collection, dropped)
    if collection.count() > len(live):
        ours = None if embedded else (
            {doc["source"] for gen in (manifest, old or {"documents": []}) for doc in gen["documents"]} | (touched or set()))
        _delete(collection, _stale_ids(collection, live, ours, pending))
    if old and old.get("collection") and old["collection"] != manifest["collection"]:
        try:
            previous = client.get_collection(old["collection"])
            ours = None if embedded else {doc["source"] for doc in old["documents"]} | (touched or set())
            _delete(previous, _stale_ids(previous, set(), ours, pending))
            if previous.count() == 0:
                client.delete_collection(old["collection"])
        except Exception:  # noqa: BLE001 - already gone is fine
            pass
    # Files of the generation just replaced stay one more round: a reader that
    # opened the old manifest a moment ago can still load its records.
    generations = [manifest] + ([old] if old else [])
    keep = {doc["record"] for gen in generations for doc in gen["documents"]}
    keep |= {doc.get("sentence_vectors") for gen in generations for doc in gen["documents"]}
    keep |= {gen["bm25"] for gen in generations if gen.get("bm25")}
    # Another ingest writes its records before it commits: those of the sources it is working on stay.
    theirs = tuple(record_prefix(source) for source in pending)
    for path in (index_dir.root / "docs").glob("*.*"):
        if f"docs/{path.name}" not in keep and not f"docs/{path.name}".startswith(theirs):
            path.unlink(missing_ok=True)
    for path in (index_dir.root / "bm25").glob("*"):
        if f"bm25/{path.name}" not in keep:
            shutil.rmtree(path, ignore_errors=True)
    for tmp in index_dir.root.rglob(".*.tmp"):
        tmp.unlink(missing_ok=True)
