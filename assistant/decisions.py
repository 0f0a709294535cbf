"""What minutes record of a decision: the tally of its vote and the body that took it.

Pure functions over the text of one item (§) of the minutes. A claim about a vote ("Nämnden röstade
9–3 för att ...") or about who decided ("Kommunfullmäktige beslutade att stänga ...") is read against
them: the sentence that says what was decided rarely says who voted how many, nor which body decided
(the minutes' heading says that: "Arbetsmarknadsnämndens beslut").
"""

from __future__ import annotations

import re

from .numbers import parse_number_word
from .understanding import parties_in
from .vocabulary import BODY, PARTY_MARKER, STANCES, bodies_in

_COUNT = r"(\d{1,2}|[a-zåäö]+)"
# How a claim gives a tally: "röstade 9–3", "med nio röster mot tre", "by 9 votes to 3", "9 mot 3".
_TALLY = re.compile(rf"\b{_COUNT}\s*(?:[-–—]|\bmot\b|\bto\b)\s*{_COUNT}\b|"
                    rf"\b{_COUNT}\s+(?:ja-?)?(?:röster|votes?)\s+(?:mot|to|against)\s+{_COUNT}\b", re.I)
# How minutes give it: "Med nio ja-röster mot tre nej-röster", "med 7 röster mot 4", "Ja-röster: 7 ... Nej-röster: 4".
_STATED_PAIR = re.compile(rf"\b{_COUNT}\s+(?:ja-?)?röster\s+mot\s+{_COUNT}(?:\s+nej-?röster)?\b", re.I)
_STATED_SIDE = re.compile(r"\b(ja|nej)-?röster\s*[:(]?\s*(\d{1,2})\b", re.I)
VOTE_WORD = re.compile(r"\b(?:röst\w*|omröstning\w*|votering\w*|vote[sd]?|voting)\b", re.I)
# A list of who voted each way, as minutes write it: "Ja-röst för bifall ...: A (S), B (M)." The
# markers after the names are counted, up to the list's full stop.
_SIDE_LIST = re.compile(r"\b(ja|nej)-?röst(?:er)?\b[^:\n]{0,80}:\s*(?P<names>[^.:]*)", re.I)
_MARKER = re.compile(r"\((?:[A-ZÅÄÖ]{1,3}|[a-zåäö]{1,3})\)")
# A body that takes a decision, said in English; the Swedish bodies are named by `bodies_in`.
_BODIES_EN = (
    (re.compile(r"\b(?:municipal|city|local)\s+(?:executive\s+)?board\b|\bexecutive\s+board\b", re.I), "kommunstyrelse"),
    (re.compile(r"\b(?:municipal|city|local)\s+(?:assembly|council)\b|\bfull\s+council\b", re.I), "kommunfullmäktige"),
    (re.compile(r"\blabou?r\s+market\s+(?:committee|board)\b", re.I), "arbetsmarknadsnämnd"),
)
# A body not named ("nämnden", "the committee"): the one whose minutes these are.
_BARE_BODY = re.compile(r"\b(?:nämnd|styrelse|fullmäktig)\w*|\b(?:committee|board|council)\b", re.I)
# The heading minutes give an item's decision ("Arbetsmarknadsnämndens beslut", "Kommunstyrelsens beslut").
_DECISION_HEADING = re.compile(r"^[ \t]*(\w*(?:nämnd|styrelse|fullmäktige))(?:en|s|ens)?s?\s+beslut\b", re.I | re.M)
_DECIDES = re.compile(r"\b(\w+(?:nämnd|styrelse|fullmäktige))(?:en|s)?\s+(?:beslut(?:ar|ade)|beslöt|bifaller|godkänner)\b", re.I)


# A claim that something was decided, by vote or not: its body took the decision.
DECIDED = re.compile(r"\b(?:beslut(?:ade|ar|at|ades)|beslöts?|fatta(?:de|des|ts)|röstade|godkände|avslog|uppsägning|"
                     r"decided|voted|approved|rejected|resolved)\b", re.I)
# An item of the minutes starts a line with its paragraph sign: "§ 31".
_ITEM_START = re.compile(r"^[ \t]*§\s*\d+", re.M)


