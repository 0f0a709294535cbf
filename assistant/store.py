"""The built index: Chroma vectors, the BM25 files and one record per document.

Layout of an index directory::

    manifest.json         the commit point: which documents, chunks, files are live
    docs/<name>.json      one record per document version (cleaned text, offset map,
                          metadata, sentences, chunks), never rewritten in place
    bm25/<generation>/    the lexical index of one generation
    chroma/               Chroma's PersistentClient (absent with a Chroma server)

An ingest writes new records, vectors and BM25 files beside the live ones and
then replaces manifest.json in one atomic rename. Until that rename readers see
the previous generation, complete; vectors of chunks that are not in the
manifest are invisible to readers and collected by the next ingest.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import socket
import sys
import threading
import time
import uuid
from dataclasses import asdict, dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Iterator

from .chunking import Chunk, Sentence
from .cleaning import CleanText, OffsetMap
from .config import Settings
from .errors import DocumentNotFound, EmbedderMismatch, IndexMissing, JobbtorgError
from .metadata import DocumentMetadata

MANIFEST = "manifest.json"
FORMAT = 1


@dataclass(frozen=True)
class DocumentRecord:
    """Everything known about one ingested document version."""

    source: str
    sha256: str
    format: str
    path: str
    encoding: str | None
    metadata: DocumentMetadata
    clean: CleanText
    sentences: tuple[Sentence, ...]
    chunks: tuple[Chunk, ...]

    @property
    def text(self) -> str:
        return self.clean.text

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "sha256": self.sha256,
            "format": self.format,
            "path": self.path,
            "encoding": self.encoding,
            "metadata": asdict(self.metadata),
            "text": self.clean.text,
            "original": self.clean.original,
            "offset_runs": [list(self.clean.offsets.clean_starts), list(self.clean.offsets.orig_starts)],
            "page_starts": list(self.clean.page_starts),
            "sentences": [[s.start, s.end] for s in self.sentences],
            "chunks": [
                {"id": c.id, "index": c.index, "start": c.start, "end": c.end, "sentences": [[s.start, s.end] for s in c.sentences]}
                for c in self.chunks
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "DocumentRecord":
        meta = dict(data["metadata"])
        meta["references"] = tuple(meta.get("references") or ())
        text = data["text"]
        clean = CleanText(
            source=data["source"],
            text=text,
            offsets=OffsetMap(tuple(data["offset_runs"][0]), tuple(data["offset_runs"][1])),
            original=data["original"],
            page_starts=tuple(data["page_starts"]),
        )
        chunks = tuple(
            Chunk(
                id=c["id"], source=data["source"], index=c["index"], start=c["start"], end=c["end"],
                text=text[c["start"] : c["end"]], sentences=tuple(Sentence(s, e) for s, e in c["sentences"]),
            )
            for c in data["chunks"]
        )
        return cls(
            source=data["source"], sha256=data["sha256"], format=data["format"], path=data["path"],
            encoding=data.get("encoding"), metadata=DocumentMetadata(**meta), clean=clean,
            sentences=tuple(Sentence(s, e) for s, e in data["sentences"]), chunks=chunks,
        )


def record_filename(source: str, sha256: str, pipeline: str) -> str:
    """A record's file: readable, and unique per source even where two names
    read alike once made safe ("a b.txt", "a_b.txt") or share their content.

    >>> record_filename("a b.txt", "0" * 64, "p1") != record_filename("a_b.txt", "0" * 64, "p1")
    True
    """
    return f"{record_prefix(source)}{sha256[:12]}.{pipeline}.json"


def record_prefix(source: str) -> str:
    """What every record file (and its vectors) of `source` begins with."""
    safe = re.sub(r"[^\w.-]", "_", source)[:80]
    name_hash = hashlib.sha256(source.encode("utf-8")).hexdigest()[:8]
    return f"docs/{safe}.{name_hash}."


def document_summary(record: DocumentRecord, record_file: str, sentence_vectors: str | None = None) -> dict[str, Any]:
    """The manifest's entry for a document: what `jobbtorg docs` lists."""
    meta = record.metadata
    return {
        "source": record.source,
        "title": meta.title,
        "type": meta.type,
        "date": meta.date,
        "year": meta.year,
        "year_from": meta.year_from,
        "signatory": meta.signatory,
        "signatory_role": meta.signatory_role,
        "references": list(meta.references),
        "chunks": len(record.chunks),
        "format": record.format,
        "pages": len(record.clean.page_starts) + 1 if record.format == "pdf" else None,
        "sha256": record.sha256,
        "record": record_file,
        "sentence_vectors": sentence_vectors,
        "chunk_ids": [c.id for c in record.chunks],
    }


