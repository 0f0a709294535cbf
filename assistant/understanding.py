"""A question read once into a frozen frame: its language, the answer type it
asks for, the names and parties it mentions, its period and, for arithmetic,
the operation. Every later stage reads the frame instead of guessing again."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bm25s.stopwords import STOPWORDS_EN

from .lexical import LEMMA_STEMS, lemma, words_of
from .questions import MONTHS_EN, MONTHS_SV, analyse, language_of, operation
from .vocabulary import (ANSWER_TYPE_CUES, DOCUMENT_KINDS_ASKED, PARTIES, ASKS_ABOUT_KNOWING, ATTRIBUTION, AVERAGE_WORDS, FRAME_NOUNS, PARTY_NAMES, PERIOD_WORDS, PHASE_LATER,
                         PHASE_START, QUESTION_WORDS, YES_NO)

# A capital then lower-case letters: "Göteborg", "Enskede-Årsta-Vantör"; shouting ("DROP TABLE") is no name.
_NAME = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé][\wåäöé]*(?:[-:][\wåäöÅÄÖ]+)*\b")
_CAPITALISED_COMMON = frozenset(
    "hur vad vilka vilken vilket vem vems när var varför är har finns kan stämmer och i på om enligt för men "
    "how what which who whom when where why is are was were did does do has have had can and in on the for of "
    "tell give list name summarise sammanfatta berätta ge nämn lista".split()
)
COUNT_TYPES = ("count", "amount", "share")
_MONTH_WORDS = frozenset(MONTHS_SV + MONTHS_EN) | {m[:3] for m in MONTHS_SV + MONTHS_EN}
_PARTY_WORDS = frozenset(w for name in PARTY_NAMES for w in name.split()) | {"party", "parti", "partiet"}


@dataclass(frozen=True)
class QuestionFrame:
    text: str
    language: str  # "sv" | "en"
    answer_type: str  # party, person, organisation, place, age_group, date, reference, reason, decision,
    #                   frequency, duration, amount, definition, list, yesno, count, computed, fact
    wants_number: bool
    operation: str | None
    years: tuple[int, ...]
    months: tuple[str, ...]
    names: tuple[str, ...]  # capitalised words: people, places, bodies, programmes
    parties: tuple[str, ...]  # party markers the question refers to by name or nickname

    @property
    def typed(self) -> bool:
        """A type whose answer can be read off a sentence (a name, a marker, a date)."""
        return self.answer_type in ("amount", "party", "person", "organisation", "place", "age_group", "date", "reference",
                                    "frequency", "duration")


def answer_type_of(text: str, wants_number: bool, op: str | None) -> str:
    """
    >>> answer_type_of("Vilket parti tillhör Karin Rågsjö?", False, None)
    'party'
    >>> answer_type_of("Varför är väntetiderna längre?", False, None), answer_type_of("Who signed it?", False, None)
    ('reason', 'person')
    >>> answer_type_of("Hur många fick jobb?", True, None), answer_type_of("Är jobbtorget permanent?", False, None)
    ('count', 'yesno')
    """
    if op is not None:
        return "computed"
    for kind, cue in ANSWER_TYPE_CUES:
        if kind in ("date", "means") and wants_number:
            continue
        if cue.search(text):
            if kind == "list" and wants_number:
                break
            return kind
    if wants_number and ASKS_ABOUT_KNOWING.match(text):
        # "Vet staden hur många som fick jobb ...?", "Does the city know how many ...?": the number
        # is asked about, not for.
        return "yesno"
    if wants_number:
        return "count"
    if YES_NO.match(text):
        return "yesno"
    return "fact"


def names_in(text: str) -> tuple[str, ...]:
    """Runs of capitalised words that are not question openers, months or
    party names: the people, places, bodies and programmes a question names.

    >>> names_in("Vilket parti tillhör Karin Rågsjö?"), names_in("How many Jobbtorg offices are in Göteborg in June?")
    (('Karin Rågsjö',), ('Jobbtorg', 'Göteborg'))
    >>> names_in("What do the Social Democrats say?"), names_in("Stockholm Matchning: vad gör den?")
    ((), ('Stockholm Matchning',))
    """
    runs: list[list[str]] = []
    previous_end = -2
    for match in _NAME.finditer(text):
        word = match.group(0)
        lowered = word.lower()
        if lowered in _CAPITALISED_COMMON or lowered in QUESTION_WORDS or lowered in _MONTH_WORDS or _is_party_word(lowered):
            previous_end = -2
            continue
        if runs and text[previous_end:match.start()] == " ":
            runs[-1].append(word)
        else:
            runs.append([word])
        previous_end = match.end()
    # A lone capital opening the question or a sentence is grammar ("Exactly how many ...").
    opener = [run for run in runs if _opens_sentence(text, run)]
    return tuple(dict.fromkeys(" ".join(run) for run in runs if run not in opener))


_LOWER_WORD = re.compile(r"(?<![\w-])[a-zåäöé][\wåäöé]*(?:-[\wåäöé]+)*")
_MIN_NAME = 4


def names_written_lower(frame: QuestionFrame, texts) -> QuestionFrame:
    """The frame, its names joined by the question's lower-case words that `texts` (the
    retrieved documents) write only with a capital, and not only where a sentence starts:
    users type "karin rågsjö", "nordins svar", "enskede-årsta-vantör".

    >>> doc = "Interpellation av Karin Rågsjö (v). Svaret från Sten Nordin kom i november. Karin ställde fem frågor."
    >>> names_written_lower(understand("vad svarade nordin på rågsjös fråga"), [doc]).names
    ('Nordin', 'Rågsjö')
    >>> names_written_lower(understand("vad kom i november"), [doc]).names
    ()
    """
    text = " ".join(texts)
    lowered = text.lower()
    if len(lowered) != len(text):
        return frame  # a letter whose lower case is longer: positions would not line up
    known = {w.lower() for n in frame.names for w in n.split()}
    found: list[str] = []
    for match in _LOWER_WORD.finditer(frame.text):
        word = match.group(0)
        if len(word) < _MIN_NAME or word in known or word in QUESTION_WORDS or word in _CAPITALISED_COMMON or word in _MONTH_WORDS:
            continue
        for form in (word, word[:-1] if word.endswith("s") else None):  # "nordins svar": the genitive
            written = form and _written_as_name(form, text, lowered)
            if written:
                found.append(written)
                break
    if not found:
        return frame
    return replace(frame, names=tuple(dict.fromkeys((*frame.names, *found))))


def _written_as_name(word: str, text: str, lowered: str) -> str | None:
    """How `text` writes `word` when it always writes it with a capital, and at least once
    where the capital is not just the start of a sentence. `lowered` is `text` in lower case,
    searched with str.find: a regular expression over every retrieved document cost 9 ms a question."""
    def inside_word(at: int) -> bool:
        return 0 <= at < len(lowered) and (lowered[at].isalnum() or lowered[at] in "-_")

    def only_grammar(at: int) -> bool:
        # A capital opening a sentence is grammar, unless a name goes on ("Jobbcenter Gottsunda").
        before = at - 1
        while before >= 0 and text[before] in " \"'“”(":
            before -= 1
        return (before < 0 or text[before] in ".!?:\n") and not _NAME.match(text, at + len(word) + 1)

    found: list[int] = []
    at = lowered.find(word)
    while at >= 0:
        if not inside_word(at - 1) and not inside_word(at + len(word)):
            if text[at].islower():
                return None
            found.append(at)
        at = lowered.find(word, at + 1)
    if not found or all(only_grammar(at) for at in found):
        return None
    return text[found[0] : found[0] + len(word)]


def _opens_sentence(text: str, run: list[str]) -> bool:
    at = text.find(run[0])
    return len(run) == 1 and (not text[:at].strip(" \"'“") or text[:at].rstrip()[-1:] in ".!?:")


def _is_party_word(word: str) -> bool:
    # "Vänsterpartisten", "Socialdemokraten": a party word with an ending is still no name.
    return word in _PARTY_WORDS or any(len(p) >= 6 and word.startswith(p) for p in _PARTY_WORDS)


def parties_in(text: str) -> tuple[str, ...]:
    """
    >>> parties_in("Vad tyckte vänstern och sossarna?"), parties_in("Vänsterpartisten Tomas Rudin")
    (('v', 's'), ('v',))
    >>> parties_in("S, V och MP reserverade sig"), parties_in("Avdelning C har 40 platser")
    (('s', 'v', 'mp'), ())
    """
    lowered = text.lower()
    # Long names take endings ("vänsterpartisten", "moderaternas"); short ones ("mp") must stand alone.
    hits = [(lowered.find(name), marker) for name, marker in PARTY_NAMES.items()
            if re.search(rf"(?<![\wåäö]){re.escape(name)}{'[a-zåäö]*' if len(name) >= 6 else ''}(?![\wåäö])", lowered)]
    # "S, V och MP reserverade sig", "tillsammans med S och V": capital letters are parties beside another party.
    letters = [(m.start(), m.group(1).lower()) for m in PARTY_LETTERS.finditer(text)]
    if len(letters) + len(hits) >= 2:
        hits += letters
    return tuple(dict.fromkeys(marker for _, marker in sorted(hits)))


PARTY_LETTERS = re.compile(r"(?<![\wåäö(-])(S|V|M|C|L|KD|SD|MP|FP)(?![\wåäö)-])")


def understand(text: str) -> QuestionFrame:
    info = analyse(text)
    op = operation(text)
    return QuestionFrame(
        text=text, language=info.language, answer_type=answer_type_of(text, info.wants_number, op),
        wants_number=info.wants_number, operation=op, years=info.years, months=info.months,
        names=names_in(text), parties=parties_in(text),
    )


def without_attribution(text: str) -> str:
    """The question without the words saying where its answer stands.

    >>> without_attribution("hur många fick jobb i juni enligt stadsdelens redovisning?")
    'hur många fick jobb i juni ?'
    >>> without_attribution("According to the reply, how many got a job?")
    ', how many got a job?'
    """
    return re.sub(r"\s{2,}", " ", ATTRIBUTION.sub(" ", text)).strip()


def without_remark(text: str) -> str:
    """The question without a remark typed after its question mark, which says what the user has
    seen or thinks, not what is asked: its words are no part of what is sought or counted. A remark
    with a number ("alltså 2024") sets the question's scene, and stays.

    >>> without_remark("hur många fick jobb 2025? har sett olika siffror")
    'hur många fick jobb 2025?'
    >>> without_remark("hur många fick jobb? och hur många började studera?"), without_remark("hur många fick jobb? alltså 2024")
    ('hur många fick jobb? och hur många började studera?', 'hur många fick jobb? alltså 2024')
    """
    asked, mark, rest = text.partition("?")
    return asked + mark if mark and rest.strip() and "?" not in rest and not re.search(r"\d", rest) else text


# "andel kvinnor bland de inskrivna 2024", "share of women among those enrolled": the part first, the whole after.
_SHARE_AMONG = re.compile(r"^(?P<lead>.*?)\b(?:andel(?:en)?|share|proportion)\s+(?:of\s+)?(?P<part>(?!av\b)[^\W\d][\w\s-]*?)\s+"
                          r"(?:bland|among)\s+(?P<whole>[^?.!]+?)\s*[?.!]*$", re.I)


_SHARE_LEAD = re.compile(r"\s*(?:(?:vad|hur stor|how (?:large|big)|what)\s+(?:är|var|blev|is|was|were)\s+)?(?:the\s+)?", re.I)


def share_as_asked(text: str) -> str:
    """A share asked with its part before its whole, turned the way the documents' "av" reads:
    the whole after "av", what its part is after the verb.

    >>> share_as_asked("andel kvinnor bland de inskrivna 2024?")
    'hur stor andel av de inskrivna 2024 var kvinnor?'
    >>> share_as_asked("What was the share of women among those enrolled?")
    'what share of those enrolled were women?'
    >>> share_as_asked("hur stor andel av de inskrivna var kvinnor?"), share_as_asked("andelen av de inskrivna bland unga?")
    ('hur stor andel av de inskrivna var kvinnor?', 'andelen av de inskrivna bland unga?')
    >>> share_as_asked("Hur många procentenheter ökade andelen unga bland de nyinskrivna mellan 2023 och 2024?")[:24]
    'Hur många procentenheter'
    """
    match = _SHARE_AMONG.match(text)
    # Only the share itself asked: "hur många procentenheter ökade andelen unga bland ..." asks a change of it.
    if match is None or not _SHARE_LEAD.fullmatch(match.group("lead")):
        return text
    if language_of(text) == "en":
        return f"what share of {match.group('whole')} were {match.group('part')}?"
    return f"hur stor andel av {match.group('whole')} var {match.group('part')}?"


def phase_of(text: str) -> str | None:
    """Whether a text speaks of the start of something or of what it became.

    >>> phase_of("Inledningsvis var verksamheten placerad under kommunstyrelsen."), phase_of("Numera ligger den under nämnden.")
    ('start', 'later')
    """
    return "start" if PHASE_START.search(text) else "later" if PHASE_LATER.search(text) else None


def unknown_names(frame: QuestionFrame, lexical) -> tuple[str, ...]:
    """The names of a question or claim that no chunk of the index mentions
    (every word of a name must be a known token of `lexical`)."""
    def known(name: str) -> bool:
        # A compound whose parts are known (a place and a noun written as one word) is known.
        return all(tokens[0] in lexical.doc_freq or (len(tokens) > 1 and all(t in lexical.doc_freq for t in tokens[1:]))
                   for word in words_of(name) if (tokens := lexical.tokens(word)))

    # "Anna Eks svar": a name in the genitive is known when the name is.
    return tuple(n for n in frame.names if not known(n) and not (n.endswith("s") and known(n[:-1])))


# "vad har jobbtorget i härnösand för budget": a lower-case word where a place stands, last in the
# question or before what frames it ("för", a year, a comma).
_PLACE_SLOT = re.compile(r"\b(?:i|vid|på)\s+([a-zåäöé][a-zåäöé-]{4,})\b(?=\s*(?:$|[?,.!]|för\b|och\b|under\b|år\b|jämfört\b|mot\b|(?:19|20)\d\d\b))")


def unknown_places(frame: QuestionFrame, lexical) -> tuple[str, ...]:
    """The lower-case words of a Swedish question where a place stands that no chunk of the
    index knows in any form: a town the documents never mention is not answered by their own.
    English writes places with a capital, which `unknown_names` reads."""
    if frame.language != "sv":
        return ()
    known_names = {w.lower() for n in frame.names for w in n.split()}

    def known(word: str) -> bool:
        tokens = lexical.tokens(word)
        return not tokens or any(t in lexical.doc_freq or lemma(t) in LEMMA_STEMS for t in tokens)

    return tuple(dict.fromkeys(
        word for word in _PLACE_SLOT.findall(frame.text.lower())
        if word not in known_names and word not in QUESTION_WORDS and word not in AVERAGE_WORDS and word not in FRAME_NOUNS
        and word not in PERIOD_WORDS and word not in _MONTH_WORDS and not _DEFINITE.search(word) and not known(word)))


def unknown_acronyms(text: str, lexical) -> tuple[str, ...]:
    """The acronyms of a question ("HR", "AF") that no chunk of the index uses: what they name is not in the
    documents. A party's letters are parties.

    >>> class Known: doc_freq = {"esf": 1}; tokens = staticmethod(lambda w: [w.lower()])
    >>> unknown_acronyms("Vem är HR-chef, och hur mycket ESF-pengar fick S?", Known()), unknown_acronyms("who did NOT", Known())
    (('HR',), ())
    """
    # A word in capitals for stress ("NOT", "ALLA") is a stopword, not an acronym.
    return tuple(dict.fromkeys(a for a in _ACRONYM.findall(text) if a.lower() not in PARTIES and words_of(a) and a.lower() not in STOPWORDS_EN
                               and not any(t in lexical.doc_freq for t in lexical.tokens(a))))


def unknown_document_kinds(text: str, lexical, types=frozenset()) -> tuple[str, ...]:
    """The kinds of paper a question asks of ("pressmeddelandet", "the press release") when no document is
    of any of them (its `types`) and no chunk of the index so much as names them: a date or a sum from
    another paper is no answer. A question offering kinds to choose from ("en motion eller ett
    protokollsutdrag?") is answered while one of them is there.

    >>> class Known: doc_freq = {"protokoll": 1}; tokens = staticmethod(lambda w: [w.lower()[:9]])
    >>> unknown_document_kinds("When was the press release published?", Known()), unknown_document_kinds("vad står i protokollet", Known())
    (('pressmeddelande',), ())
    >>> unknown_document_kinds("är det en motion eller ett protokollsutdrag?", Known())
    ()
    """
    asked = [kind for pattern, kind in DOCUMENT_KINDS_ASKED if pattern.search(text)]
    known = [kind for kind in asked if any(t in lexical.doc_freq for t in lexical.tokens(kind))
             or any(str(t or "").startswith(kind) for t in types)]
    return () if known else tuple(asked)


_ACRONYM = re.compile(r"(?<![\wåäöÅÄÖ])([A-ZÅÄÖ][A-ZÅÄÖ]{1,4})(?![a-zåäö])")


# A noun's definite form ("på mötet", "i rapporten", "vid sammanträdet", "i stadsdelarna") is a common
# word, however the documents spell it; a town's name rarely ends so.
_DEFINITE = re.compile(r"(?:et|en|(?:ar|er|or|e)na|ningen|heten)$")


def uncovered_years(years, lexical) -> tuple[str, ...]:
    """The years no chunk of the index mentions (numbers are BM25 tokens too)."""
    return tuple(y for y in dict.fromkeys(str(y) for y in years) if y not in lexical.doc_freq)
