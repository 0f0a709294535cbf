"""Swedish lexical index: bm25s over Snowball-stemmed tokens (PyStemmer).

Numbers are tokens too, with Swedish thousands spaces removed first, so
"9 472" and "9472" match each other. Swedish compounds are split against the
corpus's own vocabulary and their parts added as tokens, so
"arbetsmarknadsåtgärder" matches "åtgärder" and "försörjningsstödstagare"
matches "försörjningsstöd" (and the other way round, from the question side).
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


LEXICAL_VERSION = "l2"  # bump when tokens change: ingest then rebuilds BM25
MIN_PART = 4
# Endings that look like a last part but are derivations: "fördel|ningen".
_SUFFIXES = frozenset({"ning", "ningen", "ningar", "ningarna", "ningens", "else", "elsen", "elser", "ande", "ende",
                       "heten", "heter", "skap", "skapet", "ligt", "liga", "lighet", "erna", "arna", "orna", "ens", "ets"})


def words_of(text: str) -> list[str]:
    """Lower-cased words and numbers (thousands spaces joined), stopwords out."""
    text = _THOUSANDS.sub("", text.lower())
    return [w for w in _TOKEN.findall(text) if w not in _STOPWORDS]


# Irregular verb forms and near-synonyms the stemmer cannot join: a claim says
# "fick jobb" where the record says "har fått arbete".
_LEMMAS = {"fick": "få", "fått": "få", "får": "få", "jobb": "arbet", "jobbet": "arbet", "jobben": "arbet", "arbet": "arbet",
           "skrev": "skriv", "skrevs": "skriv", "inskrivn": "skriv", "inskriv": "skriv", "skriv": "skriv", "gick": "gå",
           "gått": "gå", "går": "gå", "tog": "ta", "tagit": "ta"}


def lemmas(tokens) -> set[str]:
    return {_LEMMAS.get(t, t) for t in tokens}


class Decompounder:
    """Splits Swedish compounds into parts the corpus knows.

    >>> d = Decompounder.from_words(["åtgärder", "arbetsmarknaden", "arbetsmarknadsåtgärder"])
    >>> d.parts("arbetsmarknadsåtgärder")
    ['arbetsmarknad', 'åtgärd']
    """

    def __init__(self, known_stems: frozenset[str]):
        self.known = known_stems
        self._memo: dict[str, list[str] | None] = {}

    @classmethod
    def from_words(cls, words) -> "Decompounder":
        stemmer = _stemmer()
        return cls(frozenset(stemmer.stemWords([w for w in set(words) if len(w) >= MIN_PART and w.isalpha()])))

    def _known(self, part: str) -> str | None:
        stem = _stemmer().stemWord(part)
        if stem in self.known:
            return stem
        return None

    def parts(self, word: str) -> list[str] | None:
        """Stems of the parts of `word`, or None when it is not a known compound."""
        if len(word) < 2 * MIN_PART or not word.isalpha():
            return None
        if word in self._memo:
            return self._memo[word]
        found = None
        for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):  # longest head first
            head, tail = word[:cut], word[cut:]
            if tail in _SUFFIXES:
                continue
            head_stem = self._known(head) or (head.endswith("s") and len(head) > MIN_PART and self._known(head[:-1]))
            if not head_stem:
                continue
            rest = self.parts(tail)
            if rest is None:
                tail_stem = self._known(tail)
                # An unknown last part is kept when the head is long enough to be sure.
                rest = [tail_stem] if tail_stem else ([_stemmer().stemWord(tail)] if len(head) >= 6 and len(tail) >= 5 else None)
            if rest:
                found = [head_stem, *rest]
                break
        self._memo[word] = found
        return found


def tokenize(text: str, decompounder: Decompounder | None = None) -> list[str]:
    """Stemmed tokens without Swedish stopwords, plus the parts of compounds.

    >>> tokenize("Jobbtorgen skrev in 9 472 personer")
    ['jobbtorg', 'skrev', 'in', '9472', 'person']
    """
    words = words_of(text)
    tokens = _stemmer().stemWords(words)
    if decompounder is not None:
        for word in words:
            parts = decompounder.parts(word)
            if parts:
                tokens.extend(parts)
    return tokens


@dataclass(frozen=True)
class LexicalHit:
    chunk_id: str
    score: float


class LexicalIndex:
    """BM25 over chunk texts, saved as bm25s's named files plus the chunk ids,
    the compound vocabulary and document frequencies (for sentence scoring)."""

    def __init__(self, retriever: bm25s.BM25 | None, chunk_ids: list[str], decompounder: Decompounder,
                 doc_freq: dict[str, int]):
        self._retriever = retriever
        self.chunk_ids = chunk_ids
        self.decompounder = decompounder
        self.doc_freq = doc_freq
        self._row = {cid: i for i, cid in enumerate(chunk_ids)}

    @classmethod
    def build(cls, chunk_ids: list[str], texts: list[str]) -> "LexicalIndex":
        decompounder = Decompounder.from_words(w for t in texts for w in words_of(t))
        if not texts:
            return cls(None, [], decompounder, {})
        retriever = bm25s.BM25(k1=1.2, b=0.75)
        # An all-stopword chunk would give an empty document; a placeholder
        # token keeps row numbers aligned with chunk ids.
        corpus = [tokenize(t, decompounder) or ["\u2205"] for t in texts]
        retriever.index(corpus, show_progress=False)
        doc_freq: dict[str, int] = {}
        for tokens in corpus:
            for token in set(tokens):
                doc_freq[token] = doc_freq.get(token, 0) + 1
        return cls(retriever, list(chunk_ids), decompounder, doc_freq)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if self._retriever is not None:
            self._retriever.save(str(folder), show_progress=False)
        (folder / "chunk_ids.json").write_text(json.dumps(self.chunk_ids), encoding="utf-8")
        extra = {"version": LEXICAL_VERSION, "known_stems": sorted(self.decompounder.known), "doc_freq": self.doc_freq}
        (folder / "lexicon.json").write_text(json.dumps(extra, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> "LexicalIndex":
        chunk_ids = json.loads((folder / "chunk_ids.json").read_text(encoding="utf-8"))
        extra = json.loads((folder / "lexicon.json").read_text(encoding="utf-8"))
        decompounder = Decompounder(frozenset(extra["known_stems"]))
        if not chunk_ids:
            return cls(None, [], decompounder, {})
        retriever = bm25s.BM25.load(str(folder), show_progress=False, mmap=False)
        return cls(retriever, chunk_ids, decompounder, extra["doc_freq"])

    def tokens(self, text: str) -> list[str]:
        return tokenize(text, self.decompounder)

    def idf(self, token: str) -> float:
        n = max(1, len(self.chunk_ids))
        return float(np.log(1 + (n - self.doc_freq.get(token, 0) + 0.5) / (self.doc_freq.get(token, 0) + 0.5)))

    def mask(self, allowed: set[str]):
        """Row weights admitting only `allowed` chunk ids (computed once per
        filter by the caller, not per query)."""
        weights = np.zeros(len(self.chunk_ids), dtype=np.float32)
        rows = [self._row[cid] for cid in allowed if cid in self._row]
        weights[rows] = 1.0
        return weights

    def search(self, query: str, k: int = 10, mask=None) -> list[LexicalHit]:
        """BM25 hits, best first; `mask` (from `mask()`) restricts them (filters)."""
        if self._retriever is None:
            return []
        vocab = self._retriever.vocab_dict
        tokens = [t for t in self.tokens(query) if t in vocab]
        if not tokens:
            return []
        weights = mask
        k = min(k, len(self.chunk_ids))
        docs, scores = self._retriever.retrieve([tokens], k=k, show_progress=False, n_threads=1, weight_mask=weights)
        hits = []
        for row, score in zip(np.asarray(docs)[0], np.asarray(scores)[0]):
            if score > 0:
                hits.append(LexicalHit(self.chunk_ids[int(row)], float(score)))
        return hits
