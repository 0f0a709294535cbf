"""The elements of a claim checked one by one: the names it gives (people,
places, bodies, list members), the party it gives a person, the years it
dates things to. Each element becomes a row (claimed / found / status, with
the quote); the checker combines them: one contradicted element contradicts
the claim, an element no document speaks of leaves it not found, and a claim
is supported only when every element it has is borne out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .answering import ScoredSentence
from .understanding import QuestionFrame, parties_in, phase_of
from .vocabulary import AGE_RANGE, ALTERNATIVES, PARTIES, PARTY_IN_WORDS, PARTY_MARKER, PARTY_NAMES, STANCES, bodies_in

BODY_CONTEXT = 0.25  # share of a claim's other words a sentence naming a body must hold to speak of the same thing
ROLE_REACH = 40  # characters read for a title on either side of a name


@dataclass(frozen=True)
class Element:
    """One checkable part of a claim and what the documents say about it."""

    element: str  # name | party | role | manner | permanence | body | age | date | year | number | proportion | computed | period
    claimed: str
    found: str | None
    status: str  # supported | contradicted | not_found
    source: str | None = None
    quote: str | None = None
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict:
        return {"element": self.element, "claimed": self.claimed, "found": self.found, "status": self.status,
                "source": self.source, "quote": self.quote, "start": self.start, "end": self.end}

    @classmethod
    def at(cls, element: str, claimed: str, found: str | None, status: str, sentence: ScoredSentence | None) -> "Element":
        if sentence is None:
            return cls(element, claimed, found, status)
        return cls(element, claimed, found, status, sentence.source, sentence.text, sentence.start, sentence.end)


def claimed_party(claim: str, person: str) -> str | None:
    """The party a claim gives one person: a marker after the name, else a party
    word just before it ("Vänsterpartisten Tomas Rudin") or just after it
    ("Tomas Rudin of the Left Party"). A party named elsewhere in the claim
    ("moderaternas vallöfte") is not the person's.

    >>> claimed_party("Vänsterpartisten Tomas Rudin frågade om moderaternas vallöfte", "Tomas Rudin")
    'v'
    >>> claimed_party("Tomas Rudin (s) frågade", "Tomas Rudin"), claimed_party("Tomas Rudin frågade om moderaternas löfte", "Tomas Rudin")
    ('s', None)
    >>> claimed_party("Tomas Rudin är moderat.", "Tomas Rudin"), claimed_party("Karin Rågsjö is a Left Party politician", "Karin Rågsjö")
    ('m', 'v')
    >>> claimed_party("Tomas Rudin, a Left Party councillor, asked", "Tomas Rudin"), claimed_party("Miljöpartisten Karin Rågsjö", "Karin Rågsjö")
    ('v', 'mp')
    >>> claimed_party("Tomas Rudin, som frågade om moderaternas löfte", "Tomas Rudin")
    >>> claimed_party("Karin Rågsjö tillhör Vänsterpartiet.", "Karin Rågsjö"), claimed_party("Tomas Rudin, som frågade, är moderat.", "Tomas Rudin")
    ('v', 'm')
    >>> claimed_party("Karin Rågsjö belongs to the Social Democrats.", "Karin Rågsjö")
    's'
    """
    at = claim.find(person)
    if at < 0:
        return None
    after = claim[at + len(person):]
    marker = PARTY_MARKER.match(after.lstrip())
    if marker:
        return marker.group(1).lower()
    before = parties_in(claim[max(0, at - 25):at])
    if before:
        return before[-1]
    # "Tomas Rudin, som ställde interpellationen, är moderat": the relative clause is skipped.
    after = re.sub(r"^\s*,\s*(?:som|who|which)\b[^,]*,", "", after, flags=re.I)
    belongs = re.match(r"\s*,?\s*(?:of|from|för|från|är|var|is|was|tillhör\w*|representerar|företräder|belongs? to|belonged to|"
                       r"represents?|is a member of|är medlem i)\s+(?:the\s+|an?\s+|en\s+|ett\s+)?(.{0,30})", after, re.I)
    found = parties_in(belongs.group(1)) if belongs else ()
    # An apposition: "Tomas Rudin, a Left Party councillor, ..." (its first words only).
    apposition = re.match(r"\s*,\s*(?:the\s+|an?\s+|en\s+|ett\s+)?((?:\S+\s+){0,2}\S+)", after)
    found = found or (parties_in(apposition.group(1)) if apposition else ())
    return found[0] if found else None


def party_elements(frame: QuestionFrame, claim: str, sentences: list[ScoredSentence]) -> list[Element]:
    """The party a claim gives a named person, against the marker the documents
    write after that person's name ("Tomas Rudin (s)")."""
    rows = []
    for person in (n for n in frame.names if " " in n):  # a person: first and last name
        claimed = claimed_party(claim, person)
        if claimed is None:
            continue
        for sentence in sentences:
            hit = re.search(rf"{re.escape(person)}(?:\s+m\.\s?fl\.)?\s*\(([A-Za-z]{{1,2}})\)", sentence.text)
            if hit and hit.group(1).lower() in PARTIES:
                stated = hit.group(1).lower()
                status = "supported" if stated == claimed else "contradicted"
                rows.append(Element.at("party", f"{person} ({claimed})", f"{person} ({stated})", status, sentence))
                break
    return rows


