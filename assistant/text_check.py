"""Whole-text check: a journalist's draft, sentence by sentence.

The text is split into sentences (the same splitter the documents go through);
each sentence that states something checkable gets its own verdict from the
claim checker, with its explanation, evidence and computation; a sentence with
nothing to check (a question, a greeting, an opinion without a figure or a name
the documents know) is marked "no_claim". Offsets are the sentence's place in
the text as given, so an editor can find it again.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .chunking import split_sentences
from .figures import figures_in_sentence
from .vocabulary import ANAPHORIC_START, PARTY_MARKER

VERDICTS = ("supported", "contradicted", "not_found", "no_claim")
MIN_WORDS = 4  # "Det stämmer." states nothing a document can bear out
MIN_KNOWN = 3  # content words the documents use, for a sentence without a figure or a name
_NAME = re.compile(r"(?<=\s)[A-ZÅÄÖ][a-zåäöé]+")
_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")


@dataclass(frozen=True)
class SentenceVerdict:
    n: int
    text: str
    start: int
    end: int
    verdict: str  # one of VERDICTS
    explanation: str
    evidence: tuple = ()
    computation: dict | None = None
    elements: tuple = ()

    def to_json(self) -> dict:
        return {"n": self.n, "text": self.text, "start": self.start, "end": self.end, "verdict": self.verdict,
                "explanation": self.explanation, "evidence": [e.to_json() for e in self.evidence],
                "computation": self.computation, "elements": [e.to_json() for e in self.elements]}


@dataclass(frozen=True)
class TextCheck:
    text: str
    sentences: tuple[SentenceVerdict, ...]

    @property
    def counts(self) -> dict[str, int]:
        found = Counter(s.verdict for s in self.sentences)
        return {verdict: found.get(verdict, 0) for verdict in VERDICTS}

    def to_json(self) -> dict:
        return {"sentences": [s.to_json() for s in self.sentences], "counts": self.counts}


def checkable(sentence: str, known) -> bool:
    """Whether a sentence states something the documents could bear out: a figure,
    a year, a party marker or a name, or at least a few words the documents use.

    >>> checkable("Vad tycker du?", lambda t: True), checkable("Hej allihop, tack för sist.", lambda t: False)
    (False, False)
    >>> checkable("Jobbtorg skrev in 9 472 personer.", lambda t: False)
    True
    """
    words = sentence.split()
    if sentence.rstrip().endswith("?") or len(words) < MIN_WORDS:
        return False
    if figures_in_sentence("text", sentence, 0) or _YEAR.search(sentence) or PARTY_MARKER.search(sentence):
        return True
    if _NAME.search(sentence):  # a capitalised word after the first: a person, place or body
        return True
    return sum(bool(known(w)) for w in words) >= MIN_KNOWN


def check_text(text: str, check, known, language: str = "sv") -> TextCheck:
    """Each sentence of `text` with its verdict: `check(claim)` gives a claims.Verdict,
    `known(word)` says whether the documents use a word."""
    rows = []
    previous = ""
    for n, span in enumerate(split_sentences(text), start=1):
        sentence = text[span.start : span.end]
        if not checkable(sentence, known):
            why = "Inget att pröva i meningen." if language == "sv" else "Nothing to check in this sentence."
            rows.append(SentenceVerdict(n, sentence, span.start, span.end, "no_claim", why))
            previous = sentence
            continue
        # "Av dem fick 1 812 ett arbete": checked with the sentence it points back to.
        verdict = check(f"{previous} {sentence}" if previous and ANAPHORIC_START.match(sentence) else sentence)
        previous = sentence
        rows.append(SentenceVerdict(n, sentence, span.start, span.end, verdict.verdict, verdict.explanation,
                                    tuple(verdict.evidence), verdict.computation, tuple(verdict.elements)))
    return TextCheck(text, tuple(rows))
