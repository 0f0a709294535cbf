"""Whether a sentence holds an answer of the type a question asks for, and the
answer itself when it can be read off ("Vänsterpartiet (v)", "16-24 år")."""

from __future__ import annotations

import re

from .cleaning import is_table_line, row_label
from .figures import money_caption, money_label
from .vocabulary import (
    GAP_AFTER,
    money_nouns,
    BODY,
    BARE_BODY,
    BODY_WORD,
    DURATION_ASKED,
    MONEY_QUALIFIED,
    MONEY_QUALIFIERS_EN,
    ALTERNATIVES,
    AGE_EVIDENCE,
    AMOUNT_EVIDENCE,
    DATE_EVIDENCE,
    DECISION_EVIDENCE,
    DURATION_EVIDENCE,
    FREQUENCY_EVIDENCE,
    NOT_MAIN_VERBS,
    NUMBER_EVIDENCE,
    ORGANISATION_EVIDENCE,
    PARTIES,
    PARTY_IN_WORDS,
    PARTY_MARKER,
    PARTY_NAMES,
    PERSON_NAME,
    QUESTION_WORDS,
    MEANS_EVIDENCE,
    PLACE_EVIDENCE,
    REASON_EVIDENCE,
    REFERENCE_EVIDENCE,
    TARGET_EVIDENCE,
)

EVIDENCE = {
    "party": re.compile(f"{PARTY_MARKER.pattern}|{PARTY_IN_WORDS.pattern}", re.I), "person": PERSON_NAME, "organisation": ORGANISATION_EVIDENCE, "place": PLACE_EVIDENCE,
    "age_group": AGE_EVIDENCE, "date": DATE_EVIDENCE, "reference": REFERENCE_EVIDENCE, "reason": REASON_EVIDENCE,
    "decision": DECISION_EVIDENCE, "count": NUMBER_EVIDENCE, "computed": NUMBER_EVIDENCE,
    "target": TARGET_EVIDENCE, "frequency": FREQUENCY_EVIDENCE, "duration": DURATION_EVIDENCE, "amount": AMOUNT_EVIDENCE, "means": MEANS_EVIDENCE,
}


def holds_type(answer_type: str, text: str, caption: str = "") -> bool:
    """Does the sentence hold something of the asked type? Types without a
    surface form (fact, list, yesno, definition) always do. `caption`, a table row's
    (`figures.table_context`), may give the unit its cells are in.

    >>> holds_type("party", "Vice ordföranden Karin Rågsjö (V) lämnade ett uttalande."), holds_type("age_group", "Ungdomar")
    (True, False)
    >>> holds_type("amount", "Bruttokostnad  84 310  89 760"), holds_type("amount", "Bruttokostnad  84 310  89 760", "Tabell 2. Kostnader, tkr")
    (False, True)
    """
    pattern = EVIDENCE.get(answer_type)
    if answer_type == "duration":
        return _duration(text) is not None
    if answer_type == "amount" and is_table_line(text):
        # "Kostnad per deltagare (kr)  42 747  39 940", or a row under "Tabell 2. Kostnader, tkr".
        return money_label(row_label(text)) or money_caption(caption)
    return True if pattern is None else bool(pattern.search(text))


def _party(text: str, names: tuple[str, ...]) -> str | None:
    markers = list(PARTY_MARKER.finditer(text))
    if not markers:
        return None
    chosen = markers[0]
    if names:
        # The marker that follows the named person ("Karin Rågsjö (v)", "Tara Twana m.fl. (S)"),
        # written in full or by the surname alone ("Häggström (C)").
        forms = [form for name in names for form in dict.fromkeys((name, name.split()[-1]))]
        for name in forms:
            hit = re.search(rf"{re.escape(name)}(?:\s+[A-ZÅÄÖ][\wåäö]+)?(?:\s+m\.\s?fl\.)?\s*(\([A-Za-z]{{1,2}}\))", text)
            if hit:
                chosen = PARTY_MARKER.search(hit.group(1))
                break
        else:
            # "... (S) och Vänsterpartiet (V) reserverar sig och stöder Lars Bergs yrkande": the person
            # stands there without a marker, or not at all, so the sentence's markers are other people's.
            return None
    marker = chosen.group(1).lower()
    return f"{PARTIES[marker]} ({marker})"


