"""Document metadata derived from the cleaned text: title, type, date,
signatory and reference numbers.

Every field is read off the text; a field the text does not state is None
(or empty), never guessed. In particular a date is taken only from a place
where documents state their own date (the signature line "Stockholm den ...",
a "Datum:" field, a protocol heading), never from a date in the prose.
"""

from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import dataclass

from .cleaning import NAME_AND_ROLE, paragraphs

MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6,
    "juli": 7, "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
_MONTH = "|".join(MONTHS)
_ISO = r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
_LONG = rf"(?:den\s+)?(?<!\d)(?P<d2>[0-3]?\d)(?:\s*:\s*e)?\s+(?P<mon>{_MONTH})\s+(?P<y2>(?:19|20)\d\d)"
_DATE = re.compile(rf"{_ISO}|{_LONG}", re.I)

# Document types, Swedish names first (they are what the corpus calls them).
TYPE_LABELS_EN = {
    "interpellationssvar": "interpellation answer",
    "tjänsteutlåtande": "official report (tjänsteutlåtande)",
    "protokollsutdrag": "protocol excerpt",
    "rapport": "report",
    "motion": "motion",
    "skrivelse": "letter (skrivelse)",
    "beslut": "decision",
    "pressmeddelande": "press release",
}
_TYPE_RULES: tuple[tuple[str, re.Pattern], ...] = (
    ("interpellationssvar", re.compile(r"^\s*svar på interpellation", re.I | re.M)),
    ("tjänsteutlåtande", re.compile(r"tjänsteutlåtande|^ärendets beredning\s*$|^förvaltningens (?:svar|förslag)", re.I | re.M)),
    ("protokollsutdrag", re.compile(r"protokollsutdrag|^§\s*\d+\s*$|\bnämndens beslut\s*$|^särskilt uttalande\s*$|^protokoll\b|"
                                    r"\bsammanträdesprotokoll\b", re.I | re.M)),
    ("motion", re.compile(r"^\s*motion\s+(?:om|angående|\d{4}:\d+)", re.I | re.M)),
    ("rapport", re.compile(r"^\s*[\wåäö]*rapport\b|^\s*(?:års)?uppföljning av\b|\S\s{2,}[\wåäö]*rapport\s*$|^\s*sammanfattning\s*$.*^\s*slutsatser?\s*$", re.I | re.M | re.S)),
    ("skrivelse", re.compile(r"^\s*skrivelse\s+(?:om|angående|från)", re.I | re.M)),
    ("pressmeddelande", re.compile(r"^\s*pressmeddelande\b", re.I | re.M)),
)
_TITLE_START = re.compile(
    # A protocol's item heading ("§ 27 Uppföljning av ...") is its title too.
    r"^(?:§\s*\d+\s+)?(?:[\wåäö]+rapport\b|svar på (?:interpellation|motion|skrivelse|fråga)|anmälan av|motion\b|interpellation\b|"
    r"tjänsteutlåtande\b|skrivelse\b|rapport\b|årsrapport\b|yttrande över|remissvar|förslag till|uppföljning av|"
    r"avsiktsförklaring|riktlinjer|handlingsplan)",
    re.I,
)
_HEADER_LINE = re.compile(r"^(?:bilaga\b|§\s*\d+|dnr\b|sid(?:a|an)?\s+\d|\d+\s*\(\d+\)$|stockholms stad\b)", re.I)
_SUBJECT = re.compile(
    r"\b(?P<kind>skrivelse|motion|interpellation|rapport(?:en)?|fråga)\s+(?P<rel>angående|om|gällande)\s+"
    r"(?P<what>[^.;:]{3,120}?)(?:\s+till\s+(?:förvaltningen|nämnden|kommunstyrelsen|mig)\b|[.;:]|$)",
    re.I,
)
_REFERENCES = (
    re.compile(r"\bDnr\.?\s*:?\s*[A-ZÅÄÖ]{0,6}\s?\d{2,4}[-/.:]\d{1,5}(?:[-/.]\d{1,5})*", re.I),
    re.compile(r"(?<![\d-])(?:19|20)\d\d:\d{1,4}(?![\d:])"),
)
_ROLE = re.compile(
    r"^(?:finansborgarråd|borgarråd|stadsdirektör|förvaltningschef|avdelningschef|enhetschef|"
    r"stadsdelsdirektör|ordförande|kommunalråd|socialborgarråd|biträdande\s+\w+|\w+borgarråd|\w*chef)$",
    re.I,
)
# A signature's name, with the party marker a politician signs with ("Karin Ström (S)").
_NAME = re.compile(r"^[A-ZÅÄÖÉ][a-zåäöéü]+(?:[- ][A-ZÅÄÖÉ][a-zåäöéü]+){1,3}(?:\s*\([A-Za-zÅÄÖåäö]{1,3}\))?$")


