"""The extractive answer composer: sentences from the documents, cited.

It scores every sentence of the retrieved chunks against the question (the
sentence's e5 vector against the question's, plus the IDF-weighted share of the
question's Swedish stems it contains), keeps the best few, orders them as the
documents do and marks each with [n]. Quotes are verbatim slices of the
cleaned text, so their offsets can be checked with `jobbtorg show`.

When the best sentence scores under the abstention threshold, or the question
names a year or month no candidate speaks of, it declines ("Dokumenten säger
inget om ...") and lists the closest sentences as related, not as citations.
The composer never writes a number of its own: every digit in an answer comes
from a quoted sentence.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np
from langchain_core.documents import Document

from .answer_types import extract, extreme_asked, extremes, holds_type, money_kind, role_asked, role_holder, sum_of_kind
from .cleaning import is_table_line, row_label
from .computing import BRACKETED, OperandPicker, item_heading, Unresolved, alternatives_asked, asks_rest, narrower_group, sides_named, points_back, qualified_group, section_opening, figure_period, figure_year, group_fit, restating_share, is_change, split_share_question, whole_words, years_named
from .dates import dates_in, english_months
from .decision import Decision, Evidence, default_decisions
from .english_lead import english_lead
from .decisions import claimed_bodies
from .metadata import TYPE_LABELS_EN
from .vocabulary import DOCUMENT_KINDS_ASKED, bodies_in
from .document_facts import agenda, asked_attribute, fact_of, named_document, target_document
from .figures import QUALIFIERS, Figure, figures_in_sentence, linear_row, measured_subject, money_as_written, is_year_header, money_label as _money_label, table_columns, table_context, values_in, whole_tables, with_columns
from .lexical import LEMMA_FORMS, LEMMA_STEMS, inflected_overlap, lemma, lemmas, tokenize, words_of
from .numbers import format_number
from .overviews import SHARED_WEIGHT, OverviewRow, asks_overview, select, table, time_key, topic, value_text, wanted_kinds
from .overviews import lead as overview_lead
from .questions import MONTH_ABBREVIATIONS, MONTH_PATTERN, MONTHS_EN, MONTHS_SV, QuestionInfo, analyse, month_span, without_span, asks_in_percent, asks_share, language_of, operation
from .statistics import APPROX, LESS, MORE, RELATIVE_TOLERANCE, difference, within
from .summaries import OWN_SUMMARY, SUMMARY_SENTENCES, asks_all_documents, asks_summary, central_sentences, key_figures, own_summary
from .understanding import QuestionFrame, names_written_lower, parties_in, phase_of, uncovered_years, understand, unknown_acronyms, unknown_document_kinds, unknown_names, unknown_places, without_attribution, without_remark
from .vocabulary import (
    AGE_RANGE,
    MONEY_ASKED,
    CAUSE_STATED,
    DECISION_EVIDENCE,
    AMOUNT_EVIDENCE,
    GOES_ON,
    NAMES_BACK,
    DECIDES_THAT,
    KIND_NAMED_BEFORE,
    MOTION,
    MOTION_ASKED,
    TIME_POINT,
    ADDS_TO_BEFORE,
    SEASON,
    BODY_WORD,
    LIST_ITEM,
    WITHOUT,
    money_nouns,
    name_forms,
    COMPARED_WITH,
    COUNT_QUALIFIERS,
    ASKER_ASKED,
    QUESTIONS_ASKED,
    VOTE_ASKED,
    SAME_PERIOD,
    stance_asked,
    states_stance,
    VOTE_STATED,
    AMOUNT_PER_ASKED,
    AMOUNT_PER_STATED,
    PLAIN_HEADS,
    AUTHORED_ASKED,
    AUTHORED_STATED,
    AUTHORSHIP,
    CHANNEL,
    CONTINUES_MEASURE,
    CHANGE_ASKED,
    COUNT_ASKED,
    COUNTED_IN_SWEDISH,
    ENGLISH_GLOSS,
    YEAR_ASKED,
    VERBS_EN,
    HEADS_EN,
    DOCUMENT_CUE,
    FINITE_VERBS,
    INSTRUCTION,
    LESS_ASKED,
    LIGHT_WORDS,
    MEETING,
    AGENDA_ASKED,
    NEGATION,
    NOT_COUNTED,
    NOT_MAIN_VERBS,
    PARTY_MARKER,
    PER_HEAD_ASKED,
    PERIOD_WORDS,
    SETTING,
    PLACE_MARK,
    POINTS_BACK,
    POINTS_BACK_WITHIN,
    REFERENCE_EVIDENCE,
    REFERS_BACK,
    RESTATED,
    STATED_CHANGE,
    YEAR_IN_HAND,
)
from .vocabulary import QUESTION_WORDS as _QUESTION_WORDS

# Tuned on evals/dev/qa.jsonl with evals/sweep_threshold.py (its report is quoted in
# the README). Swedish questions are scored with lexical evidence that English
# ones cannot have, so each language has its own threshold.
ABSTAIN_THRESHOLD = {"sv": 0.88, "en": 0.79}
LEXICAL_WEIGHT = 0.12
COVERAGE_WEIGHT = 0.15
NUMBER_BONUS = 0.02
MARGIN = 0.015
ARITHMETIC_SLACK = 0.05
PREDICATE_OVERLAP = 0.5
MAX_SENTENCES = 3
MINUTES_READ = 40  # the latest minutes read for a role asked of a body none of the retrieved passages is from
WIDE_MARGIN = 0.06
FOLLOWING_CHARS = 500  # read after a retrieved passage for a why-question: the cause given next
ITEM_CHARS = 1500  # the most of a minutes' item read after a retrieved passage in it
# How far below a best sentence that counts nothing asked one that counts it may stand and still be the candidate:
# a setting the question names ("via jobbtorget") lifts the sentences that name it, whatever they count.
COUNT_WINDOW = 0.1
# A sentence holding an answer of the asked type (a party marker, a date, an
# age range) or the names the question asks about outranks one that is only near.
TYPE_BONUS = 0.04
NAME_BONUS = 0.04
# A number question is answered by a figure of what it counts ("fick arbete"),
# not by the nearest figure of something else ("inskrivna").
COUNT_BONUS = 0.05
# A number stated *for* the month asked ("971 inskrivna i januari") beats one whose
# sentence only mentions the month ("från den 1 januari till och med oktober ... 9472").
PERIOD_BONUS = 0.04
PERIOD_WINDOW = 0.1
# "Vad visade uppföljningen?": the sentence whose verb is the question's ("Uppföljningen visar att ...")
# says what was shown; one that only repeats the question's names is about it.
VERB_BONUS = 0.03
# A sentence about the phase the question asks of (the start of something, or what it became).
PHASE_BONUS = 0.04
# A count of a group the question does not name ("bland vuxna ...") is a step behind a count of everyone.
GROUP_PENALTY = 0.08
# How far below the best sentence a why-question's reason for the very thing asked is still read:
# a sentence naming the scene and the year of the question outscores it by its words alone.
REASON_REACH = 0.15
# The words of the base a count is taken among weigh this much of a word of what is counted.
BASE_WEIGHT = 0.5
FULL_MATCH = 0.99
OVERVIEW_DOCUMENTS = 8  # a corpus overview lists at most this many documents
# What a number counts is written right after it ("fem lokala Jobbtorg", "971 inskrivna"):
# a question's counted word there is stronger evidence than anywhere in the sentence.
UNIT_BONUS = 0.03

_NUMBER_WORDS = r"en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tjugo\w*|trettio|fyrtio|femtio|hundra\w*|tusen\w*|hälften|var (?:annan|tredje|fjärde|femte)|en (?:tredjedel|fjärdedel|femtedel)|miljon\w*"
_HAS_NUMBER = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.I)
# When a count is asked for, not what it counts.
WHEN_WORDS = frozenset(MONTHS_SV + MONTHS_EN + tuple(MONTH_ABBREVIATIONS)) | PERIOD_WORDS
_IS_NUMBER = re.compile(rf"^(?:\d[\d.,]*|{_NUMBER_WORDS})$", re.I)
# Types whose answer has a form that can be seen: without one near the top, there is no answer.
# An item of a list after a lead-in: "- unga vuxna ...", "• kvinnor ...", "2. Avtalet sägs upp.", "b) ...".
_LIST_ITEM = re.compile(r"^\s*(?:[-–•*]|\d{1,2}[.)]|[a-zåäö]\))\s")
_MUST_HOLD = frozenset({"party", "age_group", "reference", "amount", "date"})
# What a reason or a decision is said with ("beror på", "eftersom"; "godkänner").
_STATED_KINDS = {"reason": CAUSE_STATED, "decision": DECISION_EVIDENCE}
_TYPED = frozenset({"amount", "party", "person", "organisation", "place", "age_group", "date", "reference", "reason", "decision",
                    "frequency", "duration", "means", "target"})


@dataclass(frozen=True)
class Passage:
    """A verbatim slice of a document's cleaned text."""

    source: str
    title: str | None
    quote: str
    start: int
    end: int

    def to_json(self) -> dict:
        return {"source": self.source, "title": self.title, "quote": self.quote, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Citation(Passage):
    """A passage an answer marks with [n]."""

    n: int = 0

    def to_json(self) -> dict:
        return {"n": self.n, **super().to_json()}


@dataclass(frozen=True)
class ScoredSentence:
    source: str
    title: str | None
    start: int
    end: int
    text: str
    dense: float
    lexical: float
    score: float
    rank: int  # the retrieval rank of its chunk


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str
    abstained: bool
    citations: tuple[Citation, ...]
    related: tuple[Citation, ...]
    resolved_question: str
    confidence: float
    composer: str = "extractive"
    figures: tuple[dict, ...] = ()
    warnings: tuple[str, ...] = ()
    timings_ms: dict = field(default_factory=dict)
    evidence: Evidence | None = None  # what the decision saw; evals fit and measure it

    def to_json(self, id=None) -> dict:  # noqa: A002 - the contract's field name
        return {
            "id": id, "question": self.question, "answer": self.answer, "abstained": self.abstained,
            "citations": [c.to_json() for c in self.citations], "related": [c.to_json() for c in self.related],
            "figures": list(self.figures), "composer": self.composer, "warnings": list(self.warnings),
            "timings_ms": self.timings_ms,
        }


def passage_span(record, start: int, end: int) -> tuple[int, int]:
    """A retrieved chunk's span as it is read: the whole of each table it cuts or whose header it ends
    with, and the sentences after it that go on from its last ("... 1 126 personer inskrivna." + "Av dem
    fick 412 personer ett arbete." + "Ytterligare 168 personer ..."): a chunk boundary between them cut
    a count from the group it counts in."""
    text = record.text
    start, end = whole_tables(text, start, end)
    if text[end:].lstrip()[:1].isdigit() and not re.search(r"[.!?:]\s*$", text[start:end]):
        # "År  Inskrivna  Till arbete" ends the chunk, its rows begin the next.
        start, end = whole_tables(text, start, len(text) - len(text[end:].lstrip()) + 1)
    starts = [s.start for s in record.sentences]
    row = bisect.bisect_left(starts, end)
    while row < len(record.sentences):
        following = text[record.sentences[row].start : record.sentences[row].end]
        if not (POINTS_BACK.match(following) or NAMES_BACK.match(following) or GOES_ON.match(following)
                or continues_measure(following)):
            break
        end = max(end, record.sentences[row].end)
        row += 1
    return start, end


def _sentence_rows(record, start: int, end: int) -> range:
    start, end = passage_span(record, start, end)
    starts = [s.start for s in record.sentences]
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end)
    return range(first, last)


def years_pointed_to(record, row: int, text: str) -> frozenset[str]:
    """The years of the sentence before one that points back to it ("Av dessa ...") or goes on from it
    ("Ytterligare 168 personer ..."), through such sentences before it; none otherwise."""
    if row == 0:
        return frozenset()
    named = NAMES_BACK.match(text)
    if named:
        # "Av de inskrivna gick 641 ...": the group's year is that of the sentence that names the group,
        # not of an aside between them ("Det är fler än 2022, då 1 702").
        group = re.match(r"[^\W\d_]{4,}", text[named.end():])
        for back in range(row - 1, max(row - 4, -1), -1):
            before = record.text[record.sentences[back].start : record.sentences[back].end]
            if group and re.search(r"\b" + re.escape(group.group(0)[:6].lower()), before.lower()) and years_named(before):
                return years_named(before)
        return frozenset()
    if not (POINTS_BACK.search(text) or POINTS_BACK_WITHIN.search(text) or GOES_ON.match(text) or SAME_PERIOD.search(text)):
        return frozenset()
    before = _sentence_before(record, row)
    # "Under 2023 var 1 126 inskrivna. Av dem fick 412 ett arbete. Ytterligare 168 påbörjade studier."
    return years_named(before) or years_pointed_to(record, row - 1, before)


def opening(metadata: dict, end: int) -> Document:
    """The first `end` characters of a retrieved passage's document, as a passage of its own to score."""
    return Document("", metadata={**metadata, "start": 0, "end": end})


def following(metadata: dict, length: int, reach: int = FOLLOWING_CHARS) -> Document:
    """The text right after a retrieved passage, up to `reach` characters, as a passage of its own to score."""
    return Document("", metadata={**metadata, "start": metadata["end"], "end": min(length, metadata["end"] + reach)})


def rest_of_item(metadata: dict, text: str, reach: int = ITEM_CHARS) -> Document | None:
    """The rest of the minutes' item a retrieved passage stands in ("§ 86 ... Reservation ..."), up to the
    next "§", as a passage of its own to score; None outside an item."""
    end = metadata["end"]
    if text.rfind("§", max(0, metadata["start"] - reach), end) < 0:
        return None
    following_item = text.find("\n§", end)
    stop = min(len(text), end + reach, following_item if following_item >= 0 else len(text))
    return Document("", metadata={**metadata, "start": end, "end": stop}) if stop > end else None


def _sentence_before(record, row: int) -> str:
    """The text of the sentence before the one at `row`."""
    before = record.sentences[row - 1]
    return record.text[before.start : before.end]


# "Antalet personer som avslutades ..." names its own measure; "Antalet ökade till ..." goes on with one.
_OWN_MEASURE = re.compile(r"^\W*(?:antalet|andelen)\s+(?!(?:ökade|ökat|minskade|minskat|steg|stigit|sjönk|sjunkit|var|hade|"
                          r"låg|uppgick|blev)\b)[^\W\d_]", re.I)


def continues_measure(text: str) -> bool:
    """Whether a sentence goes on with the measure of the one before it.

    >>> [continues_measure(s) for s in ("I december 2023 var motsvarande antal 380 personer.",
    ...  "Året innan var antalet 350.", "Antalet personer som började studera ökade från 120 till 145.")]
    [True, True, False]
    """
    return bool(CONTINUES_MEASURE.match(text)) and not _OWN_MEASURE.match(text)


def _shares_of_year_asked(frame: QuestionFrame, sentence: ScoredSentence, shares: list[Figure]) -> list[Figure]:
    """The shares stated for the one year a question asks: "ökade från 31,2 procent 2022 till 34,9
    procent 2024" states 34,9 for 2024, though only its first share shares a clause with the question."""
    if len(frame.years) != 1 or not shares:
        return shares
    year = str(frame.years[0])
    if all(figure_year(f) in (None, year) for f in shares):
        return shares
    return [f for f in figures_in_sentence(sentence.source, sentence.text, sentence.start)
            if f.kind == shares[0].kind and figure_year(f) == year]


def _of_money_kind(question: str, text: str) -> bool:
    """Whether a sentence speaks of the kind of sum the question names, if it names one: "hur mycket
    ökade bruttokostnaden" is not answered by "nettokostnaden ... en ökning med 4,5 procent"."""
    kind = money_kind(question)
    # Pay is named three ways: "lön", "ersättning", "arvode"; a saving as "besparing" or a cost cut ("minska
    # kostnaderna med 1,4 mnkr").
    kinds = _PAY if kind in _PAY else _SAVING if kind == "spar" else (kind,)
    return kind is None or any(k in text.lower() for k in kinds)


_PAY = ("lön", "ersättning", "arvode")
_SAVING = ("spar", "minska kostnad", "minskar kostnad", "minskade kostnad", "sänka kostnad", "sänker kostnad", "lägre kostnad")
_HOW_MANY_EN = re.compile(r"\bhow many\b", re.I)
# An interpellation's question as the reply lists it: "1. Varför minskas antalet platser ...?"
NUMBERED_QUESTION = re.compile(r"^\s*(\d{1,2})[.)]\s+\S.*\?\s*$", re.S)


def _caption(record, start: int, text: str) -> str:
    """A table row's caption (`figures.table_context`), or "" for a sentence."""
    return table_context(record.text, start) if is_table_line(text) else ""


# "Ungdomslyftet – coachning för unga ... 329 deltagare.": a count standing alone is of what the sentence before names.
_BARE_COUNT = re.compile(r"^\s*\d{1,3}(?:[ \u00a0]\d{3})*\s+[^\W\d_]+\s*\.?\s*$")


def continued_at(record, start: int, text: str) -> str:
    """`continued_from` of the sentence starting at `start`."""
    return continued_from(record, _row_of(record, start), text)


def continued_from(record, row: int, text: str) -> str:
    """The sentence before one that goes on with its measure ("Motsvarande antal 2023 var ..."),
    a table row's caption (`figures.table_context`), or ""."""
    if is_table_line(text):
        return table_context(record.text, record.sentences[row].start)
    if row == 0 or not (continues_measure(text) or _BARE_COUNT.match(text)):
        return ""
    before = record.sentences[row - 1]
    return record.text[before.start : before.end]


def _right_after(figure: Figure) -> str:
    """The words right after a figure, up to a clause break: "i åldern 16–24 år" of "varav 277 i åldern 16–24 år"."""
    return re.split(r"[,;.]\s|\s(?:och|samt|medan)\s", figure.sentence[figure.end - figure.sentence_start:] + " ")[0][:40]


def _age_span(text: str) -> tuple[int, int] | None:
    """The first age span a text names ("aged 16-24", "16–24 år"), as two numbers."""
    found = AGE_RANGE.search(text)
    if found is None:
        return None
    low, high = (g for g in found.groups() if g)
    return int(low), int(high)


def _heads_row(record, row: int) -> int | None:
    """The row of the line of column heads over a table's year row ("År  Inskrivna  Till arbete" over
    "2022  1 034  318"), or None for any other sentence."""
    if linear_row(record.text, record.sentences[row].start) is None:
        return None  # no year's row under heads (`figures.linear_row` reads both)
    above = row - 1
    while above >= 0 and is_table_line(record.text[record.sentences[above].start : record.sentences[above].end]):
        above -= 1
    return above if above >= 0 else None


def _row_of(record, start: int) -> int:
    """The row of the sentence starting at `start` (its vector's row too)."""
    return bisect.bisect_left([s.start for s in record.sentences], start)


def _asked_span(question: str) -> tuple[int, int] | None:
    """The span of months a question asks ("jan–sep", "första halvåret"), not one month."""
    span = month_span(question)
    return span if span and span[0] != span[1] else None


# A cause announced as a count of causes ("beror på två saker", "av följande skäl:") and the sentences that give them.
_ANNOUNCES = re.compile(r"\b(?:två|tre|fyra|flera|några|följande)\s+(?:saker|skäl|faktorer|anledningar)\b|"
                        r"\b(?:two|three|several)\s+(?:things|reasons|causes|factors)\b", re.I)
_ENUMERATED = re.compile(r"^\s*(?:för det (?:första|andra|tredje|fjärde)|dels\b|first(?:ly)?\b|second(?:ly)?\b|third(?:ly)?\b)", re.I)
# A sentence whose subject points to what the one before it says: "Den positiva avvikelsen", "Detta", "Ökningen".
_REFERS_TO_BEFORE = re.compile(r"^\s*(?:den|det|denna|detta|dessa|de)\b|^\s*[^\W\d_]+(?:en|et|ningen|ingen)\s", re.I)


def _span_of(record, start: int, text: str) -> tuple[int, int] | None:
    """The span of months a sentence is stated for: its own, or that of the sentences it points back to."""
    row = _row_of(record, start)
    for _ in range(3):
        if (span := month_span(text)) or row == 0 or not (
                POINTS_BACK.search(text) or POINTS_BACK_WITHIN.search(text) or GOES_ON.match(text) or NAMES_BACK.match(text)
                or SAME_PERIOD.search(text)):
            return span
        row, text = row - 1, _sentence_before(record, row)
    return None


def _months_named(lexical, text: str) -> set[str]:
    """The tokens of the month names a text writes ("januari–augusti 2023": januari, augusti)."""
    return {t for m in re.finditer(rf"\b{MONTH_PATTERN}\b", text, re.I) for t in lexical.tokens(MONTH_ABBREVIATIONS.get(m.group(0).lower(), m.group(0)))}


def _mentions_month(text: str, months: tuple[str, ...]) -> bool:
    lowered = text.lower()
    return any(re.search(rf"\b{m}\b", lowered) for m in months)


@dataclass(frozen=True)
class _Terms:
    """The question's stems with their IDF weights, and how much of its wording the corpus knows."""

    weights: dict
    coverage: float
    unknown_names: tuple[str, ...]


SHORT_LINE_PENALTY = 0.03
# "When was the meeting that dealt with the follow-up?" asks a date, not what the meeting dealt with.
_NOT_AGENDA = frozenset({"date", "place", "person", "party", "count", "amount", "organisation"})
TITLE_LINES = 12  # the opening sentences a document's title may stand in, under its letterhead
LETTERHEAD_CHARS = 600  # a document's opening, where its letterhead names who drafted it
VOTE_LINES = 12  # sentences after the one about a vote that its result may stand in
VOTE_CANDIDATES = 8  # the close sentences a vote asked about is looked for among
VOTE_BEFORE = 3  # sentences before the one found that a vote's result may begin in
MEMBERS_CHARS = 2000  # the first page of minutes: who was there, in which role, who signs