def _common(name: str, context: str) -> bool:
    """Whether a capitalised pair is no person's name.

    >>> _common("Jobbcenter Piteå", "Piteå kommun | Protokoll")
    True
    >>> _common("Charlotte Svensson", "Förvaltningschef Charlotte Svensson föredrog")
    False
    """
    # "Jobbtorg Stockholm" looks like a name, but the document writes "jobbtorgen": a word
    # its text also uses in lower case is a common noun; one it writes before "kommun" or
    # "stad" ("Piteå kommun") is a place, and the pair an organisation there.
    return any(re.search(rf"\b{re.escape(word.lower())}", context)
               or re.search(rf"\b{re.escape(word)}s?\s+(?:kommun|stad|län|region)\b", context, re.I) for word in name.split())


def _person(text: str, names: tuple[str, ...], context: str = "") -> str | None:
    # Overlapping pairs: "Förvaltningschef Charlotte Svensson" holds two, and a
    # capital at the start of a sentence is only grammar, so a later pair wins.
    pairs = [(m.start(1), m.group(1)) for m in re.finditer(rf"(?=({PERSON_NAME.pattern}))", text)]
    pairs = [(at, name) for at, name in pairs if not any(n in name for n in names)
             and not text[at + len(name):at + len(name) + 8].strip().lower().startswith("centrum")
             and not _common(name, context)]
    # After a label's colon ("Kontaktperson: Mattias Berg") a capital is a name, not grammar.
    inner = [(at, name) for at, name in pairs if at > 0 and text[:at].rstrip()[-1:] not in ".!?"]
    chosen = (inner or pairs or [(0, None)])[0]
    at, name = chosen
    if name is None:
        return None
    # A third name ("Karin Rågsjö Nordin (m)") belongs to it when a marker, a stop or a verb follows.
    third = _THIRD_NAME.match(text, at + len(name))
    return name + third.group(1) if third and not _common(third.group(1), context) else name


_THIRD_NAME = re.compile(r"( [A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)(?=\s*[(,.;:]|\s+[a-zåäö]|\s*$)")


_HIGH = r"(?i:högst\w*|störst\w*|flest|highest|largest|biggest|most)"
_LOW = r"(?i:lägst\w*|minsta|färst|lowest|smallest|fewest)"
_BEST, _WORST = r"(?i:bäst\w*|best)", r"(?i:sämst\w*|värst\w*|worst)"
_PLACE = r"([A-ZÅÄÖ][\w-]+)"


def extremes(text: str, context: str = "") -> dict[str, int]:
    """The names a text calls the highest (+1) or the lowest (−1): "lägst bland deltagare
    från Gränby", "högst i Gottsunda", "Gränby hade den högsta andelen". A capital that
    `context` (the document) writes only to open a sentence, or also in lower case, is grammar
    ("Andelen var lägst").

    >>> extremes("Andelen var högst i Gottsunda och lägst bland deltagare från Gränby.", "andelen")
    {'Gottsunda': 1, 'Gränby': -1}
    >>> extremes("Gränby had the highest share", "från Gränby"), extremes("Resultatet i Sävja låg nära snittet.")
    ({'Gränby': 1}, {})
    >>> extremes("Högst andel till arbete hade Gottsunda och lägst andel hade Gränby.", "i Gottsunda, från Gränby")
    {'Gottsunda': 1, 'Gränby': -1}
    """
    found: dict[str, int] = {}
    for sign, word in ((1, _HIGH), (-1, _LOW)):
        for m in re.finditer(rf"\b{word}\s+(?i:i|bland|på|för|in|among|at|for)\s+(?:[a-zåäö]\w*\s+){{0,3}}?{_PLACE}", text):
            found.setdefault(m.group(1), sign)
        for m in re.finditer(rf"{_PLACE}\s+(?i:hade|har|var|är|had|has|was|is)\s+(?:\w+\s+){{0,3}}?{word}\b", text):
            found.setdefault(m.group(1), sign)
        # "Högst andel till arbete hade Gottsunda": the extreme first, its holder after the verb.
        for m in re.finditer(rf"\b{word}\s+(?:[a-zåäö]\w*\s+){{1,4}}?(?i:hade|har|had|has)\s+{_PLACE}", text):
            found.setdefault(m.group(1), sign)
    # A name is written with its capital inside a sentence too ("bland deltagare från Gränby").
    inside = f"{context} {text}"
    found = {name: sign for name, sign in found.items() if not re.search(rf"\b{re.escape(name.lower())}\b", context)
             and re.search(rf"[a-zåäö0-9,]\s+{re.escape(name)}\b", inside)}
    return dict(sorted(found.items(), key=lambda item: text.index(item[0])))


