"""The extractive answer composer: sentences from the documents, cited.

It scores every sentence of the retrieved chunks against the question (the
sentence's e5 vector against the question's, plus the IDF-weighted share of the
question's Swedish stems it contains), keeps the best few, orders them as the
documents do and marks each with [n]. Quotes are verbatim slices of the
cleaned text, so their offsets can be checked with `jobbtorg show`.

When the best sentence scores under the abstention threshold, or the question
names a year or month no candidate speaks of, it declines ("Dokumenten säger
inget om ...") and lists the closest sentences as related, not as citations.
The composer never writes a number of its own: every digit in an answer comes
from a quoted sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import numpy as np
from langchain_core.documents import Document

from .computing import OperandPicker, Unresolved
from .figures import Figure, document_figures, figures_in_sentence
from .lexical import lemmas, words_of
from .questions import MONTHS_SV, QuestionInfo, analyse, operation

# Tuned on evals/dev/qa.jsonl with evals/sweep_threshold.py (its report is quoted in
# the README). Swedish questions are scored with lexical evidence that English
# ones cannot have, so each language has its own threshold.
ABSTAIN_THRESHOLD = {"sv": 0.88, "en": 0.79}
LEXICAL_WEIGHT = 0.12
COVERAGE_WEIGHT = 0.15
NUMBER_BONUS = 0.02
MARGIN = 0.015
ARITHMETIC_SLACK = 0.05
PREDICATE_OVERLAP = 0.5
MAX_SENTENCES = 3

_NUMBER_WORDS = r"en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tjugo\w*|trettio|fyrtio|femtio|hundra\w*|tusen\w*|hälften|var (?:annan|tredje|fjärde|femte)|en (?:tredjedel|fjärdedel|femtedel)|miljon\w*"
_HAS_NUMBER = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.I)
MONTH_WORDS = frozenset(MONTHS_SV)
_IS_NUMBER = re.compile(rf"^(?:\d[\d.,]*|{_NUMBER_WORDS})$", re.I)
_SIGNATURE = re.compile(r"\b(undertecknade?|undertecknat|skrev under|signerade?|sign(ed|atory)|who answered|who replied|vem svarade)\b", re.I)
_REFERENCE = re.compile(r"(?<![\d-])(?:19|20)\d\d:\d{1,4}(?![\d:])|\b[A-ZÅÄÖ]{2,6}\s?\d{4}-\d{2,5}(?:-\d+)*")
_QUESTION_WORDS = frozenset(
    "hur vad vilka vilken vilket vem vems när var varför många mycket stor stort andel antal fick får finns "
    "how what which who whom when where why many much did does do is are was were the a an of in on to for".split()
)


@dataclass(frozen=True)
class Passage:
    """A verbatim slice of a document's cleaned text."""

    source: str
    title: str | None
    quote: str
    start: int
    end: int

    def to_json(self) -> dict:
        return {"source": self.source, "title": self.title, "quote": self.quote, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Citation(Passage):
    """A passage an answer marks with [n]."""

    n: int = 0

    def to_json(self) -> dict:
        return {"n": self.n, **super().to_json()}


@dataclass(frozen=True)
class ScoredSentence:
    source: str
    title: str | None
    start: int
    end: int
    text: str
    dense: float
    lexical: float
    score: float
    rank: int  # the retrieval rank of its chunk


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str
    abstained: bool
    citations: tuple[Citation, ...]
    related: tuple[Citation, ...]
    resolved_question: str
    confidence: float
    composer: str = "extractive"
    figures: tuple[dict, ...] = ()
    warnings: tuple[str, ...] = ()
    timings_ms: dict = field(default_factory=dict)

    def to_json(self, id=None) -> dict:  # noqa: A002 - the contract's field name
        return {
            "id": id, "question": self.question, "answer": self.answer, "abstained": self.abstained,
            "citations": [c.to_json() for c in self.citations], "related": [c.to_json() for c in self.related],
            "figures": list(self.figures), "composer": self.composer, "warnings": list(self.warnings),
            "timings_ms": self.timings_ms,
        }


def _sentence_rows(record, start: int, end: int) -> range:
    starts = [s.start for s in record.sentences]
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end)
    return range(first, last)