class ExtractiveComposer:
    """Selects, orders and cites sentences; declines when nothing answers."""

    name = "extractive"

    def __init__(self, index, embeddings, threshold: dict[str, float] | float | None = None,
                 decision: Decision | dict[str, Decision] | None = None):
        self.index = index
        self.embeddings = embeddings
        # A number forces the old single-score rule (tools that sweep it); by default the fitted decision answers.
        self.threshold = None if threshold is None else (threshold if isinstance(threshold, dict) else {"sv": threshold, "en": threshold})
        decision = decision or default_decisions()
        self.decisions = decision if isinstance(decision, dict) else {"sv": decision, "en": decision}

    def _terms(self, question: str, frame: QuestionFrame) -> _Terms:
        lexical = self.index.lexical()
        content = [w for w in words_of(question) if w not in _QUESTION_WORDS]
        if frame.language == "en":
            # An English word is in no Swedish sentence: the glossary's Swedish word ("registered":
            # inskrivna, "job": arbete) is what a sentence that answers says.
            content = [ENGLISH_GLOSS.get(w, w) for w in content]
        # Abbreviations are read as Swedish ones: an English word is no abbreviation of a Swedish one.
        tokens = lexical.query_tokens if frame.language == "sv" else lexical.tokens
        weights = {t: lexical.idf(t) for t in set(tokens(" ".join(content)))}
        # Swedish words of the question the corpus never uses (lön, logotyp,
        # anställda) are evidence that it asks about something not covered.
        # Numbers are checked as figures, not as words: "tio dagar" is not off-topic.
        wording = {t: lexical.idf(t) for t in tokens(" ".join(w for w in content if not _IS_NUMBER.match(w)))}
        # A form the corpus does not use of a word it does ("deltog" beside "deltagare") is known.
        # A word the lemma table joins to the corpus's ("försörjningsstöd" for "ekonomiskt bistånd") is known too.
        coverage = sum(w for t, w in wording.items() if t in lexical.doc_freq or lemma(t) in lexical.doc_freq
                       or any(k in lexical.doc_freq for k in LEMMA_FORMS.get(t, ()))) \
            / (sum(wording.values()) or 1.0) if wording else 1.0
        return _Terms(weights, coverage, unknown_names(frame, lexical))

    def score(self, question: str, docs: list[Document], frame: QuestionFrame | None = None,
              typed: bool = True, terms: _Terms | None = None) -> list[ScoredSentence]:
        """Every sentence of the retrieved chunks, scored, best first. `typed`
        adds the answer-type, name and count bonuses a question earns; a claim
        states its answer instead of asking for one, so the checker scores without them."""
        frame = frame or understand(question)
        if not typed:
            frame = replace(frame, answer_type="fact", names=())
        info = analyse(question)
        lexical = self.index.lexical()
        terms = terms or self._terms(question, frame)
        if frame.operation == "chained_share" and _OF_BASE.search(question):
            # "hur många av de inskrivna fick arbete": who is counted among is the setting, often
            # named only in the sentence before ("702 av dessa ..."); what is counted is the question.
            base = set(lexical.tokens(" ".join(ENGLISH_GLOSS.get(w, w) for w in words_of(split_share_question(question)[0]))))
            terms = replace(terms, weights={t: w * BASE_WEIGHT if t in base else w for t, w in terms.weights.items()})
        qvec = np.asarray(self.embeddings.embed_query(question), dtype=np.float32)
        total = sum(terms.weights.values()) or 1.0
        shift = COVERAGE_WEIGHT * (terms.coverage - 1) if info.language == "sv" else 0.0
        names = [n.lower() for n in frame.names if n not in terms.unknown_names]
        asked, optional = _counted(question, frame, lexical), _optional_counted(question, frame, lexical)
        phase = phase_of(question)
        authored = frame.answer_type == "person" and bool(AUTHORED_ASKED.search(question))
        if authored and docs and not any(d.metadata["source"] == docs[0].metadata["source"] and d.metadata["start"] == 0 for d in docs):
            # Who wrote a document stands in its letterhead ("Handläggare: …"), which is near in
            # meaning to no question: the opening of the document the question is most about is read too.
            docs = [*docs, opening(docs[0].metadata, LETTERHEAD_CHARS)]
        role = role_asked(question) if frame.answer_type == "person" else None
        if role is not None and docs:
            # Who held a role at a meeting stands on the minutes' first page ("Övriga närvarande ...
            # Linnea Hed, nämndsekreterare"), which may share no word with the question ("vem förde protokollet").
            # Every retrieved minutes' first page: "who wrote up the minutes" is near in meaning to no line of it.
            minutes = [d for d in {d.metadata["source"]: d for d in docs}.values()
                       if str(self.index.document(d.metadata["source"]).get("type") or "").startswith("protokoll")]
            if not minutes and (bodies := claimed_bodies(question)):
                # "Who chairs the labour market committee in Norrköping?" is near in meaning to the town's other
                # papers, not to its committee's list of members: the minutes of the body asked are read.
                # (The latest minutes only: each is read from disk.)
                latest = sorted((d for d in self.index.documents if str(d.get("type") or "").startswith("protokoll")),
                                key=lambda d: str(d.get("date") or ""), reverse=True)[:MINUTES_READ]
                minutes = [Document("", metadata={**docs[0].metadata, "source": d["source"], "title": d.get("title")})
                           for d in latest if bodies & bodies_in(self.index.record(d["source"]).text[:MEMBERS_CHARS])][:MAX_SENTENCES]
            docs = [*docs, *(opening(d.metadata, MEMBERS_CHARS) for d in (minutes or docs[:1]))]
        if frame.answer_type == "reason" and frame.language == "sv" and docs:
            # A cause is often given right after what it explains ("... 19 dagar ... Ökningen beror på två saker."),
            # across a chunk's end: the passage after each retrieved one is read too. (Not for an English question,
            # whose words pick no cause among more: meaning alone ranks them all alike.)
            docs = [*docs, *(following(d.metadata, len(self.index.record(d.metadata["source"]).text)) for d in docs)]
        extreme = extreme_asked(question)
        motion_asked = bool(MOTION_ASKED.search(question))
        asked_span = _asked_span(question)
        stance = stance_asked(question) if frame.answer_type in ("party", "person") and frame.operation is None else None
        if stance is not None and docs:
            # Who reserved themselves stands at the item's end ("Reservation ..."), which the name of the matter
            # asked retrieves no nearer than its opening: the rest of each retrieved item is read too.
            docs = self._with_items(docs)
        verb = lemmas(lexical.tokens(asked_verb(question))) if frame.language == "sv" else set()
        scored: list[ScoredSentence] = []
        seen: set[tuple[str, int]] = set()
        named_in: dict[str, set[str]] = {}  # the question's names each document holds
        for rank, doc in enumerate(docs):
            source = doc.metadata["source"]
            record = self.index.record(source)
            vectors = self.index.sentence_vectors(source)
            for row in _sentence_rows(record, doc.metadata["start"], doc.metadata["end"]):
                sentence = record.sentences[row]
                if (source, sentence.start) in seen:
                    continue
                seen.add((source, sentence.start))
                text = record.text[sentence.start : sentence.end]
                if INSTRUCTION.search(text) or is_year_header(text):
                    continue  # addressed to a model, or a table's header of years: never an answer
                dense = float(vectors[row] @ qvec)
                tokens = set(lexical.tokens(text))
                # "Av dessa hade 880 ..." is of the year its antecedent names ("Under 2020 skrevs ...").
                tokens |= years_pointed_to(record, row, text)
                if row and SAME_PERIOD.search(text):
                    # "Under samma period fick 57 unga arbete": the months are those the sentence before names.
                    tokens |= _months_named(lexical, _sentence_before(record, row))
                if continued := continued_from(record, row, text):
                    # "I december 2023 var motsvarande antal 3 100" counts what the sentence before names.
                    tokens |= {t for t in lexical.tokens(continued) if not t[:1].isdigit()}
                    if _BARE_COUNT.match(text):
                        # "188 deltagare." says nothing alone: it means what the sentence it completes means.
                        dense = max(dense, float(vectors[row - 1] @ qvec))
                if frame.answer_type == "reason" and row and _REFERS_TO_BEFORE.match(text) and CAUSE_STATED.search(text):
                    # "Ökningen beror på två saker": the cause of what the sentence before says ("väntetiden har blivit
                    # längre"), which is as near the question as that sentence is.
                    dense = max(dense, float(vectors[row - 1] @ qvec))
                if frame.answer_type == "amount" and _GENERIC_SUBJECT.match(text):
                    # "Kostnaden uppgår till 3,6 mnkr", "2. insatsen finansieras med 3,6 mnkr": the cost of what
                    # the heading and the paragraph above name ("§ 87 Inrättande av Språkspår Kalmar").
                    tokens |= set(lexical.tokens(section_opening(record.text, sentence.start)))
                if stance is not None and states_stance(stance, text):
                    # "vilka partier var emot sommarjobben": "Lisa Strand (v) och Maja Lind (c) reserverar sig" says what
                    # is asked, of the matter its item's heading names ("§ 22 Sommarjobb för ungdomar 2025").
                    tokens |= set(lexical.tokens(item_heading(record.text, sentence.start)))
                    bonus_stance = VERB_BONUS
                else:
                    bonus_stance = 0.0
                if YEAR_IN_HAND.search(text):
                    # "Antalet inskrivna under året ..." in "Årsrapport 2024" is of 2024.
                    tokens |= years_named(doc.metadata.get("title") or "")
                # "fick jobb" is answered by "hade fått ett arbete": a word counts in any form the lemma
                # table joins, but as a whole word only ("arbetsmarknaden" is no "jobb").
                missing = [t for t in terms.weights if t not in tokens]
                words = lemmas(tokenize(f"{text} {continued}")) if missing else set()  # once a sentence: the cost is the stemmer's
                overlap = (sum(w for t, w in terms.weights.items() if t in tokens)
                           + sum(min(terms.weights[t], _form_weight(t, words, lexical)) for t in missing)) / total
                bonus = bonus_stance + TYPE_BONUS * (frame.answer_type in _TYPED and holds_type(frame.answer_type, text, _caption(record, sentence.start, text)))
                if frame.answer_type == "count" and not info.wants_arithmetic and (frame.language == "sv" or _HOW_MANY_EN.search(question)):
                    # A count is typed too: "fler av dem har gått vidare till ett arbete" states none, nor does
                    # "var tredje deltagare var under 25 år" (a share and an age); "how many were enrolled" is not
                    # answered by the report's title. (What an English count counts is held to by the glossary:
                    # "9 träffar ... 40 anställningar".)
                    bonus += TYPE_BONUS * any(f.kind == "count" for f in figures_in_sentence(source, text, sentence.start))
                if names and len(text.split()) > 3:
                    # A bare name line ("Sten Nordin" under a signature) names but says nothing.
                    # A name in the sentence counts fully; one only elsewhere in its document (the
                    # signatory of "vad kallar Nordin 2008") half: it is that person's text.
                    lowered = text.lower()
                    if source not in named_in:
                        document = record.text.lower()
                        named_in[source] = {n for n in names if _named_in(n, document)}
                    bonus += NAME_BONUS * sum(1.0 if n in lowered else 0.5 * (n in named_in[source]) for n in names) / len(names)
                if frame.parties and len(text.split()) > 3:
                    # "Vad yrkade moderaterna?" is answered where a member of theirs is marked "(M)".
                    bonus += NAME_BONUS * sum(bool(_marked(p, text)) for p in frame.parties) / len(frame.parties)
                if (frame.answer_type == "count" or frame.operation == "chained_share") and frame.language == "sv":
                    bonus += COUNT_BONUS * _count_match(asked, lexical, source, text, sentence.start, optional, continued)
                    bonus += UNIT_BONUS * _unit_match(asked, lexical, text)
                if frame.answer_type == "count" and _only_within_group(question, lexical, source, text, sentence.start):
                    bonus -= GROUP_PENALTY
                elif frame.operation == "chained_share" and _counts_only_the_base(question, asked, lexical, source, text, sentence.start):
                    bonus -= GROUP_PENALTY
                if asked_span and info.wants_number and typed:
                    bonus += PERIOD_BONUS * (_span_of(record, sentence.start, text) == asked_span)
                elif frame.months and info.wants_number:
                    bonus += PERIOD_BONUS * bool(_period_figures(frame, source, sentence.start, text, self.index))
                if verb and len(text.split()) > 3 and inflected_overlap(verb, lemmas(lexical.tokens(text))):
                    bonus += VERB_BONUS
                elif authored and AUTHORED_STATED.search(text):
                    # "Vem skrev rapporten?" is answered by "Rapporten har sammanställts av Sara Lindqvist",
                    # and by a letterhead's "Handläggare: Sofia Ek", a name line that here does answer.
                    bonus += VERB_BONUS + NAME_BONUS + SHORT_LINE_PENALTY * (len(text) < 40)
                elif role is not None and role_holder(text, role, question, self._letterhead(source)):
                    # "Vem var ordförande?" is answered by "Maria Sjögren (S), ordförande".
                    bonus += VERB_BONUS + NAME_BONUS
                elif extreme and extreme in extremes(text, record.text).values():
                    # "Vilket område hade lägst andel?" is answered by "... lägst bland deltagare från Gränby".
                    bonus += VERB_BONUS + NAME_BONUS
                if frame.answer_type in ("amount", "count", "decision") and not motion_asked and MOTION.search(text):
                    # "vad kostar språkspåret" is not answered by "X (s) yrkar att ... ytterligare 1,8 mnkr": a motion.
                    bonus -= GROUP_PENALTY
                if phase is not None:
                    # "när det startade" is answered by "Inledningsvis ...", "numera" by what came later.
                    bonus += PHASE_BONUS * (phase_of(text) == phase)
                score = dense + LEXICAL_WEIGHT * overlap + shift + bonus + _adjustment(info, text, doc.metadata.get("title"))
                scored.append(ScoredSentence(source, doc.metadata.get("title"), sentence.start, sentence.end, text,
                                             dense, overlap, score, rank))
        return sorted(scored, key=lambda s: s.score, reverse=True)

    def evidence(self, question: str, frame: QuestionFrame, eligible: list[ScoredSentence], terms: _Terms) -> Evidence:
        best = eligible[0]
        other = next((s.score for s in eligible if s.source != best.source), best.score - 0.1)
        document = self.index.record(best.source).text.lower()
        known = [n for n in frame.names if n not in terms.unknown_names]
        return Evidence(
            # English words are never in the Swedish corpus: their coverage says nothing, so it is neutral.
            dense=best.dense, lexical=best.lexical, coverage=terms.coverage if frame.language == "sv" else 1.0,
            type_present=float(holds_type(frame.answer_type, best.text)),
            count_match=self._count_match(question, frame, best),
            names_known=1.0 - len(terms.unknown_names) / len(frame.names) if frame.names else 1.0,
            names_matched=sum(_named_in(n, document) for n in known) / len(frame.names) if frame.names else 1.0,
            margin=best.score - other, english=float(frame.language == "en"),
        )

    def _of_part_of_year(self, sentence: ScoredSentence) -> bool:
        """Whether a sentence is stated for a span of months short of a whole year (`month_span`), or a season."""
        return self._months_spanned(sentence) < 12

    def _months_spanned(self, sentence: ScoredSentence) -> int:
        """How many months the period a sentence is stated for spans: 12 for a year or none said."""
        if SEASON.search(sentence.text):
            return 3  # "en mindre pilot sommaren 2024"
        span = _span_of(self.index.record(sentence.source), sentence.start, sentence.text)
        return span[1] - span[0] + 1 if span else 12

    def _count_match(self, question: str, frame: QuestionFrame, best: ScoredSentence, optional: bool = True) -> float:
        """For a number question: how much of what it counts ("anställda", "fick
        arbete") stands around the best figure of the sentence. "två filialer"
        does not answer "hur många anställda"."""
        if frame.answer_type != "count" or frame.language != "sv":
            return 1.0
        lexical = self.index.lexical()
        record = self.index.record(best.source)
        return _count_match(_counted(question, frame, lexical), lexical, best.source, best.text, best.start,
                            _optional_counted(question, frame, lexical) if optional else frozenset(),
                            continued_at(record, best.start, best.text))

    def _confident(self, frame: QuestionFrame, evidence: Evidence, best_score: float) -> tuple[bool, float]:
        if self.threshold is not None:
            return best_score >= self.threshold[frame.language], best_score
        decision = self.decisions[frame.language]
        probability = decision.probability(evidence)
        return probability >= decision.threshold, probability

    def compose(self, question: str, docs: list[Document], original: str | None = None) -> Answer:
        original = original or question
        info = analyse(question)
        # Users type names in lower case ("karin rågsjö", "från enskede-årsta-vantör"): the
        # documents' own spelling tells a name from a word.
        frame = names_written_lower(understand(question),
                                    (self.index.record(s).text for s in dict.fromkeys(d.metadata["source"] for d in docs)))
        if frame.operation == "per_head" and any(_states_per_head(d.page_content) for d in docs):
            # "Det motsvarar 20 000 kronor per inskriven deltagare": a sum per head the documents
            # state is read with its period, as any sum is, not recomputed.
            frame = replace(frame, operation=None, answer_type="amount")
            info = replace(info, wants_arithmetic=False)
        if asks_overview(question):
            answered = self._figure_overview(question, original, docs, frame)
            if answered is not None:
                return answered
        if asks_summary(question):
            return self._summary(question, original, docs)
        if (ranked := self._year_of_extreme(question, original, docs)) is not None:
            return ranked
        if frame.operation is None and frame.answer_type not in _NOT_AGENDA and MEETING.search(question) and AGENDA_ASKED.search(question):
            answered = _agenda_answer(self.index, question, original, docs)
            if answered is not None:
                return answered
        # "How many days between the two replies she signed" asks for arithmetic on the documents' dates.
        # "Who signed the minutes?" asks the role that signs them (the justerare), which a line names.
        attribute = asked_attribute(frame.answer_type, question) if frame.operation is None and not (
            frame.answer_type == "person" and role_asked(question)) else None
        if attribute is not None:
            answered = _document_fact_answer(self.index, attribute, question, original, docs)
            if answered is not None:
                return answered
        if frame.answer_type == "party" and frame.operation is None and not frame.names and _role_is_asked_of(question):
            # "Vilket parti tillhör nämndsekreteraren?": the party of whoever holds the role, not a marker beside it.
            answered = self._role_party_answer(question, original, docs, frame)
            if answered is not None:
                return answered
        if frame.operation is None and frame.answer_type not in ("party", "person") and VOTE_ASKED.search(question):
            # "Hur slutade voteringen?": the result the minutes give after the vote ("Ja-röster: 7").
            answered = self._vote_answer(question, original, docs, frame)
            if answered is not None:
                return answered
        if frame.answer_type in ("party", "person") and frame.operation is None and not frame.names and ASKER_ASKED.search(question):
            # "Vilket parti tillhör den som skrev interpellationen?": the asker, as the reply names them.
            answered = _asker_answer(self.index, frame.answer_type, question, original, docs)
            if answered is not None:
                return answered
        if frame.answer_type == "party" and frame.operation is None and AUTHORSHIP.search(question):
            # "Vilket parti tillhör kommunalrådet som svarade?", "the person who answered X's interpellation":
            # the party of the one who signed the answer, not of a name the question gives.
            answered = _signatory_party_answer(self.index, question, original, docs)
            if answered is not None:
                return answered
        terms = self._terms(question, frame)
        scored = self.score(question, docs, frame, terms=terms)
        # A name the corpus never mentions is declined by name below, not here.
        known = tuple(n for n in frame.names if n not in terms.unknown_names)
        eligible = [s for s in scored if _eligible(info, s, self.index, known, answer_type=frame.answer_type)]
        if not eligible and info.months and info.wants_number and info.language == "sv":
            # No sentence for the month repeats the question's words ("kom i jobb" for "fått ett
            # arbete"): those naming the month compete, and the decision weighs what their figure counts.
            eligible = [s for s in scored if _eligible(info, s, self.index, known, strict=False, answer_type=frame.answer_type)]
        if frame.parties and frame.answer_type != "party":
            eligible = [s for s in eligible if not _only_other_parties(frame.parties, s.text)]
        section: list[ScoredSentence] = []
        if not QUESTIONS_ASKED.search(question):
            # "1. Vad är skälet till att ...?" is the interpellation's question, not the reply's answer;
            # only a question about what was asked ("vad ville hon veta?") is answered by one. Where the
            # reply answers it under its own heading ("Svar på fråga 1"), that section is as near as the question.
            asked_there = next((s for s in eligible[:3] if s.text.rstrip().endswith("?")), None)
            eligible = [s for s in eligible if not s.text.rstrip().endswith("?")]
            section = self._answered_under(asked_there) if asked_there is not None else []
            if section:
                eligible = [*section, *(s for s in eligible if (s.source, s.start) not in {(a.source, a.start) for a in section})]
        language = analyse(original).language
        if not eligible:
            years = uncovered_years(info.years, self.index.lexical())
            return _declining(original, _decline(language, info, bool(scored), (), years), scored, question)
        evidence = self.evidence(question, frame, eligible, terms)
        unknown = terms.unknown_names + unknown_places(frame, self.index.lexical()) + unknown_acronyms(question, self.index.lexical()) \
            + unknown_document_kinds(question, self.index.lexical(), self.index.document_types)
        # A place, person or body the corpus never mentions ("Göteborg") is not
        # answered by a passage about another. English capitalises titles
        # ("Labour Market Committee"), so there only a single unknown word counts.
        if [n for n in unknown if frame.language == "sv" or " " not in n]:
            return _declining(original, _decline(language, info, False, unknown), scored, question,
                              warnings=("unknown_name",), evidence=evidence)
        holding = [s for s in eligible if holds_type(frame.answer_type, s.text, _caption(self.index.record(s.source), s.start, s.text))] \
            if frame.answer_type in _MUST_HOLD else eligible
        if frame.answer_type == "amount" and AMOUNT_PER_ASKED.search(question):
            # "Vad kostade det per inskriven?" is not answered by the year's total.
            holding = [s for s in holding if AMOUNT_PER_STATED.search(s.text) or _states_per_head(s.text)]
        elif frame.answer_type == "amount" and not info.wants_arithmetic:
            # Nor "vad var nettokostnaden" by "Nettokostnaden per deltagare blev 48,5 tkr", where a sum of the whole is given.
            holding = [s for s in holding if not _states_per_head(s.text)] or holding
        if frame.answer_type == "party" and frame.names:
            # "Vilket parti är Lars Berg?" is answered where a marker follows his name, before a
            # sentence that names him beside other people's markers.
            holding = [s for s in holding if any(n in s.text for n in frame.names) and extract("party", s.text, frame.names)] or holding
        if frame.answer_type == "amount" and money_nouns(question) == {"budget"}:
            # A budget is what was planned: "Kostnaden bedöms bli 3,4 mnkr, varav 1,2 mnkr belastar 2024"
            # is no budget for 2024, nor is "finansiera insatsen, 3,4 mnkr"; a sentence or table that says budget may be.
            holding = [s for s in holding if "budget" in money_nouns(f"{_caption(self.index.record(s.source), s.start, s.text)} {s.text}")]
        if frame.answer_type == "amount" and money_kind(question):
            # "What was the net cost?" is not answered by "bruttokostnad uppgick till 9,6 miljoner"; a table's
            # row is of the kind its label, caption or column heads say.
            holding = [s for s in holding if _of_money_kind(question, f"{_caption(self.index.record(s.source), s.start, s.text)} {s.text}")]
        if frame.operation is not None and money_kind(question):
            # "How much did the gross cost rise?" is not answered by "nettokostnaden ... en ökning med 4,5
            # procent": only sentences of the kind asked answer; with none, its figures are computed with.
            holding = [s for s in holding if _of_money_kind(question, s.text)]
            if not holding and (computed := self._computed(question, original, language, docs, 0.0)) is not None:
                return replace(computed, evidence=evidence)
        if not holding:
            # "Vilket diarienummer ...?" is not answered by a sentence holding none.
            return _declining(original, _decline(language, info, False), scored, question,
                              warnings=("answer_type_missing",), evidence=evidence)
        if holding is not eligible:
            # Only candidates holding the asked form can answer: the best of them leads.
            eligible = holding
            evidence = self.evidence(question, frame, eligible, terms)
        if frame.answer_type == "amount" and frame.language == "sv" and not info.wants_arithmetic and \
                self._unnamed_cost(question, eligible[0].source, eligible[0].start, eligible[0].end):
            # "vad kostar språkspåret": a close sum whose paragraph names it ("Kostnaden uppgår till 3,6 mnkr"
            # under "Inrättande av Språkspår Kalmar") before the best one, of a press release on another measure.
            named = [s for s in eligible if s.score >= eligible[0].score - WIDE_MARGIN
                     and not self._unnamed_cost(question, s.source, s.start, s.end)]
            if named:
                eligible = named + [s for s in eligible if s not in named]
                evidence = self.evidence(question, frame, eligible, terms)
        if frame.months and info.wants_number:
            # A figure stated for the month asked outranks a close sentence whose figure
            # covers a span or another month, even one that repeats more of the question.
            dated = [s for s in eligible if s.score >= eligible[0].score - PERIOD_WINDOW and _period_figures(frame, s.source, s.start, s.text, self.index)]
            if dated and dated[0] is not eligible[0]:
                eligible = dated + [s for s in eligible if s not in dated]
                evidence = self.evidence(question, frame, eligible, terms)
        if (frame.years and frame.answer_type == "count" and frame.language == "sv" and not info.wants_arithmetic
                and frame.operation is None and not frame.months and not _asked_span(question) and self._of_part_of_year(eligible[0])):
            # "hur många fick jobb 2024" is answered by the year's 836, not by the first half-year's 412, where a close
            # sentence gives the year's count of the same thing.
            # Else the longest part stated ("1 januari–30 september": 386) before a quarter within it (131).
            close = [s for s in eligible if s.score >= eligible[0].score - PERIOD_WINDOW
                     and self._count_match(question, frame, s) >= self._count_match(question, frame, eligible[0])]
            whole = [s for s in close if not self._of_part_of_year(s)] or sorted(
                close, key=lambda s: -self._months_spanned(s))
            if whole and whole[0] is not eligible[0]:
                eligible = whole[:1] + [s for s in eligible if s is not whole[0]]
                evidence = self.evidence(question, frame, eligible, terms)
        single_date = frame.answer_type == "date" and len(re.findall(r"\b(?:när|when)\b", question, re.I)) == 1
        if single_date:
            # "När startade ..." is answered by the day ("Den 1 januari 2008 inrättades ...") before a
            # close sentence that gives only the year; further behind when the year is the same
            # (the other sentence may merely repeat the question's verb: "startade 2008").
            top = eligible[0]
            same_year = years_named(top.text)
            # It must say something the question asks about: "Justerat 2024-03-21: ..." is no answer
            # to when a plan is to be presented.
            dated = [s for s in eligible if (days := self._days(s)) and s.lexical > 0 and s.score >= top.score - PERIOD_WINDOW * (
                     1 + any(str(d.date.year) in same_year for d in days))]
            if dated and dated[0] is not eligible[0]:
                eligible = dated + [s for s in eligible if s not in dated]
                evidence = self.evidence(question, frame, eligible, terms)
        role = role_asked(question) if frame.answer_type == "person" else None
        if role is not None and not role_holder(eligible[0].text, role, question, self._letterhead(eligible[0].source)):
            # "Who chaired the meeting?": a close sentence that names the chair ("Anna Lind (KD),
            # ordförande") answers before one that only mentions the chair ("jämte ordföranden justera").
            holder = next((s for s in eligible[1:] if s.score >= eligible[0].score - WIDE_MARGIN
                           and role_holder(s.text, role, question, self._letterhead(s.source))), None)
            if holder is None:
                # The top sentence is the role's bare label ("Sekreterare ........") or is only about the
                # meeting: its document names the holder elsewhere ("Linnea Hed, nämndsekreterare"),
                # scored lower for the compound.
                holder = next((s for s in eligible[1:] if s.source == eligible[0].source
                               and role_holder(s.text, role, question, self._letterhead(s.source))), None)
            if holder is not None:
                eligible = [holder] + [s for s in eligible if s is not holder]
                evidence = self.evidence(question, frame, eligible, terms)
        if role is not None and frame.names and role_holder(eligible[0].text, role, question, self._letterhead(eligible[0].source)):
            # "Who chairs the district committee in Skärholmen?" is not answered by another district's minutes:
            # the holder's paper names the place or body asked in its head ("NORRKÖPINGS KOMMUN").
            head = self.index.record(eligible[0].source).text[:MEMBERS_CHARS].lower()
            if not all(re.search(rf"\b{re.escape(n.lower())}", head) for n in frame.names):
                return _declining(original, _decline(language, info, False), scored, question, 0.0,
                                  warnings=("other_body",), evidence=evidence)
        if frame.answer_type == "count" and not info.wants_arithmetic and sides_named(question):
            # "Hur många män ...?" where the documents count only the women among everyone: the rest, computed.
            rest = self._computed(question, original, language, docs, eligible[0].score, op="other_side")
            if rest is not None and rest.figures:
                return replace(rest, evidence=evidence)
        # "gick 24,6 procent till arbete" counts no one: a close sentence that gives a count answers.
        countless = frame.answer_type == "count" and frame.language == "sv" and not self._counts_of_year(frame, eligible[0])
        if (frame.answer_type == "count" and not info.wants_arithmetic
                and (frame.language == "sv" and (matched := self._count_match(question, frame, eligible[0], optional=False)) < 1.0
                     or KIND_NAMED_BEFORE.search(eligible[0].text) and not KIND_NAMED_BEFORE.search(question)
                     or countless)):
            # "hur många fick jobb 2023": the nearest sentence in meaning may count only the enrolled (or everyone
            # who took part, where "329 deltagare." after "Ungdomslyftet – ..." counts those asked), or a kind
            # the sentence before names ("74 personer fick en sådan anställning"); a close one whose figure
            # counts what is asked ("641 personer vidare till en anställning") is the candidate.
            # One that counts part of it gives way only within its own document.
            counting = next((s for s in eligible[1:] if s.score >= eligible[0].score - COUNT_WINDOW and not KIND_NAMED_BEFORE.search(s.text)
                             and (frame.language != "sv" or matched == 0.0 or s.source == eligible[0].source or countless)
                             and self._counts_of_year(frame, s) and self._count_match(question, frame, s) == 1.0), None)
            if counting is not None:
                eligible = [counting, *(s for s in eligible if s is not counting)]
                evidence = self.evidence(question, frame, eligible, terms)
        else:
            counting = None
        if (frame.answer_type == "person" and asked_verb(question) and not self._does_what_asked(question, eligible[0])
                and (frame.language == "sv" or asked_verb(question).lower() in VERBS_EN)):
            # "Who presented the matter?": a close sentence where someone does it ("Maria Ek föredrog ärendet")
            # before one that only names a person beside the subject ("..., säger Stina Berglöf").
            doing = next((s for s in eligible[1:] if s.score >= eligible[0].score - WIDE_MARGIN and self._does_what_asked(question, s)
                          and extract("person", s.text, _people(frame, self.index.record(s.source).text)) is not None), None)
            if doing is not None:
                eligible = [doing, *(s for s in eligible if s is not doing)]
                evidence = self.evidence(question, frame, eligible, terms)
        confident, confidence = self._confident(frame, evidence, eligible[0].score)
        if not confident and counting is not None and confidence >= self._slack_floor(frame) and frame.years:
            # Near the line, a figure of the year asked that counts what is asked is typed evidence: the words
            # the question adds ("via jobbtorget") are the setting, which the sentence need not repeat.
            confident = True
        if not confident and _typed_hit(frame, eligible[0], self.index.record(eligible[0].source).text):
            # The sentence names everyone the question names and holds a value of the
            # asked type ("Lena Bergkvist (mp)" for "which party"): that is the answer.
            confident = True
        if (not confident and frame.language == "en" and frame.answer_type == "count" and not info.wants_arithmetic
                and confidence >= self._slack_floor(frame)
                and (hit := next((s for s in eligible[:MAX_SENTENCES] if s.score >= eligible[0].score - WIDE_MARGIN and _one_count_asked(
                    self._counts_of_year(frame, s), self._counts_asked(question, frame), among=True)), None)) is not None):
            # An English question is far in meaning from any Swedish sentence: near the line, one count
            # of what it counts ("found work": "515 hade fått ett arbete") is typed evidence, as a
            # Swedish question's count match is. A table's caption may stand just above the row that gives it.
            confident = True
            if hit is not eligible[0]:
                eligible = [hit, *(s for s in eligible if s is not hit)]
                evidence = self.evidence(question, frame, eligible, terms)
        typed_stating = None
        if (not confident and frame.language == "en" and frame.answer_type in _STATED_KINDS and confidence >= self._slack_floor(frame)
                and (stating := self._stating_kind(question, frame, eligible)) is not None):
            # "Why were waiting times longer?" near the line, beside "De längre väntetiderna beror på att det är
            # semestertider": an English question shares no words with the Swedish text, and a close
            # sentence that gives a reason (a decision) is typed evidence, as a Swedish question's words are.
            confident, typed_stating = True, stating
            eligible = [stating, *(s for s in eligible if s is not stating)]
            evidence = self.evidence(question, frame, eligible, terms)
        if (frame.operation in ("difference", "percent_change") and not confident and confidence >= self._slack_floor(frame)
                and any(self._states_change(question, frame, s) for s in eligible[:MAX_SENTENCES]
                        if s.score >= eligible[0].score - MARGIN)):
            # "Hur mycket ökade antalet?" near the line, beside "..., en ökning med 135 personer": the
            # documents state the change; quoting it beats recomputing it from levels.
            confident = True
        authored_asked = frame.answer_type == "person" and bool(AUTHORED_ASKED.search(question))
        if (not confident and authored_asked
                and AUTHORED_STATED.search(eligible[0].text) and extract("person", eligible[0].text, frame.names)):
            # "Who wrote the report?" and "Rapporten har sammanställts av Sara Lindqvist": the typed answer stands there.
            confident = True
        if confident and authored_asked and not (AUTHORED_STATED.search(eligible[0].text) or AUTHORSHIP.search(eligible[0].text)):
            # "Vem har skrivit tjänsteutlåtandet?" is not answered by a name in a motion ("Ordförande Karin Holm (S) yrkar ...").
            confident = False
        extreme = extreme_asked(question)
        if extreme and extreme in extremes(eligible[0].text, self.index.record(eligible[0].source).text).values():
            # The name the documents call the highest or lowest stands in the sentence.
            confident = confident or confidence >= self._slack_floor(frame)
        if role is not None:
            # "Vem var ordförande?" is answered where a name stands beside the role, and only there:
            # "Ordföranden ställer proposition på Per Lind (M) yrkande" names no chair.
            # A name beside the very role asked is typed evidence enough, in English too, where
            # meaning alone scores "Beslutande Anna Lind (KD), ordförande" low.
            confident = bool(role_holder(eligible[0].text, role, question, self._letterhead(eligible[0].source)))
            if confident and not self._of_meeting_asked(frame, eligible[0].source):
                # "Who wrote up the minutes at the meeting in May?" is not answered by the April minutes' secretary,
                # nor "vem var ordf på mötet i mars" by a January press release's contact line: by the March
                # minutes' chair, where they are among the candidates.
                held = next((s for s in eligible[1:] if self._of_meeting_asked(frame, s.source)
                             and role_holder(s.text, role, question, self._letterhead(s.source))), None)
                if held is None:
                    return _declining(original, _decline(language, info, False), scored, question, confidence,
                                      warnings=("other_meeting",), evidence=evidence)
                eligible = [held, *(s for s in eligible if s is not held and self._of_meeting_asked(frame, s.source))]
        if (not confident and frame.typed and (frame.language == "sv" or asked_verb(question).lower() in VERBS_EN)
                and confidence >= self._slack_floor(frame) and self._does_what_asked(question, eligible[0])
                and extract(frame.answer_type, eligible[0].text, _people(frame, self.index.record(eligible[0].source).text)) is not None):
            # "Vilket parti reserverade sig?" near the line, beside "Erik Holm (sd) reserverar sig mot beslutet": the
            # sentence does what is asked and holds a value of the asked type.
            confident = True
        stance = stance_asked(question) if frame.answer_type in ("party", "person") and frame.operation is None else None
        if not confident and stance is not None and confidence >= self._slack_floor(frame):
            # "Vilka partier var emot …?" near the line: a close sentence where members take that stance
            # ("… (m) och … (sd) röstar nej") and are named is the typed answer.
            taking = next((s for s in eligible[:MAX_SENTENCES] if s.score >= eligible[0].score - WIDE_MARGIN and states_stance(stance, s.text)
                           and extract(frame.answer_type, s.text, _people(frame, self.index.record(s.source).text)) is not None), None)
            if taking is not None:
                confident = True
                eligible = [taking, *(s for s in eligible if s is not taking)]
                evidence = self.evidence(question, frame, eligible, terms)
        if not confident and frame.parties and frame.language == "sv" and all(_marked(p, eligible[0].text) for p in frame.parties):
            # "Vad yrkade moderaterna?": a sentence where a member marked "(M)" does what the question asks ("yrkade").
            confident = self._does_what_asked(question, eligible[0])
        if frame.operation is not None and not confident and confidence >= self._slack_floor(frame):
            # Near the line, operands found by what they count are evidence enough.
            computed = self._computed(question, original, language, docs, confidence)
            # Below the line only one clear reading will do: two near-equal readings are a guess.
            if computed is not None and computed.figures and "two_readings" not in computed.warnings:
                return replace(computed, evidence=evidence)
            # "Hur många av de inskrivna fick jobb?" near the line, beside "860 av dessa ..., varav 515 hade fått
            # ett arbete": the count asked, stated among the group asked, is evidence as typed as a computed one.
            confident = frame.operation == "chained_share" and self._stated(question, frame, eligible) is not None
        if not confident:
            return _declining(original, _decline(language, info, False), scored, question, confidence, evidence=evidence)
        best = eligible[0].score
        # "Why", "what", list and decision questions are answered by a passage, not a value:
        # more of the close sentences are quoted for them.
        margin = MARGIN if frame.typed or frame.answer_type in ("count", "computed") else WIDE_MARGIN
        chosen = [s for s in eligible if s.score >= best - margin][:MAX_SENTENCES]
        if frame.answer_type != "reference" and not DOCUMENT_CUE.search(question):
            # A label line ("Arbetsmarknadsnämndens beslut") or the title line names what follows; beside
            # a sentence that states it, it is not quoted as the answer.
            # A members' list line that names the role asked ("Beslutande Anna Lind (KD), ordförande") is the answer.
            chosen = [s for s in chosen if not _label_line(s) or (role is not None and role_holder(s.text, role, question, self._letterhead(s.source)))] or chosen
        decided = self._decision_block(frame, eligible) if frame.answer_type == "decision" else None
        if decided:
            # "Vad beslutade nämnden om vårdlyftet?": what the minutes say the committee decides, item by item,
            # not a sentence reporting that it decided ("beslutade om Vårdlyftet vid sitt sammanträde").
            chosen, eligible = decided, [*decided, *(s for s in eligible if s not in decided)]
        elif typed_stating is not None:
            # The sentence that gives the reason (the decision) is the answer; others that give one give another's.
            chosen = [typed_stating]
        elif frame.answer_type == "reason" and not section and (explained := self._explaining(question, eligible, best)):
            # "Varför blev det överskott?": the reasons given for the surplus, not those given for something else.
            chosen = explained[:MAX_SENTENCES]
            eligible = [*explained, *(s for s in eligible if s not in explained)]
        if frame.answer_type == "place":
            # "Var sitter jobbcentret?": the close sentences that name a place, not those that name none.
            chosen = [s for s in chosen if holds_type("place", s.text)] or chosen
        if single_date and self._dated(eligible[0]):
            # One date asked ("när ... och när ..." asks two, each its own sentence).
            chosen = [s for s in chosen if self._dated(s)] or chosen
        if info.wants_number and frame.answer_type != "yesno":
            # ("Vet staden hur många ...?" may be answered by "... vet vi inte".)
            with_numbers = [s for s in chosen if _HAS_NUMBER.search(s.text)]
            chosen = with_numbers or chosen
            # When a figure is stated for the month asked, sentences without one are not the answer.
            chosen = [s for s in chosen if _period_figures(frame, s.source, s.start, s.text, self.index)] or chosen
        stating = [s for s in chosen if self._states_change(question, frame, s)] \
            if frame.operation in ("difference", "percent_change") else []
        if stating:
            # "Hur mycket ökade andelen ...": a close sentence that states the change answers it.
            chosen = stating + [s for s in chosen if s not in stating]
        answering = eligible[0]
        if frame.answer_type == "target":
            # "Vilka är den till för?": the close sentence saying whom it is for ("Satsningen riktar sig till två
            # grupper:", with the groups it lists after its colon), not one announcing the programme.
            close = [s for s in eligible[:MAX_SENTENCES * 2] if s.score >= best - WIDE_MARGIN and holds_type("target", s.text)]
            aimed = close[0] if close else None
            heading = next((s for s in scored[:MAX_SENTENCES * 2] if s.score >= best - WIDE_MARGIN and s.text.rstrip().endswith("?")
                            and holds_type("target", s.text)), None)
            if heading is not None and (aimed is None or heading.score > aimed.score):
                # A heading that asks it ("Vilka riktar sig Startbanan till?") is answered by the sentence under it.
                aimed = self._sentence_after(heading)
            if aimed is not None:
                answering, chosen = aimed, [aimed]
        if (frame.answer_type == "count" and not info.wants_arithmetic
                or frame.language == "en" and frame.operation == "chained_share" and not asks_rest(question)):
            # "How many got a job?": the sentence nearest in meaning may count the enrolled; a close one
            # with one count of what is asked ("451 personer ... vidare till arbete", "varav 415 ... arbete") answers.
            about = self._counts_asked(question, frame)
            record = self.index.record(eligible[0].source)
            # A year's row of a table ("2022  1 034  318") counts what its columns' heads say.
            if about(linear_row(record.text, eligible[0].start) or eligible[0].text) is False:
                such = bool(KIND_NAMED_BEFORE.search(question))
                better = next((s for s in eligible[1:] if s.score >= eligible[0].score - WIDE_MARGIN
                               and (such or not KIND_NAMED_BEFORE.search(s.text))
                               and _one_count_asked(self._counts_of_year(frame, s), about,
                                                        among=frame.operation == "chained_share" or _parallel_counts(self._counts_of_year(frame, s), about))), None)
                if better is not None:
                    answering, chosen = better, [better] + [c for c in chosen if c is not better]
        if frame.answer_type == "count" and not info.wants_arithmetic and (span := _age_span(question)) \
                and not self._states_span(answering, span):
            # "how many aged 16-24 were enrolled": a close sentence (or a table's row, under a head) that counts
            # that age group, not everyone registered.
            aged = next((s for s in eligible[:MAX_SENTENCES * 2] if s.score >= eligible[0].score - WIDE_MARGIN
                         and self._states_span(s, span)), None)
            if aged is not None:
                answering, chosen = aged, [aged] + [c for c in chosen if c is not aged]
        if frame.language == "sv" and frame.answer_type == "count" and not info.wants_arithmetic \
                and (whole := self._whole_of_parts(question, frame, eligible)) is not None:
            answering, chosen = whole, [whole] + [c for c in chosen if c is not whole]
        if frame.language == "sv" and frame.answer_type == "count" and not info.wants_arithmetic \
                and self._predicate_missing(question, frame, answering):
            # "hur många kvinnor fick jobb" is not answered by "1 812 inskrivna, varav 794 kvinnor"; "hur många
            # personer började studera" by a close sentence that says so, not by "1 812 personer inskrivna".
            holder = next((s for s in eligible if s.score >= eligible[0].score - WIDE_MARGIN and s is not answering
                           and (KIND_NAMED_BEFORE.search(question) or not KIND_NAMED_BEFORE.search(s.text))
                           and self._counts_of_year(frame, s) and not self._predicate_missing(question, frame, s, noun_too=True)), None)
            if holder is None:
                return _declining(original, _decline(language, info, False), scored, question, confidence,
                                  warnings=("predicate_missing",), evidence=evidence)
            answering, chosen = holder, [holder] + [c for c in chosen if c is not holder and not self._predicate_missing(question, frame, c)]
        asked_kinds = _ASKED_KINDS.get("share" if asks_share(question) else frame.answer_type, frozenset())
        if (info.wants_number or frame.answer_type == "amount") and not stating and (exact := self._exact_of(answering, eligible, asked_kinds)) is not None:
            # "knappt 38 procent" in a reply rounds the report's "37,6 procent": the report's figure answers.
            answering = exact
            eligible = [exact] + [s for s in eligible if s is not exact]
            chosen = [exact] + [c for c in chosen if c is not exact]
        said = self._stated(question, frame, eligible) if info.wants_arithmetic and not stating else None
        if said is not None and (exact := self._exact_of(said, eligible, asked_kinds)) is not None:
            said = exact
        if info.wants_arithmetic and not stating and said is None:
            computed = self._computed(question, original, language, docs, confidence)
            if computed is not None:
                return replace(computed, evidence=evidence)
        elif said is not None:
            if said is not eligible[0]:
                # A close sentence states what is asked ("Av dessa fick 150 ett arbete"): it answers.
                answering = said
                chosen = [said] + [c for c in chosen if c is not said]
            # The share is stated, but perhaps the other way round ("inte" on one side only).
            flipped = self._computed(question, original, language, docs, confidence, chosen, op="complement")
            if flipped is not None and flipped.figures:
                return replace(flipped, evidence=evidence)
        chosen = self._window(frame, chosen)
        order = {s.source: s.rank for s in chosen}
        chosen.sort(key=lambda s: (order[s.source], s.start))
        citations = _merged(tuple(_citation(i + 1, s) for i, s in enumerate(chosen)))
        lead = _lead(frame, citations, [f.id for s in chosen for f in _period_figures(frame, s.source, s.start, s.text, self.index)],
                     lambda source: self.index.record(source).text, (answering.source, answering.start),
                     values_in(question), self._counts_asked(question, frame), asks_share(question),
                     lambda c: continued_at(self.index.record(c.source), c.start, c.quote))
        # "204 deltagare var nyanlända. Av dem gick 49 till arbete, vilket motsvarar 24,0 procent": the whole is named before.
        if (said is not None and lead is None and asks_share(question)
                and whole_held(question, f"{self._pointed_to(said)} {said.text}", self.index.lexical())
                and len(shares := _shares_of_year_asked(frame, said, _stated_shares(question, said, self.index.lexical(),
                                                                                    figures_of=self._figures_of))) == 1):
            # "Hur stor andel fick arbete?": the one percentage stated for it, with its sentence's [n].
            lead = next((f"{_as_written(shares[0], said)} [{c.n}]" for c in citations if (c.source, c.start) == (said.source, said.start)), None)
        cited = next((c.n for c in citations if stating and (c.source, c.start) == (stating[0].source, stating[0].start)), None)
        if cited is not None:
            # The change the sentence states is the answer: "135 [1]" of "en ökning med 135 personer".
            change = _change_stated(stating[0], asks_in_percent(question))
            unit = change.unit if change.unit and change.unit.lower() not in ("fler", "färre", "more", "fewer") else None
            lead = f"{change.text}{' ' + unit if unit else ''} [{cited}]"
        if lead is not None and frame.answer_type == "count" and _without_unsaid(question, answering.text):
            # "hur många fick jobb utan lönestöd" is not answered by "80 anställningar med lönestöd": the rest of
            # a whole, computed when the documents give both, else not given.
            rest = self._computed(question, original, language, docs, confidence, op="remainder")
            if rest is not None and rest.figures:
                return replace(rest, evidence=evidence)
            return _declining(original, _decline(language, info, False), scored, question, confidence,
                              warnings=("complement_not_stated",), evidence=evidence)
        if lead is not None and frame.answer_type == "count" and frame.language == "en" and _with_unsaid(question, lead, citations):
            # "how many got a job with wage subsidy" is not answered by "fick 412 personer ett arbete": an English count
            # is held to what it is "with", where the vocabulary knows the documents' word for it ("stöd").
            return _declining(original, _decline(language, info, False), scored, question, confidence,
                              warnings=("qualifier_not_stated",), evidence=evidence)
        if lead is not None and frame.answer_type == "amount" and frame.language == "sv" and self._cost_of_unnamed(question, lead, citations):
            # "vad kostar vårdspåret" is not answered by a press release on another measure that never names it.
            return _declining(original, _decline(language, info, False), scored, question, confidence,
                              warnings=("other_subject",), evidence=evidence)
        if lead is not None and frame.answer_type == "amount" and not self._names_what_costs(question, lead, citations):
            # "92 000 kronor per år i ekonomiskt bistånd" is no cost of the job scheme the question
            # names: the passage is shown, its sum not given as the answer.
            lead = None
        elif lead is None and frame.answer_type == "amount" and not info.wants_arithmetic and citations and not any(
                self._names_what_costs(question, f"[{c.n}]", citations) for c in citations):
            # "vad kostade steget vidare 2023" is not answered by the budget of the whole Jobbtorg, although
            # its report names the programme elsewhere: no sentence shown says what costs.
            return _declining(original, _decline(language, info, False), scored, question, confidence,
                              warnings=("other_subject",), evidence=evidence)
        if language == "en":
            lead = english_lead(original, lead, " ".join(c.quote for c in citations))
        return Answer(original, _render(language, citations, lead), False, citations, (), question, confidence,
                      evidence=evidence)

    def _whole_of_parts(self, question: str, frame: QuestionFrame, eligible: list[ScoredSentence]) -> ScoredSentence | None:
        """The close sentence whose one count is the sum of the parts the first sentence counting what is
        asked gives: "hur många fick jobb" beside "Av dessa fick 322 en osubventionerad anställning,
        medan 165 fick en anställning med stöd" is answered by "gick 487 personer vidare till arbete",
        unless the question names what sets a part apart ("med stöd")."""
        about = self._counts_asked(question, frame)
        if about is None:
            return None
        close = [s for s in eligible[:MAX_SENTENCES * 2] if s.score >= eligible[0].score - WIDE_MARGIN]
        counting = next(((s, counts) for s in close if (counts := [c for c in self._counts_of_year(frame, s) if about(c.counts)])), None)
        if counting is None or len(counting[1]) < 2:
            return None
        parts = [lemmas(tokenize(c.counts)) for c in counting[1]]
        apart = set().union(*parts) - set.intersection(*parts)
        if inflected_overlap(apart, lemmas(tokenize(question))):
            return None
        total = sum(c.value for c in counting[1])
        return next((s for s in close if s is not counting[0]
                     and [c.value for c in self._counts_of_year(frame, s) if about(c.counts)] == [total]), None)

    def _predicate_missing(self, question: str, frame: QuestionFrame, sentence: ScoredSentence, noun_too: bool = False) -> set[str]:
        return _predicate_missing(question, frame, self.index.lexical(), self.index.record(sentence.source), sentence, noun_too)

    def _explaining(self, question: str, eligible: list[ScoredSentence], best: float) -> list[ScoredSentence]:
        """For a why-question, the close sentences that give a reason ("eftersom", "beror på") for what
        the question asks about: the rarest of its words in the corpus ("överskott" in "varför blev det
        överskott för jobbtorget 2024"). Empty when the best sentence is one, or no close sentence is."""
        lexical = self.index.lexical()
        # A light verb ("gick under budget", "fick") is no focus: what went is.
        # Nor is where the answer is said to stand ("enligt svaret 2013").
        asked = [t for t in lexical.tokens(" ".join(w for w in words_of(without_attribution(question)) if w not in _QUESTION_WORDS
                                                      and w not in LIGHT_WORDS and w not in NOT_COUNTED))
                 if not t.isdigit()]
        # A definite form ("jobbtorget") is as common as the bare one the tokens hold beside it.
        asked = [t for t in asked if lexical.decompounder.bare_of_definite(t) not in asked]
        if not asked:
            return []
        focus = lemma(max(asked, key=lexical.idf))

        def names_focus(text: str) -> bool:
            # "överskott" is named by "Överskottet förklaras ...", which the stemmer leaves whole.
            stems = lemmas(lexical.tokens(text))
            stems |= {b for t in stems if t.endswith("et") and len(t) > 6 for b in lexical.tokens(t[:-2])}
            return bool(inflected_overlap({focus}, stems))

        def explains(sentence: ScoredSentence) -> bool:
            # "Budgeten för 2023 var 52,6 mnkr och utfallet blev 49,8 mnkr. Den positiva avvikelsen uppstod på grund
            # av ...": a reason for what the sentence before it names.
            if not holds_type("reason", sentence.text):
                return False
            record = self.index.record(sentence.source)
            row = _row_of(record, sentence.start)
            before = _sentence_before(record, row) if row else ""
            return names_focus(sentence.text) or bool(_REFERS_TO_BEFORE.match(sentence.text)) and names_focus(before)

        if explains(eligible[0]):
            return []
        found = [s for s in eligible[1:] if s.score >= best - REASON_REACH and explains(s)]
        if found:
            # The reason may go on in the next sentence ("Kostnaderna blev också lägre ... på grund av ...").
            record = self.index.record(found[0].source)
            row = _row_of(record, found[0].start) + 1
            if row < len(record.sentences):
                nxt = record.sentences[row]
                text = record.text[nxt.start:nxt.end]
                if holds_type("reason", text) and all((s.source, s.start) != (found[0].source, nxt.start) for s in found):
                    found.insert(1, ScoredSentence(found[0].source, found[0].title, nxt.start, nxt.end, text, found[0].dense,
                                                   found[0].lexical, found[0].score, found[0].rank))
        return found

    def _exact_of(self, answering: ScoredSentence, eligible: list[ScoredSentence], kinds: frozenset[str] = frozenset()) -> ScoredSentence | None:
        """A close sentence that states exactly a figure the answering one rounds ("drygt 64 miljoner
        kronor" for 64,3): the same kind and unit, within what the rounding word allows, about what the
        rounded one counts and of no other year. None when the answering sentence rounds nothing (of `kinds`,
        the kinds of figure asked, when given)."""
        rounded = [f for f in figures_in_sentence(answering.source, answering.text, answering.start)
                   if f.qualifier in (*APPROX, *MORE, *LESS) and (not kinds or f.kind in kinds)]
        if not rounded:
            return None
        lexical = self.index.lexical()

        def said(text: str) -> set[str]:
            return lemmas(lexical.tokens(re.sub(r"\d[\d\s]*(?:[,.]\d+)?", " ", text)))

        sentence_words = said(answering.text)
        for candidate in eligible:
            # A reply's round figure may stand nearer the question than the report's exact one.
            if candidate is answering or candidate.score < answering.score - 2 * WIDE_MARGIN:
                continue
            other = said(candidate.text)
            for figure in figures_in_sentence(candidate.source, candidate.text, candidate.start):
                if figure.qualifier:
                    continue
                named = years_named(figure.counts)  # "jämfört med 70,2 miljoner kronor 2024" is of another year
                for approx in rounded:
                    # A count of "deltagare" is one of whoever its words say: "fler än 300 deltagare gick vidare" and "331 vidare".
                    unit = figure.unit == approx.unit or (approx.kind == "count" and {figure.unit, approx.unit} & {None, *PLAIN_HEADS})
                    if not (figure.kind == approx.kind and unit and not named - {figure_year(approx)}
                            and within(approx.value, figure.value, approx.qualifier, approx.kind == "percent")):
                        continue
                    if approx.qualifier not in APPROX and abs(figure.value - approx.value) > 2 * RELATIVE_TOLERANCE * approx.value:
                        continue  # "fler än 300" rounds 331, not 900
                    # About the same thing: most of what the rounded figure's clause counts ("av dem gick till
                    # arbete"), or, when it says nothing but its unit ("till drygt 64 miljoner kronor"), of its sentence.
                    words = said(approx.counts) - said(f"{approx.qualifier} {approx.text} {approx.unit or ''}")
                    if not words:
                        words = sentence_words
                    if 2 * len(inflected_overlap(words, other)) >= min(len(words), len(other)):
                        return candidate
        return None

    def _names_what_costs(self, question: str, lead: str, citations: tuple[Citation, ...]) -> bool:
        """Whether the sentence a sum is read from names anything the question asks the sum of, a word
        its document uses ("ljusnejobb", "kommunen"), periods and qualifiers aside."""
        lexical = self.index.lexical()
        cited = re.search(r"\[(\d+)\]\s*$", lead)
        said = next((c for c in citations if cited and c.n == int(cited.group(1))), None)
        if said is None:
            return True
        # A period ("per år") and a qualifier ("ungefär") say how the sum is reckoned, not what it is of.
        # Nor does the word for the sum itself ("kostade", "kostnaden"): "kost" is held by any "Kostnaden för ...";
        # nor the head a sum is per ("per person").
        heads = {w for m in PER_HEAD_ASKED.finditer(question) for w in words_of(m.group(0))}
        words = [w for w in words_of(question) if w not in _QUESTION_WORDS and w not in LIGHT_WORDS and w not in QUALIFIERS
                 and w not in PERIOD_WORDS and w not in _TIME_WORDS and not w[:1].isdigit() and not _MONEY_WORD.match(w)
                 and w not in heads]
        record = self.index.record(said.source)

        def holds(tokens: set[str], term: str) -> bool:
            # "netto" is said within "nettokostnad", "kost" (kostade) within "kostnader".
            return bool(inflected_overlap({term}, tokens)) or (len(term) >= 4 and any(term in w for w in tokens))

        document = _document_stems(lexical.tokens, record.text)
        known = [t for t in lemmas(lexical.tokens(" ".join(words))) if holds(document, t)]
        if not known:
            # Its document names nothing the question asks the cost of: a sum of something else when another
            # document does name it ("feriepraktiken" in the minutes, not in the report whose sum is shown).
            return not any(t in lexical.doc_freq for t in lexical.tokens(" ".join(words)))
        # A sum is of what its document's title names ("Årsrapport 2024 – Jobbcentrum Gävle"); "Satsningen kostar 1,8
        # miljoner kronor" of what the text before it names; a table row of what its caption names.
        scene = record.metadata.title or ""
        if _GENERIC_SUBJECT.match(said.quote) or _GENERIC_OBJECT.search(said.quote):
            scene += " " + _recent(record, said.start)
        if is_table_line(said.quote):
            scene += " " + table_context(record.text, said.start)
        tokens = lemmas(lexical.tokens(f"{scene} {said.quote}"))
        return any(holds(tokens, t) for t in known)

    def _stating_kind(self, question: str, frame: QuestionFrame, eligible: list[ScoredSentence]) -> ScoredSentence | None:
        """Of the close sentences that state a cause (a decision), the one whose words before it are
        nearest the question in meaning: "De längre väntetiderna beror på ..." for "why were waiting
        times longer", not "... exklusive de som återremitterats på grund av ..."."""
        kind = _STATED_KINDS[frame.answer_type]
        stating = [(s, m) for s in eligible[:MAX_SENTENCES] if s.score >= eligible[0].score - WIDE_MARGIN
                   and (m := kind.search(s.text))]
        if len(stating) < 2:
            return stating[0][0] if stating else None
        asked = np.asarray(self.embeddings.embed_query(question), dtype=np.float32)
        # "Ökningen beror på ...": what is explained is said in the sentence before.
        said = np.asarray(self.embeddings.embed_documents([
            f"{self._said_before(s) if _REFERS_TO_BEFORE.match(s.text) else ''} {s.text[: m.start()] or s.text}".strip()
            for s, m in stating]), dtype=np.float32)
        return stating[int(np.argmax(said @ asked))][0]

    def _cost_of_unnamed(self, question: str, lead: str, citations: tuple[Citation, ...]) -> bool:
        """Whether the sentence a sum is read from is of something else (`_unnamed_cost`)."""
        cited = re.search(r"\[(\d+)\]\s*$", lead)
        said = next((c for c in citations if cited and c.n == int(cited.group(1))), None)
        return said is not None and self._unnamed_cost(question, said.source, said.start, said.end)

    def _unnamed_cost(self, question: str, source: str, start: int, end: int) -> bool:
        """Whether a sum's document, where it says what it is about (its title and opening) and in the sum's own
        paragraph, names nothing of what the question asks the cost of, money words and the question's frame
        aside: none of "vårdspåret" in a press release on Jobbtorg Ung."""
        lexical = self.index.lexical()
        words = [w for w in words_of(question) if w not in _QUESTION_WORDS and w not in LIGHT_WORDS and w not in QUALIFIERS
                 and w not in PERIOD_WORDS and w not in _TIME_WORDS and not w[:1].isdigit() and not MONEY_ASKED.search(w)
                 and not _MONEY_NOUN_WORD.search(w)]
        subject = lemmas(lexical.tokens(" ".join(words)))
        # A sum is of what its document is about or its paragraph names ("Satsningen kostar 2,6 miljoner kronor" in
        # a press release on Kompetenslyft Vård), not of a measure the document mentions in passing.
        text = self.index.record(source).text
        paragraph = text[text.rfind("\n\n", 0, start) + 1 : end]
        opening = text[: text.find("\n\n", 200) if text.find("\n\n", 200) > 0 else 600]
        document = _document_stems(lexical.tokens, f"{self.index.document(source).get('title') or ''} {opening} {paragraph}")
        # "jobbcentret" of "Jobbcenter Alfta": a shared start of six letters is the same word.
        return bool(subject) and not inflected_overlap(subject, document) and not any(
            len(t) >= 6 and any(w.startswith(t[:6]) for w in document) for t in subject)

    def _role_party_answer(self, question: str, original: str, docs: list[Document], frame: QuestionFrame) -> Answer | None:
        """The party of the one the passages give the role asked ("Karin Öst (S), ordförande"),
        read off a line that writes their name with a marker; a holder never marked, or a role
        no passage gives anyone, gets a decline."""
        role, language = role_asked(question), analyse(original).language
        scored = self.score(question, docs, frame)
        for sentence in scored:
            holder = role_holder(sentence.text, role, question, self._letterhead(sentence.source))
            if not holder:
                continue
            record, title = self.index.record(sentence.source), sentence.title
            said = Citation(sentence.source, title, sentence.text, sentence.start, sentence.end, n=1)
            if (marked := _marked_line(record.text, holder)) is not None:
                party, start, end = marked
                line = Citation(sentence.source, title, record.text[start:end].strip(), start, end, n=2)
                cited = (said,) if line.start == said.start else (said, line)
                lead = f"{party} [{cited[-1].n}]"
                text = (f"Svar: {lead}. " + " ".join(f"{c.quote} [{c.n}]" for c in cited) if language == "sv"
                        else _render(language, cited, english_lead(original, lead, " ".join(c.quote for c in cited))))
                return Answer(original, text, False, cited, (), question, 1.0)
            text = (f"Dokumenten anger inte vilket parti {holder} tillhör." if language == "sv"
                    else f"The documents do not state the party of {holder}.")
            return Answer(original, text, True, (), (said,), question, 0.0, warnings=("not_stated_in_document",))
        # No passage names who held the role: a marker beside the role's word is someone else's.
        return _declining(original, _decline(language, analyse(question), bool(scored), ()), scored, question)

    def _vote_answer(self, question: str, original: str, docs: list[Document], frame: QuestionFrame) -> Answer | None:
        """The result of the vote the question is about: the lines stating votes ("Ja-röster: 7 (...)",
        "Nej-röster: 4 (...)", "med 7 röster mot 4") that follow the closest sentence about a vote.
        None when no close sentence speaks of one or no result follows it."""
        # The vote stands in the middle of the item, which the matter's name retrieves no nearer than its opening.
        scored = self.score(question, self._with_items(docs), frame)
        # English words are never the minutes' words: there the close sentences are read by meaning alone.
        margin = WIDE_MARGIN if frame.language == "sv" else 1.0
        anchor = next((s for s in scored[:VOTE_CANDIDATES] if s.score >= scored[0].score - margin
                       and (VOTE_ASKED.search(s.text) or VOTE_STATED.search(s.text))), None)
        # A result stated among the closest ("Voteringen utfaller med 7 ja-röster mot 4"), however far below
        # the sentences that repeat the matter's name; whether it is on that matter is checked below.
        anchor = anchor or next((s for s in scored[: 2 * VOTE_CANDIDATES] if VOTE_STATED.search(s.text)), None)
        lines = VOTE_LINES
        if anchor is None and scored:
            # No close sentence speaks of the vote: the matter's own paragraph, the best, is followed by it.
            anchor, lines = scored[0], 2 * VOTE_LINES
        if anchor is None:
            return None
        record = self.index.record(anchor.source)
        row = _row_of(record, anchor.start)
        # The result is read from a little before the sentence found: it may be "Nej-röster: 4", the second line.
        stated = []
        for sentence in record.sentences[max(0, row - VOTE_BEFORE) : row + lines]:
            text = record.text[sentence.start : sentence.end]
            if VOTE_STATED.search(text):
                stated.append(Citation(anchor.source, anchor.title, text, sentence.start, sentence.end, n=len(stated) + 1))
        if not stated:
            return None
        # The vote must be on the matter asked: "omröstningen om feriejobben" is not the vote on the move
        # in the paragraph (§) before. English words are never the minutes': there the names asked decide.
        at = stated[0].start
        opened = record.text.rfind("§", 0, at)
        closed = record.text.find("§", at)
        section = lemmas(self.index.lexical().tokens(record.text[max(opened, 0) : closed if closed >= 0 else len(record.text)]))
        asked = " ".join(frame.names) if frame.language != "sv" else " ".join(
            w for w in words_of(question) if w not in _QUESTION_WORDS and not VOTE_ASKED.fullmatch(w) and not _VOTE_OUTCOME.fullmatch(w))
        topic = lemmas(self.index.lexical().tokens(asked))
        if topic and not inflected_overlap(topic, section):
            # The documents record a vote, on something else: that is no vote on what is asked.
            return _declining(original, _decline(analyse(original).language, analyse(question), False), scored, question)
        counts = [(m.group("side"), m.group("n")) for c in stated for m in VOTE_STATED.finditer(c.quote) if m.group("n")]
        sides = {side.lower(): n for side, n in counts}
        if not sides and (both := next((m for c in stated for m in VOTE_STATED.finditer(c.quote) if m.group("n2")), None)):
            sides = {"ja": both.group("n2"), "nej": both.group("n3")}  # "med 7 ja-röster mot 4 nej-röster"
        sv = analyse(original).language == "sv"
        lead = None
        if "ja" in sides and "nej" in sides:
            cited = " ".join(f"[{c.n}]" for c in stated if re.search(r"\b(?:ja|nej)-?röster", c.quote, re.I))
            lead = (f"{sides['ja']} ja-röster mot {sides['nej']} nej-röster {cited}" if sv
                    else f"{sides['ja']} votes for, {sides['nej']} against {cited}")
        text = (f"Svar: {lead}. " if lead and sv else "") + " ".join(f"{c.quote} [{c.n}]" for c in stated) if sv \
            else _render("en", tuple(stated), lead)
        return Answer(original, text, False, tuple(stated), (), question, 1.0)

    def _with_items(self, docs: list[Document]) -> list[Document]:
        """The passages with the rest of each minutes' item they stand in (`rest_of_item`)."""
        return [*docs, *filter(None, (rest_of_item(d.metadata, self.index.record(d.metadata["source"]).text) for d in docs))]

    def _does_what_asked(self, question: str, sentence: ScoredSentence) -> bool:
        """Whether a sentence holds the verb a Swedish question asks with, in any form ("reserverade": "reserverar")."""
        lexical = self.index.lexical()
        asked = asked_verb(question)
        # An English verb the vocabulary knows the minutes' word for ("presented": "föredrog").
        verb = lemmas(lexical.tokens(VERBS_EN.get(asked.lower(), asked)))
        return bool(verb) and bool(inflected_overlap(verb, lemmas(lexical.tokens(sentence.text))))

    def _said_before(self, sentence: ScoredSentence) -> str:
        """The text of the sentence before one, or ""."""
        record = self.index.record(sentence.source)
        row = _row_of(record, sentence.start)
        return _sentence_before(record, row) if row else ""

    def _pointed_to(self, sentence: ScoredSentence) -> str:
        """The sentence before one that points back to it ("Av dessa ..."), or ""."""
        return self._said_before(sentence) if points_back(sentence.text) else ""

    def _letterhead(self, source: str) -> str:
        """A document's title and opening: whose minutes or report it is ("Protokoll, arbetsmarknadsnämnden")."""
        record = self.index.record(source)
        return f"{record.metadata.title or ''} {record.text[:LETTERHEAD_CHARS]}"

    def _answered_under(self, asked: ScoredSentence) -> list[ScoredSentence]:
        """The sentences of the section that answers a reply's numbered question ("1. Varför minskas ...?"
        answered under "Svar på fråga 1"), scored as the question was, in their order; [] without one."""
        number = NUMBERED_QUESTION.match(asked.text)
        record = self.index.record(asked.source)
        heading = re.search(rf"^(?:svar på |angående |om )?fråga {number.group(1)}\s*:?\s*$", record.text, re.I | re.M) if number else None
        if heading is None or heading.start() < asked.end:
            return []
        following = re.search(r"^(?:svar på |angående |om )?fråga \d+\s*:?\s*$", record.text[heading.end():], re.I | re.M)
        end = heading.end() + following.start() if following else len(record.text)
        rows = [r for r, sentence in enumerate(record.sentences) if heading.end() <= sentence.start < end][:MAX_SENTENCES]
        return [ScoredSentence(asked.source, asked.title, record.sentences[r].start, record.sentences[r].end,
                               record.text[record.sentences[r].start : record.sentences[r].end],
                               asked.dense, asked.lexical, asked.score - 0.001 * i, asked.rank) for i, r in enumerate(rows)]

    def _states_span(self, sentence: ScoredSentence, span: tuple[int, int]) -> bool:
        """Whether a sentence, or the heads of the table row it is, states an age span."""
        record = self.index.record(sentence.source)
        return _age_span(f"{sentence.text} {linear_row(record.text, sentence.start) or ''}") == span

    def _figures_of(self, sentence: ScoredSentence) -> list[Figure]:
        """A sentence's figures; a table row's each of its column and year (`figures.with_columns`)."""
        return with_columns(self.index.record(sentence.source).text, figures_in_sentence(sentence.source, sentence.text, sentence.start))

    def _counts_of_year(self, frame: QuestionFrame, sentence: ScoredSentence) -> list[Figure]:
        """A sentence's counts; of the year asked when it states several ("980 under året,
        jämfört med 905 under 2023")."""
        # A table's row counts what each cell's column heads ("2021  1 286  352  171" under "Inskrivna  Till arbete ...").
        counts = [f for f in self._figures_of(sentence) if f.kind == "count"]
        if len(counts) > 1 and len(frame.years) == 1:
            in_hand = str(self.index.reported_years.get(sentence.source))
            # A count whose year nothing names ("860 av dessa ..., varav 515") is of the sentence's year.
            counts = [f for f in counts if figure_year(f, in_hand=in_hand) in (str(frame.years[0]), None)]
        return counts

    def _counts_asked(self, question: str, frame: QuestionFrame):
        """Whether words hold what a count question counts ("150 ett arbete"
        for "fick jobb"), by the stems of it the corpus knows, each word whole: a compound
        ("arbetssökande") is another thing. None when no such stem is asked (English)."""
        lexical = self.index.lexical()
        # "jobb" is asked as "arbet", which a corpus saying only "anställning" never spells.
        english = set(words_of(question))
        if frame.language == "en":
            # English words are never the documents' words: what is counted is read in their Swedish ones,
            # among a base only its predicate ("how many of those enrolled got a job" counts jobs).
            if _OF_BASE.search(question):
                question = split_share_question(question)[1]
            question = " ".join(COUNTED_IN_SWEDISH[w] for w in words_of(question) if w in COUNTED_IN_SWEDISH)
        asked = {t for t in _counted(question, frame, lexical) if (lexical.doc_freq.get(t) or t in LEMMA_STEMS) and not t.isdigit()}
        if not asked and frame.language == "en":
            return lambda words: _glossed_back(words, english)
        return lambda words: bool(inflected_overlap(asked, lemmas(tokenize(words)))) if asked else None

    def _days(self, sentence: ScoredSentence) -> list:
        """The days a sentence states ("den 1 januari 2008", "10/8"); a year alone is none."""
        return dates_in(sentence.text, self.index.document_years.get(sentence.source))

    def _dated(self, sentence: ScoredSentence) -> bool:
        return bool(self._days(sentence))

    def _summary(self, question: str, original: str, docs: list[Document]) -> Answer:
        """The central sentences and key figures of the document the question names, or
        one central sentence per document when it names none; every sentence cited."""
        language = analyse(original).language
        lexical = self.index.lexical()
        retrieved = [d.metadata["source"] for d in docs]

        def named(documents) -> str | None:
            return named_document(question, documents, retrieved, lexical.tokens, self.index.title_stems, lexical.is_common)

        source = named(self.index.documents)
        if source is not None and asks_all_documents(question) and named([d for d in self.index.documents if d["source"] != source]):
            # "vad dokumenten säger om jobbtorg": words that name more than one document ask about them all.
            source = None
        if source is None:
            return self._overview(question, original, language, retrieved)
        record, entry = self.index.record(source), self.index.document(source)
        title = entry.get("title") or source
        central = self._central(source)
        texts = [record.text[s.start : s.end] for s in record.sentences]
        # The line that states the title names the document (a letterhead above it does not), else the
        # first line: cited, so no figure of the lead is unquoted.
        at = next((i for i, t in enumerate(texts[:TITLE_LINES]) if entry.get("title") and " ".join(t.split()) == " ".join(title.split())), 0)
        heading = (record.sentences[at].start, record.sentences[at].end)
        # The letterhead above the title (office, date, Dnr) is no part of what the document says.
        central = [span for span in central if span[0] >= heading[0]] or central
        vectors = self.index.sentence_vectors(source)[: len(texts)]
        closeness = dict(zip((s.start for s in record.sentences), vectors @ vectors.mean(axis=0)))
        figures = key_figures(self.index.figures(source), lambda start: float(closeness.get(start, 0.0)))
        # A first line that is a section heading ("Sammanfattning") does not name the document: its
        # title does (a title with a number stays the cited line, so every number has a source).
        titled = bool(OWN_SUMMARY.match(texts[0].strip()) and entry.get("title") and not re.search(r"\d", title))
        spans = sorted(dict.fromkeys([*([] if titled else [heading]), *central, *((f.sentence_start, f.sentence_end) for f in figures)]))
        citations = tuple(Citation(source, title, record.text[a:b], a, b, n=i + 1) for i, (a, b) in enumerate(spans))
        cited = {(c.start, c.end): c for c in citations}
        named = f"”{title}”" if titled else f"”{cited[heading].quote}” [{cited[heading].n}]"
        named += f" ({entry['type']})" if entry.get("type") else ""
        body = " ".join(f"{cited[span].quote} [{cited[span].n}]" for span in central if span != heading)
        key = ", ".join(f"{f.text}{' ' + f.unit if f.unit else ''} [{cited[(f.sentence_start, f.sentence_end)].n}]" for f in figures)
        if language == "sv":
            text = f"Sammanfattning av {named}: {body}" + (f" Nyckeltal: {key}." if key else "")
        else:
            text = f"Summary of {named} (quoted in Swedish): {body}" + (f" Key figures: {key}." if key else "")
        return Answer(original, text, False, citations, (), question, 1.0, warnings=("summary",))

    def _central(self, source: str, k: int = SUMMARY_SENTENCES) -> list[tuple[int, int]]:
        """The spans of a document's k most central sentences, in its order."""
        record = self.index.record(source)
        texts = [record.text[s.start : s.end] for s in record.sentences]
        picks = own_summary(texts, k) or central_sentences(texts, self.index.sentence_vectors(source)[: len(texts)], k=k)
        return [(record.sentences[i].start, record.sentences[i].end) for i in picks]

    def _overview(self, question: str, original: str, language: str, retrieved: list[str]) -> Answer:
        """No document named: each document (the retrieved ones, in a large corpus) by its central sentence."""
        documents = self.index.documents
        shown = documents if len(documents) <= OVERVIEW_DOCUMENTS else \
            [self.index.document(s) for s in dict.fromkeys(retrieved)][:OVERVIEW_DOCUMENTS]
        shown = sorted(shown, key=lambda d: (d.get("date") or "", d["source"]))
        citations, lines = [], []
        for entry in shown:
            picks = self._central(entry["source"], k=1)
            if not picks:
                continue
            (start, end), text = picks[0], self.index.record(entry["source"]).text
            title = entry.get("title") or entry["source"]
            citation = Citation(entry["source"], title, text[start:end], start, end, n=len(citations) + 1)
            citations.append(citation)
            # Titles and dates hold numbers no quote here holds: the sources list names each document.
            lines.append(f"{entry.get('type') or 'dokument'}: {citation.quote} [{citation.n}]")
        # No count in the lead: every number an answer states stands in a cited passage.
        if language == "sv":
            lead = "Alla dokument" if len(shown) == len(documents) else "De dokument som ligger närmast frågan"
        else:
            lead = "All documents" if len(shown) == len(documents) else "The documents nearest the question"
        return Answer(original, f"{lead}: " + " ".join(lines), False, tuple(citations), (), question, 1.0, warnings=("overview",))

    def _figure_overview(self, question: str, original: str, docs: list[Document], frame: QuestionFrame) -> Answer | None:
        """Several figures about what the question asks, as a table in time order, each cited.
        Their sentences are scored as an answer's are, on the question without its overview
        words; the figures come from the retrieved passages, so the work stays bounded at scale."""
        language = analyse(original).language
        asked = topic(question)
        candidates = []
        # One count asked ("hur många som sov på härbärgena") is not "40 sängplatser" on one of them: a
        # figure must count most of what is asked. A question of two parts ("... och hur många av dem
        # kom vidare") spreads its words over both, so there no figure is held to them.
        asked_frame = understand(asked)
        counted = _counted(asked, asked_frame, self.index.lexical()) \
            if COUNT_ASKED.search(asked) and not _NEXT_QUESTION.search(asked) else set()
        for sentence in self.score(asked, docs, asked_frame):
            for figure in self.index.figures_between(sentence.source, sentence.start, sentence.end):
                if counted and len(inflected_overlap(counted, lemmas(tokenize(figure.counts)))) * 2 < len(counted):
                    continue
                candidates.append((figure, sentence.score, sentence.lexical >= SHARED_WEIGHT))
        chosen = select(candidates, wanted_kinds(asked, frame.answer_type))
        if not chosen:
            return None
        years = self.index.document_years
        chosen.sort(key=lambda f: time_key(f, years.get(f.source)))
        citations = _figure_citations(self.index, chosen)
        number = {(c.source, c.start): c.n for c in citations}
        rows = []
        for f in chosen:
            entry = self.index.document(f.source)
            # The title only: a date from the metadata would be a number no quote holds.
            row = OverviewRow(value_text(f), f.counts, figure_period(f) or f.period or "", entry.get("title") or f.source)
            rows.append((row, number[(f.source, f.sentence_start)]))
        return Answer(original, f"{overview_lead(len(rows), language)}\n\n{table(rows, language)}", False, citations, (), question, 1.0,
                      warnings=("figure_overview",))

    def _of_meeting_asked(self, frame: QuestionFrame, source: str) -> bool:
        """Whether a document may be of the meeting a question names by its month and year: its own
        date is in them, or it has none."""
        date = self.index.document(source).get("date") or ""
        if not date or not frame.months:
            return True
        month = int(date[5:7])
        return any(MONTHS_SV.index(m) + 1 == month if m in MONTHS_SV else MONTHS_EN.index(m) + 1 == month for m in frame.months) \
            and (not frame.years or int(date[:4]) in frame.years)

    def _states_change(self, question: str, frame: QuestionFrame, sentence: ScoredSentence) -> bool:
        """Whether a sentence states the change asked: in percent when that is asked, of the kind of
        sum asked, and over the span asked ("från 2022 till 2025" is not answered by "65 fler än året
        innan, en ökning med 4,6 procent" in a report on 2025)."""
        return (_change_stated(sentence, asks_in_percent(question)) is not None and _of_money_kind(question, sentence.text)
                and self._spans(frame, sentence))

    def _spans(self, frame: QuestionFrame, sentence: ScoredSentence) -> bool:
        """Whether a sentence is of every year a question asks, when it asks two or more."""
        asked = {str(y) for y in frame.years}
        return len(asked) < 2 or asked <= years_named(sentence.text) | sentence_years(sentence, self.index)

    def _stated(self, question: str, frame: QuestionFrame, eligible: list[ScoredSentence]) -> ScoredSentence | None:
        """The close sentence that states what an arithmetic question asks (`_states_answer`); a change
        only over the span asked."""
        said = _states_answer(question, eligible[0], self.index.lexical(), eligible[:MAX_SENTENCES],
                              [s for s in eligible[MAX_SENTENCES:] if s.score >= eligible[0].score - WIDE_MARGIN],
                              self._pointed_to, lambda s: section_opening(self.index.record(s.source).text, s.start),
                              [s for s in eligible[MAX_SENTENCES:] if s.score < eligible[0].score - WIDE_MARGIN])
        if said is not None and frame.operation in ("percent_change", "difference") and not self._spans(frame, said):
            return None
        return said

    def _slack_floor(self, frame: QuestionFrame) -> float:
        if self.threshold is not None:
            return self.threshold[frame.language] - ARITHMETIC_SLACK
        return self.decisions[frame.language].threshold / 2

    def _decision_block(self, frame: QuestionFrame, eligible: list[ScoredSentence]) -> list[ScoredSentence]:
        """The decision a close candidate belongs to: a sentence that says a body decides ("Nämnden beslutar
        att") with the numbered items that follow it, whose best sentence scores near the best candidate.
        Empty when no such decision is near."""
        # "Nämnden beslutade om X vid sitt sammanträde", "Beslutet om X fattades den 23 april" report that a
        # decision was made, not what it was: they set no bar for the decision itself.
        best: tuple[tuple[bool, float], list[ScoredSentence]] | None = None
        sources = list(dict.fromkeys(s.source for s in eligible))
        # "vad beslutade nämnden i april": the decision of the meeting of the month asked, where one is among them.
        sources = [s for s in sources if self._of_meeting_asked(frame, s)] or sources
        top = next((s.score for s in eligible if s.source in sources and not _REPORTS_DECISION.search(s.text)), eligible[0].score)
        # What the decision is about, written lower-case ("om språkspåret"): the question's words other than
        # the body, the deciding and the month.
        lexical = self.index.lexical()
        subject = lemmas(lexical.tokens(" ".join(
            w for w in words_of(frame.text) if len(w) >= 5 and w not in _QUESTION_WORDS and w not in LIGHT_WORDS
            and not BODY_WORD.search(w) and not DECISION_EVIDENCE.search(w) and not re.fullmatch(MONTH_PATTERN, w)
            and not re.match(r"(?:bestäm|beslut|decid)", w))))
        for source in sources:
            record = self.index.record(source)
            minutes = str(self.index.document(source).get("type") or "").startswith("protokoll")
            scored = {s.start: s for s in eligible if s.source == source}
            sentences = record.sentences
            for row, sentence in enumerate(sentences):
                if not DECIDES_THAT.search(record.text[sentence.start : sentence.end]):
                    continue
                rows = [row]
                # Only a lead-in ("Nämnden beslutar att", "... följande:") opens the items after it, and a first
                # numbered item ("1. Nämnden beslutar att ...") the numbered items that go on from it; a
                # bullet among news items ("- Nämnden beslutade den 14 mars att ...") stands alone.
                opener = record.text[sentence.start : sentence.end]
                item = LIST_ITEM if re.search(r"(?:\batt|:)\s*$", opener) else _NUMBERED if _FIRST_ITEM.match(opener) else None
                while item and rows[-1] + 1 < len(sentences) and item.match(
                        record.text[sentences[rows[-1] + 1].start : sentences[rows[-1] + 1].end]):
                    rows.append(rows[-1] + 1)
                held = [scored[sentences[r].start] for r in rows if sentences[r].start in scored]
                # A decision that names what the question names ("om Vårdlyftet") answers however far down it
                # scores: the sentence reporting that it was decided repeats the question's words, the decision its own.
                said = " ".join(record.text[sentences[r].start : sentences[r].end] for r in rows)
                named = any(n.lower() in said.lower() for n in frame.names) or bool(
                    subject and inflected_overlap(subject, lemmas(lexical.tokens(said))))
                if not held or not named and max(s.score for s in held) < top - WIDE_MARGIN:
                    continue
                near = max(held, key=lambda s: s.score)
                # The minutes are where a decision stands in full: "arbetsmarknadsnämnden i oktober beslutade att
                # inrätta X" in a reply only reports it.
                rank = (named and minutes, near.score)
                if best is None or rank > best[0]:
                    best = (rank, [scored.get(sentences[r].start) or ScoredSentence(
                        source, near.title, sentences[r].start, sentences[r].end, record.text[sentences[r].start : sentences[r].end],
                        near.dense, near.lexical, near.score, near.rank) for r in rows])
        return best[1] if best else []

    def _window(self, frame: QuestionFrame, chosen: list[ScoredSentence]) -> list[ScoredSentence]:
        """Widen the best sentence to its neighbour when the answer runs on: a
        lead-in ending in ':' or a sentence lacking the asked type whose
        next sentence holds it ("... rekryterar aspiranter. Målgruppen är ...")."""
        best = chosen[0]
        record = self.index.record(best.source)
        row = _row_of(record, best.start)
        wanted = frame.answer_type in _TYPED or frame.answer_type in ("reason", "decision")
        present = {(s.source, s.start) for s in chosen}

        def at(r: int) -> ScoredSentence:
            # A neighbouring sentence, quoted with the best one's scores.
            sentence = record.sentences[r]
            return ScoredSentence(best.source, best.title, sentence.start, sentence.end, record.text[sentence.start : sentence.end],
                                  best.dense, best.lexical, best.score, best.rank)

        def beside(rows) -> list[ScoredSentence]:
            return chosen + [s for s in map(at, rows) if (s.source, s.start) not in present]

        if (heads := _heads_row(record, row)) is not None:
            # "2022  1 034  318  21,6" says what it counts only under its columns' heads: they are quoted with it.
            above = at(heads)
            return chosen if (above.source, above.start) in present else [above, *chosen]
        if row > 0 and (_BARE_COUNT.match(best.text) or SAME_PERIOD.search(best.text)):
            # "188 deltagare." is quoted with the sentence it completes ("Bruksvägen – praktik ... "), "Under samma
            # period fick 57 unga arbete" with the one that names the period.
            before = at(row - 1)
            return chosen if (before.source, before.start) in present else [before, *chosen]
        # A lead-in ("... följande insatser;") or a bare name line ("Sten Nordin",
        # whose role stands on the next line) says nothing until what follows it.
        lead_in = best.text.rstrip().endswith((":", ";")) or len(best.text.split()) <= 3
        # "Vet staden hur många ...?": "... 2700 personer ... tidigare arbetsmarknadsprojekt." is
        # answered by the next sentence, which speaks of them ("Hur många ... av dessa vet vi inte").
        if (row + 1 < len(record.sentences) and frame.answer_type == "yesno" and REFERS_BACK.search(at(row + 1).text)
                and (best.source, record.sentences[row + 1].start) not in present):
            return beside([row + 1])
        if frame.answer_type == "reason" and _ANNOUNCES.search(best.text):
            # "Ökningen beror på två saker." is answered by the sentences that give them ("För det första ...").
            rows = list(itertools.takewhile(lambda r: _ENUMERATED.match(at(r).text), range(row + 1, min(row + 4, len(record.sentences)))))
            if rows:
                return beside(rows)
        if frame.answer_type == "reason" and holds_type("reason", best.text):
            # "Överskottet förklaras främst av att ... Därtill kunde färre extratjänster ... tillsättas, eftersom ...":
            # a reason goes on in the sentence that adds to it, and one that adds goes back to the first.
            return beside([r for r in (row - 1, row + 1) if 0 <= r < len(record.sentences) and ADDS_TO_BEFORE.match(at(max(r, row)).text)])
        if row + 1 >= len(record.sentences) or not (lead_in or (wanted and not holds_type(frame.answer_type, best.text))):
            return chosen
        following = range(row + 1, min(row + (4 if lead_in else 2), len(record.sentences)))
        if lead_in and _LIST_ITEM.match(at(row + 1).text):
            # "... riktar sig till tre grupper:" goes on with its list's items, not past them ("Så fungerar programmet").
            return beside(itertools.takewhile(lambda r: _LIST_ITEM.match(at(r).text), following))
        return beside(itertools.takewhile(lambda r: lead_in or holds_type(frame.answer_type, at(r).text), following))

    def _year_of_extreme(self, question: str, original: str, docs: list[Document]) -> Answer | None:
        """"Vilket år var flest inskrivna?": the year whose row of a retrieved table holds the highest (or lowest)
        cell of the column the question names ("Inskrivna"), the row quoted; None when no table's column is
        named, or two years tie. (A sentence nearest in meaning gave another year: a wrong answer.)"""
        sign = extreme_asked(question)
        if not sign or not YEAR_ASKED.search(question):
            return None
        lexical = self.index.lexical()
        asked = lemmas(lexical.tokens(" ".join(ENGLISH_GLOSS.get(w, w) for w in words_of(question))))
        columns: dict[tuple[str, str], list[Figure]] = {}
        for source in dict.fromkeys(d.metadata["source"] for d in docs):
            for f in self.index.figures(source):
                if f.period and f.period.isdigit() and is_table_line(f.sentence) and f.counts:
                    columns.setdefault((source, f.counts), []).append(f)
        # The column naming most of the question's words, then the one naming least else ("Kostnad per inskriven",
        # not "Inskrivna", for "kostnaden per inskriven").
        fits = {key: (len(inflected_overlap(lemmas(lexical.tokens(key[1])), asked)), -len(set(lexical.tokens(key[1]))))
                for key, cells in columns.items() if len({c.period for c in cells}) >= 2}
        if not fits or (best := max(fits.values()))[0] == 0 or list(fits.values()).count(best) > 1:
            return None
        cells = columns[max(fits, key=fits.get)]
        top = sorted(cells, key=lambda f: f.value * sign, reverse=True)
        if top[0].value == top[1].value:
            return None
        chosen = top[0]
        citations = _figure_citations(self.index, (chosen,))
        cell = f"{chosen.text} %" if chosen.kind == "percent" and "%" not in chosen.text and "procent" not in chosen.text else chosen.text
        lead = (f"Svar: {chosen.period} ({chosen.counts}: {cell}) [1]." if language_of(original) == "sv"
                else f"Answer: {chosen.period} ({chosen.counts}: {cell}) [1].")
        return Answer(original, lead, False, citations, (), question, 1.0)

    def _sentence_after(self, sentence: ScoredSentence) -> ScoredSentence | None:
        """The sentence of the document after `sentence`, scored as it is; None after the last."""
        record = self.index.record(sentence.source)
        following = next((s for s in record.sentences if s.start >= sentence.end), None)
        if following is None:
            return None
        return replace(sentence, text=record.text[following.start:following.end], start=following.start, end=following.end)

    def _figure_vector(self, figure: Figure):
        """The stored vector of a figure's own words, or None (an index from before they were stored)."""
        stored = self.index.figure_vectors(figure.source)
        if stored is None or figure.id not in stored[0]:
            return None
        rows, matrix = stored
        return np.asarray(matrix[rows[figure.id]], dtype=np.float32)

    def _sentence_vector(self, figure: Figure):
        """The stored vector of the sentence a figure stands in."""
        record = self.index.record(figure.source)
        row = _row_of(record, figure.sentence_start)
        return self.index.sentence_vectors(figure.source)[row]

    def _computed(self, question: str, original: str, language: str, docs: list[Document], best: float,
                  stated: list[ScoredSentence] = (), op: str | None = None) -> Answer | None:
        """Answer a question that needs arithmetic from the retrieved figures, or
        list the figures found when the operands cannot be told apart. With `stated`
        sentences and op "complement": the rest of the share they state, or None."""
        op = op or operation(question)
        if op == "days_between":
            from .date_arithmetic import days_answer  # it builds on this module's answers

            return days_answer(self.index, question, original, language, self.score(question, docs, typed=False), best)
        figures: list[Figure] = []
        for doc in docs:
            # A chunk that cuts a table reads the whole of it, as scoring does.
            start, end = passage_span(self.index.record(doc.metadata["source"]), doc.metadata["start"], doc.metadata["end"])
            figures += self.index.figures_between(doc.metadata["source"], start, end)
        figures = list({f.id: f for f in figures}.values())
        # "hur många av de inskrivna i Kilafors ...": a population counted in a place has its operands
        # there, not in the whole municipality. A share of everyone that lives there ("hur stor andel
        # av de inskrivna bodde i Kilafors") takes its whole from everyone; two places compared, one each.
        if places := _population_places(question, names_written_lower(understand(question), [d.page_content for d in docs]).names):
            figures = [f for f in figures
                       if _holds_any(places, f.sentence, _name_scene(self.index.record(f.source), f.sentence_start))]
        if stated:
            figures = [f for f in figures if any(f.source == s.source and f.sentence_start == s.start for s in stated)]
        if op is None or not figures:
            return None
        picker = OperandPicker(self.embeddings, self.index.lexical(), self.index.reported_years,
                               self.index.figures, self._sentence_vector,
                               self._figure_vector, lambda source: self.index.record(source).text)
        result = picker.complement(question, figures) if op == "complement" else picker.pick(question, op, figures)
        if result is None:
            return None
        if isinstance(result, Unresolved) and result.period is not None:
            # "fler i augusti än i juni" with no August figure: nothing to compute, and
            # listing June's figures would read like an answer.
            text = (f"Dokumenten anger ingen siffra för {result.period}. De närmaste styckena visas som relaterade, inte som källor."
                    if language == "sv" else
                    f"The documents give no figure for {result.period}. The closest passages are shown as related, not as sources.")
            related = _figure_citations(self.index, result.figures[:3])
            return Answer(original, text, True, (), related, question, best, warnings=("period_not_covered",))
        if isinstance(result, Unresolved) and op == "per_head" and not result.figures:
            # No sum of the period asked among the passages found: a head count alone is no answer.
            text = ("Jag hittar ingen summa för det och den period frågan gäller att dela med antalet, så jag räknar inte."
                    if language == "sv" else "I find no sum of what and for the period asked to divide by the count, so I do not compute.")
            return Answer(original, text, True, (), (), question, best, warnings=("ambiguous_operands",))
        if isinstance(result, Unresolved):
            shown = result.figures[:4]
            if not shown:
                return None
            citations = _figure_citations(self.index, shown)
            found = " ".join(f"{c.quote} [{c.n}]" for c in citations)
            lead = ("Jag kan inte avgöra vilka siffror frågan gäller, så jag räknar inte. Dokumenten anger: "
                    if language == "sv" else "I cannot tell which figures the question means, so I do not compute. The documents give: ")
            # Not computing is not answering: the figures are pointers, shown as related.
            return Answer(original, lead + found, True, (), citations, question, best, warnings=("ambiguous_operands",))
        readings = [result] + ([result.alternative] if result.alternative else [])
        citations = _figure_citations(self.index, tuple(f for r in readings for f in r.figures))
        number = {(c.source, c.start): c.n for c in citations}

        def marks(reading) -> str:
            return " ".join(f"[{n}]" for n in dict.fromkeys(number[(f.source, f.sentence_start)] for f in reading.figures))

        lead = "Beräknat ur dokumentens siffror" if language == "sv" else "Computed from the documents' figures"
        if result.computation.label == "over_periods":
            # The number of periods is the question's own, not a figure of the documents.
            lead += " och frågans period" if language == "sv" else " and the period asked"
        shown, also = result.computation.text, ()
        if result.computation.label == "percent_change" and not asks_in_percent(question):
            # "Hur stor ökning ..." names no unit: the change in the figures' own unit, then in percent.
            unit = next((f.unit for f in result.figures if f.unit), None)
            also = (replace(result, computation=difference(*result.computation.inputs, unit=unit), alternative=None),)
            shown = f"{also[0].computation.text}; {'i procent' if language == 'sv' else 'in percent'} {shown}"
        text = f"{lead}: {shown} {marks(result)}."
        warnings: tuple[str, ...] = ()
        if result.alternative:
            # Two readings fit the question's words almost equally: both are shown, the closer one first.
            other = result.alternative
            why = {("words", "sv"): "dess siffror ligger något närmare frågans ord",
                   ("units", "sv"): "dess två siffror räknar samma sak",
                   ("words", "en"): "its figures are slightly closer to the question's words",
                   ("units", "en"): "its two figures count the same thing",
                   ("parts", "sv"): "dess två siffror är delar av samma helhet, inte helheten och en del av den",
                   ("parts", "en"): "its two figures are parts of one whole, not the whole and a part of it"}[result.chosen_by, "sv" if language == "sv" else "en"]
            text += (f" Frågan kan också läsas med andra siffror: {other.computation.text} {marks(other)}. Den första "
                     f"tolkningen är vald eftersom {why}." if language == "sv" else
                     f" The question can also be read with other figures: {other.computation.text} {marks(other)}. The "
                     f"first reading is taken because {why}.")
            warnings = ("two_readings",)
        figures = tuple(_figure_json(r, citations) for r in (*also, *readings))
        return Answer(original, text, False, citations, (), question, best, figures=figures, warnings=warnings)