def is_extreme_word(word: str) -> bool:
    """Whether a word says highest or lowest ("störst", "lägsta", "highest"), in any of its forms."""
    return bool(re.fullmatch(f"{_HIGH}|{_LOW}|{_BEST}|{_WORST}|(?i:minst)", word))


def extreme_asked(question: str) -> int:
    """+1 when a question asks which has the highest, −1 the lowest; 0 otherwise.

    >>> extreme_asked("vilket område gick sämst, alltså lägst andel som fick jobb?"), extreme_asked("Which district had the highest share?")
    (-1, 1)
    >>> extreme_asked("Hur stor var den högsta andelen?")
    0
    >>> extreme_asked("vilken stadsdel hade sämst andel som fick jobb"), extreme_asked("which district had the worst waiting times")
    (-1, 1)
    """
    if not re.match(r"\W*(?:i\s+|in\s+)?(?:vilk\w+|which|what)\b", question, re.I):
        return 0
    high, low = re.search(rf"\b{_HIGH}\b", question), re.search(rf"\b{_LOW}\b", question)
    if not (high or low) and (judged := re.search(rf"\b(?:{_BEST}|{_WORST})\b", question)):
        # "sämst andel som fick jobb" is the lowest share; "sämst väntetid" the longest wait.
        best = bool(re.fullmatch(_BEST, judged.group(0)))
        return (1 if best else -1) * (-1 if DURATION_ASKED.search(question) else 1)
    return 1 if high and not low else -1 if low and not high else 0


def role_asked(question: str) -> re.Pattern | None:
    """The role a "who" question asks for ("vem var ordförande", "who chaired"), as the pattern
    that finds it in either language; the more specific role first ("vice ordförande").

    >>> role_asked("Who chaired the meeting?").search("Maria Sjögren (S), ordförande") is not None
    True
    >>> role_asked("Vem skrev rapporten?") is None
    True
    """
    return next((pattern for _, pattern in ALTERNATIVES["role"] if pattern.search(question)), None)


_MARKER_AND_COMMA = re.compile(r"\s*(?:\([^)]{1,4}\))?\s*,?\s*(?:\d:[ae]\s+|förste\s+|andre\s+)?$", re.I)


# "arbetsmarknadsnämndens ordförande": the body that owns the role, in the genitive just before it.
_BODY_BEFORE = re.compile(r"\b([^\W\d_]{4,}(?:nämnd|styrelse|förvaltning|fullmäktig)\w*s)\s*$", re.I)
_BODY_AFTER = re.compile(r"\s*(?:i|för|vid|of|in|for)\s+(?:the\s+)?([^\W\d_][\w-]{3,})", re.I)


def _other_body(named: str, asked: str) -> bool:
    """Whether a role's body ("ordförande i arbetsmarknadsnämnden") is not the one asked
    ("ordförande i kommunstyrelsen"): neither word is an inflection of the other."""
    a, b = named.lower(), asked.lower()
    return not (a.startswith(b[:8]) or b.startswith(a[:8]))


