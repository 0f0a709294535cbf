"""Clean extracted text of PDF artefacts, keeping a map back to the original.

The cleaned text is what citations quote and what their offsets index into, so
every cleaned character records the offset of the original character it came
from. Cleaning:

* rejoins words hyphenated across line breaks (``resursfördel-`` + ``ning``)
  while keeping real hyphens (``16-24 år``, ``Enskede-Årsta-Vantör``,
  ``SFI-studier``, ``uppstarts- och utvecklingsår``);
* reflows lines into paragraphs (paragraphs end at blank-line gaps, indented
  or bulleted lines, short final lines, headings), separated by a blank line;
* normalises bullet glyphs to ``•``, odd spaces to a plain space, drops soft
  hyphens, zero-width and control characters, composes decomposed å/ä/ö;
* collapses runs of spaces and blank-line noise; drops bare page numbers at
  PDF page breaks.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from .loading import PAGE_BREAK, LoadedDocument

BULLET_GLYPHS = "•●▪■◦‣∙·○□➢➤►▶✓✔❖◆◇\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e8\uf075"
_SPACES = "\u00a0\u2007\u202f\u2002\u2003\u2009\u200a\u2000\u2001\u2004\u2005\u2006\u2008\u205f\u3000\t"
_DROPPED = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
# List items: "1. ", "2) ", "a) ", "- ", "* ", "– ". A wrapped line can also start
# with a dash or a small number, so the item must start with a capital, or the
# line before must end a sentence or clause.
_LIST_MARKER = re.compile(r"^(?:\d{1,2}[.)]|[a-zåäö]\)|[-*–])\s+(?P<first>\S)")
# A hyphen before these is a suspended compound ("uppstarts- och utvecklingsår").
_CONJUNCTIONS = {"och", "eller", "samt", "respektive", "resp", "som", "till", "men", "liksom", "and", "or"}
_SENTENCE_END = ".!?:;"
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?(?:sida\s+)?\d{1,4}(?:\s*\(\d{1,4}\)|\s*(?:av|/)\s*\d{1,4})?(?:\s*-)?$", re.I)
# "Skövde kommun | Arbetsmarknadsförvaltningen   Sida 2 (2)": a running header or footer ends with a page
# marker, with or without a page break the text kept.
# A line drawn with dashes or box characters, as under a table's heads or after its last row.
_RULE = re.compile(r"^\s*[-=_\u2500\u2013\u2014]{5,}\s*$")
_PAGE_MARK = re.compile(r"\s*\bsida\s+\d{1,4}\s*(?:\(\d{1,4}\)|(?:av|/)\s*\d{1,4})\s*$", re.I)


def _without_page_furniture(lines: list[_Line | None]) -> list[_Line | None]:
    """A line ending in a page marker loses the marker ("Sammanträdesdatum: 2025-11-12  Sida 1 (3)"
    keeps its date), and goes whole when what is left repeats on other pages (a running header):
    its "(3)" was read as a figure, its date as the document's."""
    marked = {id(ln): m for ln in lines if ln is not None and ln.chars and (m := _PAGE_MARK.search(ln.text))}
    rests = [ln.text[: marked[id(ln)].start()].strip() for ln in lines if ln is not None and id(ln) in marked]
    kept: list[_Line | None] = []
    for line in lines:
        m = marked.get(id(line)) if line is not None else None
        if m is None:
            kept.append(line)
            continue
        rest = line.text[: m.start()].rstrip()
        if rest.strip() and rests.count(rest.strip()) == 1:
            kept.append(_Line(line.chars[: len(rest)], line.pos[: len(rest)], line.indent, line.page_break_before))
    return kept