# A word that is the sum asked itself, not what it is of: "kostade", "kostnaden", "budgeten", "the cost".
_MONEY_WORD = re.compile(r"(?:kost|budget|anslag|utgift|cost|spen[dt])\w*$", re.I)


def _period_figures(frame: QuestionFrame, source: str, start: int, text: str, index=None) -> list[Figure]:
    """The sentence's figures stated for a month the question asks about, or for the span of
    months it asks ("jan–sep": every figure of a sentence stated for January to September, or
    pointing back to one). A duration ("första 10 månader") is no figure *for* a month. One
    sentence's figures, not the document's table: at scale every question meets documents not read before."""
    if not frame.months:
        return []
    if index is not None and (span := _asked_span(frame.text)):
        if _span_of(index.record(source), start, text) != span:
            return []
        return [f for f in figures_in_sentence(source, text, start) if f.kind != "duration"]
    return [f for f in figures_in_sentence(source, text, start) if f.kind != "duration"
            and figure_period(f, months_only=True) in frame.months]


def _states_answer(question: str, best: ScoredSentence, lexical, close: list[ScoredSentence] = (),
                   wider: list[ScoredSentence] = (), before=lambda s: "", setting=lambda s: "",
                   others: list[ScoredSentence] = ()) -> ScoredSentence | None:
    """The sentence that states what an arithmetic question asks, so that it is quoted,
    not recomputed: a share ("6 % av gruppen ..."), unless it is the share of something
    else; a count asked as "hur många av ..." when the sentence gives a count and no
    percentage to chain ("32 aspiranter har fått arbete under juni"). The best sentence
    first, then the close ones (for a share, a percentage stated for the part itself also
    from the `wider` circle); None when none states it. `before` gives the sentence one that
    points back ("Av dessa gick 121 till arbete") points to, `setting` the heading and paragraph
    a sentence stands in (`computing.section_opening`); `others` are the rest of the candidates, read
    only for whether the group asked about is named at all."""
    op = operation(question)
    stated = figures_in_sentence(best.source, best.text, best.start)
    if op == "chained_share" and asks_rest(question):
        return None  # "... hade inte kommit vidare": the stated count is those who did, the rest is computed
    if op == "chained_share":
        # "hur många av de 430 ...": the count the question itself gives is the base, not the answer;
        # the count asked may stand in a close sentence ("Av dessa fick 150 ett arbete").
        given = values_in(question)
        # An English question's base and predicate in the documents' words ("those enrolled": inskrivna).
        swedish = glossed(question)
        asked = _counted(swedish, understand(question), lexical)
        # "Kursen hade 300 deltagare" counts the base a question "hur många av de ..." counts among, not what is asked.
        base_only = lambda s: _counts_only_the_base(swedish, asked, lexical, s.source, s.text, s.start)  # noqa: E731
        # The group asked about named anywhere retrieved ("Kvinnor utgjorde 48,0 procent"), however far
        # down it scores beside counts that repeat the question's verb.
        named = [s for s in (best, *close, *wider, *others) if whole_held(question, s.text, lexical)]

        def among_another(s: ScoredSentence) -> bool:
            # "Av dessa gick 121 till arbete" after a sentence on the young counts among the young, not
            # among "kvinnorna" that a close sentence names.
            antecedent = before(s)
            return bool(antecedent) and bool(named) and not whole_held(question, f"{antecedent} {s.text}", lexical)

        if _gives_count(stated, given) and not base_only(best) and not among_another(best):
            return best
        # Only in a document that gives the question's base: "32 aspiranter har fått arbete" in
        # another report counts another population than "de 430".
        # A base the question names only in words ("av de inskrivna") holds in any document.
        bases = {s.source for s in (best, *close) if not given or any(f.value in given for f in figures_in_sentence(s.source, s.text, s.start))}
        return next((s for s in close if s.source in bases and _gives_count(figures_in_sentence(s.source, s.text, s.start), given)
                     and _about_part(question, s.text, lexical, strict=True) and not base_only(s) and not among_another(s)), None)
    if op == "remainder" and LESS_ASKED.search(question):
        return None  # "... om man drar bort statsbidragen": a sum less a part, computed, never a negation quoted
    if op == "remainder":
        # "Hur många unga varken jobbar eller pluggar?" beside "405 unga ... som varken ... eller ...": a count
        # stated with the question's own negation is the answer, not a rest to compute.
        said = {w.lower() for w in NEGATION.findall(question)}
        english = language_of(question) == "en"  # "neither ... nor" is the documents' "varken ... eller"
        return next((s for s in (best, *close) if (said & {w.lower() for w in NEGATION.findall(s.text)}
                                                    or (english and NEGATION.search(s.text)))
                     and any(f.kind == "count" for f in figures_in_sentence(s.source, s.text, s.start))
                     and _about_part(question, s.text, lexical)), None)
    if op not in ("share", "percent_change"):
        return None
    if op == "percent_change" and CHANGE_ASKED.search(question) and not STATED_CHANGE.search(best.text):
        return None  # a percentage of something else ("mellan 4,1 och 6,8 procent avslutades") is no stated change
    if op == "percent_change":
        return best if any(f.kind in ("percent", "proportion") for f in stated) else None
    counted = [s for s in (best, *close, *wider) if whole_held(question, f"{setting(s)} {s.text}", lexical)
               and any(f.kind == "count" for f in figures_in_sentence(s.source, s.text, s.start))]

    def of_another(s: ScoredSentence) -> bool:
        # "Andelen av de avslutade som gick till arbete ..." states no share of "de unga vuxna" when a
        # close sentence counts them ("420 av de inskrivna unga vuxna").
        return bool(counted) and not whole_held(question, f"{setting(s)} {s.text}", lexical)

    alternatives = alternatives_asked(question, lexical)

    def of_both(s: ScoredSentence) -> bool:
        # "till arbete eller studier" is not stated by "Andelen ... som gick till arbete var 40,6 procent".
        held = lemmas(lexical.tokens(s.text))
        return all(inflected_overlap(a, held) for a in alternatives)

    def of_some(s: ScoredSentence) -> bool:
        # "var fjärde inskriven är en kvinna född utanför Europa" states a share of some of the women only.
        return bool(_stated_shares(question, s, lexical, narrower=True)) and not _stated_shares(question, s, lexical)

    stating = [s for s in (best, *close) if any(f.kind in ("percent", "proportion") for f in figures_in_sentence(s.source, s.text, s.start))
               and _about_part(question, s.text, lexical, strict=s is not best) and not of_another(s) and of_both(s) and not of_some(s)]
    # A percentage whose own clause says what the part did ("fick 372 ett arbete (31,7 procent)") states
    # the share before one that only shares the sentence with it ("... till arbete eller studier,
    # vilket motsvarar 52,0 procent av samtliga").
    direct = (s for s in (*stating, *wider) if _stated_shares(question, s, lexical) and _about_part(question, s.text, lexical)
              and not of_another(s) and of_both(s))
    return next(direct, stating[0] if stating else None)