def _mentions_month(text: str, months: tuple[str, ...]) -> bool:
    lowered = text.lower()
    return any(re.search(rf"\b{m}\b", lowered) for m in months)


class ExtractiveComposer:
    """Selects, orders and cites sentences; declines when nothing answers."""

    name = "extractive"

    def __init__(self, index, embeddings, threshold: dict[str, float] | float | None = None):
        self.index = index
        self.embeddings = embeddings
        threshold = ABSTAIN_THRESHOLD if threshold is None else threshold
        self.threshold = threshold if isinstance(threshold, dict) else {"sv": threshold, "en": threshold}

    def score(self, question: str, docs: list[Document]) -> list[ScoredSentence]:
        """Every sentence of the retrieved chunks, scored, best first."""
        info = analyse(question)
        lexical = self.index.lexical()
        qvec = np.asarray(self.embeddings.embed_query(question), dtype=np.float32)
        content = [w for w in words_of(question) if w not in _QUESTION_WORDS]
        q_tokens = set(lexical.tokens(" ".join(content)))
        weights = {t: lexical.idf(t) for t in q_tokens}
        total = sum(weights.values()) or 1.0
        # Swedish words of the question the corpus never uses (lön, logotyp,
        # anställda) are evidence that it asks about something not covered.
        # Numbers are checked as figures, not as words: "tio dagar" is not off-topic.
        wording = {t: lexical.idf(t) for t in lexical.tokens(" ".join(w for w in content if not _IS_NUMBER.match(w)))}
        coverage = sum(w for t, w in wording.items() if t in lexical.doc_freq) / (sum(wording.values()) or 1.0) if wording else 1.0
        shift = COVERAGE_WEIGHT * (coverage - 1) if info.language == "sv" else 0.0
        scored: list[ScoredSentence] = []
        seen: set[tuple[str, int]] = set()
        for rank, doc in enumerate(docs):
            source = doc.metadata["source"]
            record = self.index.record(source)
            vectors = self.index.sentence_vectors(source)
            for row in _sentence_rows(record, doc.metadata["start"], doc.metadata["end"]):
                sentence = record.sentences[row]
                if (source, sentence.start) in seen:
                    continue
                seen.add((source, sentence.start))
                text = record.text[sentence.start : sentence.end]
                dense = float(vectors[row] @ qvec)
                overlap = sum(weights[t] for t in q_tokens & set(lexical.tokens(text))) / total
                score = dense + LEXICAL_WEIGHT * overlap + shift + _adjustment(info, text, doc.metadata.get("title"))
                scored.append(ScoredSentence(source, doc.metadata.get("title"), sentence.start, sentence.end, text,
                                             dense, overlap, score, rank))
        return sorted(scored, key=lambda s: s.score, reverse=True)

    def compose(self, question: str, docs: list[Document], original: str | None = None) -> Answer:
        original = original or question
        info = analyse(question)
        if _SIGNATURE.search(question):
            return _signatory_answer(self.index, question, original, docs)
        scored = self.score(question, docs)
        eligible = [s for s in scored if _eligible(info, s, self.index)]
        best = eligible[0].score if eligible else (scored[0].score if scored else 0.0)
        language = analyse(original).language
        threshold = self.threshold[info.language]
        if eligible and info.wants_arithmetic and threshold - ARITHMETIC_SLACK <= best < threshold:
            # Near the threshold, operands found by what they count are evidence enough.
            computed = self._computed(question, original, language, docs, best)
            if computed is not None and computed.figures:
                return computed
        if not eligible or best < threshold:
            related = tuple(_citation(i + 1, s) for i, s in enumerate(scored[:3]))
            return Answer(original, _decline(language, info, bool(scored) and not eligible), True, (), related, question, best)
        chosen = [s for s in eligible if s.score >= best - MARGIN][:MAX_SENTENCES]
        if info.wants_number:
            with_numbers = [s for s in chosen if _HAS_NUMBER.search(s.text)]
            chosen = with_numbers or chosen
        if info.wants_arithmetic and not _states_answer(question, eligible[0]):
            computed = self._computed(question, original, language, docs, best)
            if computed is not None:
                return computed
        order = {s.source: s.rank for s in chosen}
        chosen.sort(key=lambda s: (order[s.source], s.start))
        citations = tuple(_citation(i + 1, s) for i, s in enumerate(chosen))
        return Answer(original, _render(language, citations), False, citations, (), question, best)

    def _sentence_vector(self, figure: Figure):
        """The stored vector of the sentence a figure stands in."""
        record = self.index.record(figure.source)
        row = bisect.bisect_left([s.start for s in record.sentences], figure.sentence_start)
        return self.index.sentence_vectors(figure.source)[row]

    def _computed(self, question: str, original: str, language: str, docs: list[Document], best: float) -> Answer | None:
        """Answer a question that needs arithmetic from the retrieved figures, or
        list the figures found when the operands cannot be told apart."""
        op = operation(question)
        figures: list[Figure] = []
        for doc in docs:
            start, end = doc.metadata["start"], doc.metadata["end"]
            figures += [f for f in document_figures(self.index.record(doc.metadata["source"])) if start <= f.start < end]
        figures = list({f.id: f for f in figures}.values())
        if op is None or not figures:
            return None
        years = {d["source"]: int(d["date"][:4]) if d.get("date") else None for d in self.index.documents}
        picker = OperandPicker(self.embeddings, self.index.lexical(), years,
                               lambda source: document_figures(self.index.record(source)), self._sentence_vector)
        result = picker.pick(question, op, figures)
        if isinstance(result, Unresolved):
            shown = result.figures[:4]
            if not shown:
                return None
            citations = _figure_citations(self.index, shown)
            found = " ".join(f"{c.quote} [{c.n}]" for c in citations)
            lead = ("Jag kan inte avgöra vilka siffror frågan gäller, så jag räknar inte. Dokumenten anger: "
                    if language == "sv" else "I cannot tell which figures the question means, so I do not compute. The documents give: ")
            return Answer(original, lead + found, False, citations, (), question, best, warnings=("ambiguous_operands",))
        citations = _figure_citations(self.index, result.figures)
        marks = " ".join(f"[{c.n}]" for c in citations)
        lead = "Beräknat ur dokumentens siffror" if language == "sv" else "Computed from the documents' figures"
        figure_json = _figure_json(result, citations)
        return Answer(original, f"{lead}: {result.computation.text} {marks}.", False, citations, (), question, best,
                      figures=(figure_json,))


