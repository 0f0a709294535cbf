"""Questions about a document itself: who signed or answered it, the date it
bears, its reference number. The loader has already read these off the
document (`metadata.py`); they are answered from there and cited at the line
of the text that states them, so a new document of any kind gets the same
answers without a rule naming it.

Which document is meant comes from the question: a reference number it gives,
else the document whose title and signatory share most of the question's
stems, else the best retrieved one. A document that does not state the fact
gets an honest "the document does not say", never another document's fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexical import lemmas
from .metadata import parse_swedish_date
from .vocabulary import AUTHORSHIP, DOCUMENT_CUE, DOCUMENT_DATE, MEETING, PUBLISHED, QUESTION_WORDS, REFERENCE_EVIDENCE, SIGNING

ATTRIBUTES = ("signatory", "date", "reference", "place")
# "nästa möte", "the next meeting": another meeting than the one the minutes record.
_OTHER_MEETING = re.compile(r"\b(?:nästa|kommande|följande|nästkommande|next|upcoming|following)\b", re.I)
_OPENING = 2000  # the head of minutes, where the place of the meeting stands
# Where minutes say the meeting was held: "Plats och tid:  Folkets hus, sal Ljusnan, kl. 09.00–11.30" (not
# "Justeringens plats och tid", where they were checked).
_MEETING_PLACE = re.compile(r"^[ \t]*(?:Plats och tid|Plats|Sammanträdesplats|Lokal)[ \t]*:?[ \t]+(?P<place>\S.*)$", re.I | re.M)


@dataclass(frozen=True)
class DocumentFact:
    """One attribute of one document, with the span of the text that states it."""

    attribute: str  # signatory | date | reference | place
    source: str
    title: str | None
    value: str | None  # None: the document does not state it
    spans: tuple[tuple[int, int], ...] = ()


def asked_attribute(answer_type: str, text: str) -> str | None:
    """The document attribute a question asks for, or None for a question about the content.

    >>> asked_attribute("person", "Vem svarade på Rågsjös interpellation?")
    'signatory'
    >>> asked_attribute("date", "When was the answer to interpellation 2008:19 signed?")
    'date'
    >>> asked_attribute("list", "Vilken borgarråd undertecknade svaret?"), asked_attribute("list", "Vilka frågor besvarade han?")
    ('signatory', None)
    >>> asked_attribute("date", "När inrättades Jobbtorg Stockholm?") is None
    True
    >>> asked_attribute("place", "var hölls sammanträdet?"), asked_attribute("place", "var ligger jobbtorget?")
    ('place', None)
    >>> asked_attribute("date", "när sammanträdde nämnden?"), asked_attribute("date", "när har nämnden nästa möte?")
    ('date', None)
    >>> asked_attribute("reference", "Vilket diarienummer har rapporten?")
    'reference'
    >>> asked_attribute("count", "How many employers signed agreements with the job centre?") is None
    True
    """
    if re.search(r"\b(?:hur många|how many)\b", text, re.I):
        return None  # "How many employers signed agreements?" counts what the documents say was signed
    if (answer_type == "person" and AUTHORSHIP.search(text)) or (answer_type != "date" and SIGNING.search(text)):
        return "signatory"
    if answer_type == "date" and (AUTHORSHIP.search(text) or DOCUMENT_DATE.search(text)
                                  or (PUBLISHED.search(text) and DOCUMENT_CUE.search(text))):
        return "date"
    if answer_type in ("place", "date") and MEETING.search(text) and not re.search(r"\b(?:hur|how)\b", text, re.I) \
            and not _OTHER_MEETING.search(text):
        return answer_type  # where or when a meeting was held: what its minutes say at their head
    if answer_type == "reference":
        return "reference"
    return None


# A registry number ("Dnr AMN 2013-0304-1") as opposed to a series number ("2013:19").
_REGISTRY_FORM = re.compile(r"[A-ZÅÄÖ]{2,6}\s?\d{2,4}[-/.]\d")
_ASKS_REGISTRY = re.compile(r"\b(diarie\w*|dnr|ärende\w*|case|registr\w*|file number)\b", re.I)


def wanted_references(question: str, references) -> tuple[str, ...]:
    """The references of the kind asked for: a registry number for "diarienummer", "case number".

    >>> wanted_references("Vilket diarienummer har den?", ("2019:7", "Dnr UTN 2019-0412-2"))
    ('Dnr UTN 2019-0412-2',)
    >>> wanted_references("Vilket nummer har interpellationen?", ("2019:7",)), wanted_references("Vilket dnr?", ("2019:7",))
    (('2019:7',), ('2019:7',))
    """
    if _ASKS_REGISTRY.search(question):
        # Loosely, a motion's number is its "diarienummer" too when it has no other.
        return tuple(r for r in references if _REGISTRY_FORM.search(r)) or tuple(references)
    return tuple(references)


def _references(question: str) -> set[str]:
    return {_bare(m.group(0)) for m in REFERENCE_EVIDENCE.finditer(question)}


def _bare(reference: str) -> str:
    return re.sub(r"^dnr\.?\s*:?\s*|\s", "", reference.lower())


def _asked_stems(question: str, tokens) -> set[str]:
    """The stems of a question's words, question words left out."""
    return lemmas(tokens(" ".join(w for w in re.findall(r"[\wåäöÅÄÖ:-]+", question.lower()) if w not in QUESTION_WORDS)))