def whole_held(question: str, text: str, lexical) -> bool:
    """Whether a sentence holds every word of a share question's whole:
    "Bland de inskrivna fick 372 ett arbete (31,7 procent)" is no share of "kvinnorna i Kilafors"."""
    # A word the corpus never uses ("kvinnorna" where no document counts women) is not held either;
    # an English question's words count by their Swedish ones, the others say nothing.
    english = language_of(question) == "en"
    # A plain head ("deltagare som avslutades") names no group: "av de avslutade" holds that whole.
    whole = lemmas(lexical.tokens(" ".join(
        COUNTED_IN_SWEDISH.get(w, w) for w in whole_words(split_share_question(question)[0])
        if w not in _QUESTION_WORDS and w not in PLAIN_HEADS and (w in COUNTED_IN_SWEDISH or not english))))
    return not whole - inflected_overlap(whole, lemmas(lexical.tokens(text)))


def _as_written(figure: Figure, sentence: ScoredSentence) -> str:
    """A percentage as its sentence writes it, with its sign or word and its qualifier ("6 %", "31,7
    procent", "knappt hälften"): a lead the quote holds."""
    after, start = figure.end - sentence.start, figure.start - sentence.start
    unit = re.match(r"\s*(?:%|procent\b|percent\b)", sentence.text[after:])
    if figure.qualifier and (said := re.search(rf"{re.escape(figure.qualifier)}\.?\s+$", sentence.text[:start], re.I)):
        start = said.start()  # "knappt hälften" is not "hälften"
    return sentence.text[start: after + (unit.end() if unit else 0)]