def _skip_override_checks() -> None:
    """Let Chroma's classes be defined without the `overrides` package's checks.

    Chroma marks its methods with `@override` and builds its API classes with
    `EnforceOverrides`; both compare signatures with the base classes while the
    classes are being created, which is a fifth of `import chromadb` (0.2 s of a
    3.5 s cold start at 200 000 chunks). The checks guard Chroma's own development
    and change nothing a caller sees: the methods are the same functions."""
    from abc import ABCMeta

    import overrides.enforce  # noqa: F401 - loads the submodules patched below

    def marked(method, check_signature, check_at_runtime):
        method.__override__ = True
        return method

    sys.modules["overrides.overrides"]._overrides = marked
    sys.modules["overrides.enforce"].EnforceOverridesMeta.__new__ = (
        lambda mcls, name, bases, namespace, **kwargs: ABCMeta.__new__(mcls, name, bases, namespace, **kwargs))


def chroma_client(settings: Settings):
    """A Chroma client: the server when JOBBTORG_CHROMA_HOST is set, else embedded."""
    if "chromadb" not in sys.modules:
        _skip_override_checks()
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.uses_chroma_server:
        headers = {}
        if settings.chroma_token:
            header = settings.chroma_auth_header
            headers[header] = f"Bearer {settings.chroma_token}" if header.lower() == "authorization" else settings.chroma_token
        try:
            return chromadb.HttpClient(
                host=settings.chroma_host, port=settings.chroma_port, headers=headers, settings=chroma_settings
            )
        except Exception as exc:  # noqa: BLE001 - connection errors come in many types
            msg = f"Chroma server at {settings.chroma_host}:{settings.chroma_port} is not reachable ({type(exc).__name__})"
            raise JobbtorgError(msg) from None
    path = (settings.index_dir / "chroma").resolve()
    try:
        path.mkdir(parents=True, exist_ok=True)
        _forget_embedded_system(str(path))
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as exc:  # noqa: BLE001 - Chroma reports a read-only disk as an InternalError
        if not _writable(path):
            msg = (f"the index in {settings.index_dir} is read-only: the embedded vector store must write "
                   "even to read; copy the index somewhere writable or use a Chroma server")
            raise JobbtorgError(msg) from None
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise JobbtorgError(f"cannot open the vector store in {path} ({detail})") from None


def _writable(folder: Path) -> bool:
    probe = folder / f".probe-{os.getpid()}"
    try:
        probe.touch()
        probe.unlink()
    except OSError:
        return False
    return True


def _forget_embedded_system(path: str) -> None:
    """Make the next PersistentClient on `path` read the store from disk.

    Chroma keeps one system per path per process, and its in-memory vector
    index never sees what another process (a CLI ingest beside the app) added.
    Dropping the cached system, without stopping it, gives the next client a
    fresh view while collections opened earlier (an ingest in progress) keep
    working on theirs."""
    from chromadb.api.shared_system_client import SharedSystemClient

    with SharedSystemClient._refcount_lock:
        SharedSystemClient._identifier_to_system.pop(path, None)
        SharedSystemClient._identifier_to_refcount.pop(path, None)


@lru_cache(maxsize=1)
def _embedding_function_class():
    import numpy as np
    from chromadb.api.types import Documents, EmbeddingFunction
    from chromadb.utils.embedding_functions import register_embedding_function

    @register_embedding_function
    class JobbtorgEmbeddingFunction(EmbeddingFunction[Documents]):
        def __init__(self, inner=None, embedder_id: str | None = None):
            self._inner = inner
            self._embedder_id = inner.embedder_id if inner is not None else embedder_id

        def _model(self):
            if self._inner is None:
                msg = f"this collection's vectors come from {self._embedder_id}: open it through jobbtorg"
                raise JobbtorgError(msg)
            return self._inner

        def __call__(self, input: Documents):
            return [np.asarray(v, dtype=np.float32) for v in self._model().embed_documents(list(input))]

        def embed_query(self, input: Documents):
            return [np.asarray(self._model().embed_query(t), dtype=np.float32) for t in input]

        @staticmethod
        def name() -> str:
            return "jobbtorg"

        def get_config(self) -> dict[str, Any]:
            return {"embedder_id": self._embedder_id}

        @staticmethod
        def build_from_config(config: dict[str, Any]):
            # Chroma rebuilds the function from stored config when it reads a
            # collection; the real model is passed in by `open_collection`.
            return JobbtorgEmbeddingFunction(embedder_id=config.get("embedder_id"))

        def default_space(self):
            return "cosine"

    return JobbtorgEmbeddingFunction


