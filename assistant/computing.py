"""Computed answers: which arithmetic a question asks for, and its operands.

Operands are the figures of the retrieved passages, picked by what they count:
each side of the question ("andel av [de inskrivna] [fick ett arbete]",
"fler [i juni] än [i januari]") is matched against the sentence each figure
stands in (e5 similarity) and the words around the number (shared stems), and
months or years in the question pick between figures of different periods.
When two candidates for one operand are too close to tell apart, nothing is
computed: the caller lists the figures found instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from .answer_types import money_kind
from .cleaning import is_table_line, row_label
from .figures import BOUNDS, Figure, figures_in_sentence, values_in
from .lexical import LEMMA_STEMS, inflected_overlap, lemmas, tokenize, words_of
from .questions import HOW_MANY, MONTH_PATTERN, MONTHS_EN, MONTHS_SV, SUM_ASKED, language_of, month_name, operation, years_spanned  # noqa: F401 - re-exported for callers
from .statistics import (
    Computation,
    Operand,
    chained_rest,
    chained_share,
    difference,
    extreme,
    mean,
    over_periods,
    percent_change,
    per_head,
    percentage_points,
    rate,
    rest_of_parts,
    share_of_parts,
    share_of_rest,
    complement,
    total,
    ratio,
    share,
)
from .vocabulary import WITHOUT, KIND_NAMED_BEFORE, AGE_RANGE, group_sides, opposed_groups, BUDGET_GAP, GAP_AFTER, LESS_ASKED, MONEY_ASKED, PLAIN_HEADS, SETTING, AMOUNT_EVIDENCE, CHANGE_ASKED, COUNTED_IN_SWEDISH, DURATION_ASKED, HEADS_EN, PER_HEAD_ASKED, AVERAGE_WORDS, CHANGE_BEFORE, EXTREMES, FINITE_VERBS, NAMES_BACK, NEGATION, POINTS_BACK_WITHIN, OTHERWISE, PERIOD_WORDS, POINTS_BACK, RESTATED, SUBGROUP, YEAR_AFTER, YEAR_BEFORE, YEAR_IN_HAND, CONTINUES_MEASURE

_STOP = frozenset("hur stor andel av de dem som fick har hade var vad vilken many how what share of the those who that did "
                  "is was were a an in i än than fler färre more fewer många procent percent".split())
CLOSE = 0.015  # two candidates nearer than this are a tie
GROUP_MISFIT = 0.05  # what a count of a group the question does not name loses
_YEARS = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
PERIOD_FIT = 0.03


# A share of the share before it: "22 procent ... och av dem 21 %", "varav", "of them".
_OF_THOSE = re.compile(r"\b(?:av (?:dem|dessa|de senare)|utav dem|varav|of (?:them|those|these))\b", re.I)
_MONEY = re.compile(r"\b(?:kr|kronor|sek|miljon\w*|miljard\w*|tkr|mkr|crowns)\b", re.I)


@dataclass(frozen=True)
class Picked:
    computation: Computation
    figures: tuple[Figure, ...]  # in operand order
    # Another reading the figures fit almost as well: shown beside the one taken, not hidden.
    alternative: "Picked | None" = None
    chosen_by: str = "words"  # why this reading goes first: "words" (closer to the question's) | "units" (they
    # agree) | "parts" (two parts of one whole, not the whole and a part)


@dataclass(frozen=True)
class Unresolved:
    reason: str
    figures: tuple[Figure, ...]  # what was found, for the answer to list
    period: str | None = None  # a month or year the question names and no figure has


_RECURRING = re.compile(r"\s+(?:varje|each|every)\b", re.I)


# The period of a figure stated for "the year" its document reports on: read as no period of its own.
IN_HAND = "året"


def _months_in(text: str) -> list[tuple[int, str]]:
    """The months and years a text names, with their positions; "året innan"
    and "the following year" are the year next to the one written before them.

    >>> _months_in("Under 2008 skrevs 9 472 in, jämfört med 2 700 året innan.")
    [(6, '2008'), (46, '2007')]
    >>> _months_in("som mäts i november varje år, fanns det 4105 unga 2024")
    [(50, '2024')]
    """
    found = []
    for match in re.finditer(r"\b(" + MONTH_PATTERN + r")\b", text, re.I):
        if _RECURRING.match(text, match.end()):
            continue  # "som mäts i november varje år": when it is measured, not the period of a figure
        found.append((match.start(), month_name(match.group(1))))
    years = [(m.start(), m.group(0)) for m in re.finditer(r"\b(?:19[5-9]\d|20\d\d)\b", text)]
    found += years
    for pattern, step in ((YEAR_BEFORE, -1), (YEAR_AFTER, 1)):
        for match in pattern.finditer(text):
            before = [year for at, year in years if at < match.start()]
            if before:
                found.append((match.start(), str(int(before[-1]) + step)))
    # "under året": the document's own year, which only its title or date can say.
    found += [(m.start(), IN_HAND) for m in YEAR_IN_HAND.finditer(text)]
    return sorted(found)


@lru_cache(maxsize=512)
def years_named(text: str) -> frozenset[str]:
    """The years a text names, written out or as "året innan".

    >>> sorted(years_named("Under 2008 skrevs 9 472 in, jämfört med 2 700 året innan."))
    ['2007', '2008']
    """
    # Cached: the eligibility check asks it of a whole document once per candidate sentence.
    return frozenset(period for _, period in _months_in(text) if period.isdigit())


def figure_period(figure: Figure, months_only: bool = False, in_hand: str | None = None) -> str | None:
    """The month or year a number is stated for: of those between the numbers
    before and after it, the nearest in its own clause ("971 inskrivna i januari",
    "I mars var 410 deltagare inskrivna och i september ... 520", "200 deltagare
    år 2015"), a later one on a tie; else the nearest at all. `months_only` reads
    months alone ("i november 2007 var 2700 personer": november, not 2007). A figure
    stated for "the year" ("under året") is of `in_hand`, the year its document is on.

    >>> from assistant.figures import figures_in_sentence
    >>> s = "I mars var 410 deltagare inskrivna och i september hade antalet stigit till 520."
    >>> [figure_period(f) for f in figures_in_sentence("x", s, 0)]
    ['mars', 'september']
    >>> s = "Kursen hade 800 deltagare år 2019 och 200 deltagare år 2015."
    >>> [figure_period(f) for f in figures_in_sentence("x", s, 0)]
    ['2019', '2015']
    >>> s = "Kostnaderna uppgick till 9,4 miljoner kronor, jämfört med 8,8 miljoner kronor år 2022."
    >>> [figure_period(f) for f in figures_in_sentence("x", s, 0)]
    [None, '2022']
    """
    mark = _period_mark(figure, months_only, in_hand)
    return mark[1] if mark else None


# "från 4 105 hushåll i sept. 2023 till 3 862 hushåll i september 2024": the period before "till"
# ends the first figure's clause, so the second is of the period after it.
_TO_NEXT = re.compile(r"\b(?:till|to)\s*$", re.I)
_FROM = re.compile(r"\b(?:från|from)\b", re.I)


def _period_mark(figure: Figure, months_only: bool = False, in_hand: str | None = None) -> tuple[int, str] | None:
    """`figure_period`'s mark with its position in the sentence (-1 for a table column's year)."""
    if _column_year(figure) and not months_only:
        return -1, figure.period
    marks = [m for m in _months_in(figure.sentence) if not (months_only and m[1].isdigit())]
    if not months_only and any(m[1].isdigit() for m in marks):
        # "Under helåret 2023 (1 januari–31 december) var 1 846": the months bound the year, not the figure.
        spans = [m.span() for m in _DAY_SPAN.finditer(figure.sentence)]
        marks = [m for m in marks if m[1].isdigit() or not any(s <= m[0] < e for s, e in spans)]
    text = figure.sentence
    at, after = figure.start - figure.sentence_start, figure.end - figure.sentence_start
    # "var 4,2 mnkr (2024: 3,6 mnkr)": a year in brackets is of the figure in them, not of one outside them.
    outside = _outside_brackets(figure, marks)
    if not outside and any(re.fullmatch(r"\s*[^\W\d_]*\s*", text[after:m.start()]) for m in BRACKETED.finditer(text) if m.start() >= after):
        return at, in_hand  # the year in hand, which the bracket after it compares with
    marks = outside
    if not marks:
        return None
    low, high = _neighbours(figure)
    if low and _OF_THE.fullmatch(text[low:at]):
        # "Under första halvåret 2024 var 96 av de 1 120 inskrivna": a whole is of its part's period.
        before = [f for f in figures_in_sentence(figure.source, text, figure.sentence_start) if f.end - f.sentence_start == low]
        if before:
            return _period_mark(before[0], months_only, in_hand)
    near = [m for m in marks if low <= m[0] < high]
    if not near:
        marks = _not_the_next_numbers(figure, marks)
        if not marks:
            return None
        nearest = min(marks, key=lambda m: abs(m[0] - at))
        return (nearest[0], in_hand) if nearest[1] == IN_HAND else nearest
    ranged = bool(_TO_NEXT.search(text[:at]) and _FROM.search(text[:at]))

    def distance(mark: tuple[int, str]) -> tuple[bool, int, bool]:
        position = mark[0]
        between = text[after:position] if position >= after else text[position:at]
        # "och" or a comma between them starts another clause: its period is another number's.
        crosses = bool(_CLAUSE_BREAK.search(between)) or (ranged and position < at)
        return crosses, (position - after if position >= after else at - position), position < at

    chosen = min(near, key=distance)
    if chosen[1] == IN_HAND:
        return chosen[0], in_hand
    if months_only and any(s <= chosen[0] < e for s, e in (m.span() for m in _MONTH_RANGE.finditer(text))):
        return None  # "från den 1 mars till och med den 30 september": a span, not a month
    return chosen


BRACKETED = re.compile(r"\([^()]*\)")


def _outside_brackets(figure: Figure, marks: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The period marks of a figure's sentence less those in brackets the figure stands outside
    ("var 4,2 mnkr (2024: 3,6 mnkr)": 2024 is the bracket's figure's)."""
    at = figure.start - figure.sentence_start
    brackets = [m.span() for m in BRACKETED.finditer(figure.sentence)]
    return [m for m in marks if not any(s <= m[0] < e and not s <= at < e for s, e in brackets)]
_WHERE = re.compile(r"i|på|vid|via|hos|inom|in|at|within", re.I)
_OF_THE = re.compile(r"\s+(?:av|utav|of)\s+(?:de|dem|alla|samtliga|the|all)?\s*", re.I)


_YEAR_WITH_MONTH = re.compile(rf"(?:{MONTH_PATTERN})\.?\s+((?:19|20)\d\d)\b", re.I)


def figure_year(figure: Figure, in_hand: str | None = None) -> str | None:
    """The year a figure is stated for: its period's, and for a month the year written with
    it wherever its sentence names that month ("3 400 ... i december 2024").

    >>> from assistant.figures import figures_in_sentence
    >>> s = "I december 2024 var 3 400 personer inskrivna, jämfört med 3 100 ett år tidigare."
    >>> figure_year(figures_in_sentence("x", s, 0)[0])
    '2024'
    >>> s = "Antalet minskade från 2 046 hushåll i sept. 2023 till 1 917 hushåll i september 2024."
    >>> [figure_year(f) for f in figures_in_sentence("x", s, 0)]
    ['2023', '2024']
    >>> [figure_year(f, in_hand="2025") for f in figures_in_sentence("x", "Kostnaden var 4,2 mnkr (2024: 3,6 mnkr).", 0)]
    ['2025', '2024']
    """
    mark = _period_mark(figure, in_hand=in_hand)
    period = mark[1] if mark else None
    if period is None or period.isdigit():
        return period
    # "från 4 105 hushåll i sept. 2023 till 3 862 hushåll i september 2024": the year written with the
    # month the figure is of, before any other mention of that month.
    written = _YEAR_WITH_MONTH.match(figure.sentence, mark[0])
    if written:
        return written.group(1)
    years = {m.group(2) for m in re.finditer(rf"\b({MONTH_PATTERN})\s+((?:19|20)\d\d)\b", figure.sentence, re.I)
             if month_name(m.group(1)) == period}
    return years.pop() if len(years) == 1 else None


def _stated_for(figure: Figure, period: str) -> bool:
    """The figure is stated for the month or year: "i november 2007 var 2700" is both."""
    return period in (figure_period(figure), figure_period(figure, months_only=True))


def asked_periods(question: str) -> list[str]:
    """The months and years a question names, in its order; a year right after a
    month ("november 2007") narrows that month and is no period of its own.

    >>> asked_periods("Hur många fler skrevs in jan–okt 2008 än i november 2007?")
    ['2008', 'november']
    """
    # "jan–okt 2008" is one span: the year stands for it ("än i november 2007" compares with it).
    spans = list(_MONTH_SPAN.finditer(question))
    marks = sorted(m for m in _months_in(question) if m[1] != IN_HAND and not any(s.start() <= m[0] < s.end() for s in spans))
    marks = sorted(marks + [(s.start("year"), s.group("year")) for s in spans if s.group("year")])
    kept = [mark for i, mark in enumerate(marks)
            if not (mark[1].isdigit() and i and not marks[i - 1][1].isdigit()
                    and not question[marks[i - 1][0]:mark[0]].split()[1:])]
    return [p for _, p in kept]


_TIME_UNIT = re.compile(r"\b(dagar|veckor|månader|days|weeks|months)\b", re.I)
_TIME_UNITS = {"dagar": "dag", "days": "dag", "veckor": "veck", "weeks": "veck", "månader": "månad", "months": "månad"}
_SHARE_NOUN = re.compile(r"\b(?:andel(?:en|ar|arna)?|share|proportion)\b", re.I)
_SHARE_WORD = re.compile(r"\b(?:andel\w*|procent\w*|shares?|percent\w*|proportion\w*)\b", re.I)
# The words that part the two sides of a comparison ("fler X än Y", "X jämfört med Y").
_CONTRAST = re.compile(r"\s[–—-]\s|\bmen\b|\bbut\b", re.I)
# A figure set beside the one before it: "9,4 miljoner kronor, jämfört med 8,8 miljoner".
_COMPARED = re.compile(r"\b(?:jämfört med|jämfört mot|compared (?:with|to)|mot|än|than)\s*$", re.I)
_SIDES = re.compile(r"\b(?:än|than|och|and|jämfört med|compared with|mellan|between)\b", re.I)
_MONTH_SPAN = re.compile(rf"\b{MONTH_PATTERN}\s*[–-]\s*{MONTH_PATTERN}\b(?:\s+(?P<year>(?:19|20)\d\d)\b)?", re.I)
_MONTH_ALTERNATION = "|".join(MONTHS_SV + MONTHS_EN)
# A day of the month ("den 30 september") is part of a date, not a neighbouring number.
_DAY = re.compile(rf"\b\d{{1,2}}(?=\.?\s+(?:{_MONTH_ALTERNATION})\b)", re.I)
_MONTH_RANGE = re.compile(
    rf"\b(?:från|from|mellan|between)\s+(?:och med\s+)?(?:den\s+)?(?:\d{{1,2}}\.?\s+)?(?:{_MONTH_ALTERNATION})\b[^.]*?"
    rf"\b(?:till|to|through|until|och|and)\s+(?:och med\s+)?(?:den\s+)?(?:\d{{1,2}}\.?\s+)?(?:{_MONTH_ALTERNATION})\b", re.I)
# "1 januari–31 december": the whole of a year, written as its days.
_DAY_SPAN = re.compile(r"\b1\.?\s+(?:januari|january|jan)\.?\s*[-–]\s*31\.?\s+(?:december|dec)\b", re.I)
# "och" or a comma starts another clause; "till och med" does not.
_CLAUSE_BREAK = re.compile(r"(?<!\btill )\boch\b(?! med\b)|\band\b|[,;:]|\bvarav\b", re.I)


def split_share_question(question: str) -> tuple[str, str]:
    """'andel av [the whole] [what the part did]': split at the last finite verb.

    >>> split_share_question("Hur stor andel av dem som fått hjälp till egen försörjning hade fått ett arbete?")
    ('dem som fått hjälp till egen försörjning', 'hade fått ett arbete')
    >>> split_share_question("What share of those registered got a job?")
    ('those registered', 'got a job')
    """
    match = re.search(r"\b(?:av|of|utav)\b\s+(.*?)[?.!]*$", question, re.I)
    words = (match.group(1) if match else question).split()
    verbs = [i for i, w in enumerate(words) if w.lower() in FINITE_VERBS and i > 0]
    cut = verbs[-1] if verbs else min(3, len(words))
    return " ".join(words[:cut]), " ".join(words[cut:]) or question


def asks_rest(question: str) -> bool:
    """Whether a "how many of N" question asks for those who did not ("hade inte kommit vidare").

    >>> asks_rest("Hur många av de 9 472 hade inte kommit vidare?"), asks_rest("How many of them got a job?")
    (True, False)
    >>> asks_rest("Hur många av dem tog sig dit på annat sätt än genom arbete?")
    True
    """
    predicate = re.split(r"\b(?:av|of|utav)\b", question, maxsplit=1, flags=re.I)[-1]
    return bool(NEGATION.search(predicate) or OTHERWISE.search(predicate))


def _whole_and_part(a: Figure, b: Figure) -> bool:
    """Whether one figure counts a part of the other: it stands in a sentence that opens
    "Av dessa" / "Of these" right after the other's sentence ("Bland de unga vuxna"
    names its group and points back to nothing)."""
    def part_of(part: Figure, whole: Figure) -> bool:
        return (part.source == whole.source and 0 <= part.sentence_start - whole.sentence_end <= 3
                and bool(POINTS_BACK.match(part.sentence)))
    return part_of(a, b) or part_of(b, a)