def _stated_shares(question: str, sentence: ScoredSentence, lexical, narrower: bool = False, figures_of=None) -> list[Figure]:
    """The percentages of a sentence whose own clause holds at least half the words of what a share
    question's part did ("fick arbete" in "fick 372 ett arbete (31,7 procent)"); "gick till jobb eller
    studier" is not said by "ett arbete (31,7 procent)", nor "hade kvar jobbet efter två år" by "i mer än
    två år", nor "fick arbete" by "till arbete eller studier". With `narrower`, those that state it of a
    narrower group only ("var fjärde ... är en kvinna född utanför Europa" for "andel kvinnor"). `figures_of`
    reads a sentence's figures where it is a table's row, each cell counting what its column's head says."""
    part = [COUNTED_IN_SWEDISH.get(w, w) for w in words_of(_YEAR.sub(" ", split_share_question(question)[1]))
            if w not in FINITE_VERBS and w not in _QUESTION_WORDS and w not in WHEN_WORDS and w not in LIGHT_WORDS
            and w not in _TIME_WORDS and COUNTED_IN_SWEDISH.get(w) != "fick"]
    # A word the whole already holds names the group, not what its part did: "av dem som fick arbete,
    # hur stor andel hade kvar jobbet" asks about keeping it.
    whole = inflected_overlap(lemmas(lexical.tokens(split_share_question(question)[0])), lemmas(lexical.tokens(" ".join(part))))
    asked = {t for t in lemmas(lexical.tokens(" ".join(part))) if lexical.doc_freq.get(t)}
    asked -= inflected_overlap(asked, whole)
    if not asked:
        return []
    figures = (figures_of or (lambda s: figures_in_sentence(s.source, s.text, s.start)))(sentence)

    def said(f: Figure) -> str:
        # "610 deltagare avslutades till arbete eller studier, vilket motsvarar 52,0 procent": the
        # percentage restates the count before it, and says what that count's words say.
        before = [c for c in figures if c.end <= f.start]
        if before and before[-1].kind == "count":
            between = sentence.text[before[-1].end - sentence.start: f.start - sentence.start]
            if RESTATED.match(re.split(r",", between)[-1].lstrip()) or RESTATED.match(between):
                return f"{before[-1].counts} {f.counts}"
        return f.counts
    def joined_to_other(text: str) -> bool:
        # "till arbete eller studier" is more than "fick arbete": an asked word joined to one not asked.
        words = re.findall(r"[^\W\d_]+", text.lower())  # stopwords kept: "eller" is one
        stem = lambda w: lemmas(lexical.tokens(w))  # noqa: E731
        return any(w in _JOINING and 0 < i < len(words) - 1 and len({bool(inflected_overlap(asked, stem(words[i - 1]))),
                                                                    bool(inflected_overlap(asked, stem(words[i + 1])))}) == 2
                   for i, w in enumerate(words))
    # "gick till jobb eller studier" is said only where both stand: half of its words will not do.
    needed = len(asked) if len(asked) >= 2 and re.search(r"\b(?:eller|or)\b", split_share_question(question)[1], re.I) else (len(asked) + 1) // 2
    # "var fjärde inskriven är en kvinna född utanför Europa" is a share of some of the women, not of all of them.
    return [f for f in figures if f.kind in ("percent", "proportion")
            and len(inflected_overlap(asked, lemmas(lexical.tokens(said(f))))) >= needed and not joined_to_other(said(f))
            and narrower_group(said(f), asked, lexical) == narrower]


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_JOINING = frozenset("eller och samt or and".split())
# Words that say when, not what the part did: "efter ett år", "after a year".
_TIME_WORDS = frozenset("år året åren månad månader vecka veckor dagar efter innan year years month months after before".split())


