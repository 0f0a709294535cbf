"""Dates as documents and questions write them: "2008-11-12", "den 25 november 2008",
"1 januari" (the year from the document), "10/8" (day/month), "12 October 2008".
Pure: the text in, the dates with their offsets out."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .questions import MONTHS_EN, MONTHS_SV, language_of

_MONTH_NUMBER = {**{m: i + 1 for i, m in enumerate(MONTHS_SV)}, **{m: i + 1 for i, m in enumerate(MONTHS_EN)}}
_MONTHS = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
_DATE = re.compile(
    r"(?P<iso>(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-]))"
    rf"|(?P<long>(?<![\d:/])(?P<d2>[0-3]?\d)(?::e|:a)?\s+(?P<mon>{_MONTHS})(?:\s+(?P<y2>(?:19|20)\d\d))?\b)"
    rf"|(?P<en>\b(?P<mon3>{_MONTHS})\s+(?P<d3>[0-3]?\d)(?:st|nd|rd|th)?,?(?:\s+(?P<y3>(?:19|20)\d\d))?\b)"
    r"|(?P<short>(?<![\d:/.-])(?P<d4>[0-3]?\d)/(?P<m4>1[0-2]|0?[1-9])(?![\d/]))",
    re.I,
)


@dataclass(frozen=True)
class StatedDate:
    date: datetime.date
    text: str
    start: int
    end: int
    year_given: bool  # False when the year was taken from the document


_SWEDISH_ONLY = frozenset(MONTHS_SV) - {m.lower() for m in MONTHS_EN}


def dates_in(text: str, year: int | None) -> list[StatedDate]:
    """The dates a text states; one without a year takes `year` (none without one).

    >>> [d.date.isoformat() for d in dates_in("Nästa tid för vuxna är 10/8 för ungdomar 25/8.", 2010)]
    ['2010-08-10', '2010-08-25']
    >>> [d.date.isoformat() for d in dates_in("Stockholm den 25 november 2008, dnr 2008:35, kl 10.30", None)]
    ['2008-11-25']
    >>> [d.date.isoformat() for d in dates_in("signed on 12 October 2008 and on November 25, 2008", None)]
    ['2008-10-12', '2008-11-25']
    >>> dates_in("Antal per månad: augusti 31", 2024), dates_in("Antal som gick till arbete i december 23", 2024)
    ([], [])
    """
    found = []
    for m in _DATE.finditer(text):
        if m.group("iso"):
            y, mo, d, given = int(m.group("y")), int(m.group("m")), int(m.group("d")), True
        elif m.group("long"):
            y, mo, d = m.group("y2"), _MONTH_NUMBER[m.group("mon").lower()], int(m.group("d2"))
            given, y = y is not None, int(y) if y else year
        elif m.group("en"):
            if m.group("y3") is None and (m.group("mon3").lower() in _SWEDISH_ONLY or language_of(text) == "sv"):
                continue  # "augusti 31", "december 23" are table rows (23 in December), not dates: Swedish writes "23 december"
            y, mo, d = m.group("y3"), _MONTH_NUMBER[m.group("mon3").lower()], int(m.group("d3"))
            given, y = y is not None, int(y) if y else year
        else:
            y, mo, d, given = year, int(m.group("m4")), int(m.group("d4")), False
        if y is None:
            continue
        try:
            found.append(StatedDate(datetime.date(y, mo, d), m.group(0), m.start(), m.end(), given))
        except ValueError:
            continue
    return found


def english_months(text: str) -> str:
    """A date as an English reader writes it: "1 januari 2008" -> "1 January 2008".

    >>> english_months("1 januari 2008"), english_months("den 25 november")
    ('1 January 2008', 'den 25 November')
    """
    return re.sub(rf"\b({'|'.join(MONTHS_SV)})\b", lambda m: MONTHS_EN[MONTHS_SV.index(m.group(1).lower())].capitalize(),
                  text, flags=re.I)