def of_which_parent(part: Figure, pool: list[Figure]) -> Figure | None:
    """The count a "varav" part is part of: the last count before the sentence's first "varav",
    or, in a list whose lines open with "varav", the last count of the document before it.

    >>> fs = figures_in_sentence("x", "Till arbete gick 410, varav 176 reguljärt och 150 med lönebidrag.", 0)
    >>> [of_which_parent(f, fs).value if of_which_parent(f, fs) else None for f in fs]
    [None, 410.0, 410.0]
    """
    if part.kind != "count":
        return None
    if is_table_line(part.sentence) and _SUB_ROW.match(part.sentence):
        # "– till arbete  350  469" under "Avslutade under året  1 250  1 400": the row above, same column.
        rows = [f for f in pool if f.source == part.source and f.kind == "count" and is_table_line(f.sentence)
                and not _SUB_ROW.match(f.sentence) and f.period == part.period
                and 0 < part.sentence_start - f.sentence_start < _SIBLING_SPAN]
        return max(rows, key=lambda f: f.sentence_start, default=None)
    head = part.sentence[: part.start - part.sentence_start]
    first = _OF_WHICH.search(head)
    if first is None:
        return None
    opens = not re.search(r"\w", head[: first.start()])
    before = [f for f in pool if f.source == part.source and f.kind == "count"
              and (f.sentence_start == part.sentence_start and f.start < part.sentence_start + first.start()
                   or opens and f.end <= part.sentence_start)]
    return max(before, key=lambda f: f.start, default=None)


def section_opening(text: str, start: int) -> str:
    r"""The heading of the section a sentence stands in and its paragraph up to the sentence: the
    group "Gruppen omfattade 700 personer" counts is named there.

    >>> t = "Unga vuxna\nUnder 2024 var 420 unga.\n\nDeltagare med långvarigt bistånd\nSom sådant räknas tio månader. Gruppen omfattade 700 personer."
    >>> section_opening(t, t.index("Gruppen"))
    'Deltagare med långvarigt bistånd\nSom sådant räknas tio månader. '
    """
    gap = text.rfind("\n\n", 0, start)
    block = gap + 2 if gap >= 0 else 0
    paragraph = text[block:start]
    if "\n" not in paragraph.strip() and block >= 2:
        # The heading stands in a paragraph of its own right above.
        above = text.rfind("\n\n", 0, block - 2)
        heading = text[above + 2 if above >= 0 else 0 : block].strip()
        if heading and len(heading) <= _HEADING_CHARS and not heading.endswith("."):
            return f"{heading}\n{paragraph}"
    return paragraph


def item_heading(text: str, start: int) -> str:
    r"""The heading of the minutes' item ("§ 112 ...") a sentence at `start` stands under, up to its first blank line;
    "" outside any item.

    >>> t = "§ 112\nUtökning av Steget Vidare\nDnr 2024/1\n\nBeslut\nM reserverar sig."
    >>> item_heading(t, t.index("M reserverar"))
    '§ 112\nUtökning av Steget Vidare\nDnr 2024/1'
    """
    at = text.rfind("§", 0, start)
    if at < 0:
        return ""
    end = text.find("\n\n", at)
    return text[at : end if 0 <= end < start else start].strip()


def item_text(text: str, start: int, reach: int = 1500) -> str:
    r"""The minutes' item a sentence at `start` stands in, from its "§" up to the sentence (at most `reach`
    characters back); "" outside any item. What a reservation is against is said there, not in it.

    >>> t = "§ 22\nSommarjobb för ungdomar\n\nFörvaltningen föreslår 90 sommarjobb.\n\nReservation\nV reserverar sig."
    >>> item_text(t, t.index("V reserverar")).split("\n")[3]
    'Förvaltningen föreslår 90 sommarjobb.'
    """
    at = text.rfind("§", max(0, start - reach), start)
    return text[at:start] if at >= 0 else ""


_HEADING_CHARS = 80
_CHAIN_STEPS = 4  # counts up from a part to the population it is finally counted in


def _own_base(part: Figure, pool: list[Figure]) -> Figure | None:
    """The whole a count's own sentence names right before it: "Av dessa 700 gick 98 till
    arbete", "av de 430 deltagarna fick 96 arbete"."""
    head = part.sentence[: part.start - part.sentence_start]
    named = _BASE_BEFORE.search(head)
    if named is None or part.kind != "count":
        return None
    at = part.sentence_start + named.start(1)
    return next((f for f in pool if f.source == part.source and f.kind == "count" and f.start == at), None)


_OUTCOME = re.compile(r"kostnad|utfall|kostade|cost|outturn|spent", re.I)
_OTHER_WHOLE = "the part is of another whole"
_NO_GROUP = "no count of the group the share is taken of"
PART_TRIES = 4  # parts tried when the best counts among another whole than the one asked
PART_MARGIN = 0.06  # how far behind the best part's fit another part may be tried
_SUB_ROW = re.compile(r"\s*(?:[-–•]\s|varav\b|därav\b|of which\b)", re.I)
_SIBLING_SPAN = 600  # characters: rows of one table, not a list in another section
# "Av de 610 inskrivna under 2025 var … kvinnor": a year between the whole and its part is no count.
_BASE_BEFORE = re.compile(r"\b(?:av|bland|of|among)\s+(?:dessa|de|dem|the|those)\s+(\d[\d\s]*\d|\d)\b(?:[^\d]|\b(?:19|20)\d\d\b)*$", re.I)
_OF_WHICH = re.compile(r"\b(?:varav|därav|of which|of whom)\b", re.I)


def points_back(sentence: str) -> bool:
    """Whether a sentence counts among those of the sentence before it: it opens so ("Av dessa
    ...", "Av de inskrivna ...") or says so inside ("702 av dessa hade ...").

    >>> points_back("702 av dessa hade per den sista juli fått hjälp, varav 415 hade fått ett arbete.")
    True
    >>> points_back("Hur många av dem som sökte fick arbete vet vi inte.")
    False
    """
    return bool(POINTS_BACK.match(sentence) or NAMES_BACK.match(sentence) or POINTS_BACK_WITHIN.search(sentence))


def _one_series(a: Figure, b: Figure) -> bool:
    """Two counts of one sentence stated for different months are one quantity over time
    ("971 inskrivna i januari ... 1064 i juni"): neither is a part of the other."""
    if a.source != b.source or a.sentence_start != b.sentence_start:
        return False
    first, second = figure_period(a, months_only=True), figure_period(b, months_only=True)
    return first is not None and second is not None and first != second


def _neighbours(figure: Figure) -> tuple[int, int]:
    """Where the numbers before and after a figure end and start in its sentence (0 and its length
    when there are none). A year or a day is no number of its own: both are masked first."""
    at, after = figure.start - figure.sentence_start, figure.end - figure.sentence_start
    masked = _DAY.sub(lambda m: "D" * len(m.group(0)), _YEARS.sub(lambda m: "Y" * len(m.group(0)), figure.sentence))
    numbers = [m.span() for m in re.finditer(r"\d+(?:[ ,.]\d+)*", masked)]
    return (max((e for s, e in numbers if e <= at), default=0),
            min((s for s, e in numbers if s >= after), default=len(figure.sentence)))


