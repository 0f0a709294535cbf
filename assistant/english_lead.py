"""An English answer's opening sentence: the typed value read off the Swedish text, said in
the question's own words ("How many aspirants took part …?" → "430 aspirants took part …").

Only questions whose shape gives the sentence away are turned round; any other keeps the bare
value, so the sentence never says more than the question and the cited figure together.
"""
from __future__ import annotations

import re

from .vocabulary import ALTERNATIVES

# A value with the [n] of its sentence, as the composer's lead gives it.
_LEAD = re.compile(r"^(?P<value>.+?)\s*(?P<cite>\[\d+\])$")
# An auxiliary after the question word turns the object round ("How many did Jobbtorg enrol?"):
# the subject sits between it and the verb, and the tense moves to the verb, so no sentence.
_DO = re.compile(r"\b(?:do|does|did)\b", re.I)
_COPULA = r"(?:was|is|were|are|has\s+been|had\s+been)"
# "Which party does she belong to?": the verb in the present and the past.
_PARTY_VERBS = {"belong to": ("belongs to", "belonged to"), "represent": ("represents", "represented")}
# Participles that end in neither -ed nor -en.
_IRREGULAR = {"held", "sent", "made", "set", "put", "paid", "cut", "built", "spent", "kept", "left",
              "run", "brought", "bought", "told", "sold", "found", "read", "met", "led"}


def _participle(word: str) -> bool:
    return word.lower() in _IRREGULAR or bool(re.fullmatch(r"[a-z]{2,}(?:ed|en)", word.lower()))


def _clause(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentence(question: str, value: str) -> str | None:
    q = re.sub(r"[\s?!.]+$", "", question.strip())
    if re.search(r"[,;:]", q):
        return None  # "…, the number from the answer?": a second clause the sentence would garble
    if m := re.fullmatch(r"how\s+many\s+(?P<rest>.+)", q, re.I):
        rest = m.group("rest")
        if _DO.search(rest) or re.match(r"(?:times|percent|per\s*cent)\b", rest, re.I):
            return None
        return f"{value} {rest}"
    if m := re.fullmatch(rf"(?:what|which)\s+(?P<verb>{_COPULA})\s+(?P<subject>.+)", q, re.I):
        return f"{_clause(m.group('subject'))} {m.group('verb').lower()} {value}"
    if m := re.fullmatch(r"(?:which|what)\s+party\s+(?P<verb>is|was|does|did)\s+(?P<who>.+?)\s+"
                         r"(?P<tail>belong\s+to|represent|in|from|a\s+member\s+of)", q, re.I):
        verb, tail = m.group("verb").lower(), re.sub(r"\s+", " ", m.group("tail").lower())
        if verb in ("does", "did"):
            if tail not in _PARTY_VERBS:
                return None
            said = _PARTY_VERBS[tail][verb == "did"]
        else:
            said = f"{verb} {tail}"
        return f"{_clause(m.group('who'))} {said} {value}"
    if m := re.fullmatch(r"who\s+(?P<rest>(?P<verb>\w+)\b.*)", q, re.I):
        if _DO.fullmatch(m.group("verb")):
            return None
        return f"{value} {m.group('rest')}"
    if m := re.fullmatch(rf"when\s+(?P<verb>{_COPULA})\s+(?P<subject>.+)\s+(?P<done>\w+)", q, re.I):
        if not _participle(m.group("done")):
            return None
        on = "on" if re.match(r"\d", value) else "in"
        return f"{_clause(m.group('subject'))} {m.group('verb').lower()} {m.group('done')} {on} {value}"
    return None


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:,\d+)?", re.sub(r"(?<=\d)[\s\u00a0](?=\d{3}\b)", "", text)))


def _beside(name: str, role: re.Pattern, quoted: str) -> bool:
    """Whether the quote gives the name the role: "Eva Ek (S), ordförande", "ordförande Eva Ek"."""
    return any(role.match(after) for after in (quoted[m.end():m.end() + 30].lstrip(" ,()SVMCLKDPsvmclkdp")
                                               for m in re.finditer(re.escape(name), quoted))) or \
        any(quoted[r.end():].lstrip(" :,").startswith(name) for r in role.finditer(quoted))


def english_lead(question: str, lead: str | None, quoted: str = "") -> str | None:
    """The lead as an English sentence on the question's words, or the lead as it was. A number
    the question brings ("in 2024") must stand in the `quoted` text as well: the sentence says
    no number that is neither quoted nor computed.

    >>> english_lead("How many aspirants took part in procured activities?", "430 [1]")
    '430 aspirants took part in procured activities [1]'
    >>> english_lead("how many of them got a job", "1 812 [2]")
    '1 812 of them got a job [2]'
    >>> english_lead("How many people did Jobbtorg enrol?", "9472 [1]")
    '9472 [1]'
    >>> english_lead("What was the net cost in 2024?", "12,3 miljoner kronor [1]", "År 2024 var nettokostnaden 12,3 miljoner kronor.")
    'The net cost in 2024 was 12,3 miljoner kronor [1]'
    >>> english_lead("What was the net cost in 2024?", "12,3 miljoner kronor [1]", "Nettokostnad  12,3")
    '12,3 miljoner kronor [1]'
    >>> english_lead("Who chaired the meeting in March?", "Anna Berg [2]", "Anna Berg (C), ordförande")
    'Anna Berg chaired the meeting in March [2]'
    >>> english_lead("how many were enrolled in 2008, the figure from the answer", "9472 [1]")
    '9472 [1]'
    >>> english_lead("Who did the committee appoint?", "Anna Berg [2]")
    'Anna Berg [2]'
    >>> english_lead("When was the report adopted?", "12 November 2008 [1]")
    'The report was adopted on 12 November 2008 [1]'
    >>> english_lead("When was the report about Bergsjö?", "12 November 2008 [1]")
    '12 November 2008 [1]'
    >>> english_lead("Which party does she belong to?", "Vänsterpartiet (v) [1]")
    'She belongs to Vänsterpartiet (v) [1]'
    >>> english_lead("what party is the vice chair in", "Vänsterpartiet (v) [1]")
    'The vice chair is in Vänsterpartiet (v) [1]'
    >>> english_lead("Which party did the chair come from?", "Moderaterna (m) [1]")
    'Moderaterna (m) [1]'
    >>> english_lead("Who chairs the committee?", "Eva Ek [1]", "Eva Ek, verksamhetschef"), english_lead("Who chairs it?", "Eva Ek [1]", "Eva Ek (S), ordförande")
    ('Eva Ek [1]', 'Eva Ek chairs it [1]')
    >>> english_lead("Who chairs it?", "Eva Ek [1]", "Per Berg (S), ordförande i nämnden Eva Ek, verksamhetschef")
    'Eva Ek [1]'
    """
    if lead is None or not (m := _LEAD.match(lead)) or "[" in m.group("value"):
        return lead
    # The role in any form of its verb ("who chairs"): the sentence says it, so the quote must.
    verb_as_role = re.sub(r"\b(chair)(?:s|ing)\b", r"\1", question, flags=re.I)
    role = next((pattern for _, pattern in ALTERNATIVES["role"] if pattern.search(verb_as_role)), None)
    if role is not None and re.match(r"\s*who\b", question, re.I) and not _beside(m.group("value"), role, quoted):
        return lead  # "X chairs the committee" is said only where the quote gives X the chair
    said = _sentence(question, m.group("value"))
    if said is None or not _numbers(said) <= _numbers(f"{m.group('value')} {quoted}"):
        return lead
    return f"{said} {m.group('cite')}"
