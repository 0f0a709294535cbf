"""Claim checking: supported, contradicted or not found, with the evidence
and the computation shown.

A claim is matched against the sentences of the passages retrieved for it.
Its figures are compared with the documents' figures of the same kind in the
most relevant sentences, within the tolerance its own wording allows ("cirka
10 procent", "mer än hälften"); a claim that states a proportion of two counts
("1 812 av 9 472 fick jobb, ungefär en femtedel") is computed first. Opposite
direction words (ökade / minskade) and a different year in the evidence
contradict. A claim whose subject no passage speaks of is not_found: absence
of evidence is never a contradiction.
"""

from __future__ import annotations

import functools
import re
from decimal import ROUND_HALF_UP, Decimal
from dataclasses import dataclass, replace

from bm25s.stopwords import STOPWORDS_EN

from .answer_types import extract, extremes, is_extreme_word, role_asked, role_holder
from .answering import (ABSTAIN_THRESHOLD, MAX_SENTENCES, MEMBERS_CHARS, opening, passage_span, WIDE_MARGIN, ExtractiveComposer, ScoredSentence, _row_of, _sentence_before, _stated_shares,
                        _asked_span, _span_of,
                        _shares_of_year_asked, _states_answer, asker_party, continued_at, dominant_year, inflected_overlap, sentence_years, signed_party, whole_held,
                        years_pointed_to)
from .answering import Passage as Evidence
from .claim_elements import Element, actor_party_elements, age_elements, alternative_elements, body_elements, name_elements, party_elements, same_phase
from .cleaning import is_table_line, row_label
from .figures import FACTOR, QUALIFIERS, Figure, figures_in_sentence, table_context, with_columns
from .computing import asked_periods, figure_period, figure_year, group_fit, is_change, item_heading, item_text, period_order, years_named
from .lexical import inflected_overlap, joined_phrases, lemmas, tokenize, words_of
from .event_dates import agrees, stated_whens
from .list_claims import check_list, document_lists, listed_names
from .numbers import format_number, parse_number_word
from .questions import MONTHS_SV, claim_operation, language_of, without_span
from .statistics import APPROX as _APPROX, LESS as _LESS, MORE as _MORE, Operand, difference, share, total, within
from .dates import dates_in
from .decisions import DECIDED, claimed_bodies, claimed_tally, decision_text, deciding_body, item_spans, RESERVED, recorded_stances, same_body, stated_tally, STANCE_WORDS, VOTE_WORD, without_bodies
from .document_facts import fact_of, target_document
from .understanding import PARTY_LETTERS, parties_in, phase_of, uncovered_years, understand, unknown_names
from .vocabulary import bodies_in, plain_words, ENGLISH_GLOSS, TARGET_EVIDENCE, stance_asked, AGE_RANGE, UNDER_BUDGET, KIND_NAMED_BEFORE, PLAIN_HEADS, ALTERNATIVES, COMPARED_WITH, DIVIDED, UNANIMOUS, AUTHORSHIP, BUDGET_GAP, BELONGING, BODY, COUNTED_IN_SWEDISH, DOCUMENT_DATE, EVENT_START, FINITE_VERBS, LIGHT_WORDS, MEETING, NEGATION, NOT_COUNTED, PARTIES, PARTY_MARKER, PARTY_NAMES, PERSON_NAME, PHASE_START, POINTS_BACK, POINTS_BACK_WITHIN, MOTION, MOTION_ASKED, money_nouns

_UP = re.compile(r"\b(ökade|ökat|ökar|ökning|steg|stigit|höjdes|höjt|höjde|höjts|växte|fler|förlängdes|förlängts|increased?|rose|"
                 r"risen|grew|raised|more|lengthened)\b", re.I)
_DOWN = re.compile(r"\b(minskade|minskat|minskar|minskning|sjönk|sjunkit|sänktes|sänkt|sänkte|färre|\w*korta(?:des|ts)|"
                   r"decreased?|fell|fallen|dropped|declined|cut|lowered|fewer|shortened)\b", re.I)
_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
# "ökade varje år", "rose every year", "år för år": a claim about each step of a series, not its two ends.
_EVERY_YEAR = re.compile(r"\b(?:varje år|vartenda år|år för år|år efter år|every year|each year|year (?:on|after|by) year)\b", re.I)
# The span a claim names: "från 2021 till 2023", "2021–2023", "mellan 2021 och 2023", "from 2021 to 2023".
_SPAN_OF_YEARS = re.compile(r"\b(?:från|mellan|from|between)?\s*(?:19|20)\d\d\s*(?:[-–]|till|och|to|and|until)\s*(?:19|20)\d\d\b", re.I)
_MAX_STEPS = 6
# A written question whose reply bears a signature: an interpellation, a motion, a letter.
_SIGNED_PAPER = re.compile(r"\b(?:interpellation\w*|motion\w*|skrivelse\w*|letter|reply)\b", re.I)
# A share said to be a group, at the claim's end: "Hälften av de inskrivna var kvinnor", "… were women".
_SAID_TO_BE = re.compile(r"\b(?:var|är|were|are)\s+([^\W\d_]{3,})\s*[.!]?\s*$", re.I)
# Words that name a measure, not what it measures: "antalet", "andelen", "the number of".
_MEASURE = re.compile(r"(?:antal|andel|number|share|proportion)\w*$", re.I)
_QUALIFIER_EN = re.compile(r"\b(" + "|".join(re.escape(q) for q in sorted(_APPROX + _MORE + _LESS, key=len, reverse=True)) + r")\s+(?:a\s+|an\s+)?$", re.I)
_ENGLISH_STOPWORDS = frozenset(STOPWORDS_EN)
_PHRASE_SPLIT = re.compile(r"[–—-]")
# Two groups compared by a comparative alone: "fler till studier än till jobb", "more ... than ...".
_COMPARED = re.compile(r"\b(fler|färre|more|fewer)\b(?=[^.]*\b(?:än|than)\b)", re.I)
# The size of a change a claim states: "med drygt nio miljoner kronor", "med 4,5 procent", "by about 12 %".
_CHANGED_BY = re.compile(r"\b(?:med|by)\s+(?:(?:drygt|knappt|nästan|cirka|ca|ungefär|runt|omkring|närmare|about|around|almost|nearly|"
                         r"roughly|over|under|mer än|more than|less than)\s+)?(?:\d[\d\s]*(?:[,.]\d+)?|[a-zåäö]+)"
                         r"(?:\s*(?:%|procent(?:enheter)?|percent(?:age points)?|miljoner|miljarder|million|tusen|kronor|kr|mnkr|mkr|tkr))*",
                         re.I)
CONTEXT_OVERLAP = 0.4  # measured on evals/dev/claims.jsonl: supports need the claim's words, not just its number
MONTHS = frozenset(MONTHS_SV)
_UNIT_WORDS = frozenset("procent procentenheter kronor miljoner miljarder tusen dagar veckor månader år platser vecka".split())
CHANGE_OVERLAP = 0.3
# A sentence that says what a claim says a party did: most of its other words, stems all found.
_NAMES_LISTED = re.compile(r"[A-ZÅÄÖ][\w+-]*(?:\s+[\w+-]+)?\s*(?:,|\boch\b|\band\b|\bsamt\b)\s*[A-ZÅÄÖ]")
ACTOR_OVERLAP = 0.75
ALIGNED_OVERLAP = 0.6  # a sentence saying the rest of a claim: most of its words beside the either-or one
_TOTAL_LABEL = re.compile(r"\s*(?:summa|totalt?|total|sammanlagt)\b", re.I)


@dataclass(frozen=True)
class Verdict:
    claim: str
    verdict: str  # supported | contradicted | not_found
    explanation: str
    evidence: tuple[Evidence, ...]
    computation: dict | None = None
    elements: tuple[Element, ...] = ()  # a row per checked element: claimed, found, status, quote

    def to_json(self, id=None) -> dict:  # noqa: A002 - the contract's field name
        return {"id": id, "claim": self.claim, "verdict": self.verdict, "explanation": self.explanation,
                "evidence": [e.to_json() for e in self.evidence], "computation": self.computation,
                "elements": [e.to_json() for e in self.elements]}


_PERIOD_WORD = re.compile(r"^(?:första|andra|sista|halvår\w*|helår\w*|kvartal\w*|tertial\w*|period\w*)$", re.I)


# "Under helåret 2024", "hela året": the whole year, which a part of it does not bear out.
_WHOLE_YEAR = re.compile(r"\bhelår\w*|\bhela\s+(?:året|(?:19|20)\d\d)\b|\b(?:whole|full|entire)\s+year\b", re.I)


# How far below the best sentence a claim's passages are read as its top ones.
CLOSE_TO_BEST = 0.05


# "X var i (klar) majoritet bland Y", "De flesta av Y var X", "Most Y were X": more (or less) than half of Y were X.
_MAJORITY = re.compile(r"^(?P<who>[^.,]+?)\s+(?:var|är|utgjorde|utgör)\s+(?:i\s+)?(?:en\s+)?(?:klar\s+|stor\s+|tydlig\s+)?"
                       r"(?P<kind>majoritet|minoritet)(?:en)?\s+(?:bland|av)\s+(?P<among>[^.]+?)\.?$", re.I)
_MOST = re.compile(r"^(?:de\s+flesta|flertalet|merparten)\s+(?:av\s+)?(?P<among>[^.]+?)\s+(?P<verb>var|är|fick|gick)\s+(?P<who>[^.]+?)\.?$",
                   re.I)


def as_share_of_half(claim: str) -> str:
    """A majority or a minority said in words, as the share of a half it is.

    >>> as_share_of_half("Kvinnor var i klar majoritet bland de inskrivna i Skogsspåret.")
    'Mer än hälften av de inskrivna i Skogsspåret var kvinnor.'
    >>> as_share_of_half("De flesta inskrivna var kvinnor."), as_share_of_half("Kvinnor var 39.")
    ('Mer än hälften av inskrivna var kvinnor.', 'Kvinnor var 39.')
    """
    if said := _MAJORITY.match(claim):
        more = "Mer" if said.group("kind").lower() == "majoritet" else "Mindre"
        return f"{more} än hälften av {said.group('among')} var {said.group('who')[0].lower()}{said.group('who')[1:]}."
    if said := _MOST.match(claim):
        return f"Mer än hälften av {said.group('among')} {said.group('verb').lower()} {said.group('who')}."
    return claim


_SINCE_YEAR = re.compile(r"\b(?:sedan|since|från och med)\s+((?:19|20)\d\d)\b", re.I)


# Once, not per comparison: the stems of the plain heads are the stemmer's, whatever the corpus.
_HEAD_STEMS = frozenset(lemmas(tokenize(" ".join(PLAIN_HEADS))))


def _one_head(stems: set[str]) -> set[str]:
    """Stems with every plain head ("personer", "deltagare", "individer") read as one."""
    return {"<head>" if t in _HEAD_STEMS else t for t in stems}


def _setting(claim: str, figure: Figure) -> bool:
    """Whether a claimed figure sets the scene: a span of the period ("första sex månader") or an age span."""
    if figure.kind != "duration":
        return False
    if figure.value_high is not None:
        return True  # "mellan 18 och 24 år"
    return bool(re.search(r"\b(?:första|sista|senaste|kommande|under|first|last|past)\s+(?:\w+\s+)?$",
                          claim[: figure.start], re.I))


def _as_percent(figure: Figure) -> float | None:
    if figure.kind == "percent":
        return figure.value
    if figure.kind == "proportion":
        return figure.value * 100
    return None


def _stated_value(claimed: Figure, stated: Figure, percent: bool) -> float:
    """A stated figure as the claim's comparable value: a share said of those who did
    not ("tre av fyra hade inte gått vidare") is the rest of one said of those who did.

    >>> from assistant.figures import figures_in_sentence
    >>> c = figures_in_sentence("c", "Tre av fyra hade inte gått vidare till arbete.", 0)[0]
    >>> s = figures_in_sentence("d", "Var fjärde har gått vidare till arbete.", 0)[0]
    >>> _stated_value(c, s, True)
    75.0
    """
    if not percent:
        return stated.value
    value = _as_percent(stated)
    return 100 - value if _negated(claimed) != _negated(stated) else value


def _quoted_value(claim: str, figure: Figure) -> str:
    """The claimed value as the verdict repeats it mid-sentence, its qualifier first and a capital
    that only opened the claim lowered: "... inte hälften", "... not about a third"."""
    value = figure.text[:1].lower() + figure.text[1:] if not claim[:figure.start].strip() else figure.text
    return " ".join(w for w in (_qualifier(claim, figure), value) if w)


def _negated(figure: Figure) -> bool:
    """Whether the clause a figure stands in is negated ("... av de 480 hade inte fått ...")."""
    at = figure.start - figure.sentence_start
    clause = re.split(r"[,;:.?!]\s", figure.sentence[at:] + " ")[0]
    return bool(NEGATION.search(re.split(r"[,;:]\s", figure.sentence[:at])[-1] + " " + clause))


def _qualifier(claim: str, figure: Figure) -> str | None:
    if figure.qualifier:
        return figure.qualifier
    match = _QUALIFIER_EN.search(claim[: figure.start])
    if match:
        return match.group(1).lower()
    # "var fjärde", "hälften": a fraction in words is a rounded figure, said of 26 % as of 25 %.
    return "ungefär" if figure.kind == "proportion" else None