def item_spans(text: str) -> list[tuple[int, int]]:
    r"""The start and end of each item (§) of minutes; none in a text that has no items.

    >>> t = "Protokoll\n§ 1\nVal av justerare\n§ 2\nBudget 2025\nNämnden beslutar."
    >>> [t[a:b].split("\n")[1] for a, b in item_spans(t)]
    ['Val av justerare', 'Budget 2025']
    """
    starts = [m.start() for m in _ITEM_START.finditer(text)]
    return list(zip(starts, [*starts[1:], len(text)]))


# The sections of an item around its decision: what was proposed and argued before it, who dissented after it.
_SECTION = re.compile(r"^\s*(?:ärendebeskrivning|ärendet|bakgrund|beslutsunderlag|yrkanden?|propositionsordning|votering\w*|"
                      r"reservation\w*|särskil[dt]\w* (?:yttrande|uttalande)|protokollsanteckning\w*|beslutet skickas|expedieras)\b",
                      re.I | re.M)


def decision_text(item: str) -> str:
    r"""What an item of the minutes says was decided: its heading (up to the first blank line) and its
    decision section ("Arbetsmarknadsnämndens beslut" up to the next section), else the sentence
    saying the body decides. Only there does a word of a claim say what was decided: "behålla
    närheten" in the case's description says nothing of keeping the branch.

    >>> t = "§ 31\nAvveckling av filialen\n\nÄrendebeskrivning\nFör att behålla närheten ...\n\nNämndens beslut\n1. Filialen avvecklas.\n\nReservationer\nV reserverar sig."
    >>> decision_text(t).split("\n")
    ['§ 31', 'Avveckling av filialen', 'Nämndens beslut', '1. Filialen avvecklas.']
    """
    blank = item.find("\n\n")
    heading = item[: blank if blank >= 0 else len(item)].strip()
    named = _DECISION_HEADING.search(item) or _DECIDES.search(item)
    if named is None:
        return heading
    line = item.rfind("\n", 0, named.start()) + 1
    after = _SECTION.search(item, named.end())
    return f"{heading}\n{item[line: after.start() if after else len(item)].strip()}"


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = parse_number_word(word.lower())
    return int(value) if value is not None and float(value).is_integer() else None


def claimed_tally(claim: str) -> tuple[int, int] | None:
    """The votes for and against a claim gives a decision, if it speaks of a vote.

    >>> claimed_tally("Nämnden röstade 9–3 för att lägga ner filialen"), claimed_tally("beslutet togs med sju röster mot fyra")
    ((9, 3), (7, 4))
    >>> claimed_tally("The committee voted 7 to 4 to end the contract"), claimed_tally("Filialen stängs 2024-06-30") is None
    ((7, 4), True)
    """
    if not VOTE_WORD.search(claim):
        return None
    for m in _TALLY.finditer(claim):
        words = [g for g in m.groups() if g]
        counts = [_count(w) for w in words]
        if len(counts) == 2 and None not in counts and all(0 <= c < 100 for c in counts):
            return counts[0], counts[1]
    return None


def stated_tally(item: str) -> tuple[int, int] | None:
    """The votes for and against an item of the minutes records, if it records a vote.

    >>> stated_tally("Med nio ja-röster mot tre nej-röster och en som avstår har nämnden bifallit förslaget.")
    (9, 3)
    >>> stated_tally("Voteringsresultat: Ja-röster: 7. Nej-röster: 4.")
    (7, 4)
    >>> stated_tally("Ja-röst för bifall: Anna Ek (S), Per Ås (M), Eva Berg (C). Nej-röst för avslag: Ola Lind (V). Avstår: Kim Ny (KD).")
    (3, 1)
    >>> stated_tally("Nämnden beslutar att godkänna rapporten.") is None
    True
    """
    for m in _STATED_PAIR.finditer(item):
        counts = [_count(g) for g in m.groups()]
        if None not in counts:
            return counts[0], counts[1]
    sides = {m.group(1).lower(): int(m.group(2)) for m in _STATED_SIDE.finditer(item)}
    if {"ja", "nej"} <= sides.keys():
        return sides["ja"], sides["nej"]
    listed = {m.group(1).lower(): len(_MARKER.findall(m.group("names"))) for m in _SIDE_LIST.finditer(item)}
    if listed.get("ja") and "nej" in listed:
        return listed["ja"], listed["nej"]
    return None


