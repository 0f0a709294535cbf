"""Days between two dates the documents give: two in one sentence ("för vuxna
10/8, för ungdomar 25/8") or the dates two documents bear ("hur många dagar gick
det mellan Nordins två svar"). The dates are quoted where they stand; the
arithmetic is `statistics.days_between`."""

from __future__ import annotations

import re

from .answering import Answer, Citation, ScoredSentence
from .dates import StatedDate, dates_in
from .document_facts import fact_of
from .lexical import lemmas
from .statistics import Operand, days_between
from .vocabulary import DOCUMENT_CUE, EVENT_START, SIGNING_ASKED, TWO_DOCUMENTS

SENTENCES_READ = 5  # the closest sentences looked at for two dates of their own
# How long something runs, asked ("pågår", "från start till slut", "how long does it run") and stated
# ("startar den 15 april 2024 och pågår till och med den 31 december 2026", "från ... till ...").
RUNS_ASKED = re.compile(r"\b(?:pågår|pågick|varar|varade|löper|håller\s+(?:\S+\s+){0,3}?på|från start till slut|"
                        r"run|runs|last|lasts|from start to (?:finish|end))\b", re.I)
RUNS_STATED = re.compile(r"\b(?:pågår|pågick|till och med|t\.\s?o\.\s?m|löper|varar|through|until|to)\b", re.I)
COMMON_YEAR = 2001  # not a leap year


def days_answer(index, question: str, original: str, language: str, scored: list[ScoredSentence],
                best: float) -> Answer | None:
    """The days between the two dates the question asks about, or None when the
    documents do not give two."""
    years = index.document_years
    # Two dates of one sentence are a span whatever the year: one the document does not
    # give is read in a common year and shown as written ("25/8 − 10/8").
    pair = next(((s, found[:2]) for s in scored[:SENTENCES_READ]
                 if len(found := dates_in(s.text, years.get(s.source) or COMMON_YEAR)) >= 2), None)
    if pair is None and RUNS_ASKED.search(question):
        # "hur många dagar pågår jobbsteget": the sentence giving its start and its end, further down the list.
        pair = next(((s, found[:2]) for s in scored[:SENTENCES_READ * 3] if RUNS_STATED.search(s.text)
                     and len(found := dates_in(s.text, years.get(s.source) or COMMON_YEAR)) >= 2), None)
    # "hur många dagar efter pressmeddelandet drar startbanan igång": a start a sentence gives, and the day
    # of the one paper the question names, not the days between two papers.
    started = bool(EVENT_START.search(question)) and not TWO_DOCUMENTS.search(question)
    documents = _document_dates(index, question, scored) if DOCUMENT_CUE.search(question) and not started else None
    if documents is None and (SIGNING_ASKED.search(question) or started and DOCUMENT_CUE.search(question)) \
            and (event := _event_and_signing(index, question, scored)) is not None:
        # "från att hon lämnade in interpellationen tills svaret skrevs under": the day a sentence of the reply
        # gives ("som lämnades in den 14 februari 2024") and the day the reply is signed, before two dates of
        # any one sentence (a meeting's "från 2025-03-18 till 2025-06-17" is of something else).
        documents, pair = event, None
    if pair is not None and documents is None:
        sentence, (first, second) = pair
        citations = (Citation(sentence.source, sentence.title, sentence.text, sentence.start, sentence.end, n=1),)
        dated = [(first, citations[0]), (second, citations[0])]
    elif documents is None and (RUNS_ASKED.search(question) or not (DOCUMENT_CUE.search(question) or SIGNING_ASKED.search(question)
                                                                      or TWO_DOCUMENTS.search(question))):
        # How long something runs, or the days between two things the papers do not date in one sentence
        # ("mellan infoträffen och starten"), is no span between two papers' own dates.
        return None
    else:
        # "mellan de två svaren", "between the replies she signed": the dates the documents bear.
        dated = documents or _document_dates(index, question, scored)
        if dated is None:
            return None
        citations = tuple(c for _, c in dated)
    operands = [Operand(d.date.toordinal(), f"{c.source}#{c.start}", _shown(d)) for d, c in dated]
    computation = days_between(*operands)
    marks = " ".join(f"[{n}]" for n in dict.fromkeys(c.n for _, c in dated))
    lead = "Beräknat ur dokumentens datum" if language == "sv" else "Computed from the documents' dates"
    figure = {"label": computation.label, "value": computation.rounded, "unit": computation.unit, "formula": computation.text,
              "inputs": [{"value": _shown(d), "source": c.source, "quote": c.quote, "start": c.start, "end": c.end}
                         for d, c in dated]}
    return Answer(original, f"{lead}: {computation.text} {marks}.", False, citations, (), question, best, figures=(figure,))


def _shown(date: StatedDate) -> str:
    return date.date.isoformat() if date.year_given else date.text


def _date_line(index, source: str, n: int = 2) -> tuple[StatedDate, Citation] | None:
    """A document's own date, quoted at its date line (as citation `n`)."""
    doc = index.document(source)
    record = index.record(source)
    fact = fact_of("date", record, doc.get("title"))
    if fact.value is None:
        return None
    (start, end), = fact.spans
    quote = record.text[start:end]
    stated = dates_in(quote, None)
    return (stated[0], Citation(source, doc.get("title"), quote, start, end, n=n)) if stated else None


def _event_and_signing(index, question: str, scored: list[ScoredSentence]) -> list[tuple[StatedDate, Citation]] | None:
    """The one date a close sentence gives and the date its own document is signed, when they differ; of the
    documents the question names by their titles' words ("interpellationen") when it names any."""
    asked = lemmas(index.lexical().tokens(question))
    named = {s.source for s in scored if asked & index.title_stems(index.document(s.source))}
    started = EVENT_START.search(question)
    for s in [s for s in scored if not named or s.source in named][:SENTENCES_READ]:
        found = dates_in(s.text, index.document_years.get(s.source))
        if started and len(found) > 1 and EVENT_START.search(s.text[: found[0].start]):
            found = found[:1]  # "startar den 6 maj 2024 och pågår till och med ...": the start asked
        signed = _date_line(index, s.source) if len(found) == 1 and found[0].year_given else None
        if signed is None or signed[0].date == found[0].date or s.start <= signed[1].start < s.end:
            continue
        return [(found[0], Citation(s.source, s.title, s.text, s.start, s.end, n=1)), signed]
    return None


def _document_dates(index, question: str, scored: list[ScoredSentence]) -> list[tuple[StatedDate, Citation]] | None:
    """The dates of the two dated documents the question names best (words of their
    titles and signatories), retrieval breaking ties; each quoted at its date line. A document the
    question names by no word is not one of two unless it asks of two ("mellan de två svaren")."""
    tokens = index.lexical().tokens
    asked = lemmas(tokens(question))
    order = list(dict.fromkeys(s.source for s in scored))
    ranked = sorted((doc for doc in map(index.document, order) if doc.get("date")),
                    key=lambda doc: (-len(asked & index.title_stems(doc)), order.index(doc["source"])))
    if SIGNING_ASKED.search(question) and not TWO_DOCUMENTS.search(question):
        # "tills svaret skrevs under" is of the reply the question names, not of any other dated document.
        ranked = [doc for doc in ranked if asked & index.title_stems(doc)]
    dated = []
    for doc in ranked:
        if (line := _date_line(index, doc["source"], n=len(dated) + 1)) is not None:
            dated.append(line)
        if len(dated) == 2:
            return dated
    return None
