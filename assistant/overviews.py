"""Overview answers: a question whose answer is several figures ("vilka siffror finns
om ungdomar", "hur har antalet inskrivna utvecklats") gets them as a table from the
figure table: value, what it counts, period, document, citation, in time order.

Which figures belong is decided by how the answer scoring rates their sentences against
the question without its overview words, not by a list of phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .computing import figure_period
from .figures import money_as_written
from .numbers import format_number, number_word
from .questions import MONTHS_SV
from .vocabulary import COUNT_ASKED, FIGURES_CUE, QUANTITY_CUE, SERIES_CUE

OVERVIEW_ROWS = 10
# A figure's sentence, scored as answers score sentences, within this of the best
# figure-holding sentence belongs, when it shares a word with the question; sharing
# only meaning, it must come closer (English shares no words with the documents).
OVERVIEW_MARGIN = 0.15
MEANING_MARGIN = 0.015
# A sentence shares a word with the question when this much of the question's word weight
# stands in it: a corpus-wide word ("jobbtorgen") alone does not make a sentence on topic.
SHARED_WEIGHT = 0.2
_SHARE_WORDS = ("andel", "procent", "share", "percent", "proportion")
_ASKED_QUANTITY = re.compile(r"\b(?:hur många|hur stor andel|hur mycket|how many|how much|what share)\b", re.I)


def asks_overview(question: str) -> bool:
    """
    >>> asks_overview("Vilka siffror finns om ungdomar?"), asks_overview("Hur har antalet inskrivna utvecklats?")
    (True, True)
    >>> asks_overview("Hur många skrevs in i januari?"), asks_overview("Vad saknar man siffror för?")
    (False, False)
    >>> asks_overview("Hur många skrevs in, och hur många av dem fick jobb?")
    True
    >>> asks_overview("Med hur många procent ökade antalet inskrivna från januari till juni?")
    False
    """
    if FIGURES_CUE.search(question) or (SERIES_CUE.search(question) and QUANTITY_CUE.search(question)):
        return True
    # "hur många skrevs in ... och hur många av dem fick jobb": two quantities in one question.
    return len(_ASKED_QUANTITY.findall(question)) >= 2


def wanted_kinds(question: str, answer_type: str | None = None) -> frozenset[str]:
    """The kinds of figure the question asks for: shares when it says so, spans of time
    for an age or a duration, amounts when it counts; any figure for "vilka siffror finns om X".

    >>> sorted(wanted_kinds("Hur stor andel gick till arbete?"))
    ['percent', 'proportion', 'range']
    >>> "duration" in wanted_kinds("Hur många fick jobb?"), "duration" in wanted_kinds(topic("Vilka siffror finns om ungdomar?"))
    (False, True)
    """
    lowered = question.lower()
    shares = frozenset({"percent", "proportion", "range"})
    if any(w in lowered for w in _SHARE_WORDS):
        # "hur har antalet ... förändrats, och hur stor andel ...": both kinds are asked.
        return shares | {"count"} if COUNT_ASKED.search(question) else shares
    if answer_type in ("age_group", "duration"):
        return frozenset({"duration", "range"})
    if QUANTITY_CUE.search(question):
        return frozenset({"count", "money", "percent", "proportion", "rate", "range"})
    return frozenset({"count", "money", "percent", "proportion", "rate", "range", "duration"})


@dataclass(frozen=True)
class OverviewRow:
    """One row of an overview table, as shown."""

    value: str
    counts: str
    period: str
    document: str


def topic(question: str) -> str:
    """What the figures are to be about: the question without the words asking for an overview.

    >>> topic("Vilka siffror finns om ungdomar?")
    'finns om ungdomar?'
    """
    return SERIES_CUE.sub(" ", FIGURES_CUE.sub(" ", question)).strip()


def select(candidates: list[tuple[object, float, bool]], kinds: frozenset[str], k: int = OVERVIEW_ROWS,
           margin: float = OVERVIEW_MARGIN, meaning_margin: float = MEANING_MARGIN) -> list:
    """The figures about what the question asks: (figure, its sentence's score, whether
    that sentence shares a word with the question), best first. Measured from the best
    figure of any kind (an age range that fits best is not replaced by a count about
    something else); kept when of a wanted kind; one per value and sentence; at most k.

    >>> from types import SimpleNamespace as F
    >>> fs = [F(kind="count", value=v, sentence_start=s, source="a") for v, s in ((1, 0), (2, 9), (3, 20), (1, 0))]
    >>> [f.value for f in select(list(zip(fs, [1.0, 0.9, 0.8, 1.0], [True, True, False, True])), frozenset({"count"}))]
    [1, 2]
    >>> select([(F(kind="duration", value=5, sentence_start=0, source="a"), 1.0, True), (fs[2], 0.8, True)], frozenset({"count"}))
    []
    """
    if not candidates:
        return []
    best = max(score for _, score, _ in candidates)
    if not any(shares for _, _, shares in candidates):
        return []  # meaning alone cannot tell a topic's figures from the rest of the corpus
    chosen, seen = [], set()
    for figure, score, shares in sorted(candidates, key=lambda c: -c[1]):
        key = (figure.value, figure.sentence_start, figure.source)
        if figure.kind not in kinds or key in seen or score < best - (margin if shares else meaning_margin):
            continue
        seen.add(key)
        chosen.append(figure)
    return chosen[:k]


def time_key(figure, year: int | None) -> tuple:
    """Documents by year, then the figure's own period: its year, then its month; undated last."""
    period = figure_period(figure) or ""
    month = figure_period(figure, months_only=True) or ""
    stated_year = int(period) if period.isdigit() else (year or 9999)
    return stated_year, MONTHS_SV.index(month) + 1 if month in MONTHS_SV else 0, year or 9999, figure.source, figure.start


def value_text(figure) -> str:
    """The figure as the document writes it ("1 812", "3,9-7,2", "tjugofyra"), with its unit."""
    if figure.kind == "money":
        # "2,4 mnkr" as written; a table cell's sum in the kronor its label's unit makes it.
        return money_as_written(figure) or f"{format_number(figure.value)} kronor"
    return f"{figure.text} {figure.unit}" if figure.unit and figure.kind != "proportion" else figure.text


def lead(n: int, language: str) -> str:
    """
    >>> lead(1, "sv"), lead(3, "en")
    ('Dokumenten anger en siffra om detta:', 'The documents give three figures on this, in time order (quoted in Swedish):')
    """
    if language == "sv":
        return "Dokumenten anger en siffra om detta:" if n == 1 else \
            f"Dokumenten anger {number_word(n)} siffror om detta, i tidsordning:"
    return "The documents give one figure on this (quoted in Swedish):" if n == 1 else \
        f"The documents give {number_word(n, 'en')} figures on this, in time order (quoted in Swedish):"


def table(rows: list[tuple[OverviewRow, int]], language: str) -> str:
    """A Markdown table, one figure a row, each with its citation mark."""
    head = ("| Värde | Vad siffran gäller | Period | Dokument | Källa |" if language == "sv"
            else "| Value | What it counts | Period | Document | Source |")
    lines = [head, "|---|---|---|---|---|"]
    for row, n in rows:
        cells = [row.value, row.counts, row.period or "–", row.document]
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + f" | [{n}] |")
    return "\n".join(lines)