# The year a reference number is counted in: "2013:19", "2013-0304-1", "45-120/2019".
_REFERENCE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=[:\-/]\d|$)")


@dataclass(frozen=True)
class DocumentMetadata:
    title: str | None
    type: str | None
    date: str | None  # YYYY-MM-DD
    signatory: str | None
    signatory_role: str | None
    references: tuple[str, ...]

    @property
    def year(self) -> int | None:
        """The year of its date, else of its reference number: "2013:19", "AMN 2013-0304-1"
        and "dnr 45-120/2019" are numbered within a year, so a minute or a reply that
        states no date still belongs to one (a year filter must not drop it).

        >>> DocumentMetadata(None, None, None, None, None, ("Dnr AMN 2013-0304-1",)).year
        2013
        >>> DocumentMetadata(None, None, "2008-11-12", None, None, ("2008:35",)).year, DocumentMetadata(None, None, None, None, None, ()).year
        (2008, None)
        """
        if self.date:
            return int(self.date[:4])
        for reference in self.references:
            match = _REFERENCE_YEAR.search(reference)
            if match:
                return int(match.group(1))
        return None

    @property
    def year_from(self) -> str | None:
        """Where the year comes from: "date", "reference" or None."""
        return "date" if self.date else ("reference" if self.year else None)


def parse_swedish_date(text: str) -> str | None:
    """The first date in `text` as YYYY-MM-DD.

    >>> parse_swedish_date("Stockholm den 25 november 2008")
    '2008-11-25'
    >>> parse_swedish_date("Stockholm 2008-11-12")
    '2008-11-12'
    """
    match = _DATE.search(text)
    if not match:
        return None
    if match.group("y"):
        year, month, day = int(match.group("y")), int(match.group("m")), int(match.group("d"))
    else:
        year, month, day = int(match.group("y2")), MONTHS[match.group("mon").lower()], int(match.group("d2"))
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


# A letterhead says whose document it is, not what it is called: a field's label ("Datum", "Dnr",
# "Plats och tid"), the municipality, the issuing office or board, a type label ("RAPPORT").
_FIELD = re.compile(r"^(?:datum|dnr|diarie\w*|handläggare|sida\s+\d|till\b|kopia|plats och tid|tid och plats|sammanträdesdatum|"
                    r"beslutande|närvarande|ersättare|övriga|justera\w*|sekreterare|ordförande|underskrift\w*|paragrafer|utses)", re.I)
_LETTERHEAD_WORD = re.compile(r"^(?:kommun|stad|region|och|[\wåäö]+-|[\wåäö-]*(?:förvaltningen|nämnden|enheten|kontoret|"
                              r"styrelsen)|[\wåäö]*protokoll(?:sutdrag)?|[\wåäö]*rapport|tjänsteutlåtande|promemoria|pm|"
                              r"kallelse)$", re.I)
_BARE_LABEL = re.compile(r"(?:datum|dnr|diarienummer|handläggare|sammanträdesdatum)(?:\s+(?:datum|dnr|diarienummer|handläggare))*", re.I)
_TOWN = re.compile(r"^(?:kommun|stad|region)$", re.I)
# Minutes of a whole meeting (not an excerpt of one item) name no matter: their title is made
# of what they are, whose, and when ("Sammanträdesprotokoll Arbetsmarknadsnämnden 2026-03-17").
_MINUTES_WORD = re.compile(r"^(?:sammanträdes)?protokoll$", re.I)
_BOARD = re.compile(r"^[\wåäö-]*(?:nämnden|styrelsen)$", re.I)
_ITEM = re.compile(r"^\s*§\s*(\d+)", re.M)


def _letterhead(block: str) -> bool:
    """Whether a block is letterhead only: "BERGSJÖ KOMMUN RAPPORT Arbetsmarknadsförvaltningen"
    (the word before "kommun" is the town's name)."""
    words = [w.strip(",") for w in block.split()]
    return bool(words) and all(_LETTERHEAD_WORD.match(w) or (i + 1 < len(words) and _TOWN.match(words[i + 1]))
                               for i, w in enumerate(words))