def _not_the_next_numbers(figure: Figure, marks: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The period marks that may be a figure's: not one written after the next number past a comma
    or "och", which is that number's ("9,4 miljoner kronor, jämfört med 8,8 miljoner kronor år 2022")."""
    text = figure.sentence
    after = figure.end - figure.sentence_start
    high = _neighbours(figure)[1]
    if high < len(text) and _CLAUSE_BREAK.search(text[after:high]):
        return [m for m in marks if m[0] < high]
    return marks


def _column_year(figure: Figure) -> bool:
    """Whether a figure is a table cell given the year of its column (`figures.with_columns`)."""
    return bool(figure.period) and figure.period.isdigit() and is_table_line(figure.sentence)


def _stated_year(figure: Figure) -> int | None:
    """The year written in a figure's sentence nearest the number (`_not_the_next_numbers`), or
    its table column's, or None."""
    if _column_year(figure):
        return int(figure.period)
    marks = _not_the_next_numbers(figure, _outside_brackets(figure, [(position, year) for position, year in _months_in(figure.sentence)
                                                                     if year.isdigit() or year == IN_HAND]))
    if not marks:
        return None
    at = figure.start - figure.sentence_start
    nearest = min(marks, key=lambda m: abs(m[0] - at))[1]
    return None if nearest == IN_HAND else int(nearest)


def _year_of(figure: Figure, years: dict[str, int | None]) -> int | None:
    """The year a figure belongs to: stated in its sentence, else its document's."""
    stated = _stated_year(figure)
    return stated if stated is not None else years.get(figure.source)


# "590 tkr lägre än budget", "ett överskott på 590 tkr": a gap, not an outcome.
_VARAV = re.compile(r"\bvarav\b", re.I)


def whole_words(whole_phrase: str) -> list[str]:
    """The words that name a share's whole: its verbs aside, a known one ("avslutades") or the one a
    relative clause opens with ("de som genomförde praktik": praktik), and its numbers.

    >>> whole_words("de som genomförde praktik"), whole_words("those who joined an internship")
    (['praktik'], ['those', 'who', 'an', 'internship'])
    """
    raw = re.findall(r"[^\W_][\w-]*", whole_phrase.lower())
    verbs = {w for w, before in zip(raw, ["", *raw]) if before in ("som", "who", "that")}
    return [w for w in words_of(whole_phrase) if w not in verbs and w not in FINITE_VERBS and not w[:1].isdigit()]


_GAP_WORDS = "budget budgeten budgeterat över under mer mindre kostnad kostade utfall utfallet gick"
_UNDER_BUDGET = re.compile(r"\bunder\s+(?:sin\s+|sitt\s+|the\s+|its\s+)?budget|\bbelow\s+(?:the\s+|its\s+)?budget|"
                           r"\b(?:över|kvar)\s+(?:i|av|på)\s+(?:\w+\s+)?budget|"
                           r"\b(?:mindre|lägre|less|lower)\s+(?:pengar\s+|money\s+)?(?:än|than)\s+(?:\w+\s+){0,3}?budget", re.I)
# The finite verbs that say what was done, not how ("skrevs in" is being enrolled; "fick", "gick" are light).
_CONTENT_VERB = frozenset({"skrevs", "deltog", "avslutades"})
# A count followed by the group it is of: "301 av de avslutade", "41 of the enrolled".
# "Av de avslutade fick 301 ...": the group a sentence opens with, by name (not "Av de 430 ...", "Av dessa").
# "Av de 120 personer som hade en anställning i X under 2025 hade 40 ...": a counted group opens the sentence.
_COUNTED_OPENS = re.compile(r"^\s*(?:av|utav|of)\s+(?:de|the)\s+\d[\d\s]*\s+([^,]+?)\s+(?:hade|har|var|gick|fick|had|were|went|got)\s+(?=\d)", re.I)
_GROUP_OPENS = re.compile(r"^\s*(?:av|utav|bland|of|among)\s+(?:de|the)\s+([^\W\d_]{4,})", re.I)
_BASE_NAMED_AFTER = re.compile(r"\s+(?:personer\s+)?(?:av|utav|of)\s+(?:de|dem|the)\s+([^\W\d_]{4,})", re.I)
_NEITHER = re.compile(r"\b(?:varken|neither)\s+([^?]*\b(?:eller|nor|or)\b[^?]*)", re.I)
_TOTAL_ROW = re.compile(r"\s*(?:summa|totalt?|total|sammanlagt|hela)\b", re.I)


def _of_the_parts_month(part: Figure, wholes: list[Figure]) -> list[Figure]:
    """A part stated for a month is of the whole stated for that month, where one is: "57 fick arbete
    under maj" of "947 i maj", not of "812 inskrivna i februari" however near in words."""
    month = figure_period(part, months_only=True)
    if month is None:
        return wholes
    months = [figure_period(f, months_only=True) for f in wholes]
    if month not in months:
        return wholes
    return [f for f, own in zip(wholes, months) if own in (None, month)]


def _called_budget(figure: Figure) -> bool:
    """Whether the words that lead up to a sum call it a budget: "mot en budget om 46 200 tkr",
    a row "Budget (tkr)"; not "45 610 tkr" before it in the same sentence."""
    # A table cell is called by its row's label and its column's head ("Köpta insatser … Budget").
    # A year is no other figure: "Jobbtorgs budget för 2023 var 52,6 mnkr" calls 52,6 the budget.
    lead = figure.counts if is_table_line(figure.sentence) else \
        re.split(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", figure.sentence[: figure.start - figure.sentence_start]))[-1]
    return "budget" in lead.lower()


class OperandPicker:
    def __init__(self, embeddings, lexical, years: dict[str, int | None] | None = None, document_figures=None,
                 sentence_vector=None, figure_vector=None, text_of=None):
        self.embeddings = embeddings
        self._text_of = text_of or (lambda source: "")
        self.lexical = lexical
        self.years = years or {}
        self._document_figures = document_figures or (lambda source: [])
        # The index stores every sentence's vector; embed only when none is given.
        self._sentence_vector = sentence_vector or (lambda figure: self.embeddings.embed_documents([figure.sentence])[0])
        self._figure_vector = figure_vector or (lambda figure: None)

    def _relevance(self, figures: list[Figure], phrase: str) -> np.ndarray:
        # A month, with the words that place it ("by end of september", "per sista juni"), is met
        # by the period filters, not by meaning: "got a job by end of september" is nearer a sentence
        # that repeats "sista september" than one that says "arbete". "vid årets slut" names no month.
        # English words are read in the documents' Swedish ones ("enrolled": inskrivna), which the
        # model relates to the figures' words more surely than across languages.
        words = [COUNTED_IN_SWEDISH.get(w, w) for w in words_of(phrase) if w not in _STOP]
        if any(month_name(w) in MONTHS_SV for w in words):
            words = [w for w in words if w not in PERIOD_WORDS and month_name(w) not in MONTHS_SV]
        if not words:
            return np.zeros(len(figures))
        vector = np.asarray(self.embeddings.embed_query(" ".join(words)), dtype=np.float32)
        stems = lemmas(self.lexical.tokens(" ".join(words)))
        # Two figures of one sentence share its vector ("971 inskrivna i januari ... 1064 i juni"):
        # the words around each number ("32 aspiranter har fått arbete") tell them apart by meaning.
        around = self._window_vectors(figures)
        scores = []
        for f, window in zip(figures, around):
            # "Av de inskrivna gick 412 ...": the enrolled are whom it is counted among, not what it counts.
            near = lemmas(self.lexical.tokens(_POINTER.sub(" ", f.counts)))
            sentence = float(np.asarray(self._sentence_vector(f), dtype=np.float32) @ vector)
            dense = sentence if window is None else (sentence + float(window @ vector)) / 2
            scores.append(dense + 0.1 * (len(stems & near) / max(1, len(stems))))
        return np.asarray(scores)

    def _words_said(self, figure: Figure, phrase: str) -> int:
        """How many of a phrase's words (in the documents' Swedish) a figure's own words hold, each whole; a year
        says when, not what."""
        words = [COUNTED_IN_SWEDISH.get(w, w) for w in words_of(phrase) if w not in _STOP and not w[:1].isdigit()]
        # Plain tokens: the index's split a compound into its parts ("arbetsgivare": arbete).
        stems = lemmas(tokenize(" ".join(words)))
        return len(inflected_overlap(stems, lemmas(tokenize(_POINTER.sub(" ", figure.counts)))))

    def _window_vectors(self, figures: list[Figure]) -> list[np.ndarray | None]:
        # Stored at ingest (the words of each figure, after the sentence rows); nothing is embedded here.
        return [self._figure_vector(f) for f in figures]

    def _best(self, figures: list[Figure], phrase: str, exclude: Figure | None = None,
              population: str | None = None) -> Figure | Unresolved:
        pool = [f for f in figures if f is not exclude and (exclude is None or f.value != exclude.value)]
        if not pool:
            return Unresolved("no figure for one side of the question", tuple(figures))
        scores = self._relevance(pool, phrase)
        order = np.argsort(-scores)
        first = pool[int(order[0])]
        if len(order) > 1:
            second = pool[int(order[1])]
            if scores[order[0]] - scores[order[1]] < CLOSE and second.value != first.value:
                if population is not None:
                    fits = {id(f): self._group_fit(f, population) for f in (first, second)}
                    if fits[id(first)] != fits[id(second)]:
                        return max((first, second), key=lambda f: fits[id(f)])
                # "från 2023 till 2024" is the year's figure, not "årets första nio månader": a part of a
                # year the question does not name gives way to the whole.
                if not _PART_OF_YEAR.search(phrase):
                    parts = [bool(_PART_OF_YEAR.search(f.sentence)) for f in (first, second)]
                    if parts[0] != parts[1]:
                        return second if parts[0] else first
                # "antalet inskrivna" is the row "Inskrivna deltagare", not its sub-row "varav kvinnor":
                # of two equal fits, a whole that counts nothing unasked before a part of it that does.
                for whole, part in ((first, second), (second, first)):
                    if _VARAV.search(part.counts) and not _VARAV.search(whole.counts) and self._unasked(whole, phrase) == 0 \
                            and self._unasked(part, phrase) > 0:
                        return whole
                # "Till arbete  412" says what "fick jobb" asks, word for word; "Tjugo arbetsgivare tecknade avtal",
                # near in meaning, does not ("arbetsgivare" is no "arbete").
                said = [self._words_said(f, phrase) for f in (first, second)]
                if said[0] != said[1]:
                    return first if said[0] > said[1] else second
                return Unresolved("two figures fit equally well", (first, second))
        return first

    def _unasked(self, figure: Figure, phrase: str) -> int:
        """How many words of what a figure counts the phrase does not say ("kvinnor" of "Inskrivna
        deltagare varav kvinnor" for "antalet inskrivna"); plain heads ("deltagare") count none."""
        asked = lemmas(self.lexical.tokens(" ".join(COUNTED_IN_SWEDISH.get(w, w) for w in words_of(phrase))))
        counted = [w for w in words_of(_POINTER.sub(" ", figure.counts)) if w not in PLAIN_HEADS and w not in _STOP]
        return len(lemmas(tokenize(" ".join(counted))) - asked)

    def _flat(self, pool: list[Figure], phrase: str) -> bool:
        """Whether three or more different figures fit a phrase about equally well."""
        scores = self._relevance(pool, phrase)
        best = float(scores.max()) if len(pool) else 0.0
        return len({f.value for f, score in zip(pool, scores) if best - score < CLOSE}) >= 3

    def _year(self, figure: Figure) -> int | None:
        """`_year_of`, and a sentence that points back ("Av dessa hade 880 per den sista december
        ...") takes the year of the count it points back to ("Under 2020 skrevs 2 150 in"), not
        its document's (a report on 2020 is dated 2021)."""
        if _stated_year(figure) is None and points_back(figure.sentence):
            if (pointed := self._year_pointed_to(figure)) is not None:
                return pointed
        return _year_of(figure, self.years)

    def _budget_gap(self, question: str, op: str, figures: list[Figure]) -> Picked | Unresolved:
        """An outcome against its budget: the sum a sentence calls a budget ("nettobudget ... 40 000 tkr")
        and the outcome of the same kind and year ("nettokostnad ... 41 300 tkr"), outcome less budget."""
        sums = [f for f in figures if f.kind == "money" and f.value_high is None and not is_change(f)]
        years = [int(p) for p in asked_periods(question) if p.isdigit()]
        if years:
            sums = [f for f in sums if self._year(f) in years]

        def own(f: Figure) -> str:
            return (f.counts if is_table_line(f.sentence) else f.sentence).lower()

        # "45 610 tkr mot en budget om 46 200 tkr": the sum its own words call a budget, not the one before it.
        budgets = [f for f in sums if _called_budget(f)]
        rows = [f for f in budgets if is_table_line(f.sentence)]
        if rows:
            # "hur mycket gick köpta insatser över budget": the row the question names; else not a row
            # of one cost among others, but the whole (a total row, or the budget a sentence states).
            subject = self._subject_stems(question)
            named = [f for f in rows if subject & lemmas(self.lexical.tokens(row_label(f.sentence)))]
            if named:
                budgets = named
                sums = [f for f in sums if f.sentence_start in {b.sentence_start for b in named}]
            else:
                budgets = [f for f in budgets if not is_table_line(f.sentence) or _TOTAL_ROW.match(f.sentence)]
                sums = [f for f in sums if not is_table_line(f.sentence) or _TOTAL_ROW.match(f.sentence)]
        if len({f.value for f in budgets}) != 1:
            return Unresolved("no one budget of the period asked", tuple(budgets or sums))
        budget = budgets[0]
        # "nettobudget", or the kind the question names ("the net cost ... exceeded its budget").
        kind = next((k for k in ("netto", "brutto") if k in own(budget)), None) or (
            asked if (asked := money_kind(question)) in ("netto", "brutto") else None)
        outcomes = [f for f in sums if not _called_budget(f) and _OUTCOME.search(own(f)) and (kind is None or kind in own(f))
                    and not GAP_AFTER.match(f.sentence[f.end - f.sentence_start:])]
        if len({f.value for f in outcomes}) > 1:
            # "Budgeten var 31,0 mnkr och utfallet blev 29,5 mnkr": the outcome the budget's own sentence gives,
            # not a measure's cost elsewhere.
            beside = [f for f in outcomes if f.source == budget.source and f.sentence_start == budget.sentence_start]
            outcomes = beside if len({f.value for f in beside}) == 1 else outcomes
        if len({f.value for f in outcomes}) != 1:
            return Unresolved("no one outcome to hold against the budget", tuple(outcomes or [budget]))
        if op == "difference" and _UNDER_BUDGET.search(question):
            # "hur mycket gick köpta insatser under budget": what was left of the budget.
            return Picked(_compute(op, budget, outcomes[0]), (budget, outcomes[0]))
        return Picked(_compute(op, outcomes[0], budget), (outcomes[0], budget))

    def _subject_stems(self, question: str) -> set[str]:
        """What a budget question is about, its budget and gap words aside ("köpta insatser")."""
        words = " ".join(w for w in words_of(question) if not w.isdigit() and w not in _STOP)
        return lemmas(self.lexical.tokens(words)) - lemmas(self.lexical.tokens(_GAP_WORDS))

    def _twin_base(self, part: Figure) -> Figure | None:
        """The base of the same count stated elsewhere in its document: "Deltagare som gick till arbete
        2024  312" is the 312 of "Av dessa gick 312 till arbete", a share of the 910 before that."""
        figures = self._document_figures(part.source)
        for twin in figures:
            if twin.value == part.value and twin.kind == part.kind and twin.sentence_start != part.sentence_start:
                base = _own_base(twin, figures) or self._base_pointed_to(twin)
                if base is not None:
                    return base
        return None

    def _holders(self, parent: Figure, pool: list[Figure]) -> list[Figure]:
        """A count and the counts the documents say it is part of, up the chain ("3278 av dessa ...,
        varav 1 812" -> 3 278 -> the 9 472 the sentence before counts)."""
        chain = [parent]
        while len(chain) <= _CHAIN_STEPS:
            up = of_which_parent(chain[-1], pool) or _own_base(chain[-1], pool) or self._base_pointed_to(chain[-1])
            if up is None or any(up.value == c.value for c in chain):
                break
            chain.append(up)
        return chain

    def _base_pointed_to(self, part: Figure) -> Figure | None:
        """The count a part that points back counts among: "Under året avslutades 910 deltagare. Av
        dessa gick 312 till arbete" makes 312 a share of 910, of nothing else the document counts."""
        if part.kind != "count" or not points_back(part.sentence):
            return None
        if any(f.sentence_start == part.sentence_start and f.kind == "count" and f.start < part.start
               for f in self._document_figures(part.source)):
            return None  # "3278 av dessa ..., varav 1 812": the sentence's first count points back, not its varav
        counts = [f for f in self._antecedent(part) if f.kind == "count" and f.value > part.value]
        return counts[0] if len(counts) == 1 else None

    def _figures_before(self, figure: Figure) -> list[Figure]:
        """The figures of the last sentence before a figure's that states any, in text order."""
        before = [f for f in self._document_figures(figure.source) if f.sentence_start < figure.sentence_start]
        if not before:
            return []
        last = max(f.sentence_start for f in before)
        return sorted((f for f in before if f.sentence_start == last), key=lambda f: f.start)

    def _year_pointed_to(self, figure: Figure) -> int | None:
        """The stated year of the main count of the sentence before a figure's: its first ("Under 2008 skrevs
        9472 in, jämfört med 2700 året innan. Av de inskrivna ..." points back to 9472)."""
        before = self._antecedent(figure)
        return _stated_year(before[0]) if before else None

    def _antecedent(self, figure: Figure) -> list[Figure]:
        """The figures of the sentence a figure's sentence points back to: the last before it that states
        any, or for "Av de inskrivna gick 641 ..." the last that names the inskrivna, past an aside between
        them ("Det är fler än 2022, då 1 702")."""
        before = self._figures_before(figure)
        named = NAMES_BACK.match(figure.sentence)
        if named and (group := re.match(r"[^\W\d_]{4,}", figure.sentence[named.end():])):
            for _ in range(3):
                if not before or re.search(r"\b" + re.escape(group.group(0)[:6]), before[0].sentence, re.I):
                    break
                before = self._figures_before(before[0])
        return before

    def _shares_of_what_asked(self, question: str, pool: list[Figure]) -> list[Figure]:
        """The percentages whose own words, or those of the count they restate ("238 personer började
        studera (20,3 procent)"), say what the question's share is of ("andelen som gick till studier");
        all of them when the question says nothing more than a share and its change, or when fewer than
        two do."""
        asked = {t for t in lemmas(self.lexical.tokens(" ".join(
            w for w in words_of(_YEARS.sub(" ", _SIDES.sub(" ", question)))
            if w not in _STOP and w not in PERIOD_WORDS and w not in _COMPARING and not _SHARE_OR_CHANGE.match(w))))
            if self.lexical.doc_freq.get(t)}
        if not asked:
            return pool

        def words(f: Figure) -> set[str]:
            count = next((c for c in figures_in_sentence(f.source, f.sentence, f.sentence_start)
                          if c.kind == "count" and c.end <= f.start and restating_share(c) == f.value), None)
            return lemmas(self.lexical.tokens(f"{count.counts if count else ''} {f.counts}"))
        fitting = [f for f in pool if asked & words(f)]
        # "ökade från 28,0 procent 2022 till 31,5 procent 2023": the level it went to is of what the first is.
        fitting += [f for f in pool if f not in fitting and any(_from_to(g, f) for g in fitting)]
        return fitting if len(fitting) >= 2 else pool

    def _group_fit(self, figure: Figure, population: str) -> int:
        return group_fit(figure, population, self.lexical)

    def _of_unasked_group(self, figure: Figure, pool: list[Figure], asked: set[str]) -> bool:
        """Whether a count, or the count its "varav" part is of, names a group the question does not."""
        parent = of_which_parent(figure, pool)
        # A table's cells are followed by the next row's label, which names no group of theirs.
        return any(qualified_group(f, asked, self.lexical) and not self._head_asked(f, asked) and not is_table_line(f.sentence)
                   for f in (figure, parent) if f is not None)

    def _head_asked(self, count: Figure, asked: set[str]) -> bool:
        """Whether the word a count is of is asked: "298 unga i åldern 16–24 år" for "andel av de unga"."""
        head = re.match(r"\s*([^\W\d_]+)", count.sentence[count.end - count.sentence_start:])
        return bool(head and inflected_overlap(lemmas(self.lexical.tokens(head.group(1))), asked))

    def pick(self, question: str, op: str, figures: list[Figure]) -> Picked | Unresolved:
        since = _SINCE.search(question)
        if since and op in ("difference", "percent_change", "percentage_points") and len(set(asked_periods(question))) == 1:
            # "hur mycket har andelen ökat sedan 2021": from that year to the latest the passages give.
            latest = max((year for f in figures if (year := self._year(f))), default=0)
            if latest > int(since.group(2)):
                joint = "and" if language_of(question) == "en" else "och"
                question = f"{question[: since.start()]}{since.group(1).split()[0]} {since.group(2)} {joint} {latest}{question[since.end():]}"
        return self._pick(question, op, figures)

    def _pick(self, question: str, op: str, figures: list[Figure]) -> Picked | Unresolved:
        # "40 praktikplatser/vecka" is a rate, not a count of anyone.
        counts = [f for f in figures if f.kind == "count" and f.value_high is None and "/" not in (f.unit or "")]
        counts = [f for f in counts if (f.qualifier or "").lower() not in BOUNDS] or counts
        percents = shares_in_percent(figures)
        if op in ("difference", "percent_change", "percentage_points", "ratio", "remainder", "share", "chained_share"):
            # "en ökning med 135 personer", "132 fler än", "en ökning med 11,2 procent" are changes
            # between two levels, never one of them.
            counts = [f for f in counts if not is_change(f)]
            percents = [f for f in percents if not is_change(f)]
        # "hur många av de 9 472 hade inte ...", "how many of them had not ...": the rest of the whole.
        negated = op == "chained_share" and asks_rest(question)
        if op == "chained_share":
            chain = self._chain(question, figures, negated)
            if negated and not isinstance(chain, Picked):
                return self._remainder(question, counts) or chain
            return chain
        if op == "remainder" and LESS_ASKED.search(question) and MONEY_ASKED.search(question):
            return self._sum_less(question, [f for f in figures if f.kind == "money" and f.value_high is None and not is_change(f)])
        if op == "other_side":
            return self._other_side(question, counts)
        if op == "remainder":
            return self._remainder(question, counts) or Unresolved("no whole and part of it in the passages found", tuple(counts))
        if op == "extreme_period":
            return self._extreme_period(question, counts or figures)
        if op == "rate":
            return self._rate(question, figures)
        if op == "per_head":
            return self._per_head(question, figures)
        if op == "over_periods":
            return self._over_periods(question, figures)
        if op == "either_total":
            return self._either_total(question, [f for f in counts if not is_change(f)])
        if op == "years_total":
            return self._years_total(question, figures)
        if op in ("percentage_points", "difference") and EXTREMES.search(question):
            spread = self._spread(question, figures)
            if spread is not None:
                return spread
        # "Hur många gånger högre var andelen som ... än andelen som ...": a ratio of two shares.
        # "Andelen som gick till arbete ökade": a share's change is read off the shares, not the counts beside them.
        share_asked = op == "difference" and _SHARE_NOUN.search(question) and not HOW_MANY.search(question)
        pool = percents if op == "percentage_points" or (op == "ratio" and _SHARE_WORD.search(question)) or share_asked else counts
        spans = [f for f in figures if f.kind == "duration" and f.value_high is None and not is_change(f)]
        if op in ("difference", "percent_change", "ratio") and DURATION_ASKED.search(question) and len(spans) >= 2:
            # "Hur mycket kortare blev väntetiden?" compares "18 dagar" with "25 dagar", not head counts;
            # "hur många dagar" compares days, not an age ("över 55 år").
            unit = _TIME_UNIT.search(question)
            pool = [f for f in spans if unit and (f.unit or "").lower().startswith(_TIME_UNITS[unit.group(1).lower()])] or spans
        if op in ("difference", "percent_change") and BUDGET_GAP.search(question):
            return self._budget_gap(question, op, figures)
        if op in ("difference", "percent_change", "ratio") and MONEY_ASKED.search(question):
            # "Hur mycket överskreds budgeten, i procent?" compares sums of money, never the counts
            # of people beside them (1 150 − 1 020 personer was given).
            pool = [f for f in figures if f.kind == "money" and f.value_high is None and not is_change(f)]
            if kind := money_kind(question):
                # "bruttokostnaden" is compared with itself: not the net cost, nor a row "varav
                # personalkostnader" under it (its own label, not its parent's, names the kind).
                pool = [f for f in pool if kind in (row_label(f.sentence) if is_table_line(f.sentence) else f.sentence).lower()] or pool
            # "Nettokostnaden per deltagare blev 48,5 tkr" is no net cost of the whole year: a sum per
            # head is compared with sums per head, and only when a question asks per head.
            per_asked = bool(PER_HEAD_ASKED.search(question))
            pool = [f for f in pool if bool(PER_HEAD_ASKED.search(f.counts or "")) == per_asked] or pool
            if not re.search(r"budget", question, re.I):
                # "45 610 tkr mot en budget om 46 200 tkr": a sum the sentence calls a budget is no outcome.
                pool = [f for f in pool if not _called_budget(f)] or pool
            if len(set(periods := asked_periods(question))) < 2:
                # A budget, its outcome, a grant and the cost of a measure are all kronor: without two
                # periods of the same measure, which two are meant is a guess, unless a sentence compares
                # two of them itself ("minskade från 312,5 mnkr år 2023 till 298,1 mnkr år 2024").
                joined = self._joined_pair(question, pool, list(dict.fromkeys(periods))) if op != "ratio" and len(pool) >= 2 else None
                if joined:
                    other = Picked(_compute(op, *joined[1]), joined[1]) if len(joined) > 1 else None
                    return Picked(_compute(op, *joined[0]), joined[0], other)
                return Unresolved("sums of money are compared only between the periods asked", tuple(pool))
        if op == "percentage_points":
            pool = self._shares_of_what_asked(question, pool)
        if len(pool) < 2:
            return Unresolved("fewer than two comparable figures in the passages found", tuple(pool or figures))
        periods = asked_periods(question)
        if op in ("difference", "percent_change", "percentage_points") and len(set(periods)) <= 2:
            joined = self._joined_pair(question, pool, list(dict.fromkeys(periods)))
            if joined:
                other = Picked(_compute(op, *joined[1]), joined[1]) if len(joined) > 1 else None
                return Picked(_compute(op, *joined[0]), joined[0], other)
        if op in ("difference", "percent_change", "percentage_points") and len(set(periods)) >= 2:
            by_period = self._by_period(question, op, pool, periods)
            # Percentage points are also compared by the words of each side ("andelen som fick arbete ... i januari och i juni").
            if op != "percentage_points" or isinstance(by_period, Picked):
                return by_period
        if op == "share":
            money = [f for f in figures if f.kind == "money" and f.value_high is None]
            if len(money) >= 2 and MONEY_ASKED.search(question):
                if not _GAP_WORD.search(question):
                    # "Hur stor del av budgeten gick åt?": a surplus or deficit is what was left over or
                    # overspent, never the part of the budget used.
                    money = [f for f in money if not _GAP_WORD.search(f.counts)] or money
                # "Hur stor andel av kostnaden gick till lönesubventioner?": a part of a sum of money.
                return self._share(question, money)
            picked = self._share(question, pool)
            return self._either_parts(question, pool, picked) or picked
        years = {int(p) for p in periods if p.isdigit()}
        if op in ("difference", "ratio") and len(years) == 1 and len(set(periods)) == 1 and not CHANGE_ASKED.search(question):
            # Two groups compared in the one year asked: not one group's count of that year
            # against the other's in a table's column for another year.
            pool = [f for f in pool if self._year(f) in (None, *years)] or pool
        sides = _SIDES.split(question)
        # "fyra gånger så många deltagare 2019 som 2015", "three times as many as ...": "som"/"as" compares.
        as_many = (re.search(r"\b(?:så (?:många|stor\w*|mycket)|as (?:many|much|large))\b.*\b(som|as)\b", question, re.I)
                   or re.search(r"\b(?:gånger|times)\s+(antalet|det antal|the (?:number|total|figure|count))\b", question, re.I))
        if op == "ratio" and as_many:
            sides = [question[:as_many.start(1)], question[as_many.end(1):]]
        sides = [s for s in sides if words_of(s)]
        if op == "ratio" and len(sides) >= 2 and len(years) >= 2 and not [
                w for w in words_of(sides[-1]) if not _YEAR_WORD.fullmatch(w) and w not in PERIOD_WORDS and w not in _STOP]:
            # "1,2 gånger så många deltagare 2025 som 2024": one measure in two years, as a difference is read.
            return self._by_period(question, op, pool, periods)
        if op in ("difference", "percent_change") and len(sides) >= 2 and _ONLY_TIME.match(sides[-1]):
            # "hur mycket ökade antalet inskrivna mellan åren?": the two years the documents give
            # what the question counts for, or no reading at all ((150 − 540) / 540 was given).
            return self._between_years(question, op, pool, sides[-2])
        if len(sides) < 2:
            return Unresolved("the question does not say which two figures to compare", tuple(pool))
        pair = self._pair(pool, sides[-2], sides[-1])
        if isinstance(pair, Unresolved):
            return pair
        first, second, rival = pair
        chosen_by = "words"
        if rival and first.unit != second.unit and rival[0].unit == rival[1].unit:
            # Two figures are compared when they count the same thing ("5 lokala Jobbtorg" is
            # no measure of "2 700 personer"): the reading whose units agree goes first.
            first, second, rival, chosen_by = rival[0], rival[1], (first, second), "units"
        elif rival and _whole_and_part(first, second) and not _whole_and_part(*rival):
            # "4 620 gick vidare. Av dessa fick 3 310 ett arbete och 1 310 började studera": the
            # two sides compared are two parts, not a whole and a part of it.
            first, second, rival, chosen_by = rival[0], rival[1], (first, second), "parts"
        elif rival and language_of(question) == "en" and any(self._flat(pool, side) for side in sides[-2:]):
            # English words reach Swedish figures by meaning alone: when three or more figures
            # fit one side about equally, either reading is a guess, not an answer.
            return Unresolved("two readings fit equally well", (first, second, *rival))
        first, second = _dated_order(question, op, first, second)
        rival = _dated_order(question, op, *rival) if rival else None
        other = Picked(_compute(op, *rival), rival) if rival else None
        return Picked(_compute(op, first, second), (first, second), other, chosen_by)

    def complement(self, question: str, figures: list[Figure]) -> Picked | None:
        """A share asked the other way round from how the documents state it:
        "hur många fanns i något register" against "6 % ... återfinns inte i något
        register" is 100 − 6. None when the stated share already answers."""
        percents = shares_in_percent(figures)
        # "Bland de unga vuxna gick 45 procent vidare" is the rest of a group the question does not ask about.
        percents = [f for f in percents if self._group_fit(f, question) >= 0] or percents
        if not percents:
            return None
        predicate = _predicate(question)
        best = percents[int(np.argmax(self._relevance(percents, NEGATION.sub(" ", predicate))))]
        # A negation past "men" or a dash is another clause's: "Var femte fick jobb efter kursen – men målet nåddes inte".
        own = next((part for part in _CONTRAST.split(best.counts) if best.text in part), best.counts)
        if bool(NEGATION.search(predicate)) == bool(NEGATION.search(own)):
            return None
        return Picked(complement(_op(best)), (best,))

    def _period_fit(self, side: str, figure: Figure) -> float:
        """A side naming a year or month favours figures of that period and disfavours
        figures of another ("jan–okt 2008" against "i november 2007")."""
        asked = set(asked_periods(side))
        if not asked:
            return 0.0
        year = self._year(figure)
        own = set((figure.period or "").split()) | ({str(year)} if year else set())
        if asked & own:
            return PERIOD_FIT
        return -PERIOD_FIT if own else 0.0

    def _spread(self, question: str, figures: list[Figure]) -> Picked | None:
        """Highest minus lowest of a range the documents give ("mellan 3,9-7,2 %")."""
        ranges = [f for f in figures if f.value_high is not None and f.kind in ("percent", "count")]
        if not ranges:
            # The range may stand outside the passages retrieved ("ligger mellan 3,9-7,2 procent"
            # further on in the same report): the retrieved documents' figure tables hold it.
            ranges = [f for source in dict.fromkeys(f.source for f in figures) for f in self._document_figures(source)
                      if f.value_high is not None and f.kind in ("percent", "count")]
        if not ranges:
            return None
        chosen = ranges[int(np.argmax(self._relevance(ranges, question)))] if len(ranges) > 1 else ranges[0]
        high, low = Operand(chosen.value_high, chosen.id, chosen.unit), Operand(chosen.value, chosen.id, chosen.unit)
        if chosen.kind == "percent":
            return Picked(percentage_points(high, low), (chosen,))
        return Picked(difference(high, low, unit=chosen.unit), (chosen,))

    def _pair(self, pool: list[Figure], one: str, other: str) -> tuple[Figure, Figure, tuple | None] | Unresolved:
        """The two figures that fit the two sides best together (picking one side
        first lets a figure near both sides take the wrong one), and the runner-up
        pair when it fits nearly as well: a second reading to show."""
        # A count of a group neither side names ("150 ensamstående föräldrar" for "fler män än ...") fits neither.
        asked = lemmas(self.lexical.tokens(" ".join(COUNTED_IN_SWEDISH.get(w, w) for w in words_of(f"{one} {other}"))))
        narrower = np.asarray([GROUP_MISFIT * qualified_group(f, asked, self.lexical) for f in pool])
        a = self._relevance(pool, one) + [self._period_fit(one, f) for f in pool] - narrower
        b = self._relevance(pool, other) + [self._period_fit(other, f) for f in pool] - narrower
        pairs = sorted(((a[i] + b[j], i, j) for i in range(len(pool)) for j in range(len(pool))
                        if i != j and pool[i].value != pool[j].value), reverse=True)
        if not pairs:
            return Unresolved("no two different figures", tuple(pool))
        best, i, j = pairs[0]
        rival = next((p for p in pairs[1:] if {pool[p[1]].value, pool[p[2]].value} != {pool[i].value, pool[j].value}), None)
        if rival is not None and best - rival[0] < CLOSE:
            return pool[i], pool[j], (pool[rival[1]], pool[rival[2]])
        return pool[i], pool[j], None

    @staticmethod
    def _in_months(pool: list[Figure], phrase: str) -> list[Figure]:
        """The figures stated for a month the phrase names (or for none: "Av dessa gick 410"
        takes its context's); all of them when it names none or none is."""
        months = [p for p in asked_periods(phrase) if not p.isdigit()]
        if not months:
            return pool
        return [f for f in pool if figure_period(f) is None or any(_stated_for(f, m) for m in months)] or pool

    def _sum_less(self, question: str, sums: list[Figure]) -> Picked | Unresolved:
        """A sum less a part of it ("vad kostade det om man drar bort statsbidragen"): the part
        fits the words after the cue, the whole those before it and is larger, of one document."""
        cue = LESS_ASKED.search(question)
        whole_words, part_words = question[: cue.start()], question[cue.end():]
        if len(sums) < 2 or not words_of(part_words):
            return Unresolved("no sum and part of it in the passages found", tuple(sums))
        part = self._best(sums, part_words)
        if isinstance(part, Unresolved):
            return part
        wholes = [f for f in sums if f.value > part.value and f.source == part.source
                  and (None in (_stated_year(f), _stated_year(part)) or _stated_year(f) == _stated_year(part))]
        if not wholes:
            return Unresolved("no larger sum to take the part from", (part,))
        whole = self._best(wholes, whole_words)
        if isinstance(whole, Unresolved):
            return whole
        return Picked(difference(_op(whole), _op(part), unit=whole.unit), (whole, part))

    def _other_side(self, question: str, counts: list[Figure]) -> Picked | None:
        """"Hur många män var inskrivna?" where the documents count only the women among everyone
        ("1 126 personer inskrivna, varav 503 kvinnor"): everyone less the other side. None when a
        count of the side asked is stated, or no whole gives the other side as its part."""
        asked = sides_named(question)
        if len(asked) != 1:
            return None
        ((pair, side),) = asked
        if any((pair, side) in group_sides(set(words_of(f"{f.unit or ''} {f.counts}"))) for f in counts):
            return None
        years = {int(p) for p in asked_periods(question) if p.isdigit()}
        # What the side asked did: "män fick jobb" is not everyone enrolled less the women enrolled.
        words = re.findall(r"[^\W\d_]+", question.lower())
        after = words[next(i for i, w in enumerate(words) if group_sides({w})) + 1:]
        # "deltog i jobbtorget": where they took part is the scene, not what they did.
        after = [w for i, w in enumerate(after) if not (i and _WHERE.fullmatch(after[i - 1]))]
        # A finite verb is light ("fick jobb") unless it is itself what was done ("skrevs in": inskrivna).
        did = lemmas([t for t in self.lexical.tokens(" ".join(COUNTED_IN_SWEDISH.get(w, w) for w in after
                                                             if w not in _STOP and (w not in FINITE_VERBS or w in _CONTENT_VERB)))
                      if not t.isdigit() and (self.lexical.doc_freq.get(t) or t in LEMMA_STEMS)])
        for part in counts:
            if (pair, 1 - side) not in group_sides(set(words_of(f"{part.unit or ''} {part.counts}"))):
                continue
            whole = of_which_parent(part, counts)
            # A name ("Jobbcenter Ljusne") says where, not what was done.
            said = lemmas(self.lexical.tokens(re.sub(r"\b[A-ZÅÄÖ]\w*", " ", f"{whole.sentence} {whole.counts}"))) if whole is not None else set()
            if not did or 2 * len(inflected_overlap(did, said)) < len(did):
                continue
            if whole is not None and whole.value > part.value and (not years or self._year(whole) in years):
                return Picked(difference(_op(whole), _op(part), unit=whole.unit), (whole, part))
        return None

    def _share_of_other_side(self, sides: set, candidates: list[Figure], pool: list[Figure], years: list[int]) -> Picked | None:
        """"Hur stor andel av de inskrivna var män?" where only the women are counted among everyone ("620
        personer inskrivna, varav 240 kvinnor"): everyone less the women, of everyone."""
        if len(sides) != 1:
            return None
        ((pair, side),) = sides
        for part in candidates:
            whole = of_which_parent(part, pool)
            if ((pair, 1 - side) in group_sides(set(words_of(f"{part.unit or ''} {part.counts}"))) and whole is not None
                    and whole.value > part.value and (not years or self._year(whole) in years)):
                return Picked(share_of_rest(_op(whole), _op(part)), (whole, part))
        return None

    def _remainder(self, question: str, counts: list[Figure]) -> Picked | None:
        """'Hur många av de 9 472 hade inte kommit vidare': the whole less the part that
        did, the two found as the share question without its negation would find them."""
        positive = " ".join(NEGATION.sub(" ", OTHERWISE.sub(" ", question)).split())
        years = [p for p in asked_periods(question) if p.isdigit()]
        if years and len(of_year := [f for f in counts if str(self._year(f)) in years]) >= 2:
            counts = of_year  # "av de som avslutades 2024": the whole and its part of the year asked
        if (without := WITHOUT.search(question)) is not None:
            return self._without(without.group(1), counts, years)
        picked = self._share(positive, counts) if len(counts) >= 2 else None
        if (either := self._either_parts(positive, counts, picked if picked is not None else Unresolved("", ()))) is not None:
            # "hur många gick inte till arbete eller studier": the whole less one count of each, where none counts both.
            *parts, whole = either.figures
            return Picked(rest_of_parts(_op(whole), *map(_op, parts), unit=whole.unit), (whole, *parts))
        if not isinstance(picked, Picked):
            return None
        part, whole = picked.figures
        if None not in (_stated_year(part), _stated_year(whole)) and _stated_year(part) != _stated_year(whole):
            return None  # "800 deltagare år 2019 och 200 år 2015": no part of that whole
        if not self._covers_alternatives(question, part):
            return None
        return Picked(difference(_op(whole), _op(part), unit=whole.unit), (whole, part))

    def _without(self, word: str, counts: list[Figure], years: list[str]) -> Picked | None:
        """"Hur många fick jobb utan lönestöd?" beside "fick 412 personer ett arbete. Av dessa var 97
        anställningar med lönestöd": the whole the part with it points back to, less that part."""
        word = COUNTED_IN_SWEDISH.get(word.lower(), word)
        stem = re.escape(word[: max(4, len(word) - 2)])
        for part in counts:
            if not re.search(rf"\b(?:med|with)\s+(?:\w+\s+)?\w*{stem}", part.counts, re.I):
                continue
            whole = self._base_pointed_to(part) or of_which_parent(part, counts)
            if whole is not None and whole.value > part.value and (not years or str(self._year(whole)) in years):
                return Picked(difference(_op(whole), _op(part), unit=whole.unit), (whole, part))
        return None

    def _covers_alternatives(self, question: str, part: Figure) -> bool:
        """Whether the part taken away counts every outcome a "varken … eller …" question lists:
        "varken jobb, plugg eller lönestöd" is not the rest after those who began one job scheme,
        though "varken arbete eller studier" is the rest after "754 till arbete eller studier"."""
        listed = _NEITHER.search(question)
        if listed is None:
            return True
        held = lemmas(self.lexical.tokens(part.sentence))
        for alternative in re.split(r",|\beller\b|\bnor\b|\bor\b", listed.group(1)):
            words = [COUNTED_IN_SWEDISH.get(w, w) for w in words_of(alternative) if w not in _STOP]
            if words and not inflected_overlap(lemmas(self.lexical.tokens(" ".join(words))), held):
                return False
        return True

    def _share(self, question: str, pool: list[Figure]) -> Picked | Unresolved:
        """Part first (the distinctive side: "fick ett arbete"), then the whole
        among larger counts of the same document and year."""
        whole_phrase, part_phrase = split_share_question(question)
        # A year asked holds for both sides and is met by the figure's own year, stated or its
        # document's ("1 812 ... per den sista september" in a 2008 reply); a month only for the
        # side that names it ("av de 9 472 ... hade per sista september gått vidare").
        years = [int(p) for p in asked_periods(question) if p.isdigit()]
        if years:
            pool = [f for f in pool if figure_period(f) is None or self._year(f) in years] or pool
        # A part is a subset of its whole: a month the whole names holds for it too unless it names its own.
        part_months = part_phrase if self._in_months(pool, part_phrase) is not pool else whole_phrase
        # "av alla 430 aspiranter": a whole the question gives is the whole, and not the part.
        given = values_in(whole_phrase, "count")
        named = [f for f in pool if f.value in given]
        candidates = [f for f in self._in_months(pool, part_months) if f.value not in given] or pool
        # A part counted within a group the question does not name ("Bland de unga vuxna, 600 personer") is no part of its whole.
        if SUBGROUP.search(question):
            # "... bland vuxna": the counts within that group are the ones asked about.
            candidates = [f for f in candidates if self._group_fit(f, question) > 0] or candidates
        else:
            candidates = [f for f in candidates if self._group_fit(f, whole_phrase) >= 0] or candidates
            # "298 unga i åldern 16–24 år inskrivna, varav ... 57 till studier": a part of a group the
            # question does not name is no part of everyone.
            asked = lemmas(self.lexical.tokens(" ".join(COUNTED_IN_SWEDISH.get(w, w) for w in words_of(question))))
            candidates = [f for f in candidates if not self._of_unasked_group(f, pool, asked)] or candidates
        # "were men" names a side ("men" is no stopword in English).
        english = language_of(question) == "en"
        sides = sides_named(part_phrase, english) - sides_named(whole_phrase, english)
        if sides:
            # "hur stor andel ... var kvinnor": a part is a count of women, not the 71 who went on to work.
            others = candidates
            candidates = [f for f in candidates if sides <= group_sides(set(words_of(f"{f.unit or ''} {f.counts}")))]
            if not candidates:
                return self._share_of_other_side(sides, others, pool, years) or Unresolved(_NO_GROUP, ())
        if not named and (within := self._among_whole_said(candidates, pool, whole_phrase, part_phrase)):
            # "180 deltagare genomförde praktik, och av dem hade ... fått en anställning": a part counted in the
            # sentence that names the whole asked ("av de som genomförde praktik") is of it, before any other.
            candidates = within
        if not named:
            # A part is smaller than its whole: the largest count of a document is no part of it.
            candidates = [f for f in candidates if any(g.value > f.value and g.source == f.source
                                                       and not _one_series(f, g) for g in pool)] or candidates
        if whole_phrase.strip() and len(candidates) > 1:
            # A count that reads more like the whole than like the part ("980 personer som var
            # inskrivna" when the share is "av de inskrivna") is a whole, whatever else it is near.
            # One that counts among the whole by the text's own words ("Av de inskrivna gick 437 ...") is a part.
            fits = self._relevance(candidates, part_phrase) - self._relevance(candidates, whole_phrase)
            # So is one the text gives as "varav" of a figure that names the whole ("budgeten är 4,0 mnkr,
            # varav 2,6 mnkr söks från ESF+"), not of one that names what the part did.
            whole_words_said = {t for t in lemmas(self.lexical.tokens(" ".join(COUNTED_IN_SWEDISH.get(w, w) for w in whole_words(whole_phrase)
                                                                           if w not in _STOP and w not in PLAIN_HEADS)))
                                if not t.isdigit()}

            def of_the_whole(f: Figure) -> bool:
                parent = of_which_parent(f, pool)
                return parent is not None and bool(inflected_overlap(whole_words_said, lemmas(self.lexical.tokens(parent.counts))))

            candidates = [f for f, fit in zip(candidates, fits)
                          if fit >= 0 or self._among_whole_named(f, whole_phrase) or of_the_whole(f)] or candidates
        candidates = self._saying(candidates, part_phrase)
        part = self._best(candidates, part_phrase, population=whole_phrase)
        if isinstance(part, Unresolved):
            return part
        picked = self._whole_of(question, part, pool, named, whole_phrase)
        if isinstance(picked, Unresolved) and picked.reason in (_OTHER_WHOLE, _NO_GROUP):
            # The best part counts among another whole ("– till arbete  469" of all who left): the
            # next part that counts among the one asked ("Av dessa 700 gick 98 till arbete").
            fits = self._relevance(candidates, part_phrase)
            for i in np.argsort(-fits)[:PART_TRIES]:
                other = candidates[int(i)]
                if fits[int(i)] < fits.max() - PART_MARGIN:
                    break  # a count about something else is no part of what is asked
                if other is not part and isinstance(tried := self._whole_of(question, other, pool, named, whole_phrase), Picked):
                    return tried
        return picked

    def _either_parts(self, question: str, pool: list[Figure], picked: Picked | Unresolved) -> Picked | None:
        """"Hur många procent gick till jobb eller studier?" where no count is of both: the two parts a
        table row or a sentence gives, one of each, taken together of the whole the first belongs to.
        None when the share picked already counts both, or no row or sentence gives the two."""
        whole_phrase = split_share_question(question)[0]
        alternatives = alternatives_asked(question, self.lexical)
        if not alternatives:
            return None

        def counts(figure: Figure, alternative: set[str]) -> bool:
            return bool(inflected_overlap(alternative, lemmas(self.lexical.tokens(f"{figure.unit or ''} {figure.counts}"))))

        if not all(alternatives) or isinstance(picked, Picked) and all(counts(picked.figures[0], a) for a in alternatives):
            return None
        years = {int(p) for p in asked_periods(question) if p.isdigit()}
        # Nor the parts of a group the question does not name ("298 unga ..., varav 121 ... och 57 ...").
        asked = lemmas(self.lexical.tokens(" ".join(COUNTED_IN_SWEDISH.get(w, w) for w in words_of(question))))
        pool = [f for f in pool if not self._of_unasked_group(f, pool, asked)]
        only = [[f for f in pool if counts(f, a) and not counts(f, b) and (not years or self._year(f) in years)]
                for a, b in (alternatives, alternatives[::-1])]
        for first in only[0]:
            second = next((f for f in only[1] if f.source == first.source and f.sentence_start == first.sentence_start), None)
            whole = self._whole_of(question, first, pool, [], whole_phrase) if second is not None else None
            if isinstance(whole, Picked) and whole.figures[1].value > first.value + second.value:
                return Picked(share_of_parts((_op(first), _op(second)), _op(whole.figures[1])), (first, second, whole.figures[1]))
        return None

    def _years_total(self, question: str, figures: list[Figure]) -> Picked | Unresolved:
        """"Vad kostade Jobbtorget sammanlagt 2021–2024?": the figure of each year of the span that counts
        what is asked, all of one measure, added. A year with none is said; two that fit alike are not guessed."""
        years = years_spanned(question)
        money = bool(MONEY_ASKED.search(question))
        pool = [f for f in figures if f.kind == ("money" if money else "count") and f.value_high is None and not is_change(f)]
        if money and (kind := money_kind(question)):
            # "the total net cost" is summed over net costs, not over a grant beside them.
            pool = [f for f in pool if kind in (row_label(f.sentence) if is_table_line(f.sentence) else f.counts).lower()] or pool
        if len(years) < 2:
            return Unresolved("no span of years to add over", tuple(pool))
        topic = _SUM_WORDS.sub(" ", re.sub(r"\b(?:19|20)\d\d\b", " ", question))
        picked: list[Figure] = []
        for year in years:
            candidates = [f for f in pool if self._stated_for(f, str(year)) and (not picked or f.unit == picked[0].unit)]
            if not candidates:
                return Unresolved(f"no figure for {year}", tuple(pool), period=str(year))
            candidates = self._saying(candidates, topic)
            best = candidates[0] if len(candidates) == 1 else self._best(candidates, topic)
            if isinstance(best, Unresolved):
                # Of two that fit alike, the one that counts what the years already added count.
                best = _counterpart(picked[0], list(best.figures)) if picked else None
                if best is None:
                    return Unresolved("two figures fit equally well", tuple(candidates))
            picked.append(best)
        if any(not self._counts_alike(picked[0], f) for f in picked[1:]):
            return Unresolved("the years' figures count other things", tuple(picked))
        return Picked(total(*map(_op, picked), unit=picked[0].unit), tuple(picked))

    def _either_total(self, question: str, counts: list[Figure]) -> Picked | None:
        """"Hur många gick till jobb eller studier?" beside "487 av dem gick vidare till arbete och 213 började
        studera": one count of each, of the year asked, from one sentence, added. None when a count of both
        is stated (it is quoted) or no sentence gives one of each."""
        either = _EITHER.search(question) or _BOTH.search(question)
        if either is None:
            return None
        alternatives = [lemmas(self.lexical.tokens(COUNTED_IN_SWEDISH.get(w.lower(), w))) for w in either.groups()]
        if not all(alternatives):
            return None
        years = {int(p) for p in asked_periods(question) if p.isdigit()}
        counts = [f for f in counts if not years or self._year(f) in years]

        def own(figure: Figure) -> str:
            # A table cell is its column's; a sentence's count is its words up to the next count:
            # "487 av dem gick vidare till arbete och" is no count of studies.
            if is_table_line(figure.sentence):
                return f"{figure.unit or ''} {figure.counts}"
            after = [g.start for g in counts if g.sentence_start == figure.sentence_start and g.source == figure.source and g.start > figure.start]
            return figure.sentence[figure.start - figure.sentence_start: min(after, default=len(figure.sentence) + figure.sentence_start) - figure.sentence_start]

        def of(figure: Figure, alternative: set[str]) -> bool:
            return bool(inflected_overlap(alternative, lemmas(self.lexical.tokens(own(figure)))))

        if any(all(of(f, a) for a in alternatives) for f in counts):
            return None
        first, second = ([f for f in counts if of(f, a) and not of(f, b)] for a, b in (alternatives, alternatives[::-1]))
        pairs = [(a, b) for a in first for b in second if a.source == b.source and a.sentence_start == b.sentence_start]
        if not pairs:
            # "Av de inskrivna gick 487 personer vidare till arbete. … Därutöver påbörjade 213 personer studier":
            # two sentences of one paragraph and year, neither a part of a count before it ("Av dessa fick 322 …").
            pairs = [(a, b) for a in first for b in second if self._one_paragraph(a, b)]
        if not years and pairs:
            # No year asked: the latest the documents give both for.
            latest = max(self._year(a) or 0 for a, _ in pairs)
            pairs = [p for p in pairs if (self._year(p[0]) or 0) == latest]
        if not pairs:
            return None
        fits = dict(zip((f.id for f in counts), self._relevance(counts, question)))
        a, b = max(pairs, key=lambda p: fits[p[0].id] + fits[p[1].id])
        return Picked(total(_op(a), _op(b), unit=a.unit if a.unit == b.unit else None), (a, b))

    def _one_paragraph(self, a: Figure, b: Figure) -> bool:
        if a.source != b.source or self._year(a) != self._year(b) or any(
                is_table_line(f.sentence) or POINTS_BACK.match(f.sentence) or POINTS_BACK_WITHIN.search(f.sentence) for f in (a, b)):
            return False
        low, high = sorted((a.sentence_start, b.sentence_start))
        return high - low < PARAGRAPH_REACH and "\n\n" not in self._text_of(a.source)[low:high]

    def _among_whole_said(self, candidates: list[Figure], pool: list[Figure], whole_phrase: str, part_phrase: str) -> list[Figure]:
        """The candidates whose sentence names every word of the whole asked and holds a larger count,
        and whose own words say something of what the part did ("hade ... fått en anställning" for "fick jobb")."""
        def stems(words) -> set[str]:
            return lemmas(self.lexical.tokens(" ".join(COUNTED_IN_SWEDISH.get(w, w) for w in words
                                                       if w not in _STOP and w not in PLAIN_HEADS)))
        whole = stems(whole_words(whole_phrase))
        part = stems(w for w in words_of(part_phrase) if not w[:1].isdigit()) - whole
        if not whole or not part:
            return []
        return [f for f in candidates if inflected_overlap(whole, lemmas(self.lexical.tokens(f.sentence))) == whole
                and inflected_overlap(part, lemmas(tokenize(f.counts)))
                and any(g.value > f.value and g.source == f.source and g.sentence_start == f.sentence_start for g in pool)]

    def _whole_of(self, question: str, part: Figure, pool: list[Figure], named: list[Figure], whole_phrase: str) -> Picked | Unresolved:
        """The whole a share's part is taken of, among larger counts of its document and year."""
        # "Av de inskrivna gick 412 ..." is of the year of the count it points back to.
        year = _stated_year(part) or (self._year_pointed_to(part) if points_back(part.sentence) else None)
        wholes = [f for f in (named or self._in_months(pool, whole_phrase)) if f.value > part.value
                  and f.source == part.source and (year is None or _stated_year(f) in (None, year)) and not _one_series(part, f)]
        if not wholes:
            return Unresolved("no larger count to take the share of", (part,))
        # Nor is a whole counted within a group the question does not name ("Bland vuxna ... 860 inskrivna").
        wholes = [f for f in wholes if self._group_fit(f, question) >= 0] or wholes
        opens = _GROUP_OPENS.match(part.sentence)
        base = _BASE_NAMED_AFTER.match(part.sentence, part.end - part.sentence_start) or (
            opens if opens and opens.end() <= part.start - part.sentence_start else None)
        group = lemmas(self.lexical.tokens(base.group(1))) if base and not named else set()
        if group:
            # "1 040 inskrivna och 301 av de avslutade fick arbete", "Av de avslutade fick 301 ...": the part is of
            # the count of "avslutade" (870), not of those enrolled, where a count of them is found.
            holding = [f for f in wholes if inflected_overlap(group, lemmas(self.lexical.tokens(f"{f.unit or ''} {f.counts}")))]
            if not holding and base is not opens:
                return Unresolved(_OTHER_WHOLE, (part,))  # "301 av de avslutade" beside a count of others only
            group = group if holding else set()
            wholes = holding or wholes
        # "Av de inskrivna gick 641 personer vidare ..." counts some of the inskrivna: no whole of "de inskrivna".
        wholes = [f for f in wholes if not self._among_whole_named(f, whole_phrase)]
        if not wholes:
            return Unresolved("no larger count to take the share of", (part,))
        if SUBGROUP.search(question):
            wholes = [f for f in wholes if self._group_fit(f, question) > 0] or wholes
        if not named and any(self._group_fit(f, whole_phrase) > 0 for f in pool):
            # "andel av de unga vuxna" where the documents count within that group ("Bland de unga
            # vuxna, 600 personer, ..."): a whole counted outside it ("skrevs 1 800 in") is not its whole.
            group = lemmas(self.lexical.tokens(whole_phrase))
            wholes = [f for f in wholes if self._group_fit(f, whole_phrase) > 0 or group & lemmas(self.lexical.tokens(f.counts))]
            if not wholes:
                return Unresolved(_NO_GROUP, (part,))
        if _SUB_ROW.match(part.sentence):
            # "– till arbete  469" is no share of "– åter till försörjningsstöd  500": two sub-rows of
            # one table are parts of the row above them, never one the whole of the other.
            wholes = [f for f in wholes if not (_SUB_ROW.match(f.sentence) and is_table_line(f.sentence) == is_table_line(part.sentence)
                                                and abs(f.sentence_start - part.sentence_start) < _SIBLING_SPAN)]
            if not wholes:
                return Unresolved("no larger count to take the share of", (part,))
        own = _own_base(part, pool) or self._base_pointed_to(part) or self._twin_base(part)
        if own is not None and group and not inflected_overlap(group, lemmas(self.lexical.tokens(f"{own.unit or ''} {own.counts}"))):
            own = None  # the sentence before counts another group than the one the part's sentence names
        if own is not None and not named:
            # "Av dessa 700 gick 98 till arbete": the sentence names the whole 98 is a share of.
            wholes = [f for f in wholes if f.value == own.value]
            if not wholes:
                return Unresolved(_OTHER_WHOLE, (part, own))
        parent = of_which_parent(part, pool)
        if not named:
            # A sub-row ("– åter till försörjningsstöd  500") is itself a part: the whole of no count but those under it.
            wholes = [f for f in wholes if not _SUB_ROW.match(f.sentence) or (parent is not None and f.value == parent.value)]
            if not wholes:
                return Unresolved(_OTHER_WHOLE, (part,))
        if parent is not None and not named:
            # "410 till arbete, varav 176 reguljär anställning": 176 is a share of the 410 or of what holds
            # them as the documents say ("Av dessa gick 312 ..." after "910 avslutades"), never of a
            # group beside them ("388 unga vuxna", "700 med långvarigt bistånd").
            holders = self._holders(parent, pool)
            wholes = [f for f in wholes if any(f.value == h.value for h in holders)]
            group = {t for t in lemmas(self.lexical.tokens(whole_phrase)) if not t.isdigit()}

            def holds(f: Figure) -> bool:
                return not group - inflected_overlap(group, lemmas(self.lexical.tokens(f"{f.sentence} {f.counts}")))

            if group and any(holds(f) for f in pool if f.source == part.source and f.value > part.value):
                # The group asked is counted ("388 unga vuxna"), but not as a whole this part can be of.
                wholes = [f for f in wholes if holds(f)]
            if not wholes:
                return Unresolved(_OTHER_WHOLE, (part, parent))
        # A plain head ("deltagare", "personer") names no group: every count has one.
        # An English whole is read by the Swedish words the glossary gives it ("those enrolled": inskrivna):
        # its own words ("in") are no Swedish ones.
        said = whole_phrase if language_of(question) == "sv" else \
            " ".join(COUNTED_IN_SWEDISH[w] for w in words_of(whole_phrase) if w in COUNTED_IN_SWEDISH)
        known = {t for t in lemmas(self.lexical.tokens(said)) if not t.isdigit() and self.lexical.doc_freq.get(t)} \
            - lemmas(self.lexical.tokens(" ".join(PLAIN_HEADS)))
        if known and not named:
            # "andel av dem med långvarigt försörjningsstöd" is taken of a count that says something of
            # them, not of "Deltagare som gick till arbete  410", which shares no word with it.
            def said_of(f: Figure) -> int:
                return len(inflected_overlap(known, lemmas(self.lexical.tokens(
                    f"{f.sentence} {f.counts} {section_opening(self._text_of(f.source), f.sentence_start)}"))))

            wholes = [f for f in wholes if said_of(f)]
            if not wholes:
                return Unresolved(_NO_GROUP, (part,))
            twins = {f.source for f in pool if f.kind == "count" and f.value == part.value and f.source != part.source}
            if twins and max(map(said_of, wholes)) < max((said_of(f) for f in pool if f.source in twins and f.kind == "count"
                                                         and f.value > part.value), default=0):
                # "andel av dem som avslutades": minutes give the part beside a count of those enrolled, a
                # report gives the same part beside a count of those who left: the report's part is taken.
                return Unresolved(_NO_GROUP, (part,))
        if part.kind == "money" and re.search(r"budget", whole_phrase, re.I):
            # "andel av budgeten": the sum the documents call the budget, not the outcome beside it.
            wholes = [f for f in wholes if _called_budget(f)] or wholes
        stated = restating_share(part)
        if stated is not None:
            # "186 personer, eller 15,0 procent": the document says of which whole it is a part.
            wholes = [f for f in wholes if abs(part.value / f.value * 100 - stated) <= 0.05] or wholes
        wholes = _of_the_parts_month(part, wholes)
        scores = self._relevance(wholes, whole_phrase) + [self._period_fit(whole_phrase, f) for f in wholes]
        order = np.argsort(-scores)
        whole = wholes[int(order[0])]
        other = None
        if len(order) > 1 and scores[order[0]] - scores[order[1]] < CLOSE and wholes[int(order[1])].value != whole.value:
            runner_up = wholes[int(order[1])]
            other = Picked(share(_op(part), _op(runner_up)), (part, runner_up))
        return Picked(share(_op(part), _op(whole)), (part, whole), other)

    def _saying(self, candidates: list[Figure], part_phrase: str) -> list[Figure]:
        """The candidates whose own words say every content word of the part asked ("fick jobb": "437 personer
        vidare till en anställning", not "213 påbörjade studier" beside it); all of them when none or all do."""
        # A plain head ("personer", "people") names no group: every count has one.
        words = [COUNTED_IN_SWEDISH.get(w, w) for w in words_of(part_phrase) if w not in _STOP and w not in FINITE_VERBS
                 and w not in PERIOD_WORDS and w not in PLAIN_HEADS and w not in HEADS_EN and not w[:1].isdigit()]
        asked = {t for t in lemmas(self.lexical.tokens(" ".join(words))) if t in self.lexical.doc_freq or t in LEMMA_STEMS}
        if not asked or len(candidates) < 2:
            return candidates
        said = [len(inflected_overlap(asked, lemmas(self.lexical.tokens(_POINTER.sub(" ", f.counts))))) for f in candidates]
        # Else those that say most of it, when that is more than some say: "ska komma från ESF+" is said by "2,6
        # mnkr söks från ESF+" alone, as far as its words go.
        most = max(said)
        saying = [f for f, n in zip(candidates, said) if n == len(asked) or (n == most and most > 0 and said.count(most) < len(said))]
        if not KIND_NAMED_BEFORE.search(part_phrase):
            # "31 personer fick en sådan anställning" counts a kind the sentence before names, not jobs.
            saying = [f for f in saying if not KIND_NAMED_BEFORE.search(f.counts)] or saying
        return saying or candidates

    def _among_whole_named(self, figure: Figure, whole_phrase: str) -> bool:
        """Whether a figure's sentence opens on the whole asked as its group ("Av de inskrivna gick 641 ..."):
        the figure counts some of them."""
        named = NAMES_BACK.match(figure.sentence)
        counted = _COUNTED_OPENS.match(figure.sentence)
        if counted and counted.end() <= figure.start - figure.sentence_start:
            # "Av de 120 personer som hade en anställning i Bryggjobben under 2025 hade 40 ...": the group is
            # all the opening says, and the part is of it where that says most of the whole's words.
            whole = {t for t in lemmas(self.lexical.tokens(whole_phrase)) if not t.isdigit()} - lemmas(self.lexical.tokens(" ".join(_STOP)))
            group = lemmas(self.lexical.tokens(counted.group(1)))
            return bool(whole) and 2 * len(inflected_overlap(whole, group)) > len(whole)
        if named is None:
            return False
        group = lemmas(self.lexical.tokens(" ".join(figure.sentence[named.end():].split()[:2])))
        return bool(inflected_overlap(group, lemmas(self.lexical.tokens(whole_phrase))))

    def _stated_for(self, figure: Figure, period: str) -> bool:
        """`_stated_for`, and a year also holds what its months or its documents state
        ("3278 hade per den sista september ..." in a 2008 reply is a 2008 figure)."""
        if _stated_for(figure, period):
            return True
        own = figure_period(figure)
        return period.isdigit() and not (own or "").isdigit() and self._year(figure) == int(period)

    def _by_period(self, question: str, op: str, pool: list[Figure], periods: list[str]) -> Picked | Unresolved:
        without_periods = lambda text: re.sub(r"\b(" + MONTH_PATTERN + r"|19[5-9]\d|20\d\d)\b", " ", text, flags=re.I)  # noqa: E731
        # The words that set up the comparison ("jämfört med", "än") are no part of what is counted.
        topic = _SIDES.sub(" ", without_periods(question))
        # "fler kom till egen försörjning 2008 än det fanns inskrivna i nov 2007": each period's
        # figure is what its own side of the comparison counts, not what the whole question does.
        sides = [s for s in _SIDES.split(question) if words_of(s)]
        # A side that is only its period ("... jämfört med 2023") says nothing of its own: the topic holds for it.
        own_side = {period: next(iter(named)) for period in dict.fromkeys(periods)
                    if len(named := [without_periods(s) for s in sides if period in asked_periods(s)]) == 1
                    and [w for w in words_of(named[0]) if w not in _STOP]}
        ordered = list(dict.fromkeys(periods))[:2]
        if len(ordered) == 2:
            # Figures that count the same thing in both periods form the pair.
            first_pool = [f for f in pool if self._stated_for(f, ordered[0])]
            second_pool = [f for f in pool if self._stated_for(f, ordered[1])]
            def same_row(a: Figure, b: Figure) -> bool:
                # A table row's two cells ("Deltagare  112  140" under "2024  2025"), or one column's cells in two years'
                # rows ("2023  1 240  512" and "2024  1 318  583" under "År  Avslutade  Till arbete"), count the same thing.
                return (is_table_line(a.sentence) and is_table_line(b.sentence) and a.source == b.source and a.counts == b.counts
                        and abs(a.sentence_start - b.sentence_start) < _ONE_TABLE)

            pairs = [(a, b) for a in first_pool for b in second_pool if a is not b and (a.unit and a.unit == b.unit or same_row(a, b))]
            rows = [p for p in pairs if same_row(*p)]
            if len(pairs) > 1 and len(rows) > 1:
                # Of several rows, the one whose label says what is asked ("deltagare", a plain head that a row's
                # label makes a measure of its own).
                asked = lemmas(self.lexical.tokens(" ".join(COUNTED_IN_SWEDISH.get(w, w) for w in words_of(topic))))
                saying = [p for p in rows if inflected_overlap(asked, lemmas(self.lexical.tokens(p[0].counts)))]
                pairs = saying if 0 < len(saying) < len(rows) else pairs
            if len(pairs) == 1 and self._same_measure(*pairs[0]):
                a, b = _by_question_order(question, ordered[0], ordered[1], *pairs[0])
                return Picked(_compute(op, a, b), (a, b))
        pools = {period: [f for f in pool if self._stated_for(f, period)] for period in dict.fromkeys(periods)}
        missing = next((period for period, candidates in pools.items() if not candidates), None)
        if missing is not None:
            return Unresolved(f"no figure for {missing}", tuple(pool), period=missing)
        # The period with the fewest candidates is settled first: its figure's unit then
        # picks among the other's ("10 380 året innan" leaves 11 240 personer, not 1 870 ungdomar).
        picked: dict[str, Figure] = {}
        tied: dict[str, Unresolved] = {}
        for period in sorted(pools, key=lambda p: len(pools[p])):
            candidates = pools[period]
            if picked:
                unit = next(iter(picked.values())).unit
                candidates = [f for f in candidates if f.unit == unit] or candidates
            candidates = self._saying(candidates, own_side.get(period, topic))
            best = self._best(candidates, own_side.get(period, topic)) if len(candidates) > 1 else candidates[0]
            if isinstance(best, Unresolved):
                tied[period] = best  # settled below by the other period's figure, when that one is clear
                continue
            picked[period] = best
        for period, tie in tied.items():
            # Two figures of a period fit the words alike ("1 085 under 2023", "318 personer till arbete"):
            # the one that counts what the other period's figure counts is its counterpart.
            counterpart = _counterpart(next(iter(picked.values())), list(tie.figures)) if picked else None
            if counterpart is None:
                return tie
            picked[period] = counterpart
        chosen = [picked[period] for period in pools]
        if len(chosen) < 2:
            return Unresolved("the question names one period only", tuple(chosen))
        one, other = list(pools)[:2]
        if not self._counts_alike(picked[one], picked[other]) and not (one in own_side and other in own_side):
            # (Unless each side says what it counts: "fler kom till egen försörjning 2008 än det fanns inskrivna 2007".)
            # "361 av dem gick till arbete" in 2022 is compared with "Av dem fick 412 personer ett arbete" in
            # 2023, not with "1 126 personer inskrivna" that fits the question's words as well: the period
            # whose figure has a sole counterpart of the other's takes it.
            for period, settled in ((other, one), (one, other)):
                alike = [f for f in pools[period] if f.kind == picked[settled].kind and self._counts_alike(f, picked[settled])]
                # Of several, the one whose words are most the same ("till arbete" for "gick till arbete").
                best = alike[0] if len(alike) == 1 else _counterpart(picked[settled], alike)
                if best is not None:
                    picked[period] = best
                    break
        # The periods are the question's own, whatever the figures' sentences say of theirs ("Av de
        # inskrivna gick 705 ..." is of 2024 by the sentence it points back to).
        first_period, second_period = list(pools)[:2]
        first, second = _by_question_order(question, first_period, second_period, picked[first_period], picked[second_period])
        if not self._same_measure(first, second):
            return Unresolved("the two sums of money measure different things", (first, second))
        return Picked(_compute(op, first, second), (first, second))

    def _between_years(self, question: str, op: str, pool: list[Figure], topic: str) -> Picked | Unresolved:
        asked = lemmas(self.lexical.tokens(" ".join(w for w in words_of(topic) if w not in _STOP)))
        counted = [f for f in pool if asked & lemmas(self.lexical.tokens(f.counts))]
        years = sorted({str(y) for f in counted if (y := _stated_year(f)) is not None})
        if len(years) != 2:
            return Unresolved("the question names no two years and the documents give its figure for "
                              f"{len(years)}", tuple(counted or pool))
        # "2 040 personer inskrivna …, jämfört med 1 870 under 2022": one sentence compares them.
        joined = {(a.start, b.start): (a, b) for a in counted for b in pool if b is not a and b.sentence_start == a.sentence_start
                  and {_stated_year(a), _stated_year(b)} == {int(y) for y in years}
                  and _COMPARED.search(a.sentence[min(a.end, b.end) - a.sentence_start: max(a.start, b.start) - a.sentence_start])}
        pairs = {tuple(sorted(pair, key=lambda f: f.start)) for pair in joined.values()}
        if len(pairs) == 1:
            a, b = sorted(next(iter(pairs)), key=lambda f: _stated_year(f), reverse=True)  # the later year first
            return Picked(_compute(op, a, b), (a, b))
        return self._by_period(f"{topic} {years[0]} {years[1]}", op, counted, years)

    def _joined_pair(self, question: str, pool: list[Figure], periods: list[str]) -> list[tuple[Figure, Figure]] | None:
        """Two figures of one sentence that compares two periods ("860 personer ..., jämfört med
        790 under 2024", "180 unga (150 år 2023)"), when the question
        names one period or none: the documents' own comparison of what is asked, the later
        period first. Of several such sentences, the one nearest the question's words, and only
        when it is also near the best single figure (else the question is about something else);
        a second sentence about as near is a second reading."""
        # The sentence that goes on from a retrieved one, or the one it goes on from, may not have been retrieved.
        sources = {f.source for f in pool}
        document = {source: tuple(self._document_figures(source)) for source in sources}
        neighbours = [f for source in sources for f in document[source] if f.kind == pool[0].kind
                      and f.value_high is None and not is_change(f)
                      and any(_continued(a, f, document[source]) or _continued(f, a, document[source]) for a in pool)]
        extended = list({f.id: f for f in (*pool, *neighbours)}.values())

        def period(f: Figure) -> tuple[int, int]:
            year, month = period_order(f)
            return (year or self._year(f) or 0, month)
        # Each figure's period once: the pairs below are every two figures of the passages.
        when = {f.id: period(f) for f in extended}
        pairs = []
        for a in extended:
            for b in extended:
                # "1 140 långtidsarbetslösa ... hade antalet ökat till 1 265 personer": one kind, units named or not.
                units_differ = a.unit is not None and b.unit is not None and a.unit != b.unit
                if (a.start >= b.start or a.source != b.source or a.kind != b.kind
                        or (units_differ and not _continued(a, b, document[a.source]))):
                    continue
                if _from_to(a, b):
                    pairs.append((a, b))  # "steg från 9,4 till 11,0 procent": from the earlier to the later
                elif ((_joined(a, b) or _continued(a, b, document[a.source])) and when[a.id] != when[b.id]
                      and 0 not in (when[a.id][0], when[b.id][0])):
                    pairs.append((a, b) if when[a.id] < when[b.id] else (b, a))
        # The pair must count what is asked, by a word of it ("inskrivna", "andelen"): "2 410 personer
        # inskrivna, jämfört med 2 050" is no answer to how many more found employment.
        asked = lemmas(self.lexical.tokens(" ".join(COUNTED_IN_SWEDISH.get(w, w) for w in words_of(_SIDES.sub(" ", question))
                                                     if w not in _STOP and w not in PERIOD_WORDS and w not in _COMPARING)))
        if asked & _ENROLLED:
            # Those taking part are those enrolled: "antalet deltagare" asked of "980 inskrivna, jämfört med 905".
            asked |= _ENROLLED
        pairs = [p for p in pairs if asked & lemmas(self.lexical.tokens(" ".join(f"{f.unit or ''} {f.counts}" for f in p)))]
        # "antalet inskrivna" is everyone enrolled, not "610 unga inskrivna": a group the question does not name.
        named = lemmas(self.lexical.tokens(" ".join(COUNTED_IN_SWEDISH.get(w, w) for w in words_of(question))))
        pairs = [p for p in pairs if not any(unasked_head(f, named, self.lexical) for f in p)] or pairs
        for period in periods:
            # A change from one level to another states no periods of its own: it is the one asked.
            pairs = [p for p in pairs if any(self._stated_for(f, period) for f in p)
                     or (_from_to(*p) and period_order(p[0]) == period_order(p[1]) == (0, 0))]
        if not pairs:
            return None
        pool = extended
        # What changed, not that it changed: "hur mkt ökade antalet deltagare" is nearer a sentence
        # that says "ökade" of another count than the documents' own comparison of the participants.
        scores = self._relevance(pool, CHANGE_ASKED.sub(" ", question))
        fit = {id(f): float(score) for f, score in zip(pool, scores)}
        # Of two pairs sharing their nearer figure ("till 2 145 hushåll"), the change the sentence states from
        # one level to the other ("minskade från 52 ... till 44"), then the one whose other figure is nearer
        # too: "från 2 410 hushåll", not a count of those enrolled in the sentence before.
        # A pair one sentence compares ("980 ..., jämfört med 905") before a figure paired with one of the next sentence's.
        ranked = sorted(pairs, key=lambda p: (-max(fit[id(p[0])], fit[id(p[1])]), not _from_to(*p),
                                              not _joined(*sorted(p, key=lambda f: f.start)), -min(fit[id(p[0])], fit[id(p[1])])))
        best = max(fit[id(f)] for f in ranked[0])
        if best < float(scores.max()) - PERIOD_FIT:
            return None
        low = min(fit[id(f)] for f in ranked[0])
        readings = [self._ordered(question, periods, *pair) for pair in ranked[:2]
                    if best - max(fit[id(f)] for f in pair) < CLOSE and low - min(fit[id(f)] for f in pair) < CLOSE]
        if len(readings) > 1 and {f.value for f in readings[1]} == {f.value for f in readings[0]}:
            readings = readings[:1]
        return readings

    def _ordered(self, question: str, periods: list[str], earlier: Figure, later: Figure) -> tuple[Figure, Figure]:
        if len(periods) == 2 and self._stated_for(earlier, periods[0]) != self._stated_for(later, periods[0]):
            # "hur många färre 2024 än 2023" keeps the question's order, as `_by_period` does.
            first, second = (earlier, later) if self._stated_for(earlier, periods[0]) else (later, earlier)
            return _by_question_order(question, periods[0], periods[1], first, second)
        if re.search(r"\b(?:än|than)\b", question, re.I):
            written = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", question)]
            if len(set(written)) == 2 and {period_order(earlier)[0], period_order(later)[0]} == set(written):
                # "fler i december 2024 än i december 2025": one month, the years in the question's order.
                first, second = (earlier, later) if period_order(earlier)[0] == written[0] else (later, earlier)
                return (second, first) if _FEWER.search(question) else (first, second)
            if _FEWER.search(question) and later.value < earlier.value:
                # "how many fewer ... in December 2025 than a year before": the fall, 702 − 640, not 640 − 702.
                return earlier, later
        return later, earlier

    def _counts_alike(self, a: Figure, b: Figure) -> bool:
        """Whether two figures' own words share a word of what they count ("gick till arbete", "fick ett arbete")."""
        def counted(figure: Figure) -> set[str]:
            words = [w for w in words_of(_POINTER.sub(" ", figure.counts)) if w.isalpha() and w not in _STOP and w not in PLAIN_HEADS]
            return {t for t in lemmas(self.lexical.tokens(" ".join(words))) if not t.isdigit()}
        return bool(inflected_overlap(counted(a), counted(b)))

    def _same_measure(self, a: Figure, b: Figure) -> bool:
        """Every sum is in kronor: a budget one year and the cost of a measure the next share a
        unit and measure different things, so two sums must share a word of what they count."""
        if a.kind != "money":
            return True

        def measure(figure: Figure) -> set[str]:
            # What it counts and what leads up to it ("Jobbcenter Skövdes budget för 2023 uppgick till 11,8 mnkr").
            parts = re.split(r"\d", _YEARS.sub(" ", figure.sentence[: figure.start - figure.sentence_start]))
            lead = parts[-1]
            if len(parts) > 1 and _COMPARED.search(lead):
                # "kostnader ... 9,4 miljoner kronor, jämfört med 8,8 miljoner": what the sum compared with counts.
                lead = f"{next((p for p in parts if p.strip()), '')} {lead}"
            text = AMOUNT_EVIDENCE.sub(" ", _POINTER.sub(" ", figure.counts) + " " + lead)
            return lemmas(self.lexical.tokens(" ".join(w for w in words_of(text) if w.isalpha() and w not in _STOP)))
        # "Nettokostnaden" and a row "Nettokostnad": the stemmer leaves them apart.
        return bool(inflected_overlap(measure(a), measure(b)))

    def _per_head(self, question: str, figures: list[Figure]) -> Picked | Unresolved:
        """A sum of money over the heads it was spent on, both of one year and one document: "vad
        kostade Jobbstegen per deltagare 2025" is the year's cost over the year's participants,
        not over those of them who found work. Two sums that fit the question's words about
        equally (a gross and a net cost) are two readings, both shown."""
        per = PER_HEAD_ASKED.search(question)
        sums = [f for f in figures if f.kind == "money" and f.value_high is None and not is_change(f)]
        years = [p for p in asked_periods(question) if p.isdigit()]
        if years:
            sums = [f for f in sums if str(self._year(f)) in years]
        # "omkring 90 mnkr per år" is a rate, often of something planned: a sum the year
        # states outright is what was spent.
        sums = [f for f in sums if not _PER_PERIOD_AFTER.match(f.sentence[f.end - f.sentence_start:])] or sums
        # A sum already per head ("Kostnad per deltagare (kr)  36 786") is divided by nothing.
        sums = [f for f in sums if not PER_HEAD_ASKED.search(f.counts)]
        # "0,4 miljoner kronor mer än budgeterat" is a gap to the budget, spent on no one.
        sums = [f for f in sums if not GAP_AFTER.match(f.sentence[f.end - f.sentence_start:])]
        if kind := money_kind(question[: per.start()]):
            # "nettokostnaden per inskriven" divides the net cost, not "Projektets kostnad" beside it.
            sums = [f for f in sums if kind in (row_label(f.sentence) if is_table_line(f.sentence) else f.sentence).lower()] or sums
        if named := self._named_before(f"{question[: per.start()]} {question[per.end():]}") - lemmas(self.lexical.tokens(per.group(1))):
            # "vad kostar en plats i vårdspåret" divides what Vårdspåret costs, not another measure's sum
            # beside its own places: the sum's sentence, section or document opening names it.
            sums = [f for f in sums if inflected_overlap(named, lemmas(self.lexical.tokens(
                f"{self._text_of(f.source)[:_OPENING_CHARS]} {section_opening(self._text_of(f.source), f.sentence_start)} {f.sentence}"))) == named]
        if not sums:
            # Nothing to list: the figures found are of other things, and "no figure for 2025" would be untrue.
            return Unresolved("no sum of money for the period asked", ())
        scores = self._relevance(sums, question[: per.start()])
        order = [int(i) for i in np.argsort(-scores) if scores[int(np.argmax(scores))] - scores[int(i)] < CLOSE]
        readings = []
        for money in dict.fromkeys(sums[i] for i in order):
            heads = self._heads(money, per.group(1))
            if heads is None and (twin := self._twin_with_heads(money, per.group(1))) is not None:
                # "nettokostnad blev 8,0 miljoner kronor" in a reply that counts no one: the same sum
                # in the report that counts the enrolled is divided there.
                money, heads = twin
            if heads is not None and all(r.figures[0].value != money.value for r in readings):
                readings.append(Picked(per_head(_op(money), _op(heads), per.group(1).lower()), (money, heads)))
        if not readings:
            return Unresolved("no head count of the same year beside the sum", tuple(sums))
        return replace(readings[0], alternative=readings[1] if len(readings) > 1 else None)

    def _named_before(self, phrase: str) -> set[str]:
        """The stems of what a per-head question names as spending ("vårdspåret", "Jobbstegen"): its words
        beside the heads, question words, money words, periods and measures."""
        words = [w for w in words_of(phrase) if w not in _STOP and w not in PERIOD_WORDS and w not in AVERAGE_WORDS
                 and w not in PLAIN_HEADS and w not in _HEAD_WORDS
                 and not MONEY_ASKED.search(w) and not re.fullmatch(r"(?:19|20)\d\d|\d+", w)
                 and w not in _COST_VERBS]
        return lemmas(self.lexical.tokens(" ".join(words)))

    def _twin_with_heads(self, money: Figure, head: str) -> tuple[Figure, Figure] | None:
        """The same sum of the same year stated in another document, with the heads that document counts."""
        for source in self.years:
            if source == money.source:
                continue
            for twin in self._document_figures(source):
                if twin.kind == "money" and twin.value == money.value and self._year(twin) == self._year(money) \
                        and (heads := self._heads(twin, head)) is not None:
                    return twin, heads
        return None

    def _heads(self, money: Figure, head: str) -> Figure | None:
        """The count of the heads a sum is spent on: of the sum's document and year, counting what
        the question names ("deltagare"; an English word by its Swedish count), and of those the whole
        ("600 deltagare inskrivna", not the "208" of them who found work)."""
        # "rekrytera omkring 300 medarbetare per år" is a rate, no head count a sum is spent on.
        counts = [f for f in self._document_figures(money.source) if f.kind == "count" and f.value_high is None
                  and not is_change(f) and self._year(f) == self._year(money)
                  and not _PER_PERIOD_AFTER.match(f.sentence[f.end - f.sentence_start:])]
        if not counts:
            return None
        word = head.lower()
        stems = lemmas(self.lexical.tokens(HEADS_EN.get(word, HEADS_EN.get(word + "s", head))))
        # In any inflection: the stemmer makes "plat" of "plats" and "plats" of "platser".
        fitting = [f for f in counts if inflected_overlap(stems, lemmas(self.lexical.tokens(f"{f.unit or ''} {f.counts}")))]
        # "610 deltagare (62,2 procent) var födda utanför Sverige" is a part of the heads, never all of them.
        fitting = [f for f in fitting if restating_share(f) is None] or fitting
        # No count of those heads: "per ungdom" is not a sum over the two supervisors it pays for.
        return max(fitting, key=lambda f: f.value) if fitting else None

    def _rate(self, question: str, figures: list[Figure]) -> Picked | Unresolved:
        """A count per period: the count the question is about, over the stated
        length of the period it covers ("första 10 månader")."""
        per = re.search(r"per (månad|vecka|år|dag|month|week|year|day)|a (month|week|year)", question, re.I)
        word = next(g for g in per.groups() if g).lower() if per else "månad"
        unit = {"month": "månad", "week": "vecka", "year": "år", "day": "dag"}.get(word, word)
        # "i snitt 28 000 kronor i månaden" averages a sum of money, never a head count.
        kind = "money" if _MONEY.search(question) else "count"
        counts = [f for f in figures if f.kind == kind and f.value_high is None]
        if not counts:
            return Unresolved(f"no {kind} in the passages found", tuple(figures))
        # "per månad under de första tio månaderna 2008": a count stated for the year asked, when there is one.
        years = re.findall(r"\b(?:19|20)\d\d\b", question)
        counts = [f for f in counts if any(y in f.sentence for y in years)] or counts
        # What is counted, without the words that ask for the average or set its period ("i snitt
        # per månad under första halvåret"): they would match the sentence stating the period.
        counted = " ".join(w for w in words_of(re.sub(r"\b(?:19|20)\d\d\b", " ", question))
                           if w not in PERIOD_WORDS and w not in AVERAGE_WORDS and month_name(w) not in MONTHS_SV)
        if unit == "månad":
            series = self._series(question, counts, counted or question)
            if series is not None:
                return series
        count = self._best(counts, counted or question)
        if isinstance(count, Unresolved):
            return count
        stem = {"månad": "månad", "vecka": "veck", "år": "år", "dag": "dag"}[unit]
        durations = [f for f in self._document_figures(count.source)
                     if f.kind == "duration" and (f.unit or "").startswith(stem) and f.value_high is None
                     # "mer än tio månader" is a threshold someone passes, not the span a count covers.
                     and not _THRESHOLD_BEFORE.search(f.sentence[: f.start - f.sentence_start])]
        # "tog emot 1 870 ungdomar under sina första nio månader": the count's own sentence gives
        # its period, whatever other spans the document states ("7,5 månader i verksamheten").
        own = [f for f in durations if f.sentence_start == count.sentence_start]
        if len({f.value for f in own}) == 1:
            durations = own
        if len({f.value for f in durations}) != 1:
            return Unresolved(f"the length of the period in {unit}s is not stated once", (count, *durations))
        return Picked(rate(_op(count), _op(durations[0]), unit), (count, durations[0]))

    def _monthly_series(self, counts: list[Figure], counted: str) -> list[Figure]:
        """The figures of the monthly series nearest what the question counts: those of its one
        place in its document (a sentence, or rows typed as lines), sorted by month; empty when
        no such series gives each month once."""
        monthly = [f for f in counts if figure_period(f, months_only=True) in MONTHS_SV]
        if not monthly:
            return []
        anchor = self._best(monthly, counted)
        if isinstance(anchor, Unresolved):
            anchor = anchor.figures[0]
        series = [f for f in monthly if f.source == anchor.source and abs(f.sentence_start - anchor.sentence_start) < 300]
        months = [figure_period(f, months_only=True) for f in series]
        if len(series) < 2 or len(set(months)) != len(months):
            return []
        return sorted(series, key=lambda f: MONTHS_SV.index(figure_period(f, months_only=True)))

    def _series(self, question: str, counts: list[Figure], counted: str) -> Picked | None:
        """The average of a monthly series over the months asked ("i snitt per månad januari till
        april" of "118 i januari, 96 i februari, 134 i mars och 102 i april"). None unless the
        question names a span of months that one series covers, each month once."""
        wanted = _months_spanned(question)
        if len(wanted) < 2:
            return None
        series = [f for f in self._monthly_series(counts, counted) if figure_period(f, months_only=True) in wanted]
        if sorted(figure_period(f, months_only=True) for f in series) != sorted(wanted):
            return None
        return Picked(mean(*(_op(f) for f in series), per="månad"), tuple(series))

    def _extreme_period(self, question: str, counts: list[Figure]) -> Picked | Unresolved:
        """The month of a monthly series with the most (fewest) of what the question counts."""
        counted = " ".join(w for w in words_of(question) if w not in PERIOD_WORDS and month_name(w) not in MONTHS_SV)
        series = self._monthly_series(counts, counted)
        if not series:
            return Unresolved("no single monthly series in the passages found", tuple(counts))
        wanted = _months_spanned(question)
        if len(wanted) >= 2:
            series = [f for f in series if figure_period(f, months_only=True) in wanted] or series
        lowest = re.search(r"\b(?:lägst|minst|färst|lowest|fewest|least)\b", question, re.I)
        computation = extreme(tuple(_op(f) for f in series), tuple(figure_period(f, months_only=True) for f in series),
                              highest=not lowest)
        return Picked(computation, tuple(series))

    def _over_periods(self, question: str, figures: list[Figure]) -> Picked | Unresolved:
        """A rate per week (month, day, year) times the number of them the question names;
        never across units ("per vecka" is not carried over months)."""
        asked = [f for f in figures_in_sentence("", question, 0) if f.kind == "duration" and f.value_high is None]
        if len(asked) != 1:
            return Unresolved("the question names no one number of periods", tuple(figures))
        period = asked[0]
        rates = [f for f in figures if f.kind in ("rate", "count") and f.value_high is None and "/" in (f.unit or "")
                 and f.unit.split("/")[-1][:3] == (period.unit or "")[:3]]
        if not rates:
            return Unresolved(f"no figure per {period.unit} in the passages found", tuple(figures))
        best = self._best(rates, question) if len(rates) > 1 else rates[0]
        if isinstance(best, Unresolved):
            return best
        counted = best.unit.split("/")[0] or None
        return Picked(over_periods(_op(best), Operand(period.value, "question", period.unit), counted), (best,))

    def _chain(self, question: str, figures: list[Figure], negated: bool = False) -> Picked | Unresolved:
        given = values_in(question)
        for sentence in dict.fromkeys(f.sentence for f in figures):
            here = [f for f in figures if f.sentence == sentence]
            # "412 personer, vilket motsvarar 33,2 procent", "318 personer (29,3 procent)": a percentage
            # restating the count just before it is that count's own share, no step taken of a base.
            percents = [f for f in here if f.kind == "percent" and f.value_high is None and not any(
                c.kind == "count" and c.end <= f.start and RESTATED.match(sentence[c.end - c.sentence_start : f.start - f.sentence_start])
                for c in here)]
            counts = [f for f in figures if f.kind == "count" and f.value_high is None
                      and f.source == here[0].source and abs(f.sentence_start - here[0].sentence_start) < 400]
            if not percents or not counts:
                continue
            # "hur många av de 520 ..." names its base; one share of a base it does not name is no chain.
            base = next((c for c in counts if c.value in given), None)
            earlier = [c for c in counts if c.start < percents[0].start]
            if base is None and POINTS_BACK.search(sentence) and earlier:
                # "Under 2015 skrevs 2 400 in. Av dessa gick 30 procent ...": the count it points back to.
                base = max(earlier, key=lambda c: c.start)
            elif len(percents) < 2 and (base is None or base.sentence != sentence):
                continue  # one share is a step of a chain only in the sentence that names its base
            if base is None:
                if len(counts) > 1:
                    return Unresolved("several counts could be the base", tuple(counts))
                base = counts[0]

            if len(percents) > 1:
                # "hur många av de 430 hade fullföljt sin plan" stops at the step it asks about,
                # "... gick till arbete" goes through every step to it; a step is a share of the
                # one before only when it says so ("och av dem 21 %"): "30 procent till arbete och
                # 10 procent till studier" are two shares of the same base.
                asked = int(np.argmax(self._relevance(percents, _predicate(question))))
                steps = [percents[0]]
                for nxt in percents[1 : asked + 1]:
                    between = sentence[steps[-1].end - nxt.sentence_start : nxt.start - nxt.sentence_start]
                    steps = [*steps, nxt] if _OF_THOSE.search(between) else [nxt]
                percents = steps
            stated = values_in(question, "percent")
            if stated and not stated <= {p.value for p in percents}:
                # "Om 30 procent av de 430 ...": a share the question supposes is not the documents' own.
                return Unresolved("the question's share is not the one the documents state", (base, *percents))
            chain = chained_rest if negated else chained_share
            return Picked(chain(_op(base), *(_op(p) for p in percents)), (base, *percents))
        return Unresolved("no count with successive percentages in the passages found", tuple(figures))


def _joined(a: Figure, b: Figure) -> bool:
    """Two figures one sentence compares: "860 ..., jämfört med 790 ...", "180 unga
    (150 år 2023)", "steg från 9,4 till 11,0 procent"."""
    if a.sentence_start != b.sentence_start:
        return False
    between = a.sentence[a.end - a.sentence_start: b.start - a.sentence_start]
    years = _stated_year(a), _stated_year(b)
    if re.search(r"\b(?:och|and)\b", between, re.I) and None not in years and years[0] != years[1]:
        return True  # "Under 2023 var 41 ... och under 2024 64": each with its own year
    return bool(_JOINED.search(between))


def _from_to(a: Figure, b: Figure) -> bool:
    """"steg från 9,4 till 11,0 procent": a change the sentence states from one level to another."""
    if a.sentence_start != b.sentence_start:
        return False
    # "från 1 250 år 2022 till 1 000 år 2023": the first level's year stands between them, or its unit and
    # month too ("från 2 410 hushåll i december 2022 till 2 145 hushåll").
    between = _YEARS.sub("Y", a.sentence[a.end - a.sentence_start: b.start - a.sentence_start])
    return bool(re.search(r"\b(?:från|from)\s*$", a.sentence[: a.start - a.sentence_start], re.I)
                and re.fullmatch(r"\D{0,40}?\b(?:till|to)\s*", between, re.I))


def _continued(a: Figure, b: Figure, between: tuple[Figure, ...] = ()) -> bool:
    """A figure whose sentence goes on with the measure of an earlier one ("... 1 140 långtidsarbetslösa ... I
    december 2025 hade antalet ökat till 1 265 personer", "Motsvarande andel 2024 var 25,3 procent"):
    the two sentences compare one measure over two periods. The earlier is the last figure of its kind
    before it (`between`: the document's figures), a sentence or two back ("405 unga ... Det motsvarar
    9,6 procent ... År 2023 var motsvarande antal 462")."""
    if a.source != b.source or a.sentence_start >= b.sentence_start or not CONTINUES_MEASURE.match(b.sentence):
        return False
    gap = b.sentence_start - (a.sentence_start + len(a.sentence))
    if any(f.kind == a.kind and a.sentence_start < f.sentence_start < b.sentence_start for f in between):
        return False
    return 0 <= gap <= _CONTINUED_GAP


def is_change(figure: Figure) -> bool:
    """
    >>> from assistant.figures import figures_in_sentence
    >>> [is_change(f) for f in figures_in_sentence("x", "Under 2008 skrevs 9472 in, en ökning med 578 personer.", 0)]
    [False, True]
    >>> [is_change(f) for f in figures_in_sentence("x", "Under 2008 skrevs 9472 in, vilket är 578 fler än i november.", 0)]
    [False, True]
    """
    at = figure.start - figure.sentence_start
    return bool(CHANGE_BEFORE.search(figure.sentence[:at]) or _CHANGE_AFTER.match(figure.sentence[figure.end - figure.sentence_start :]))


_CHANGE_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+)?(?:fler|färre|högre|lägre|större|mindre|more|fewer)\s+(?:än|than)\b", re.I)


def _counterpart(other: Figure, candidates: list[Figure]) -> Figure | None:
    """The candidate that states for its period what `other` states for its own: compared with it
    in one sentence ("1 240 ... under 2024, jämfört med 1 085 under 2023"), else the one whose words
    share most with its words ("gick 412 personer till arbete" and "gick 318 personer ... till arbete")."""
    def between(a: Figure, b: Figure) -> str:
        first, second = sorted((a, b), key=lambda f: f.start)
        return first.sentence[first.end - first.sentence_start : second.start - first.sentence_start]
    joined = [f for f in candidates if f.sentence_start == other.sentence_start and f is not other
              and _COMPARED.search(between(f, other))]
    if len(joined) == 1:
        return joined[0]

    def words(figure: Figure) -> set[str]:
        return {w for w in words_of(_POINTER.sub(" ", figure.counts)) if not w[0].isdigit() and w not in _STOP}
    shared = sorted(((len(words(f) & words(other)), i) for i, f in enumerate(candidates)), reverse=True)
    if not shared or shared[0][0] == 0 or (len(shared) > 1 and shared[1][0] == shared[0][0]):
        return None
    return candidates[shared[0][1]]


# A side of a comparison that names only time: "mellan åren", "between the two years".
# "sedan 2021", "since 2021": a change up to now, from that year.
_SINCE = re.compile(r"\b(sedan|since|fr\.?o\.?m\.?)\s+((?:19|20)\d\d)\b", re.I)
_ONE_TABLE = 1500  # characters: two rows this near, under one head, are one table's
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
_ONLY_TIME = re.compile(r"^\W*(?:de\s+|the\s+)?(?:två\s+|two\s+)?(?:åren|years)\W*$", re.I)
_COMPARED = re.compile(r"\b(?:jämfört med|jämförde med|mot|än|compared (?:with|to)|vs)\b", re.I)
# The words that ask for a share and its change, not what it is a share of.
_SHARE_OR_CHANGE = re.compile(r"^(?:andel\w*|procent\w*|ökade?|ökat|ökning\w*|minskade?|minskat|minskning\w*|steg|sjönk|"
                              r"förändr\w*|skillnad\w*|share|percent\w*|points?|rose|fell|increased?|decreased?|change\w*|mycket|much)$")
# The stems of those enrolled and those taking part, one population in a report on a measure.
_ENROLLED = frozenset({"deltag", "deltagar", "skriv"})
_FEWER = re.compile(r"\b(?:färre|mindre|lägre|fewer|less)\b", re.I)
_CONTINUED_GAP = 200  # characters between the two sentences: one short sentence between them at most
_COMPARING = frozenset("med under från till jämfört jämförelse mot with from compared".split())
# Two figures joined as a comparison: the words between them compare, or the second stands in brackets.
# "180 unga (150 år 2023)", "410 (2023: 380)": a bracket compares its figure with the one before it.
_JOINED = re.compile(_COMPARED.pattern + r"|^[^\d()]{0,40}\(\s*(?:(?:år\s*)?(?:19|20)\d\d\s*[:,]?\s*)?$", re.I)
_POINTER = re.compile(r"^\s*(?:av|utav|bland)\s+(?:dessa|dem|de)(?:\s+[^\W\d_]+)?(?:\s+(?:19|20)\d\d)?\b", re.I)
_PER_PERIOD_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}(?:per|om|i|varje|a)\s+(?:dag|vecka|veckan|månad|månaden|år|året|"
                               r"day|week|month|year)\b", re.I)
