"""The figure table: every figure stated in every document, with provenance.

A figure is a number the text states as a quantity: a count ("9472 personer"),
a percentage ("ca 21%", "3,9-7,2 %"), money ("20 miljoner kronor"), a duration
("fem dagar"), a rate ("26 platser/vecka") or a proportion ("hälften", "var
fjärde"). Dates, years, reference numbers ("2008:35", "AMN 2013-0304-1"),
section marks ("§ 9"), appendix and list numbers are not figures.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import asdict, dataclass
from functools import lru_cache

from .cleaning import is_table_line, paragraphs, row_cells, row_label
from .numbers import DIGITS, ENGLISH_WORDS, FRACTIONS, MULTIPLIERS, ORDINAL_DENOMINATORS, parse_digits, parse_number_word
from .questions import MONTHS_SV
from .vocabulary import FINITE_VERBS, MONEY_ASKED

QUALIFIERS = ("cirka", "ca", "c:a", "ungefär", "omkring", "närmare", "nästan", "drygt", "knappt", "över", "under",
              "mer än", "fler än", "mindre än", "färre än", "minst", "högst", "endast", "bara", "upp till", "runt")
# A figure so qualified is a bound, not a value: "fler än 300" is no operand beside an exact "331".
BOUNDS = frozenset(("över", "under", "mer än", "fler än", "mindre än", "färre än", "minst", "högst", "upp till"))
_QUALIFIER = re.compile(r"(?:^|\s)(" + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True)) + r")\.?\s+$", re.I)
_MONTH = "|".join(MONTHS_SV)
_UNIT_WORDS = (
    r"procentenheter|procent|percent|%|kronor|kr\b|SEK\b|platser/vecka|platser per vecka|platser i veckan|places per week|"
    r"dagar|dag|days|veckor|vecka|weeks|månader|månad|months|år\b|years|"
    r"timmar|personer|person"
)
_NUMBER_WORD = (
    r"tjugo\w*|trettio\w*|fyrtio\w*|femtio\w*|sextio\w*|sjuttio\w*|åttio\w*|nittio\w*|\w*hundra\w*|tusen|"
    r"två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|"
    # English number words but "one", which is a pronoun as often as a number ("one of them").
    + "|".join(w for w in ENGLISH_WORDS if w != "one")
)
# "tre gånger så många", "four times as many": a factor between two figures, not a count of anything.
FACTOR = re.compile(r"^\s*(?:gånger\s+(?:så|fler|större|mer|högre|om|antalet|det antal)|"
                    r"times\s+(?:as|more|larger|higher|bigger|greater|over|the (?:number|total|figure|count)))\b", re.I)
# "en av fyra", "two out of three", "one in five": a proportion in words.
_SMALL = r"en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|one|two|three|four|five|six|seven|eight|nine"
_IN_WORDS = (rf"(?:{_SMALL})\s+(?:av|out of|in)\s+(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|tjugo|hundra|"
             r"two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)")
_MENTION = re.compile(
    rf"(?<![\w,.:/-])(?P<low>{DIGITS})\s*[-–]\s*(?P<high>{DIGITS})(?![\d:/]|-\d)"
    rf"|(?<![\w,.:/-])(?P<num>{DIGITS})(?!\d|[:/-]\d)"
    rf"|\b(?P<words>{_IN_WORDS})\b"
    rf"|\b(?P<frac>{'|'.join(re.escape(f) for f in sorted(FRACTIONS, key=len, reverse=True))})\b"
    rf"|\bvar (?P<ord>{'|'.join(ORDINAL_DENOMINATORS)})\b"
    rf"|\b(?P<word>{_NUMBER_WORD})\b"
    # "en miljon kronor", "ett tusental": one of a multiplier.
    rf"|\b(?P<one>en|ett)\b(?=\s+(?:miljon|miljard)\s+(?:kronor|kr)\b)",
    re.I,
)
_AFTER_UNIT = re.compile(
    rf"^\s*(?:(?P<mult>miljoner|miljarder|miljon|miljard|tusen|millions?|billions?|thousand)\s+)?(?P<unit>{_UNIT_WORDS})", re.I
)
# "SEK 20 million", "kr 500": the currency written before the number; "20 mnkr": a unit with its multiplier.
_CURRENCY_BEFORE = re.compile(r"(?:\bSEK|\bkr\.?)\s*$", re.I)
_MULTIPLIER_AFTER = re.compile(r"^\s*(?P<mult>miljoner|miljarder|miljon|miljard|tusen|millions?|billions?|thousand|m|bn)\b", re.I)
_MONEY_UNITS = {"mnkr": 1e6, "mkr": 1e6, "msek": 1e6, "mdkr": 1e9, "mdr": 1e9, "tkr": 1e3}
_MONEY_UNIT = re.compile(rf"^\s*(?P<unit>{'|'.join(_MONEY_UNITS)})\b", re.I)
_AFTER_WORDS = re.compile(r"^\s*(?P<first>[A-ZÅÄÖa-zåäö][\wåäöÅÄÖ/-]*)(?:\s+(?P<second>[A-ZÅÄÖa-zåäö][\wåäöÅÄÖ/-]*))?")
_NOT_NOUNS = frozenset(
    "av och i på till för med om som har hade är var att den det de en ett eller samt men från under över efter "
    "vid per inom sedan respektive till varav kan ska fick får".split()
)
_YEAR = re.compile(r"^(?:19[5-9]\d|20\d\d)$")
_BETWEEN_BEFORE = re.compile(r"\b(?:mellan|between)\s+$", re.I)
_BETWEEN = re.compile(rf"\s+(?:och|and)\s+(?P<high>{DIGITS})(?!\d|[:/-]\d)", re.I)


@dataclass(frozen=True)
class Figure:
    """One stated figure. `start`/`end` locate the number in the document's
    cleaned text; `sentence_start`/`sentence_end` the sentence quoting it."""

    id: str
    value: float
    value_high: float | None
    unit: str | None
    kind: str  # count | percent | money | duration | rate | proportion | range
    counts: str
    period: str | None
    qualifier: str | None
    source: str
    text: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int

    def to_json(self) -> dict:
        return asdict(self)


def _excluded(sentence: str, start: int, end: int, raw: str) -> bool:
    before, after = sentence[:start], sentence[end:]
    # A label's number ("§ 14", "bilaga 1", "Tabell 1 visar ...", "avsnitt 3") counts nothing, nor
    # do the others of a list of them ("i tabell 1 och 2", "§§ 10–12").
    if re.search(r"(?:§|\bbilag[ao]|\bnr|\bdnr|\bsida|\bsid\.|\bkap\.?|\bkapitel|\bpunkt|\bfråga|\btabell|\bfigur|"
                 r"\bdiagram|\bavsnitt|\btable|\bfigure|\bappendix|\bsection)\w*\s*"
                 r"(?:\d+\s*(?:,|och|samt|eller|and|or|–|-)\s*)*$", before, re.I):
        return True
    if re.match(r"^\s*(?:" + _MONTH + r")\b", after, re.I) and not re.match(r"^\s*\d", after):
        return True  # "1 januari": a day of a date
    if re.match(r"^[:/]\d|^-\d{2,}", after) or re.search(r"\d[-:/]$", before):
        return True  # 2008:35, 10/8, 2013-0304-1
    if re.search(r"[A-ZÅÄÖ]{2,}\s*$", before) and re.match(r"^-\d", after):
        return True
    clock = r"\d{1,2}[.:]\d{2}"
    if re.search(r"\b(?:kl\.?|klockan)\s*$", before, re.I) \
            or re.fullmatch(r"\d{1,2}:\d{2}", raw) and re.search(r"\bat\s*$", before, re.I) \
            or re.fullmatch(rf"{clock}\s*[-–]\s*{clock}", raw):
        return True  # a time of day ("kl. 14.30", "9.00–16.00") counts nothing
    if start == 0 and re.match(r"^[.)]\s", after):
        return True  # "1. Hur ...", "5) Det ..."
    digits = raw.replace(" ", "").replace("\u00a0", "")
    years = re.fullmatch(r"((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)", raw)
    if years and 0 < int(years.group(2)) - int(years.group(1)) <= 30 \
            and not re.match(rf"^\s*(?:{_UNIT_WORDS}|aspiranter|inskrivna|deltagare)\b", after, re.I):
        return True  # "varje år 2022–2025": a span of years, not a range of values
    # A year is written without a thousands space: "2 050 under 2023" is a count.
    if _YEAR.match(digits) and digits == raw:
        if not re.match(rf"^\s*(?:{_UNIT_WORDS}|aspiranter|inskrivna|deltagare)\b", after, re.I):
            return True  # a year
    return False


_BARE_MILLIONS = frozenset(("miljoner", "miljarder", "miljon", "miljard", "million", "millions"))


def _unit_and_kind(after: str, value: float, before: str = "") -> tuple[str | None, str, float]:
    """
    >>> _unit_and_kind(" million to adult education", 20, "raised it by SEK "), _unit_and_kind(" mnkr.", 1.5)
    (('kronor', 'money', 20000000.0), ('kronor', 'money', 1500000.0))
    >>> _unit_and_kind(" år 2023).", 1452), _unit_and_kind(" år.", 12)
    ((None, 'count', 1452), ('år', 'duration', 12))
    >>> _unit_and_kind(" miljoner mellan 2022 och 2023", 4.5, "Budgeten krympte med runt ")
    ('kronor', 'money', 4500000.0)
    """
    money = _MONEY_UNIT.match(after)
    if money:
        return "kronor", "money", value * _MONEY_UNITS[money.group("unit").lower()]
    if _CURRENCY_BEFORE.search(before):
        mult = _MULTIPLIER_AFTER.match(after)
        factor = {"m": 1e6, "bn": 1e9}.get(mult.group("mult").lower(), None) if mult else 1
        return "kronor", "money", value * (factor or MULTIPLIERS[mult.group("mult").lower()])
    bare = _MULTIPLIER_AFTER.match(after)
    if bare and bare.group("mult").lower() in _BARE_MILLIONS and not _AFTER_UNIT.match(after) and MONEY_ASKED.search(before):
        # "budgeten krympte med runt 4,5 miljoner": millions of a sum of money are kronor, said or not.
        return "kronor", "money", value * MULTIPLIERS[bare.group("mult").lower()]
    match = _AFTER_UNIT.match(after)
    if match:
        unit = match.group("unit").lower()
        value *= MULTIPLIERS.get((match.group("mult") or "").lower(), 1)
        unit = {"percent": "procent", "sek": "kronor", "places per week": "platser/vecka", "platser i veckan": "platser/vecka",
                "days": "dagar", "weeks": "veckor", "months": "månader", "years": "år"}.get(unit, unit)
        if unit in ("%", "procent"):
            return "procent", "percent", value
        if unit == "procentenheter":
            return "procentenheter", "percent", value
        if unit in ("kronor", "kr"):
            return "kronor", "money", value
        if unit in ("platser/vecka", "platser per vecka"):
            return "platser/vecka", "rate", value
        if unit == "år" and re.match(r"\s*år\s+(?:19|20)\d\d\b", after):
            return None, "count", value  # "(150 år 2023)": a count of the year named, not 150 years
        if unit in ("dag", "dagar", "vecka", "veckor", "månad", "månader", "år", "timmar"):
            return unit, "duration", value
        return unit, "count", value
    words = _AFTER_WORDS.match(after)
    if words:
        first, second = words.group("first"), words.group("second")
        # "fem lokala Jobbtorg": skip an adjective when a noun follows it;
        # "971 inskrivna i januari": the participle is the noun.
        if first.lower().endswith("a") and second and second.lower() not in _NOT_NOUNS:
            return second, "count", value
        if first.lower() not in _NOT_NOUNS:
            return first, "count", value
    return None, "count", value


_FROM_TO_UPPER = re.compile(r"\s*(?:till|to)\s+\d[\d\s]*(?:[,.]\d+)?", re.I)
_JOINS = frozenset("och samt men medan while and but".split())


_OF_BASE = re.compile(r"\s+(?:av|of)\s+\d[\d\s]*?\d?(?=\s+[^\W\d_])", re.I)


def _window(sentence: str, start: int, end: int) -> str:
    """The words around a number up to the nearest clause break: what it counts."""
    clause = re.split(r"[,;:]\s", sentence[:start])[-1].split()
    left = clause[-5:]
    right = re.split(r"[,;:.?]\s|[.?]$", sentence[end:] + " ")[0].split()[:18]
    # Another number starts another figure's words: "22 procent ... och av dem 21 % gått till arbete",
    # also when it stands further back ("641 personer vidare till en anställning och 287 påbörjade studier").
    cut = max((i + 1 for i, w in enumerate(left) if re.search(r"\d", w)), default=0)
    further = any(re.fullmatch(r"\d+(?:[,.]\d+)?", w) and not re.fullmatch(r"(?:19|20)\d\d", w) for w in clause[:-5])
    if cut or further:
        # "fick 150 ett arbete och 90 började studera": the words before "och" are the other figure's.
        cut = max((i + 1 for i, w in enumerate(left) if i >= cut and w.lower() in _JOINS), default=cut)
    left = left[cut:]
    if of_base := _OF_BASE.match(sentence[end:]):
        # "14 av 18 deltagare fick arbete": 14 did what follows the base; 18 counts only who they were.
        right = re.split(r"[,;:.?]\s|[.?]$", sentence[end + of_base.end():] + " ")[0].split()[:18]
        right = [sentence[end:end + of_base.end()].strip(), *right]
    elif re.search(r"\d\s+(?:av|of)\s*$", sentence[:start]):
        right = right[:1]
    right = right[:next((i for i, w in enumerate(right) if (i or not of_base) and re.search(r"\d", w)), len(right))]
    if len(right) < 18 and right and right[-1].lower() in _JOINS:
        right = right[:-1]
    return " ".join([*left, sentence[start:end], *right]).strip()


_MEASURE = re.compile(r"\b(?:antal(?:et)?|andel(?:en)?)\s+[^\W\d_]+", re.I)
_FROM_THEN_TO = re.compile(r"\b(?:från|from)\b.*\b(?:till|to)\s*$", re.I)
# The subject's level or change stated right before its number: "... per månad sjönk från ", "... var ".
_STATED_AT = re.compile(r"\b(?:var|är|blev|uppgick|låg|ökade|minskade|steg|sjönk|was|were|rose|fell)"
                        r"(?:\s+(?:från|till|med|på|from|to|by|at))?\s*$", re.I)


def measured_subject(before: str, left: list[str]) -> list[str]:
    """What the clause's subject measures, when it stands beyond the words `left` kept before a number
    (`Figure.counts`): "Det genomsnittliga antalet hushåll med bistånd per månad sjönk från 1 480 till
    1 365" counts households, in both its figures. Read by a count question's match, not by the
    operands of a change, which a subject with a group in it ("antalet inskrivna unga ...") would mislead.

    >>> measured_subject("Det genomsnittliga antalet hushåll med bistånd per månad sjönk från 1 480 år 2024 till ", ["till"])
    ['antalet', 'hushåll', 'med', 'bistånd', 'per', 'månad']
    >>> measured_subject("Antalet inskrivna unga med försörjningsstöd ökade från ", ["unga", "med", "försörjningsstöd", "ökade", "från"])
    ['Antalet', 'inskrivna']
    >>> measured_subject("Antalet hushåll var ", ["Antalet", "hushåll", "var"]), measured_subject("Antalet hushåll var 40 och ", ["och"])
    ([], [])
    >>> measured_subject("andelen som avslutats efter inskrivning på jobbtorg från Jobbcenter Alfta ", ["på", "jobbtorg"])
    []
    """
    clause = re.split(r"[,;:]\s", before)[-1]
    measure = next(reversed(list(_MEASURE.finditer(clause))), None)
    if measure is None or set(measure.group(0).split()) <= set(left):
        return []
    between = clause[measure.end():]
    if not (_FROM_THEN_TO.search(between) if re.search(r"\d", between) else _STATED_AT.search(between)):
        # Another figure stands between (the subject is its), or the number is no level of the subject:
        # "andelen aspiranter som avslutats ... 3, 6, 12 respektive 18 månader efter inskrivning".
        return []
    # The whole subject, up to its verb: "antalet inskrivna unga med försörjningsstöd" counts the young.
    rest = list(itertools.takewhile(lambda w: w.lower() not in FINITE_VERBS and not _STATED_AT.match(w) and not re.search(r"\d", w),
                                    between.split()))
    subject = [*measure.group(0).split(), *rest[:4]]
    # The words kept before the number may begin inside the subject: only what they lack is added.
    shared = next((k for k in range(min(len(subject), len(left)), 0, -1) if subject[-k:] == left[:k]), 0)
    return subject[: len(subject) - shared]


def _period(sentence: str) -> str | None:
    found = re.findall(rf"\b(?:{_MONTH})\b|\b(?:19[5-9]\d|20\d\d)\b(?![-:])", sentence, re.I)
    return " ".join(dict.fromkeys(w.lower() for w in found)) or None


# "4,2 mnkr (2024: 3,6 mnkr)", "410 nyinskrivna (2023: 380)": the same measure, another year.
_SAME_IN_BRACKETS = re.compile(r"[^()\d]{0,40}\(\s*(?:år\s*)?(?:19|20)\d\d\s*[:,]?\s*", re.I)


@lru_cache(maxsize=20000)


def figures_in_sentence(source: str, sentence: str, offset: int) -> tuple[Figure, ...]:
    """Figures stated in one sentence whose first character is at `offset`. Cached:
    one question asks about the same candidate sentences at several stages.

    >>> [f.counts for f in figures_in_sentence("x", "Kostnaden för Bojobben var 4,2 mnkr (2024: 3,6 mnkr).", 0)]
    ['Kostnaden för Bojobben var 4,2 mnkr', 'Kostnaden för Bojobben var 3,6 mnkr']
    """
    out: list[Figure] = []
    upper_end = -1  # the end of a "mellan X och Y" range's upper number, read with its lower one
    for match in _MENTION.finditer(sentence):
        start, end, raw = match.start(), match.end(), match.group(0)
        if start < upper_end:
            continue
        if match.group("word") and match.group("word").lower() in ("en", "ett"):
            continue
        if _excluded(sentence, start, end, raw):
            continue
        high = None
        between = _BETWEEN.match(sentence, end) if match.group("num") and _BETWEEN_BEFORE.search(sentence[:start]) else None
        if between and not _YEAR.match(between.group("high").replace(" ", "")):
            # "mellan 4,1 och 6,8 procent": one range, whose unit stands after its upper end.
            value, high = parse_digits(match.group("num")), parse_digits(between.group("high"))
            end = upper_end = between.end()
        elif match.group("low"):
            value, high = parse_digits(match.group("low")), parse_digits(match.group("high"))
        elif match.group("num"):
            value = parse_digits(match.group("num"))
        elif match.group("words"):
            part, whole = re.split(r"\s+(?:av|out of|in)\s+", match.group("words").lower())
            value = (1 if part in ("en", "ett", "one") else parse_number_word(part)) / parse_number_word(whole)
        elif match.group("one"):
            value = 1.0
        elif match.group("frac"):
            value = FRACTIONS[match.group("frac").lower()]
        elif match.group("ord"):
            value = 1 / ORDINAL_DENOMINATORS[match.group("ord").lower()]
        else:
            parsed = parse_number_word(match.group("word"))
            if parsed is None:
                continue
            value = float(parsed)
        after = sentence[end:]
        if match.group("frac") or match.group("ord") or match.group("words"):
            unit, kind = "andel", "proportion"
        else:
            upper = _FROM_TO_UPPER.match(after) if re.search(r"\b(?:från|from)\s*$", sentence[:start], re.I) else None
            # "steg från 9,4 till 11,0 procent": the lower level takes the unit written after the upper.
            unit, kind, value = _unit_and_kind(after[upper.end():] if upper else after, value, sentence[:start])
            if high is not None and kind == "percent":
                high = high * 1
            if match.group("word") and unit is None:
                continue  # a bare number word ("tre av dem") is too ambiguous to table
        unit_match = _AFTER_UNIT.match(after) or (_CURRENCY_BEFORE.search(sentence[:start]) and _MULTIPLIER_AFTER.match(after))
        if unit_match and unit_match.group("mult") and unit_match.group("mult").lower() in MULTIPLIERS:
            end += unit_match.end("mult")
            if high is not None:
                high *= MULTIPLIERS[unit_match.group("mult").lower()]
        qualifier = _QUALIFIER.search(sentence[:start])
        qualifier = qualifier.group(1).lower() if qualifier else None
        if match.group("word") and match.group("word").lower().endswith("tal"):
            qualifier = "ungefär"  # "ett hundratal" is about a hundred
        counts = _window(sentence, start, end)
        if out and _SAME_IN_BRACKETS.fullmatch(sentence, out[-1].end - offset, start):
            # "Kostnaden för X var 4,2 mnkr (2024: 3,6 mnkr)": the bracket's figure counts what the one before it does.
            counts = out[-1].counts.replace(out[-1].text, sentence[start:end], 1)
        out.append(Figure(
            id=f"{source}#{offset + start}", value=value, value_high=high, unit=unit,
            kind="range" if high is not None and kind == "count" and unit is None else kind,
            counts=counts, period=_period(sentence),
            qualifier=qualifier, source=source,
            text=sentence[start:end], start=offset + start, end=offset + end,
            sentence=sentence, sentence_start=offset, sentence_end=offset + len(sentence),
        ))
    return tuple(_share_units(out))


def values_in(text: str, kind: str | None = None) -> set[float]:
    """The values of the figures a question or claim states itself (of one kind if given).

    >>> sorted(values_in("Hur många av de 9 472, alltså 20 procent?")), values_in("av de 430 aspiranterna", "count")
    ([20.0, 9472.0], {430.0})
    """
    return {f.value for f in figures_in_sentence("", text, 0) if kind is None or f.kind == kind}


_LIST_GLUE = re.compile(r"(?:[\s,–-]|\d|och|respektive|eller|resp\.|and|or)*", re.I)


def _share_units(figures: list[Figure]) -> list[Figure]:
    """'3, 6, 12 respektive 18 månader', '971 inskrivna ... till 1064': a number
    without its own unit takes that of a neighbour in the same sentence."""
    from dataclasses import replace

    nouns = [f for f in figures if f.unit and f.kind in ("count", "duration")]
    result = []
    for figure in figures:
        # A unit written later reaches back only across list glue ("3, 6, 12 respektive 18 månader"),
        # never across words: "410 till unga vuxna mellan 18 och 24 år" are not 410 years.
        donors = [n for n in nouns if n.start < figure.start
                  or _LIST_GLUE.fullmatch(figure.sentence[figure.end - figure.sentence_start:n.start - n.sentence_start])]
        if figure.unit is None and figure.kind == "count" and donors:
            donor = min(donors, key=lambda n: abs(n.start - figure.start))
            figure = replace(figure, unit=donor.unit, kind=donor.kind)
        result.append(figure)
    return result


def table_columns(text: str, row_start: int) -> tuple[str, ...] | None:
    r"""The years a table row's cells are of: the cells of the year header above it in the same
    table ("Uppgift  2022  2023  2024" over "Till arbete  260  301  352"); None when there is none.

    >>> text = "Uppgift  2022  2023\n\nInskrivna  910  1 004\n\nTill arbete  260  301"
    >>> table_columns(text, text.index("Till")), table_columns("Text.\n\nTill arbete  260  301", 7)
    (('2022', '2023'), None)
    """
    end = text.rfind("\n\n", 0, row_start)  # the end of the paragraph above the row
    while end >= 0:
        begin = text.rfind("\n\n", 0, end)
        line = text[begin + 2 if begin >= 0 else 0 : end].strip()
        if not is_table_line(line):
            return None  # the table ended above the row: no header for it
        if is_year_header(line):
            return tuple(_cells(line))
        end = begin
    return None


def _column_names(text: str, row_start: int, cells: int) -> list[str] | None:
    r"""The heads of a table's columns, one per cell of a row (its label's column first): the line of
    words over the rows, its heads apart by two spaces or more. A line of one word or phrase between
    is a row's label run over two lines, not the heads.

    >>> text = "År     Inskrivna totalt    därav nyinskrivna\n2023   410   220\n2024   452   248"
    >>> _column_names(text, text.index("2024"), 3)
    ['År', 'Inskrivna totalt', 'därav nyinskrivna']
    >>> text = "Kostnadsslag   Budget   Utfall\nPersonal   38,0   38,9\nSubventionerade anställningar\n(Jobb)   10,0   13,1"
    >>> _column_names(text, text.index("(Jobb)"), 3)
    ['Kostnadsslag', 'Budget', 'Utfall']
    """
    above = [line for line in text[max(0, row_start - 2000):row_start].split("\n") if line.strip()]
    while above and (is_table_line(above[-1]) or not re.search(r"\S\s{2,}\S", above[-1].strip())):
        if not is_table_line(above[-1]) and len(above) > 1 and not is_table_line(above[-2]):
            return None  # prose above the table: no heads
        above.pop()  # rows above, and a label that runs over two lines
    if not above:
        return None
    names = re.split(r"\s{2,}", above[-1].strip())
    # A head may hold a number ("varav 16–24 år"); a line of numbers is a row, not the heads.
    return names if len(names) == cells and not any(re.fullmatch(r"[\d\s,.%–-]+", n) for n in names[1:]) else None


def _year_row_heads(text: str, row_start: int) -> tuple[str, list[str], list[str]] | None:
    """A year's row of a table ("2023  1 102  352") as its line, its cells and its columns' heads."""
    line = text[row_start : (text.find("\n", row_start) + 1 or len(text) + 1) - 1]
    cells = _cells(line)
    if not cells or row_label(line) or not _YEAR.fullmatch(cells[0]):
        return None
    heads = _column_names(text, row_start, len(cells))
    return (line, cells, heads) if heads else None


def linear_row(text: str, row_start: int) -> str | None:
    r"""A year's row of a table read out with its columns' heads, as a sentence would say it: what
    its vector is made of, the bare row ("2023  1 102  352") being near in meaning to nothing.

    >>> text = "År     Inskrivna totalt    Till arbete\n2023   410   220"
    >>> linear_row(text, text.index("2023")), linear_row(text, 0)
    ('2023: Inskrivna totalt 410, Till arbete 220.', None)
    """
    row = _year_row_heads(text, row_start)
    if row is None:
        return None
    _, cells, heads = row
    return f"{cells[0]}: " + ", ".join(f"{h} {c}" for h, c in zip(heads[1:], cells[1:])) + "."


def table_context(text: str, row_start: int) -> str:
    r"""What a table row's label leaves unsaid: the caption above its table ("Tabell 1.
    Deltagare och resultat 2022–2024") and, for a "varav" row, the row it is part of.

    >>> text = "Tabell 1. Deltagare i Gävle\n\nUppgift  2022  2023\n\nInskrivna  910  1 004\n\nvarav män  490  538"
    >>> table_context(text, text.index("varav"))
    'Tabell 1. Deltagare i Gävle Inskrivna'
    """
    caption, parent = _table_above(text, row_start)
    row = _year_row_heads(text, row_start)
    # A year's row ("2023  1 102  352") says what it counts only in its columns' heads.
    return " ".join(filter(None, (caption, parent, *(row[2][1:] if row else ()))))


def table_caption(text: str, row_start: int) -> str:
    """The caption above a table row's table ("Tabell 1. Deltagare i Gävle"), or ""."""
    return _table_above(text, row_start)[0]


