"""A synthetic corpus for the scale benchmark, and vectors derived for it.

`synthetic_corpus` writes variants of the shipped documents: every figure
scaled by a seeded random factor (same format: `9 472`, `56,4`), years shifted,
blocks of text dropped or borrowed from another shipped document. The same
seed gives the same files, byte for byte.

Embedding 20 000 chunks (and their sentences) with e5 on two CPU cores takes
well over an hour, so the scale run can use `DerivedEmbeddings`: a text's
vector is the real e5 vector of the shipped sentence it varies (matched on
its letters, figures ignored) plus seeded noise, and a text matching nothing
gets a seeded random unit vector. Queries are embedded by the real model. The
vectors have the model's dimension and realistic neighbourhoods, so HNSW
search and sentence scoring do the work they would do; only the embedding
time is not measured at that size (a real run on a smaller sample measures it).
"""

from __future__ import annotations

import hashlib
import random
import re
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

_NUMBER = re.compile(r"(?<![\w-])(\d{1,3}(?: \d{3})+|\d+)(,\d+)?(?![\w-])")
_BLOCK = re.compile(r"\n[ \t]*\n[ \t]*\n")
_LETTERS = re.compile(r"[^\W\d_]+")


def _vary_number(match: re.Match, rng: random.Random, year_shift: int) -> str:
    whole, decimals = match.group(1), match.group(2) or ""
    value = int(whole.replace(" ", ""))
    if not decimals and 1990 <= value <= 2030 and " " not in whole:
        return str(value + year_shift)  # a year
    if value == 0 and not decimals:
        return whole
    scaled = value * rng.uniform(0.6, 1.4)
    if decimals:
        places = len(decimals) - 1
        return f"{scaled:.{places}f}".replace(".", ",")
    digits = str(max(1, round(scaled)))
    if " " in whole or len(digits) > 4:
        digits = f"{int(digits):,}".replace(",", " ")
    return digits


def vary_document(text: str, others: list[str], rng: random.Random) -> str:
    """One variant of a document: figures and years changed, some blocks
    dropped, some borrowed from the other documents; head and signature kept."""
    blocks = _BLOCK.split(text)
    head, body, tail = blocks[:2], blocks[2:-2], blocks[-2:]
    varied: list[str] = []
    for block in body:
        if rng.random() < 0.15:
            continue
        varied.append(block)
        if others and rng.random() < 0.25:
            donor = _BLOCK.split(rng.choice(others))
            if len(donor) > 4:
                varied.append(rng.choice(donor[2:-2]))
    year_shift = rng.randint(-4, 4)
    joined = "\n \n \n".join(head + varied + tail)
    return _NUMBER.sub(lambda m: _vary_number(m, rng, year_shift), joined)


def synthetic_corpus(shipped: list[Path], out_dir: Path, target_chunks: int, seed: int = 20081125) -> tuple[list[Path], int]:
    """Write variants of `shipped` into `out_dir` until they hold at least
    `target_chunks` chunks; returns the files and their chunk count."""
    from .ingest import parse_document
    from .loading import load_document

    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in shipped]
    out_dir.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    chunks = 0
    while chunks < target_chunks:
        i = len(files)
        base = i % len(texts)
        text = vary_document(texts[base], texts[:base] + texts[base + 1 :], rng)
        path = out_dir / f"syn_{i:05d}_{shipped[base].stem[:3]}.txt"
        path.write_text(text, encoding="utf-8")
        chunks += len(parse_document(load_document(path)).chunks)
        files.append(path)
    return files, chunks


def letters_key(text: str) -> str:
    """What stays of a text when its figures vary: its words.

    >>> letters_key("9 472 personer, 56,4 procent.") == letters_key("8 100 personer, 61,0 procent.")
    True
    """
    return " ".join(_LETTERS.findall(text.lower()))


def _seed_of(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


class DerivedEmbeddings(Embeddings):
    """Document vectors derived from real ones (see the module docstring);
    queries go to the real embedder, whose id and dimension this reports."""

    def __init__(self, real: Embeddings, known: dict[str, np.ndarray], noise: float = 0.25):
        self.real = real
        self.embedder_id = real.embedder_id
        self.dimension = real.dimension
        self.known = known
        self.noise = noise

    @classmethod
    def from_vectors(cls, real: Embeddings, vectors: dict[str, list[float]]) -> "DerivedEmbeddings":
        """From real vectors already made, by text (the benchmark's shipped ingest)."""
        return cls(real, {letters_key(t): np.asarray(v, dtype=np.float32) for t, v in vectors.items()})

    @classmethod
    def from_texts(cls, real: Embeddings, texts: list[str]) -> "DerivedEmbeddings":
        unique = list(dict.fromkeys(texts))
        return cls.from_vectors(real, dict(zip(unique, real.embed_documents(unique))))

    def _vector(self, text: str) -> list[float]:
        from .chunking import split_sentences

        rng = np.random.default_rng(_seed_of(text))
        base = self.known.get(letters_key(text))
        if base is None:
            parts = [self.known.get(letters_key(text[s.start : s.end])) for s in split_sentences(text)]
            parts = [p for p in parts if p is not None]
            base = np.mean(parts, axis=0) if parts else rng.standard_normal(self.dimension).astype(np.float32)
        base = base / np.linalg.norm(base)
        vector = base + rng.standard_normal(self.dimension).astype(np.float32) * (self.noise / np.sqrt(self.dimension))
        return (vector / np.linalg.norm(vector)).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.real.embed_query(text)