def chroma_embedding_function(embeddings):
    """Our LangChain embedder as a Chroma embedding function, passed on every
    collection so Chroma never falls back to its default (which downloads a model)."""
    return _embedding_function_class()(embeddings)


def open_collection(client, name: str, embeddings, create: bool):
    """Get (or create) the chunk collection, refusing one built by another embedder."""
    ef = chroma_embedding_function(embeddings)
    try:
        if create:
            collection = client.get_or_create_collection(
                name=name,
                embedding_function=ef,
                metadata={"embedder": embeddings.embedder_id, "dimension": embeddings.dimension},
                configuration={"hnsw": {"space": "cosine"}},
            )
        else:
            collection = client.get_collection(name=name, embedding_function=ef)
    except JobbtorgError:
        raise
    except Exception as exc:  # noqa: BLE001
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        msg = f"cannot open Chroma collection {name!r} ({detail})"
        if not create:
            msg += ": the index is incomplete; run `jobbtorg ingest` to repair it"
        raise JobbtorgError(msg) from None
    built_with = (collection.metadata or {}).get("embedder")
    if built_with and built_with != embeddings.embedder_id:
        msg = (
            f"Chroma collection {name!r} holds vectors of {built_with}, not of the configured "
            f"{embeddings.embedder_id}: use the same embedder or `jobbtorg ingest --rebuild`"
        )
        raise EmbedderMismatch(msg)
    return collection


