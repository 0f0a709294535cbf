"""The elements of a claim checked one by one: the names it gives (people,
places, bodies, list members), the party it gives a person, the years it
dates things to. Each element becomes a row (claimed / found / status, with
the quote); the checker combines them: one contradicted element contradicts
the claim, an element no document speaks of leaves it not found, and a claim
is supported only when every element it has is borne out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .answering import ScoredSentence
from .understanding import QuestionFrame
from .vocabulary import PARTIES, PARTY_MARKER

_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")


@dataclass(frozen=True)
class Element:
    """One checkable part of a claim and what the documents say about it."""

    element: str  # name | party | year | number | proportion
    claimed: str
    found: str | None
    status: str  # supported | contradicted | not_found
    source: str | None = None
    quote: str | None = None
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict:
        return {"element": self.element, "claimed": self.claimed, "found": self.found, "status": self.status,
                "source": self.source, "quote": self.quote, "start": self.start, "end": self.end}

    @classmethod
    def at(cls, element: str, claimed: str, found: str | None, status: str, sentence: ScoredSentence | None) -> "Element":
        if sentence is None:
            return cls(element, claimed, found, status)
        return cls(element, claimed, found, status, sentence.source, sentence.text, sentence.start, sentence.end)


def unknown_names(frame: QuestionFrame, lexical) -> tuple[str, ...]:
    """Names no chunk of the index mentions (every word of the name must be a known token)."""
    return tuple(n for n in frame.names if not all(t in lexical.doc_freq for t in lexical.tokens(n)))


def uncovered_years(claim: str, lexical) -> tuple[str, ...]:
    """Years the claim gives that no chunk of the index mentions."""
    return tuple(y for y in dict.fromkeys(_YEAR.findall(claim)) if y not in lexical.doc_freq)


def party_elements(frame: QuestionFrame, claim: str, sentences: list[ScoredSentence]) -> list[Element]:
    """The party a claim gives a named person, against the marker the documents
    write after that person's name ("Tomas Rudin (s)").

    A party comes from the claim's marker ("(v)") or a party name or nickname
    ("vänsterpartisten", "the Social Democrat").
    """
    claimed = [m.group(1).lower() for m in PARTY_MARKER.finditer(claim)] or list(frame.parties)
    people = [n for n in frame.names if " " in n]  # a person: first and last name
    if not claimed or not people:
        return []
    rows = []
    for person in people:
        for sentence in sentences:
            hit = re.search(rf"{re.escape(person)}(?:\s+m\.\s?fl\.)?\s*\(([A-Za-z]{{1,2}})\)", sentence.text)
            if hit and hit.group(1).lower() in PARTIES:
                stated = hit.group(1).lower()
                status = "supported" if stated in claimed else "contradicted"
                rows.append(Element.at("party", f"{person} ({'/'.join(claimed)})", f"{person} ({stated})", status, sentence))
                break
    return rows


def name_elements(frame: QuestionFrame, sentences: list[ScoredSentence], lexical) -> list[Element]:
    """Each name the claim gives, in the sentences that bear it out. A name the
    corpus knows but the evidence leaves out, where the evidence names others in
    its place (a list of places, the bodies of a reorganisation), contradicts."""
    rows = []
    text = " ".join(s.text for s in sentences)
    for name in frame.names:
        if name.lower() in text.lower():
            holder = next(s for s in sentences if name.lower() in s.text.lower())
            rows.append(Element.at("name", name, name, "supported", holder))
            continue
        others = _names_in_sentence(sentences[0].text) - {n.lower() for n in frame.names} if sentences else set()
        if others and all(t in lexical.doc_freq for t in lexical.tokens(name)):
            rows.append(Element.at("name", name, ", ".join(sorted(others)), "contradicted", sentences[0]))
        else:
            rows.append(Element.at("name", name, None, "not_found", sentences[0] if sentences else None))
    return rows


def _names_in_sentence(text: str) -> set[str]:
    from .understanding import names_in

    return {n.lower() for n in names_in(text)}