def _gives_count(stated, given: set[float]) -> bool:
    """A count other than the question's own, and no percentage to chain: one that only restates a
    count beside it ("560 kvinnor (44,4 procent)") chains nothing."""
    restated = {restating_share(f) for f in stated}
    return any(f.kind == "count" and f.value not in given for f in stated) and not any(
        f.kind in ("percent", "proportion") and f.value not in restated for f in stated)


def _about_part(question: str, text: str, lexical, strict: bool = False) -> bool:
    """Whether a sentence speaks of what a share question's part did ("fick ett arbete"),
    judged by the words of it the corpus knows; a light verb ("fick", "gick") says nothing.
    "Andelen som avslutades ... % av alla inskrivna" is no share of those who got a job.
    With no such word (an English question) the sentence passes unless `strict`."""
    # English words by their Swedish counts ("got a job": arbete).
    # The point in time it is counted at ("vid halvårsskiftet", "by the end of June") says when, not what it did.
    part = [COUNTED_IN_SWEDISH.get(w, w) for w in words_of(TIME_POINT.sub(" ", split_share_question(question)[1]))
            if w not in FINITE_VERBS and w not in _QUESTION_WORDS and COUNTED_IN_SWEDISH.get(w) != "fick"]
    # A year says when, not what the part did: "2025" is in every sentence of a report on 2025.
    asked = {t for t in lemmas(lexical.tokens(" ".join(part))) if lexical.doc_freq.get(t) and not t.isdigit()}
    return (not asked and not strict) or bool(inflected_overlap(asked, lemmas(lexical.tokens(text))))


def _change_stated(sentence: ScoredSentence, in_percent: bool) -> Figure | None:
    """The figure a sentence states as a change ("en ökning med 135 personer"), in percent when
    that is what is asked: a change in persons does not answer "med hur många procent"."""
    if not STATED_CHANGE.search(sentence.text):
        return None
    return next((f for f in figures_in_sentence(sentence.source, sentence.text, sentence.start)
                 if is_change(f) and (f.kind == "percent" or not in_percent)), None)


def _marked(party: str, text: str) -> bool:
    """Whether a sentence marks someone of the party: "Johan Ek (M)", "(s)"."""
    return party in {m.group(1).lower() for m in PARTY_MARKER.finditer(text)}


def _only_other_parties(parties: tuple[str, ...], text: str) -> bool:
    """Whether a sentence speaks only for other parties than those asked about: "Anders Holm (S)
    yrkade ..." says nothing of what Miljöpartiet wanted. A party named in words still speaks."""
    marked = {m.group(1).lower() for m in PARTY_MARKER.finditer(text)}
    named = set(parties_in(text))
    return bool(marked) and not (marked | named) & set(parties)


def _only_within_group(question: str, lexical, source: str, text: str, start: int) -> bool:
    """Whether every count of a sentence is of a group the question does not name:
    "Bland vuxna ... fick 260 arbete" does not answer "hur många fick jobb", which
    asks about everyone; "... bland ungdomarna" names the group and is answered by it."""
    counts = [f for f in figures_in_sentence(source, text, start) if f.kind == "count"]
    if not counts:
        return False
    asked = lemmas(lexical.tokens(" ".join(COUNTED_IN_SWEDISH.get(w, w) for w in words_of(question))))
    grouped = [group_fit(f, question, lexical) < 0 or qualified_group(f, asked, lexical) for f in counts]
    # The parts after "varav" are of their base's group: "298 unga ..., varav 121 gick till arbete".
    parts = re.search(r"\bvarav\b", text)
    return all(g or (parts and grouped[0] and f.start - start > parts.start()) for g, f in zip(grouped, counts))


def _one_count_asked(counts: list[Figure], about, among: bool) -> bool:
    """Whether a sentence gives one count of what an English count question asks: its only count,
    or, for a count among a base ("how many of those enrolled got a job"), the one of its counts
    that is ("702 ..., varav 415 hade fått ett arbete"). "9 träffar ... 40 anställningar" gives no
    count of everyone helped into work."""
    if among:
        return len([c for c in counts if about(c.counts)]) == 1
    return len(counts) == 1 and bool(about(counts[0].counts))


def _parallel_counts(counts: list[Figure], about) -> bool:
    """Whether the counts of a sentence that are not of what is asked count another outcome the
    vocabulary knows ("487 av dem gick vidare till arbete och 213 började studera"), not the events
    that led to the one asked ("9 träffar, som ... ledde till 40 anställningar")."""
    others = [c for c in counts if not about(c.counts)]
    return bool(others) and all(set(words_of(c.counts)) & _ENGLISH_OF.keys() for c in others)


_ENGLISH_OF: dict[str, set[str]] = {}
for _english, _swedish in (*COUNTED_IN_SWEDISH.items(), *HEADS_EN.items()):
    _ENGLISH_OF.setdefault(_swedish, set()).add(_english)


def _glossed_back(words: str, english: set[str]) -> bool | None:
    """For an English count question none of whose words the glossary knows ("internship
    placements"): whether the Swedish words that say what a sentence counts ("840 personer
    inskrivna") are any the question asks in English ("people", "enrolled"); None when the
    sentence counts nothing the glossary knows."""
    known = {w for w in words_of(words) if w in _ENGLISH_OF}
    return bool(english & set().union(*(_ENGLISH_OF[w] for w in known))) if known else None


def _named_in(name: str, document: str) -> bool:
    """Whether a lower-cased document names a name, in the genitive or definite form too:
    "jobbtorgets insatser" asks about what "Jobbtorget" does, "jobbcentret" what "Jobbcenter Alfta" does.

    >>> _named_in("Jobbcentrums", "jobbcentrum i alfta"), _named_in("Alfta", "jobbcentrum i edsbyn")
    (True, False)
    >>> _named_in("jobbcentret", "jobbcenter alfta")
    True
    """
    return any(form in document for form in name_forms(name.lower()))


def _form_weight(term: str, words: set[str], lexical) -> float:
    """How much a question's word counts in a sentence that has it in another form: "fick jobb" in
    "hade fått ett arbete" (the lemma table), "jobbtorget" in "Jobbtorg" (an ending the stemmer leaves),
    each a whole word ("arbetsmarknaden" is no "jobb"). A form is worth what the sentence's word is:
    a rare inflection of a common word ("jobbgarantin") earns the common word's weight. `words` are
    the sentence's whole words, by lemma."""
    if not words:
        return 0.0
    forms = [w for w in words if _same_form(term, w)]
    return min((lexical.idf(w) for w in forms), default=0.0)


@lru_cache(maxsize=1 << 16)
def _same_form(term: str, word: str) -> bool:
    """Whether a sentence's word is a question's word in another form (see `_form_weight`)."""
    return word == lemma(term) or bool(inflected_overlap({term}, {word}))


def glossed(question: str) -> str:
    """An English question with the words the vocabulary knows in Swedish ("how many of those
    inskrivna went on to arbete"); a Swedish one as it is."""
    if language_of(question) != "en":
        return question
    return " ".join(ENGLISH_GLOSS.get(w.lower(), w) for w in re.findall(r"[\w'-]+|[^\w\s]", question))


def _counts_only_the_base(question: str, asked: set[str], lexical, source: str, text: str, start: int) -> bool:
    """Whether every count of a sentence counts the base a question counts among and none
    counts what it asks: "hur många av de inskrivna fick arbete" is not answered by
    "980 personer som var inskrivna", however close its words. Only for a base named in words."""
    if not asked or not _OF_BASE.search(question) or values_in(question):
        return False  # "hur många av de 430 ..." gives its base, whose sentence is an operand to chain
    base = lemmas(lexical.tokens(" ".join(w for w in words_of(split_share_question(question)[0])
                                          if w not in _QUESTION_WORDS and not _IS_NUMBER.match(w)))) - asked
    counts = [f for f in figures_in_sentence(source, text, start) if f.kind == "count"]
    # What is asked before its setting and time: "fick jobb" of "fick jobb efter kursen".
    core = lemmas(tokenize(" ".join(w for w in words_of(SETTING.split(split_share_question(question)[1])[0])
                                    if w not in _TIME_WORDS))) & asked or asked

    def of_base(figure: Figure) -> bool:
        # Whole words: "arbetsmarknadsprojekt" holds "arbete" for a search, but it counts no jobs.
        words = lemmas(tokenize(figure.counts))
        if inflected_overlap(core, words):
            return False  # "45 deltagare har fått arbete" counts what is asked, among the base
        # "300 deltagare": the noun the number counts is the base, whatever else the sentence names.
        return bool(inflected_overlap(base, words | lemmas(tokenize(figure.unit or ""))))
    return bool(base and counts) and all(of_base(f) for f in counts)


_WITH = re.compile(r"\bwith\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?([^\W\d_]{4,})", re.I)


def _with_unsaid(question: str, lead: str, citations) -> bool:
    """Whether an English count question asks those with something the vocabulary has the documents' word for
    ("with wage subsidy": "stöd") of a lead whose sentence does not say it.

    >>> from assistant.answering import Citation
    >>> c = Citation("a", None, "Av dem fick 412 personer ett arbete.", 0, 36, n=1)
    >>> _with_unsaid("how many got a job with wage subsidy", "412 [1]", (c,)), _with_unsaid("how many with income support", "412 [1]", (c,))
    (True, False)
    """
    asked = _WITH.search(question)
    word = ENGLISH_GLOSS.get(asked.group(1).lower()) if asked else None
    cited = re.search(r"\[(\d+)\]", lead)
    said = next((c for c in citations if cited and c.n == int(cited.group(1))), None)
    if word is None or said is None:
        return False
    return not re.search(rf"\w*{re.escape(word[:max(4, len(word) - 2)])}", said.quote, re.I)


def _without_unsaid(question: str, text: str) -> bool:
    """Whether a question asks those without something ("utan lönestöd", "without a subsidy") of a sentence
    that does not say "without" it: one that counts those with it ("80 anställningar med lönestöd"), or the
    whole ("fick 412 personer ett arbete") of which the documents may count some with it.

    >>> _without_unsaid("how many got a job without a subsidy", "Av dessa fick 412 personer ett arbete.")
    True
    >>> _without_unsaid("hur många fick jobb utan lönestöd", "Av dessa fick 315 jobb utan lönestöd.")
    False
    """
    without = WITHOUT.search(question)
    if without is None:
        return False
    word = ENGLISH_GLOSS.get(without.group(1).lower(), without.group(1))
    stem = re.escape(word[:max(4, len(word) - 2)])
    # A sentence that itself counts some "utan" something ("deltagare utan fullständig gymnasieutbildning")
    # may name the same lack in its own words.
    return not re.search(rf"\b(?:utan|without|inte)\s+(?:\w+\s+)?\w*{stem}|\b(?:utan|without|saknar|lacking)\b", text, re.I)


# A word that names a sum rather than what it is of: "kostnaden", "budgeten", "nettokostnad".
_MONEY_NOUN_WORD = re.compile(r"(?:kost|budget|anslag|utgift|intäkt|utfall|underskott|överskott|pengar|summ|belopp)", re.I)


def _figure_citations(index, figures) -> tuple[Citation, ...]:
    """One citation per distinct sentence holding the figures, in operand order."""
    citations: list[Citation] = []
    for figure in figures:
        if any(c.source == figure.source and c.start == figure.sentence_start for c in citations):
            continue
        title = index.document(figure.source).get("title")
        citations.append(Citation(figure.source, title, figure.sentence, figure.sentence_start, figure.sentence_end, n=len(citations) + 1))
    return tuple(citations)


def _figure_json(picked, citations: tuple[Citation, ...]) -> dict:
    """The `figures` entry of `jobbtorg ask --json`."""
    comp = picked.computation
    inputs = []
    for figure in picked.figures:
        inputs.append({"value": figure.value, "source": figure.source, "quote": figure.sentence,
                       "start": figure.sentence_start, "end": figure.sentence_end})
    return {"label": comp.label, "value": comp.rounded, "unit": comp.unit, "formula": comp.text, "inputs": inputs}


def _adjustment(info: QuestionInfo, text: str, title: str | None = None) -> float:
    adjust = 0.0
    if info.wants_number and _HAS_NUMBER.search(text):
        adjust += NUMBER_BONUS
    if text.rstrip().endswith(("?", ":")):
        adjust -= 0.05  # a question quoted in the document, or a lead-in to a list, does not answer
    if title and text.rstrip(" .") == title:
        adjust -= 0.05  # the title names the document; it does not answer questions about it
    if len(text) < 40 and text[-1:] not in ".!":
        adjust -= SHORT_LINE_PENALTY  # a heading, a name line
    return adjust


