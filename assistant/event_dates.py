"""When something starts, as a claim and a document say it ("Vårdspåret startar i oktober 2025",
"Den första gruppen börjar den 7 oktober 2024"): the day, month and year each gives, compared part
by part. Pure functions; the claim checker finds the sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import dates_in
from .questions import MONTH_PATTERN, MONTHS_SV, month_name

# A month with its year: "i oktober 2025", "in October 2025".
_MONTH_YEAR = re.compile(rf"\b({MONTH_PATTERN})\s+((?:19|20)\d\d)\b", re.I)


@dataclass(frozen=True)
class When:
    year: int
    month: int
    day: int | None
    text: str
    start: int = 0


def stated_whens(text: str) -> list[When]:
    """The days ("7 april 2025") and months with a year ("oktober 2025") a text states, in its order.

    >>> [w.text for w in stated_whens("Den 7 april 2025 öppnar Jobbtorg Ung, som i oktober 2025 får fler platser.")]
    ['7 april 2025', 'oktober 2025']
    """
    found = [(d.start, When(d.date.year, d.date.month, d.date.day, d.text, d.start)) for d in dates_in(text, None) if d.year_given]
    days = [(d.start, d.end) for d in dates_in(text, None)]
    for m in _MONTH_YEAR.finditer(text):
        if any(start <= m.start() < end for start, end in days):
            continue  # the month of a day already read
        month = month_name(m.group(1))
        if month in MONTHS_SV:
            found.append((m.start(), When(int(m.group(2)), MONTHS_SV.index(month) + 1, None, m.group(0), m.start())))
    return [w for _, w in sorted(found, key=lambda pair: pair[0])]


def agrees(claimed: When, stated: When) -> bool:
    """Whether a stated day or month is the one claimed, to the precision the claim gives.

    >>> agrees(When(2024, 10, None, "oktober 2024"), When(2024, 10, 7, "7 oktober 2024"))
    True
    >>> agrees(When(2025, 10, None, "oktober 2025"), When(2024, 10, 7, "7 oktober 2024"))
    False
    """
    return (claimed.year, claimed.month) == (stated.year, stated.month) and claimed.day in (None, stated.day)
