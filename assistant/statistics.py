"""Computations on the documents' figures: pure, typed, with provenance.

Every result records its formula, its inputs (figure ids and values) and its
rounding, and renders as a line a journalist can redo by hand:

>>> share(Operand(1812, "a"), Operand(9472, "b")).text
'1 812 / 9 472 = 19,1 %'
>>> chained_share(Operand(430, "n"), Operand(22, "p"), Operand(21, "q")).text
'430 × 22 % × 21 % = 19,9'
"""

from __future__ import annotations

from dataclasses import dataclass

from .numbers import format_number, round_half_up


@dataclass(frozen=True)
class Operand:
    value: float
    figure_id: str
    unit: str | None = None


@dataclass(frozen=True)
class Computation:
    label: str  # share | difference | total | percent_change | percentage_points | chained_share | rate | ratio | complement | per_head
    value: float  # unrounded
    rounded: float
    decimals: int
    unit: str | None
    formula: str  # symbolic: "a / b × 100"
    text: str  # with the numbers: "1 812 / 9 472 = 19,1 %"
    inputs: tuple[Operand, ...]

    def to_json(self) -> dict:
        return {
            "label": self.label, "value": self.rounded, "unit": self.unit, "formula": self.formula, "text": self.text,
            "unrounded": self.value, "decimals": self.decimals,
            "inputs": [{"figure_id": o.figure_id, "value": o.value, "unit": o.unit} for o in self.inputs],
        }


# A figure's wording sets how far the figure it stands for may lie from it: "drygt 40 procent"
# is borne out by 41,2, "cirka 20" by 19,1. Defined here once, for claims and answers alike.
APPROX = ("cirka", "ca", "c:a", "ungefär", "omkring", "runt", "närmare", "nästan", "drygt", "knappt", "about", "around",
           "roughly", "approximately", "nearly", "almost", "some")
MORE = ("mer än", "över", "fler än", "minst", "more than", "over", "at least")
LESS = ("mindre än", "under", "färre än", "högst", "less than", "fewer than", "under", "at most")
RELATIVE_TOLERANCE = 0.10  # "cirka": within 10 %
POINT_TOLERANCE = 2.0  # "cirka 20 procent": within 2 percentage points
POINT_TOLERANCE_OVER = 3.0  # "drygt 25 procent": up to 28, "knappt 30 procent": from 27


def within(claimed: float, stated: float, qualifier: str | None, percent: bool) -> bool:
    """Whether a stated figure bears out a claimed one, given the claim's wording.

    >>> within(20, 19.1, "ungefär", True), within(20, 19.1, None, True), within(19, 19.1, None, True)
    (True, False, True)
    >>> within(50, 56.4, "mer än", True), within(9000, 9472, "över", False), within(10, 5, None, False)
    (True, True, False)
    >>> within(100 / 3, 33.2, "drygt", True), within(100 / 3, 32.0, "drygt", True), within(30, 29.6, "drygt", True)
    (True, False, False)
    >>> within(25, 27.7, "drygt", True), within(25, 28.6, "drygt", True), within(30, 27.4, "knappt", True)
    (True, False, True)
    """
    # A fraction in words is a whole percent at best: "drygt en tredjedel" is borne out by 33,2 %.
    slack = 0.5 if percent and not float(claimed).is_integer() else 0.0
    # A share's reach is in points too: "drygt var fjärde" is said of 27,7 %, a tenth of 25 being 2,5 points.
    reach = max(POINT_TOLERANCE_OVER, RELATIVE_TOLERANCE * claimed) if percent else RELATIVE_TOLERANCE * claimed
    if qualifier == "drygt":
        return claimed - slack <= stated <= claimed + reach
    if qualifier == "knappt":
        return claimed - reach <= stated <= claimed + slack
    if qualifier in MORE:
        return stated >= claimed if qualifier in ("minst", "at least") else stated > claimed
    if qualifier in LESS:
        return stated <= claimed if qualifier in ("högst", "at most") else stated < claimed
    if qualifier in APPROX:
        if percent:
            return abs(stated - claimed) <= max(POINT_TOLERANCE, RELATIVE_TOLERANCE * claimed)
        return abs(stated - claimed) <= RELATIVE_TOLERANCE * max(abs(claimed), 1e-9)
    # A plain figure matches when it is the stated one at the claim's own precision.
    decimals = 0 if float(claimed).is_integer() else len(repr(claimed).split(".")[1])
    return round(stated, decimals) == claimed or abs(stated - claimed) < 1e-9