def _named(doc: dict) -> str:
    return " ".join(v for v in (doc.get("title"), doc.get("signatory")) if v)


@lru_cache(maxsize=None)
def _named_lower(title: str | None, signatory: str | None) -> str:
    # Every title is probed for each question's stems: at 14 000 documents,
    # joining and lowering them afresh cost 0.7 s a question.
    return " ".join(v for v in (title, signatory) if v).lower()


def _names(doc: dict, stems) -> bool:
    """Whether the document's title or signatory holds one of the stems as text."""
    named = _named_lower(doc.get("title"), doc.get("signatory"))
    return any(stem in named for stem in stems)


def title_stems(doc: dict, tokens) -> frozenset[str]:
    """The stems of a document's title and signatory."""
    return frozenset(lemmas(tokens(_named(doc))))


def target_document(question: str, documents: list[dict], retrieved: list[str], tokens, stems_of=None,
                    common=lambda stem: False) -> str | None:
    """The source of the document the question is about.

    A reference number picks it outright; otherwise the share of the
    question's content stems found in a document's title and signatory, then
    how much of what the retriever found comes from it (an English question
    shares no stems with a Swedish title; the e5 likeness of titles was tried
    and is noise, 0.76-0.78 for every title). Only documents the question
    names or the retriever found are candidates."""
    refs = _references(question)
    if refs:
        for doc in documents:
            if refs & {_bare(r) for r in doc.get("references") or ()}:
                return doc["source"]
    asked = _asked_stems(question, tokens)
    # Retrieval speaks for a document with every passage it returns, the better ranked the more.
    mass: dict[str, float] = {}
    for rank, source in enumerate(retrieved):
        mass[source] = mass.get(source, 0.0) + 1.0 / (rank + 1)
    # A stem is the start of its words, so a title that does not contain one as text cannot
    # share it: only those titles are tokenized, each once per index (`stems_of` caches them).
    stems_of = stems_of or (lambda doc: title_stems(doc, tokens))
    # A stem most of the corpus uses ("jobbtorg") names no document in particular (`common`).
    probes = [stem for stem in asked if len(stem) >= 4 and not common(stem)]
    candidates = []
    for doc in documents:
        if doc["source"] not in mass and not _names(doc, probes):
            continue
        overlap = len(asked & stems_of(doc)) if asked else 0
        if overlap or doc["source"] in mass:
            # Asked for a registry number, a document carrying one is the likelier meaning.
            references = doc.get("references") or ()
            holds = any(_REGISTRY_FORM.search(r) for r in references) if _ASKS_REGISTRY.search(question) else True
            candidates.append((overlap, holds, mass.get(doc["source"], 0.0), doc["source"]))
    return max(candidates)[-1] if candidates else None


