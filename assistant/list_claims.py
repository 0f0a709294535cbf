"""A claim that lists names ("Jobbtorgets tre program är Steget Vidare, Yrkesbron och Jobbstart"),
held to the list the documents give: in a sentence ("programmen A, B och C") or as a run of
bulleted lines ("- A, som vänder sig till ..."). Pure functions over text; the checker finds the
documents and words the verdict."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A list's joints: "A, B och C", "A, B and C", "A samt B".
_JOINT = re.compile(r"\s*,\s*|\s+(?:och|samt|and|or|eller)\s+", re.I)
# A bulleted or numbered line: "- Steget Vidare, som ...", "• Yrkesbron", "2. Hälsokraft".
_BULLET = re.compile(r"^[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]+(?P<item>\S[^\n]*)$", re.M)
# Where a bulleted line's name ends and what is said of it begins.
# A reflexive verb ("vänder sig", "riktar sig") starts what is said of it too.
_ITEM_END = re.compile(r"\s*(?:[,:;(]|\s[-–]\s|\s(?:som|för|är|var|med|där|drivs|ger|har|which|for|is|with)\b|\s(?=[a-zåäö]+\s+sig\b))", re.I)
# A paragraph that opens with a name and a reflexive verb: "Steg till arbete riktar sig till ...".
_OPENS_WITH_NAME = re.compile(r"(?:^|(?<=[.!?] ))(?P<name>[A-ZÅÄÖ][\w+-]*(?:[ \t]+[\w+-]+){0,3}?)[ \t]+[a-zåäö]+[ \t]+sig\b[^\n.]*", re.M)
# How far apart two such paragraphs may start (a paragraph or two of text each).
_PARAGRAPH_GAP = 1200
_WORD = re.compile(r"[\w+.-]+")
MAX_ITEM_WORDS = 4


@dataclass(frozen=True)
class DocumentList:
    source: str
    start: int
    end: int
    members: tuple[str, ...]


def _key(item: str) -> str:
    return " ".join(item.lower().strip(" .!?\"'”").split())


def _trailing_name(segment: str) -> str | None:
    """The name a segment of a list ends with: from the last capitalised word that follows a word in
    lower case ("är Steget Vidare", "programmen Steget vidare", "Jobbfokus 50+").

    >>> _trailing_name("Jobbtorgets tre program är Steget Vidare"), _trailing_name(" Jobbfokus 50+"), _trailing_name("som riktar sig")
    ('Steget Vidare', 'Jobbfokus 50+', None)
    """
    words = _WORD.findall(segment)
    starts = [i for i, w in enumerate(words) if w[:1].isupper() and (i == 0 or not words[i - 1][:1].isupper())]
    if not starts or len(words) - starts[-1] > MAX_ITEM_WORDS:
        return None
    return " ".join(words[starts[-1]:]).rstrip(".")


def listed_names(sentence: str) -> tuple[str, ...]:
    """The names a sentence lists, each ending a segment between the list's joints; () for fewer than two.

    >>> listed_names("Jobbtorgets tre program är Steget Vidare, Yrkesbron och Jobbstart.")
    ('Steget Vidare', 'Yrkesbron', 'Jobbstart')
    >>> listed_names("Gävle driver programmen Steget vidare, Jobbfokus 50+ och Jobbstart Ung, som riktar sig till unga.")
    ('Steget vidare', 'Jobbfokus 50+', 'Jobbstart Ung')
    """
    parts = re.split(f"({_JOINT.pattern})", sentence.rstrip(" .!?"), flags=re.I)
    segments, joints = parts[::2], [""] + parts[1::2]
    names: list[str] = []
    for i, (segment, joint) in enumerate(zip(segments, joints)):
        name = _trailing_name(segment)
        if name is None:
            if names and i + 1 < len(segments) and _trailing_name(segments[i + 1]) and len(segment.split()) <= 2:
                # "Språk och arbete och Steget ut": a name with "och" in it, the list going on after it.
                names[-1] = f"{names[-1]}{joint}{segment.strip()}"
                continue
            if names:
                break  # the list has ended ("..., som riktar sig till unga")
            continue
        names.append(name)
    return tuple(names) if len(names) >= 2 else ()


def document_lists(source: str, text: str, sentences: list[tuple[int, int]]) -> list[DocumentList]:
    """Every list a document gives: each run of bulleted lines (by the name that opens each line),
    and each sentence that lists two or more names."""
    lists: list[DocumentList] = []
    run: list[re.Match] = []
    for match in [*_BULLET.finditer(text), None]:
        if run and (match is None or text[run[-1].end():match.start()].strip()):
            # The questions an interpellation numbers ("1. Hur många ...?") list no names.
            run = [m for m in run if not m.group("item").rstrip().endswith("?")]
            members = tuple(m.group("item")[: e.start()] if (e := _ITEM_END.search(m.group("item"))) else m.group("item")
                            for m in run)
            members = tuple(m.strip() for m in members if m.strip() and len(m.split()) <= MAX_ITEM_WORDS)
            if len(members) >= 2:
                lists.append(DocumentList(source, run[0].start("item"), run[-1].end(), members))
            run = []
        if match is not None:
            run.append(match)
    # Paragraphs (or sentences) that each open with a name and what it does ("Ungkraft riktar sig till ...",
    # "Språk och jobb riktar sig till ..."): a list given one paragraph per member.
    run = []
    for match in [*_OPENS_WITH_NAME.finditer(text), None]:
        if run and (match is None or match.start("name") - run[-1].end() > _PARAGRAPH_GAP
                    or text[run[-1].end():match.start("name")].count("\n\n") > 1):
            if len(run) >= 2:
                lists.append(DocumentList(source, run[0].start("name"), run[-1].end(), tuple(m.group("name") for m in run)))
            run = []
        if match is not None:
            run.append(match)
    for start, end in sentences:
        if names := listed_names(text[start:end]):
            lists.append(DocumentList(source, start, end, names))
    return lists


@dataclass(frozen=True)
class ListCheck:
    verdict: str  # "supported" | "contradicted"
    found: tuple[str, ...]  # the document's members the claim leaves out (contradicted) or gives (supported)
    claimed: tuple[str, ...]  # the claim's members the document's list does not give
    where: DocumentList


def check_list(claimed: tuple[str, ...], lists: list[DocumentList]) -> ListCheck | None:
    """The claim's list against the document list that gives most of its members: every member
    there bears it out; all but one there, and another in its place, contradicts. None when no
    list gives two of them, or the claim lists fewer than two."""
    if len(claimed) < 2:
        return None
    wanted = {_key(c): c for c in claimed}
    best = max(lists, key=lambda d: len(wanted.keys() & {_key(m) for m in d.members}), default=None)
    if best is None:
        return None
    members = {_key(m): m for m in best.members}
    held = wanted.keys() & members.keys()
    if len(held) < 2:
        return None
    if held == wanted.keys():
        return ListCheck("supported", tuple(members[k] for k in wanted), (), best)
    missing = [wanted[k] for k in wanted if k not in members]
    others = [members[k] for k in members if k not in wanted]
    if len(missing) == 1 and others and len(wanted) >= 3:
        return ListCheck("contradicted", tuple(others), tuple(missing), best)
    return None
