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


LONG_ITEM = """Protokoll
Arbetsmarknadsnämnden i Hofors
Sammanträdesdatum: 2026-05-12

§ 22
Inrättande av Skogsspåret
Dnr AMN 2026/0051

Förvaltningen fick i vintras i uppdrag att utreda ett nytt yrkesspår. Förvaltningen föreslår nu att
Skogsspåret inrättas med 16 platser från hösten 2026. Spåret ska ge grundläggande utbildning inom
skogsbruk och naturvård i samverkan med fem arbetsgivare.

Kostnaden beräknas till 1,9 mnkr för 2026, varav 1,2 mnkr ryms inom nämndens ram och 0,7 mnkr söks ur
kommunstyrelsens utvecklingsmedel. Nämndens ram för 2026 uppgår till 24,6 mnkr. Genom att Bruksjobben
halveras beräknar förvaltningen besparingen till 1,4 mnkr under 2026.

Yrkanden
Ordföranden Lars Öberg (C) yrkar bifall till förvaltningens förslag. Eva Lindgren (V) instämmer.
Lena Ek (M) yrkar att ärendet återremitteras. Kim Ås (SD) instämmer.

Propositionsordning och votering
Ordföranden ställer proposition på om ärendet ska avgöras i dag och finner att så ska ske. Votering
begärs och genomförs. Voteringen utfaller med 6 ja-röster mot 3 nej-röster.

Arbetsmarknadsnämndens beslut
1. Skogsspåret inrättas med 16 platser från hösten 2026.
2. Förvaltningen får i uppdrag att ansöka om 0,7 mnkr ur kommunstyrelsens utvecklingsmedel.
3. Förvaltningen får i uppdrag att senast den 15 september 2026 återkomma med en redovisning av hur
interpellationens frågor om Bruksjobben har följts upp.

Reservation
Lena Ek och Olle Berg (M) samt Kim Ås (SD) reserverar sig mot beslutet till förmån för eget yrkande.
"""


BRANCH = """Protokollsutdrag
Arbetsmarknadsnämnden i Hofors
Sammanträdesdatum: 2026-06-09

§ 30 Avveckling av filialen i Storvik
Dnr AMN 2026/0077

Jobbtorget har haft en filial i Storvik sedan 2021. En avveckling beräknas minska kostnaderna med
0,6 mnkr per år, främst lokalhyra.

Beslut
Filialen i Storvik avvecklas från och med den 1 september 2026.
"""


@pytest.fixture(scope="module")
def hofors(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("hofors"), {"svar_bruksjobben.txt": REPLY, "protokoll_amn.txt": MINUTES,
                                                                    "protokoll_amn_2026-05-12.txt": LONG_ITEM,
                                                                    "protokoll_amn_2026-06-09.txt": BRANCH})


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
                                      "hur många dagar gick det mellan att interpellationen lämnades in och att svaret undertecknades",
                                      "hur många dagar tog det från att lindgren lämnade in interpellationen till att svaret var daterat"])
def test_days_from_an_event_the_reply_states_to_its_signing(hofors, question):
    # Not the minutes' date (2026-03-10), another document the question does not name, nor a day other minutes
    # give beside their own date ("senast den 15 september 2026 ... interpellationens frågor").
    answer = hofors.ask(question)
    assert "2026-03-02 − 2026-02-03 = 27 dagar" in answer.answer, answer.answer


def test_who_reserved_themselves_at_the_end_of_a_long_item(hofors):
    # The matter's name retrieves the item's opening; the reservation stands at its end.
    answer = hofors.ask("Vilka partier reserverade sig när nämnden klubbade Skogsspåret?")
    lead = answer.answer.split("]")[0]
    assert "Moderaterna" in lead and "Sverigedemokraterna" in lead and "Centerpartiet" not in lead, answer.answer


@pytest.mark.parametrize(("question", "lead"), [
    ("hur gick röstningen om skogsspåret, hur många ja?", "Svar: 6 ja-röster mot 3 nej-röster ["),
    ("how did the vote on Skogsspåret go", "Answer: 6 votes for, 3 against ["),
])
def test_a_vote_in_the_middle_of_a_long_item(hofors, question, lead):
    answer = hofors.ask(question)
    assert answer.answer.startswith(lead), answer.answer


@pytest.mark.parametrize(("question", "named"), [
    # An acronym the documents never use names what they do not speak of ("NOT" in capitals is stress).
    ("Who is the HR manager at Bruksjobben?", "HR"),
    # A town whose name ends like a plural definite noun ("-una"), before "jämfört med".
    ("vad kostar bruksjobben i kiruna jämfört med hofors", "kiruna"),
])
def test_what_the_documents_never_name_is_said(hofors, question, named):
    answer = hofors.ask(question)
    assert answer.abstained and named in answer.answer, answer.answer


def test_a_saving_is_a_sum_of_its_own(hofors):
    # Not the committee's frame (24,6 mnkr), nor the count of places: the saving the minutes give.
    answer = hofors.ask("how much does the committee expect to save in 2026 by halving Bruksjobben")
    assert answer.answer.startswith("Answer: 1,4 mnkr"), answer.answer


@pytest.mark.parametrize("question", ["hur mycket sparar man per år på att avveckla filialen i Storvik",
                                      "hur mycket sparar kommunen på att stänga filialen i storvik"])
def test_a_saving_said_as_a_cost_cut(hofors, question):
    # "minska kostnaderna med 0,6 mnkr per år" is what closing the branch saves.
    answer = hofors.ask(question)
    assert answer.answer.startswith("Svar: 0,6 mnkr"), answer.answer