def _heading(blocks: list[str]) -> str | None:
    """The first heading under the letterhead ("Årsuppföljning 2024 – Jobbcenter Bergsjö"): a short
    block that is no field or its value, date, municipality or office; None once running text begins."""
    value_next = False
    for block in blocks[:12]:
        text = " ".join(block.split())
        if value_next or _FIELD.match(text) or _letterhead(text) or _HEADER_LINE.match(text) or _DATE.search(text):
            # A bare label ("Handläggare", "Datum Dnr") is followed by its value as a block of its own.
            value_next = bool(_BARE_LABEL.fullmatch(text)) and not value_next
            continue
        if len(text.split()) > 12 and text[-1] in ".:;,":
            return None  # the body has begun
        if len(text.split()) >= 3 and len(text) <= 150 and text[-1] not in ".,;:" and not _NAME.match(text):
            return text
    return None


def _item_title(blocks: list[str]) -> str | None:
    """An excerpt of one item of minutes is named by the item's heading ("§ 34  Dnr AMN 2024/0112"
    over "Uppdrag att starta Bergsjöspåret"), not by a line of the attendance list above it."""
    items = [i for i, block in enumerate(blocks) if _ITEM.match(block)]
    if len({_ITEM.match(blocks[i]).group(1) for i in items}) != 1:
        return None
    block = blocks[items[0]]
    # "§ 21 Uppdrag att ...": on the item's own line, after its number and any reference.
    own = re.sub(r"^\s*Dnr\s+[\w./-]+(?:\s+\d[\w./-]*)?", "", _ITEM.sub("", block.splitlines()[0], count=1), flags=re.I).strip()
    lines = [own] if len(own.split()) >= 3 else [line.strip() for line in block.splitlines()[1:] if line.strip()]
    after = lines[0] if lines else (blocks[items[0] + 1].strip() if items[0] + 1 < len(blocks) else "")
    after = " ".join(after.split())
    return after if 3 <= len(after.split()) and len(after) <= 150 and after[-1] not in ".,;:" else None


def _minutes_title(blocks: list[str], text: str, date: str | None) -> str | None:
    """A whole meeting's minutes (two items or more, a minutes word in the letterhead) by what,
    whose and when; None for anything else."""
    words = [w.strip(",") for block in blocks[:6] for w in block.split()]
    word = next((w for w in words if _MINUTES_WORD.match(w)), None)
    if word is None and any(re.match(r"(?:plats och tid|beslutande)\b", b, re.I) for b in blocks[:6]):
        word = "protokoll"  # the letterhead's word was a running header, read as page furniture
    if word is None or len(set(_ITEM.findall(text))) < 2:
        return None
    board = next((w for w in words if _BOARD.match(w)), None)
    return " ".join(part for part in (word.capitalize(), board, date) if part)


def _blocks(text: str) -> list[str]:
    return [text[s:e].strip() for s, e in paragraphs(text)]


def _title(blocks: list[str]) -> tuple[str | None, bool]:
    """The title and whether the document states it as a title line; a reference number run onto
    the title's line is no part of it ("Jobbtorg Ockelbo – verksamhetsberättelse 2025 Dnr AMN 2026/0012").

    >>> _title(["Jobbtorg Ockelbo – verksamhetsberättelse 2025 Dnr AMN 2026/0012", "Väntetider"])
    ('Jobbtorg Ockelbo – verksamhetsberättelse 2025', True)
    """
    title, stated = _title_of(blocks)
    if title and (cut := _RUN_ON_REFERENCE.search(title)) and cut.start() > 0:
        title = title[: cut.start()].rstrip(" .,–-")
    return title, stated


_RUN_ON_REFERENCE = re.compile(r"\s+Dnr\b.*$", re.I | re.S)