_THRESHOLD_BEFORE = re.compile(r"\b(?:mer|mindre|längre|kortare|fler|färre) än\s*$|\b(?:över|minst|högst|upp till|more than|"
                               r"less than|at least|over)\s*$", re.I)


def restating_share(count: Figure) -> float | None:
    """The percentage its sentence gives right after a count, as its share ("186 personer, eller 15,0 procent").

    >>> from assistant.figures import figures_in_sentence
    >>> [restating_share(f) for f in figures_in_sentence("x", "Ytterligare 186 personer, eller 15,0 procent, började studera.", 0)]
    [15.0, None]
    """
    if count.kind != "count":
        return None
    for f in figures_in_sentence(count.source, count.sentence, count.sentence_start):
        if f.kind == "percent" and f.start > count.end and RESTATED.match(count.sentence[count.end - count.sentence_start : f.start - f.sentence_start]):
            return f.value
    return None


def _months_spanned(question: str) -> list[str]:
    """The months a question spans: "januari till april" is four, "juni och augusti" two.

    >>> _months_spanned("i snitt per månad från augusti till december"), _months_spanned("i juni och augusti")
    (['augusti', 'september', 'oktober', 'november', 'december'], ['juni', 'augusti'])
    """
    named = [p for p in asked_periods(question) if p in MONTHS_SV]
    if len(named) == 2 and re.search(r"\b(?:till|to|through|until)\b|[–-]|\bmellan\b|\bbetween\b", question, re.I):
        first, last = MONTHS_SV.index(named[0]), MONTHS_SV.index(named[1])
        if first < last:
            return list(MONTHS_SV[first : last + 1])
    return list(dict.fromkeys(named))