def _chronological_direction(inputs: list[dict], index=None) -> int:
    """+1 when the later of two figures is the larger, -1 when the smaller, 0 when their
    periods (two years, or two months) cannot be ordered. With the index, a table cell is
    of its column's year and a figure whose sentence names no period of the year its report is on."""
    if len(inputs) != 2:
        return 0

    def found(item: dict) -> Figure | None:
        figures = figures_in_sentence(item["source"], item["quote"], item["start"])
        if index is not None:
            figures = with_columns(index.record(item["source"]).text, figures)
        return next((f for f in figures if f.value == item["value"] or f.text == item.get("text")), None)

    def key(figure: Figure) -> tuple[int, int]:
        order = period_order(figure)
        compared = COMPARED_WITH.search(figure.sentence)
        # "… 64,3 miljoner kronor, jämfört med 70,2 miljoner kronor 2024": a year only in what the figure is
        # compared with is not its own, so it too is of the year its report is on.
        own = figure.sentence[: compared.start()] if compared and compared.start() > figure.end - figure.sentence_start else figure.sentence
        if order == (0, 0) and index is not None and not years_named(own):
            return index.reported_years.get(figure.source) or 0, 0
        return order

    stated = [found(item) for item in inputs]
    if None in stated:
        return 0
    keys = [key(f) for f in stated]
    # A year against a month alone ("2008" and "juni") orders nothing.
    if (0, 0) in keys or keys[0] == keys[1] or (keys[0][0] == 0) != (keys[1][0] == 0):
        return 0
    earlier, later = sorted(zip(keys, (f.value for f in stated)))
    return (later[1] > earlier[1]) - (later[1] < earlier[1])


# Who answered (signed) a document: "svarade", its passive, "answered by", "signed".
_ANSWERED = re.compile(r"\b(?:be)?svara(?:de|des|t|ts)\b|\bundertecknad\w*|\banswer(?:ed|s)\b|\brepl(?:ied|ies)\b|\bsigned\b(?!\s+up\b)", re.I)


# Who asked: "ställdes av", handed in by, "asked by", "submitted by", "tabled by".
_ASKED = re.compile(r"\b(?:ställ(?:des|d|t|de)|lämna(?:des|d|t)(?:\s+in)?|väck(?:tes|t)|inlämna\w*)\s+av\b|"
                    r"\b(?:asked|submitted|tabled|filed|raised|put)\s+by\b", re.I)


def _cited(answer) -> tuple[Evidence, ...]:
    """An answer's citations as a verdict's evidence."""
    return tuple(Evidence(c.source, c.title, c.quote, c.start, c.end) for c in answer.citations)


def _party_label(marker: str) -> str:
    """The label of a party marker: "Vänsterpartiet (V)" for "v"."""
    return f"{PARTIES.get(marker, marker.upper())} ({marker.upper()})"


def _which_way(claim: str, sv: bool, answer, way: str, said: str, agrees: bool) -> Verdict:
    """The verdict on a claim that says only which way the documents' computed figure goes (a rise
    or a fall, over or under budget): the computation, the way it goes, and its cited sentences."""
    figure = answer.figures[0]
    status = "supported" if agrees else "contradicted"
    text = f"Dokumentens siffror ger {figure['formula']}: {way}." if sv else f"The documents' figures give {figure['formula']}: {way}."
    evidence = _cited(answer)
    return Verdict(claim, status, text, evidence, {**figure, "text": figure["formula"]},
                   (Element("computed", said, figure["formula"], status),))


def _direction(text: str) -> int:
    up, down = bool(_UP.search(text)), bool(_DOWN.search(text))
    return 1 if up and not down else -1 if down and not up else 0


def _beyond_parties(claim: str, frame, lexical) -> set[str]:
    """The claim's content stems apart from the people it names and the parties it gives them."""
    named = " ".join([*frame.names, *PARTY_NAMES, *PARTY_NAMES.values(), *BELONGING])
    return set(lexical.tokens(claim)) - set(lexical.tokens(named)) - _ENGLISH_STOPWORDS


def _stated_relations(claim: str, counts: list[Figure]) -> list[tuple[str, Figure, list[Figure]]]:
    """The ways a claim may derive one of three counts from the other two: whichever
    is exactly their sum or difference, else a sum after "sammanlagt/totalt/in total"
    or the rest after "varav ... alltså". Which holds is for the documents to say.

    >>> from assistant.figures import figures_in_sentence
    >>> c = list(figures_in_sentence("x", "Sammanlagt finns sju enheter: fem jobbtorg och två filialer.", 0))
    >>> [(label, result.value, [o.value for o in operands]) for label, result, operands in _stated_relations("Sammanlagt", c)][0]
    ('total', 7.0, [5.0, 2.0])
    """
    found = []
    for i, result in enumerate(counts):
        others = [c for j, c in enumerate(counts) if j != i]
        if result.value == others[0].value + others[1].value:
            found.append(("total", result, others))
        elif result.value == others[0].value - others[1].value:
            found.append(("difference", result, others))
    if found:
        return found
    summed = _SUM_CUE.search(claim)
    result = next((c for c in counts if summed and c.start >= summed.end()), None)
    if result is not None:
        return [("total", result, [c for c in counts if c is not result])]
    if _OF_WHICH.search(claim):
        whole, part, result = counts
        return [("difference", result, [whole, part])]
    return []


# "knappt två veckors mellanrum", "three weeks after", "less than 14 days apart".
_SPAN = re.compile(r"(?:\b(?P<q>knappt|drygt|nästan|cirka|ungefär|mindre än|mer än|över|under|less than|more than|about|"
                   r"almost|nearly|over|around|roughly)\s+)?\b(?P<n>\d+|[a-zåäö]+)\s+(?P<unit>dagars?|veckors?|days?|weeks?)\b", re.I)
_SUM_CUE = re.compile(r"\b(?:sammanlagt|totalt|i allt|in total|altogether|in all|combined)\b", re.I)
_OF_WHICH = re.compile(r"\b(?:varav|of whom|of which)\b.*\b(?:alltså|dvs|det vill säga|så att|i\.e\.|that is|so|which means)\b", re.I)


def _claim_figures(claim: str) -> list[Figure]:
    # "one in four ... was under 25": an age, as "under 25 år" is, never a count of anyone.
    return [replace(f, kind="duration", unit="år") if f.kind == "count" and f.unit is None and _AGE_BOUND.search(claim[: f.start])
            else f for f in figures_in_sentence("claim", claim, 0)]


_AGE_BOUND = re.compile(r"\b(?:was|were|is|are|aged|var|är|vara)\s+(?:under|över|over|below|above)\s+$", re.I)


def _restated_counts(figure: Figure) -> str:
    """The sentence of a count a bracketed percentage restates, a table row whose label names the
    group: "Utrikes födda med kort utbildning: 520 deltagare, varav 135 till arbete (26,0 procent)."
    A percentage after "eller", "vilket motsvarar" is left to its own words: the row's predicate
    may follow it ("598 deltagare, eller 48,2 procent, vidare till arbete eller studier")."""
    return figure.sentence if figure.sentence[: figure.start - figure.sentence_start].rstrip().endswith("(") else ""


def _element_verdict(claim: str, element: Element, sv: bool, rows) -> Verdict:
    """The verdict one element decides, quoting where the documents state it: "Dokumenten anger
    Vänsterpartiet, inte Moderaterna." or "Dokumenten anger Vänsterpartiet."."""
    if element.status == "contradicted":
        text = (f"Dokumenten anger {element.found}, inte {element.claimed}." if sv
                else f"The documents give {element.found}, not {element.claimed}.")
    else:
        text = f"Dokumenten anger {element.found}." if sv else f"The documents give {element.found}."
    return Verdict(claim, element.status, text, (Evidence(element.source, None, element.quote, element.start, element.end),),
                   None, tuple(rows))


def _balanced(text: str) -> str:
    """A result against budget said by the value it names: "lägre än budget", "under budget": överskott.

    >>> _balanced("1,8 miljoner kronor lägre än budget")
    '1,8 miljoner kronor  överskott '
    """
    for value, pattern in ALTERNATIVES["balance"]:
        text = pattern.sub(f" {value} ", text)
    return text


def _without_parties(claim: str) -> str:
    """A claim without its party words ("Moderaterna", "vänsterpartisten", "(M)")."""
    names = sorted(PARTY_NAMES, key=len, reverse=True)
    text = re.sub(r"(?<![\wåäö])(?:" + "|".join(re.escape(n) for n in names) + r")[a-zåäö]*(?![\wåäö])", " ", claim, flags=re.I)
    return " ".join(PARTY_MARKER.sub(" ", text).split())