def _table_above(text: str, row_start: int) -> tuple[str, str]:
    """The caption of a row's table and, for a "varav" row, the label of the row it is part of."""
    parent = ""
    part = _PART_ROW.match(text[row_start:])
    end = text.rfind("\n\n", 0, row_start)
    while end >= 0:
        begin = text.rfind("\n\n", 0, end)
        line = text[begin + 2 if begin >= 0 else 0 : end].strip()
        if not is_table_line(line):
            above = text[max(0, text.rfind("\n\n", 0, begin) + 2) : begin].strip() if begin > 0 else ""
            # The heads of the columns ("Kostnadsslag  Budget  Utfall") and a label run over two lines
            # ("Subventionerade anställningar" over "(Jobb)  10,0  13,1") stand within the table.
            if not (re.search(r"\S {2,}\S", line) or (is_table_line(above) and len(line) <= _LABEL_LINE)):
                return line, parent
        elif part and not parent and not _PART_ROW.match(line):
            parent = row_label(line)
        end = begin
    return "", parent


# A table row's label that gives its cells' currency: "(kr)", "(tkr)", "i kronor".
# "Kostnad per deltagare (kr)", "Nettokostnad, mnkr": the unit in brackets or after the label's comma.
_LABEL_MONEY = re.compile(r"\((kr|tkr|mnkr|mkr|sek)\)|,\s*(kr|tkr|mnkr|mkr|msek|sek)\s*$|\b(kronor)\b", re.I)


