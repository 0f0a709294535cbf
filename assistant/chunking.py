"""Sentences and chunks of cleaned text, with character offsets.

Sentences come from sentencex (Wikimedia's segmenter, Swedish rules), run per
paragraph, then repaired where it splits what is one sentence in Swedish
municipal prose: after an abbreviation ("t.ex. flyktingar"), after a bare
list number ("1."), or inside a number. Chunks pack whole sentences of one
paragraph or more; a sentence is never cut, so neither is a number.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import sentencex

from .cleaning import paragraphs

MAX_CHUNK_CHARS = 600
MAX_CHUNK_SENTENCES = 4
# A new paragraph starts a new chunk once the current one holds this much.
MIN_CHUNK_CHARS = 160

_LIST_MARKER_ONLY = re.compile(r"^(?:\d{1,3}|[a-zåäö])[.)]$", re.I)
# Abbreviations that never end a Swedish sentence ("osv.", "m.m." can, so they are not here).
_ABBREVIATION_END = re.compile(
    r"(?:^|[\s(])(?:t\.\s?ex|bl\.\s?a|d\.\s?v\.\s?s|dvs|ca|p\.\s?g\.\s?a|pga|s\.\s?k|fr\.\s?o\.\s?m|t\.\s?o\.\s?m|"
    r"kl|nr|resp|jfr|enl|inkl|exkl|m\.\s?fl|milj|mdr|proc|e\.\s?g|i\.\s?e|approx)\.$",
    re.I,
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True)
class Chunk:
    id: str
    source: str
    index: int
    start: int
    end: int
    text: str
    sentences: tuple[Sentence, ...]

    @property
    def text_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:32]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _must_join(text: str, prev: tuple[int, int], nxt: tuple[int, int]) -> bool:
    before = text[prev[0] : prev[1]]
    first = text[nxt[0]]
    if _LIST_MARKER_ONLY.match(before):
        return True  # "1." alone is a list number, not a sentence
    if first.islower():
        return True  # "t.ex. flyktingar": sentences never start in lower case
    if _ABBREVIATION_END.search(before):
        return True  # "t.ex. 9 472 personer"
    # "9.472" or "3,9-7,2" split at a digit boundary.
    return before[-1:].isdigit() and first.isdigit()


# sentencex reads these Swedish words as abbreviations, so "... var det. Av dem ..." stays one
# sentence; before a capital they end one ("m.m.", "osv." may too). So does a month, written out
# ("ökat till 947 i maj. Av ...") or cut short ("i aug. Sedan ..."), and "st." (stycken).
_MISSED_END = re.compile(r"(?<![\w.])(?:det|ut|med|ens|etc|m\.\s?m|mm|osv|maj|jan|feb|aug|sept?|nov|dec|st)\.\s+(?=[A-ZÅÄÖ])")


def _missed_ends(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut after each sentence end sentencex missed."""
    cuts = [start, *(start + m.end() for m in _MISSED_END.finditer(text[start:end])), end]
    return [_trim(text, a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans of cleaned text; each is stripped of surrounding space.

    >>> t = "Det är t.ex. 9 472 personer. Hej då!"
    >>> [t[s.start:s.end] for s in split_sentences(t)]
    ['Det är t.ex. 9 472 personer.', 'Hej då!']
    >>> t = "Så var det. Av dem som avslutades gick 22 procent till arbete."
    >>> [t[s.start:s.end] for s in split_sentences(t)]
    ['Så var det.', 'Av dem som avslutades gick 22 procent till arbete.']
    >>> t = "Antalet ökade till 947 i maj. Av dem fick 57 arbete."
    >>> [t[s.start:s.end] for s in split_sentences(t)]
    ['Antalet ökade till 947 i maj.', 'Av dem fick 57 arbete.']
    """
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs(text):
        para = text[p_start:p_end]
        local: list[tuple[int, int]] = []
        for boundary in sentencex.get_sentence_boundaries("sv", para):
            s, e = _trim(para, boundary["start_index"], boundary["end_index"])
            if e <= s:
                continue
            if local and _must_join(para, local[-1], (s, e)):
                local[-1] = (local[-1][0], e)
            else:
                local.append((s, e))
        local = [part for s, e in local for part in _missed_ends(para, s, e)]
        spans.extend((p_start + s, p_start + e) for s, e in local)
    return [Sentence(s, e) for s, e in spans]


def _chunk_id(source: str, start: int, text: str) -> str:
    digest = hashlib.sha256(f"{source}\x00{start}\x00{text}".encode("utf-8")).hexdigest()
    return digest[:32]


def make_chunks(source: str, text: str, sentences: list[Sentence]) -> list[Chunk]:
    """Pack consecutive sentences into chunks of a few sentences each.

    A chunk's id hashes its source, start offset and text: stable across runs
    for unchanged documents, different whenever what it cites would change.
    """
    para_of: dict[int, int] = {}
    for number, (p_start, p_end) in enumerate(paragraphs(text)):
        for sentence in sentences:
            if p_start <= sentence.start < p_end:
                para_of[sentence.start] = number
    groups: list[list[Sentence]] = []
    for sentence in sentences:
        if groups:
            current = groups[-1]
            length = sentence.end - current[0].start
            new_para = para_of.get(sentence.start) != para_of.get(current[-1].start)
            too_big = length > MAX_CHUNK_CHARS or len(current) >= MAX_CHUNK_SENTENCES
            if not too_big and not (new_para and current[-1].end - current[0].start >= MIN_CHUNK_CHARS):
                current.append(sentence)
                continue
        groups.append([sentence])
    chunks = []
    for index, group in enumerate(groups):
        start, end = group[0].start, group[-1].end
        body = text[start:end]
        chunks.append(Chunk(_chunk_id(source, start, body), source, index, start, end, body, tuple(group)))
    return chunks