@dataclass(frozen=True)
class OffsetMap:
    """Cleaned offsets -> original offsets, as runs of contiguous characters."""

    clean_starts: tuple[int, ...]
    orig_starts: tuple[int, ...]

    @classmethod
    def from_positions(cls, positions: list[int]) -> "OffsetMap":
        clean, orig = [], []
        for i, pos in enumerate(positions):
            if i == 0 or pos != positions[i - 1] + 1:
                clean.append(i)
                orig.append(pos)
        return cls(tuple(clean), tuple(orig))

    def original_offset(self, clean_offset: int) -> int:
        run = bisect.bisect_right(self.clean_starts, clean_offset) - 1
        if run < 0:
            return 0
        return self.orig_starts[run] + (clean_offset - self.clean_starts[run])

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned span [start, end) to the original span it came from."""
        if end <= start:
            at = self.original_offset(start)
            return at, at
        return self.original_offset(start), self.original_offset(end - 1) + 1


@dataclass(frozen=True)
class CleanText:
    source: str
    text: str
    offsets: OffsetMap
    original: str
    page_starts: tuple[int, ...] = ()  # original offsets where pages 2.. begin

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.to_original(start, end)

    def page_of(self, clean_offset: int) -> int | None:
        """1-based PDF page of a cleaned offset; None for documents without pages."""
        if not self.page_starts:
            return None
        return bisect.bisect_right(self.page_starts, self.offsets.original_offset(clean_offset)) + 1


@dataclass
class _Line:
    chars: list[str]
    pos: list[int]
    indent: int
    page_break_before: bool

    @property
    def text(self) -> str:
        return "".join(self.chars)


def _normalise_chars(text: str) -> tuple[list[str], list[int]]:
    chars: list[str] = []
    pos: list[int] = []
    for i, ch in enumerate(text):
        if ch in _DROPPED:
            continue
        if ch == "\r":
            if i + 1 < len(text) and text[i + 1] == "\n":
                continue
            ch = "\n"
        if ch in _SPACES:
            ch = " "
        elif ch in _LIGATURES:
            for part in _LIGATURES[ch]:
                chars.append(part)
                pos.append(i)
            continue
        elif unicodedata.combining(ch) and chars:
            composed = unicodedata.normalize("NFC", chars[-1] + ch)
            if len(composed) == 1:
                chars[-1] = composed
                continue
        elif ord(ch) < 32 and ch not in "\n\f":
            continue
        chars.append(ch)
        pos.append(i)
    return chars, pos


def _split_lines(chars: list[str], pos: list[int]) -> list[_Line | None]:
    """Lines with their indent; None marks an empty line, "" a spaces-only one."""
    lines: list[_Line | None] = []
    start, page_break = 0, False
    for i in range(len(chars) + 1):
        if i < len(chars) and chars[i] not in "\n\f":
            continue
        seg_c, seg_p = chars[start:i], pos[start:i]
        stripped_left = len(seg_c) - len("".join(seg_c).lstrip(" "))
        body = "".join(seg_c).strip(" ")
        if body:
            end = stripped_left + len(body)
            lines.append(_Line(seg_c[stripped_left:end], seg_p[stripped_left:end], stripped_left, page_break))
            page_break = False
        else:
            lines.append(None if not seg_c else _Line([], [], 0, page_break))
        if i < len(chars) and chars[i] == PAGE_BREAK:
            page_break = True
        start = i + 1
    return lines


def _is_double_spaced(lines: list[_Line | None]) -> bool:
    """True for text where every line is followed by an empty line (a common
    PDF-to-text artefact): then one empty line is a line break, not a paragraph."""
    direct = spaced = 0
    for a, b, c in zip(lines, lines[1:], lines[2:] + [None]):
        if a is None or not a.chars:
            continue
        if b is not None and b.chars:
            direct += 1
        elif b is None and c is not None and c.chars:
            spaced += 1
    return spaced >= 3 and spaced > 2 * direct


def _starts_bullet(line: _Line) -> bool:
    return line.chars[0] in BULLET_GLYPHS


def _first_word(line: _Line) -> str:
    match = re.match(r"[\w]+", line.text)
    return match.group(0) if match else ""


def _hyphen_join(a: _Line, b: _Line, document: str) -> str | None:
    """How to join a line ending in '-' to the next: '' (drop the hyphen),
    '-' (keep it, no space), '- ' (keep it, then a space), or None (not a word break)."""
    text = a.text
    if len(text) < 2 or text[-1] != "-":
        return None
    if text[-2].isdigit() and b.chars[0].isdigit():
        return "-"  # a range broken after its hyphen: "16-" + "24 år"
    if not text[-2].isalpha():
        return None
    left = re.search(r"(\w+)-$", text)
    right = _first_word(b)
    if not left or not right:
        return None
    left_word = left.group(1)
    if right.lower() in _CONJUNCTIONS:
        return "- "
    if not right[0].islower():
        return "-"  # Enskede-Årsta: capitals keep the hyphen
    if left_word.isupper() and len(left_word) > 1:
        return "-"  # SFI-studier
    if re.search(rf"\b{re.escape(left_word)}-{re.escape(right)}", document, re.I):
        return "-"  # the document spells it with a hyphen elsewhere: egen-regiverksamhet
    return ""


# A table row typed as a line: a short label, then its figure ("augusti 31", "Kista 1 064", "januari 971").
_TABLE_ROW = re.compile(r"^[^\W\d][^\d]{1,40}?\s\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?(?:\s?(?:%|procent|personer|kr|kronor))?$")


# A table typed as text: a label (or none), then two or more cells set apart by runs of spaces,
# every cell a number ("Till arbete      260      301      352", "Uppgift   2022   2023   2024").
_CELL = r"(?:\d{1,3}(?: \d{3})+|\d+)(?:,\d+)?(?: ?(?:%|procent|kr|tkr|mnkr))?"
# The label may stand one space from its first cell ("Kostnad per deltagare (kr) 42 747   39 940").
_TABLE_LINE = re.compile(rf"^(?:[^\d\s][^\d]*?\s+)?(?P<cells>{_CELL}(?: {{2,}}{_CELL})+)\s*$")
_COLUMN_GAP = re.compile(r"(?<=\S) {2,}(?=\d)")


def is_table_line(line: str) -> bool:
    """Whether a line is a row (or year header) of a table typed as text, by its column gaps.

    >>> is_table_line("Till arbete          260      301      352"), is_table_line("Uppgift   2022   2023   2024")
    (True, True)
    >>> is_table_line("Till arbete 260 301 352"), is_table_line("Totalt  98 personer fick  arbete")
    (False, False)
    """
    return bool(_TABLE_LINE.match(line.strip()))


def row_label(line: str) -> str:
    """A table line's label: what stands before its cells ("Total kostnad (tkr)")."""
    cells = row_cells(line)
    return line[: cells[0][0]].strip() if cells else ""


