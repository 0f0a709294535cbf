"""Hybrid retrieval: dense search in Chroma fused with Swedish BM25.

`HybridRetriever` is a LangChain `BaseRetriever`, so it composes in LCEL. Dense
search carries English questions to Swedish passages (the multilingual e5
space); BM25 carries exact Swedish words, names and numbers. The two ranked
lists are fused by reciprocal rank, which needs no score calibration.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from .errors import ConfigError
from .metadata import TYPE_LABELS_EN

RRF_K = 60


def normalise_type(value: str | None) -> str | None:
    """A document type from the CLI or the chat: Swedish name, English label or a prefix.

    >>> normalise_type("protocol excerpt"), normalise_type("Interpellation")
    ('protokollsutdrag', 'interpellationssvar')
    """
    if not value:
        return None
    wanted = value.strip().lower()
    for name, label in TYPE_LABELS_EN.items():
        if wanted in (name, label.lower()) or name.startswith(wanted) or label.lower().startswith(wanted):
            return name
    msg = f"unknown document type {value!r}; known: {', '.join(TYPE_LABELS_EN)}"
    raise ConfigError(msg)


@dataclass(frozen=True)
class Filters:
    """Metadata filters: one document, a document type, a year."""

    source: str | None = None
    type: str | None = None
    year: int | None = None

    def __bool__(self) -> bool:
        return any((self.source, self.type, self.year))

    def where(self) -> dict | None:
        """The same filter as a Chroma `where` clause."""
        clauses = [{key: value} for key, value in (("source", self.source), ("type", self.type), ("year", self.year)) if value]
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def allows(self, doc: dict) -> bool:
        """Whether a manifest document entry passes."""
        # "year" also holds the year of an undated document's reference number (older manifests: the date's).
        year = doc.get("year") or (int(doc["date"][:4]) if doc.get("date") else None)
        return (
            (not self.source or doc["source"] == self.source)
            and (not self.type or doc.get("type") == self.type)
            and (not self.year or year == self.year)
        )


def reciprocal_rank_fusion(rankings: list[list[str]], k: int = RRF_K) -> dict[str, float]:
    """Fused scores of ids ranked by several retrievers.

    >>> scores = reciprocal_rank_fusion([["a", "b"], ["b", "c"]])
    >>> sorted(scores, key=scores.get, reverse=True)
    ['b', 'a', 'c']
    """
    fused: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking):
            fused[item] = fused.get(item, 0.0) + 1.0 / (k + rank + 1)
    return fused


class HybridRetriever(BaseRetriever):
    """Chunks for a question: dense (Chroma) + BM25, fused by reciprocal rank.

    Returned `Document`s carry in `metadata`: source, title, date, type,
    chunk_id, start, end (offsets into the document's cleaned text), page,
    and the scores (dense_similarity, bm25, fused).
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: Any
    embeddings: Any
    k: int = 5
    fetch_k: int = 20
    filters: Filters = Filters()

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun, k: int | None = None
    ) -> list[Document]:
        # `retriever.invoke(query, k=1)`: LangChain passes a per-call k here only when the signature names it.
        k = self.k if k is None else k
        fetch_k = max(self.fetch_k, k)
        index = self.index
        docs, mask = index.filtered(self.filters)
        if not docs or not query.strip():
            return []
        vector = self.embeddings.embed_query(query)
        dense = index.dense_search(index.collection(self.embeddings), vector, fetch_k, where=self.filters.where())
        lexical = index.lexical().search(query, k=fetch_k, mask=mask)
        fused = reciprocal_rank_fusion([[cid for cid, _, _ in dense], [hit.chunk_id for hit in lexical]])
        similarity = {cid: 1.0 - distance for cid, distance, _ in dense}
        bm25 = {hit.chunk_id: hit.score for hit in lexical}
        results = []
        for chunk_id in sorted(fused, key=fused.get, reverse=True)[:k]:
            source, chunk = index.chunk(chunk_id)
            entry = index.document(source)
            results.append(
                Document(
                    page_content=chunk.text,
                    metadata={
                        "source": source, "title": entry.get("title"), "date": entry.get("date"), "type": entry.get("type"),
                        "chunk_id": chunk_id, "start": chunk.start, "end": chunk.end,
                        "page": index.record(source).clean.page_of(chunk.start),
                        "dense_similarity": similarity.get(chunk_id), "bm25": bm25.get(chunk_id, 0.0),
                        "fused": fused[chunk_id],
                    },
                )
            )
        return results