def named_document(question: str, documents: list[dict], retrieved: list[str], tokens, stems_of=None,
                   common=lambda stem: False) -> str | None:
    """The document a question names by reference number or by words of its title
    or signatory that the corpus does not use everywhere; None when it names none
    ("sammanfatta dokumenten"). Retrieval breaks a tie between titles."""
    refs = _references(question)
    if refs:
        return target_document(question, documents, retrieved, tokens, stems_of, common)
    stems_of = stems_of or (lambda doc: title_stems(doc, tokens))
    asked = {stem for stem in _asked_stems(question, tokens) if len(stem) >= 4 and not common(stem)}
    if len(documents) > 1:
        # A word every title holds ("Jobbtorg" in a corpus about it) names no one document.
        asked = {stem for stem in asked if not all(stem in stems_of(doc) for doc in documents)}
    rank = {source: i for i, source in reversed(list(enumerate(retrieved)))}
    scored = [(len(asked & stems_of(doc)), -rank.get(doc["source"], len(retrieved)), doc["source"])
              for doc in documents if _names(doc, asked)]
    scored = [row for row in scored if row[0] > 0]
    return max(scored)[-1] if scored else None


def fact_of(attribute: str, record, title: str | None, question: str = "") -> DocumentFact:
    """The attribute as the document states it, with the sentences that state it."""
    meta, text = record.metadata, record.text
    sentences = [(s.start, s.end) for s in record.sentences]
    if attribute == "signatory":
        spans = []
        for value in (meta.signatory, meta.signatory_role):
            # "Karin Ström (S)": a politician signs with a party marker.
            span = next(((a, b) for a, b in reversed(sentences) if value and re.fullmatch(
                rf"{re.escape(value)}(?:\s*\([^)]{{1,4}}\))?", text[a:b].strip())), None)
            if span:
                spans.append(span)
        value = ", ".join(v for v in (meta.signatory, meta.signatory_role) if v) or None
        return DocumentFact(attribute, record.source, title, value if spans else None, tuple(sorted(spans)))
    if attribute == "date":
        span = next(((a, b) for a, b in sentences if meta.date and len(text[a:b]) <= 80
                     and parse_swedish_date(text[a:b]) == meta.date), None)
        return DocumentFact(attribute, record.source, title, meta.date if span else None, (span,) if span else ())
    if attribute == "place":
        found = _MEETING_PLACE.search(text[:_OPENING])
        if found is None:
            return DocumentFact(attribute, record.source, title, None)
        # The place, not the hour the line goes on to give ("…, Ljusne, kl. 09.00").
        place = re.split(r",?\s*\b(?:kl\.?|klockan|\d{1,2}[.:]\d{2})", found.group("place"))[0].strip(" ,")
        at = found.start("place")
        span = next(((a, b) for a, b in sentences if a <= at < b), (at, found.end()))
        return DocumentFact(attribute, record.source, title, place or None, (span,))
    for reference in wanted_references(question, meta.references):
        span = next(((a, b) for a, b in sentences if reference in text[a:b]), None)
        if span:
            return DocumentFact(attribute, record.source, title, reference, (span,))
    return DocumentFact(attribute, record.source, title, None)


# An item of minutes: "§ 12  Uppföljning av …", or "§ 20" with its heading on the next line.
_ITEM = re.compile(r"^[ \t]*§[ \t]*(\d+)[ \t]*(\S[^\n]*)?$", re.M)


def agenda(text: str) -> list[tuple[int, int]]:
    r"""The spans of the items minutes list, each from its "§" to the end of its heading.

    >>> text = "Protokoll\n\n§ 10  Val av justerare\nNämnden utser Per.\n\n§ 11\n\nGodkännande av dagordning\n"
    >>> [" ".join(text[a:b].split()) for a, b in agenda(text)]
    ['§ 10 Val av justerare', '§ 11 Godkännande av dagordning']
    """
    spans = []
    for item in _ITEM.finditer(text):
        if item.group(2):
            spans.append((item.start(), item.end()))
            continue
        heading = re.match(r"\s*(\S[^\n]*)", text[item.end():])
        if heading:
            spans.append((item.start(), item.end() + heading.end()))
    return spans