def _title_of(blocks: list[str]) -> tuple[str | None, bool]:
    head = blocks[:8]
    # Under an item's "§" the text is the item's: "Tjänsteutlåtande från förvaltningen" there is a paper it cites.
    # (The item's own heading, on its line or the next block, is its title.)
    first_item = next((i for i, block in enumerate(head) if _ITEM.match(block)), len(head))
    for block in head[:first_item + 2]:
        if _TITLE_START.match(block) and len(block) <= 250 and not _letterhead(block):
            lines = block.splitlines()
            # A heading block may go on with its reference line ("Dnr AVN 2024/0112").
            kept = lines[:1] + list(itertools.takewhile(lambda line: not _HEADER_LINE.match(line.strip()), lines[1:]))
            return "\n".join(kept).rstrip(" ."), True
    for block in head:
        # A letterhead block ("Kalmar kommun / PROTOKOLLSUTDRAG / ...") may hold the title as one of its lines.
        line = next((line.strip() for line in block.splitlines()[1:]
                     if _TITLE_START.match(line.strip()) and not _letterhead(line)), None)
        if line and len(line) <= 250:
            return line.rstrip(" ."), True
    # No title line: name the document by the matter it answers, as stated in
    # its own words ("... har lämnat en skrivelse angående X till förvaltningen").
    match = _SUBJECT.search(" ".join(blocks[:6]))
    if match:
        what = re.sub(r"\s+", " ", match.group("what")).strip(" ,")
        kind = match.group("kind").lower()
        kind = "rapport" if kind.startswith("rapport") else kind
        return f"{kind.capitalize()} {match.group('rel').lower()} {what}", False
    if item := _item_title(blocks):
        return item, True
    if heading := _heading(blocks):
        return heading, True
    # A type label is a name of last resort ("Tjänsteutlåtande" over its "Sammanfattning").
    label = next((b.splitlines()[0].strip() for b in head if _TITLE_START.match(b) and _letterhead(b.splitlines()[0])), None)
    return (label, True) if label else (None, False)


def _doc_type(text: str, title: str | None, blocks: list[str] = ()) -> str | None:
    # The letterhead's own word ("HALMSTADS KOMMUN RAPPORT") after the title's, before the body's; a word in
    # capitals on the first line ("NORRKÖPINGS KOMMUN   PROTOKOLLSUTDRAG" over the meeting's date) before both.
    capitals = [w for w in (blocks[0].splitlines()[0].split() if blocks else []) if w.isupper() and len(w) > 3]
    for source in capitals + ([title] if title else []) + [w for b in blocks[:3] if _letterhead(b) for w in b.split()]:
        for name, rule in _TYPE_RULES:
            if rule.search(source):
                return name
    for name, rule in _TYPE_RULES:
        if rule.search(text):
            return name
    return None


def _date(blocks: list[str]) -> str | None:
    # Minutes state their meeting's day in their head ("Sammanträdesdatum: 2024-03-14"): that is their date,
    # not a memo's cited further down ("Tjänsteskrivelse 2024-02-28, arbetsmarknadsförvaltningen").
    for block in blocks[:6]:
        for line in block.splitlines():
            # The label may stand after the letterhead's other words, run onto its line by the cleaning
            # ("LULEÅ KOMMUN PROTOKOLL Arbetsmarknadsnämnden Sammanträdesdatum 2024-10-16").
            if (day := _MEETING_DAY.search(line)) and (date := parse_swedish_date(line[day.start():])):
                return date
    # The signature line comes last in Swedish municipal documents; search it first.
    for block in reversed(blocks):
        if len(block) <= 60 and _dateline(block):
            date = parse_swedish_date(block)
            if date:
                return date
    labelled = False
    for block in blocks[:6]:
        # A letterhead block's lines: "Sammanträdesdatum: 2024-03-14", "Halmstad den 12 februari 2025".
        for line in block.splitlines() if len(block) > 120 or "\n" in block else [block]:
            # "Datum        Dnr" over "2025-02-18   AMN 2025/0042": the date stands under its label.
            if len(line) <= 120 and (labelled or re.search(r"\b\w*(?:protokoll|sammanträde|datum)", line, re.I) or
                                     (len(line) <= 60 and _dateline(line))):
                date = parse_swedish_date(line)
                if date:
                    return date
            labelled = bool(re.match(r"^\s*datum\b\D*$", line, re.I))
        if len(block) <= 40 and _DATE.fullmatch(block.strip()):
            return parse_swedish_date(block)
        if len(block) <= 90 and _ENDS_DATED.search(block):
            # "Dnr KS 2026-00077 den 9 mars 2026", "Alfta kommun, arbetsmarknadsförvaltningen den 20 januari
            # 2026": cleaning runs the date line on to the letterhead line above it.
            return parse_swedish_date(_ENDS_DATED.search(block).group(0))
    if blocks and _LETTERHEAD.search(blocks[0]) and (day := _ISO_DAY.search(blocks[0])):
        # "LULEÅ KOMMUN RAPPORT Arbetsmarknadsförvaltningen 2025-02-12 ...": a letterhead's one date, unlabelled.
        return day.group(0)
    return None


