"""Whether a sentence holds an answer of the type a question asks for, and the
answer itself when it can be read off ("Vänsterpartiet (v)", "16-24 år")."""

from __future__ import annotations

import re

from .vocabulary import (
    AGE_EVIDENCE,
    AMOUNT_EVIDENCE,
    DATE_EVIDENCE,
    DECISION_EVIDENCE,
    DURATION_EVIDENCE,
    FREQUENCY_EVIDENCE,
    NUMBER_EVIDENCE,
    ORGANISATION_EVIDENCE,
    PARTIES,
    PARTY_MARKER,
    PERSON_NAME,
    MEANS_EVIDENCE,
    PLACE_EVIDENCE,
    REASON_EVIDENCE,
    REFERENCE_EVIDENCE,
)

EVIDENCE = {
    "party": PARTY_MARKER, "person": PERSON_NAME, "organisation": ORGANISATION_EVIDENCE, "place": PLACE_EVIDENCE,
    "age_group": AGE_EVIDENCE, "date": DATE_EVIDENCE, "reference": REFERENCE_EVIDENCE, "reason": REASON_EVIDENCE,
    "decision": DECISION_EVIDENCE, "count": NUMBER_EVIDENCE, "computed": NUMBER_EVIDENCE,
    "frequency": FREQUENCY_EVIDENCE, "duration": DURATION_EVIDENCE, "amount": AMOUNT_EVIDENCE, "means": MEANS_EVIDENCE,
}


def holds_type(answer_type: str, text: str) -> bool:
    """Does the sentence hold something of the asked type? Types without a
    surface form (fact, list, yesno, definition) always do.

    >>> holds_type("party", "Vice ordföranden Karin Rågsjö (V) lämnade ett uttalande."), holds_type("age_group", "Ungdomar")
    (True, False)
    """
    pattern = EVIDENCE.get(answer_type)
    return True if pattern is None else bool(pattern.search(text))


def _party(text: str, names: tuple[str, ...]) -> str | None:
    markers = list(PARTY_MARKER.finditer(text))
    if not markers:
        return None
    chosen = markers[0]
    if names:
        # The marker that follows the named person ("Karin Rågsjö (v)", "Tara Twana m.fl. (S)").
        for name in names:
            hit = re.search(rf"{re.escape(name)}(?:\s+[A-ZÅÄÖ][\wåäö]+)?(?:\s+m\.\s?fl\.)?\s*(\([A-Za-z]{{1,2}}\))", text)
            if hit:
                chosen = PARTY_MARKER.search(hit.group(1))
                break
    marker = chosen.group(1).lower()
    return f"{PARTIES[marker]} ({marker})"


def _common(name: str, context: str) -> bool:
    # "Jobbtorg Stockholm" looks like a name, but the document writes "jobbtorgen":
    # a word its text also uses in lower case is a common noun, not a person's name.
    return any(re.search(rf"\b{re.escape(word.lower())}", context) for word in name.split())


def _person(text: str, names: tuple[str, ...], context: str = "") -> str | None:
    # Overlapping pairs: "Förvaltningschef Charlotte Svensson" holds two, and a
    # capital at the start of a sentence is only grammar, so a later pair wins.
    pairs = [(m.start(1), m.group(1)) for m in re.finditer(rf"(?=({PERSON_NAME.pattern}))", text)]
    pairs = [(at, name) for at, name in pairs if not any(n in name for n in names)
             and not text[at + len(name):at + len(name) + 8].strip().lower().startswith("centrum")
             and not _common(name, context)]
    inner = [(at, name) for at, name in pairs if at > 0 and text[:at].rstrip()[-1:] not in ".:!?"]
    chosen = (inner or pairs or [(0, None)])[0]
    at, name = chosen
    if name is None:
        return None
    # A third name ("Karin Rågsjö Nordin (m)") belongs to it when a marker, a stop or a verb follows.
    third = _THIRD_NAME.match(text, at + len(name))
    return name + third.group(1) if third and not _common(third.group(1), context) else name


_THIRD_NAME = re.compile(r"( [A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)(?=\s*[(,.;:]|\s+[a-zåäö]|\s*$)")


def extract(answer_type: str, text: str, names: tuple[str, ...] = (), context: str = "") -> str | None:
    """The typed answer as the sentence writes it, or None. `context`, the
    document's text, tells a person's name from capitalised common nouns.

    >>> extract("party", "Vice ordföranden Karin Rågsjö (V) lämnade följande uttalande.", ("Karin", "Rågsjö"))
    'Vänsterpartiet (v)'
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
    """
    if answer_type == "party":
        return _party(text, names)
    if answer_type == "person":
        return _person(text, names, context)
    if answer_type == "date":
        return _date(text)
    pattern = {"age_group": AGE_EVIDENCE, "reference": REFERENCE_EVIDENCE, "frequency": FREQUENCY_EVIDENCE,
               "duration": DURATION_EVIDENCE, "amount": AMOUNT_EVIDENCE}.get(answer_type)
    if pattern is not None:
        match = pattern.search(text)
        return match.group(0).strip() if match else None
    return None


def _date(text: str) -> str | None:
    """The one date a sentence states (else its one year): two are a span or a
    sequence, and naming one of them would answer for the sentence."""
    from .dates import dates_in  # dates builds on the question vocabulary, as this module's callers do

    stated = dates_in(text, 2000)  # any year: only the written text is returned
    if stated:
        return stated[0].text if len(stated) == 1 else None
    years = set(re.findall(r"\b(?:19|20)\d\d\b", text))
    return years.pop() if len(years) == 1 else None
