"""Summaries: "Sammanfatta interpellation 2013:19", "vad handlar rapporten om ...",
"summarise the documents". Extractive and cited like every answer: the most
central sentences of the document named (each sentence's e5 vector against the
mean of the document's), in the document's order, plus its key figures; with no
document named, an overview of the corpus, one central sentence per document.
"""

from __future__ import annotations

import re

import numpy as np

from .vocabulary import SUMMARY_CUE

SUMMARY_SENTENCES = 5  # the issue asks for 3-6 central sentences
KEY_FIGURES = 3
MIN_WORDS = 6  # a heading, a date line or a signature is not a central sentence
_LIST_ITEM = re.compile(r"^\s*(?:\d+[.)]|[-•–])\s")


def asks_summary(question: str) -> bool:
    """
    >>> asks_summary("Sammanfatta vad interpellationen 2013:19 handlar om"), asks_summary("Vem skrev svaret?")
    (True, False)
    """
    return bool(SUMMARY_CUE.search(question))


def central_sentences(texts: list[str], vectors: np.ndarray, k: int = SUMMARY_SENTENCES) -> list[int]:
    """Indices of the k sentences nearest the document's mean vector, in document order.
    Headings, dates, signatures and list items ("1. Hur många ...") are left out when
    enough full sentences remain.

    >>> v = np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0]])
    >>> central_sentences(["Ett två tre fyra fem sex.", "Sju åtta nio tio elva tolv.", "Kort."], v, k=2)
    [0, 1]
    """
    full = [i for i, t in enumerate(texts) if len(t.split()) >= MIN_WORDS and not _LIST_ITEM.match(t)]
    pool = full if len(full) >= min(k, len(texts)) else list(range(len(texts)))
    if not pool:
        return []
    centre = vectors[pool].mean(axis=0)
    centre = centre / (np.linalg.norm(centre) or 1.0)
    scores = vectors[pool] @ centre
    chosen = [pool[i] for i in np.argsort(-scores)[:k]]
    return sorted(chosen)


def key_figures(figures: list, k: int = KEY_FIGURES) -> list:
    """The document's first counts, percentages and amounts (its headline numbers), one per sentence."""
    seen, out = set(), []
    for figure in figures:
        if figure.kind in ("count", "percent", "money") and figure.sentence_start not in seen:
            seen.add(figure.sentence_start)
            out.append(figure)
        if len(out) == k:
            break
    return out
