"""What a question asks, read off its words: language, whether it wants a
number or arithmetic, the years and months it names, and how a follow-up
("och i juni?") completes the previous question. Pure functions."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from .numbers import parse_number_word
from .vocabulary import BUDGET_GAP, CHAT_ABBREVIATION, CHAT_ABBREVIATIONS, HOW_WORDS, LESS_ASKED, MONEY_ASKED, NEGATION, OTHERWISE, PER_HEAD_ASKED

_SV_WORDS = frozenset(
    "och att det som en på är av för med till den har de inte om ett vi var hur många vad vilka vilken vilket vem när "
    "varför fick får finns ska kan under eller också dem sig så år antal andel skrev skrevs personer jobb arbete hade "
    "blev blir mellan efter enligt alla ingen inga ökade minskade ökat minskat procent kronor miljoner fler färre "
    "mer mindre än cirka ungefär hälften drygt nästan över sina sin deras dessa detta".split()
)
# "in", "over", "under" are Swedish words too: they do not count as English.
_EN_WORDS = frozenset(
    "the and of to is was were what which who how many much did does do for on with by from are a an at when why "
    "people share number get got than more less about most had has have been this that these those it its their "
    "there into between after before during found work job jobs not also only party chair chaired committee meeting "
    "cost".split()
)
_NUMERIC = re.compile(
    r"\b(hur (många|mycket|stor|stort|långa?|ofta|länge)|antal(et)?|andel(en)?|procent|hur hög|vilken andel|"
    r"how (many|much|large|big|long|often)|what (share|percentage|proportion|number|fraction)|number of|percent)\b",
    re.I,
)
_PP = re.compile(r"procentenhet|percentage points?", re.I)
# "Hur många procent gick vidare?" asks a share; "hur många procent ökade antalet?" a change.
_CHANGE_PCT = re.compile(r"med hur många procent|hur många procent(?!\s+(?:av|utav)\b)(?=.*\b(?:ök|minsk|steg(?!\s+in\b)|stig|sjönk|sjunk|förändr|växte|fler\b|färre\b|högre\b|lägre\b))|hur mycket\b.*\bi procent|hur stor (procentuell )?(ökning|minskning|förändring)|"
                         r"procentuell|by what percent|by how (?:many|much) per ?cent|"
                         # "how many percent of those enrolled got a job" asks a share, as "hur många procent av" does.
                         r"how (?:many|much) per ?cent(?!\s+of\b)(?=.*\b(?:increas|decreas|rose|rise|rising|fell|fall|grew|grow|chang|more\b|fewer\b|higher\b|lower\b|drop))|percent(age)? (increase|decrease|change|growth)|how much .* in percent|"
                         r"procentuellt|percentage[- ]?wise|in percentage terms|as a percentage", re.I)
# A span made shorter or longer is a change too: "förlängdes med åtta dagar".
# ("steg in" below is stepped in, or a programme called "Steg in": nothing that rose.)
_SPAN_CHANGED = r"\w*korta(?:des|ts)|förlängdes|förlängts"
_DIFF = re.compile(r"hur många (fler|färre|mer|mindre)|skillnad|"
                   # "hur många dagar längre", "hur mycket högre var nettokostnaden", "how many days longer".
                   r"\bhur (?:mycket|många \w+) (?:längre|kortare|högre|lägre|större|mindre)\b|"
                   r"\bhow (?:much|many \w+) (?:longer|shorter|higher|lower|larger|bigger|smaller)\b|(på|i) (något |ett )?annat sätt än|annan väg än|"
                   r"(some|any) other way than|other than by|otherwise than|(ökade|minskade|steg(?!\s+in\b)|sjönk|ökat|minskat) .*med hur många|"
                   r"how many (more|fewer|less)|difference|(increase|decrease|grow|rise|fall)[ds]? by how (many|much)|"
                   rf"(ökade|minskade|ökat|minskat|steg(?!\s+in\b)|sjönk|förändrades|{_SPAN_CHANGED})\b.*\bfrån\b|how (much|many) did .* (increase|decrease|change|go up|go down|rise|fall|drop|grow)|hur mycket (?:gick|har) \w+ (?:upp|ner|ned)|"
                   rf"hur mycket (?:har \w+ )?(?:ökade|ökat|minskade|minskat|steg(?!\s+in\b)|stigit|sjönk|sjunkit|{_SPAN_CHANGED})|"
                   rf"(?:ökade|minskade|ökat|minskat|steg(?!\s+in\b)|sjönk|{_SPAN_CHANGED}|increased|decreased|rose|fell)\b.*\b(?:mellan|between)\b.*\b(?:och|and)\b", re.I)
_SHARE = re.compile(r"\b(andel(en)?|hur stor del|hur många procent av|vilken del|share|what percentage|what proportion|what fraction|"
                    r"how large a part|hur stor procent|how (?:many|much) per ?cent of)\b", re.I)
_RATIO = re.compile(r"\bhur många gånger (?:fler|större|mer|högre|så många|så stor|antalet|det antal)|"
                    r"\bhow many times (?:the (?:number|total|figure|count)|more|as many|larger|bigger|"
                    r"higher|as large|as much)|\bhur många gånger om\b", re.I)
_CHAIN = re.compile(r"\bhur många (av|utav)\b|\bhow many (of|out of)\b", re.I)
# "Om 22 procent av de 430 fullföljt planen, hur många är det?": a share of a count, both given.
_GIVEN_SHARE_OF = re.compile(r"\b\d+(?:[,.]\d+)?\s*(?:procent|%|percent)\s+(?:av|of|utav)\s+(?:de|dem|the|those)?\s*\d", re.I)
# "hur många platser får stadsdelen på fyra veckor", "in 4 weeks": a rate the documents give per
# period, carried over the periods the question names.
_OVER_PERIODS = re.compile(r"\b(?:på|under|över|inom|in|over|for|during|within)\s+(?:\d+|\w+)\s+"
                           r"(?:veckor|månader|dagar|år|weeks|months|days|years)\b", re.I)
# An age, not a span of time: "var under 25 år", "över 50 år", "under 30 years old".
_AGE = re.compile(r"\b(?:var|är|blev|were|was|are|is)\s+(?:under|över|over)\s+\d+\s+(?:år|years)\b|"
                  r"\b(?:under|över|over)\s+(?:1[5-9]|[2-9]\d)\s+(?:år|years)\b", re.I)
HOW_MANY = re.compile(r"\bhur många\b|\bhow many\b", re.I)
# Two nouns asked together: "jobb eller studier", "work or studies"; with "totalt", "jobb och studier".
_EITHER_ASKED = re.compile(r"\b[^\W\d_]{3,}\s+(?:eller|or)\s+[^\W\d_]{3,}\b", re.I)
_BOTH_ASKED = re.compile(r"\b[^\W\d_]{3,}\s+(?:och|and)\s+[^\W\d_]{3,}\b", re.I)
# A sum over a span of years is asked by a word for all of it: "totalt", "sammanlagt", "the total net cost".
SUM_ASKED = re.compile(r"\b(?:totalt|sammanlagt|tillsammans|sammantaget|total|in total|altogether|combined|all together)\b", re.I)
# "2021–2024", "2021 till 2024", "mellan 2021 och 2024", "from 2021 to 2024": two years, and those between when joined as a span.
YEAR_SPAN = re.compile(r"\b(?P<first>(?:19|20)\d\d)\s*(?P<joint>[-–]|till|to|through|och|and)\s*(?P<last>(?:19|20)\d\d)\b", re.I)


def years_spanned(question: str) -> tuple[int, ...]:
    """The years a span in a question takes in: every year of "2021–2024", the two of "2022 och 2024".

    >>> years_spanned("vad kostade det sammanlagt 2021–2024"), years_spanned("totalt 2022 och 2024")
    ((2021, 2022, 2023, 2024), (2022, 2024))
    """
    span = YEAR_SPAN.search(question)
    if span is None:
        return ()
    first, last = int(span.group("first")), int(span.group("last"))
    if span.group("joint").lower() in ("och", "and"):
        return (first, last)
    return tuple(range(first, last + 1)) if first < last <= first + 15 else ()


_TOTAL_ASKED = re.compile(r"\b(?:totalt|sammanlagt|tillsammans|sammantaget|in total|altogether|combined|together)\b", re.I)
MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december")
MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
# Written short in questions ("jan–okt 2008", "per sista sept"); not "jul" (Christmas) nor "mar".
MONTH_ABBREVIATIONS = {"jan": "januari", "feb": "februari", "apr": "april", "jun": "juni", "aug": "augusti",
                       "sep": "september", "sept": "september", "okt": "oktober", "oct": "oktober",
                       "nov": "november", "dec": "december"}
MONTH_PATTERN = r"(?:" + "|".join(MONTHS_SV + MONTHS_EN + tuple(MONTH_ABBREVIATIONS)) + r")"
_MONTH = re.compile(r"\b(" + MONTH_PATTERN + r")\b", re.I)


def month_name(word: str) -> str:
    """The Swedish name of a month written in Swedish, English or short.

    >>> month_name("Oct"), month_name("june"), month_name("mars")
    ('oktober', 'juni', 'mars')
    """
    word = word.lower()
    if word in MONTHS_EN:
        return MONTHS_SV[MONTHS_EN.index(word)]
    return MONTH_ABBREVIATIONS.get(word, word)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


# "jan–sep", "1 januari–30 september", "juli till och med september", "juli t.o.m. september".
_DAY_OF = r"(?:den\s+)?(?:\d{1,2}\.?\s+)?"
_SPAN = re.compile(rf"\b{_DAY_OF}(?P<first>{MONTH_PATTERN})\.?(?:\s+(?:19|20)\d\d)?"
                   rf"(?:\s*[–-]\s*|\s+(?:till(?:\s+och\s+med)?|t\.\s?o\.\s?m\.|to|through|until)\s+)"
                   rf"{_DAY_OF}(?P<last>{MONTH_PATTERN})\b", re.I)
# A part of the year named by its place ("tredje kvartalet", "första halvåret"): the months it spans.
_ORDINALS = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "first": 1, "second": 2, "third": 3, "fourth": 4}
_PART = re.compile(r"\b(?P<nth>första|andra|tredje|fjärde|first|second|third|fourth)\s+(?P<part>kvartal\w*|halvår\w*|quarter|half)\b",
                   re.I)
# "årets första nio månader", "the first nine months": January up to that month.
_FIRST_MONTHS = re.compile(r"\b(?:första|first)\s+(?P<n>\w+)\s+(?:månader\w*|months)\b", re.I)


def without_span(text: str) -> str:
    """`text` less the spans of months it writes (`month_span`): when a count is of, not what it counts.

    >>> without_span("Nästan 350 fick arbete under årets första sex månader 2025.")
    'Nästan 350 fick arbete under årets   2025.'
    """
    for pattern in (_SPAN, _PART, _FIRST_MONTHS):
        text = pattern.sub(" ", text)
    return text


def month_span(text: str) -> tuple[int, int] | None:
    """The first span of months a text writes, as the numbers of its first and last month.

    >>> month_span("hur många fick jobb jan-sep 2024"), month_span("Under tredje kvartalet, alltså juli till och med september")
    ((1, 9), (7, 9))
    >>> month_span("Under perioden 1 januari–30 september 2024"), month_span("under första halvåret"), month_span("i mars")
    ((1, 9), (1, 6), None)
    >>> month_span("Från den 1 januari till och med den oktober 2008 tog Jobbtorg emot")
    (1, 10)
    >>> month_span("under årets första nio månader 2024"), month_span("in the first 9 months of 2024")
    ((1, 9), (1, 9))
    """
    spans = []
    if written := _SPAN.search(text):
        spans.append((written.start(), (MONTHS_SV.index(month_name(written.group("first"))) + 1,
                                        MONTHS_SV.index(month_name(written.group("last"))) + 1)))
    if named := _PART.search(text):
        nth, size = _ORDINALS[named.group("nth").lower()], 3 if named.group("part").lower().startswith(("kvartal", "quarter")) else 6
        if nth * size <= 12:
            spans.append((named.start(), ((nth - 1) * size + 1, nth * size)))
    if (first := _FIRST_MONTHS.search(text)) and (n := parse_number_word(first.group("n").lower()) or (
            int(first.group("n")) if first.group("n").isdigit() else None)) and 1 < n <= 12:
        spans.append((first.start(), (1, n)))
    return min(spans)[1] if spans else None

_FOLLOW_UP = re.compile(
    r"^\s*(och|men|samt|än|hur är det med|vad gäller|gäller det också|and|but|what about|how about|and for|same for)\b", re.I
)


@dataclass(frozen=True)
class QuestionInfo:
    text: str
    language: str  # "sv" | "en"
    wants_number: bool
    wants_arithmetic: bool
    years: tuple[int, ...]
    months: tuple[str, ...]


def language_of(text: str) -> str:
    """'sv' or 'en', by common words and Swedish letters (Swedish when unsure).

    >>> language_of("How many people found a job?"), language_of("Hur många fick jobb?")
    ('en', 'sv')
    >>> language_of("How many places did Enskede-Årsta-Vantör get?"), language_of("which party is karin rågsjö in")
    ('en', 'en')
    """
    words = re.findall(r"[a-zåäöé]+", text.lower())
    # Å, ä, ö in lower-case words only: a place name (Årsta) does not make a question Swedish.
    lower_words = re.findall(r"\b[a-zåäöé][\wåäöé-]*", text)
    swedish = sum(w in _SV_WORDS for w in words) + 2 * sum(bool(re.search("[åäö]", w)) for w in lower_words)
    english = sum(w in _EN_WORDS for w in words)
    return "en" if english > swedish else "sv"


def analyse(text: str) -> QuestionInfo:
    months = tuple(month_name(m) for m in _MONTH.findall(text))
    return QuestionInfo(
        text=text,
        language=language_of(text),
        wants_number=bool(_NUMERIC.search(text)),
        wants_arithmetic=operation(text) is not None,
        years=tuple(int(y) for y in _YEAR.findall(text)),
        months=months,
    )


# "per vecka" alone is often a stated rate ("26 platser/vecka"); an average must be asked for.
_RATE = re.compile(r"\b(i genomsnitt|i snitt|genomsnittlig\w*|on average|average)\b", re.I)
# An average is asked for as a count ("hur många i genomsnitt") or per a unit of time
# ("vad blir den genomsnittliga inskrivningen per månad").
_RATE_ASKED = re.compile(r"\b(?:hur många|how many|per (?:dag|vecka|månad|år|day|week|month|year)|i (?:veckan|månaden|året)|"
                         r"a (?:day|week|month|year))\b", re.I)


def operation(question: str) -> str | None:
    """The arithmetic a question asks for, if any.

    >>> operation("Hur stor andel av de inskrivna fick ett arbete?"), operation("Hur många fler var inskrivna i juni än i januari?")
    ('share', 'difference')
    >>> operation("Med hur många procent ökade antalet inskrivna från januari till juni?"), operation("Vem är borgarråd?")
    ('percent_change', None)
    >>> operation("Hur många procent gick vidare till arbete 2025?"), operation("Hur många procent ökade antalet inskrivna?")
    ('share', 'percent_change')
    >>> operation("Hur många fick inte något arbete?"), operation("Hur många av de 9 472 hade inte kommit vidare?")
    ('remainder', 'chained_share')
    >>> operation("Vad kostade Jobbstegen per deltagare?"), operation("Hur många skrevs in per månad i snitt?")
    ('per_head', 'rate')
    >>> operation("Varför gick praktiken över budget 2025?") is None
    True
    >>> operation("hur många dagar längre var väntetiden 2025 än 2024"), operation("how much higher was the net cost in 2025")
    ('difference', 'difference')
    >>> operation("vad är budgeten för steg in och hur mycket kommer från esf+") is None
    True
    """
    if _WHY.match(question) and not re.search(r"\b(?:hur (?:mycket|många|stor)|how (?:much|many|large))\b", question, re.I):
        # "varför gick praktiken över budget?" asks the cause the documents give, not the gap in figures.
        return None
    return _first_operation(_QUESTION_OPERATIONS, question)


_WHY = re.compile(r"\s*(?:varför|av vilken anledning|hur kommer det sig|why|how come)\b", re.I)


# A claim states its arithmetic instead of asking for it: "578 fler än", "mer än tre gånger så många",
# "ökade med knappt 10 procent", "i genomsnitt 950 i månaden", "20 av de 430".
_CLAIM_RATIO = re.compile(r"\bgånger (?:så (?:många|stor\w*|mycket)|fler|större|mer|antalet|det antal)|"
                         r"\btimes (?:as (?:many|much|large)|more|larger|higher|the (?:number|total|figure|count))\b", re.I)
_CLAIM_CHANGE_PCT = re.compile(r"\b(?:ökade|ökat|minskade|minskat|steg(?!\s+in\b)|sjönk|increased|decreased|rose|fell|grew)\b.*"
                               r"\b(?:med|by)\b.*(?:procent\b|percent\b|%)", re.I)
# "X fler än Y" compares two figures; "fler än 700" is a bound on one ("more than 700").
_CLAIM_DIFF = re.compile(r"\b(?:fler|färre|more|fewer)\b(?!\s+(?:än|than)\s+(?:ca\.?\s+|cirka\s+|about\s+)?\d).*\b(?:än|than)\b|\b(?:ökade|ökat|minskade|minskat|steg(?!\s+in\b)|sjönk|increased|"
                         r"decreased|rose|fell|grew)\b.*\b(?:med|by)\s+(?:[^\W\d]+\s+){0,2}\S*\d", re.I)
# "förlängdes med åtta dagar", "sjönk med drygt tre miljoner kronor": a change by a number in words.
_CHANGE_BY = re.compile(r"\b(?:ök\w*|minsk\w*|steg(?!\s+in\b)|stigit|sjönk|sjunkit|\w*korta(?:des|ts)|förlängdes|sänktes|höjdes|växte|increased|"
                        r"decreased|rose|fell|grew|dropped|shortened)\b[^.]*?\b(?:med|by)\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)", re.I)


def _changes_by_a_number_word(claim: str) -> bool:
    """Whether a claim states a change by a number written in words ("med drygt tre miljoner")."""
    from .numbers import parse_number_word

    return any(parse_number_word(w) is not None for m in _CHANGE_BY.finditer(claim) for w in m.group(1).split())


# "åtta dagar längre i augusti 2023 än ett år tidigare", "4,5 mnkr högre än 2022": a gap stated by a comparative.
_COMPARED_BY = re.compile(r"\b(?:längre|kortare|högre|lägre|större|mindre|longer|shorter|higher|lower|larger|smaller|bigger)\b"
                          r"(?=[^.]*?\b(?:än|than)\b)", re.I)


def _compared_by_a_number(claim: str) -> bool:
    """Whether a claim states a gap between two values by a number and a comparative.

    >>> _compared_by_a_number("Mediantiden var åtta dagar längre i augusti 2023 än ett år tidigare")
    True
    >>> _compared_by_a_number("Väntetiden var betydligt längre än året innan"), _compared_by_a_number("högre än 40 procent")
    (False, False)
    """
    for m in _COMPARED_BY.finditer(claim):
        before = claim[: m.start()].split()[-3:]
        if any(w[:1].isdigit() or parse_number_word(w) is not None for w in before):
            return True
    return False


# "20 av de 430", or the base first: "Av de 430 aspiranterna hade ungefär 20 ...".
_CLAIM_CHAIN = re.compile(r"\d\s+(?:av|of)\s+(?:de|dem|the)?\s*\d|"
                          r"^\s*(?:av|of|among)\s+(?:de|dem|the|these|those)?\s*\d[\d\s]*\b[^,.]*\b\d", re.I)


def claim_operation(claim: str) -> str | None:
    """The arithmetic a claim's figure rests on, if it is not simply stated.

    >>> claim_operation("Antalet ökade med knappt 10 procent mellan januari och juni")
    'percent_change'
    >>> claim_operation("Jobbtorg skrev in mer än tre gånger så många som projekten"), claim_operation("Ungefär 20 av de 430 fick arbete")
    ('ratio', 'chained_share')
    >>> claim_operation("578 fler gick vidare än det fanns inskrivna"), claim_operation("Jobbtorg skrev in 9 472 personer") is None
    ('difference', True)
    """
    return _first_operation(_CLAIM_OPERATIONS, claim)


def _first_operation(rules, text: str) -> str | None:
    """The first operation whose test the text passes: the order settles overlaps
    ("hur många procent ökade" is a percent change before it is a difference)."""
    return next((op for op, test in rules if test(text)), None)


# Time between two dates: "hur många dagar skiljer det mellan ...", "how many days apart".
# How many days something runs ("hur många dagar pågår jobbsteget", "how many days does it run") is the days
# from its start to its end: asked in days, not in the weeks or months a document may state it in.
_DAYS = re.compile(r"\bhur många (?:dagar|veckor)\b.*\b(?:mellan|skil\w*|gick det|(?:tog|dröjde) det från|från att|efter|innan|före)\b|"
                   r"\bhur många dagar\b.*\b(?:pågår|pågick|varar|varade|löper|håller\s+(?:\S+\s+){0,3}?på)\b|"
                   r"\bhow many (?:days|weeks)\b.*\b(?:between|apart|after|before|separat\w*|passed|elapsed|did it take from|from when)\b|"
                   r"\bhow many days\b.*\b(?:run|runs|last|lasts|go on)\b", re.I)
_CLAIM_DAYS = re.compile(r"\b(?:dagars|veckors) mellanrum\b|\b(?:days|weeks) apart\b|"
                         r"\b(?:dagar|veckor|days|weeks) (?:efter|innan|före|senare|tidigare|after|before|later|earlier)\b", re.I)


def asks_share(question: str) -> bool:
    """Whether a question asks for a part of a whole ("Hur stor andel ...", "What share ...").

    >>> asks_share("Hur stor andel började studera?"), asks_share("Hur många började studera?")
    (True, False)
    """
    return bool(_SHARE.search(question))


def asks_in_percent(question: str) -> bool:
    """Whether a question about a change asks for it in percent. "Hur stor ökning ..."
    does not say: the answer gives the change in the figures' own unit and in percent.

    >>> asks_in_percent("Hur stor ökning av antalet inskrivna var det från januari till juni?")
    False
    >>> asks_in_percent("Med hur många procent ökade antalet inskrivna?")
    True
    """
    return bool(re.search(r"procent|percent", question, re.I))


# "Vilken månad hade högst antal inskrivna?", "which month had the most": the period of a series' highest or lowest figure.
_EXTREME_PERIOD = re.compile(r"\b(?:vilken|vilket|which|what)\s+(?:månad|år|month|year)\b.*\b(?:mest|högst|störst|lägst|minst|"
                             r"färst|most|highest|largest|lowest|fewest|least)\b", re.I)
_QUESTION_OPERATIONS = (
    # "Vad kostade Jobbtorget sammanlagt 2021–2024?", "the total net cost over 2021-2024": one measure, summed over the years.
    ("years_total", lambda q: SUM_ASKED.search(q) and YEAR_SPAN.search(q) and not _SHARE.search(q)),
    ("extreme_period", _EXTREME_PERIOD.search),
    ("days_between", _DAYS.search),
    ("percentage_points", _PP.search),
    # "Vad kostade Jobbstegen per deltagare?": a sum of money over the heads it was spent on.
    # (How much a sum per head rose is a change: "hur mycket minskade kostnaden per deltagare från 2022 till 2023".)
    ("per_head", lambda q: PER_HEAD_ASKED.search(q) and MONEY_ASKED.search(q) and not _DIFF.search(q) and not _CHANGE_PCT.search(q)),
    # "Vad kostade det om man drar bort statsbidragen?": a sum less a part of it.
    ("remainder", lambda q: LESS_ASKED.search(q) and MONEY_ASKED.search(q)),
    ("rate", lambda q: _RATE.search(q) and _RATE_ASKED.search(q)),
    ("over_periods", lambda q: _OVER_PERIODS.search(q) and HOW_MANY.search(q) and not _AGE.search(q)),
    ("ratio", _RATIO.search),
    ("percent_change", _CHANGE_PCT.search),
    ("difference", _DIFF.search),
    # "Hur mycket gick enheten över budget?": the outcome less the budget.
    ("difference", BUDGET_GAP.search),
    ("share", lambda q: _SHARE.search(q) and re.search(r"\b(av|of|utav)\b", q, re.I)),
    # "Hur många procent gick till arbete?" names no whole: it is of everyone the documents count.
    ("share", re.compile(r"\bhur många procent\b|\bhow (?:many|much) per ?cent\b|\bwhat (?:percentage|share|proportion)\b", re.I).search),
    ("chained_share", lambda q: _CHAIN.search(q) or (_GIVEN_SHARE_OF.search(q) and HOW_MANY.search(q))),
    # "Hur många fick inte jobb?" names no whole: it is the rest of the whole the documents count.
    ("remainder", lambda q: HOW_MANY.search(q) and (NEGATION.search(q[HOW_MANY.search(q).end():]) or OTHERWISE.search(q))),
    # "Hur många gick till jobb eller studier?": those counted for either, the two counts taken together.
    ("either_total", lambda q: HOW_MANY.search(q) and (_EITHER_ASKED.search(q) or _TOTAL_ASKED.search(q) and _BOTH_ASKED.search(q))),
)
_CLAIM_OPERATIONS = (
    ("days_between", _CLAIM_DAYS.search),
    ("percentage_points", _PP.search),
    ("ratio", _CLAIM_RATIO.search),
    ("rate", _RATE.search),
    ("percent_change", _CLAIM_CHANGE_PCT.search),
    ("difference", lambda c: _CLAIM_DIFF.search(c) or _changes_by_a_number_word(c) or _compared_by_a_number(c)),
    ("chained_share", _CLAIM_CHAIN.search),
    # "överskred budgeten med 1,5 miljoner kronor", "exceeded its budget by about 1.5 million": the outcome less the budget.
    ("difference", lambda c: BUDGET_GAP.search(c) and re.search(r"\d", c)),
)


_PERIOD_ONLY = re.compile(rf"^\s*(?:(?:i|in|för|for|under|during|år|year|månad|month)\s+)*(?:{'|'.join(MONTHS_SV + MONTHS_EN)}|"
                          r"(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?\s*(?:då|then)?\s*[?.!]*\s*$", re.I)
_DANGLING = re.compile(r"\b(dem|dessa|de där|den där|det där|han|hon|they|them|those|these|he|she)\b", re.I)


def is_follow_up(text: str) -> bool:
    """A question that leans on the previous one, by an explicit cue only: an
    opening 'och', 'and', 'what about'; a bare period ('i juni?', '2013?'); or a
    short question whose pronoun has nothing to refer to ('hur många av dem?').
    Being short is not enough: 'Jobbgarantin?' starts a new topic.

    >>> is_follow_up("och i juni?"), is_follow_up("I juni?"), is_follow_up("Hur många av dem fick jobb?")
    (True, True, True)
    >>> is_follow_up("Jobbgarantin?"), is_follow_up("Vem är Sten Nordin?")
    (False, False)
    """
    words = re.findall(r"\w+", text)
    return bool(_FOLLOW_UP.match(text) or _PERIOD_ONLY.match(text) or (len(words) <= 6 and _DANGLING.search(text)))


def resolve_follow_up(question: str, history: list[str]) -> str:
    """The question to answer, completed from the previous question when it is a follow-up.

    A follow-up naming a month or year swaps it into the previous question;
    otherwise its words are added to it.

    >>> resolve_follow_up("och i juni?", ["Hur många var inskrivna i januari?"])
    'Hur många var inskrivna i juni?'
    >>> resolve_follow_up("What about 2013?", ["How many people registered in 2008?"])
    'How many people registered in 2013?'
    """
    if not history or not is_follow_up(question):
        return question
    previous = history[-1]
    new = analyse(question)
    old = analyse(previous)
    resolved = previous
    if new.months and old.months:
        resolved = re.sub(rf"\b{old.months[-1]}\b", new.months[-1], resolved, flags=re.I)
        if resolved == previous:  # the previous named it in English
            resolved = re.sub(rf"\b{MONTHS_EN[MONTHS_SV.index(old.months[-1])]}\b", new.months[-1], resolved, flags=re.I)
    if new.years and old.years:
        resolved = re.sub(rf"\b{old.years[-1]}\b", str(new.years[-1]), resolved)
    if resolved != previous:
        return resolved
    tail = _FOLLOW_UP.sub("", question).strip(" ?.!")
    return f"{previous.rstrip(' ?.!')} {tail}?".strip()


MAX_QUESTION_CHARS = 2000


@dataclass(frozen=True)
class CleanQuestion:
    """A user's text made safe to answer: control characters out, spaces
    collapsed, cut at MAX_QUESTION_CHARS (on a word boundary when it can)."""

    text: str
    truncated: bool
    has_words: bool


def _how_word(m: re.Match) -> str:
    """The word after "hur", its typing mended when it is one slip from a word that stands there."""
    word = m.group(2)
    if word.lower() in HOW_WORDS:
        return m.group(0)
    close = difflib.get_close_matches(word.lower(), HOW_WORDS, n=1, cutoff=0.8)
    return m.group(1) + (close[0] if close else word)


def clean_question(raw: str | None, limit: int = MAX_QUESTION_CHARS) -> CleanQuestion:
    r"""
    >>> clean_question("  Hur\x00 många\u200b\n fick jobb?  ")
    CleanQuestion(text='Hur många fick jobb?', truncated=False, has_words=True)
    >>> clean_question("hej \ud800då").text
    'hej då'
    >>> clean_question("?!  🙂").has_words, clean_question("ord " * 600).truncated
    (False, True)
    >>> clean_question("hur mkt ökade det 2023 jmf m 2022 o varför").text
    'hur mycket ökade det 2023 jämfört med 2022 och varför'
    >>> clean_question("hur mnga ungdomar var med").text, clean_question("hur gick omröstningen").text
    ('hur många ungdomar var med', 'hur gick omröstningen')
    >>> clean_question("How many got a job in 2008 o 2009?").text
    'How many got a job in 2008 o 2009?'
    """
    text = unicodedata.normalize("NFC", raw or "")
    # Control and format characters (NUL, escape sequences, zero-width and
    # bidi marks) carry no meaning in a question and could hide text; a lone
    # surrogate (JSON "\ud800" through the API) is not text at all.
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") else ch for ch in text)
    text = " ".join(text.split())
    if re.search(r"[åäö]|\b(?:hur|vad|vem|när|varför|och)\b", text, re.I):  # a Swedish question's chat shorthand
        text = CHAT_ABBREVIATION.sub(lambda m: CHAT_ABBREVIATIONS[m.group(1).lower()], text)
        text = re.sub(r"\b(hur\s+)([^\W\d_]{3,})\b", _how_word, text, flags=re.I)
    truncated = len(text) > limit
    if truncated:
        cut = text[:limit]
        text = cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut
    return CleanQuestion(text, truncated, bool(re.search(r"[^\W_]", text)))