def role_holder(text: str, role: re.Pattern, asked: str = "", scene: str = "") -> str | None:
    """The name a sentence gives the role: beside it ("Maria Sjögren (S), ordförande",
    "ordförande Maria Sjögren", "Ordförande    Maria Sjögren"), never a name elsewhere in it
    ("Ordföranden ställer proposition på Per Lind (M) yrkande" names no chair).

    >>> chair = role_asked("vem var ordförande")
    >>> role_holder("Maria Sjögren (S), ordförande", chair), role_holder("Ordförande      Maria Sjögren", chair)
    ('Maria Sjögren', 'Maria Sjögren')
    >>> role_holder("Ordföranden ställer proposition på Per Lind (M) yrkande.", chair) is None
    True
    >>> role_holder("Maria Sjögren (S), ordförande Olle Backman (C), vice ordförande", chair)
    'Maria Sjögren'
    >>> role_holder("Beslutande Britt-Marie Holm (KD), ordförande", chair)
    'Britt-Marie Holm'
    >>> role_holder("säger Eva Lund (S), ordförande i socialnämnden.", chair, "vem är ordförande i kommunstyrelsen") is None
    True
    >>> role_holder("Eva Lund (S), ordförande", chair, "vem är arbetsmarknadsnämndens ordförande", "Protokoll, kommunstyrelsen") is None
    True

    `scene` (the document's title and opening) names the body of a role the sentence gives bare.
    """
    in_question = role.search(asked)
    body = _BODY_AFTER.match(asked, in_question.end()) if in_question else None
    body = body.group(1) if body else None
    if in_question and (body is None or not BODY_WORD.search(body)) and (owner := _BODY_BEFORE.search(asked[: in_question.start()])):
        body = owner.group(1)  # "arbetsmarknadsnämndens ordförande (i Alfta)"
    if body and BARE_BODY.fullmatch(body):
        body = None  # "vid nämndens möte": the body in context, whichever the minutes are of
    for mention in role.finditer(text):
        named = _BODY_AFTER.match(text, mention.end())
        if body and named and _other_body(named.group(1), body):
            continue  # the chair of another body
        if body and BODY_WORD.search(body) and not named and scene and BODY.search(scene) and not any(
                not _other_body(m.group(0), body) for m in BODY.finditer(scene)):
            continue  # "Eva Lund (S), ordförande" in the minutes of another body than the one asked (a Swedish name)
        # A list of members reads "name (party), role": the name before comes first, lest
        # "…, ordförande Olle Backman (C), vice ordförande" give the next member.
        # Overlapping pairs: in "Beslutande Britt-Marie Holm (KD), ordförande" the label and the
        # first name make a pair too.
        head = text[: mention.start()]
        before = [m for m in re.finditer(rf"(?<![\w-])(?=({PERSON_NAME.pattern}))", head) if _MARKER_AND_COMMA.fullmatch(head[m.end(1):])]
        if before:
            return before[-1].group(1)
        rest = text[mention.end():]
        after = PERSON_NAME.match(text, mention.end() + len(rest) - len(rest.lstrip(" \t:")))
        if after:
            return after.group(0)
    return None