_WROTE_OR_ASKED = re.compile(r"\b(?:besvara|svara|ställ|skr[ie]v|underteckna|answer|repl|asked|signed|wrote)\w*", re.I)


# The subject of a stance that is only members and their markers: "Anna Berg, Nils Sund (samtliga S) samt Eva Lind (V)".
_MARKED_MEMBERS = re.compile(r"(?:\s*(?:[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+)*|\([^()]{1,12}\)|,|och|samt|and)\s*)+")


def _all_marked_did(claim: str, sentence: str) -> bool:
    """Whether every member a sentence marks took the stance a claim names: the stance's verb comes right
    after a subject of marked members only ("... (samtliga S) samt Eva Lind (V) reserverar sig"), so each
    party among them did it.

    >>> _all_marked_did("S reserverade sig", "Anna Berg och Nils Sund (samtliga S) samt Eva Lind (V) reserverar sig mot beslutet.")
    True
    >>> _all_marked_did("M reserverade sig", "Anna Berg (M) yrkar bifall och Eva Lind (V) reserverar sig.")
    False
    """
    for _, stated in STANCES.values():
        verb = stated.search(sentence)
        if verb and stated.search(claim) and _MARKED_MEMBERS.fullmatch(sentence[: verb.start()]):
            return True
    return False


def actor_party_elements(frame: QuestionFrame, claim: str, sentences: list[ScoredSentence], says_rest) -> list[Element]:
    """The party a claim says did something ("Moderaterna lämnade ett särskilt yttrande"), held to
    the one marker of the sentence that says the rest of it ("Maria Lindqvist (V) lämnade ett
    särskilt yttrande ..."). `says_rest(sentence)` tells whether a sentence says the claim's other
    words. None when the claim names a person (their own marker decides) or no such sentence has one marker."""
    # A name the claim speaks about ("beslutet om Språkspår Kalmar") is no one who acted.
    actors = [n for n in frame.names if " " in n and not re.search(rf"\b(?:om|mot|för|till|i|på|av|about|on|against|for|of)\s+{re.escape(n)}",
                                                                 claim, re.I)]
    # Who answered, asked or signed is the signature's party, read elsewhere.
    if not frame.parties or actors or _WROTE_OR_ASKED.search(claim):
        return []
    claimed = set(frame.parties)
    said = ", ".join(PARTIES[p] for p in sorted(claimed))
    for sentence in sentences:
        # "Socialdemokraternas ledamöter ... reserverar sig": a party named in words marks as well as "(S)".
        markers = {m.group(1).lower() for m in PARTY_MARKER.finditer(sentence.text)} | {
            PARTY_NAMES[m.group(1).lower()] for m in PARTY_IN_WORDS.finditer(sentence.text) if m.group(1).lower() in PARTY_NAMES}
        if not markers or not says_rest(sentence):
            continue
        stated = ", ".join(PARTIES.get(m, m) for m in sorted(markers))
        if markers == claimed or claimed < markers and _all_marked_did(claim, sentence.text):
            return [Element.at("party", said, stated, "supported", sentence)]
        if not claimed <= markers and (len(claimed) == 1 or claimed & markers):
            # "Anna Ek (M) och Per Lind (KD) reserverar sig": a party claimed is not among those who did it,
            # or one of a list claimed is not ("Moderaterna och Vänsterpartiet reserverade sig"). Parties none
            # of whom are marked may speak of another statement than this one. Which of several marked did
            # what is not read here, so a party among them, not all of them, bears nothing out.
            return [Element.at("party", said, stated, "contradicted", sentence)]
    return []