def _document_fact_answer(index, attribute: str, question: str, original: str, docs: list[Document]) -> Answer | None:
    """Who signed, which date, which reference number: read off the document the
    question points at and cited where its text states it. None lets the
    composer search the text instead (a reference number stated in passing)."""
    language = analyse(original).language
    retrieved = [d.metadata["source"] for d in docs]
    documents = index.documents
    if attribute in ("date", "place") and MEETING.search(question):
        # "När hade nämnden mötet där rapporten togs upp?": the protocol's date, not the report's.
        protocols = [d for d in documents if d.get("type") == "protokollsutdrag"]
        if protocols:
            documents = protocols
            retrieved = [r for r in retrieved if r in {d["source"] for d in protocols}]
    if unknown_document_kinds(question, index.lexical(), index.document_types):
        return None  # "när kom pressmeddelandet" where no paper is one: not another paper's date
    # "vilket datum har pressmeddelandet": the papers of the kind asked, where there are such.
    kinds = [kind for pattern, kind in DOCUMENT_KINDS_ASKED if pattern.search(question)]
    of_kind = [d for d in documents if any(str(d.get("type") or "").startswith(k) for k in kinds)]
    if of_kind and len(of_kind) < len(documents):
        documents = of_kind
        retrieved = [r for r in retrieved if r in {d["source"] for d in of_kind}]
    source = _pointed_document(index, question, documents, retrieved)
    if source is None:
        return None
    title = index.document(source).get("title")
    fact = fact_of(attribute, index.record(source), title, question)
    if fact.value is None:
        if attribute == "reference" or MEETING.search(question):
            return None  # stated in passing, perhaps ("Sammanträdet hölls i Folkets hus"): the text is searched
        named = title or source
        text = (f"Dokumentet ”{named}” anger inte {_ATTRIBUTE_SV[attribute]}." if language == "sv"
                else f"The document “{named}” does not state {_ATTRIBUTE_EN[attribute]}.")
        return Answer(original, text, True, (), (), question, 0.0, warnings=("not_stated_in_document",))
    record = index.record(source)
    citations = tuple(Citation(source, title, record.text[a:b], a, b, n=i + 1) for i, (a, b) in enumerate(fact.spans))
    quoted = ", ".join(f"{c.quote} [{c.n}]" for c in citations)
    if attribute == "place":
        # "Plats och tid: Folkets hus, …, kl. 09.00": the place is the answer, the line its source.
        lead = f"{fact.value} [1]"
        text = f"Svar: {lead}. {citations[0].quote} [1]" if language == "sv" else _render(language, citations, lead)
        return Answer(original, text, False, citations, (), question, 1.0)
    lead = {"signatory": ("Undertecknat av", "Signed by"), "date": ("Daterat:", "Dated:"),
            "reference": ("Diarienummer:", "Reference number:")}[attribute][language != "sv"]
    # The date as the document writes it: an ISO date of our own would be a number no quote holds.
    text = f"{lead} {quoted}." if language == "sv" else _render(language, citations, f"{lead} {quoted}")
    return Answer(original, text, False, citations, (), question, 1.0)


@lru_cache(maxsize=64)
def _document_stems(tokens, text: str) -> frozenset[str]:
    """The stems of a whole document, once per document: every amount lead asks them."""
    return frozenset(lemmas(tokens(text)))


def _agenda_answer(index, question: str, original: str, docs: list[Document]) -> Answer | None:
    """What a meeting dealt with: the items its minutes list, each cited where it stands. None when
    no minutes are found or they list no items ("§ 10 …")."""
    protocols = [d for d in index.documents if d.get("type") == "protokollsutdrag"]
    retrieved = [d.metadata["source"] for d in docs if d.metadata["source"] in {p["source"] for p in protocols}]
    source = _pointed_document(index, question, protocols, retrieved) if protocols else None
    if source is None:
        return None
    record, title = index.record(source), index.document(source).get("title")
    citations = tuple(Citation(source, title, record.text[a:b], a, b, n=i + 1) for i, (a, b) in enumerate(agenda(record.text)))
    if not citations:
        return None
    # "§ 20" and its heading on the next line are shown as one line; each quote stays as written.
    listed = "; ".join(f"{' '.join(c.quote.split())} [{c.n}]" for c in citations)
    if analyse(original).language == "sv":
        text = f"Protokollet ”{title}” tar upp: {listed}."
    else:
        text = f"The minutes “{title}” list these items (quoted in Swedish): {listed}."
    return Answer(original, text, False, citations, (), question, 1.0)


def _role_is_asked_of(question: str) -> bool:
    """Whether a party question asks the party of a role's holder ("vilket parti tillhör
    ordföranden"), not of something the role owns ("the chair's proposal", a Swedish genitive in -ns)
    nor of several ("vilka partier", "which parties").

    >>> _role_is_asked_of("vilket parti tillhör ordföranden"), _role_is_asked_of("which parties backed the chair's proposal")
    (True, False)
    """
    role = role_asked(question)
    found = role.search(question) if role else None
    if found is None or re.search(r"\b(?:partier|parties)\b", question, re.I):
        return False
    genitive = found.group(0).lower().endswith("ns") or question[found.end():].startswith(("'s", "’s"))
    return not genitive


def _pointed_document(index, question: str, documents, retrieved: list[str]) -> str | None:
    """`target_document` over this index: the document a question about a document itself points at."""
    return target_document(question, documents, retrieved, index.lexical().tokens, index.title_stems, index.lexical().is_common)


@dataclass(frozen=True)
class SignedParty:
    """Who signed the document a question points at and the party their signature line gives (None if none)."""
    source: str
    title: str | None
    name: str
    party: str | None
    start: int
    end: int
    spans: tuple[tuple[int, int], ...] = ()


def signed_party(index, question: str, retrieved: list[str]) -> SignedParty | None:
    """The signatory of the document the question points at, and their party read off the first
    line that writes the name with a party marker ("Eva Berg (C)" under the reply, or earlier in
    it); None when the document names no signatory."""
    source = _pointed_document(index, question, index.documents, retrieved)
    if source is None:
        return None
    record, title = index.record(source), index.document(source).get("title")
    fact = fact_of("signatory", record, title, question)
    # "Sten Nordin, Finansborgarråd" and "Eva Berg (C)" are signed by "Sten Nordin" and "Eva Berg".
    name = re.sub(r"\s*\([^)]*\)\s*$", "", (fact.value or "").split(",")[0]).strip()
    if not name:
        return None
    if (marked := _marked_line(record.text, name)) is not None:
        party, start, end = marked
        return SignedParty(source, title, name, party, start, end)
    return SignedParty(source, title, name, None, 0, 0, tuple(fact.spans))


def _marked_line(text: str, name: str) -> tuple[str, int, int] | None:
    """The party of the first line that writes a name with its marker ("Eva Berg (C)"), and where that line stands."""
    for line in re.finditer(r"[^\n]+", text):
        if name in line.group(0) and (party := extract("party", line.group(0), (name,))):
            return party, line.start(), line.end()
    return None


def asker_party(index, question: str, retrieved: list[str]) -> SignedParty | None:
    """Who put the question a reply answers, with their party, read where the reply says whose it
    is ("Svar på interpellation 2025:3 från Eva Lund (C)", "Eva Lund (C) har i en interpellation ...");
    None when the document the question points at says no such thing."""
    source = _pointed_document(index, question, index.documents, retrieved)
    if source is None:
        return None
    record = index.record(source)
    found = _ASKED_BY.search(record.text[: 3 * LETTERHEAD_CHARS])
    if found is None:
        return None
    name, marker = found.group("name") or found.group("first"), found.group("marker") or found.group("first_marker")
    party = extract("party", f"{name} ({marker})", (name,))
    return SignedParty(source, index.document(source).get("title"), name, party, found.start(), found.end())


_PERSON = r"[A-ZÅÄÖ][a-zåäöé]+(?:[- ][A-ZÅÄÖ][a-zåäöé]+){1,2}"
_ASKED_BY = re.compile(rf"\b(?:interpellation|motion|fråga|skrivelse)(?:en)?(?:\s+\d{{4}}:\d+)?\s+(?:från|av)\s+(?P<name>{_PERSON})\s*"
                       rf"\((?P<marker>[A-Za-z]{{1,2}})\)|(?P<first>{_PERSON})\s*\((?P<first_marker>[A-Za-z]{{1,2}})\)\s+har\s+(?:i|genom)\s+en\s+"
                       rf"(?:interpellation|motion|skrivelse)")


def _asker_answer(index, answer_type: str, question: str, original: str, docs: list[Document]) -> Answer | None:
    """Who put the question a reply answers (`asker_party`), or their party, cited where the reply
    names them; None when the document the question points at names no asker."""
    asker = asker_party(index, question, [d.metadata["source"] for d in docs])
    if asker is None or (answer_type == "party" and asker.party is None):
        return None
    record = index.record(asker.source)
    citation = Citation(asker.source, asker.title, record.text[asker.start : asker.end].strip(), asker.start, asker.end, n=1)
    lead = f"{asker.party if answer_type == 'party' else asker.name} [1]"
    language = analyse(original).language
    text = f"Svar: {lead}. {citation.quote} [1]" if language == "sv" else _render(language, (citation,), lead)
    return Answer(original, text, False, (citation,), (), question, 1.0)


def _signatory_party_answer(index, question: str, original: str, docs: list[Document]) -> Answer | None:
    """The party of whoever signed the document the question points at (`signed_party`). A signatory
    the document never marks gets a decline that names them; None when it names no signatory."""
    language = analyse(original).language
    signed = signed_party(index, question, [d.metadata["source"] for d in docs])
    if signed is None:
        return None
    record, title, source, name = index.record(signed.source), signed.title, signed.source, signed.name
    if signed.party is not None:
        citation = Citation(source, title, record.text[signed.start : signed.end].strip(), signed.start, signed.end, n=1)
        lead = f"{signed.party} [1]"
        text = f"Svar: {lead}. {citation.quote} [1]" if language == "sv" else _render(language, (citation,), lead)
        return Answer(original, text, False, (citation,), (), question, 1.0)
    # Signed, but never with a party: another name's marker in the text is not this person's party.
    cited = tuple(Citation(source, title, record.text[a:b], a, b, n=i + 1) for i, (a, b) in enumerate(signed.spans))
    text = (f"Dokumentet ”{title or source}” anger inte vilket parti {name}, som undertecknade det, tillhör." if language == "sv"
            else f"The document “{title or source}” does not state the party of {name}, who signed it.")
    return Answer(original, text, True, (), cited, question, 0.0, warnings=("not_stated_in_document",))


_ATTRIBUTE_SV = {"signatory": "vem som undertecknade det", "date": "något datum", "reference": "något diarienummer",
                 "place": "var mötet hölls"}
_ATTRIBUTE_EN = {"signatory": "who signed it", "date": "a date", "reference": "a reference number",
                 "place": "where the meeting was held"}


# The kinds of figure that answer a question of a type: a share is a percentage or a fraction in words.
_ASKED_KINDS = {"share": frozenset({"percent", "proportion"}), "amount": frozenset({"money"}), "count": frozenset({"count"})}


def _eligible(info: QuestionInfo, sentence: ScoredSentence, index, names: tuple[str, ...] = (), strict: bool = True,
              answer_type: str = "") -> bool:
    """A sentence cannot answer a question about a year its document never
    mentions, nor a number question about a month it does not name."""
    if info.years:
        document = index.record(sentence.source).text
        if not any(str(year) in document for year in info.years) and not years_named(document) & {str(y) for y in info.years}:
            return False
    places = places_asked(info.text, names)
    if answer_type == "amount":
        # "Vad kostade Ungdomsspåret?" is not answered by what Språkspåret cost: a sum is of what it names.
        places = tuple(n for n in names if not re.search(rf"\b(?:enligt|according to)\s+{re.escape(n)}", info.text, re.I))
    if answer_type == "amount" and not info.wants_arithmetic and not CHANGE_ASKED.search(info.text):
        # "Vad kostade det?" is not answered by "... minskade med 0,7 miljoner kronor": a change is no sum spent.
        sums = [f for f in figures_in_sentence(sentence.source, sentence.text, sentence.start) if f.kind == "money"]
        if sums and all(is_change(f) for f in sums):
            return False
    if info.wants_arithmetic:
        # Operands come from several sentences; the picker matches each to its period. A population
        # counted in a place ("hur många av de inskrivna i Kilafors ...") is counted there.
        return not (places := _population_places(info.text, names)) or _holds_any(
            places, sentence.text, _name_scene(index.record(sentence.source), sentence.start))
    if (info.wants_number or answer_type == "amount") and places and not _names_held(
            places, sentence.text, _name_scene(index.record(sentence.source), sentence.start)) and not (
            answer_type == "amount" and _GENERIC_SUBJECT.match(sentence.text)
            and _names_held(places, sentence.text, _recent(index.record(sentence.source), sentence.start))):
        # "Hur många var inskrivna i Ljusne?" is not answered by a count of the whole municipality
        # (names that say whose document it is, "enligt Nordins svar", are no such part).
        return False
    if info.years and (info.wants_number or answer_type == "amount") and not _of_year_asked(info, sentence, index):
        return False
    if info.wants_number and (span := _asked_span(info.text)):
        # "jan–sep 2024" is not answered by "tredje kvartalet, alltså juli till och med september", and is
        # by "Av dessa har 386 ..." after "Under perioden 1 januari–30 september 2024 ...".
        return _span_of(index.record(sentence.source), sentence.start, sentence.text) == span
    if info.months and info.wants_number and not _mentions_month(sentence.text, info.months):
        return False
    if strict and info.months and info.wants_number and info.language == "sv":
        # "Hur många fick arbete i januari?" is not answered by "971 inskrivna i
        # januari": a number for a month must be about what the question counts.
        lexical = index.lexical()
        # The body or place named ("på Jobbcentrum Norrmalm") is where, not what is counted.
        named = {w for n in names for w in words_of(n)}
        asked = lemmas(lexical.tokens(" ".join(
            w for w in words_of(without_attribution(info.text))
            if w not in _QUESTION_WORDS and w not in WHEN_WORDS and w not in named and not _IS_NUMBER.match(w))))
        if asked and len(asked & lemmas(lexical.tokens(sentence.text))) / len(asked) < PREDICATE_OVERLAP:
            return False
    return True