def extract(answer_type: str, text: str, names: tuple[str, ...] = (), context: str = "", asked: str = "") -> str | None:
    """The typed answer as the sentence writes it, or None. `context`, the
    document's text, tells a person's name from capitalised common nouns; `asked`,
    the question, tells which of a sentence's sums it names.

    >>> extract("party", "Vice ordföranden Karin Rågsjö (V) lämnade följande uttalande.", ("Karin", "Rågsjö"))
    'Vänsterpartiet (v)'
    >>> extract("party", "Ledamöterna från (S) och (V) reserverar sig och stöder Karin Rågsjös yrkande.", ("Karin Rågsjö",)) is None
    True
    >>> extract("party", "Ledamöterna från (S) och (V) reserverar sig.", asked="vilka partier reserverade sig")
    'Socialdemokraterna (s), Vänsterpartiet (v)'
    >>> extract("age_group", "Ungdomar mellan 16-24 år"), extract("reference", "Dnr AMN 2013-0304-1")
    ('16-24 år', 'Dnr AMN 2013-0304-1')
    >>> extract("frequency", "Aspiranten deltar i den uppstartsgrupp som påbörjas varje vecka.")
    'varje vecka'
    >>> extract("person", "Förvaltningschef Charlotte Svensson föredrog rapporten.")
    'Charlotte Svensson'
    >>> extract("person", "Från och med den 1 januari är Jobbtorg Stockholm en permanent verksamhet.", (), "till jobbtorgen")
    >>> extract("person", "– Det är glädjande, säger finansborgarrådet Karin Rågsjö Nordin (m).")
    'Karin Rågsjö Nordin'
    >>> extract("date", "Den 1 januari 2008 inrättades Jobbtorg Stockholm."), extract("date", "Därför startade 2008 Jobbtorg.")
    ('1 januari 2008', '2008')
    >>> extract("date", "Från den 1 mars till den 30 september 2008 gällde det.") is None
    True
    >>> extract("amount", "Intäkterna var 2,1 miljoner kronor, och nettokostnaden blev 7,5 miljoner kronor.", asked="vad var nettokostnaden")
    '7,5 miljoner kronor'
    """
    if answer_type == "party":
        # A party a sentence marks ("Anna Lind (S)") or names in full ("Ledamöterna från Vänsterpartiet").
        found = sorted([(m.start(), m.group(1).lower()) for m in PARTY_MARKER.finditer(text)]
                       + [(m.start(), PARTY_NAMES[m.group(1).lower()]) for m in PARTY_IN_WORDS.finditer(text)])
        # A name the sentence does not mark ("Jobbspåret Industri", the matter asked about) asks no one's party.
        marked = [n for n in names if re.search(rf"{re.escape(n.split()[-1])}(?:\s+m\.\s?fl\.)?\s*\(", text)]
        if not marked and (re.search(r"\b(?:vilka partier|which parties)\b", asked, re.I) or not PARTY_MARKER.search(text)):
            # "Vilka partier reserverar sig?": every party the sentence marks or names, not its first;
            # so too when it names them in words, whoever asks ("Moderaterna och Kristdemokraterna reserverar sig").
            return ", ".join(f"{PARTIES[m]} ({m})" for m in dict.fromkeys(m for _, m in found)) or None
        return _party(text, names)
    if answer_type == "person":
        return _person(text, names, context)
    if answer_type == "date":
        return _date(text)
    if answer_type == "amount":
        return _amount(text, asked)
    if answer_type == "duration":
        return _duration(text)
    pattern = {"age_group": AGE_EVIDENCE, "reference": REFERENCE_EVIDENCE, "frequency": FREQUENCY_EVIDENCE,
               "duration": DURATION_EVIDENCE, "amount": AMOUNT_EVIDENCE}.get(answer_type)
    if pattern is not None:
        match = pattern.search(text)
        return match.group(0).strip() if match else None
    return None


def _duration(text: str) -> str | None:
    """The first span of time a sentence states that is no age: "i åldern 18–64 år" and "16 år gamla"
    say how old, not how long.

    >>> _duration("för personer i åldern 18–64 år som i snitt är inskrivna i 14 månader")
    '14 månader'
    >>> _duration("för personer i åldern 18–64 år") is None
    True
    >>> _duration("412 unga mellan 16 och 24 år var inskrivna"), _duration("ungdomar under 25 år väntade i 9 dagar")
    (None, '9 dagar')
    """
    for match in DURATION_EVIDENCE.finditer(text):
        if not (_AGE_BEFORE.search(text[: match.start()]) or _AGE_AFTER.match(text[match.end():])):
            return match.group(0).strip()
    return None