_LABEL_PERCENT = re.compile(r"\bprocent\b|%|\bper cent\b|\bpercent\b", re.I)
_CAPTION_MONEY = re.compile(r"\b(kr|tkr|mnkr|mkr|sek|miljoner kronor|tusen kronor)\b|\b(kronor)\b", re.I)
_CAPTION_UNITS = {**_MONEY_UNITS, "miljoner kronor": 1e6, "tusen kronor": 1e3}
_LABEL_LINE = 60  # characters: a row's label run onto a line of its own, not a sentence


_MONEY_WRITTEN = re.compile(r"\s*(?:miljoner kronor|miljarder kronor|tusen kronor|mnkr|mkr|mdkr|msek|tkr|kronor|kr|sek)\b", re.I)


def money_as_written(figure: Figure) -> str | None:
    """A sum as its sentence writes it, with the unit after it ("2,4 mnkr", never "2,4 kronor"); None
    where no unit follows in the sentence (a table cell, whose unit its label or caption gives).

    >>> [money_as_written(f) for f in figures_in_sentence("x", "Kostnaden var 4,2 mnkr (2024: 3,6 mnkr).", 0)]
    ['4,2 mnkr', '3,6 mnkr']
    """
    written = _MONEY_WRITTEN.match(figure.sentence, figure.end - figure.sentence_start)
    return f"{figure.text}{written.group(0)}" if written and not is_table_line(figure.sentence) else None


