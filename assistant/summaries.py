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

# The heading of a document's own summary section.
ALL_DOCUMENTS = re.compile(r"\b(?:dokumenten|handlingarna|alla dokument\w*|the documents|all (?:the )?documents)\b", re.I)
OWN_SUMMARY = re.compile(r"^(?:sammanfattning|summary)\s*:?$", re.I)

SUMMARY_SENTENCES = 5  # the issue asks for 3-6 central sentences
# Maximal marginal relevance: how much centrality counts against likeness to a sentence already chosen.
DIVERSITY_WEIGHT = 0.7
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
    """Indices of k sentences that are central to the document and differ from each other
    (maximal marginal relevance against the mean vector), in document order: five
    sentences all restating the document's theme summarise less than five on its parts.
    Headings, dates, signatures and list items ("1. Hur många ...") are left out when
    enough full sentences remain.

    >>> v = np.array([[1.0, 0.0], [0.99, 0.14], [0.0, 1.0], [0.7, 0.7]])
    >>> central_sentences(["Ett två tre fyra fem sex."] * 3 + ["Sju åtta nio tio elva tolv."], v, k=2)
    [1, 3]
    """
    pool = _full_sentences(texts, k)
    if not pool:
        return []
    scores = centrality(vectors, pool)
    chosen: list[int] = []
    while len(chosen) < min(k, len(pool)):
        def gain(i: int) -> float:
            redundancy = max((float(vectors[pool[i]] @ vectors[pool[j]]) for j in chosen), default=0.0)
            return DIVERSITY_WEIGHT * scores[i] - (1 - DIVERSITY_WEIGHT) * redundancy
        chosen.append(max((i for i in range(len(pool)) if i not in chosen), key=gain))
    return sorted(pool[i] for i in chosen)


def asks_all_documents(question: str) -> bool:
    """A summary of "the documents", in the plural: of them all, unless its words name
    one document only.

    >>> asks_all_documents("sammanfatta vad dokumenten säger om jobbtorg"), asks_all_documents("Sammanfatta interpellationen")
    (True, False)
    """
    return bool(ALL_DOCUMENTS.search(question))


def own_summary(texts: list[str], k: int = SUMMARY_SENTENCES) -> list[int]:
    """Indices of the sentences under the document's own "Sammanfattning" line (a
    tjänsteutlåtande opens with one), up to k full sentences or the next short line without
    a full stop; [] when it has none. The author's own summary says what the document is
    about, where centrality only guesses.

    >>> own_summary(["Sammanfattning", "Nämnden har fått en skrivelse om jobbgaranti.", "Bakgrund",
    ...              "Den 1 januari 2008 inrättades Jobbtorg Stockholm i staden."])
    [1]
    >>> own_summary(["Bakgrund", "Nämnden har fått en skrivelse om jobbgaranti."])
    []
    """
    start = next((i for i, t in enumerate(texts) if OWN_SUMMARY.match(t.strip())), None)
    if start is None:
        return []
    chosen: list[int] = []
    for i in range(start + 1, len(texts)):
        words = texts[i].split()
        if len(words) < MIN_WORDS and not texts[i].rstrip().endswith((".", "!", "?")):
            if chosen:
                break  # the next heading ends the section
            continue
        if len(words) >= MIN_WORDS and not _LIST_ITEM.match(texts[i]):
            chosen.append(i)
        if len(chosen) == k:
            break
    return chosen


def _full_sentences(texts: list[str], k: int) -> list[int]:
    full = [i for i, t in enumerate(texts) if len(t.split()) >= MIN_WORDS and not _LIST_ITEM.match(t)]
    return full if len(full) >= min(k, len(texts)) else list(range(len(texts)))


def centrality(vectors: np.ndarray, pool: list[int]) -> np.ndarray:
    """Each pooled sentence's closeness to the mean of the pool."""
    centre = vectors[pool].mean(axis=0)
    centre = centre / (np.linalg.norm(centre) or 1.0)
    return vectors[pool] @ centre


def key_figures(figures: list, closeness, k: int = KEY_FIGURES) -> list:
    """The document's headline numbers: counts, shares and amounts written in digits,
    from its most central sentences (`closeness(sentence_start)`), one per sentence, in
    document order. A count in words ("fem lokala Jobbtorg") is detail, not a headline."""
    candidates = [f for f in figures if f.kind in ("count", "percent", "money", "proportion") and f.text[:1].isdigit()]
    best: dict[int, object] = {}
    for figure in sorted(candidates, key=lambda f: -closeness(f.sentence_start)):
        best.setdefault(figure.sentence_start, figure)
    return sorted(list(best.values())[:k], key=lambda f: f.start)