def shares_in_percent(figures: list[Figure]) -> list[Figure]:
    """The single shares among the figures, in percent: a proportion in words ("var fjärde",
    "hälften") is compared and computed with as the percent it is.

    >>> from assistant.figures import figures_in_sentence
    >>> [(f.kind, f.value) for f in shares_in_percent(figures_in_sentence("x", "Var fjärde fick arbete och 40 procent studerade.", 0))]
    [('percent', 25.0), ('percent', 40.0)]
    """
    return [replace(f, kind="percent", value=f.value * 100, unit="procent") if f.kind == "proportion" else f
            for f in figures if f.kind in ("percent", "proportion") and f.value_high is None]


_NUMBERS = re.compile(r"\b\d+(?:,\d+)?\b")
_TABLE_NUMBERS = 6
_TABLE_ROW = re.compile(r"([A-ZÅÄÖ][\w-]+(?:\s+[a-zåäö][\w-]+){0,2})\s+(?:[\d\s,.%]+)?$")
_TOTAL_ROW = re.compile(r"^(?:totalt|total|summa|samtliga|alla|hela|sammanlagt|all)\b", re.I)
_ROW_LABEL = re.compile(r"^\s*([^:.;]{3,80}?)\s*(?:\([^)]*\))?\s*:(?=\s*(?:\d|$))")