def _fmt(value: float) -> str:
    return format_number(value, 0 if float(value).is_integer() else None)


MILLION = 1_000_000


def _result(label: str, value: float, decimals: int, unit: str | None, formula: str, expression: str,
            inputs: tuple[Operand, ...]) -> Computation:
    rounded = round_half_up(value, decimals)
    shown = format_number(rounded, decimals) + (" %" if unit == "procent" else f" {unit}" if unit and unit != "procentenheter" else "")
    if unit == "procentenheter":
        shown = format_number(rounded, decimals) + " procentenheter"
    if unit == "kronor" and abs(rounded) >= MILLION:
        # "6 500 000 kronor" is said "6,5 miljoner kronor" in the documents and by their readers.
        shown += f" ({format_number(round_half_up(rounded / MILLION, 1), 1)} miljoner kronor)"
    return Computation(label, value, rounded, decimals, unit, formula, f"{expression} = {shown}", inputs)


def share(part: Operand, whole: Operand, decimals: int = 1) -> Computation:
    """Part of a whole, in percent.

    >>> share(Operand(32, "a"), Operand(1064, "b")).rounded
    3.0
    """
    if whole.value == 0:
        msg = "share of zero is undefined"
        raise ValueError(msg)
    return _result("share", part.value / whole.value * 100, decimals, "procent", "a / b × 100",
                   f"{_fmt(part.value)} / {_fmt(whole.value)}", (part, whole))


def share_of_parts(parts: tuple[Operand, ...], whole: Operand, decimals: int = 1) -> Computation:
    """Two or more parts of one whole taken together, in percent ("till arbete eller studier").

    >>> share_of_parts((Operand(412, "a"), Operand(168, "b")), Operand(1126, "c")).text
    '(412 + 168) / 1 126 = 51,5 %'
    """
    if whole.value == 0:
        msg = "share of zero is undefined"
        raise ValueError(msg)
    letters = "abcdefgh"[: len(parts)]
    return _result("share", sum(p.value for p in parts) / whole.value * 100, decimals, "procent",
                   f"({' + '.join(letters)}) / {'abcdefgh'[len(parts)]} × 100",
                   f"({' + '.join(_fmt(p.value) for p in parts)}) / {_fmt(whole.value)}", (*parts, whole))


def share_of_rest(whole: Operand, part: Operand, decimals: int = 1) -> Computation:
    """The rest of a whole less one part of it, in percent of the whole ("varav 290 kvinnor": the men).

    >>> share_of_rest(Operand(620, "a"), Operand(240, "b")).text
    '(620 − 240) / 620 = 61,3 %'
    """
    if whole.value == 0:
        msg = "share of zero is undefined"
        raise ValueError(msg)
    return _result("share", (whole.value - part.value) / whole.value * 100, decimals, "procent", "(a − b) / a × 100",
                   f"({_fmt(whole.value)} − {_fmt(part.value)}) / {_fmt(whole.value)}", (whole, part))


def difference(later: Operand, earlier: Operand, unit: str | None = None) -> Computation:
    """How many more (negative: fewer).

    >>> difference(Operand(1064, "j"), Operand(971, "i")).text
    '1 064 − 971 = 93'
    >>> difference(Operand(13_100_000, "j"), Operand(10_000_000, "i"), unit="kronor").text
    '13 100 000 − 10 000 000 = 3 100 000 kronor (3,1 miljoner kronor)'
    """
    decimals = 0 if float(later.value).is_integer() and float(earlier.value).is_integer() else 1
    return _result("difference", later.value - earlier.value, decimals, unit, "a − b",
                   f"{_fmt(later.value)} − {_fmt(earlier.value)}", (later, earlier))