def embedder_mismatch(settings: Settings, built_with: str | None, configured: str) -> EmbedderMismatch:
    msg = (
        f"the index in {settings.index_dir} was built with {built_with}, but the configured embedder is "
        f"{configured}: set JOBBTORG_EMBEDDER back or rebuild with `jobbtorg ingest --rebuild`"
    )
    return EmbedderMismatch(msg)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class IndexDir:
    """Files of one index directory; reading the manifest, writing records."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.root = Path(settings.index_dir)
        self._own_markers: set[str] = set()

    @property
    def manifest_path(self) -> Path:
        return self.root / MANIFEST

    def read_manifest(self) -> dict[str, Any] | None:
        try:
            data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            msg = f"index manifest {self.manifest_path} is unreadable ({type(exc).__name__}); run `jobbtorg ingest --rebuild`"
            raise JobbtorgError(msg) from None
        if data.get("format") != FORMAT:
            msg = f"index in {self.root} has format {data.get('format')}, expected {FORMAT}: run `jobbtorg ingest --rebuild`"
            raise JobbtorgError(msg)
        return data

    def _write_atomic(self, relative: str, write, binary: bool) -> None:
        target = self.root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        with open(tmp, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})) as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)

    def write_json_atomic(self, relative: str, data: Any) -> None:
        self._write_atomic(relative, lambda handle: json.dump(data, handle, ensure_ascii=False), binary=False)

    def write_array_atomic(self, relative: str, array) -> None:
        import numpy as np

        self._write_atomic(relative, lambda handle: np.save(handle, array), binary=True)

    def commit(self, manifest: dict[str, Any]) -> None:
        self.write_json_atomic(MANIFEST, manifest)
        # The rename is durable only once the directory entry is on disk.
        fd = os.open(self.root, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def load_record(self, relative: str) -> DocumentRecord:
        try:
            data = json.loads((self.root / relative).read_text(encoding="utf-8"))
            return DocumentRecord.from_json(data)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise self.damaged(relative, exc) from None

    def damaged(self, relative: str, exc: Exception) -> JobbtorgError:
        msg = (f"index file {self.root / relative} is missing or damaged ({type(exc).__name__}): "
               "run `jobbtorg ingest` to repair the index")
        return JobbtorgError(msg)

    def intact(self, doc: dict[str, Any]) -> bool:
        """Whether a manifest entry's files are on disk, its vectors whole
        (their header and size check out; reading the header is cheap)."""
        import numpy as np

        if not (self.root / doc["record"]).is_file():
            return False
        try:
            vectors = np.load(self.root / doc["sentence_vectors"], mmap_mode="r")
        except (OSError, ValueError, TypeError):
            return False
        return vectors.ndim == 2

    @contextlib.contextmanager
    def pending(self, sources: set[str]) -> Iterator[None]:
        """Mark `sources` as being ingested until the block ends, so that
        another ingest's garbage collection leaves their new vectors alone."""
        folder = self.root / ".pending"
        folder.mkdir(parents=True, exist_ok=True)
        marker = folder / f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:8]}.json"
        marker.write_text(json.dumps({"host": socket.gethostname(), "pid": os.getpid(), "sources": sorted(sources)}),
                          encoding="utf-8")
        self._own_markers.add(marker.name)
        try:
            yield
        finally:
            self._own_markers.discard(marker.name)
            marker.unlink(missing_ok=True)

    def pending_sources(self) -> set[str]:
        """Sources other running ingests are working on. A marker left by a
        killed process on this host, or older than a day's work on another, is ignored."""
        found: set[str] = set()
        host = socket.gethostname()
        for marker in (self.root / ".pending").glob("*.json"):
            if marker.name in self._own_markers:
                continue
            try:
                data = json.loads(marker.read_text(encoding="utf-8"))
                age = time.time() - marker.stat().st_mtime
            except (OSError, ValueError):
                continue
            if data.get("host") == host:
                if not _alive(int(data.get("pid", 0))):
                    marker.unlink(missing_ok=True)
                    continue
            elif age > PENDING_TTL_S:
                continue
            found.update(data.get("sources") or [])
        return found

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """One ingest at a time per index directory (readers need no lock)."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            handle = open(self.root / ".lock", "w")  # noqa: SIM115 - held for the block below
        except OSError as exc:
            msg = f"cannot write to the index in {self.root} ({exc.strerror or exc}): an ingest needs a writable index"
            raise JobbtorgError(msg) from None
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                print(f"waiting for another ingest into {self.root} to finish...", flush=True)
                fcntl.flock(handle, fcntl.LOCK_EX)
            yield


PENDING_TTL_S = 6 * 3600  # a marker of another host's ingest counts this long


class Index:
    """A committed index, opened for reading."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.dir = IndexDir(settings)
        manifest = self.dir.read_manifest()
        if manifest is None or not manifest.get("documents"):
            raise IndexMissing(str(settings.index_dir))
        self.manifest = manifest
        self._records: dict[str, DocumentRecord] = {}
        self._vectors: dict[str, Any] = {}
        self._figure_rows: dict[str, dict[str, int]] = {}  # figure id -> its row, per document
        self._figures: dict[str, list] = {}
        self._collections: dict[str, Any] = {}
        self._chunks_by_source: dict[str, dict[str, Chunk]] = {}
        self._lexical = None
        self._filtered: dict[Any, tuple[list[dict[str, Any]], Any]] = {}
        self._title_stems: dict[str, frozenset[str]] = {}
        self._loading: threading.Thread | None = None

    @property
    def documents(self) -> list[dict[str, Any]]:
        return self.manifest["documents"]

    @cached_property
    def _by_source(self) -> dict[str, dict[str, Any]]:
        return {doc["source"]: doc for doc in self.documents}

    def document(self, source: str) -> dict[str, Any]:
        if source in self._by_source:
            return self._by_source[source]
        names = ", ".join(d["source"] for d in self.documents)
        msg = f"no document {source!r} in the index; indexed: {names}"
        raise DocumentNotFound(msg)

    def record(self, source: str) -> DocumentRecord:
        if source not in self._records:
            self._records[source] = self.dir.load_record(self.document(source)["record"])
        return self._records[source]

    @cached_property
    def document_types(self) -> frozenset[str]:
        """The kinds of paper the index holds ("protokollsutdrag", "pressmeddelande")."""
        return frozenset(d["type"] for d in self.documents if d.get("type"))

    @cached_property
    def document_years(self) -> dict[str, int | None]:
        """Each document's year (its date's, else its reference number's)."""
        return {d["source"]: d.get("year") or (int(d["date"][:4]) if d.get("date") else None) for d in self.documents}

    @cached_property
    def reported_years(self) -> dict[str, int | None]:
        """The year each document reports on: the one year its title names ("Årsrapport 2024",
        dated February 2025), else its own year."""
        own = self.document_years
        reported = {}
        for d in self.documents:
            title = d.get("title") or ""
            named = set(re.findall(r"(?<![\d-])(?:19[5-9]\d|20\d\d)(?![\d-])", title))
            span = re.search(r"(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)\b", title)
            if span and (own.get(d["source"]) or 0) >= int(span.group(1)):
                # "Uppföljning av Jobbtorg Luleå 2021–2024", dated 2025: its prose's present is the span's last year.
                reported[d["source"]] = int(span.group(1))
            else:
                reported[d["source"]] = int(named.pop()) if len(named) == 1 else own.get(d["source"])
        return reported

    def title_stems(self, doc: dict[str, Any]) -> frozenset[str]:
        """`document_facts.title_stems`, once per document and index."""
        from .document_facts import title_stems

        if doc["source"] not in self._title_stems:
            self._title_stems[doc["source"]] = title_stems(doc, self.lexical().tokens)
        return self._title_stems[doc["source"]]

    @property
    def live_chunk_ids(self):
        """The committed chunks' ids (a view of `chunk_sources`: one walk of the manifest, not two)."""
        return self.chunk_sources.keys()

    def check_embedder(self, embeddings) -> None:
        built_with = self.manifest.get("embedder")
        if built_with != embeddings.embedder_id:
            raise embedder_mismatch(self.settings, built_with, embeddings.embedder_id)

    def load_in_background(self, embeddings) -> None:
        """Open the collection now; load its vector index and the BM25 matrix in a thread.

        Loading the HNSW index of a large store is Rust work that releases the
        GIL (0.9 s at 200 000 chunks), and so are most of reading and inflating
        the BM25 matrix: started before the answering stack is imported, they
        overlap those imports instead of following them. `collection()` and
        `lexical()` wait for the thread."""
        collection = self.collection(embeddings)
        probe = [1.0] + [0.0] * (embeddings.dimension - 1)

        def load() -> None:
            # The caller's own first search meets any error here again, and says it.
            with contextlib.suppress(Exception):
                collection.query(query_embeddings=[probe], n_results=1, include=[])
            with contextlib.suppress(Exception):
                self.lexical()

        self._loading = threading.Thread(target=load, name="jobbtorg-preload", daemon=True)
        self._loading.start()

    def _loaded(self) -> None:
        if self._loading is not None and self._loading is not threading.current_thread():
            self._loading.join()
            self._loading = None

    def collection(self, embeddings):
        """The Chroma collection, opened once per Index."""
        self._loaded()
        self.check_embedder(embeddings)
        key = embeddings.embedder_id
        if key not in self._collections:
            self._collections[key] = open_collection(chroma_client(self.settings), self.manifest["collection"], embeddings, create=False)
        return self._collections[key]

    @cached_property
    def chunk_sources(self) -> dict[str, str]:
        return {cid: doc["source"] for doc in self.documents for cid in doc["chunk_ids"]}

    def chunk(self, chunk_id: str) -> tuple[str, Chunk]:
        """(source, chunk) of a live chunk. Only its document's record is read
        (once): a process serving a large index holds what it has been asked about."""
        source = self.chunk_sources[chunk_id]
        if source not in self._chunks_by_source:
            self._chunks_by_source[source] = {c.id: c for c in self.record(source).chunks}
        return source, self._chunks_by_source[source][chunk_id]

    def dense_search(self, collection, query_vector, k: int, where: dict | None = None) -> list[tuple[str, float, dict]]:
        """(chunk id, cosine distance, metadata) of the k nearest live chunks.

        Vectors left behind by an interrupted ingest are not in the manifest:
        over-fetch and drop them, so readers only ever see the committed index."""
        live = self.live_chunk_ids
        fetch = k
        # The manifest's live chunks bound the store's size from below: counting the collection
        # costs a scan (28 ms at 200 000 chunks), more than the search, so it is counted only
        # when orphans crowd the live chunks out of a full page of results.
        size = max(1, len(live))
        while True:
            wanted = min(fetch, size)
            try:
                found = collection.query(
                    query_embeddings=[list(map(float, query_vector))], n_results=wanted,
                    where=where, include=["metadatas", "distances"],
                )
            except Exception as exc:  # noqa: BLE001 - connection and storage errors come in many types
                raise self._unavailable(exc) from None
            ids, distances, metas = found["ids"][0], found["distances"][0], found["metadatas"][0]
            hits = [(cid, dist, meta) for cid, dist, meta in zip(ids, distances, metas) if cid in live]
            if len(hits) >= k or len(ids) < wanted:
                return hits[:k]
            if wanted == size:
                counted = max(1, self._count(collection))
                if counted <= size:
                    return hits[:k]
                size = counted
            fetch *= 4

    def _count(self, collection) -> int:
        try:
            return collection.count()
        except Exception as exc:  # noqa: BLE001 - connection and storage errors come in many types
            raise self._unavailable(exc) from None

    def filtered(self, filters) -> tuple[list[dict[str, Any]], Any]:
        """The documents a filter admits and the BM25 row mask of their chunks,
        once per filter: no query walks every chunk."""
        if filters not in self._filtered:
            docs = [d for d in self.documents if filters.allows(d)]
            mask = self.lexical().mask({cid for d in docs for cid in d["chunk_ids"]}) if filters else None
            self._filtered[filters] = (docs, mask)
        return self._filtered[filters]

    def _unavailable(self, exc: Exception) -> JobbtorgError:
        settings = self.settings
        where = (f"the Chroma server at {settings.chroma_host}:{settings.chroma_port}" if settings.uses_chroma_server
                 else f"the vector store in {self.dir.root / 'chroma'}")
        return JobbtorgError(f"{where} did not answer ({type(exc).__name__}); try again once it is back")

    def sentence_vectors(self, source: str):
        """The document's sentence vectors, one row per sentence of its record."""
        import numpy as np

        if source not in self._vectors:
            relative = self.document(source)["sentence_vectors"]
            try:
                self._vectors[source] = np.load(self.dir.root / relative)
            except (OSError, ValueError) as exc:
                raise self.dir.damaged(relative, exc) from None
        return self._vectors[source]

    def figures(self, source: str) -> list:
        """The document's figure table (`figures.document_figures`), read once per process."""
        from .figures import document_figures

        if source not in self._figures:
            self._figures[source] = document_figures(self.record(source))
        return self._figures[source]

    def figures_between(self, source: str, start: int, end: int) -> list:
        """The figures of one span of a document (a retrieved chunk), without reading
        the whole document's table unless it is already cached."""
        from .figures import document_figures

        if source in self._figures:
            return [f for f in self._figures[source] if start <= f.start < end]
        return [f for f in document_figures(self.record(source), start, end) if f.start < end]

    def figure_vectors(self, source: str):
        """The vectors of the words of each figure (`figures` order), stored after
        the sentence rows; None for an index built before they were."""
        record = self.record(source)
        matrix = self.sentence_vectors(source)
        rows = len(record.sentences)
        if source not in self._figure_rows:
            self._figure_rows[source] = {f.id: rows + i for i, f in enumerate(self.figures(source))}
        if len(matrix) != rows + len(self._figure_rows[source]):
            return None
        return self._figure_rows[source], matrix

    def lexical(self):
        from .lexical import LEXICAL_VERSION, LexicalIndex

        self._loaded()
        if self.manifest.get("lexical") != LEXICAL_VERSION:
            msg = f"the index in {self.settings.index_dir} was built by an older version: run `jobbtorg ingest` to update it"
            raise JobbtorgError(msg)
        if self._lexical is None:
            try:
                self._lexical = LexicalIndex.load(self.dir.root / self.manifest["bm25"])
            except (OSError, ValueError, KeyError) as exc:
                raise self.dir.damaged(self.manifest["bm25"], exc) from None
        return self._lexical


_OPEN: dict[str, tuple[int, Index]] = {}


def preload(settings: Settings) -> None:
    """Open the index and start loading its vectors and BM25 matrix before the
    caller imports the answering stack (`Index.load_in_background`). Errors are left
    to the caller's own `open_index`, which meets them again and says them."""
    with contextlib.suppress(Exception):
        from .embeddings import get_embeddings

        open_index(settings).load_in_background(get_embeddings(settings))


def open_index(settings: Settings) -> Index:
    """The committed index, reopened only when an ingest has replaced the manifest
    (a cache: long-running processes see new documents without a restart)."""
    path = Path(settings.index_dir) / MANIFEST
    try:
        stamp = path.stat().st_mtime_ns
    except FileNotFoundError:
        raise IndexMissing(str(settings.index_dir)) from None
    key = f"{Path(settings.index_dir).resolve()}|{settings.chroma_host}|{settings.chroma_port}"
    cached = _OPEN.get(key)
    if cached is None or cached[0] != stamp:
        _OPEN[key] = (stamp, Index(settings))
    return _OPEN[key][1]