def alternative_elements(frame: QuestionFrame, claim: str, sentences: list[ScoredSentence],
                         about_people: list[ScoredSentence] | None = None) -> list[Element]:
    """Each value of which a statement holds one only (a role, "muntligt" or
    "skriftligt"), against the first of the sentences that gives one: the same
    value bears the claim out, another contradicts it. A role belongs to the
    person it stands next to, in the claim and in the sentence, so it is read
    in any of `about_people` (default `sentences`) that names the person.

    >>> from assistant.understanding import understand
    >>> s = ScoredSentence("d", None, 0, 60, "Vice ordföranden Karin Rågsjö (V) lämnade ett särskilt uttalande.", 0, 0, 0, 0)
    >>> claim = "Karin Rågsjö var ordförande i nämnden."
    >>> [(e.element, e.claimed, e.found, e.status) for e in alternative_elements(understand(claim), claim, [s])]
    [('role', 'ordförande', 'vice ordförande', 'contradicted')]
    >>> claim = "Karin Rågsjö (V) was vice chair of the committee."
    >>> [(e.claimed, e.status) for e in alternative_elements(understand(claim), claim, [s])]
    [('vice ordförande', 'supported')]
    """
    people = [n for n in frame.names if " " in n]
    rows = []
    for group, values in ALTERNATIVES.items():
        claimed = _values_in(group, values, claim, people)
        if len(claimed) != 1:
            continue
        for sentence in (about_people or sentences) if group == "role" and people else sentences:
            stated = _values_in(group, values, sentence.text, people)
            if stated:
                status = "supported" if claimed[0] in stated else "contradicted"
                rows.append(Element.at(group, claimed[0], claimed[0] if status == "supported" else stated[0], status, sentence))
                break
    return rows


def age_ranges(text: str) -> list[tuple[tuple[int, int], frozenset[str]]]:
    """The age spans a text gives, in order, each with the words just before and
    after it: the group it is the age of ("ungdomar mellan 16 och 19 år").

    >>> [span for span, _ in age_ranges("ungdomar mellan 16 och 19 år")], [span for span, _ in age_ranges("young people aged 18 to 21")]
    ([(16, 19)], [(18, 21)])
    >>> sorted(age_ranges("Grupper som nyanländ flykting, ungdom 16-24 år samt övriga")[0][1])
    ['flykting', 'nyanländ', 'samt', 'ungdom', 'övriga']
    >>> age_ranges("Under 2008 skrev jobbtorget in 430 ungdomar, varav 205 fick ett arbete")
    []
    """
    spans = []
    for match in AGE_RANGE.finditer(text):
        low, high = (int(g) for g in match.groups() if g is not None)
        if low < high:
            before = re.findall(r"[^\W\d_]+", text[max(0, match.start() - 40):match.start()].lower())[-3:]
            after = re.findall(r"[^\W\d_]+", text[match.end():match.end() + 25].lower())[:2]
            spans.append(((low, high), frozenset(before + after)))
    return spans


def _same_group(claimed: frozenset[str], stated: frozenset[str]) -> bool:
    # A shared stem of five letters: "ungdomar" and "ungdom", "flyktingar" and "flykting"; a short word whole
    # ("unga"). Words that frame a span ("mellan 20 och 55 år") name no group.
    claimed, stated = claimed - _SPAN_WORDS, stated - _SPAN_WORDS
    return any(a[:5] == b[:5] if len(a) >= 5 and len(b) >= 5 else a == b and len(a) >= 4 for a in claimed for b in stated)