def rest_of_parts(whole: Operand, *parts: Operand, unit: str | None = None) -> Computation:
    """A whole less two or more parts of it ("870 avslutade, 301 till arbete och 150 till studier": the others).

    >>> rest_of_parts(Operand(870, "a"), Operand(301, "b"), Operand(150, "c")).text
    '870 − 301 − 150 = 419'
    """
    decimals = 0 if all(float(p.value).is_integer() for p in (whole, *parts)) else 1
    letters = "abcdefgh"[: len(parts) + 1]
    return _result("difference", whole.value - sum(p.value for p in parts), decimals, unit, " − ".join(letters),
                   " − ".join(_fmt(p.value) for p in (whole, *parts)), (whole, *parts))


def total(*parts: Operand, unit: str | None = None) -> Computation:
    """The sum of counts ("fem lokala jobbtorg och två filialer").

    >>> total(Operand(5, "a"), Operand(2, "b")).text
    '5 + 2 = 7'
    """
    decimals = 0 if all(float(p.value).is_integer() for p in parts) else 1
    return _result("total", sum(p.value for p in parts), decimals, unit, " + ".join("abcdefgh"[: len(parts)]),
                   " + ".join(_fmt(p.value) for p in parts), parts)


def mean(*values: Operand, per: str, decimals: int = 1) -> Computation:
    """The average of a series ("118 i januari, 96 i februari, ..."), per period.

    >>> mean(Operand(118, "a"), Operand(96, "b"), Operand(134, "c"), Operand(102, "d"), per="månad").text
    '(118 + 96 + 134 + 102) / 4 = 112,5 per månad'
    """
    if not values:
        msg = "mean of no values is undefined"
        raise ValueError(msg)
    return _result("mean", sum(v.value for v in values) / len(values), decimals, f"per {per}", "(a + b + …) / n",
                   f"({' + '.join(_fmt(v.value) for v in values)}) / {len(values)}", values)


def extreme(values: tuple[Operand, ...], labels: tuple[str, ...], highest: bool = True) -> Computation:
    """The period with the highest (lowest) figure of a series, and that figure.

    >>> extreme((Operand(31, "a"), Operand(42, "b"), Operand(23, "c")), ("augusti", "oktober", "december")).text
    'max(31, 42, 23) = 42 (oktober)'
    """
    pick = max if highest else min
    at = pick(range(len(values)), key=lambda i: values[i].value)
    word = "max" if highest else "min"
    return Computation("extreme", values[at].value, values[at].value, 0 if float(values[at].value).is_integer() else 1, labels[at],
                       f"{word}(a, b, …)", f"{word}({', '.join(_fmt(v.value) for v in values)}) = {_fmt(values[at].value)} ({labels[at]})",
                       values)


def percent_change(new: Operand, old: Operand, decimals: int = 1) -> Computation:
    """Relative change from old to new, in percent.

    >>> percent_change(Operand(1064, "j"), Operand(971, "i")).text
    '(1 064 − 971) / 971 = 9,6 %'
    """
    if old.value == 0:
        msg = "percent change from zero is undefined"
        raise ValueError(msg)
    return _result("percent_change", (new.value - old.value) / old.value * 100, decimals, "procent",
                   "(a − b) / b × 100", f"({_fmt(new.value)} − {_fmt(old.value)}) / {_fmt(old.value)}", (new, old))


def percentage_points(new: Operand, old: Operand, decimals: int = 1) -> Computation:
    """Difference of two percentages, in percentage points.

    >>> percentage_points(Operand(90, "a"), Operand(40, "b")).text
    '90 % − 40 % = 50 procentenheter'
    """
    value = new.value - old.value
    decimals = 0 if float(value).is_integer() else decimals
    return _result("percentage_points", value, decimals, "procentenheter", "a − b",
                   f"{_fmt(new.value)} % − {_fmt(old.value)} %", (new, old))


def ratio(a: Operand, b: Operand, decimals: int = 1) -> Computation:
    """How many times as many.

    >>> ratio(Operand(9472, "a"), Operand(2700, "b")).text
    '9 472 / 2 700 = 3,5 gånger'
    """
    if b.value == 0:
        msg = "ratio to zero is undefined"
        raise ValueError(msg)
    value = a.value / b.value
    decimals = 0 if float(value).is_integer() else decimals
    return _result("ratio", value, decimals, "gånger", "a / b", f"{_fmt(a.value)} / {_fmt(b.value)}", (a, b))