def money_caption(caption: str) -> bool:
    """Whether a table's caption gives its cells in money ("Tabell 2. Kostnader 2022–2024, tkr")."""
    return bool(_CAPTION_MONEY.search(caption))


def money_label(label: str) -> bool:
    """Whether a table row's label says its cells are sums of money ("Kostnad per deltagare (kr)")."""
    return bool(_LABEL_MONEY.search(label))


_PART_ROW = re.compile(r"\s*(?:[-–]\s*)?(?:varav|därav|of which)\b", re.I)


def is_year_header(line: str) -> bool:
    """Whether a line is a table's header of years ("Uppgift  2022  2023  2024"): it states nothing."""
    cells = _cells(line) if is_table_line(line) else []
    return bool(cells) and all(_YEAR.match(c) for c in cells)


def whole_tables(text: str, start: int, end: int) -> tuple[int, int]:
    r"""A span widened to the whole of each table it cuts: a chunk that ends after a table's
    first rows leaves the rest out, and a row is read only with the rest of its table.

    >>> text = "Text.\n\nUppgift  2022  2023\n\nInskrivna  910  1 004\n\nTill arbete  260  301\n\nMer text."
    >>> text[slice(*whole_tables(text, 0, text.index("Inskrivna") + 5))].endswith("260  301")
    True
    """
    for s, e in _table_blocks(text):
        if s < end and e > start:
            start, end = min(start, s), max(end, e)
    return start, end