def _at_precision(claimed: float, formula: str) -> float:
    """A claimed value rounded half up to the decimals the computation's result is written with: "1,25
    gånger" is 1,3 beside "140 / 112 = 1,3 gånger"; never more coarsely than that ("19,4" stays 19,4
    beside "= 19,0 %").

    >>> _at_precision(1.25, "140 / 112 = 1,3 gånger"), _at_precision(19.4, "95 / 500 = 19,0 %"), _at_precision(2.0, "a = 1,3")
    (1.3, 19.4, 2.0)
    """
    result = re.search(r"=\s*-?[\d ]+(?:,(\d+))?[^=]*$", formula)
    places = len(result.group(1) or "") if result else None
    given = -Decimal(repr(float(claimed))).normalize().as_tuple().exponent
    if places is None or given <= places:
        return claimed
    return float(Decimal(repr(float(claimed))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


_WORD_FACTORS = {"dubbelt": "2", "twice": "2", "tredubbelt": "3", "fyrdubbelt": "4", "double": "2", "triple": "3"}
_WORD_FACTOR = re.compile(r"\b(" + "|".join(_WORD_FACTORS) + r")\s+(så|as|the)\b", re.I)


def _compatible(claimed: Figure, stated: Figure) -> bool:
    if is_change(stated) and not is_change(claimed):
        return False  # "minskat med drygt 90 personer" is no level: "90 var inskrivna" is not measured by it
    if _as_percent(claimed) is not None:
        return _as_percent(stated) is not None
    if claimed.kind in ("money", "rate", "duration"):
        return stated.kind == claimed.kind and (claimed.kind != "duration" or claimed.unit[:3] == (stated.unit or "")[:3])
    return stated.kind == "count"


class ClaimChecker:
    def __init__(self, index, embeddings, retriever_factory, threshold: dict[str, float] | None = None):
        self.index = index
        self.composer = ExtractiveComposer(index, embeddings)
        self.retriever_factory = retriever_factory
        self.threshold = threshold or ABSTAIN_THRESHOLD

    def _context_overlap(self, claim: str, sentence: str) -> float:
        """Share of the claim's words, numbers and months aside, that the sentence has."""
        lexical = self.composer.index.lexical()
        # The span of months a figure is counted over ("under årets första sex månader") is no word of what it
        # counts; a plain head is any other ("personer" where the passage says "deltagare").
        words = [w for w in words_of(without_span(_YEAR.sub(" ", claim))) if not re.match(r"^\d", w) and w not in MONTHS
                 and parse_number_word(w) is None and w not in _ENGLISH_STOPWORDS and w not in _UNIT_WORDS]
        tokens = _one_head(lemmas(lexical.tokens(" ".join(words))))
        return len(tokens & _one_head(lemmas(lexical.tokens(sentence)))) / max(1, len(tokens))

    def _word_overlap(self, claim: str, sentence: str) -> float:
        """Share of the claim's words (numbers, years and direction words aside) found in a sentence."""
        lexical = self.composer.index.lexical()
        words = [w for w in words_of(_YEAR.sub(" ", claim))
                 if not w.isdigit() and not _UP.match(w) and not _DOWN.match(w) and w not in _ENGLISH_STOPWORDS]
        tokens = set(lexical.tokens(" ".join(words)))
        return len(tokens & set(lexical.tokens(sentence))) / max(1, len(tokens))

    def _best_fit(self, number: Figure, candidates, named: set[str] = frozenset()) -> tuple[ScoredSentence, Figure] | None:
        """The candidate figure whose own words ("21 % gått till arbete") share most with the
        words the claim puts around its number; None unless one shares strictly more than every other.
        Names set the scene ("Jobbcenter Tierp hade drygt 1 300 deltagare"): they tell no figure apart."""
        lexical = self.composer.index.lexical()

        def content(text: str) -> set[str]:
            # An English claim's words by their Swedish counts ("went into work": arbete), so two
            # figures it swaps are told apart as a Swedish claim's are.
            # A plain head ("personer") tells no two figures apart.
            return lemmas(lexical.tokens(" ".join(COUNTED_IN_SWEDISH.get(w, w) for w in words_of(text) if not re.match(r"^\d", w)
                                                  and w not in _UNIT_WORDS and w not in _ENGLISH_STOPWORDS
                                                  and w.lower() not in PLAIN_HEADS))) - named

        def said(f: Figure) -> set[str]:
            # A sum is named before it ("budgeten för 2024 var 52,4 mnkr och utfallet blev 49,7 mnkr"): the
            # kind of sum its own clause gives, not the words up to the next one.
            if f.kind != "money":
                return content(f.counts)
            before = re.split(r"\d[\d\s,.]*", _YEAR.sub(" ", f.sentence[: f.start - f.sentence_start]))[-1]
            return money_nouns(before) or content(f.counts)

        claimed = said(number)
        # "31 personer fick en sådan anställning" counts a kind the sentence before names: it shares no words
        # with a claim about jobs in general.
        such = bool(KIND_NAMED_BEFORE.search(number.counts))
        scored = sorted(((len(claimed & said(f)) if such or not KIND_NAMED_BEFORE.search(f.counts) else 0, s, f)
                         for _, s, f in candidates), key=lambda t: -t[0])
        # Two sentences stating one value alike ("fick 412 personer arbete" in the report and the reply) are no tie.
        if not scored or scored[0][0] == 0 or any(t[0] == scored[0][0] and t[2].value != scored[0][2].value for t in scored[1:]):
            return None
        return scored[0][1], scored[0][2]

    def _rival(self, claim: str, match: tuple[ScoredSentence, Figure], wider: list[ScoredSentence], named: set[str]) -> tuple[ScoredSentence, Figure] | None:
        """The figure of the same kind stated about a word of the claim that the matching figure's sentence
        lacks: "Nyanlända ... hela 40,6 procent" beside "Andelen unga ... var 40,6 procent" and "204 deltagare
        var nyanlända. Av dem gick 49 till arbete, vilket motsvarar 24,0 procent": the claim's 40,6 is the young's."""
        lexical = self.composer.index.lexical()

        def said(sentence: ScoredSentence) -> set[str]:
            return lemmas(lexical.tokens(f"{self._continued(sentence)} {sentence.text}"))

        held = said(match[0])
        words = [w for w in words_of(_YEAR.sub(" ", claim)) if len(w) >= 4 and not re.match(r"^\d", w) and w not in FINITE_VERBS
                 and w not in LIGHT_WORDS and w not in _UNIT_WORDS and parse_number_word(w) is None]
        missing = {t for w in words for t in lemmas(lexical.tokens(w))} - named
        missing = {t for t in missing if not inflected_overlap({t}, held)}
        if not missing:
            return None
        # Among the sentences near the claim that speak of what it counts, as the matching one does.
        balanced = _balanced(claim)
        rivals = [(s, f) for s in wider if (s.source, s.start) != (match[0].source, match[0].start)
                  and inflected_overlap(missing, said(s))
                  and self._context_overlap(balanced, _balanced(f"{self._continued(s)} {s.text}")) >= CONTEXT_OVERLAP
                  # A sentence that states the claimed value too bears it out ("fem lokala Jobbtorg och två filialer").
                  and match[1].value not in {g.value for g in figures_in_sentence(s.source, s.text, s.start)}
                  for f in figures_in_sentence(s.source, s.text, s.start) if f.kind == match[1].kind and f.value != match[1].value]
        return rivals[0] if len({(s.start, f.start) for s, f in rivals}) == 1 else None

    def _shares_counted(self, claim: str, stated: Figure, named: set[str]) -> bool:
        """Whether a stated figure's sentence shares a word of what the claim says, names, places and
        numbers aside ("personer inskrivna" and "anställda handläggare" share none)."""
        lexical = self.composer.index.lexical()

        def content(words: str) -> set[str]:
            kept = [w for w in words_of(_YEAR.sub(" ", words)) if not re.match(r"^\d", w)
                    and w not in _UNIT_WORDS and w not in _ENGLISH_STOPWORDS and w not in MONTHS]
            return lemmas(lexical.tokens(" ".join(kept))) - named
        if language_of(claim) == "en":
            # English words are never the documents': the ones with a Swedish count ("got a job": arbete)
            # are held to the sentence, each word whole ("arbetslöshet" is no job); "got" alone tells nothing.
            # A word before another is a modifier ("job centres" counts centres, not jobs).
            words = words_of(claim)
            glossed = [COUNTED_IN_SWEDISH[w] for w, after in zip(words, [*words[1:], ""]) if COUNTED_IN_SWEDISH.get(w, "fick") != "fick"
                       and (not after or after in _ENGLISH_STOPWORDS or after[:1].isdigit())]
            asked = lemmas(tokenize(" ".join(glossed)))
            stems = lemmas(tokenize(stated.sentence))
            # A Swedish compound ends in what it is: "vuxenutbildningen" is education, "arbetslöshet" no work.
            return not asked or bool(inflected_overlap(asked, stems)) or any(s.endswith(a) for a in asked if len(a) >= 4 for s in stems)
        # The stated figure's whole sentence: "... får en jobbplan ... inom fem dagar" is about a jobbplan.
        asked = content(claim)
        return not asked or bool(asked & content(stated.sentence))

    def _continued(self, sentence: ScoredSentence) -> str:
        """`answering.continued_from` of a scored sentence: "Motsvarande antal ..." counts what the one before names,
        and "Av dem gick 49 till arbete" counts among whom it names ("204 deltagare var nyanlända")."""
        record = self.composer.index.record(sentence.source)
        continued = continued_at(record, sentence.start, sentence.text)
        if not continued and POINTS_BACK.match(sentence.text):
            before = [s for s in record.sentences if s.end <= sentence.start]
            continued = record.text[before[-1].start:before[-1].end] if before else ""
        return continued

    def _years_pointed_to(self, sentence: ScoredSentence) -> set[str]:
        """`answering.years_pointed_to` of a scored sentence."""
        if not POINTS_BACK.search(sentence.text):
            return set()  # no record is read for a sentence that does not point back
        record = self.composer.index.record(sentence.source)
        return set(years_pointed_to(record, _row_of(record, sentence.start), sentence.text))

    def _subject_held(self, claim: str, sentence: str) -> bool:
        """Whether the sentence speaks of what the claim says rose or fell: the words before its
        direction word ("Antalet inskrivna … minskade"), names and measure words ("antalet") aside.
        "Antalet personer i Ljusnejobb minskade" says nothing of how many were enrolled."""
        moved = _UP.search(claim) or _DOWN.search(claim)
        if moved is None:
            return True
        lexical = self.composer.index.lexical()
        words = [w for w in re.findall(r"[^\W\d_]+", claim[: moved.start()]) if not w[0].isupper()
                 and w.lower() not in _ENGLISH_STOPWORDS and w.lower() not in LIGHT_WORDS and not _MEASURE.match(w)]
        wanted = lemmas(lexical.tokens(" ".join(words)))
        return not wanted or wanted <= inflected_overlap(wanted, lemmas(lexical.tokens(sentence)))

    def _missing_words(self, claim: str, best: ScoredSentence) -> list[str]:
        """The claim's content words (stopwords, numbers, direction words aside) that
        neither the sentence nor its neighbours hold, in any inflection."""
        lexical = self.composer.index.lexical()
        record = self.composer.index.record(best.source)
        around = record.text[max(0, best.start - 300): best.end + 300]
        present = lemmas(lexical.tokens(around))
        missing = []
        for word in words_of(_YEAR.sub(" ", claim)):
            if word.isdigit() or word in _ENGLISH_STOPWORDS or word in LIGHT_WORDS or parse_number_word(word) is not None:
                continue
            tokens = lemmas(lexical.tokens(word))
            if tokens and not tokens & present:
                missing.append(word)
        return missing

    def _stated_share(self, question: str, docs) -> tuple[ScoredSentence, Figure] | None:
        """The sentence and percentage that state the share a question asks, read as `ask` reads it."""
        lexical = self.composer.index.lexical()
        scored = self.composer.score(question, docs)
        if not scored:
            return None
        said = _states_answer(question, scored[0], lexical, scored[1:MAX_SENTENCES],
                              [s for s in scored[MAX_SENTENCES:] if s.score >= scored[0].score - WIDE_MARGIN])
        shares = _shares_of_year_asked(understand(question), said, _stated_shares(question, said, lexical)) if said is not None else []
        if len(shares) != 1:
            return None
        years = {p for p in asked_periods(question) if p.isdigit()}
        year = figure_year(shares[0], in_hand=str(self.index.reported_years.get(said.source)))
        if years and year is not None and year not in years:
            return None  # "År 2023 gick 250 (27,6 procent) till arbete" is no share of 2024's
        # A claim's whole must be the sentence's too: "var fjärde av dem med okänd avslutsorsak" is
        # no share of those gone on to egen försörjning.
        if not whole_held(question, said.text, lexical):
            return None
        return said, shares[0]

    def _list_claim(self, claim: str, sv: bool, docs) -> Verdict | None:
        """A claim listing names ("tre program är A, B och C") against the list a retrieved document gives."""
        claimed = listed_names(claim)
        if not claimed:
            return None
        index = self.composer.index
        lists = []
        for source in dict.fromkeys(d.metadata["source"] for d in docs):
            record = index.record(source)
            lists += document_lists(source, record.text, [(s.start, s.end) for s in record.sentences])
        checked = check_list(claimed, lists)
        if checked is None:
            return None
        where = checked.where
        quote = index.record(where.source).text[where.start:where.end]
        evidence = (Evidence(where.source, index.document(where.source).get("title"), quote, where.start, where.end),)
        if checked.verdict == "supported":
            # Listed is not all the claim says: "A och B lades ned" needs its other words there too.
            rest = claim
            for name in claimed:
                rest = rest.replace(name, " ")
            lexical = index.lexical()
            around = lemmas(lexical.tokens(index.record(where.source).text[max(0, where.start - 300): where.end]))
            said = {w: lemmas(lexical.tokens(w)) for w in self._missing_words(rest, ScoredSentence(
                where.source, None, where.start, where.end, quote, 0.0, 0.0, 0.0, 0))}
            # "Jobbtorgets" is "Jobbtorg" in the genitive: an ending the stemmer leaves.
            if any(not inflected_overlap(stems, around) for stems in said.values()):
                return None
            said = ", ".join(checked.found)
            return Verdict(claim, "supported", f"Dokumenten räknar upp {said}." if sv else f"The documents list {said}.", evidence,
                           None, tuple(Element("name", n, n, "supported", where.source, quote, where.start, where.end) for n in claimed))
        found, wrong = ", ".join(checked.found), ", ".join(checked.claimed)
        return Verdict(claim, "contradicted", f"Dokumenten nämner {found}, inte {wrong}." if sv else f"The documents name {found}, not {wrong}.",
                       evidence, None, (Element("name", wrong, found, "contradicted", where.source, quote, where.start, where.end),))

    def _evidence(self, sentences: list[ScoredSentence]) -> tuple[Evidence, ...]:
        return tuple(Evidence(s.source, s.title, s.text, s.start, s.end) for s in sentences)

    def check(self, claim: str) -> Verdict:
        """The verdict of the figure, year and direction checks, held to the
        claim's elements: the names it gives and the party it gives a person."""
        claim = " ".join(claim.split())
        if (plain := plain_words(claim)) != claim:
            # "Budgeten krympte med 4,5 miljoner" is checked as "minskade".
            return replace(self.check(plain), claim=claim)
        share = as_share_of_half(claim)
        if share != claim:
            # "Kvinnor var i klar majoritet bland de inskrivna" is "Mer än hälften av de inskrivna var kvinnor".
            return replace(self.check(share), claim=claim)
        if not words_of(claim):
            return self._verdict(claim)
        sv = language_of(claim) == "sv"
        frame = understand(claim)
        lexical = self.composer.index.lexical()
        years = uncovered_years(_YEAR.findall(claim), lexical)
        if years:
            # A year no chunk writes out may still be named as "året innan" of one they do.
            named = set().union(*(years_named(d.page_content) for d in self.retriever_factory(8).invoke(claim)))
            years = tuple(y for y in years if y not in named)
        if years:
            # "X öppnar den 7 april 2026" where the documents say 2025: the day they give contradicts it.
            docs = self.retriever_factory(8).invoke(claim)
            dated = self._event_date_claim(claim, sv, self.composer.score(claim, docs, typed=False))
            if dated is not None:
                return dated
            # No document speaks of that year: nothing there can bear the claim out or contradict it.
            text = f"Inget dokument talar om {', '.join(years)}." if sv else f"No document speaks of {', '.join(years)}."
            return Verdict(claim, "not_found", text, (), None, tuple(Element("year", y, None, "not_found") for y in years))
        docs = self.retriever_factory(8).invoke(claim)
        scored = self.composer.score(claim, docs, typed=False)
        parties = party_elements(frame, claim, scored)
        wrong_party = [e for e in parties if e.status == "contradicted"]
        if wrong_party:
            return _element_verdict(claim, wrong_party[0], sv, parties)
        listed = self._list_claim(claim, sv, docs)
        if listed is not None:
            return listed
        recorded = self._minutes_claim(claim, sv, docs)
        if recorded is not None:
            return recorded
        if not parties:
            # "Moderaterna lämnade ett särskilt yttrande": the party of whoever the documents say did it.
            beside_party = _without_parties(claim)
            # The matter may be named only by the item's heading ("Uppdrag att starta Bergsjöspåret" over
            # "Erik Holm (sd) reserverar sig mot beslutet"), which is the document's title.
            # In minutes, by the heading of the item the sentence stands under ("§ 112 Utökning av Steget Vidare ...").
            # A list of parties ("Moderaterna och Vänsterpartiet reserverade sig mot beslutet att söka medel") is held to
            # the item's whole text, where what was decided is said; one party, to its heading only.
            item = item_text if len(frame.parties) > 1 else item_heading
            acted = actor_party_elements(frame, claim, scored[:8], lambda s: self._context_overlap(
                beside_party, f"{s.title or ''} {item(self.index.record(s.source).text, s.start)} {s.text}") >= ACTOR_OVERLAP)
            # Supported only when every other word of the claim stands there too: "... om kostnaderna"
            # is not borne out by a statement about something else.
            if acted and (acted[0].status == "contradicted" or not self._missing_words(beside_party, self._quoted(scored, acted[0]))):
                return _element_verdict(claim, acted[0], sv, acted)
        if parties and all(e.status == "supported" for e in parties) and not _beyond_parties(claim, frame, lexical):
            # "Karin Rågsjö är vänsterpartist": the marker after the name is the whole claim, unless
            # it gives a role too ("Olof Brandt (C) var ordförande"), which the minutes may give another.
            role_held = self._role_claim(claim, sv, scored)
            if role_held is not None and role_held.verdict == "contradicted":
                return replace(role_held, elements=(*parties, *role_held.elements))
            return _element_verdict(claim, parties[0], sv, parties)
        aligned = self._aligned(claim, frame, scored, sv)
        alternatives = alternative_elements(frame, claim, aligned, scored[:8]) + age_elements(claim, scored[:4 if not sv else 8], not sv, frame.names)
        if BUDGET_GAP.search(claim) and not _claim_figures(claim):
            # "gick över budget 2025" with no figure: the outcome less the budget decides, with its computation shown.
            alternatives = [e for e in alternatives if e.element != "balance"]
        beside_body = BODY.sub(" ", PHASE_START.sub(" ", claim))  # the claim's words beside its body and phase
        if sv:
            alternatives += body_elements(claim, aligned, scored, lambda s, share=None: self._context_overlap(
                beside_body, s.text if share is None else self._around(s)) >= (share or ALIGNED_OVERLAP))
        other = next((e for e in alternatives if e.status == "contradicted"), None)
        if other is not None:
            return Verdict(claim, "contradicted", (f"Dokumenten anger {other.found}, inte {other.claimed}." if sv
                                                   else f"The documents give {other.found}, not {other.claimed}."),
                           self._evidence([self._quoted(scored, other)]), None, (*parties, *alternatives))
        parties = [*parties, *alternatives]
        aged = next((e for e in alternatives if e.element == "age" and e.status == "supported"), None)
        if aged is not None:
            # "Ung framtid vänder sig till 18–24-åringar": the span its sentence gives the group, and every other
            # word of the claim around that sentence ("vänder sig till", "riktar sig till" are one relation).
            beside_span = TARGET_EVIDENCE.sub(" ", AGE_RANGE.sub(" ", claim))
            quoted = self._quoted(scored, aged)
            if not self._missing_words(beside_span, quoted):
                return self._held_to_names(Verdict(claim, "supported", f"Dokumenten anger {aged.found}." if sv else
                                                   f"The documents give {aged.found}.", self._evidence([quoted])),
                                           frame, lexical, sv, tuple(parties))
        body = next((e for e in alternatives if e.element == "body" and e.status == "supported"), None)
        if (body is not None and same_phase(phase_of(claim), phase_of(body.quote))
                and not self._missing_words(beside_body, self._quoted(scored, body))):
            # The body and every other word of the claim around the sentence naming it.
            return self._held_to_names(Verdict(claim, "supported", f"Dokumenten anger {body.found}." if sv else
                                               f"The documents give {body.found}.", self._evidence([self._quoted(scored, body)])),
                                       frame, lexical, sv, tuple(parties))
        # After the person's own role (an either-or element above): who the passages say held the role.
        held = self._role_claim(claim, sv, scored)
        if held is not None:
            return self._held_to_names(held, frame, lexical, sv, tuple(parties))
        dated = self._document_date_claim(claim, sv, docs) or self._event_date_claim(claim, sv, scored)
        if dated is not None:
            return self._held_to_names(dated, frame, lexical, sv, tuple(parties))
        own = self._own_arithmetic(claim, sv, docs)
        if own is not None:
            return self._held_to_names(own, frame, lexical, sv, tuple(parties))
        if any(FACTOR.match(claim[f.end:]) for f in _claim_figures(claim)):
            # "mer än tre gånger så många": the factor is the claim, and the plain figures
            # around it ("under de första tio månaderna") are only its setting.
            computed = self._computed_claim(claim, sv, docs) or Verdict(
                claim, "not_found", ("Dokumenten ger inte de två siffror som jämförelsen bygger på." if sv
                                     else "The documents do not give the two figures the comparison rests on."), ())
            return self._held_to_names(computed, frame, lexical, sv, tuple(parties))
        signer = self._signer_party_claim(claim, sv, docs, frame) or self._signer_name_claim(claim, sv, docs, frame)
        if signer is not None:
            return signer
        moved = self._direction_claim(claim, sv, docs) or self._budget_claim(claim, sv, docs) or self._comparison_claim(claim, sv, docs)
        if moved is not None:
            return self._held_to_names(moved, frame, lexical, sv, tuple(parties))
        verdict = self._verdict(claim)
        if verdict.verdict != "supported":
            # "ökade med drygt elva procent" beside "en ökning med 11,2 procent": the stated change decides.
            # A figure the documents do not state but their figures give ("ökade med 93",
            # "tre gånger så många") is judged by the computation, never by a figure of something else.
            verdict = self._stated_change_claim(claim, sv, scored) or self._computed_claim(claim, sv, docs) or verdict
        if verdict.verdict != "supported":
            # A share said in words ("drygt en tredjedel av ...") is judged by computing it, not
            # by comparing the claim's count with another count of the same sentence.
            verdict = self._share_claim(claim, sv, docs) or verdict
        if verdict.verdict == "supported" and UNANIMOUS.search(claim) and verdict.evidence:
            # "Nämnden var enig om att …": the decision borne out, but its § records a vote or a dissent.
            split = self._vote_recorded(verdict.evidence[0])
            if split is not None:
                verdict = replace(verdict, verdict="contradicted", evidence=verdict.evidence + (split,),
                                  explanation=(f"Protokollet visar att nämnden inte var enig: ”{split.quote}”." if sv
                                               else f"The minutes record that the decision was not unanimous: “{split.quote}”."))
        return self._held_to_names(verdict, frame, lexical, sv, tuple(parties))

    def _minutes_claim(self, claim: str, sv: bool, docs) -> Verdict | None:
        """A vote's tally ("röstade 9–3") or the body that decided ("Kommunfullmäktige beslutade att ..."),
        read against the whole item (§) of the minutes the claim's other words stand in: the sentence
        saying what was decided gives neither. Contradicted by another tally or body there; supported
        when every element matches and every other word of the claim stands in the item; else None."""
        claim_read = joined_phrases(claim)
        tally = claimed_tally(claim)
        bodies = claimed_bodies(claim) if DECIDED.search(claim_read) else set()
        # "Moderaterna reserverade sig mot ...", "Sossarna röstade ja till ...": a party's side.
        stance = stance_asked(claim)
        parties = parties_in(claim) if stance else ()
        if tally is None and not bodies and not parties:
            return None
        rest = VOTE_WORD.sub(" ", DECIDED.sub(" ", STANCE_WORDS.sub(" ", without_bodies(_without_parties(claim_read)))))
        if parties:
            rest = PARTY_LETTERS.sub(" ", rest)  # "S, V och MP reserverade sig"
        if not sv:
            rest = " ".join(ENGLISH_GLOSS.get(w, w) for w in words_of(rest))
        items = [(source, start, end) for source in dict.fromkeys(d.metadata["source"] for d in docs)
                 for start, end in item_spans(self.index.record(source).text)]
        if not items:
            return None
        fits = [self._item_fit(rest, f"{record.metadata.title or ''} {record.text[start:end]}")
                for record, start, end in ((self.index.record(source), start, end) for source, start, end in items)]
        best = max(fits)
        if best < ALIGNED_OVERLAP or fits.count(best) > 1:
            return None  # no item speaks of what the claim says was decided, or two do alike
        source, start, end = items[fits.index(best)]
        record = self.index.record(source)
        item = record.text[start:end]
        rows: list[Element] = []
        if tally is not None and (stated := stated_tally(item)) is not None:
            said = self._item_sentence(record, start, end, lambda t: stated_tally(t) is not None)
            status = "supported" if stated == tally else "contradicted"
            rows.append(Element("vote", f"{tally[0]}–{tally[1]}", f"{stated[0]}–{stated[1]}", status, source, *said))
        decider = deciding_body(item, record.metadata.title) if bodies else None
        if decider is not None:
            said = self._item_sentence(record, start, end, lambda t: decider in " ".join(bodies_in(t)) or
                                       re.search(r"\bbeslut(?:ar|ade)?\b", t, re.I) is not None)
            status = "supported" if any(same_body(b, decider) for b in bodies) else "contradicted"
            rows.append(Element("body", ", ".join(sorted(bodies)), decider, status, source, *said))
        if parties:
            recorded = recorded_stances(item)
            other = "for" if stance == "against" else "against"
            reservation = RESERVED.search(claim) is not None
            for party in parties:
                label = _party_label(party)
                if party in recorded[stance] and (not reservation or party in recorded["reserved"]):
                    found, status = label, "supported"
                elif party in recorded[other] or (reservation and recorded["reserved"] and party not in recorded["reserved"]):
                    sides = recorded["reserved"] if reservation and recorded["reserved"] else recorded[stance]
                    found, status = ", ".join(map(_party_label, sorted(sides))) or "–", "contradicted"
                else:
                    return None  # the item records nothing of this party's side
                said = self._item_sentence(record, start, end, lambda t, p=party: p in {m.group(1).lower() for m in PARTY_MARKER.finditer(t)}
                                           or p in parties_in(t))
                rows.append(Element("party", label, found, status, source, *said))
        if not rows:
            return None
        wrong = next((e for e in rows if e.status == "contradicted"), None)
        if wrong is not None:
            return Verdict(claim, "contradicted", (f"Protokollet anger {wrong.found}, inte {wrong.claimed}." if sv
                                                   else f"The minutes give {wrong.found}, not {wrong.claimed}."),
                           self._evidence_of(rows), None, tuple(rows))
        if self._item_fit(rest, f"{record.metadata.title or ''} {decision_text(item)}") < 1:
            return None  # the tally or body matches, but the claim says more than the item says was decided
        found = ", ".join(e.found for e in rows)
        return Verdict(claim, "supported", f"Protokollet anger {found}." if sv else f"The minutes give {found}.",
                       self._evidence_of(rows), None, tuple(rows))

    def _item_fit(self, claim: str, item: str) -> float:
        """Share of a claim's content words an item of the minutes holds in any inflection, a
        compound by its parts ("jobbtorgsfilialen" where the item says "filialen" of "Jobbtorg")."""
        lexical = self.composer.index.lexical()
        present = lemmas(lexical.tokens(item))
        wanted = [w for w in words_of(joined_phrases(_YEAR.sub(" ", _PHRASE_SPLIT.sub(" ", claim)))) if not re.match(r"^\d", w) and w not in _ENGLISH_STOPWORDS
                  and w not in LIGHT_WORDS and w not in MONTHS_SV and parse_number_word(w) is None]
        if not wanted:
            return 0.0

        def held(word: str) -> bool:
            whole = lemmas(lexical.tokens(word))
            return bool(whole) and (bool(whole & present) or bool(inflected_overlap(whole, present)))

        return sum(held(w) for w in wanted) / len(wanted)

    @staticmethod
    def _item_sentence(record, start: int, end: int, says) -> tuple[str, int, int]:
        """The quote, start and end of the item's first sentence that `says` holds of (else its first)."""
        inside = [s for s in record.sentences if start <= s.start < end]
        chosen = next((s for s in inside if says(record.text[s.start:s.end])), inside[0] if inside else None)
        if chosen is None:
            return record.text[start:end].strip()[:200], start, end
        return record.text[chosen.start:chosen.end].strip(), chosen.start, chosen.end

    def _evidence_of(self, rows: list[Element]) -> tuple[Evidence, ...]:
        seen = {(e.source, e.start): e for e in rows}
        return tuple(Evidence(e.source, self.index.document(e.source).get("title"), e.quote, e.start, e.end) for e in seen.values())

    def _vote_recorded(self, said: Evidence) -> Evidence | None:
        """The line of the minutes' item (§) holding a sentence that records a vote or a dissent
        ("Med 5 ja-röster mot 2 nej-röster …", "… reserverar sig"); None when the item records neither."""
        record = self.composer.index.record(said.source)
        text = record.text
        start = text.rfind("§", 0, said.start)
        end = text.find("§", said.end)
        if start < 0:
            return None
        section = (start, end if end >= 0 else len(text))
        for sentence in record.sentences:
            if section[0] <= sentence.start < section[1] and DIVIDED.search(text[sentence.start:sentence.end]):
                return Evidence(said.source, said.title, text[sentence.start:sentence.end].strip(), sentence.start, sentence.end)
        return None

    def _role_claim(self, claim: str, sv: bool, scored: list[ScoredSentence]) -> Verdict | None:
        """"Peter Sjöberg var ordförande": held to the name the passages give that role ("Beslutande
        Anna Lind (KD), ordförande"). Supported when one of them names the claimed person,
        contradicted when those that name a holder all name another; None when none names one."""
        role = role_asked(claim)
        # The person the claim names ("Moderaten Peter Sjöberg": a capital opening the claim is grammar).
        person = extract("person", claim) if role is not None and len(PERSON_NAME.findall(claim)) <= 2 else None
        if person is None:
            return None
        # Only a claim whose statement is the role ("Per Ek var ordförande vid ..."): in "föredrogs av vice
        # ordföranden Karin Rågsjö" the role only names the person, and the claim is about the presenting.
        said = re.search(rf"{re.escape(person)}(?:\s*\([^)]*\))?,?\s+(?:(?:var|är|blev|was|is|became|served as)\s+(?:\w+\s+){{0,3}}?)?", claim)
        # "Nämndsekreteraren Olof Brandt förde ...": a role as the person's title is theirs too, but
        # the claim is about what follows; only another holder of the role decides it.
        titled = re.search(rf"(?:{role.pattern})\s+{re.escape(person)}", claim, re.I)
        # "Ordförande i nämnden är Per Ek", "The chair of the committee is Per Ek": the role first, the person last.
        stated = bool(re.search(rf"(?:{role.pattern}).*\b(?:var|är|blev|was|is|became)\s+{re.escape(person)}\W*$", claim, re.I)) \
            or (said is not None and bool(role.match(claim, said.end())))
        if not titled and not stated:
            return None
        holders = [(s, h) for s in [*scored[:8], *self._first_page(claim, scored)]
                   if (h := role_holder(s.text, role, claim, self.composer._letterhead(s.source)))]
        if not holders:
            return None
        same = next(((s, h) for s, h in holders if h == person or h.split()[-1] == person.split()[-1]), None)
        if same is not None:
            if titled and not stated:
                return None  # the title is right; the rest of the claim is for the other checks
            # The role's own words ("förde protokollet") and the meeting the minutes record say nothing more.
            if sv and [w for w in self._missing_words(MEETING.sub(" ", role.sub(" ", claim)), same[0]) if not _PERIOD_WORD.match(w)]:
                return None  # the role is right, but the claim says more than the passage does
            return Verdict(claim, "supported", f"Dokumenten anger {same[1]}." if sv else f"The documents give {same[1]}.",
                           self._evidence([same[0]]), None, (Element.at("role", person, same[1], "supported", same[0]),))
        sentence, holder = holders[0]
        return Verdict(claim, "contradicted", (f"Dokumenten anger {holder}, inte {person}." if sv
                                               else f"The documents give {holder}, not {person}."),
                       self._evidence([sentence]), None, (Element.at("role", person, holder, "contradicted", sentence),))

    def _first_page(self, claim: str, scored: list[ScoredSentence]) -> list[ScoredSentence]:
        """The sentences of the first page of the document the claim is most about: the minutes'
        list of who was there in which role, which may share no word with the claim."""
        if not scored:
            return []
        top = scored[0]
        return self.composer.score(claim, [opening({"source": top.source, "title": top.title}, MEMBERS_CHARS)], typed=False)

    def _around(self, sentence: ScoredSentence) -> str:
        """A sentence with the text just before it: "Jobbcentrum Väst startade ... Inledningsvis var verksamheten ..."."""
        return self.composer.index.record(sentence.source).text[max(0, sentence.start - 200):sentence.end]

    @staticmethod
    def _quoted(scored: list[ScoredSentence], element: Element) -> ScoredSentence:
        # A clause's element stands in the sentence that holds it.
        return next(s for s in scored if s.source == element.source and s.start <= element.start < max(s.end, s.start + 1))

    def _aligned(self, claim: str, frame, scored: list[ScoredSentence], sv: bool) -> list[ScoredSentence]:
        """The best sentences that say the rest of what a claim says, its
        either-or words aside ("föredrog rapporten muntligt" for "... skriftligt"):
        in Swedish by the claim's words, in English (no shared words) by meaning
        and the names the claim gives."""
        rest = claim
        for values in ALTERNATIVES.values():
            for _, pattern in values:
                rest = pattern.sub(" ", rest)
        top = scored[:4]
        if sv:
            unnamed = functools.reduce(lambda text, name: re.sub(re.escape(name), " ", text, flags=re.I), frame.names, rest)
            if not self._context_overlap(unnamed, unnamed):
                # Nothing but names and a figure beside the either-or words ("Jobbcenter Alfta överskred sin
                # budget med 1,8 miljoner kronor"): the sentences stating the figure say the rest.
                values = {f.value for f in _claim_figures(claim)}
                return [s for s in top if values & {f.value for f in figures_in_sentence(s.source, s.text, s.start)}]
            return [s for s in top if self._context_overlap(rest, s.text) >= ALIGNED_OVERLAP]
        best = max((s.dense for s in top), default=0.0)
        return [s for s in top if s.dense >= best - 0.02 and all(n.lower() in s.text.lower() for n in frame.names)]

    def _own_arithmetic(self, claim: str, sv: bool, docs) -> Verdict | None:
        """A claim that does its own sum or subtraction ("sammanlagt sju: fem ... och två";
        "3 278, varav 1 812 ... alltså 1 466"): its operands must be figures the documents
        state, and its result what they give. None when it does no arithmetic of its own."""
        counts = [f for f in _claim_figures(claim) if f.kind == "count" and f.value_high is None]
        if len(counts) != 3:
            return None
        index = self.composer.index
        figures = [f for d in docs
                   for f in index.figures_between(d.metadata["source"], *passage_span(index.record(d.metadata["source"]), d.metadata["start"], d.metadata["end"]))
                   if f.kind == "count"]
        for label, result, operands in _stated_relations(claim, counts):
            stated = {o.value: next((f for f in figures if f.value == o.value), None) for o in operands}
            if all(stated.values()):
                break
        else:
            return None  # no reading whose operands the documents state: the plain checks decide
        inputs = [Operand(o.value, stated[o.value].id, stated[o.value].unit) for o in operands]
        computation = total(*inputs) if label == "total" else difference(*inputs)
        ok = within(result.value, computation.value, _qualifier(claim, result), False)
        evidence = tuple({f.sentence_start: Evidence(f.source, None, f.sentence, f.sentence_start, f.sentence_end)
                          for f in stated.values()}.values())
        comp = computation.to_json()
        comp["inputs"] = [{"value": f.value, "source": f.source, "quote": f.sentence, "start": f.sentence_start,
                           "end": f.sentence_end} for f in (stated[o.value] for o in operands)]
        comp["claimed"] = {"text": result.text, "value": result.value}
        status = "supported" if ok else "contradicted"
        if sv:
            text = f"Dokumentens siffror ger {computation.text}, {'vilket stämmer med' if ok else 'inte'} {result.text}."
        else:
            text = f"The documents' figures give {computation.text}, {'which matches' if ok else 'not'} {result.text}."
        return Verdict(claim, status, text, evidence, comp, (Element("computed", result.text, computation.text, status),))

    def _computed_claim(self, claim: str, sv: bool, docs) -> Verdict | None:
        """The claim's arithmetic redone from the documents' figures, the way the
        question it answers would be; None when there is none or the operands
        cannot be found, so the plain checks stand."""
        # "dubbelt så många", "twice as many": a factor of two, said in a word.
        claim = _WORD_FACTOR.sub(lambda m: f"{_WORD_FACTORS[m.group(1).lower()]} {'gånger' if sv else 'times'} {m.group(2)}", claim)
        op = claim_operation(claim)
        if op is None:
            return None
        factors = [f for f in _claim_figures(claim) if FACTOR.match(claim[f.end:])]
        asked = claim
        if op == "difference" and (by := _CHANGED_BY.search(claim)):
            # "ökade med drygt nio miljoner kronor från 2022 till 2023": the change claimed is the result asked
            # for, not a figure to pick operands beside (it made two readings of the two years' sums).
            asked = f"{claim[:by.start()]} {claim[by.end():]}"
        if op == "ratio" and len(factors) == 1:
            # "fem gånger fler än ...": the factor is the claimed result, asked for, never an operand.
            asked = claim[:factors[0].start] + ("hur många" if sv else "how many") + claim[factors[0].end:]
        answer = self.composer._computed(asked, asked, "sv" if sv else "en", docs, 0.0, op=op)
        if answer is None or not answer.figures:
            return None
        figure = answer.figures[0]
        if op == "days_between":
            return self._days_claim(claim, sv, answer)
        operands = {item["value"] for item in figure["inputs"]}
        percent = figure["unit"] in ("procent", "procentenheter")
        # The claimed result: the claim's figure that is not one of the operands, of the result's kind.
        results = factors if op == "ratio" and len(factors) == 1 else [
            f for f in _claim_figures(claim) if f.value not in operands and f.kind != "range" and (_as_percent(f) is not None) == percent]
        if len(results) != 1 or (results[0].kind == "duration" and op != "days_between"
                                 and not (op == "difference" and results[0].unit == figure["unit"])):
            # "i genomsnitt 34 år gamla" is an age: no share, rate or difference of counts gives it;
            # "förlängdes med åtta dagar" is a difference of two spans in days.
            return None
        claimed = results[0]
        claimed_value = _as_percent(claimed) if percent else claimed.value
        went = _chronological_direction(figure["inputs"], self.index) if op in ("difference", "percent_change") else 0
        # "minskade med knappt 60" states a size and a direction: 405 − 462 = −57 is a fall of 57. (Where the
        # operands' order in time is not known, the sign is only their order: the size is compared.)
        size = abs(figure["value"]) if _direction(claim) else figure["value"]
        ok = within(_at_precision(claimed_value, figure["formula"]), size, _qualifier(claim, claimed), percent)
        evidence = _cited(answer)
        if ok and went and _direction(claim) and went != _direction(claim):
            # "minskade med 860" where the later figure is the larger: the size is right, the way wrong.
            text = (f"Dokumentens siffror ger {figure['formula']}, men en {'ökning' if went > 0 else 'minskning'}." if sv else
                    f"The documents' figures give {figure['formula']}, but {'a rise' if went > 0 else 'a fall'}.")
            said = claimed.text
            return Verdict(claim, "contradicted", text, evidence, {**figure, "text": figure["formula"]},
                           (Element("computed", said, figure["formula"], "contradicted"),))
        said = " ".join(w for w in (_qualifier(claim, claimed), claimed.text) if w)
        computation = {**figure, "text": figure["formula"], "claimed": {"text": said, "value": claimed_value}}
        if sv:
            text = f"Dokumentens siffror ger {figure['formula']}, {'vilket stämmer med' if ok else 'inte'} {said}."
        else:
            text = f"The documents' figures give {figure['formula']}, {'which matches' if ok else 'not'} {said}."
        status = "supported" if ok else "contradicted"
        return Verdict(claim, status, text, evidence, computation,
                       (Element("computed", said, figure["formula"], status),))

    def _comparison_claim(self, claim: str, sv: bool, docs) -> Verdict | None:
        """"2021 gick fler till studier än till jobb": two counts compared with no number claimed, judged by
        the difference the question "hur många fler ..." computes (the first side less the second): more
        when it is above nought, fewer when below. None when the claim gives a number or none is computed."""
        compared = _COMPARED.search(claim)
        if compared is None or [f for f in _claim_figures(claim) if f.kind != "range" and not _YEAR.fullmatch(f.text)]:
            return None
        asked = f"{'hur många' if sv else 'how many'} {compared.group(1)} {claim[:compared.start()]} {claim[compared.end():]}"
        answer = self.composer._computed(asked, asked, "sv" if sv else "en", docs, 0.0, op="difference")
        if answer is None or not answer.figures or "two_readings" in answer.warnings:
            return None
        figure = answer.figures[0]
        more = compared.group(1).lower() in ("fler", "more")
        ok = figure["value"] > 0 if more else figure["value"] < 0
        status = "supported" if ok else "contradicted"
        text = (f"Dokumentens siffror ger {figure['formula']}, {'vilket stämmer' if ok else 'vilket inte stämmer'}." if sv
                else f"The documents' figures give {figure['formula']}, {'which bears it out' if ok else 'which does not bear it out'}.")
        evidence = _cited(answer)
        return Verdict(claim, status, text, evidence, {**figure, "text": figure["formula"]},
                       (Element("computed", compared.group(0), figure["formula"], status),))

    def _stated_change_claim(self, claim: str, sv: bool, scored: list[ScoredSentence]) -> Verdict | None:
        """A claimed change in percent held to a change the best sentences state in percent ("en
        ökning med 11,2 procent"), about what the claim speaks of. None when none states one."""
        if claim_operation(claim) != "percent_change":
            return None
        claimed = [f for f in _claim_figures(claim) if f.kind == "percent"]
        if len(claimed) != 1:
            return None
        for sentence in scored[:4]:
            # The claim's time words ("under årets första åtta månader jämfört med ...") are many: a
            # stated change needs fewer of its words than a level does.
            if self._context_overlap(claim, sentence.text) < CHANGE_OVERLAP:
                continue
            stated = [f for f in figures_in_sentence(sentence.source, sentence.text, sentence.start) if f.kind == "percent" and is_change(f)]
            if len(stated) == 1:
                ok = within(claimed[0].value, stated[0].value, _qualifier(claim, claimed[0]), True)
                said = " ".join(w for w in (_qualifier(claim, claimed[0]), claimed[0].text) if w)
                text = (f"Dokumenten anger en förändring med {stated[0].text} procent, {'vilket stämmer med' if ok else 'inte'} {said}." if sv
                        else f"The documents give a change of {stated[0].text} percent, {'which matches' if ok else 'not'} {said}.")
                return Verdict(claim, "supported" if ok else "contradicted", text, self._evidence([sentence]))
        return None

    def _signer_party_claim(self, claim: str, sv: bool, docs, frame) -> Verdict | None:
        """"Den som svarade på interpellationen är socialdemokrat": the party claimed for
        whoever answered (signed) the document the claim points at, checked with their signature
        line's marker. None when the claim marks a name with its party ("Eva Lund (C)"), names no one party, or
        the document no marked signatory."""
        if len(frame.parties) != 1 or PARTY_MARKER.search(claim) or not (_ANSWERED.search(claim) or _ASKED.search(claim)):
            return None
        # "ställdes av en centerpartist" is of who asked; an answer's party is of who signed it, unless the
        # party owns the question ("besvarade Vänsterpartiets interpellation"): that is the asker's.
        owned = re.search(r"([^\W\d_]+)s\s+(?:interpellation|motion|fråga|skrivelse)\w*", claim, re.I)
        of_asker = bool(owned) and any(owned.group(1).lower().startswith(name) for name in PARTY_NAMES)
        who = asker_party if _ASKED.search(claim) and not _ANSWERED.search(claim) or of_asker else signed_party
        signed = who(self.index, claim, [d.metadata["source"] for d in docs])
        marker = PARTY_MARKER.search(signed.party or "") if signed else None
        if marker is None:
            return None
        claimed, stated = frame.parties[0], marker.group(1).lower()
        status = "supported" if claimed == stated else "contradicted"
        line = self.index.record(signed.source).text[signed.start : signed.end].strip()
        evidence = (Evidence(signed.source, signed.title, line, signed.start, signed.end),)
        asked = who is asker_party
        text = (f"{signed.name}, som {'ställde frågan' if asked else 'undertecknade svaret'}, anges som {signed.party}." if sv
                else f"{signed.name}, who {'asked' if asked else 'signed the answer'}, is given as {signed.party}.")
        return Verdict(claim, status, text, evidence, None,
                       (Element("party", PARTIES.get(claimed, claimed), signed.party, status, signed.source, line, signed.start, signed.end),))

    def _signer_name_claim(self, claim: str, sv: bool, docs, frame) -> Verdict | None:
        """"The interpellation was answered by Eva Holm": the one person a claim says answered,
        held to who signed the document it points at. None when the claim names no one person as
        answering, speaks of who asked, or the document names no signatory."""
        answered = _ANSWERED.search(claim)
        # Only a written reply has a signatory: "Anna Lind svarade på frågor vid mötet" is not about one.
        if (not answered or not _SIGNED_PAPER.search(claim) or _ASKED.search(claim) or _claim_figures(claim)
                or re.search(r"\b(?:svara(?:de|t)|answered|replied)\s+(?:att|that|med)\b", claim, re.I)):
            return None  # "Lena Berg svarade att …" claims what was answered, which the signature does not bear out
        # The one who answered: named after "av"/"by" ("… av Eva Holm", "answered by the chair, …"),
        # else the subject before the verb ("Lena Berg besvarade …"); never "Jobbcenter X" the question was about.
        by = re.compile(r"\b(?:av|by)\b", re.I).search(claim, answered.end())
        after = [n for n in frame.names if " " in n and by and claim.find(n, by.end()) >= 0]
        before = [n for n in frame.names if " " in n and 0 <= claim.find(n) < answered.start()]
        people = after[:1] if by else before[-1:]
        if not people:
            return None
        signed = signed_party(self.index, claim, [d.metadata["source"] for d in docs])
        if signed is None:
            return None
        status = "supported" if signed.name.lower() == people[0].lower() else "contradicted"
        if status == "supported" and any(pattern.search(claim) for _, pattern in ALTERNATIVES["role"]):
            return None  # "… av ordföranden Lena Berg": the role is for the role check
        start, end = (signed.start, signed.end) if signed.end else (signed.spans[0] if signed.spans else (0, 0))
        line = self.index.record(signed.source).text[start:end].strip()
        text = (f"Svaret är undertecknat av {signed.name}." if sv else f"The answer is signed by {signed.name}.")
        return Verdict(claim, status, text, (Evidence(signed.source, signed.title, line, start, end),) if line else (), None,
                       (Element("person", people[0], signed.name, status, signed.source, line, start, end),))

    def _group_unmet(self, claim: str, inputs: list[dict]) -> bool:
        """Whether the claim names a group a table row of the operands' documents counts by its label
        ("Antalet nyanlända ökade" beside a row "Nyanlända  318  274") that neither operand counts."""
        index, lexical = self.composer.index, self.composer.index.lexical()
        plain = lemmas(lexical.tokens(" ".join(PLAIN_HEADS)))
        asked = lemmas(lexical.tokens(claim)) - plain
        sources = {i["source"] for i in inputs}
        figures = [f for source in sources for f in index.figures(source)]
        labels = set().union(*(lemmas(lexical.tokens(row_label(f.sentence))) for f in figures
                               if is_table_line(f.sentence) and not _TOTAL_LABEL.match(f.sentence)))
        counts = " ".join(f.counts for f in figures if any(f.sentence_start == i["start"] and f.value == i["value"] for i in inputs))
        held = lemmas(lexical.tokens(" ".join(i["quote"] for i in inputs) + " " + counts))
        return bool((asked & labels) - held)

    def _direction_claim(self, claim: str, sv: bool, docs) -> Verdict | None:
        """'Antalet inskrivna minskade mellan 2007 och 2008': a rise or fall between two
        periods, with no size given, judged by the two figures the documents state for them.
        None when the claim gives a figure, names no two periods or no figures are found."""
        claimed = _direction(claim)
        # "mellan december 2022 och december 2023": one month, two periods all the same.
        if not claimed or _claim_figures(claim) or (len(set(asked_periods(claim))) < 2 and len(years_named(claim)) < 2):
            return None
        answer = self.composer._computed(claim, claim, "sv" if sv else "en", docs, 0.0, op="difference")
        if answer is None or not answer.figures or "two_readings" in answer.warnings:
            return None
        figure = answer.figures[0]
        went = _chronological_direction(figure["inputs"], self.index)
        if not went or self._group_unmet(claim, figure["inputs"]):
            return None
        way = ("en ökning" if went > 0 else "en minskning") if sv else ("a rise" if went > 0 else "a fall")
        if went == claimed and _EVERY_YEAR.search(claim):
            # "ökade varje år 2021–2023" holds only if it rose from each year to the next, not just end to end.
            return self._each_year(claim, sv, docs, claimed) or _which_way(claim, sv, answer, way, way, True)
        return _which_way(claim, sv, answer, way, way, went == claimed)

    def _each_year(self, claim: str, sv: bool, docs, claimed: int) -> Verdict | None:
        """The first step from one year to the next that goes against the way the claim says the figure went every
        year, as a contradiction with its computation; None when every step goes the claim's way or one is not given."""
        years = sorted(int(p) for p in asked_periods(claim) if p.isdigit())
        if len(years) != 2 or not 1 < years[1] - years[0] <= _MAX_STEPS:
            return None
        subject = _EVERY_YEAR.sub(" ", _SPAN_OF_YEARS.sub(" ", claim)).rstrip(" .")
        for year in range(years[0], years[1]):
            step = f"{subject} {'mellan' if sv else 'between'} {year} {'och' if sv else 'and'} {year + 1}"
            answer = self.composer._computed(step, step, "sv" if sv else "en", docs, 0.0, op="difference")
            if answer is None or not answer.figures or "two_readings" in answer.warnings:
                return None
            went = _chronological_direction(answer.figures[0]["inputs"], self.index)
            if not went:
                return None
            if went != claimed:
                way = ("en ökning" if went > 0 else "en minskning") if sv else ("a rise" if went > 0 else "a fall")
                return _which_way(claim, sv, answer, f"{way} {year}–{year + 1}", way, False)
        return None

    def _budget_claim(self, claim: str, sv: bool, docs) -> Verdict | None:
        """'Jobbcentret gick över budget 2025': the outcome less the budget the documents give for
        the year, whose sign says over or under. None when the claim gives a figure or speaks of no budget gap."""
        gap = BUDGET_GAP.search(claim)
        if not gap or _claim_figures(claim):
            return None
        # The sign decides: always outcome less budget (a question "hur mycket under budget" is answered
        # the other way round, with what was left).
        reckoned = claim[: gap.start()] + "över budget" + claim[gap.end():]
        answer = self.composer._computed(reckoned, reckoned, "sv" if sv else "en", docs, 0.0, op="difference")
        if (answer is None or not answer.figures) and not sv:
            # "spent less than its budget" is far in meaning from "Budgeten för 2023 var 52,6 mnkr och utfallet
            # blev 49,8 mnkr": the passages are found again by the documents' own words for the two sums.
            docs = self.retriever_factory(8).invoke(f"{reckoned} budget utfall")
            answer = self.composer._computed(reckoned, reckoned, "en", docs, 0.0, op="difference")
        if answer is None or not answer.figures or not answer.figures[0]["value"]:
            return None
        figure = answer.figures[0]
        over = not UNDER_BUDGET.match(gap.group(0))
        way = ("över budget" if figure["value"] > 0 else "under budget") if sv else ("over budget" if figure["value"] > 0 else "under budget")
        return _which_way(claim, sv, answer, way, gap.group(0), (figure["value"] > 0) == over)

    def _document_date_claim(self, claim: str, sv: bool, docs) -> Verdict | None:
        """'Svaret på Rudins interpellation är daterat den 25 november 2008', 'Nordin answered
        it on 12 October 2008': the date a document bears, against the one the claim gives.
        None when the claim gives no full date or is not about when a document was written."""
        claimed = [d for d in dates_in(claim, None) if d.year_given]
        if len(claimed) != 1 or not (AUTHORSHIP.search(claim) or DOCUMENT_DATE.search(claim)):
            return None
        index = self.composer.index
        retrieved = [d.metadata["source"] for d in docs]
        # "Rågsjö's interpellation": the English genitive names the document's interpellant.
        named = re.sub(r"(\w)['’]s\b", r"\1", claim)
        source = target_document(named, index.documents, retrieved, index.lexical().tokens, index.title_stems,
                                 index.lexical().is_common)
        if source is None:
            return None
        title = index.document(source).get("title")
        fact = fact_of("date", index.record(source), title)
        said = claimed[0].text
        if fact.value is None:
            return Verdict(claim, "not_found", (f"Dokumentet ”{title}” anger inget datum." if sv
                                                else f"The document “{title}” states no date."), (), None,
                           (Element("date", said, None, "not_found"),))
        (start, end), = fact.spans
        quote = index.record(source).text[start:end]
        status = "supported" if fact.value == claimed[0].date.isoformat() else "contradicted"
        text = (f"Dokumentet är daterat {quote.strip()}." if sv else f"The document is dated {quote.strip()}.")
        return Verdict(claim, status, text, (Evidence(source, title, quote, start, end),), None,
                       (Element("date", said, fact.value, status, source, quote, start, end),))

    def _event_date_claim(self, claim: str, sv: bool, scored: list[ScoredSentence]) -> Verdict | None:
        """'Vårdspåret startar i oktober 2025': the day a close sentence says it starts ("Den första gruppen
        börjar den 7 oktober 2024", after one naming Vårdspåret), against the claim's, to the claim's
        precision. None unless the claim gives one day or month and says something starts."""
        claimed = stated_whens(claim)
        verb = EVENT_START.search(claim)
        if len(claimed) != 1 or verb is None:
            return None
        index = self.composer.index
        lexical = index.lexical()
        rest = claim.replace(claimed[0].text, " ").replace(verb.group(0), " ")
        subject = lemmas(lexical.tokens(" ".join(w for w in words_of(_YEAR.sub(" ", rest))
                                                   if w not in _ENGLISH_STOPWORDS and w not in MONTHS)))
        if not subject:
            return None
        for sentence in scored[:8]:
            whens = stated_whens(sentence.text)
            starts = EVENT_START.search(sentence.text)
            if not whens or starts is None:
                continue
            record = index.record(sentence.source)
            row = _row_of(record, sentence.start)
            context = f"{index.document(sentence.source).get('title') or ''} {_sentence_before(record, row) if row else ''} {sentence.text}"
            if inflected_overlap(subject, lemmas(lexical.tokens(context))) != subject:
                continue
            # "Beslutet fattades den 3 mars och insatsen startar den 1 september": the day beside the start.
            stated = min(whens, key=lambda w: abs(w.start - starts.start()))
            status = "supported" if agrees(claimed[0], stated) else "contradicted"
            text = (f"Dokumenten anger {stated.text}." if status == "supported" else f"Dokumenten anger {stated.text}, inte {claimed[0].text}.") \
                if sv else (f"The documents give {stated.text}." if status == "supported"
                            else f"The documents give {stated.text}, not {claimed[0].text}.")
            return Verdict(claim, status, text, self._evidence([sentence]), None,
                           (Element.at("date", claimed[0].text, stated.text, status, sentence),))
        return None

    def _days_claim(self, claim: str, sv: bool, answer) -> Verdict | None:
        """'Svaren skrevs med knappt två veckors mellanrum': the claimed span in days
        against the days between the dates the documents give."""
        span = _SPAN.search(claim)
        count = span and (parse_number_word(span.group("n").lower()) or (float(span.group("n")) if span.group("n").isdigit() else None))
        if not count:
            return None
        days = count * (7 if span.group("unit").lower().startswith(("veck", "week")) else 1)
        figure = answer.figures[0]
        qualifier = (span.group("q") or "").lower() or None
        ok = within(days, figure["value"], qualifier, False)
        said = " ".join(w for w in (qualifier, span.group("n"), span.group("unit")) if w)
        status = "supported" if ok else "contradicted"
        if sv:
            text = f"Dokumentens datum ger {figure['formula']}, {'vilket stämmer med' if ok else 'inte'} {said}."
        else:
            text = f"The documents' dates give {figure['formula']}, {'which matches' if ok else 'not'} {said}."
        evidence = _cited(answer)
        computation = {**figure, "text": figure["formula"], "claimed": {"text": said, "value": days}}
        return Verdict(claim, status, text, evidence, computation, (Element("computed", said, figure["formula"], status),))

    def _share_claim(self, claim: str, sv: bool, docs) -> Verdict | None:
        """'Mer än hälften av dem som gått vidare ... hade fått ett arbete': the
        share the claim gives is computed from the documents' counts, the way the
        question 'hur stor andel av dem som ...' would be, and compared within
        the tolerance of its wording."""
        shares = [f for f in _claim_figures(claim) if _as_percent(f) is not None]
        if len(shares) != 1:
            return None
        proportion = shares[0]
        # The number's unit may stand between it and "av": "40 procent av de inskrivna".
        rest = re.match(r"\s*(?:procent|percent|per cent|%)?\s*(?:av|of|utav|out of)\s+(.+)$", claim[proportion.end:], re.I)
        # "Av de 9 472 som skrevs in hade drygt en tredjedel gått vidare": the whole first.
        before = _QUALIFIER_EN.sub("", claim[:proportion.start])
        fronted = re.match(r"\s*(?:av|of|utav|out of)\s+(.+?)\s+(\w+)\s*$", before, re.I)
        if rest:
            asked = rest.group(1)
        elif fronted and fronted.group(2).lower() in FINITE_VERBS:
            asked = f"{fronted.group(1)} {fronted.group(2)} {claim[proportion.end:]}"
        elif any(w.lower() in FINITE_VERBS for w in claim[proportion.end:].split()[1:]):
            # "Var tredje deltagare som avslutades 2024 gick till arbete": the whole right after the
            # proportion, what its part did after the last verb.
            asked = claim[proportion.end:]
        else:
            return None
        asked = asked.strip().rstrip(" .!")
        if re.match(r"(?:som|who|that)\b", asked, re.I):
            asked = f"{'dem' if sv else 'those'} {asked}"  # "Var tredje som hade en anställning ...": of those who had one
        question = ("Hur stor andel av " if sv else "What share of ") + asked
        stated = self._stated_share(question, docs)
        if stated is not None:
            # "fick 372 ett arbete (31,7 procent)": the share the documents state decides, as it answers the question.
            sentence, figure = stated
            qualifier = _qualifier(claim, proportion) or ("ungefär" if proportion.kind == "proportion" else None)
            ok = within(_as_percent(proportion), _as_percent(figure), qualifier, True)
            shown = _quoted_value(claim, proportion)
            found = f"{figure.text} {figure.unit or ''}".strip()
            text = (f"Dokumenten anger {found}, {'vilket stämmer med' if ok else 'inte'} {shown}." if sv
                    else f"The documents give {found}, {'which matches' if ok else 'not'} {shown}.")
            return Verdict(claim, "supported" if ok else "contradicted", text, self._evidence([sentence]), None,
                           (Element("proportion", proportion.text, found, "supported" if ok else "contradicted"),))
        answer = self.composer._computed(question, question, "sv" if sv else "en", docs, 0.0)
        if answer is None or not answer.figures or "procent" not in (answer.figures[0]["unit"] or ""):
            return None
        figure = answer.figures[0]
        operands = {item["value"] for item in figure["inputs"]}
        if any(f.kind == "count" and not any(within(f.value, o, _qualifier(claim, f), False) for o in operands)
               for f in _claim_figures(claim)):
            return None  # the claim's own count ("de drygt 9 400") is not the one the share is taken of
        qualifier = _qualifier(claim, proportion) or ("ungefär" if proportion.kind == "proportion" else None)
        ok = within(_as_percent(proportion), figure["value"], qualifier, True)
        evidence = _cited(answer)
        # The same shape as a proportion claim's computation: "text" is the formula as read.
        computation = {**figure, "text": figure["formula"],
                       "claimed": {"text": proportion.text, "percent": round(_as_percent(proportion), 1)}}
        shown = _quoted_value(claim, proportion)
        said = f"{figure['formula']}, {'vilket stämmer med' if ok else 'inte'} {shown}" if sv else \
            f"{figure['formula']}, {'which matches' if ok else 'not'} {shown}"
        text = f"Dokumentens siffror ger {said}." if sv else f"The documents' figures give {said}."
        return Verdict(claim, "supported" if ok else "contradicted", text, evidence, computation,
                       (Element("proportion", proportion.text, figure["formula"], "supported" if ok else "contradicted"),))

    def _held_to_names(self, verdict: Verdict, frame, lexical, sv: bool, parties: tuple[Element, ...]) -> Verdict:
        if not frame.names:
            return replace(verdict, elements=parties + verdict.elements)
        unknown = unknown_names(frame, lexical)
        evidence = [ScoredSentence(e.source, e.title, e.start, e.end, e.quote, 0.0, 0.0, 0.0, 0) for e in verdict.evidence]
        names = tuple(name_elements(frame, evidence, lambda source: self.composer.index.record(source).text)) if evidence else ()
        rows = parties + names + verdict.elements
        swapped = [e for e in names if e.status == "contradicted"]
        # One wrong member of a list the claim gives ("A, B och C"); not a name the claim adds to what the
        # passage lists ("together with the University of X"), which it neither says nor gainsays.
        listed = swapped and sum(e.status == "supported" and e.quote == swapped[0].quote for e in names) >= 2 \
            and bool(_NAMES_LISTED.search(verdict.claim))
        if swapped and (verdict.verdict == "supported" or verdict.verdict == "not_found" and listed):
            # One wrong member of a list whose other members the same sentence gives.
            e = swapped[0]
            return replace(verdict, verdict="contradicted", elements=rows,
                           explanation=(f"Dokumenten nämner {e.found}, inte {e.claimed}." if sv
                                        else f"The documents name {e.found}, not {e.claimed}."))
        if unknown and (verdict.verdict == "contradicted" and not swapped or verdict.verdict in ("supported", "not_found")):
            # A place or person the corpus never mentions is not contradicted by a figure about
            # another; and what is not found is said by its name.
            named = ", ".join(unknown)
            return replace(verdict, verdict="not_found", elements=rows, computation=None,
                           explanation=f"Dokumenten nämner inte {named}." if sv else f"The documents do not mention {named}.")
        if verdict.verdict == "contradicted" and verdict.computation is None and not swapped and not any(
                e.status == "contradicted" for e in verdict.elements) and any(e.status == "not_found" for e in names):
            # A figure from a document that never names the claim's subject ("Stockholm Matchning")
            # is about something else: it contradicts nothing.
            missing = ", ".join(e.claimed for e in names if e.status == "not_found")
            return replace(verdict, verdict="not_found", elements=rows,
                           explanation=(f"Stycket med den siffran nämner inte {missing}." if sv
                                        else f"The passage with that figure does not mention {missing}."))
        if verdict.verdict == "supported" and any(e.status == "not_found" for e in names):
            missing = ", ".join(e.claimed for e in names if e.status == "not_found")
            return replace(verdict, verdict="not_found", elements=rows,
                           explanation=(f"Stycket som stöder resten nämner inte {missing}." if sv
                                        else f"The passage bearing out the rest does not mention {missing}."))
        return replace(verdict, elements=rows)

    def _measures(self, claim: str, numbers: list[Figure], sentence: ScoredSentence) -> bool:
        """Whether a sentence is about what a claim's figure counts: it shares the claim's words and
        holds a figure of the same kind counting what the claim's counts. A table's row shares few
        words with any claim: its cell's column ("Till arbete") and row's year stand in for them."""
        if is_table_line(sentence.text):
            return any(self._row_counts(n, sentence) for n in numbers)
        return self._context_overlap(claim, sentence.text) >= CONTEXT_OVERLAP and any(
            _compatible(n, f) and max(self._context_overlap(n.counts, f.counts),
                                      self._context_overlap(n.counts, _restated_counts(f))) >= CONTEXT_OVERLAP
            for n in numbers for f in figures_in_sentence(sentence.source, sentence.text, sentence.start))

    def _row_counts(self, number: Figure, sentence: ScoredSentence) -> bool:
        """Whether a table's row holds a cell counting what the claim's figure does (`_cell_counts`)."""
        if not is_table_line(sentence.text):
            return False
        cells = with_columns(self.composer.index.record(sentence.source).text,
                             figures_in_sentence(sentence.source, sentence.text, sentence.start))
        return any(self._cell_counts(number, f) for f in cells)

    def _cell_counts(self, number: Figure, cell: Figure) -> bool:
        """Whether a table's cell is of the claim's year and its column, with the table's caption, counts
        all the claim's figure does: "gick 287 personer till arbete" under "Till arbete" (who and how are
        no column's)."""
        if not is_table_line(cell.sentence) or not _compatible(number, cell):
            return False
        years = set(_YEAR.findall(number.sentence))
        counted = " ".join(w for w in number.counts.split()
                           if w.lower() not in PLAIN_HEADS | NOT_COUNTED | LIGHT_WORDS | FINITE_VERBS and w.lower() not in QUALIFIERS)
        # All of what it counts: "183 unga till arbete" is no cell of everyone who went to work.
        caption = table_context(self.composer.index.record(cell.source).text, cell.sentence_start)
        return (cell.period in years if years else cell.period is None) and self._context_overlap(counted, cell.counts) > 0 \
            and self._context_overlap(counted, f"{caption} {cell.counts}") == 1.0

    def _verdict(self, claim: str) -> Verdict:
        claim = " ".join(claim.split())
        language = language_of(claim)
        sv = language == "sv"
        if not words_of(claim):
            return Verdict(claim, "not_found", "Påståendet innehåller inga ord att pröva." if sv else "The claim has no words to check.", ())
        docs = self.retriever_factory(8).invoke(claim)
        scored = self.composer.score(claim, docs, typed=False)
        claimed = _claim_figures(claim)
        # A factor ("fyra gånger så många") is for the computation to judge, never compared with a count.
        # Nor is the claim's setting: its period ("under årets första sex månader") or the ages of its
        # group ("mellan 18 och 24 år") are what it is about, not a figure it states.
        numbers = [f for f in claimed if f.kind != "range" and not FACTOR.match(claim[f.end:]) and not _setting(claim, f)]
        proportion_claim = len([f for f in numbers if f.kind == "count"]) >= 2 and any(_as_percent(f) is not None for f in numbers)
        # A claim built on two stated counts is located by finding the counts themselves; one
        # listing names by the sentence that gives two or more of them (a wrong member lowers its score).
        named = understand(claim).names
        listed = bool(scored) and sum(n.lower() in scored[0].text.lower() for n in named) >= 2
        # A figure said in words ("var tredje", "drygt en tredjedel") is no word of the passage: a best
        # sentence that gives a figure of the same kind and the claim's other words is about it.
        # It must count what the claim's figure counts ("gick vidare till arbete"), not merely stand beside its names.
        # A percentage in brackets after a count ("varav 135 till arbete (26,0 procent)") counts what the count does.
        # A table's row ("2024  851  287  110") is read with its caption and columns, and may stand just below
        # a sentence nearer in meaning that counts something else.
        # So is "Av dem hade 330 fått ett arbete" after one of them, which counts those it names.
        measured = bool(numbers) and any(self._measures(claim, numbers, s) for s in self._with_pointed_back(
            [s for s in scored[:8] if s is scored[0] or is_table_line(s.text)]))
        if not scored or (scored[0].score < self.threshold[language] and not proportion_claim and not listed and not measured):
            return Verdict(claim, "not_found",
                           "Inget stycke i dokumenten handlar om det påståendet gäller." if sv
                           else "No passage in the documents is about what the claim says.", ())
        top = [s for s in scored if s.score >= scored[0].score - CLOSE_TO_BEST][:4]
        claimed = {n.value for n in numbers}
        # A sentence lower down that states the claimed number itself is read too: a table's row
        # ("Till arbete  260  301  352") shares few words with any claim, its caption the rest.
        top += [s for s in scored[:12] if s not in top and claimed & {f.value for f in figures_in_sentence(s.source, s.text, s.start)}][:2]
        # So is the row of the claim's year whose column counts what the claim's figure does, whatever its value.
        top += [s for s in scored[:8] if s not in top and any(self._row_counts(n, s) for n in numbers)][:1]
        if proportion_claim:
            return self._proportion_claim(claim, sv, numbers, scored)

        # "Gränby hade den högsta andelen" against "högst i Gottsunda och lägst bland deltagare från Gränby": the
        # opposite said of the name, or the same extreme said of another.
        for sentence in top[:2] if not numbers else ():
            context = self.composer.index.record(sentence.source).text
            stated = extremes(sentence.text, context)
            for name, sign in extremes(claim, context).items():
                # The period ("under första halvåret") is the report's, not a word the sentence must repeat.
                # Nor is "störst" where the passage says "högst": the extreme itself was matched above.
                if stated.get(name) == sign and not (sv and [w for w in self._missing_words(claim, sentence)
                                                             if not _PERIOD_WORD.match(w) and not is_extreme_word(w)]):
                    # "Gränby hade lägst andel ..." where the passage calls Gränby the lowest, and
                    # says the rest of the claim too.
                    return Verdict(claim, "supported", (f"Dokumenten anger detta om {name}." if sv
                                                        else f"The documents say this of {name}."), self._evidence([sentence]))
                other = next((n for n, s in stated.items() if s == sign and n != name), None)
                if stated.get(name, sign) != sign or (name not in stated and other):
                    said = f"{name}" if name in stated else other
                    return Verdict(claim, "contradicted",
                                   (f"Dokumenten anger det motsatta om {said}." if sv and name in stated
                                    else f"Dokumenten säger det om {said}." if sv
                                    else f"The documents say the opposite of {said}." if name in stated
                                    else f"The documents say so of {said}."), self._evidence([sentence]))

        # Direction: "ökade" against a passage that says "minskade" (or the other way round).
        claim_direction = _direction(claim)
        if claim_direction and numbers == []:
            for sentence in top[:2]:
                stated = _direction(sentence.text)
                if stated and stated != claim_direction:
                    return Verdict(claim, "contradicted",
                                   ("Dokumenten beskriver motsatt riktning." if sv else "The documents describe the opposite direction."),
                                   self._evidence([sentence]))

        # Years: the most relevant passage dates the event differently. A claimed figure is held
        # to the figure stated for its year instead ("Motsvarande siffror för 2022 var 180 ...").
        claim_years = set(_YEAR.findall(claim))
        if claim_years and not numbers:
            best = top[0]
            stated_years = years_named(best.text)
            # "sedan 2021" claims every year from 2021 on: a passage on 2023 is within it.
            since = _SINCE_YEAR.search(claim)
            if since:
                claim_years = claim_years | {y for y in stated_years if y >= since.group(1)}
            if stated_years and not claim_years & stated_years and self._word_overlap(claim, best.text) >= 0.6:
                return Verdict(claim, "contradicted",
                               (f"Dokumenten anger {', '.join(sorted(stated_years))}, inte {', '.join(sorted(claim_years))}." if sv
                                else f"The documents give {', '.join(sorted(stated_years))}, not {', '.join(sorted(claim_years))}."),
                               self._evidence([best]))

        if numbers:
            return self._number_claim(claim, sv, numbers, top, claim_direction, scored[:12])
        best = top[0]
        if (claim_years and claim_years <= years_named(best.text) and self._word_overlap(claim, best.text) >= 0.4
                and not (sv and self._missing_words(claim, best))):
            # The year alone is not the claim: what it says happened then must stand there too.
            return Verdict(claim, "supported", (f"Dokumenten anger {', '.join(sorted(claim_years))}." if sv
                           else f"The documents give {', '.join(sorted(claim_years))}."), self._evidence([best]))
        if (claim_direction and _direction(best.text) == claim_direction and self._word_overlap(claim, best.text) >= 0.5
                and self._subject_held(claim, best.text)):
            return Verdict(claim, "supported", "Dokumenten beskriver samma riktning." if sv
                           else "The documents describe the same direction.", self._evidence([best]))
        if (sv and len(named) >= 2 and all(n.lower() in best.text.lower() for n in named)
                and not self._missing_words(claim, best)):
            # A list the claim gives ("finns bland annat i Farsta Centrum, Vällingby Centrum och ..."):
            # every member stands in the one sentence and the claim's other words around it.
            return Verdict(claim, "supported", (f"Dokumenten nämner {', '.join(named)}." if sv
                                                else f"The documents name {', '.join(named)}."), self._evidence([best]))
        if best.lexical >= 0.75:
            # Most of the words is not all of them: "föredrog rapporten skriftligt" against
            # "föredrog rapporten muntligt" shares all but the one that matters.
            # English words are never in the Swedish text: for them the share of stems must do.
            missing = self._missing_words(claim, best) if sv else []
            # A body is named in the sentence itself, not somewhere near it ("för nämnden" is not "för kommunstyrelsen").
            missing += sorted(bodies_in(claim) - bodies_in(best.text))
            if not missing:
                return Verdict(claim, "supported",
                               "Dokumenten säger detta." if sv else "The documents say this.", self._evidence([best]))
            said = ", ".join(missing)
            return Verdict(claim, "not_found",
                           (f"Stycket säger det mesta men inte: {said}." if sv
                            else f"The passage says most of this but not: {said}."), self._evidence([best]), None,
                           tuple(Element.at("word", w, None, "not_found", best) for w in missing))
        return Verdict(claim, "not_found",
                       ("Dokumenten berör ämnet men säger inte detta." if sv
                        else "The documents touch the subject but do not say this."), self._evidence(top[:2]))

    def _with_pointed_back(self, top: list[ScoredSentence]) -> list[ScoredSentence]:
        """The sentences, each followed by the next one where that points back to it: "Under perioden 1 januari–30
        juni 2025 skrevs 1 020 personer in. Av dem hade 330 fått ett arbete ..." counts
        those of the period in the second sentence, which a claim about them may not be nearest in meaning to."""
        present = {(s.source, s.start) for s in top}
        out = []
        for sentence in top:
            out.append(sentence)
            record = self.index.record(sentence.source)
            row = _row_of(record, sentence.start) + 1
            if row >= len(record.sentences):
                continue
            nxt = record.sentences[row]
            text = record.text[nxt.start : nxt.end]
            if (sentence.source, nxt.start) not in present and (POINTS_BACK.match(text) or POINTS_BACK_WITHIN.search(text)):
                present.add((sentence.source, nxt.start))
                out.append(replace(sentence, start=nxt.start, end=nxt.end, text=text))
        return out

    def _number_claim(self, claim: str, sv: bool, numbers: list[Figure], top: list[ScoredSentence],
                      claim_direction: int, wider: list[ScoredSentence] = ()) -> Verdict:
        findings = []
        lexical = self.composer.index.lexical()
        top = self._with_pointed_back(top)
        off_period: list = []  # the claimed figure, stated for another month
        off_year: list = []  # ... or for another year
        claim_years = set(_YEAR.findall(claim))
        claim_year = next(iter(claim_years)) if len(claim_years) == 1 else None
        reported = self.index.reported_years if claim_year else {}
        named = {t for n in understand(claim).names for t in lexical.tokens(n)}  # names and places tell no figure apart
        # "… var kvinnor", "… were women": the group a share is said to be, which its sentence must name.
        balanced = _balanced(claim)  # once, for every sentence compared below
        said_to_be = _SAID_TO_BE.search(claim)
        group = lemmas(lexical.tokens(said_to_be.group(1))) - named if said_to_be else set()
        claim_span = _asked_span(claim)
        motion_not_asked = not MOTION_ASKED.search(claim)
        # "Under helåret 2024": a figure for a part of the year ("1 januari–30 juni 2025: 1 020") or for a
        # month neither bears it out nor contradicts it. A claim on "2008" is held to what the documents give for it.
        whole_year = bool(_WHOLE_YEAR.search(claim))
        # Sentences stated for a part of the year claimed: their figure of another value contradicts nothing.
        partial: set[tuple[str, int]] = set()
        for number in numbers:
            candidates = []
            months = [m for m in MONTHS if re.search(rf"\b{m}\b", claim, re.I)]
            for rank, sentence in enumerate(top):
                # A figure is comparable only where the sentence speaks of what the
                # claim counts ("32 aspiranter fick arbete" says nothing of "32 skrevs
                # in") and of the month it names. English claims share no words with
                # Swedish text: for them only the passages nearest in meaning count.
                # A result against budget is matched by the value it names: "under budget" and "ett överskott".
                if (sv and self._context_overlap(balanced, _balanced(f"{self._continued(sentence)} {sentence.text}")) < CONTEXT_OVERLAP
                        and not self._row_counts(number, sentence)):
                    continue
                if not sv and sentence.dense < top[0].dense - 0.02:
                    continue
                if months and not claim_span and not any(re.search(rf"\b{m}\b", sentence.text, re.I) for m in months):
                    stated_months = [m for m in MONTHS if re.search(rf"\b{m}\b", sentence.text, re.I)]
                    if stated_months:
                        off_period += [(sentence, f, stated_months) for f in figures_in_sentence(sentence.source, sentence.text, sentence.start)
                                       if _compatible(number, f) and f.value == number.value]
                    continue
                if claim_year and not years_named(sentence.text) and self._years_pointed_to(sentence) - {claim_year}:
                    continue  # "I november 2007 var 2 700 inskrivna. Av dessa ...": 2007's figures, not the claim's year's
                if motion_not_asked and MOTION.search(sentence.text):
                    continue  # "X (s) yrkar att ... ytterligare 1,8 mnkr": what a member wanted, not what is
                span = _span_of(self.index.record(sentence.source), sentence.start, sentence.text)
                if claim_span and span != claim_span:
                    continue  # "årets första nio månader" is not "tredje kvartalet"
                part = bool(claim_year and not claim_span and not months and span and span != (1, 12))
                if part:
                    partial.add((sentence.source, sentence.start))
                part = part and whole_year
                for stated in with_columns(self.index.record(sentence.source).text,
                                           figures_in_sentence(sentence.source, sentence.text, sentence.start)):
                    # Only a figure stated for the claim's year bears it out: not 2 700 of "9 472
                    # under 2008, jämfört med 2 700 under 2007", nor any figure of a sentence on 2007.
                    period = figure_year(stated, in_hand=str(reported.get(stated.source))) if claim_year else None
                    if claim_year and period is None and not years_named(sentence.text):
                        # "Av dessa gick 215 till arbete" names no year: it is of the year its
                        # paragraph or its report is on ("ÅRSREDOVISNING 2023"), not any year claimed.
                        of = sentence_years(sentence, self.index, dominant=False)
                        period = next(iter(of)) if len(of) == 1 else None
                        # The year its document names most is a hint to set it aside, not to contradict.
                        most = of or dominant_year(self.index.record(sentence.source).text)
                        if period is None and most and claim_year not in most:
                            continue
                    if group_fit(stated, claim, lexical) < 0:
                        continue  # "Bland de unga vuxna gick 45 procent vidare" is no figure of everyone
                    if not _compatible(number, stated):
                        continue
                    if not sv and not self._shares_counted(claim, stated, named):
                        continue  # "about half ... got a job" is not borne out by "50 procent" of those never enrolled
                    if group and _as_percent(number) is not None and not inflected_overlap(group, lemmas(lexical.tokens(stated.sentence))):
                        continue  # "Hälften av dem … var kvinnor" is not borne out by a half that went on to work
                    if period and period.isdigit() and period != claim_year:
                        if stated.value == number.value:
                            off_year.append((sentence, stated, period))
                        continue
                    # "i augusti 2024 ... de då 780 aktivt inskrivna": a month's figure is no figure of the year either.
                    if part or whole_year and not claim_span and not months and figure_period(stated, months_only=True):
                        continue
                    candidates.append((rank, sentence, stated))
            if not candidates:
                findings.append((number, None, None, False))
                continue
            percent = _as_percent(number) is not None
            claimed_value = _as_percent(number) if percent else number.value
            match = next(((s, f) for _, s, f in candidates
                          if within(claimed_value, _stated_value(number, f, percent), _qualifier(claim, number), percent)), None)
            fit = self._best_fit(number, candidates, named)
            if match and fit is None and sv:
                fit = self._rival(claim, match, wider, named)
            if match and fit is not None and fit[1] is not match[1]:
                # The figure whose words match what the claim says it counts decides: a value
                # stated for something else (two steps swapped) bears nothing out.
                fits = within(claimed_value, _stated_value(number, fit[1], percent), _qualifier(claim, number), percent)
                findings.append((number, fit[0], fit[1], fits))
            elif match:
                findings.append((number, match[0], match[1], True))
            else:
                # Only a figure of the same thing contradicts: "1 240 personer inskrivna vid Jobbtorg
                # Kalmar" says nothing of "45 anställda handläggare" there.
                # A count for a part of the year ("1 januari–30 juni 2025: 330") gainsays a claim on the year only
                # when the claim counts fewer: the year holds at least as many as any part of it.
                same = [(s, f) for _, s, f in candidates if (self._shares_counted(claim, f, named) or self._cell_counts(number, f))
                        and ((s.source, s.start) not in partial or not percent and f.kind == "count" and claimed_value < f.value)]
                # Of them, the one whose words say what the claim's figure counts: "330 fått ett arbete", not "45 personer
                # en extratjänst", for "400 personer fick arbete".
                fit = self._best_fit(number, [(0, s, f) for s, f in same], named) if len(same) > 1 else None
                if fit is not None:
                    findings.append((number, fit[0], fit[1], False))
                elif same:
                    findings.append((number, same[0][0], same[0][1], False))
                else:
                    findings.append((number, None, None, False))
        if all(ok for *_, ok in findings):
            sentences = list({s.start: s for _, s, _, _ in findings}.values())
            direction_clash = any(_direction(s.text) and claim_direction and _direction(s.text) != claim_direction for s in sentences)
            if direction_clash:
                return Verdict(claim, "contradicted", "Siffran stämmer men riktningen är den motsatta." if sv
                               else "The figure matches but the direction is the opposite.", self._evidence(sentences))
            said = ", ".join(f.text for _, _, f, _ in findings)
            return Verdict(claim, "supported", (f"Dokumenten anger {said}." if sv else f"The documents give {said}."),
                           self._evidence(sentences))
        wrong = [(n, s, f) for n, s, f, ok in findings if not ok and f is not None]
        if wrong:
            number, sentence, stated = wrong[0]
            return Verdict(claim, "contradicted",
                           (f"Påståendet säger {number.text}, dokumenten anger {stated.text}." if sv
                            else f"The claim says {number.text}; the documents give {stated.text}."),
                           self._evidence([sentence]))
        # The claimed figure, stated for another period: a year the documents speak of (else the claim
        # was not_found before this), or "1 812 ... per den sista oktober" where they give it for September.
        off = ([(s, f, stated, claim_year) for s, f, stated in off_year[:1]]
               or [(s, f, ", ".join(stated), ", ".join(m for m in MONTHS if re.search(rf"\b{m}\b", claim, re.I)))
                   for s, f, stated in off_period[:1]])
        if off:
            sentence, figure, stated, claimed = off[0]
            return Verdict(claim, "contradicted",
                           (f"Dokumenten anger {figure.text} för {stated}, inte {claimed}." if sv
                            else f"The documents give {figure.text} for {stated}, not {claimed}."),
                           self._evidence([sentence]), None,
                           (Element.at("period", claimed, stated, "contradicted", sentence),))
        return Verdict(claim, "not_found",
                       ("Dokumenten nämner ämnet men ingen jämförbar siffra." if sv
                        else "The documents mention the subject but give no comparable figure."), self._evidence(top[:2]))

    def _proportion_claim(self, claim: str, sv: bool, numbers: list[Figure], scored: list[ScoredSentence]) -> Verdict:
        """'1 812 av 9 472 fick jobb, ungefär en femtedel': check both counts, compute, compare."""
        counts = sorted((f for f in numbers if f.kind == "count"), key=lambda f: f.value)
        part, whole = counts[0], counts[-1]
        proportion = next(f for f in numbers if _as_percent(f) is not None)
        sentences = {}
        for count in (part, whole):
            found = next((s for s in scored[:12] for f in figures_in_sentence(s.source, s.text, s.start)
                          if f.kind == "count" and f.value == count.value), None)
            if found is None:
                return Verdict(claim, "not_found",
                               (f"Dokumenten anger inte {count.text}." if sv else f"The documents do not give {count.text}."), ())
            sentences[count.value] = found
        computation = share(Operand(part.value, f"{sentences[part.value].source}#{sentences[part.value].start}"),
                            Operand(whole.value, f"{sentences[whole.value].source}#{sentences[whole.value].start}"))
        claimed = _as_percent(proportion)
        qualifier = _qualifier(claim, proportion)
        if proportion.kind == "proportion" and qualifier is None:
            qualifier = "ungefär"  # "en femtedel" is a rounded way of speaking in itself
        ok = within(claimed, computation.value, qualifier, True)
        evidence = self._evidence(list({s.start: s for s in sentences.values()}.values()))
        comp = computation.to_json()
        comp["inputs"] = [{"value": count.value, "source": sentences[count.value].source, "quote": sentences[count.value].text,
                           "start": sentences[count.value].start, "end": sentences[count.value].end} for count in (part, whole)]
        comp["claimed"] = {"text": proportion.text, "percent": round(claimed, 1)}
        if ok:
            text = (f"Dokumentens siffror ger {computation.text}, vilket stämmer med {proportion.text}." if sv
                    else f"The documents' figures give {computation.text}, which matches {proportion.text}.")
            return Verdict(claim, "supported", text, evidence, comp)
        text = (f"Dokumentens siffror ger {computation.text}, inte {proportion.text} ({format_number(claimed, 1)} %)." if sv
                else f"The documents' figures give {computation.text}, not {proportion.text} ({format_number(claimed, 1)} %).")
        return Verdict(claim, "contradicted", text, evidence, comp)