def complement(part: Operand, decimals: int = 1) -> Computation:
    """The rest of a whole given in percent: 6 % are not found, so 94 % are.

    >>> complement(Operand(40, "p")).text
    '100 % − 40 % = 60 %'
    """
    value = 100 - part.value
    decimals = 0 if float(value).is_integer() else decimals
    return _result("complement", value, decimals, "procent", "100 − a", f"100 % − {_fmt(part.value)} %", (part,))


def chained_share(base: Operand, *percents: Operand, decimals: int = 1) -> Computation:
    """A count taken through successive shares: 22 % of 430, then 21 % of those."""
    value = base.value
    for p in percents:
        value *= p.value / 100
    expression = " × ".join([_fmt(base.value), *(f"{_fmt(p.value)} %" for p in percents)])
    formula = " × ".join(["a", *(f"p{i + 1}" for i in range(len(percents)))])
    return _result("chained_share", value, decimals, None, formula, expression, (base, *percents))


def chained_rest(base: Operand, *percents: Operand, decimals: int = 1) -> Computation:
    """Those of a count who did not take the last step: 22 % of 430 finished, so 78 % did not.

    >>> chained_rest(Operand(430, "n"), Operand(22, "p")).text
    '430 × (100 % − 22 %) = 335,4'
    """
    *steps, last = percents
    value = base.value
    for p in steps:
        value *= p.value / 100
    value *= (100 - last.value) / 100
    expression = " × ".join([_fmt(base.value), *(f"{_fmt(p.value)} %" for p in steps), f"(100 % − {_fmt(last.value)} %)"])
    formula = " × ".join(["a", *(f"p{i + 1}" for i in range(len(steps))), f"(100 − p{len(percents)})"])
    return _result("chained_rest", value, decimals, None, formula, expression, (base, *percents))


def days_between(first: Operand, second: Operand) -> Computation:
    """Days from one date to another; an operand's value is the date's ordinal day
    and its unit the date as written.

    >>> import datetime
    >>> a, b = datetime.date(2008, 11, 12), datetime.date(2008, 11, 25)
    >>> days_between(Operand(a.toordinal(), "x", "2008-11-12"), Operand(b.toordinal(), "y", "2008-11-25")).text
    '2008-11-25 − 2008-11-12 = 13 dagar'
    """
    early, late = sorted((first, second), key=lambda o: o.value)
    return _result("days_between", late.value - early.value, 0, "dagar", "b − a", f"{late.unit} − {early.unit}", (early, late))


def over_periods(per_period: Operand, periods: Operand, unit: str | None = None) -> Computation:
    """A rate carried over a number of periods: 26 platser per vecka over 4 weeks = 104.

    >>> over_periods(Operand(26, "r"), Operand(4, "q"), "platser").text
    '26 × 4 = 104 platser'
    """
    value = per_period.value * periods.value
    decimals = 0 if float(value).is_integer() else 1
    return _result("over_periods", value, decimals, unit, "a × n", f"{_fmt(per_period.value)} × {_fmt(periods.value)}",
                   (per_period, periods))


def rate(count: Operand, periods: Operand, per: str, decimals: int = 1) -> Computation:
    """A count per period: 9472 inskrivna over 10 months = 947,2 per month.

    >>> rate(Operand(9472, "n"), Operand(10, "m"), "månad").text
    '9 472 / 10 = 947,2 per månad'
    """
    if periods.value == 0:
        msg = "rate over zero periods is undefined"
        raise ValueError(msg)
    return _result("rate", count.value / periods.value, decimals, f"per {per}", "a / n",
                   f"{_fmt(count.value)} / {_fmt(periods.value)}", (count, periods))


def per_head(amount: Operand, heads: Operand, per: str) -> Computation:
    """A sum of money over the heads it is spent on: 9,6 miljoner kronor over 600 deltagare.

    >>> per_head(Operand(9_600_000, "k", "kronor"), Operand(600, "n", "deltagare"), "deltagare").text
    '9 600 000 / 600 = 16 000 kronor per deltagare'
    """
    if heads.value == 0:
        msg = "a sum per head over no heads is undefined"
        raise ValueError(msg)
    return _result("per_head", amount.value / heads.value, 0, f"kronor per {per}", "a / n",
                   f"{_fmt(amount.value)} / {_fmt(heads.value)}", (amount, heads))
