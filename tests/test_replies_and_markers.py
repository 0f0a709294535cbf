"""A reply to an interpellation and minutes from Hofors written for these tests. The reply lists the
questions it was asked ("1. Varför ...?") and answers each under its own heading ("Svar på fråga 1"):
a user's paraphrase of a question is nearest the listed question, which is no answer, and the answer is
the section under its heading, whatever words it uses ("Minskningen beror på ..."). The minutes mark
several members with one party after a list of names ("(samtliga S)"), which is a party marker like "(S)".
The days from the day the interpellation was handed in, which the reply states, to the day it is signed."""

from __future__ import annotations

import pytest
from conftest import assistant_over_texts

REPLY = """HOFORS KOMMUN                                          Dnr KS 2026/00077
Kommunfullmäktige

Svar på interpellation av Eva Lindgren (V) om Bruksjobben

Eva Lindgren (V) har i en interpellation som lämnades in den 3 februari 2026 ställt följande frågor
till mig:

1. Varför har antalet platser i Bruksjobben halverats?

2. Hur många av deltagarna har gått vidare till ett arbete?

Som svar vill jag anföra följande:

Bakgrund

Bruksjobben är kommunens program för visstidsanställningar inom
parkförvaltningen. Programmet hade 60 platser under 2025.

Svar på fråga 1

Halveringen har två orsaker. Nämndens ram sänktes med 2,1 mnkr i
budgeten för 2026. Dessutom har parkförvaltningen inte längre
handledare nog för fler än 30 deltagare.

Svar på fråga 2

Av de 60 som hade en plats under 2025 har 21 gått vidare till ett
arbete utan stöd.

Hofors den 2 mars 2026

Lars Öberg (C)
Kommunalråd
"""

MINUTES = """Protokoll
Arbetsmarknadsnämnden i Hofors
Sammanträdesdatum: 2026-03-10

§ 14 Bruksjobben 2026
Dnr AMN 2026/0019

Nämnden beslutar att Bruksjobben får 30 platser under 2026.

Reservation
Anna Berg, Nils Sund och Tove Ek (samtliga S) samt Eva Lindgren (V) reserverar sig mot beslutet.
"""


@pytest.fixture(scope="module")
def hofors(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("hofors"), {"svar_bruksjobben.txt": REPLY, "protokoll_amn.txt": MINUTES})


@pytest.mark.parametrize("question", ["varför blev det bara hälften så många platser i bruksjobben",
                                      "why were the places in Bruksjobben cut in half"])
def test_a_listed_question_is_answered_under_its_heading(hofors, question):
    answer = hofors.ask(question)
    assert not answer.abstained, answer.answer
    quoted = " ".join(c.quote for c in answer.citations)
    assert "2,1 mnkr" in quoted and "handledare" in quoted, answer.answer
    assert "?" not in quoted, answer.answer


def test_a_count_asked_is_read_under_its_questions_heading(hofors):
    # A guard: the count stands in a sentence of its own words, which scoring found before.
    answer = hofors.ask("hur många i bruksjobben fick jobb efteråt")
    assert "21" in answer.answer.split("]")[0], answer.answer


def test_a_party_marked_after_a_list_of_names(hofors):
    answer = hofors.ask("vilka partier reserverade sig mot beslutet om bruksjobben")
    lead = answer.answer.split("]")[0]
    assert "Socialdemokraterna" in lead and "Vänsterpartiet" in lead, answer.answer


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Socialdemokraterna reserverade sig mot beslutet om Bruksjobben.", "supported"),
    # Every member before "reserverar sig" is marked: each party among them reserved itself (a guard: before,
    # "(samtliga S)" was no marker, and "(V)" the only one).
    ("Vänsterpartiet reserverade sig mot beslutet om Bruksjobben.", "supported"),
    # A guard: a party no member of which is marked there.
    ("Moderaterna reserverade sig mot beslutet om Bruksjobben.", "contradicted"),
])
def test_a_claim_on_a_party_marked_after_a_list_of_names(hofors, claim, verdict):
    assert hofors.check(claim).verdict == verdict


@pytest.mark.parametrize("question", ["hur många dagar tog det från att lindgren lämnade in interpellationen tills svaret skrevs under",
                                      "hur många dagar gick det mellan att interpellationen lämnades in och att svaret undertecknades"])
def test_days_from_an_event_the_reply_states_to_its_signing(hofors, question):
    # Not the minutes' date (2026-03-10), another document the question does not name.
    answer = hofors.ask(question)
    assert "2026-03-02 − 2026-02-03 = 27 dagar" in answer.answer, answer.answer