def row_cells(line: str) -> list[tuple[int, int]]:
    """Where a table line's number cells stand in it (empty for a line that is none).

    >>> line = "Kostnad per deltagare (kr) 42 747   39 940"
    >>> [line[s:e] for s, e in row_cells(line)]
    ['42 747', '39 940']
    """
    match = _TABLE_LINE.match(line.rstrip())
    if not match:
        return []
    at = match.start("cells")
    return [(at + m.start(), at + m.end()) for m in re.finditer(r"\S(?:.*?\S)?(?= {2,}|$)", match.group("cells"))]


# Between two heads: "Andel unga (procent)  Nettokostnad (mnkr)", "varav 16–24 år  Andel unga".
_HEAD_GAP = re.compile(r"(?<=[^\W_)]|\)) {2,}(?=[^\W\d_]|\()")


def _heads_table(text: str, at: int) -> bool:
    """Whether the line at `at` is a line of words over a table's rows: the next line is a row."""
    line = _line_at(text, at)
    after = text.find("\n", at)
    following = next((ln for ln in text[after:].split("\n") if ln.strip()), "") if after >= 0 else ""
    return len(line) <= 160 and not is_table_line(line) and is_table_line(following)


_HEAD_SEGMENT = re.compile(r"\S+(?: \S+)*")


def _segments(line: _Line) -> list[tuple[int, int]]:
    """A line's runs of words set apart by two spaces or more, as columns of the page (indent counted)."""
    return [(line.indent + m.start(), line.indent + m.end()) for m in _HEAD_SEGMENT.finditer(line.text)]