def places_asked(question: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """The names a question sets as where its number was counted ("i Kilafors", "at the Arbrå centre")."""
    return tuple(n for n in names if re.search(rf"\b{PLACE_MARK}\s+{re.escape(n)}\b", question, re.I))


def _population_places(question: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """The places an arithmetic question counts its population in: of a share, those of its whole
    ("av de inskrivna i Kilafors"), not of its part ("hur stor andel av de inskrivna bodde i Kilafors")."""
    op = operation(question)
    whole = split_share_question(question)[0] if op in ("share", "chained_share") else question
    # "the Språkspår Arbete participants", "Vårdlyftets deltagare": a name before the head it counts.
    heads = "|".join(sorted({*PLAIN_HEADS, *HEADS_EN, "deltagarna", "deltagares"}, key=len, reverse=True))
    before_head = tuple(n for n in names if re.search(rf"\b{re.escape(n)}(?:s|'s|’s)?\s+(?:{heads})\b", whole, re.I))
    return tuple(dict.fromkeys(places_asked(whole, names) + before_head))


def _holds_any(places: tuple[str, ...], text: str, scene: str) -> bool:
    """Whether a sentence or its scene names one of the places (two compared: one each)."""
    return any(_names_held((p,), text, scene) for p in places)


# A sentence whose subject is a generic noun in its definite form ("Satsningen kostar 2,6 miljoner kronor",
# "Insatsen bedöms kosta ..."): it speaks of the measure named before it.
_GENERIC_NOUNS = r"satsningen|insatsen|programmet|utbildningen|verksamheten|the (?:programme|program|scheme|course)"
_GENERIC_SUBJECT = re.compile(rf"^\s*(?:\d{{1,2}}[.)]\s+)?(?:{_GENERIC_NOUNS}|kostnad(?:en|erna)|the cost)\b"
                              # "Kostnaden för Språkspåret uppgick till ..." names what costs itself.
                              r"(?!\s+(?:för|av|of|for)\b)", re.I)


# "Kostnaden för insatsen var 2,4 mnkr": the cost of what the text before it names.
_GENERIC_OBJECT = re.compile(rf"\b(?:för|av|of|for)\s+(?:{_GENERIC_NOUNS})\b", re.I)


def _recent(record, start: int, reach: int = 800) -> str:
    """The text before a sentence, back to `reach` characters: where a generic subject's name stands."""
    return record.text[max(0, start - reach) : start]


def _name_scene(record, start: int) -> str:
    """`_scene`, and the letterhead above the document's title ("Jobbcentrum Gävle" over
    "ÅRSREDOVISNING 2024"): whose document it is names what all of it is about."""
    return f"{_above_title(record)} {_scene(record, start)}"


def _above_title(record) -> str:
    """The lines above a document's title when it stands in the letterhead ("Jobbcentrum Gävle"
    over "ÅRSREDOVISNING 2024"); empty when the title is first or further down."""
    title = record.metadata.title
    at = record.text.find(title) if title else -1
    return record.text[:at] if 0 < at <= LETTERHEAD_CHARS else ""


def _scene(record, start: int) -> str:
    """What sets the scene for a sentence: its document's title and its paragraph up to it
    ("Jobbcenter Gottsunda redovisar här läget. I januari var 412 inskrivna")."""
    paragraph = record.text.rfind("\n\n", 0, start)
    end = record.text.find("\n", start)
    line = record.text[start : end if end >= 0 else len(record.text)]
    # A table's row is set by its caption ("Tabell 1. Deltagare och resultat 2022–2024").
    caption = table_context(record.text, start) if is_table_line(line) else ""
    if _FIELD.match(line):
        # "Budget: 52,4 miljoner kronor" in a box of such lines under "Nyckeltal: Jobbcenter Alfta 2025":
        # the lines above it, up to the box's heading, set its scene.
        while paragraph > 0:
            above = record.text.rfind("\n\n", 0, paragraph)
            block = record.text[max(above, 0):paragraph].strip()
            if "\n" in block or not _FIELD.match(block):
                break
            paragraph = above
    return f"{record.metadata.title or ''} {caption} {record.text[max(paragraph, 0):start]}"


# A labelled line of a fact box: "Budget: 52,4 miljoner kronor", "Nyckeltal: Jobbcenter Alfta 2025".
_FIELD = re.compile(r"^[A-ZÅÄÖ][\wåäö–-]*(?: [\wåäö–-]+){0,5}:\s+\S[^\n]{0,80}$")


def _states_per_head(text: str) -> bool:
    """Whether a text states a sum per head ("20 000 kronor per inskriven deltagare"); a sum per
    year or month ("90 mnkr per år") is no such sum.

    >>> _states_per_head("Nettokostnaden per deltagare blev 48,5 tkr."), _states_per_head("Nettokostnaden blev 33,9 mnkr.")
    (True, False)
    """
    for line in text.split("\n"):
        if is_table_line(line):
            # "Kostnad per deltagare (kr)  42 747  39 940": a row of sums per head, by its label.
            label = row_label(line)
            if PER_HEAD_ASKED.search(label) and _money_label(label):
                return True
    if any(PER_HEAD_ASKED.match(text[m.end():].lstrip()) for m in AMOUNT_EVIDENCE.finditer(text)):
        return True
    # "Nettokostnaden per deltagare blev 48,5 tkr": the head is named in the sum's subject.
    first = AMOUNT_EVIDENCE.search(text)
    return bool(first and PER_HEAD_ASKED.search(text[: first.start()]))


def _names_held(names: tuple[str, ...], text: str, scene: str) -> bool:
    """Whether a sentence, or what sets its scene, names every place a number question asks
    about: a count for the whole is no count for a part of it. A word is named by its
    inflections ("Jobbtorget" by "Jobbtorg"). A place the scene only lists among others
    ("mottagningar i Arbrå, Kilafors och Vallsta") sets no scene: the count is of them all."""
    scene = _LISTED_NAME.sub(" ", scene)
    held = {w[:5] for w in words_of(f"{text} {scene}")}
    return all(w[:5] in held for n in names for w in words_of(n))


_NAME_WORD = r"[A-ZÅÄÖ][\wåäö-]*"
_LISTED_NAME = re.compile(rf"{_NAME_WORD}(?:(?:,\s*|\s+(?:och|samt|eller|and|or)\s+){_NAME_WORD})+")


def _of_year_asked(info: QuestionInfo, sentence: ScoredSentence, index) -> bool:
    """Whether a sentence's figures may be of the year asked. "Det motsvarar 31 000 kronor per
    deltagare" in a report on 2023 is no cost for 2022, even though the report names 2022 in passing."""
    years = sentence_years(sentence, index)
    return not years or bool(years & {str(y) for y in info.years})


def sentence_years(sentence: ScoredSentence, index, dominant: bool = True) -> set[str]:
    """The years a sentence's figures are of: the years it names (or the sentence it points
    back to names), else the years its document's title names ("verksamhetsåret 2023"), its
    paragraph's, or the one year written above its title; empty when nothing says."""
    record = index.record(sentence.source)
    if is_table_line(sentence.text) and (columns := table_columns(record.text, sentence.start)):
        return set(columns)  # "Till arbete  260  301  352" under "Uppgift  2022  2023  2024"
    unbracketed = BRACKETED.sub(" ", sentence.text)
    if unbracketed != sentence.text and years_named(sentence.text) and not years_named(unbracketed):
        # "Kostnaden var 4,2 mnkr (2024: 3,6 mnkr)": the year in brackets is of the figure in them; the
        # sentence's own figure is of the year its document or paragraph is about.
        return set(years_named(sentence.text)) | sentence_years(replace(sentence, text=unbracketed), index, dominant)
    years = years_named(sentence.text) | years_pointed_to(record, _row_of(record, sentence.start), sentence.text)
    compared = COMPARED_WITH.search(sentence.text)
    if compared and not years_named(sentence.text[: compared.start()]):
        # "… uppgick till 64,3 miljoner kronor, jämfört med 70,2 miljoner kronor 2024": the first sum
        # is of the year in hand, which its paragraph or title names.
        years |= years_named(_scene(record, sentence.start)) or years_named(index.document(sentence.source).get("title") or "")
    if not years or YEAR_IN_HAND.search(sentence.text):
        # "under året 980, jämfört med 905 under 2023": the title's year is the sentence's too.
        years |= years_named(index.document(sentence.source).get("title") or "")
    if not years:
        # "Under 2024 deltog 90 personer ... Nettokostnaden blev 2,4 mnkr": its paragraph's years.
        years = years_named(_scene(record, sentence.start))
    if not years:
        # "ÅRSUPPFÖLJNING 2023" over the title "Jobbcentrum Alfta – deltagare och ekonomi": the year above its title.
        years = years_above_title(record)
    if not years and dominant:
        # A press release on 2024, dated 2025, that names 2024 throughout: the year it names most, by far.
        years = set(dominant_year(record.text))
    return years


@lru_cache(maxsize=256)
def dominant_year(text: str) -> frozenset[str]:
    """The year a text names at least three times and twice as often as any other; empty if none.

    >>> sorted(dominant_year("Under 2024 ökade ... 2024 ... från 2023 till 2024. Datum: 2025-02-20")), dominant_year("2023 och 2024")
    (['2024'], frozenset())
    """
    counts = Counter(_BARE_YEAR.findall(text)).most_common(2)
    if not counts or counts[0][1] < 3 or (len(counts) > 1 and counts[0][1] < 2 * counts[1][1]):
        return frozenset()
    return frozenset((counts[0][0],))


_BARE_YEAR = re.compile(r"(?<![\d-])(?:19[5-9]\d|20\d\d)(?![\d-])")


def years_above_title(record) -> set[str]:
    r"""The one year the lines above a document's title name ("ÅRSRAPPORT 2023"), its date and
    reference lines aside ("Datum: 2024-02-14", "Dnr AMN-2024/0031"); empty when they name none or several.

    >>> from types import SimpleNamespace as N
    >>> text = "ALFTA KOMMUN\nÅRSRAPPORT 2023\nJobbcentrum Alfta – deltagare\nDatum: 2024-02-14\n\nText."
    >>> years_above_title(N(text=text, metadata=N(title="Jobbcentrum Alfta – deltagare")))
    {'2023'}
    """
    lines = [line for line in _above_title(record).splitlines() if not _DATE_OR_REFERENCE.search(line)]
    years = set().union(*(years_named(line) for line in lines)) if lines else set()
    return years if len(years) == 1 else set()


# A date line ("12 mars 2025") dates the document; it names no year reported on.
_DATE_OR_REFERENCE = re.compile(rf"\d{{4}}-\d\d-\d\d|\b\d{{1,2}}\s+(?:{MONTH_PATTERN})\s+(?:19|20)\d\d\b|\b(?:dnr|diarienummer|datum|date|ref)\b|:", re.I)


# "Vilket parti reserverade sig?": after "vilken"/"vilket" a noun stands before the verb.
_OPENER_THEN_VERB = re.compile(r"^\W*(?:vad|vem|vilka|varför|när|var|hur|vilke[nt]\s+[a-zåäö]+|who)\s+([a-zåäö]+)\b", re.I)


def asked_verb(question: str) -> str:
    """The finite verb of a Swedish question opened by a question word: it stands second
    ("Vad visade rapporten?", "Vem föredrog ärendet?"); a copula, modal or auxiliary says nothing.

    >>> asked_verb("vad visade uppföljningen av jobbcenter"), asked_verb("Vem är borgarråd?"), asked_verb("Hur många fick jobb?")
    ('visade', '', '')
    >>> asked_verb("vilket parti röstade nej?")
    'röstade'
    """
    found = _OPENER_THEN_VERB.match(question)
    return found.group(1) if found and found.group(1).lower() not in NOT_MAIN_VERBS else ""


def _label_line(sentence: ScoredSentence) -> bool:
    """A document's title line, or a label of a few words with no closing stop.

    >>> row = lambda text, title=None: ScoredSentence("a.txt", title, 0, len(text), text, 0.0, 0.0, 0.0, 0)
    >>> _label_line(row("Arbetsmarknadsnämndens beslut")), _label_line(row("1. Nämnden godkänner rapporten"))
    (True, False)
    >>> _label_line(row("Skrivelse angående jobbgaranti", "Skrivelse angående jobbgaranti"))
    True
    """
    text = sentence.text.strip()
    if REFERENCE_EVIDENCE.search(text):
        return False  # "Svar på interpellation 2008:35 ...": the line that says which paper it is
    return bool(sentence.title and text == sentence.title.strip()) or (len(text.split()) <= 3 and text[-1:] not in ".!?:")


def _citation(n: int, s: ScoredSentence) -> Citation:
    return Citation(s.source, s.title, s.text, s.start, s.end, n=n)


_SETTING_STARTS = frozenset("om från enligt sedan mellan för det den de där".split())


def _predicate_missing(question: str, frame: QuestionFrame, lexical, record, sentence: ScoredSentence,
                       noun_too: bool = False) -> set[str]:
    """What a count question says of the group it counts ("kvinnor" who "fick jobb") that neither the
    sentence nor the one it points back to says: its counts are of that group doing something else
    ("inskrivna"). With `noun_too`, the group itself when it is more than a plain head ("kvinnor",
    not "personer"). Empty when the question counts a bare noun phrase, or the sentence holds it all."""
    # "jan-aug" is when, not what is done: its "jan" would be held by any sentence naming "januari".
    question = without_span(without_attribution(without_remark(question)))
    counted = _COUNTED_NOUN.search(question)
    if counted is None:
        return set()
    named = {t for n in frame.names for t in lexical.tokens(n)}
    # What the verb says of the group, up to where its setting begins ("fick jobb", not "i januari",
    # "på Jobbtorg", "om utbildningsinsatserna", "finns det i stan").
    words = []
    for w in re.findall(r"[\w-]+", CHANNEL.sub(" ", question[counted.end():]).lower())[1:]:
        if SETTING.fullmatch(w) or w in _SETTING_STARTS:
            break
        if w not in _QUESTION_WORDS and w not in WHEN_WORDS and w not in NOT_COUNTED and w not in COUNT_QUALIFIERS \
                and w not in FINITE_VERBS and not _IS_NUMBER.match(w):
            words.append(w)
    # A word its document writes with a capital inside a sentence names the body or place it is about
    # ("jobbar jobbtorg med" of a reply on "Jobbtorg Stockholm"), which a sentence need not repeat.
    words = [w for w in words if not re.search(rf"[^.!?\n\s]\s+{re.escape(w.capitalize())}\b", record.text)]
    predicate = lemmas(lexical.tokens(" ".join(words))) - named
    row = _row_of(record, sentence.start)
    before = _sentence_before(record, row) if row and points_back(sentence.text) else ""
    held = lemmas(lexical.tokens(f"{before} {sentence.text} "
                                 f"{continued_at(record, sentence.start, sentence.text)}"))
    missing = predicate if predicate and not inflected_overlap(predicate, held) else set()
    noun = [w for w in words_of(counted.group(1)) if w not in COUNT_QUALIFIERS and w not in PLAIN_HEADS]
    group = lemmas(lexical.tokens(" ".join(noun))) - named if noun_too else set()
    return missing | (group if group and not inflected_overlap(group, held) else set())


def _counted(question: str, frame: QuestionFrame, lexical) -> set[str]:
    """The stems of what a number question counts: its words without question
    words, months, numbers and the names that only set the scene ("Jobbtorg Kista"),
    nor where the answer is said to stand ("enligt redovisningen")."""
    named = {t for n in frame.names for t in lexical.tokens(n)}
    question = CHANNEL.sub(" ", without_attribution(without_remark(question)))
    if _OF_BASE.search(question):
        # "hur många av de inskrivna fick ett jobb": the base is who is counted among, the
        # predicate what is counted.
        predicate = lemmas(lexical.tokens(" ".join(w for w in words_of(split_share_question(question)[1])
                                                   if w not in _QUESTION_WORDS and not _IS_NUMBER.match(w)))) - named
        if predicate:
            return predicate
    counted = _COUNTED_NOUN.search(question) or _NUMBER_OF.search(question)
    noun = [w for w in counted.group(1).split() if w.lower() not in COUNT_QUALIFIERS] if counted else []
    if noun and not {w.lower() for w in noun} & FINITE_VERBS:
        # "hur många externa leverantörer jobbar ...": the noun phrase is what is counted, not the verb.
        return lemmas(lexical.tokens(" ".join(noun))) - named
    return lemmas(lexical.tokens(" ".join(
        w for w in words_of(question) if w not in _QUESTION_WORDS and w not in WHEN_WORDS and w not in NOT_COUNTED
        and w not in COUNT_QUALIFIERS and not _IS_NUMBER.match(w)))) - named


# How a vote's outcome is asked for ("hur slutade voteringen", "hur såg röstsiffrorna ut"): no matter voted on.
_VOTE_OUTCOME = re.compile(r"slutade|slutar|gick|går|blev|blir|såg|ser|ut|utfall\w*|resultat\w*|siffr\w*", re.I)
_NEXT_QUESTION = re.compile(r"[,;]?\s+\b(?:och|samt|and)\s+(?=(?:hur|vad|vilk\w+|how|what|which)\b)", re.I)
_OF_BASE = re.compile(r"\b(?:hur många|how many)\s+(?:av|utav|of)\b", re.I)
# "antal hushåll med försörjningsstöd i sept 2024": the noun after "antal" up to what qualifies it.
_NUMBER_OF = re.compile(r"^\W*(?:antal(?:et)?|number of)\s+((?:[^\W\d]+\s+)?[^\W\d]+?)(?=\s+(?:med|i|på|vid|inom|under|with|in|at)\b)",
                        re.I)
_COUNTED_NOUN = re.compile(r"\bhur många\s+((?:[^\W\d]+\s+)?[^\W\d]+?)(?=\s+(?:" + "|".join(sorted(FINITE_VERBS)) + r")\b)", re.I)


def _optional_counted(question: str, frame: QuestionFrame, lexical) -> set[str]:
    """The stems `_counted` leaves out as maybe not what is counted: a light verb ("kom i
    jobb") and the way there ("via jobbtorg"). They count where a figure's words hold them."""
    named = {t for n in frame.names for t in lexical.tokens(n)}
    question = without_remark(question)
    words = [w for m in CHANNEL.finditer(question) for w in words_of(m.group(0))[1:]]
    words += [w for w in words_of(question) if w in NOT_COUNTED]
    return lemmas(lexical.tokens(" ".join(words))) - named


# A year standing alone: not "1 846" nor "2 050" (thousands), nor a part of a longer number.
_YEAR_TOKEN = re.compile(r"(?<!\d)(?<!\d[ \u00a0])(?:19|20)\d\d(?!\d)(?![ \u00a0]\d{3}\b)")


def _whole_words(text: str, start: int, end: int) -> str:
    """`text[start:end]` less the words the cut halves: "Jobb" of "Jobbtorg" is no job.

    >>> _whole_words("inskrivna vid Jobbtorg Borås", 3, 18)
    'vid'
    """
    start, end = max(0, start), min(len(text), end)
    while 0 < start < end and text[start - 1].isalnum():
        start += 1
    while start < end < len(text) and text[end].isalnum():
        end -= 1
    return text[start:end]


def _count_match(asked: set[str], lexical, source: str, text: str, start: int, optional: set[str] = frozenset(),
                 continued: str = "") -> float:
    # The figure table skips bare number words ("de tjugofyra externa
    # leverantörerna"); the words around any number stand in for them.
    around = [" ".join([*measured_subject(f.sentence[: f.start - f.sentence_start], f.counts.split()), f.counts])
              for f in figures_in_sentence(source, text, start)]
    if continued:
        # "motsvarande antal 3 100": what is counted stands in the sentence the measure continues.
        around = [f"{continued} {c}" for c in around]
    # "Antalet inskrivna har ökat varje år sedan 2022" gives a year and no count: no window around a year.
    years = [m.span() for m in _YEAR_TOKEN.finditer(text)]
    around += [_whole_words(text, m.start() - 40, m.end() + 40) for m in _HAS_NUMBER.finditer(text)
               if not any(a <= m.start() < b for a, b in years)]
    if not around:
        return 0.0
    if not asked:
        return 1.0

    def share(window: str) -> float:
        # "under början av 2024" dates a figure; it counts no one who "började studera".
        stems = lemmas(lexical.tokens(window)) - PERIOD_WORDS
        also = len(inflected_overlap(optional - asked, stems))
        return (len(inflected_overlap(asked, stems)) + also) / (len(asked) + also)

    return max(share(window) for window in around)


# A year ("2008 tog Jobbtorg"), a day ("1 januari") or an article ("ett arbete") counts nothing.
_NOT_A_COUNT = re.compile(rf"(?:19|20)\d\d\b|\d{{1,2}}\s+(?:{'|'.join(MONTHS_SV)})\b|(?:en|ett)\b", re.I)
_NUMBER_THEN_WORDS = re.compile(rf"(?:\d[\d  ]*|\b(?:{_NUMBER_WORDS})\b)((?:\s+[^\W\d]+){{1,3}})", re.I)


def _unit_match(asked: set[str], lexical, text: str) -> float:
    """1 when a word the question counts stands among the three after a number.

    >>> from assistant.lexical import LexicalIndex
    >>> lex = LexicalIndex.build(["a"], ["Stockholm består av fem lokala Jobbtorg."])
    >>> asked = lemmas(lex.tokens("jobbtorg"))
    >>> _unit_match(asked, lex, "Stockholm består av fem lokala Jobbtorg.")
    1.0
    >>> _unit_match(asked, lex, "I oktober 2008 tog Jobbtorg emot 9472 personer.")
    0.0
    """
    if not asked:
        return 0.0
    return float(any(asked & lemmas(lexical.tokens(m.group(1))) for m in _NUMBER_THEN_WORDS.finditer(text)
                     if not _NOT_A_COUNT.match(m.group(0))))


def _declining(original: str, text: str, scored: list[ScoredSentence], question: str, confidence: float = 0.0,
               warnings: tuple[str, ...] = (), evidence: Evidence | None = None) -> Answer:
    """A decline: no citations, the closest passages shown as related."""
    related = tuple(_citation(i + 1, s) for i, s in enumerate(scored[:3]))
    return Answer(original, text, True, (), related, question, confidence, warnings=warnings, evidence=evidence)


def _people(frame: QuestionFrame, document: str) -> tuple[str, ...]:
    """For a party question, the names it asks that are people: a party belongs to "Erik Holm" or
    "Holm" ("Erik Holm (sd)"), not to "Språkspåret", the matter the question names.

    >>> frame = understand("vilket parti reserverade sig mot Bergsjöspåret, Holm?")
    >>> _people(frame, "Bergsjöspåret startar. Erik Holm (sd) reserverar sig.")
    ('Holm',)
    """
    if frame.answer_type != "party":
        return frame.names
    return tuple(n for n in frame.names if " " in n or re.search(rf"\b{re.escape(n)}\s*\([^\W\d_]{{1,3}}\)", document)
                 or re.search(rf"\b[A-ZÅÄÖ][a-zåäö]+ {re.escape(n)}\b", document))


def _typed_hit(frame: QuestionFrame, best: ScoredSentence, context: str = "") -> bool:
    """The sentence holds a value of the asked type and everything the question
    names, or (a Swedish question) every word it asks with ("vem är ordförande")."""
    if not frame.typed or not (frame.names or (frame.language == "sv" and best.lexical >= FULL_MATCH)):
        return False
    lowered = best.text.lower()
    return all(n.lower() in lowered for n in frame.names) and extract(frame.answer_type, best.text, frame.names, context) is not None


def _merged(citations: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """The same sentence once: two windows may share a neighbour, two documents a line."""
    kept: list[Citation] = []
    for c in citations:
        if not any((k.source == c.source and k.start == c.start) or k.quote.strip() == c.quote.strip() for k in kept):
            kept.append(Citation(c.source, c.title, c.quote, c.start, c.end, n=len(kept) + 1))
    return tuple(kept)


def _lead(frame: QuestionFrame, citations: tuple[Citation, ...], for_period: list[str] = (),
          text_of=lambda source: "", best: tuple[str, int] | None = None, given: set[float] = frozenset(),
          about=lambda words: None, share_asked: bool = False, continued=lambda citation: "") -> str | None:
    """The typed answer read off the cited text, with the [n] of its sentence;
    for a number question, the one figure of its best sentence, or its one
    figure stated for the month asked (`for_period`: figure ids). A figure the
    question gives itself ("hur många av de 430 ...") is never its answer, nor one
    in a sentence not `about` what is asked; of several, the one whose own words are."""
    if sign := extreme_asked(frame.text):
        # "Vilket område hade lägst andel?": the name the sentence calls the lowest.
        held = next(((n, c) for c in citations for n, s in extremes(c.quote, text_of(c.source)).items() if s == sign), None)
        if held:
            return f"{held[0]} [{held[1].n}]"
    if frame.answer_type in ("count", "computed") and citations:
        # The best sentence answers; the others are context (the citations stand in document
        # order). Its one figure (or its one figure for the month asked) is the answer an
        # English reader gets in English.
        c = next((c for c in citations if (c.source, c.start) == best), citations[0])
        if share_asked:
            # "Hur stor andel började studera?" is not answered by the count "90"; a table's row by the one
            # percentage whose column's head names what is asked ("Andel till arbete  31,9 procent").
            shares = [f for f in with_columns(text_of(c.source), figures_in_sentence(c.source, c.quote, c.start))
                      if f.kind == "percent" and is_table_line(c.quote) and about(f.counts)]
            return f"{shares[0].text} procent [{c.n}]" if len(shares) == 1 else None
        # "How many" is answered by a count: a percentage or a rate in the sentence is no lead.
        figures = [f for f in with_columns(text_of(c.source), figures_in_sentence(c.source, c.quote, c.start))
                   if f.kind == "count" and f.value not in given]
        if len(figures) > 1 and for_period:
            figures = [f for f in figures if f.id in for_period]
        if len(figures) > 1 and len(frame.years) == 1:
            # "9 472 under 2008, jämfört med 2 700 året innan": the figure stated for the year asked.
            figures = [f for f in figures if figure_year(f) == str(frame.years[0])] or figures
        if len(figures) > 1 and (row := _row_of_place(frame, c, figures)) is not None:
            # "i Norrala": the counts of that row or list item only; two of them are two columns
            # the sentence does not name, so no lead.
            figures = row
        if len(figures) > 1 and (span := _age_span(frame.text)) and \
                len(aged := [f for f in figures if span in (_age_span(f.counts), _age_span(_right_after(f)))]) == 1:
            figures = aged  # "aged 16-24" asks the cell under "varav 16–24 år", the count "varav 277 i åldern 16–24 år"
        elif len(figures) > 1 and len(fitting := [f for f in figures if about(f.counts)]) == 1:
            figures = fitting
        elif len(figures) > 1 and len(fitting := [f for f, clause in zip(figures, own_clauses(figures)) if about(clause)]) == 1:
            # "641 personer vidare till en anställning och 287 påbörjade studier": each count is of its own clause.
            figures = fitting
        if len(figures) > 1:
            # "Av dessa fick 322 en osubventionerad anställning, medan 165 fick en anställning med stöd":
            # "hur många fick jobb med stöd" names what sets one part apart.
            parts = [lemmas(tokenize(f.counts)) for f in figures]
            asked = lemmas(tokenize(frame.text))
            named = [f for f, words in zip(figures, parts) if inflected_overlap(words - set.intersection(*parts), asked)]
            figures = named if len(named) == 1 else figures
        if len(figures) == 1 and about(f"{continued(c)} {figures[0].sentence}") is False:
            # "... skrev in 9472 personer" is no count of those who got a job. The whole
            # sentence is read: "och ... hade antalet stigit till 520" counts what its first half names.
            return None
        return f"{figures[0].text} [{c.n}]" if len(figures) == 1 else None
    if not frame.typed:
        return None
    if frame.answer_type == "amount" and len(frame.years) == 1:
        # "Vad kostade det 2022?" beside "9,4 miljoner kronor, jämfört med 8,8 miljoner kronor år
        # 2022": the sum stated for the year asked, when its sentence gives it alone.
        for c in citations:
            sums = [f for f in with_columns(text_of(c.source), figures_in_sentence(c.source, c.quote, c.start)) if f.kind == "money"]
            if not is_table_line(c.quote):
                # "… ett överskott på 0,3 miljoner kronor, och … underskott för 2025 stannade på 1,1 miljoner
                # kronor" holds no budget for 2025: each sum is of the kind its own clause names.
                ends = [c.start] + [f.end for f in sums]
                sums = [f for f, end in zip(sums, ends) if sum_of_kind(c.quote[end - c.start: f.start - c.start], frame.text, c.quote[f.end - c.start:])]
            of_year = [f for f in sums if figure_year(f) == str(frame.years[0])]
            if (len(sums) > 1 or is_table_line(c.quote)) and len(of_year) == 1:
                figure = of_year[0]
                # A table cell in thousands ("Total kostnad (tkr)  40 100") is said in kronor, as counted; a sum
                # in a sentence as it is written there ("2,4 mnkr", never "2,4 kronor").
                return f"{money_as_written(figure) or format_number(figure.value) + ' ' + (figure.unit or '')}".strip() + f" [{c.n}]"
    role = role_asked(frame.text) if frame.answer_type == "person" else None
    if role is not None:
        # "Vem var ordförande?" is answered by the name the role stands beside, or not at all.
        return next((f"{holder} [{c.n}]" for c in citations if (holder := role_holder(c.quote, role, frame.text, text_of(c.source)[:LETTERHEAD_CHARS]))), None)
    asked = lemmas(tokenize(" ".join(w for w in words_of(frame.text) if w not in _QUESTION_WORDS)))
    # The best sentence's value before those of the sentences quoted beside it.
    for c in sorted(citations, key=lambda c: (c.source, c.start) != best):
        value = extract(frame.answer_type, c.quote, _people(frame, text_of(c.source)), text_of(c.source), frame.text)
        if value and frame.answer_type == "duration" and not inflected_overlap(asked, lemmas(tokenize(c.quote))):
            continue  # "Jobbspåret varar i 16 veckor" says nothing of how long one is enrolled
        if value:
            if frame.answer_type == "date" and frame.language == "en":
                value = english_months(value)
            return f"{value} [{c.n}]"
    return None


_REPORTS_DECISION = re.compile(r"\bbeslut(?:ade|at|et|en)?\s+om\b|\bbeslut(?:et|en)?\b[^.]{0,40}\b(?:fattades|togs|fattats|tagits)\b|"
                               r"\bdecided on\b|\bdecision on\b[^.]{0,40}\b(?:was|were) (?:made|taken)\b", re.I)
_FIRST_ITEM = re.compile(r"^\s*1[.)]\s")
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")
_CLAUSE_BREAK = re.compile(r",|;|\s(?:och|samt|medan|men|while|and)\s", re.I)


def own_clauses(figures: list[Figure]) -> list[str]:
    """Each figure's own clause of the sentence they share: from the last break (",", "och", "medan")
    after the figure before it, up to the first break before the figure after it.

    >>> from assistant.figures import figures_in_sentence
    >>> text = "Av de inskrivna gick 641 personer vidare till en anställning och 287 påbörjade studier."
    >>> own_clauses(list(figures_in_sentence("a", text, 0)))
    ['Av de inskrivna gick 641 personer vidare till en anställning', ' och 287 påbörjade studier.']
    """
    clauses = []
    for i, f in enumerate(figures):
        text, base = f.sentence, f.sentence_start
        low = figures[i - 1].end - base if i else 0
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, low, f.start - base)]
        begin = breaks[-1] if breaks else low
        high = figures[i + 1].start - base if i + 1 < len(figures) else len(text)
        ends = [m.start() for m in _CLAUSE_BREAK.finditer(text, f.end - base, high)]
        clauses.append(text[begin : ends[0] if ends and i + 1 < len(figures) else high])
    return clauses


def _row_of_place(frame: QuestionFrame, citation: Citation, figures: list[Figure]) -> list[Figure] | None:
    """The counts after the place a question asks about ("i norrala"), up to the next word: a
    table row ("Norrala 251 62") or a list item ("Norrala 251, Centrum 298"). None
    when the question names no place the sentence holds."""
    for name in frame.names:
        if not re.search(rf"\b{PLACE_MARK}\s+{re.escape(name)}\b", frame.text, re.I):
            continue
        at = re.search(rf"\b{re.escape(name)}\b", citation.quote, re.I)
        if at is None:
            continue
        # "varav 118 i Brunflo, 61 i Lit och 33 i Hallen": the count right before "i <place>".
        before = [f for f in figures if f.end <= citation.start + at.start()
                  and re.fullmatch(r"\s*(?:[^\W\d_]+\s+)?(?:i|på|vid|in|at)\s+", citation.quote[f.end - citation.start: at.start()], re.I)]
        if before:
            return before[-1:]
        offset = citation.start + at.end()
        return [f for f in figures if f.start >= offset and not re.search(r"[^\W\d_]{3,}", citation.quote[at.end(): f.start - citation.start])]
    return None


def _render(language: str, citations: tuple[Citation, ...], lead: str | None = None) -> str:
    parts = [f"{c.quote} [{c.n}]" for c in citations]
    if language == "sv":
        return (f"Svar: {lead}. " if lead else "") + " ".join(parts)
    quoted = " ".join(f"“{c.quote}” [{c.n}]" for c in citations)
    return (f"Answer: {lead}. " if lead else "") + "The documents say (quoted in Swedish): " + quoted


def _decline(language: str, info: QuestionInfo, off_period: bool, unknown: tuple[str, ...] = (),
             years: tuple[str, ...] = ()) -> str:
    # A kind of paper is named in English by its English name, the Swedish kept ("a press release (pressmeddelande)").
    named = ", ".join(u if language == "sv" or u not in TYPE_LABELS_EN else
                      (TYPE_LABELS_EN[u] if "(" in TYPE_LABELS_EN[u] else f"{TYPE_LABELS_EN[u]} ({u})") for u in unknown)
    when = ", ".join(years)
    if language == "sv":
        if off_period:
            if years:
                return f"Inget dokument talar om {when}. De närmaste styckena visas som relaterade, inte som källor."
            return "Dokumenten säger inget om det för den period frågan gäller (år eller månad)."
        if unknown:
            return f"Dokumenten nämner inte {named}. De närmaste styckena visas som relaterade, inte som källor."
        return "Dokumenten säger inget om det du frågar om. De närmaste styckena visas som relaterade, inte som källor."
    if off_period:
        if years:
            return f"No document speaks of {when}. The closest passages are shown as related, not as sources."
        return "The documents say nothing about that for the period asked about (year or month)."
    if unknown:
        return f"The documents do not mention {named}. The closest passages are shown as related, not as sources."
    return "The documents do not say anything about this. The closest passages are shown as related, not as sources."
