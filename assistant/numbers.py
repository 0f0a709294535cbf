"""Swedish numerals: reading and writing them. Pure functions.

Reads "9 472" (space, no-break or narrow no-break space as thousands
separator), "9472", "56,4", "20 miljoner", number words ("tjugofyra", "fem")
and proportions ("hälften", "var fjärde", "en femtedel"); writes numbers the
Swedish way ("9 472", "19,1").
"""

from __future__ import annotations

import math
import re

_UNITS = {
    "noll": 0, "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
    "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17,
    "arton": 18, "nitton": 19,
}
_TENS = {"tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90}
_SCALES = {"hundra": 100, "tusen": 1000}
# "var fjärde" = one in four; "en femtedel" = a fifth.
ORDINAL_DENOMINATORS = {"annan": 2, "andra": 2, "tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6, "sjunde": 7,
                        "åttonde": 8, "nionde": 9, "tionde": 10}
FRACTIONS = {"hälften": 0.5, "halva": 0.5, "halvparten": 0.5, "en tredjedel": 1 / 3, "en fjärdedel": 0.25,
             "en femtedel": 0.2, "en sjättedel": 1 / 6, "en tiondel": 0.1, "två tredjedelar": 2 / 3,
             "tre fjärdedelar": 0.75, "två femtedelar": 0.4, "tre femtedelar": 0.6, "fyra femtedelar": 0.8,
             "half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "a fifth": 0.2, "a tenth": 0.1, "two thirds": 2 / 3,
             "three quarters": 0.75}
MULTIPLIERS = {"tusen": 1e3, "miljon": 1e6, "miljoner": 1e6, "miljard": 1e9, "miljarder": 1e9, "thousand": 1e3,
               "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9}
ENGLISH_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                 "hundred": 100}

DIGITS = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?"
_DIGITS = re.compile(rf"^(?:{DIGITS})$")


def parse_digits(text: str) -> float:
    """A number written in digits, Swedish style.

    >>> parse_digits("9 472"), parse_digits("56,4"), parse_digits("1\u00a0812"), parse_digits("3.5")
    (9472.0, 56.4, 1812.0, 3.5)
    """
    text = text.strip()
    if not _DIGITS.match(text):
        msg = f"not a number: {text!r}"
        raise ValueError(msg)
    text = re.sub(r"[ \u00a0\u202f]", "", text)
    return float(text.replace(",", "."))


def parse_number_word(word: str) -> int | None:
    """A Swedish number word, compounds included.

    >>> parse_number_word("tjugofyra"), parse_number_word("fem"), parse_number_word("etthundratjugo")
    (24, 5, 120)
    >>> parse_number_word("jobb") is None, parse_number_word("hundratal"), parse_number_word("antal") is None
    (True, 100, True)
    """
    word = word.lower()
    if word in ENGLISH_WORDS:
        return ENGLISH_WORDS[word]
    if word.endswith("tal") and len(word) > 5 and (approximate := parse_number_word(word[:-3])) is not None:
        return approximate  # "ett trettiotal", "ett hundratal": about thirty, about a hundred
    total, current, rest = 0, 0, word
    matched = False
    while rest:
        for table in (_TENS, _SCALES, _UNITS):
            hit = next((w for w in sorted(table, key=len, reverse=True) if rest.startswith(w)), None)
            if hit:
                break
        if not hit:
            return None
        matched = True
        value = {**_TENS, **_SCALES, **_UNITS}[hit]
        if hit in _SCALES:
            current = max(current, 1) * value
            if value >= 1000:
                total, current = total + current, 0
        else:
            current += value
        rest = rest[len(hit):]
    return total + current if matched else None


def number_word(n: int, language: str = "sv") -> str:
    """A small count in words, so that a sentence about the answer holds no number of its own.

    >>> number_word(3), number_word(7, "en"), number_word(14)
    ('tre', 'seven', 'fjorton')
    """
    table = {v: k for k, v in reversed(list((_UNITS if language == "sv" else ENGLISH_WORDS).items()))}
    return table.get(n, str(n))


def format_number(value: float, decimals: int | None = None) -> str:
    """Swedish formatting: thousands separated by a space, decimal comma.

    >>> format_number(9472), format_number(19.1345, 1), format_number(0.5, 2), format_number(-1234.5, 1)
    ('9 472', '19,1', '0,50', '-1 234,5')
    """
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    if not math.isfinite(value):
        return str(value)
    text = f"{abs(value):,.{decimals}f}".replace(",", " ").replace(".", ",")
    return ("-" if value < 0 and float(text.replace(" ", "").replace(",", ".")) != 0 else "") + text


def round_half_up(value: float, decimals: int) -> float:
    """Rounding as people do it (19,15 -> 19,2), not banker's rounding."""
    factor = 10**decimals
    return math.floor(abs(value) * factor + 0.5) / factor * (1 if value >= 0 else -1)