def _states_answer(question: str, best: ScoredSentence) -> bool:
    """A share the best sentence states ("6 % av gruppen ...") is quoted, not recomputed."""
    if operation(question) not in ("share", "percent_change"):
        return False
    return any(f.kind in ("percent", "proportion") for f in figures_in_sentence(best.source, best.text, best.start))


def _figure_citations(index, figures) -> tuple[Citation, ...]:
    """One citation per distinct sentence holding the figures, in operand order."""
    citations: list[Citation] = []
    for figure in figures:
        if any(c.source == figure.source and c.start == figure.sentence_start for c in citations):
            continue
        title = index.document(figure.source).get("title")
        citations.append(Citation(figure.source, title, figure.sentence, figure.sentence_start, figure.sentence_end, n=len(citations) + 1))
    return tuple(citations)


def _figure_json(picked, citations: tuple[Citation, ...]) -> dict:
    """The `figures` entry of `jobbtorg ask --json`."""
    comp = picked.computation
    inputs = []
    for figure in picked.figures:
        inputs.append({"value": figure.value, "source": figure.source, "quote": figure.sentence,
                       "start": figure.sentence_start, "end": figure.sentence_end})
    return {"label": comp.label, "value": comp.rounded, "unit": comp.unit, "formula": comp.text, "inputs": inputs}