def group_fit(figure: Figure, population: str, lexical) -> int:
    """Whether a figure counts within the group a question or claim speaks of:
    1 for a group it names ("Bland de unga vuxna gick 1 420 vidare" for "andel av
    de unga vuxna"), -1 for a group it does not ("... av de inskrivna"), 0 for none.

    >>> from assistant.figures import figures_in_sentence
    >>> class Stems:
    ...     tokens = staticmethod(lambda text: text.lower().split())
    >>> row = figures_in_sentence("x", "Unga vuxna: 430 deltagare, varav 21 till arbete.", 0)
    >>> [group_fit(f, "hur många unga fick jobb", Stems) for f in row], [group_fit(f, "hur många fick jobb", Stems) for f in row]
    ([1, 1], [-1, -1])
    >>> table = figures_in_sentence("x", "Kommundel Inskrivna Arbete Centrum 298 71 Norrala 251 12 Totalt 549 83", 0)
    >>> [group_fit(f, "hur många av de inskrivna fick jobb", Stems) for f in table]
    [-1, -1, -1, -1, 0, 0]
    """
    before = figure.sentence[: figure.start - figure.sentence_start]
    group = SUBGROUP.search(before)
    # A table row's label is its group: "Personer med långvarigt ekonomiskt bistånd (mer än tio månader): 410 deltagare, varav 153 ...".
    label = None if group else _ROW_LABEL.match(before)
    if group is None and label is None and len(_NUMBERS.findall(figure.sentence)) >= _TABLE_NUMBERS:
        # A row of a table the text runs together ("Kommundel Inskrivna ... Centrum 298 71
        # Norrala 251 ..."): the name that opens the row is the group; a total row is everyone.
        label = _TABLE_ROW.search(before)
        label = None if label and _TOTAL_ROW.match(label.group(1)) else label
    if group is None and label is None:
        return 0
    words = [w for w in words_of((group or label).group(1)) if w not in FINITE_VERBS]
    if opposed_groups(set(words), set(words_of(population))):
        return -1  # "bland inrikes födda män" shares two words with "de inrikes födda kvinnorna" but is the other group
    named = lemmas(lexical.tokens(" ".join(words)))
    if not named:
        return 0
    # The group's head word is enough: "bland vuxna" names "Bland vuxna i åldern 25–64 år".
    return 1 if named & lemmas(lexical.tokens(population)) else -1