# A letterhead: the issuing body or the document's kind in capitals ("LULEÅ KOMMUN", "RAPPORT").
_LETTERHEAD = re.compile(r"\b[A-ZÅÄÖ]{3,}\s+KOMMUN\b|\b(?:RAPPORT|PROTOKOLL|TJÄNSTEUTLÅTANDE|SKRIVELSE)\b")
_ISO_DAY = re.compile(r"\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b")


_MEETING_DAY = re.compile(r"\b(?:sammanträdesdatum|mötesdatum|datum för sammanträdet)\s*:?\s*\S", re.I)
_ENDS_DATED = re.compile(rf"\bden\s+\d{{1,2}}\s+(?:{_MONTH})\s+(?:19|20)\d\d\s*$", re.I)


def _dateline(text: str) -> bool:
    """"Stockholm den 25 november 2008", "Uppsala 2021-03-24", a dateline's "Stockholms
    stad, 2015-02-12": any town's (or city's) signature or date line, not the minutes' approval."""
    # A sentence that gives a date ("Satsningen startar den 4 maj 2026.") is no dateline: one ends with its date.
    return not _APPROVAL.match(text) and not text.rstrip().endswith(".") and bool(re.match(
        rf"^(?:[A-ZÅÄÖ][a-zåäö-]+(?:\s+[A-Za-zÅÄÖåäö][a-zåäö-]+)?|[Dd]atum:?|[Dd]en)[\s,]+(?:den\s+)?(?:\d|(?i:{_MONTH}))", text))


# "Justerat 2025-03-10", "Justeras den ...": when the minutes were approved, not their date.
_APPROVAL = re.compile(r"^\s*(?:justera\w*|protokollet justera\w*|anslag\w*)\b", re.I)


def _signatory(blocks: list[str]) -> tuple[str | None, str | None]:
    """The name (and role) under the closing date line, as in "Sten Nordin / Finansborgarråd"."""
    tail = blocks[-6:]
    for i, block in enumerate(tail):
        if not (len(block) <= 60 and parse_swedish_date(block)):
            continue
        rest = tail[i + 1 :]
        if rest and _NAME.match(rest[0]):
            role = rest[1] if len(rest) > 1 and _is_role(rest[1]) else None
            return _unmarked(rest[0]), role
    if len(tail) >= 2 and _NAME.match(tail[-2]) and _is_role(tail[-1]):
        return _unmarked(tail[-2]), tail[-1]
    # Names each with a role on one line, closing the document ("Eva Ek, verksamhetschef Jobbcenter
    # Alfta" over "Per Berg, förvaltningschef"): the first of them signs.
    signed = list(itertools.takewhile(bool, (NAME_AND_ROLE.match(b) for b in reversed(tail))))
    if signed:
        name, role = signed[-1].group("name", "role")
        if _is_role(role) or _ROLE.match(role.split()[0]):
            return _unmarked(name), role
    return None, None




def _is_role(line: str) -> bool:
    """A role line: the role alone, or going on ("Kommunalråd och ordförande i arbetsmarknadsnämnden")."""
    return bool(_ROLE.match(line) or (len(line) <= 120 and _ROLE_OPENS.match(line)))


_ROLE_OPENS = re.compile(_ROLE.pattern.rstrip("$") + r"(?=\s+(?:och|samt|i|för|med|,)\b|,)", re.I)


def _unmarked(name: str) -> str:
    return re.sub(r"\s*\([^)]*\)$", "", name)


def _references(text: str) -> tuple[str, ...]:
    found: list[str] = []
    covered: list[tuple[int, int]] = []
    for pattern in _REFERENCES:
        for match in pattern.finditer(text):
            if any(s <= match.start() < e for s, e in covered):
                continue
            covered.append(match.span())
            value = re.sub(r"\s+", " ", match.group(0)).strip()
            if value not in found:
                found.append(value)
    return tuple(found)


def extract_metadata(text: str) -> DocumentMetadata:
    """Metadata of a cleaned document text (see the module docstring)."""
    blocks = _blocks(text)
    date = _date(blocks)
    title, stated = _title(blocks)
    if minutes := _minutes_title(blocks, text, date):
        title, stated = minutes, True
    signatory, role = _signatory(blocks)
    return DocumentMetadata(
        title=title,
        # A title made from the matter ("Skrivelse angående ...") names what the
        # document answers, not what it is: then the body decides the type.
        type=_doc_type(text, title if stated else None, blocks),
        date=date,
        signatory=signatory,
        signatory_role=role,
        references=_references(text),
    )