# What ends a claim's subject ("Ung framtid | vänder sig till ..."), and the generic heads before a name
# ("Programmet Ung framtid"): what is left is the name the claim gives its subject.
_SUBJECT_END = re.compile(r"\s+(?:är|var|vänder|vände|riktar|riktade|omfattar|gäller|erbjuder|har|hade|ska|is|was|targets|"
                          r"serves|offers|aims|has)\b", re.I)
_GENERIC_HEAD = re.compile(r"^(?:programmet|insatsen|satsningen|verksamheten|målgruppen|the programme|the program|the scheme|"
                           r"the target group)(?:\s+|$)", re.I)


def _subject(claim: str) -> str:
    """The name a claim opens with, up to its verb, without a generic head ("Programmet Ung framtid vänder sig
    till ...": "ung framtid"); "" when it opens otherwise or the name is a single short word."""
    end = _SUBJECT_END.search(claim)
    if end is None or not claim[:1].isupper():
        return ""
    subject = _GENERIC_HEAD.sub("", claim[: end.start()].strip()).lower()
    return subject if len(subject) >= 5 and len(subject.split()) <= 4 else ""


_SPAN_WORDS = frozenset("mellan från till som för och med sig åldern ålder aged between from years olds".split())


def age_elements(claim: str, sentences: list[ScoredSentence], english: bool = False, names: tuple[str, ...] = ()) -> list[Element]:
    """The one age span a claim gives a group, against the best sentence that
    gives the same group an age (in Swedish, a word of the group near both
    spans; an English claim shares no words, so the best sentence with an age):
    the same span bears the claim out, another contradicts it.

    >>> s = ScoredSentence("d", None, 0, 60, "Målgruppen är ungdomar 16-24 år som saknar arbete.", 0, 0, 0, 0)
    >>> [(e.claimed, e.found, e.status) for e in age_elements("Målgruppen omfattar ungdomar mellan 16 och 19 år.", [s])]
    [('16–19 år', '16–24 år', 'contradicted')]
    >>> [e.status for e in age_elements("The target group is young people aged 16 to 24.", [s], english=True)]
    ['supported']
    >>> t = ScoredSentence("d", None, 0, 60, "Jobbspåret riktar sig till unga 18–24 år.", 0, 0, 0, 0)
    >>> [e.found for e in age_elements("Jobbspåret är för unga mellan 18 och 24 år.", [s, t], names=("Jobbspåret",))]
    ['18–24 år']
    >>> age_elements("Målgruppen omfattar pensionärer mellan 16 och 24 år.", [s])
    []
    """
    claimed = age_ranges(claim)
    if len(claimed) != 1:
        return []
    span, group = claimed[0]
    subject = _subject(claim)

    def named(sentence: ScoredSentence) -> bool:
        text = sentence.text.lower()
        return any(n.lower() in text for n in names) or bool(subject) and re.search(rf"\b{re.escape(subject)}\b", text) is not None

    # A programme the claim names is the group where a sentence names it ("Ung framtid riktar sig till unga
    # mellan 18 och 24 år" for "Ung framtid vänder sig till 18–24-åringar").
    stating = [(sentence, [other for other, words in age_ranges(sentence.text) if english or _same_group(group, words) or named(sentence)])
               for sentence in sentences]
    stating = [(sentence, spans) for sentence, spans in stating if spans]
    # "Ungkraft är till för unga 18–24 år" is held to what is said of Ungkraft, not of another programme's people.
    stating = [(s, spans) for s, spans in stating if named(s)] or stating
    if not stating:
        return []
    # Two documents may give one group two spans: any that gives the claim's bears it out.
    sentence, spans = next(((s, spans) for s, spans in stating if span in spans), stating[0])
    status = "supported" if span in spans else "contradicted"
    found = span if status == "supported" else spans[0]
    return [Element.at("age", f"{span[0]}–{span[1]} år", f"{found[0]}–{found[1]} år", status, sentence)]