# Two outcomes asked together: "till jobb eller studier", "work or studies".
_EITHER = re.compile(r"\b([^\W\d_]{3,})\s+(?:eller|or)\s+([^\W\d_]{3,})\b", re.I)
# The heads a sum is spent on, beside the plain ones: "per inskriven", "en plats".
_HEAD_WORDS = frozenset("inskriven inskrivna plats platser elev elever aspirant aspiranter hushåll".split())
# How much of a document's start names what it is about (its title and first lines).
_OPENING_CHARS = 300
# What asks the cost without naming what costs: "vad kostar en plats", "what does it cost".
_COST_VERBS = frozenset("kostar kostade kostat går gick blir blev ungefär ca cirka en ett det den does do did it about".split())

# A part of a year: "årets första nio månader", "första halvåret", "1/1–30/9", "januari–september".
_PART_OF_YEAR = re.compile(rf"\b(?:första|andra|sista|tre|fyra|fem|sex|sju|åtta|nio|tio|elva)\s+(?:\w+\s+)?(?:månader\w*|halvår\w*|kvartal\w*|tertial\w*)|"
                           rf"\bhalvår\w*|\bkvartal\w*|\btertial\w*|\b\d{{1,2}}/\d{{1,2}}\s*[–-]\s*\d{{1,2}}/\d{{1,2}}|"
                           rf"\b{MONTH_PATTERN}\s*[–-]\s*{MONTH_PATTERN}\b|\bfirst (?:half|quarter|\w+ months)\b", re.I)