def _heads_over_two_lines(lines: list[_Line | None]) -> list[_Line | None]:
    """A table's heads typed over two lines ("Avslutade" over "till arbete") become one line of heads,
    each column's words joined: read line by line the heads of two columns ran together, and the
    rows' cells were read as one number ("1 034         318" as 1 034 318) or counted the wrong head.
    The second line's every run of words (one will do: "(procent)") must stand under one of the first's, and a row follow."""
    out = list(lines)
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        following = next((ln for ln in out[i + 2:] if ln is not None and ln.chars), None)
        if not (a and b and a.chars and b.chars and following is not None and is_table_line(following.text)) \
                or is_table_line(a.text) or is_table_line(b.text) or re.search(r"\d", b.text):
            i += 1
            continue
        heads, under = _segments(a), _segments(b)
        if len(heads) < 3 or not under:
            i += 1
            continue
        owner = [max(range(len(heads)), key=lambda k, s=s, e=e: min(e, heads[k][1]) - max(s, heads[k][0])) for s, e in under]
        if any(min(e, heads[k][1]) <= max(s, heads[k][0]) for (s, e), k in zip(under, owner)):
            i += 1
            continue
        chars: list[str] = []
        pos: list[int] = []
        for k, (s, e) in enumerate(heads):
            if k:
                chars += [" ", " "]
                pos += [a.pos[s - a.indent - 1]] * 2
            chars += a.chars[s - a.indent : e - a.indent]
            pos += a.pos[s - a.indent : e - a.indent]
            for (us, ue), _ in filter(lambda pair: pair[1] == k, zip(under, owner)):
                chars += [" ", *b.chars[us - b.indent : ue - b.indent]]
                pos += [b.pos[us - b.indent] - 1, *b.pos[us - b.indent : ue - b.indent]]
        out[i : i + 2] = [_Line(chars, pos, a.indent, a.page_break_before)]
    return out


def _line_at(text: str, at: int) -> str:
    return text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]


# A labelled field line: one or two words, a colon, a value ("Datum: 2024-02-20", "Diarienummer: AVN 2025/112").
_FIELD_LINE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+)?:\s+\S")


# A closing signature's line: a name, maybe its party, and a role ("Eva Ek, verksamhetschef Jobbcenter Alfta").
NAME_AND_ROLE = re.compile(r"^(?P<name>[A-ZÅÄÖÉ][a-zåäöéü]+(?:[- ][A-ZÅÄÖÉ][a-zåäöéü]+){1,3}(?:\s*\([A-Za-zÅÄÖåäö]{1,3}\))?)"
                           r",\s+(?P<role>[^,.]{3,80})$")


def _paragraph_break(a: _Line, b: _Line, gap: list[_Line | None], double: bool, full: float, prev_break: bool) -> bool:
    empties = len(gap)
    spaces_only = any(g is not None for g in gap)
    indent = b.indent
    if double and empties == 0:
        # A single newline in double-spaced text is a page seam: one space of
        # the indent belongs to the seam, not to the paragraph.
        indent = max(0, indent - 1)
    if empties > (1 if double else 0) or (double and spaces_only):
        return True
    ends_sentence = a.text[-1] in _SENTENCE_END
    if _starts_bullet(b) or b.text.startswith("#") or a.text.startswith("#"):
        return True
    item = _LIST_MARKER.match(b.text)
    if item and (ends_sentence or item.group("first").isupper() or _LIST_MARKER.match(a.text)):
        return True
    if indent > 0 and (double or ends_sentence):
        return True
    if is_table_line(a.text) or is_table_line(b.text):
        return True  # a table's rows and header stand apart: each is read by its columns
    if _FIELD_LINE.match(b.text) and not _FIELD_LINE.match(a.text) and a.text[-1] not in ",-–":
        # "Datum: 2024-02-20" under a title is no part of it, whatever the spacing; a letterhead's
        # fields one under another ("Sekreterare: ...", "Ordförande: ...") stay one block.
        return True
    if NAME_AND_ROLE.match(b.text) and (ends_sentence or NAME_AND_ROLE.match(a.text)):
        return True  # signatures, one to a line, stand apart: the first of them signs
    if _TABLE_ROW.match(a.text) and _TABLE_ROW.match(b.text):
        return True  # "augusti 31" / "september 38": rows of a table, not a sentence run on ("31 september" is a date)
    starts_upper = b.chars[0].isupper() or b.chars[0].isdigit() or b.chars[0] in "”\"'(§"
    if not starts_upper or a.text[-1] in ",-–":
        return False
    if len(a.text) < 0.6 * full:
        return True  # a short line ends its paragraph
    if ends_sentence and len(b.text) < 0.6 * full:
        return True  # a short line after a full stop stands alone: a date, a name
    # A paragraph's first line that stops short of the margin without
    # punctuation, followed by a capital, is a heading.
    return prev_break and not ends_sentence and len(a.text) < 0.85 * full