def without_bodies(text: str) -> str:
    """A text with the bodies it names, Swedish or English, taken out."""
    for pattern, _ in _BODIES_EN:
        text = pattern.sub(" ", text)
    return _BARE_BODY.sub(" ", BODY.sub(" ", text))


def claimed_bodies(claim: str) -> set[str]:
    """The bodies a claim names, Swedish or English, as `bodies_in` writes them.

    >>> sorted(claimed_bodies("It was the municipal executive board that voted to scrap the contract"))
    ['kommunstyrelse']
    >>> sorted(claimed_bodies("Kommunfullmäktige beslutade att stänga filialen"))
    ['kommunfullmäktige']
    """
    return bodies_in(claim) | {body for pattern, body in _BODIES_EN if pattern.search(claim)}


def deciding_body(item: str, minutes_body: str | None) -> str | None:
    """The body that took an item's decision: the one its decision heading or deciding sentence
    names, else the body whose minutes these are.

    >>> deciding_body("§ 31\\nAvveckling av filialen\\n\\nArbetsmarknadsnämndens beslut\\n1. Filialen avvecklas.", None)
    'arbetsmarknadsnämnd'
    >>> deciding_body("§ 4\\nRapporten\\n\\nNämnden beslutar att godkänna rapporten.", "Socialnämnden")
    'socialnämnd'
    """
    named = _DECISION_HEADING.search(item) or _DECIDES.search(item)
    found = named.group(1) if named and named.group(1).lower() not in ("nämnd", "styrelse") else minutes_body
    return next(iter(bodies_in(found or "")), None)


def same_body(claimed: str, decider: str) -> bool:
    """Whether a claimed body is the deciding one: a named body matches itself only, and the
    "arbetsmarknadsnämnd" of a claim matches "socialtjänst- och arbetsmarknadsnämnd".

    >>> same_body("arbetsmarknadsnämnd", "socialtjänst- och arbetsmarknadsnämnd"), same_body("kommunfullmäktige", "arbetsmarknadsnämnd")
    (True, False)
    """
    return claimed == decider or decider.endswith(claimed) or claimed.endswith(decider)


RESERVED = re.compile(r"\breserver(?:ar|ade|at)\s+sig\b|\breservation\w*\b|\b(?:entered|lodged|filed)\s+(?:a\s+)?(?:formal\s+)?(?:reservation|dissent)\b", re.I)
# The words a claim says a side with, out of what it says was decided.
STANCE_WORDS = re.compile(r"\b(?:reserver(?:ar|ade|at)\s+sig|röst(?:ar|ade)\s+(?:ja|nej)|yrka(?:r|de)\s+(?:på\s+)?(?:avslag|bifall)|"
                          r"var\s+(?:e?mot|för)|mot|emot|voted\s+(?:for|against|yes|no|in\s+favou?r)|opposed?|against|supported)\b", re.I)
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")


def _parties_of(text: str) -> set[str]:
    return {m.group(1).lower() for m in PARTY_MARKER.finditer(text)} | set(parties_in(text))


def recorded_stances(item: str) -> dict[str, set[str]]:
    """The parties an item of the minutes records on each side of its decision: "for" (listed under
    the yes votes, "yrkar bifall", "röstar ja"), "against" (under the no votes, "yrkar avslag",
    "reserverar sig") and "reserved" (those who entered a reservation), by their markers.

    >>> t = ("Ja-röster (2): Eva Ek (S), Per Ås (M). Nej-röster (1): Ola Lind (V). "
    ...      "Socialdemokraterna och Moderaterna yrkar bifall. Ola Lind (V) reserverar sig mot beslutet.")
    >>> {k: sorted(v) for k, v in recorded_stances(t).items()}
    {'for': ['m', 's'], 'against': ['v'], 'reserved': ['v']}
    """
    found: dict[str, set[str]] = {"for": set(), "against": set(), "reserved": set()}
    for m in _SIDE_LIST.finditer(item):
        found["for" if m.group(1).lower() == "ja" else "against"] |= {p.group(0)[1:-1].lower() for p in _MARKER.finditer(m.group("names"))}
    for sentence in _SENTENCE.findall(item):
        if _SIDE_LIST.search(sentence):
            continue
        for stance, (_, stated) in STANCES.items():
            if stated.search(sentence):
                found[stance] |= _parties_of(sentence)
        if RESERVED.search(sentence):
            found["reserved"] |= _parties_of(sentence)
    return found
