"""Swedish lexical index: bm25s over Snowball-stemmed tokens (PyStemmer).

Numbers are tokens too, with Swedish thousands spaces removed first, so
"9 472" and "9472" match each other.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_SWEDISH

_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+", re.UNICODE)
_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")
_STOPWORDS = frozenset(STOPWORDS_SWEDISH)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("swedish")


def tokenize(text: str) -> list[str]:
    """Lower-cased, stemmed tokens without Swedish stopwords.

    >>> tokenize("Jobbtorgen skrev in 9 472 personer")
    ['jobbtorg', 'skrev', 'in', '9472', 'person']
    """
    text = _THOUSANDS.sub("", text.lower())
    words = [w for w in _TOKEN.findall(text) if w not in _STOPWORDS]
    return _stemmer().stemWords(words)


@dataclass(frozen=True)
class LexicalHit:
    chunk_id: str
    score: float


class LexicalIndex:
    """BM25 over chunk texts, saved as bm25s's named files plus the id list."""

    def __init__(self, retriever: bm25s.BM25 | None, chunk_ids: list[str]):
        self._retriever = retriever
        self.chunk_ids = chunk_ids

    @classmethod
    def build(cls, chunk_ids: list[str], texts: list[str]) -> "LexicalIndex":
        if not texts:
            return cls(None, [])
        retriever = bm25s.BM25(k1=1.2, b=0.75)
        # An all-stopword chunk would give an empty document; a placeholder
        # token keeps row numbers aligned with chunk ids.
        corpus = [tokenize(t) or ["\u2205"] for t in texts]
        retriever.index(corpus, show_progress=False)
        return cls(retriever, list(chunk_ids))

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if self._retriever is not None:
            self._retriever.save(str(folder), show_progress=False)
        (folder / "chunk_ids.json").write_text(json.dumps(self.chunk_ids), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> "LexicalIndex":
        chunk_ids = json.loads((folder / "chunk_ids.json").read_text(encoding="utf-8"))
        if not chunk_ids:
            return cls(None, [])
        retriever = bm25s.BM25.load(str(folder), show_progress=False, mmap=False)
        return cls(retriever, chunk_ids)

    def search(self, query: str, k: int = 10) -> list[LexicalHit]:
        if self._retriever is None:
            return []
        vocab = self._retriever.vocab_dict
        tokens = [t for t in tokenize(query) if t in vocab]
        if not tokens:
            return []
        k = min(k, len(self.chunk_ids))
        docs, scores = self._retriever.retrieve([tokens], k=k, show_progress=False, n_threads=1)
        hits = []
        for row, score in zip(np.asarray(docs)[0], np.asarray(scores)[0]):
            if score > 0:
                hits.append(LexicalHit(self.chunk_ids[int(row)], float(score)))
        return hits