def _signature_lines(record) -> list:
    """The sentences of the closing block that hold the signatory's name and role."""
    meta = record.metadata
    wanted = [v for v in (meta.signatory, meta.signatory_role) if v]
    found = []
    for value in wanted:
        for sentence in reversed(record.sentences):
            if record.text[sentence.start : sentence.end] == value:
                found.append(sentence)
                break
    return found


def _adjustment(info: QuestionInfo, text: str, title: str | None = None) -> float:
    adjust = 0.0
    if info.wants_number and _HAS_NUMBER.search(text):
        adjust += NUMBER_BONUS
    if text.rstrip().endswith(("?", ":")):
        adjust -= 0.05  # a question quoted in the document, or a lead-in to a list, does not answer
    if title and text.rstrip(" .") == title:
        adjust -= 0.05  # the title names the document; it does not answer questions about it
    if len(text) < 40 and text[-1:] not in ".!":
        adjust -= 0.03  # a heading, a name line
    return adjust


def _signatory_answer(index, question: str, original: str, docs: list[Document]) -> Answer:
    """Who signed: the signature block of the document the question points at
    (by its reference number when it gives one, else the best retrieved)."""
    language = analyse(original).language
    refs = {r.replace(" ", "") for r in _REFERENCE.findall(question)}
    sources = list(dict.fromkeys(d.metadata["source"] for d in docs))
    if refs:
        by_ref = [d["source"] for d in index.documents if refs & {r.replace(" ", "").removeprefix("Dnr") for r in d["references"]}]
        sources = by_ref or sources
    for source in sources[:1] if refs else sources:
        record = index.record(source)
        lines = _signature_lines(record)
        if lines:
            title = index.document(source).get("title")
            citations = tuple(Citation(source, title, record.text[s.start : s.end], s.start, s.end, n=i + 1) for i, s in enumerate(lines))
            named = ", ".join(f"{c.quote} [{c.n}]" for c in citations)
            text = f"Undertecknat av {named}." if language == "sv" else f"Signed by {named}."
            return Answer(original, text, False, citations, (), question, 1.0)
    decline = (
        "Dokumenten säger inget om vem som undertecknade det." if language == "sv" else "The documents do not say who signed it."
    )
    return Answer(original, decline, True, (), (), question, 0.0)


def _eligible(info: QuestionInfo, sentence: ScoredSentence, index) -> bool:
    """A sentence cannot answer a question about a year its document never
    mentions, nor a number question about a month it does not name."""
    if info.years:
        document = index.record(sentence.source).text
        if not any(str(year) in document for year in info.years):
            return False
    if info.months and info.wants_number and not _mentions_month(sentence.text, info.months):
        return False
    if info.months and info.wants_number and info.language == "sv":
        # "Hur många fick arbete i januari?" is not answered by "971 inskrivna i
        # januari": a number for a month must be about what the question counts.
        lexical = index.lexical()
        asked = lemmas(lexical.tokens(" ".join(
            w for w in words_of(info.text) if w not in _QUESTION_WORDS and w not in MONTH_WORDS and not _IS_NUMBER.match(w))))
        if asked and len(asked & lemmas(lexical.tokens(sentence.text))) / len(asked) < PREDICATE_OVERLAP:
            return False
    return True


def _citation(n: int, s: ScoredSentence) -> Citation:
    return Citation(s.source, s.title, s.text, s.start, s.end, n=n)


def _render(language: str, citations: tuple[Citation, ...]) -> str:
    parts = [f"{c.quote} [{c.n}]" for c in citations]
    if language == "sv":
        return " ".join(parts)
    return "The documents say (quoted in Swedish): " + " ".join(f"“{c.quote}” [{c.n}]" for c in citations)


def _decline(language: str, info: QuestionInfo, off_period: bool) -> str:
    if language == "sv":
        if off_period:
            return "Dokumenten säger inget om det för den period frågan gäller (år eller månad)."
        return "Dokumenten säger inget om det du frågar om. De närmaste styckena visas som relaterade, inte som källor."
    if off_period:
        return "The documents say nothing about that for the period asked about (year or month)."
    return "The documents do not say anything about this. The closest passages are shown as related, not as sources."