def _values_in(group: str, values, text: str, people: list[str]) -> list[str]:
    """The values of a group a text gives, in order; for a role and a named person,
    the title written right before or after that person's name (none where the
    person is absent): "vice ordföranden Jens Ek", "Karin Rågsjö (V) was vice chair"."""
    if group != "role" or not people:
        found = [(m.start(), value) for value, pattern in values for m in pattern.finditer(text)]
        return list(dict.fromkeys(value for _, value in sorted(found)))
    roles = []
    for person in people:
        at = text.find(person)
        if at < 0:
            continue
        before = text[max(0, at - ROLE_REACH):at]
        after = _TITLE_AFTER.sub("", text[at + len(person):at + len(person) + ROLE_REACH], count=1)
        for value, pattern in values:
            written_before = any(m.end() == len(before.rstrip()) for m in pattern.finditer(before.rstrip()))
            if written_before or pattern.match(after) is not None:
                roles.append(value)
                break
    return list(dict.fromkeys(roles))


# What may stand between a name and the title after it: a party marker, a comma, "var", "was the".
_TITLE_AFTER = re.compile(r"^\s*(?:\([A-Za-zåäö]{1,2}\))?\s*,?\s*(?:(?:som|who)\s+)?(?:(?:var|är|blev|was|is|became|served as)\s+)?"
                          r"(?:(?:the|an?|en|ett)\s+)?", re.I)


_CLAUSE_BREAK = re.compile(r";\s*|,\s*(?=(?:men|medan|tidigare|numera|dessförinnan|sedan)\b)|\s+(?=(?:men|medan|whereas|but)\s)")


def _clauses(sentence: ScoredSentence) -> list[ScoredSentence]:
    """A sentence naming two or more bodies, split into its clauses (each with its own
    offsets in the document); else the sentence."""
    if len(bodies_in(sentence.text)) < 2:
        return [sentence]
    cuts = [0, *(x for m in _CLAUSE_BREAK.finditer(sentence.text) for x in m.span()), len(sentence.text)]
    parts = [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if sentence.text[a:b].strip()]
    return [replace(sentence, text=sentence.text[a:b], start=sentence.start + a, end=sentence.start + b) for a, b in parts]


def same_phase(claimed: str | None, stated: str | None) -> bool:
    """A claim without a time word speaks of now: of what a text says came later, or
    of what it says without one; never of the start."""
    return claimed == stated or {claimed, stated} == {None, "later"}


_RECIPIENT = re.compile(r"\b(?:skickas|sänds|överlämnas|expedieras|delges|anmäls)\s+till\b|\bför kännedom\b", re.I)


def body_elements(claim: str, aligned: list[ScoredSentence], scored: list[ScoredSentence], says_rest) -> list[Element]:
    """The body a claim puts something under, against the body the sentence saying
    the rest names. A claim about the start ("från början", "när ... drog igång")
    or about what came later ("numera", "när den blev permanent") is read against
    sentences of no other phase. `says_rest(sentence, share)` tells whether a sentence
    holds that share of the claim's other words (most of them when None).

    A sentence naming the claimed body and sharing some of the rest bears it out,
    wherever it ranks; failing one, the first aligned sentence naming another
    body contradicts it."""
    claimed = bodies_in(claim)
    if not claimed:
        return []
    phase = phase_of(claim)
    label = ", ".join(sorted(claimed))
    # "Inledningsvis var verksamheten placerad under kommunstyrelsen" names neither the claim's
    # subject nor its time words: a body's sentence need share only some of the rest.
    # A sentence naming two bodies is read clause by clause ("Sedan 2019 ... under
    # arbetsmarknadsnämnden; tidigare ... under socialnämnden"), each quoted on its own.
    clauses = [(c, s) for s in scored for c in _clauses(s) if same_phase(phase, phase_of(c.text))]
    holder, sentence = next(((c, s) for c, s in clauses if claimed & bodies_in(c.text) and says_rest(c, BODY_CONTEXT)),
                            (None, None))
    if holder is not None:
        # It bears the body out when it says the rest too, or speaks of the same start;
        # else it only keeps another sentence's body from contradicting the claim, unless
        # another clause of its sentence says the rest with another body.
        if says_rest(holder, None) or phase == "start" == phase_of(holder.text):
            return [Element.at("body", label, label, "supported", holder)]
        sibling = next((c for c, s in clauses if s is sentence and c is not holder and bodies_in(c.text) - claimed
                        and says_rest(c, None)), None)
        if sibling is not None:
            return [Element.at("body", label, ", ".join(sorted(bodies_in(sibling.text))), "contradicted", sibling)]
        if phase == "start" or not _RECIPIENT.search(holder.text):
            return []
        # "Beslutet skickas till kommunstyrelsen": the body a decision is sent to did not take it;
        # the sentence that says the rest ("Arbetsmarknadsnämnden godkänner rapporten") decides.
    if phase == "start":
        candidates = [(c, s) for c, s in clauses if phase_of(c.text) == "start" and says_rest(c, BODY_CONTEXT)]
    else:
        # The sentences that say the rest, aligned or not ("den 5 mars" is no word of the decision).
        candidates = [(c, s) for c, s in clauses if s in aligned] + [(c, s) for c, s in clauses if s not in aligned and says_rest(c, None)]
    # A clause that names the claimed body as well does not say it is another.
    other, sentence = next(((c, s) for c, s in candidates if bodies_in(c.text) and not claimed & bodies_in(c.text)), (None, None))
    if other is None:
        return []
    return [Element.at("body", label, ", ".join(sorted(bodies_in(other.text))), "contradicted", other)]


