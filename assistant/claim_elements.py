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
from .understanding import QuestionFrame, parties_in
from .vocabulary import PARTIES, PARTY_MARKER

@dataclass(frozen=True)
class Element:
    """One checkable part of a claim and what the documents say about it."""

    element: str  # name | party | year | number | proportion | computed | period
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


def claimed_party(claim: str, person: str) -> str | None:
    """The party a claim gives one person: a marker after the name, else a party
    word just before it ("Vänsterpartisten Tomas Rudin") or just after it
    ("Tomas Rudin of the Left Party"). A party named elsewhere in the claim
    ("moderaternas vallöfte") is not the person's.

    >>> claimed_party("Vänsterpartisten Tomas Rudin frågade om moderaternas vallöfte", "Tomas Rudin")
    'v'
    >>> claimed_party("Tomas Rudin (s) frågade", "Tomas Rudin"), claimed_party("Tomas Rudin frågade om moderaternas löfte", "Tomas Rudin")
    ('s', None)
    >>> claimed_party("Tomas Rudin är moderat.", "Tomas Rudin"), claimed_party("Karin Rågsjö is a Left Party politician", "Karin Rågsjö")
    ('m', 'v')
    """
    at = claim.find(person)
    if at < 0:
        return None
    after = claim[at + len(person):]
    marker = PARTY_MARKER.match(after.lstrip())
    if marker:
        return marker.group(1).lower()
    before = parties_in(claim[max(0, at - 25):at])
    if before:
        return before[-1]
    belongs = re.match(r"\s*,?\s*(?:of|from|för|från|är|var|is|was)\s+(?:the\s+|an?\s+|en\s+|ett\s+)?(.{0,30})", after, re.I)
    found = parties_in(belongs.group(1)) if belongs else ()
    return found[0] if found else None


def party_elements(frame: QuestionFrame, claim: str, sentences: list[ScoredSentence]) -> list[Element]:
    """The party a claim gives a named person, against the marker the documents
    write after that person's name ("Tomas Rudin (s)")."""
    rows = []
    for person in (n for n in frame.names if " " in n):  # a person: first and last name
        claimed = claimed_party(claim, person)
        if claimed is None:
            continue
        for sentence in sentences:
            hit = re.search(rf"{re.escape(person)}(?:\s+m\.\s?fl\.)?\s*\(([A-Za-z]{{1,2}})\)", sentence.text)
            if hit and hit.group(1).lower() in PARTIES:
                stated = hit.group(1).lower()
                status = "supported" if stated == claimed else "contradicted"
                rows.append(Element.at("party", f"{person} ({claimed})", f"{person} ({stated})", status, sentence))
                break
    return rows


def name_elements(frame: QuestionFrame, sentences: list[ScoredSentence], text_of) -> list[Element]:
    """Each name the claim gives, against the sentences that bear out the rest.
    A name the best of them leaves out where it names the claim's other names and
    others besides (one wrong member of a list of places, of the bodies merged)
    contradicts; a name elsewhere in the same document is context ("Enligt
    Nordin ..."), found; any other is not found there."""
    rows = []
    claimed = {n.lower() for n in frame.names}
    best = sentences[0] if sentences else None
    for name in frame.names:
        lowered = name.lower()
        holder = next((s for s in sentences if lowered in s.text.lower()), None)
        if holder is not None:
            rows.append(Element.at("name", name, name, "supported", holder))
            continue
        beside = [n for n in claimed - {lowered} if best and n in best.text.lower()]
        words = {w for n in claimed for w in n.split()}
        others = sorted({w for w in _capitalised(best.text) if w.lower() not in words}) if best else []
        in_document = next((s for s in sentences if lowered in (text_of(s.source) or "").lower()), None)
        if beside and others:
            rows.append(Element.at("name", name, ", ".join(others), "contradicted", best))
        elif in_document is not None:
            rows.append(Element.at("name", name, name, "supported", in_document))
        else:
            rows.append(Element.at("name", name, None, "not_found", best))
    return rows


def _capitalised(text: str) -> set[str]:
    """Capitalised words and acronyms past the sentence's first word."""
    return set(re.findall(r"(?<=\s)[A-ZÅÄÖ][\wåäöÅÄÖ-]+", text))