@lru_cache(maxsize=64)
def _table_blocks(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the runs of table lines in a text, one per table."""
    blocks: list[tuple[int, int]] = []
    current = None
    for s, e in paragraphs(text):
        if is_table_line(text[s:e]):
            current = (current[0], e) if current else (s, e)
        elif current:
            blocks.append(current)
            current = None
    return tuple(blocks + ([current] if current else []))


def _cells(line: str) -> list[str]:
    """A table line's number cells, its label aside."""
    return [line[s:e] for s, e in row_cells(line)]


def with_columns(text: str, figures) -> list[Figure]:
    r"""Figures of table rows with the period of their column (`table_columns`), others as they are;
    a row whose label or caption gives a unit ("procent", "(kr)", "Tabell 2. Kostnader, tkr") in it.

    >>> text = "Tabell 2. Kostnader, tkr\n\nUppgift  2023  2024\n\nBruttokostnad  62 500  67 500\n\nAndel till arbete, procent  31,2  32,8"
    >>> rows = [s for s in text.split("\n\n")[2:]]
    >>> [(f.kind, f.value, f.period) for r in rows for f in with_columns(text, figures_in_sentence("x", r, text.index(r)))]
    [('money', 62500000.0, '2023'), ('money', 67500000.0, '2024'), ('percent', 31.2, '2023'), ('percent', 32.8, '2024')]
    >>> row = "Nettokostnad, mnkr   44,1    48,6"
    >>> [(f.kind, f.value) for f in with_columns(row, figures_in_sentence("x", row, 0))]
    [('money', 44100000.0), ('money', 48600000.0)]
    """
    from dataclasses import replace

    out = []
    for figure in figures:
        if is_table_line(figure.sentence):
            # A cell counts what its row's label says ("varav män" of "Inskrivna deltagare").
            row = figure.sentence
            label = row_label(row)
            caption, parent = _table_above(text, figure.sentence_start)
            figure = replace(figure, counts=f"{parent} {label}".strip() or figure.counts)
            # "Tabell 2. Kostnader 2022–2024, tkr": a caption's unit holds for every row under it.
            money = _LABEL_MONEY.search(label) or _CAPTION_MONEY.search(caption)
            if figure.kind == "count" and _LABEL_PERCENT.search(label):
                figure = replace(figure, kind="percent", unit="procent")  # "Andel till arbete, procent  31,2  32,8"
            elif money and figure.kind == "count":
                # "Kostnad per deltagare (kr)  42 747", "Total kostnad (tkr)  38 900": sums, in the label's unit.
                unit = next((g for g in money.groups() if g), "")
                figure = replace(figure, kind="money", unit="kronor", value=figure.value * _CAPTION_UNITS.get(" ".join(unit.lower().split()), 1))
            header = None if figure.period else table_columns(text, figure.sentence_start)
            spans = row_cells(row)
            at = figure.start - figure.sentence_start
            index = next((i for i, (s, e) in enumerate(spans) if s <= at < e), None)
            year_row = not label and bool(index) and bool(re.fullmatch(r"(?:19|20)\d\d", row[spans[0][0]:spans[0][1]]))
            names = _column_names(text, figure.sentence_start, len(spans) + (0 if year_row else 1)) \
                if (year_row or label) and index is not None and not header else None
            if names and year_row:
                # "2024   452   248" under "År   Inskrivna totalt   därav nyinskrivna": a year's row,
                # each cell counting what its column's head says.
                figure = replace(figure, counts=names[index], period=row[spans[0][0]:spans[0][1]])
                head_money = _LABEL_MONEY.search(names[index])
                if figure.kind == "count" and head_money:
                    # "Nettokostnad (mnkr)" heads a column of sums, in its unit.
                    unit = next(g for g in head_money.groups() if g)
                    figure = replace(figure, kind="money", unit="kronor", value=figure.value * _CAPTION_UNITS.get(unit.lower(), 1))
                elif figure.kind == "count" and _LABEL_PERCENT.search(names[index]):
                    figure = replace(figure, kind="percent", unit="procent")
            elif names:
                # "Köpta insatser   1,5   1,3" under "Kostnadsslag   Budget   Utfall": the row's label
                # and the cell's column.
                figure = replace(figure, counts=f"{figure.counts} {names[index + 1]}")
            if header and index is not None and len(spans) == len(header):
                figure = replace(figure, period=header[index])
        out.append(figure)
    return out


def document_figures(record, start: int = 0, end: int | None = None) -> list[Figure]:
    """All figures of a document record, in text order; with `start`/`end`, those of
    that span (read from its paragraph's start). Counts whose noun is only implied
    ("3278 av dessa") take the unit of the paragraph's last count; a table's cells the year of their column."""
    from dataclasses import replace

    out: list[Figure] = []
    last_noun: dict[int, str] = {}
    text = record.text
    first = max(0, text.rfind("\n\n", 0, start)) if start else 0
    for sentence in record.sentences:
        if sentence.end <= first or (end is not None and sentence.start >= end):
            continue
        para = text.rfind("\n\n", 0, sentence.start)
        for figure in with_columns(text, figures_in_sentence(record.source, text[sentence.start : sentence.end], sentence.start)):
            if figure.unit is None and figure.kind == "count" and para in last_noun:
                figure = replace(figure, unit=last_noun[para])
            if figure.unit and figure.kind == "count":
                last_noun[para] = figure.unit
            if figure.start >= start:
                out.append(figure)
    return out