def name_elements(frame: QuestionFrame, sentences: list[ScoredSentence], text_of) -> list[Element]:
    """Each name the claim gives, against the sentences that bear out the rest.
    A name the best of them leaves out where it names the claim's other names and
    others besides (one wrong member of a list of places, of the bodies merged)
    contradicts; a name elsewhere in the same document is context ("Enligt
    Nordin ..."), found; any other is not found there."""
    rows = []
    claimed = {n.lower() for n in frame.names}
    best = sentences[0] if sentences else None
    documents = " ".join({s.source: (text_of(s.source) or "") for s in sentences}.values()).lower()
    for name in frame.names:
        # "Rågsjös interpellation": a name in the genitive is the name.
        lowered = name.lower()[:-1] if name.endswith("s") and name[:-1].lower() in documents else name.lower()
        if lowered not in documents:
            lowered = _named_in_compound(lowered, documents)
        holder = next((s for s in sentences if lowered in s.text.lower()), None)
        if holder is not None:
            rows.append(Element.at("name", name, name, "supported", holder))
            continue
        beside = [n for n in claimed - {lowered} if best and n in best.text.lower()]
        words = {w for n in claimed for w in n.split()}
        others = sorted({w for w in _capitalised(best.text) if w.lower() not in words}) if best else []
        in_document = next((s for s in sentences if lowered in (text_of(s.source) or "").lower()), None)
        if beside and others:
            rows.append(Element.at("name", name, ", ".join(others), "contradicted", best))
        elif in_document is not None:
            rows.append(Element.at("name", name, name, "supported", in_document))
        else:
            rows.append(Element.at("name", name, None, "not_found", best))
    return rows


def _named_in_compound(name: str, documents: str) -> str:
    """The name a compound is made on ("skutskärsfilialen": "skutskär", which the documents write as a
    name beside "filial"), or the compound itself when the documents write no part of it so.

    >>> _named_in_compound("ockelbokontoret", "ett kontor i ockelbo"), _named_in_compound("umeåkontoret", "ett kontor i ockelbo")
    ('ockelbo', 'umeåkontoret')
    >>> _named_in_compound("skutskärsfilialen", "en filial i skutskär")
    'skutskär'
    """
    for cut in range(len(name) - 4, 3, -1):
        head, rest = name[:cut], name[cut:]
        # "skutskärsfilialen": the joining "s" of a Swedish compound is no part of either word.
        rests = (rest, rest[1:]) if rest.startswith("s") else (rest,)
        if re.search(rf"\b{re.escape(head)}\b", documents) and any(
                len(r) >= 4 and re.search(rf"\b{re.escape(r[:max(4, len(r) - 3)])}", documents) for r in rests):
            return head
    return name


def _capitalised(text: str) -> set[str]:
    """Capitalised words and acronyms past the sentence's first word."""
    return set(re.findall(r"(?<=\s)[A-ZÅÄÖ][\wåäöÅÄÖ-]+", text))