# How far apart two sentences of one paragraph may start to be added as one's counts (a few sentences).
PARAGRAPH_REACH = 600
_BOTH = re.compile(r"\b([^\W\d_]{3,})\s+(?:och|and)\s+([^\W\d_]{3,})\b", re.I)
_GAP_WORD = re.compile(r"(?:under|över)skott|deficit|surplus", re.I)


def alternatives_asked(question: str, lexical) -> list[set[str]]:
    """The stems of two outcomes a share question asks together ("till jobb eller studier"), or []."""
    either = _EITHER.search(split_share_question(question)[1])
    if either is None:
        return []
    return [lemmas(lexical.tokens(COUNTED_IN_SWEDISH.get(w.lower(), w))) for w in either.groups()]


def sides_named(question: str, english: bool | None = None) -> set[tuple[int, int]]:
    """The sides of excluding groups a question, or a phrase of a question in the language given, names
    ("män", "women"); Swedish "men" is "but".

    >>> sides_named("how many men were enrolled?"), sides_named("hur många kvinnor, men inte unga?"), sides_named("were men", True)
    ({(0, 1)}, {(0, 0)}, {(0, 1)})
    """
    words = set(re.findall(r"[^\W\d_]+", question.lower()))
    english = language_of(question) == "en" if english is None else english
    return group_sides(words if english else words - {"men"})


def qualified_group(count: Figure, asked: set[str], lexical) -> bool:
    """Whether a count's own words name a group the question does not: two or more words after
    the number that it neither asks nor are a plain head ("132 ensamstående föräldrar inskrivna"
    for "hur många var inskrivna"; not "840 personer inskrivna")."""
    after = count.sentence[count.end - count.sentence_start:]
    unasked = [w for w in _group_words(count) if w not in PLAIN_HEADS and not inflected_overlap(lemmas(lexical.tokens(w)), asked)]
    aged = AGE_RANGE.search(after[:60])
    if unasked and aged and not re.search(r"\d", after[: aged.start()]) and not {g for g in aged.groups() if g} <= asked:
        # "298 unga i åldern 16–24 år": an age range the question does not ask makes the count a group's.
        return True
    return len(unasked) >= 2


def _group_words(count: Figure) -> list[str]:
    """The words after a number that say whom it counts: "132 ensamstående föräldrar" of "132 ensamstående
    föräldrar var inskrivna"."""
    return _words_of_group(count.sentence[count.end - count.sentence_start:])


def _words_of_group(after: str) -> list[str]:
    """The first words of a text up to a verb, a preposition or a word that ends a group."""
    words = []
    for word in re.findall(r"[^\W\d_]+|[^\w\s]", after)[:4]:
        low = word.lower()
        if not words and low in ("en", "ett", "a", "an"):
            break  # "hade 40 ett arbete": what the 40 had, not whom they are
        if low in _MONEY_UNITS_WORDS:
            continue  # "2,6 mnkr söks ...": a sum's unit names no one
        if not word.isalpha() or low in FINITE_VERBS or low in _GROUP_ENDS or SETTING.fullmatch(low):
            break
        words.append(low)
    return words


def narrower_group(text: str, asked: set[str], lexical) -> bool:
    """Whether what a stated share says its part is names a narrower group than the question's part:
    "var fjärde inskriven är en kvinna född utanför Europa" for "hur stor andel var kvinnor" (not "fick
    arbete på den öppna arbetsmarknaden", where a preposition sets the scene).

    >>> from .lexical import LexicalIndex
    >>> lexical = LexicalIndex.build(["a"], ["En kvinna född utanför Europa fick arbete på den öppna arbetsmarknaden."])
    >>> asked = lambda word: lemmas(lexical.tokens(word))
    >>> narrower_group("inskriven är en kvinna född utanför Europa", asked("kvinnor"), lexical)
    True
    >>> narrower_group("fick arbete på den öppna arbetsmarknaden", asked("arbete"), lexical)
    False
    >>> narrower_group("49 till arbete, vilket motsvarar 24,0 procent", asked("arbete"), lexical)
    False
    """
    at = next((m for m in re.finditer(r"[^\W\d_]+", text) if inflected_overlap(lemmas(lexical.tokens(m.group(0))), asked)), None)
    if at is None:
        return False
    extra = _words_of_group(text[at.end():])
    return len([w for w in extra if w not in PLAIN_HEADS and w not in _ARTICLES
                and not inflected_overlap(lemmas(lexical.tokens(w)), asked)]) >= 2


_ARTICLES = frozenset("en ett den det de a an the".split())


def unasked_head(count: Figure, asked: set[str], lexical) -> bool:
    """Whether the word a count is of names a group the question does not: "610 unga inskrivna" for
    "antalet inskrivna" (not "2 040 personer inskrivna")."""
    words = _group_words(count)
    return bool(words) and words[0] not in PLAIN_HEADS and not inflected_overlap(lemmas(lexical.tokens(words[0])), asked)


# Words that end the group a number counts: "41 vidare till arbete", "96 ungdomar som ...", "402 personer och ...".
# The words that ask for the sum and frame its span, no part of what is added up.
_SUM_WORDS = re.compile(rf"{SUM_ASKED.pattern}|\b(?:över|over|under|mellan|between|from|från|till|to|och|and|åren|years)\b", re.I)
_MONEY_UNITS_WORDS = frozenset("kr kronor tkr mnkr mkr msek sek miljoner miljarder tusen".split())
_GROUP_ENDS = frozenset("av till som vilket vilka och eller än från med för om mot per var varav därav vidare to of who which and or than from "
                        "with for".split())


def _in_order(question: str, first: Figure, second: Figure) -> tuple[Figure, Figure]:
    """The operands of a change between two periods, the question's first period first.
    "Fler i juni än i januari" compares in the order written; "från januari till juni",
    "mellan 2015 och 2019", "ökade" take the later period minus the earlier one."""
    if re.search(r"\b(?:än|than)\b", question, re.I):
        # "hur många färre 2024 än 2023": the larger less the smaller, as "fler ... än" is.
        return (second, first) if _FEWER.search(question) else (first, second)
    return (second, first) if period_order(first) <= period_order(second) else (first, second)


def _dated_order(question: str, op: str, first: Figure, second: Figure) -> tuple[Figure, Figure]:
    """A change between two figures of different known periods ("ökade mellan 2007 och 2008")
    is the later minus the earlier, as `_in_order` reads it; figures without periods keep the
    order of the question's sides."""
    if op not in ("difference", "percent_change", "percentage_points"):
        return first, second
    a, b = period_order(first), period_order(second)
    if a == b or a == (0, 0) or b == (0, 0):
        return first, second
    return _in_order(question, first, second)


def _by_question_order(question: str, first_period: str, second_period: str, a: Figure, b: Figure) -> tuple[Figure, Figure]:
    """The figures of the question's two periods (in the order it names them), as `_in_order` takes
    them: in that order after "än", else the later period first."""
    if re.search(r"\b(?:än|than)\b", question, re.I):
        return (b, a) if _FEWER.search(question) else (a, b)
    return (a, b) if _period_key(first_period) > _period_key(second_period) else (b, a)


def _period_key(period: str) -> tuple[int, int]:
    """
    >>> _period_key("2024") > _period_key("2023"), _period_key("juni") > _period_key("januari")
    (True, True)
    """
    return (int(period), 0) if period.isdigit() else (0, MONTHS_SV.index(period) + 1 if period in MONTHS_SV else 0)


def period_order(figure: Figure) -> tuple[int, int]:
    """(year, month) of the period a figure is stated for, 0 for what is not known."""
    period = figure_period(figure) or ""
    year = int(period) if period.isdigit() else 0
    month = MONTHS_SV.index(period) + 1 if period in MONTHS_SV else 0
    if month and (written := figure_year(figure)) and written.isdigit():
        year = int(written)  # "1 031 hushåll i december 2023, jämfört med 1 117 i december 2022"
    return year, month


def _predicate(question: str) -> str:
    """What a "how many of N ..." question asks happened to them: its words after the last finite verb."""
    return split_share_question(question)[1]


def _op(figure: Figure) -> Operand:
    return Operand(figure.value, figure.id, figure.unit)


def _compute(op: str, a: Figure, b: Figure) -> Computation:
    if op == "ratio":
        return ratio(_op(a), _op(b))
    if op == "percent_change":
        return percent_change(_op(a), _op(b))
    if op == "percentage_points" or a.kind == b.kind == "percent":
        return percentage_points(_op(a), _op(b))  # two shares differ by points, not by a percentage
    return difference(_op(a), _op(b), unit=a.unit if a.unit == b.unit else None)