# "unga mellan 16 och 24 år", "ungdomar under 25 år": the age of those counted, in words around the span.
_AGE_BEFORE = re.compile(r"\b(?:ålder\w*|aged?|ung(?:a|dom\w*)|youths?|young(?:\s+people)?)\s*"
                         r"(?:(?:mellan|between|från|from|under|över|upp till|below|over|up to)\s+)?"
                         r"(?:\d+\s*(?:och|till|and|to)\s*)?$", re.I)
_AGE_AFTER = re.compile(r"\s*(?:gaml\w*|old\b|års ålder)", re.I)


def sum_of_kind(clause: str, asked: str, after: str = "") -> bool:
    """A sum may answer a question naming a kind of sum ("budgeten") unless its own clause calls it
    another kind ("underskottet … stannade på 1,1 miljoner") or the words `after` it make it a gap
    ("0,4 miljoner kronor mer än budgeterat").

    >>> sum_of_kind("arbetsmarknadsnämndens samlade underskott för 2025 stannade på", "vad var budgeten 2025")
    False
    >>> sum_of_kind("mot en budget på", "vad var budgeten 2025"), sum_of_kind("Nämnden fick", "budgeten?")
    (True, True)
    >>> sum_of_kind("vilket är", "what was the budget", after=" miljoner kronor mer än budgeterat")
    False
    """
    named, wanted = money_nouns(clause), money_nouns(asked)
    if wanted and GAP_AFTER.match(after):
        return False
    return not (named and wanted) or bool(named & wanted)


def _amount(text: str, asked: str) -> str | None:
    """The sum a sentence states, or of several the one whose own clause shares a word with
    the question ("nettokostnaden blev 7,5 miljoner" beside "intäkterna var 2,1 miljoner");
    None when the question's words do not tell them apart, or its clause calls it another kind of sum."""
    sums = list(AMOUNT_EVIDENCE.finditer(text))
    if not is_table_line(text):
        sums = [m for m, end in zip(sums, [0] + [m.end() for m in sums]) if sum_of_kind(text[end:m.start()], asked, text[m.end():])]
    if len(sums) > 1:
        # "hur stort blev underskottet": a light verb ("blev", "var") tells no sum apart.
        question = {w for w in re.findall(r"[^\W\d_]{4,}", asked.lower()) if w not in NOT_MAIN_VERBS and w not in QUESTION_WORDS}
        clauses = [text[end:m.start()] for end, m in zip([0] + [m.end() for m in sums], sums)]
        sums = [m for m, clause in zip(sums, clauses)
                if any(_same_word(w, q) for w in re.findall(r"[^\W\d_]{4,}", clause.lower()) for q in question)]
    return sums[0].group(0).strip() if len(sums) == 1 else None


def money_kind(question: str) -> str | None:
    """The kind of sum a question names, as the documents would spell it in a compound.

    >>> money_kind("vad var nettokostnaden 2025?"), money_kind("what was the gross cost?"), money_kind("vad kostade det?")
    ('netto', 'brutto', None)
    >>> money_kind("hur stort blev underskottet?"), money_kind("how big was the deficit?")
    ('underskott', 'underskott')
    """
    named = MONEY_QUALIFIED.search(question)
    if not named:
        return None
    if named.group(1):
        return named.group(1).lower()
    word = next(g for g in named.groups()[1:] if g).lower()
    return MONEY_QUALIFIERS_EN.get(word, word)


def _same_word(a: str, b: str) -> bool:
    """One word inflected ("nettokostnad", "nettokostnaden"): a shared start of six letters."""
    return a == b or (min(len(a), len(b)) >= 6 and a[:6] == b[:6])


def _date(text: str) -> str | None:
    """The one date a sentence states (else its one year): two are a span or a
    sequence, and naming one of them would answer for the sentence."""
    from .dates import dates_in  # dates builds on the question vocabulary, as this module's callers do

    stated = dates_in(text, 2000)  # any year: only the written text is returned
    if stated:
        return stated[0].text if len(stated) == 1 else None
    years = set(re.findall(r"\b(?:19|20)\d\d\b", text))
    return years.pop() if len(years) == 1 else None