def clean_document(doc: LoadedDocument) -> CleanText:
    """Clean a loaded document; see the module docstring for what changes."""
    chars, pos = _normalise_chars(doc.text)
    lines = _split_lines(chars, pos)
    text_lines = [ln for ln in lines if ln is not None and ln.chars]
    if text_lines:
        widths = sorted(len(ln.chars) for ln in text_lines)
        # With few lines the upper quartile is noise: the longest line is the margin.
        full = widths[int(0.75 * (len(widths) - 1))] if len(text_lines) >= 8 else widths[-1]
    else:
        full = 0
    double = _is_double_spaced(lines)
    flat = "".join(chars)

    # Drop bare page numbers next to a PDF page break.
    kept: list[_Line | None] = []
    for i, line in enumerate(lines):
        if line is not None and _RULE.match(line.text):
            kept.append(None)  # a table's rule ("-----") under its heads: read as words, it split them from their second line
            continue
        if line is not None and line.chars and _PAGE_NUMBER.match(line.text):
            nxt = next((ln for ln in lines[i + 1 :] if ln is not None and ln.chars), None)
            at_seam = line.page_break_before or (nxt is not None and nxt.page_break_before)
            if at_seam and doc.page_starts:
                if nxt is not None and line.page_break_before:
                    nxt.page_break_before = True
                continue
        kept.append(line)
    lines = _heads_over_two_lines(_without_page_furniture(kept))

    out_c: list[str] = []
    out_p: list[int] = []
    prev: _Line | None = None
    gap: list[_Line | None] = []
    prev_break = True
    for line in lines:
        if line is None or not line.chars:
            gap.append(line)
            continue
        body_c, body_p = list(line.chars), list(line.pos)
        if _starts_bullet(line):
            body_c[0] = "•"
            if len(body_c) > 1 and body_c[1] != " ":
                body_c.insert(1, " ")
                body_p.insert(1, body_p[0])
        if prev is not None:
            joint = _hyphen_join(prev, line, flat)
            brk = joint is None and _paragraph_break(prev, line, gap, double, full, prev_break)
            seam = line.pos[0] - 1
            if brk:
                out_c += ["\n", "\n"]
                out_p += [seam, seam]
            elif joint is None:
                out_c.append(" ")
                out_p.append(seam)
            elif joint == "":
                out_c.pop()  # the hyphen
                out_p.pop()
            elif joint == "- ":
                out_c.append(" ")
                out_p.append(seam)
            prev_break = brk
        out_c += body_c
        out_p += body_p
        prev, gap = line, []

    # Collapse runs of spaces left inside lines, but for a table's column gaps: two spaces
    # keep "910  1 004  1 120" three numbers, not one.
    joined = "".join(out_c)
    gaps = {m.start() for m in _COLUMN_GAP.finditer(joined) if is_table_line(_line_at(joined, m.start()))}
    # The heads of a table's columns ("År  Inskrivna totalt  därav nyinskrivna") keep their gaps too:
    # without them the words of two heads run together.
    gaps |= {m.start() for m in _HEAD_GAP.finditer(joined) if _heads_table(joined, m.start())}
    final_c: list[str] = []
    final_p: list[int] = []
    run = -1
    for i, (ch, p) in enumerate(zip(out_c, out_p)):
        if i in gaps:
            run = i
        if ch == " " and final_c and final_c[-1] in " \n" and not (i == run + 1 and final_c[-1] == " "):
            continue
        final_c.append(ch)
        final_p.append(p)
    text = "".join(final_c)
    return CleanText(
        source=doc.source,
        text=text,
        offsets=OffsetMap.from_positions(final_p),
        original=doc.text,
        page_starts=doc.page_starts,
    )


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the blank-line separated paragraphs of cleaned text."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text)]
